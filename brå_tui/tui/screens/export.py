"""Exportera: one meeting written as a finished document (md, html, txt or docx) from the app."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalScroll, Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from brå_tui.export.document import FORMATS, ExportError, default_filename, export_meeting
from brå_tui.export.target import EXTENSIONS, FormatClash, OutputRefused, format_for, output_problem, write_export
from brå_tui.extras import command_apart, install_command, missing_sentence
from brå_tui.model import Meeting
from brå_tui.oserrors import cause
from brå_tui.questions.snapshot import Snapshot
from brå_tui.store.folders import HomeError, expand_home, home_folder
from brå_tui.tui.screens.confirm import ask, close_asking
from brå_tui.tui.widgets.footer import bra_footer
from brå_tui.tui.widgets.text_input import TextInput

PUBLIC_LABEL = "Offentlig version (utan sekretessbelagda ärenden)"
HINT = "↑↓ format · Tab fält · ctrl+o offentlig · Enter exportera · Esc avbryt"
DOCX_MISSING = "kräver python-docx, som saknas (se nedan)"
FORMAT_NAMES = {"md": "Markdown", "html": "webbsida", "txt": "ren text", "docx": "Word"}


def docx_available() -> bool:
    """Whether python-docx can be imported, so that .docx can be written: imported, not only found (an install
    that lacks a part python-docx needs, lxml, is found but does not work)."""
    try:
        importlib.import_module("docx")
    except Exception:  # any failure to import means .docx cannot be written
        return False
    return True


def write_target(text: str) -> Path:
    """The file a typed path names: relative paths are taken from the user's home folder.

    Not from the folder bra was started in: that is often the program's own checkout. HomeError (one sentence)
    when the path begins with the home of a user who does not exist.
    """
    path = expand_home(text.strip())
    return path if path.is_absolute() else home_folder() / path


class MarkedCheckbox(Checkbox):
    """A checkbox whose mark is an X only when ticked, so the state shows without colour."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        """X when ticked, blank when not."""
        return "X" if self.value else " "


class ExportScreen(ModalScreen[None]):
    """Choose format, public or not, and a file name; write the meeting there."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    #export-box {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $foreground; background: $surface; padding: 0 1;
    }
    #export-title { text-style: bold; }
    #export-formats { height: auto; max-height: 4; border: none; padding: 0; margin-bottom: 1; }
    #export-public { margin-bottom: 1; }
    #export-path-label, #export-title { height: 1; }
    #export-hint { height: auto; margin-top: 1; text-style: italic; }
    #export-missing { width: 1fr; height: auto; text-style: italic; }
    #export-install-line { height: auto; margin-bottom: 1; scrollbar-size-horizontal: 1; }
    #export-install { height: 1; text-wrap: nowrap; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Exportera", tooltip="Skriv dokumentet till filen", id="export.write"),
        Binding("ctrl+o", "toggle_public", "Offentlig", tooltip="Växla offentlig version", id="export.public"),
        Binding("escape", "cancel", "Avbryt", tooltip="Stäng utan att skriva något", id="export.cancel"),
    ]

    def __init__(self, store: Snapshot, meeting: Meeting) -> None:
        super().__init__()
        self.store = store
        self.meeting = meeting
        self.docx = docx_available()
        self._default = default_filename(meeting, "md")

    def compose(self) -> ComposeResult:
        """Format list, the public toggle, the file name and the keys."""
        with Vertical(id="export-box"):
            yield Label(f"Exportera mötet {self.meeting.key}", id="export-title")
            yield OptionList(*self._format_options(), id="export-formats")
            if not self.docx:
                yield Label(missing_sentence("docx", "Word (.docx)"), id="export-missing")
                # The command on a line of its own, never broken: a path is one word, to be copied whole.
                with HorizontalScroll(id="export-install-line"):  # scrolls sideways where wider than the screen
                    yield Label(install_command("docx"), id="export-install", markup=False)
            yield MarkedCheckbox(PUBLIC_LABEL, False, id="export-public", compact=True)
            yield Label("Fil (utan mapp: i din hemmapp, ~):", id="export-path-label")
            yield TextInput(self._default, id="export-path", compact=True)
            yield Label(HINT, id="export-hint")
        yield bra_footer()

    def _format_options(self) -> list[Option]:
        options = []
        for fmt in FORMATS:
            label = Text(f"{fmt:<5}{FORMAT_NAMES[fmt]}")
            unavailable = fmt == "docx" and not self.docx
            if unavailable:
                label.append(f" – {DOCX_MISSING}", style="italic")
            options.append(Option(label, id=fmt, disabled=unavailable))
        return options

    def on_mount(self) -> None:
        """Start in the format list, on md; the box as wide as the install command where the terminal has room, so
        that the command is shown whole."""
        if not self.docx:
            command = cell_len(install_command("docx"))
            self.query_one("#export-box").styles.width = max(76, command + 4)  # its border and padding
            line = self.query_one("#export-install").styles  # never wrapped to the line's width: it scrolls
            line.width = line.max_width = command
        formats = self.query_one("#export-formats", OptionList)
        formats.highlighted = 0
        formats.focus()

    @property
    def fmt(self) -> str:
        """The highlighted format."""
        formats = self.query_one("#export-formats", OptionList)
        index = formats.highlighted or 0
        return formats.get_option_at_index(index).id or "md"

    @property
    def public(self) -> bool:
        """Whether the public version is chosen."""
        return self.query_one("#export-public", Checkbox).value

    def _follow_default(self) -> None:
        """Keep the suggested file name in step with format and public, unless the user typed another."""
        path = self.query_one("#export-path", TextInput)
        new_default = default_filename(self.meeting, self.fmt, self.public)
        if path.value.strip() == self._default:
            path.fill(new_default)
        self._default = new_default

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Another format: another suggested file name."""
        self._follow_default()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter in the format list exports."""
        event.stop()
        self.action_export()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Public or not: another suggested file name."""
        self._follow_default()

    def on_input_changed(self, event: Input.Changed) -> None:
        """A file name whose extension names a format (kallelse.html) moves the format list to it."""
        if event.input.id != "export-path":
            return
        named = EXTENSIONS.get(Path(event.value.strip()).suffix.casefold())
        formats = self.query_one("#export-formats", OptionList)
        if named in FORMATS and named != self.fmt:
            index = FORMATS.index(named)
            if not formats.get_option_at_index(index).disabled:
                formats.highlighted = index

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the file name exports."""
        event.stop()
        self.action_export()

    def action_toggle_public(self) -> None:
        """Offentlig version on or off."""
        self.query_one("#export-public", Checkbox).toggle()

    def action_cancel(self) -> None:
        """Close without writing; asks first when a file name was typed (close_asking)."""
        close_asking(self, self.query_one("#export-path", TextInput).typed)

    def action_export(self) -> None:
        """Write the document; ask before replacing a file that exists."""
        text = self.query_one("#export-path", Input).value
        if not text.strip():
            self.notify("Ange ett filnamn att exportera till.", severity="error")
            return
        try:
            path = write_target(text)
            format_for(path, self.fmt, self.fmt)
        except (HomeError, FormatClash) as err:
            self.notify(str(err), severity="error")
            return
        problem = output_problem(path, self.store.root)
        if problem is not None:
            self.notify(problem, severity="error")
            return
        if path.exists():
            ask(self.app, f"{path} finns redan. Skriva över den?", lambda: self._write(path))
            return
        self._write(path)

    def _write(self, path: Path) -> None:
        try:
            data = export_meeting(self.store, self.meeting.key, self.fmt, self.public, self.store.directory)
        except ExportError as err:
            self.notify(command_apart(str(err)), severity="error")
            return
        try:
            write_export(path, data, self.store.root, replace=True)  # replacing was asked for and confirmed
        except OutputRefused as err:
            self.notify(str(err), severity="error")
            return
        except OSError as err:
            self.notify(f"Kunde inte skriva {path}: {cause(err)}.", severity="error")
            return
        self.app.notify(f"Exporterade till {path}")
        self.dismiss(None)
