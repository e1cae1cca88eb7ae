"""ctrl+e names, in Swedish, the editor it opens (the program $VISUAL or $EDITOR names, else nano or vi): the notes'
label, the footer and the help say "skriv i nano", never a shell variable such as $EDITOR."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.editor import editor_name
from brå_tui.tui.editing.forms import ItemForm
from brå_tui.tui.editing.notes import NotesArea
from brå_tui.tui.help_sections import HELP_SECTIONS
from brå_tui.tui.screens.help import help_text
from tests.tui.helpers import plain, running, until


def _screen_text(app: object) -> str:
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def test_the_editor_is_named_by_its_program(tmp_path: Path) -> None:
    only_vi = tmp_path / "bin"
    only_vi.mkdir()
    (only_vi / "vi").write_text("#!/bin/sh\n", encoding="utf-8")
    (only_vi / "vi").chmod(0o755)
    assert editor_name({"PATH": str(only_vi)}) == "vi"
    assert editor_name({"PATH": str(tmp_path / "tom")}) == "vi", "none installed: vi, as most systems have"
    assert editor_name({"EDITOR": "/usr/local/bin/nano -w", "PATH": str(only_vi)}) == "nano"
    assert editor_name({"VISUAL": "'min editor' --flagga", "EDITOR": "vim", "PATH": str(only_vi)}) == "min editor"


@pytest.mark.parametrize(("editor", "name"), [("nano", "nano"), ("/usr/bin/vim.basic", "vim.basic"), ("", "vi")])
async def test_label_footer_and_help_name_the_editor(seed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     editor: str, name: str) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor)
    if not editor:  # nothing set, and of nano and vi only vi installed
        only_vi = tmp_path / "bin"
        only_vi.mkdir()
        (only_vi / "vi").write_text("#!/bin/sh\n", encoding="utf-8")
        (only_vi / "vi").chmod(0o755)
        monkeypatch.setenv("PATH", f"{only_vi}:/bin")
    async with running(seed_store, "e", "3", "down", "enter") as (app, pilot):
        assert isinstance(app.screen, ItemForm)
        app.screen.query_one("#f-notes", NotesArea).focus()  # scrolled into view, its key in the footer
        await until(pilot, lambda: "ctrl+e Skriv" in _screen_text(app))
        shown = _screen_text(app)
        assert f"Anteckningar (ctrl+e skriv i {name}):" in shown, shown
        assert f"ctrl+e Skriv i {name}" in shown, shown
        assert "$" not in shown and "EDITOR" not in shown
        helped = plain(help_text(app.screen, HELP_SECTIONS))  # the help of the form, as ? shows it beside it
        assert f"Skriv i {name}" in helped and "$EDITOR" not in helped
