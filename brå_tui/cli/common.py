"""What every command shares: choosing the store, printing, errors, JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from brå_tui.crash import CRASH_STATUS
from brå_tui.oserrors import cause
from brå_tui.text import UNSAFE, quoted

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console, RenderableType

    from brå_tui.model import Finding, Store
    from brå_tui.store.index import Index
    from brå_tui.store.paths import StoreChoice


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CRASH = CRASH_STATUS
EXIT_STATUSES = [
    (EXIT_OK, "allt gick bra."),
    (EXIT_FAILED, "ett misslyckat svar: till exempel ett möte som inte finns, en lagring som saknas, ett fel som "
                  "bra check hittade, en fil som inte gick att skriva eller ett möte som sparades men inte kom med i "
                  "historiken (git); en mening på standard error säger vad."),
    (EXIT_USAGE, "felaktigt anrop: okänt kommando, okänd flagga, ett värde som saknas eller är fel, eller en "
                 "sökväg på kommandoraden som inte går att använda (en mapp som inte finns, --store utan "
                 "lagring, en fil som redan finns utan --force), eller en inställningsfil (config.toml) som inte "
                 "går att läsa eller använda."),
    (EXIT_CRASH, "ett fel i bra självt: en mening säger det och var felrapporten finns "
                 "($XDG_STATE_HOME/bra/crash/)."),
    (EXIT_INTERRUPTED, "avbrutet med ctrl+c."),
]
STORE_HELP = "lagringen att använda (annars BRA_STORE, inställningsfilerna eller ./store)"


class UserError(Exception):
    """A failure the user can act on: printed as one sentence, exit status 1 unless told otherwise."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


class UsageError(UserError):
    """Bad usage: printed as one sentence, exit status 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)


def fail(message: str, status: int) -> int:
    """Print one sentence on standard error and return the exit status."""
    from brå_tui.text import visible

    out = fitted(sys.stderr)
    print(f"bra: {visible(message)}", file=out)
    out.flush()
    return status


def store_choice(args: argparse.Namespace, diagnose: bool = False) -> StoreChoice:
    """The store chosen by --store, BRA_STORE, the configuration or ./store, and why (diagnose: see choose_store).
    A --store that names no usable store (a path that does not exist, a file, a folder without council.toml, a
    folder this user may not read) is a usage error (status 2), like every path on the command line, and so is a
    config file that cannot be read or used and a store path (--store, BRA_STORE, config) that begins with the home
    of a user who does not exist; a store chosen otherwise that cannot be used is a failed answer
    (status 1)."""
    from brå_tui.store.folders import HomeError
    from brå_tui.store.paths import ConfigError, StoreError, choose_store

    option = getattr(args, "store", None)
    try:
        return choose_store(option, diagnose=diagnose)
    except (ConfigError, HomeError) as err:  # a setting that cannot be used: the command cannot run as configured
        raise UsageError(str(err)) from None
    except StoreError as err:
        raise (UserError(str(err)) if option is None else UsageError(str(err))) from None


def store_root(args: argparse.Namespace, diagnose: bool = False) -> Path:
    """The folder of the store chosen as store_choice says (UsageError or UserError when there is none)."""
    return store_choice(args, diagnose).path


def open_store(args: argparse.Namespace) -> Store:
    """Read the whole chosen store; say on standard error which files were skipped as broken."""
    from brå_tui.store.load import load

    store = load(store_root(args))
    say_broken(store.broken)
    return store


def open_index(args: argparse.Namespace) -> Index:
    """The chosen store's index, up to date; say on standard error which files were skipped as broken."""
    from brå_tui.store.index import Index

    index = Index.open(store_root(args))
    say_broken(index.broken())
    return index


def say_broken(broken: list[Finding]) -> None:
    """One line on standard error for each file that could not be read (or, in council.toml and people.toml,
    each value that could not be used: its default is used instead)."""
    from brå_tui.store.paths import COUNCIL_FILE, MEETINGS_DIR, PEOPLE_FILE

    for finding in broken:
        where = f" (rad {finding.line})" if finding.line else ""
        if finding.path.name in (COUNCIL_FILE, PEOPLE_FILE) and finding.path.parent.name != MEETINGS_DIR:
            print(f"bra: Fel i {finding.path}: {finding.message}{where}; standardvärdet används i stället, "
                  "kör 'bra check' för detaljer.", file=sys.stderr)
        else:
            print(f"bra: Hoppar över {finding.path}: {finding.message}{where}; kör 'bra check' för detaljer.",
                  file=sys.stderr)


def rows_shown(args: argparse.Namespace) -> int | None:
    """How many rows a long answer shows: all of them with --all or when the output is no terminal (it is
    streamed), else the newest that fit on the screen."""
    if getattr(args, "all", False) or not sys.stdout.isatty():
        return None
    import shutil

    return max(10, shutil.get_terminal_size().lines - 10)


def fitting_rows(count: int, view: Callable[[int], RenderableType]) -> RenderableType:
    """The view of the most rows (at most count) whose printed lines fit on the terminal with the prompt below:
    rows of several lines (a wrapped title, a flag) count by the lines they print, not one each. view(n) gives
    the view of the newest n rows, with its note of how many are left out."""
    import shutil

    out = console()
    room = shutil.get_terminal_size().lines - 2
    low, high = 0, count
    while low < high:  # the largest n whose view fits; a view's height grows with n
        n = (low + high + 1) // 2
        if len(out.render_lines(view(n), pad=False)) <= room:
            low = n
        else:
            high = n - 1
    return view(max(low, 1) if count else 0)


def more_note(shown: int, total: int, what: str, which: str = "senaste") -> str | None:
    """'Visar de 14 senaste av 10 000 möten; --all visar alla …' when rows were left out, else None; one row
    shown is 'Visar den senaste av …'."""
    if shown >= total:
        return None
    count = f"{total:,}".replace(",", " ")
    shown_text = f"den {which}" if shown == 1 else f"de {shown} {which}"
    return f"Visar {shown_text} av {count} {what}; --all visar alla (eller skicka utdata till en fil)."


def piped() -> bool:
    """Whether standard output is no terminal (a pipe or a file): there every row of a table is one line
    (views.plain.lines' whole_rows), for grep and scripts."""
    return not sys.stdout.isatty()


def plain_width() -> int:
    """The width plain lines are laid out for: on a terminal its width (COLUMNS, else the window's size; at least
    20), so that --all is laid out for it rather than broken again at its edge; to a pipe or a file $COLUMNS (at
    least 40), else 80."""
    if sys.stdout.isatty():
        import shutil

        return max(20, shutil.get_terminal_size().columns)
    return _columns()


def _columns() -> int:
    """$COLUMNS for output that is no terminal (at least 40), 80 when it is unset or no number."""
    try:
        return max(40, int(os.environ.get("COLUMNS", "80")))
    except ValueError:
        return 80


def write_lines(lines: Iterable[str]) -> None:
    """Write lines to standard output as they come (for answers of any length, to a pipe or a file), in writes of
    about 64 kB: the first are out while the rest are still being read, without a write per line."""
    out = sys.stdout
    chunk: list[str] = []
    size = 0
    for line in lines:
        chunk.append(line)
        size += len(line)
        if size >= 65536:
            chunk.append("")
            out.write("\n".join(chunk))
            chunk, size = [], 0
    if chunk:
        chunk.append("")
        out.write("\n".join(chunk))


def as_typed(text: str) -> str:
    """text with its no-break spaces (U+00A0) as plain spaces: what is written to a pipe or a file is found by grep
    with what the user types (the no-break spaces that keep an amount or a count on one line, or that a file's text
    holds, only matter where lines are laid out)."""
    return text.replace("\xa0", " ") if "\xa0" in text else text


class PrintableStream:
    """Standard output or error for the commands: everything written is passed through visible() first.

    Whatever a command prints, a title or a name from a file, git's words or an error, reaches the
    terminal with its control characters shown as symbols, never obeyed. Binary output (a .docx) goes
    to `buffer`, which is the real stream's; Rich consoles write to terminal(stream) with ControlsOff.
    """

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.piped = not stream.isatty()
        self.written = False  # whether any text has been written through it (Rich and `buffer` go around it)

    def write(self, text: str) -> int:
        """Write text with its control characters made visible; to a pipe or a file, no-break spaces as spaces."""
        from brå_tui.text import visible

        self.written = self.written or bool(text)
        self.stream.write(as_typed(visible(text)) if self.piped else visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def terminal(stream: Any) -> Any:
    """The real stream behind a PrintableStream and its FittedLines (for Rich, which makes its text printable and
    fits it to the terminal itself)."""
    if isinstance(stream, PrintableStream):
        stream = stream.stream
    return stream.out if isinstance(stream, FittedLines) else stream


@contextmanager
def printable_output() -> Iterator[None]:
    """Make standard output and error PrintableStreams while a command runs, each fitted to the terminal's width
    when it is one (fitted): every line a command writes there fits, whatever wrote it."""
    saved = sys.stdout, sys.stderr
    output, errors = fitted(sys.stdout), fitted(sys.stderr)
    sys.stdout, sys.stderr = PrintableStream(output), PrintableStream(errors)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
        output.flush()
        errors.flush()


def no_colour_asked() -> bool:
    """Whether NO_COLOR asks for no colour: only a non-empty value does (https://no-color.org)."""
    return bool(os.environ.get("NO_COLOR"))


# The end of a line made of spaces and style codes, in any order (Rich pads a bold cell and then the gap
# after it, each in its own style).
_TRAILING = re.compile(r"(?: |\x1b\[[0-9;]*m)+$", re.MULTILINE)
_STYLE = re.compile(r"\x1b\[[0-9;]*m")


def _without_spaces(end: re.Match[str]) -> str:
    """A line's end of spaces and style codes as its style codes alone."""
    return "".join(_STYLE.findall(end.group()))


class TrimmedLines(io.TextIOBase):
    """A text stream that writes to another with no spaces at the end of any line (Rich pads tables)."""

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self.out = out
        self.pending = ""
        self.piped = not out.isatty()

    def write(self, text: str) -> int:
        """Pass whole lines on, trimmed; keep a partial line until its end arrives or the stream is flushed."""
        data = self.pending + text
        cut = data.rfind("\n") + 1
        self.pending = data[cut:]
        if cut:
            self.out.write(self.lines(data[:cut]))
        return len(text)

    def lines(self, text: str) -> str:
        """Whole lines as they are written on: trimmed; to a pipe or a file, no-break spaces as spaces."""
        text = _TRAILING.sub(_without_spaces, text)
        return as_typed(text) if self.piped else text

    def flush(self) -> None:
        """Write the partial line as it is and flush the stream below."""
        if self.pending:
            self.out.write(as_typed(self.pending) if self.piped else self.pending)
            self.pending = ""
        self.out.flush()

    def isatty(self) -> bool:
        """Whether the stream below is a terminal."""
        return self.out.isatty()

    def fileno(self) -> int:
        """The file descriptor of the stream below."""
        return self.out.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The encoding of the stream below."""
        return getattr(self.out, "encoding", None) or "utf-8"


class FittedLines(TrimmedLines):
    """A text stream that writes to a terminal with every line trimmed and no longer than the terminal is wide:
    a longer one is broken between words (views.wrap.fit), its further lines indented by two spaces; a word longer
    than the terminal is wide (a long address, a CSS rule) is broken where the line ends, as the terminal would."""

    def __init__(self, out: TextIO, width: int) -> None:
        super().__init__(out)
        self.width = width

    def lines(self, text: str) -> str:
        """Whole lines, trimmed and fitted to the width: tabs laid out at the terminal's stops (every 8 columns),
        a line's own indent kept on each of its parts."""
        from brå_tui.views.wrap import fit

        fitted = []
        for line in super().lines(text).split("\n"):
            if "\t" in line:
                line = line.expandtabs(8)
            if len(line) <= self.width:
                fitted.append(line)
                continue
            body = line.lstrip(" ")
            lead = line[:len(line) - len(body)] if len(line) - len(body) <= self.width // 2 else ""
            room = self.width - len(lead)
            fitted += [lead + part[i:i + room] for part in fit(body, room) for i in range(0, len(part), room)]
        return "\n".join(fitted)


def fitted(stream: TextIO) -> TextIO:
    """Standard output or error as a command writes to it: fitted to the terminal's width when it is one
    (FittedLines), as it is otherwise (a pipe or a file gets each line whole)."""
    if not stream.isatty():
        return stream
    import shutil

    return FittedLines(stream, shutil.get_terminal_size().columns)  # type: ignore[return-value]


def console() -> Console:
    """A console for standard output: no colour with NO_COLOR or when not a terminal; 80 columns when piped.

    No line it prints ends in spaces, so that a pasted answer is clean.
    """
    from brå_tui.views.printable import printable_console

    tty = sys.stdout.isatty()
    no_color = no_colour_asked() or not tty
    width = None if tty else _columns()
    return printable_console(no_color=no_color, width=width, highlight=False, emoji=False,
                             force_terminal=tty if not no_color else None, soft_wrap=False,
                             file=TrimmedLines(terminal(sys.stdout)))


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items() if k != "path"}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON (dates as ISO text)."""
    text = json.dumps(_jsonable(data), ensure_ascii=False, indent=2)
    # json escapes C0 controls itself; the rest that a terminal obeys is escaped too, so the data stays exact, and
    # its lines are not fitted to a terminal (terminal()): what is copied from there still parses.
    terminal(sys.stdout).write(UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n")


def write_output(path: Path, data: bytes, store: Path | None, force: bool) -> None:
    """Write an export to the file the user named (see brå_tui.export.target); say so on standard error.

    Never inside the store or over anything but a regular file; an existing file only with force. A path that
    cannot be used is a usage error (as cli.paths finds before the command starts); a failed write is not.
    """
    from brå_tui.export.target import OutputRefused, write_export

    try:
        write_export(path, data, store, replace=force)
    except OutputRefused as err:
        raise UsageError(str(err)) from None
    except OSError as err:
        raise UserError(f"Kan inte skriva {path}: {cause(err)}.") from None
    print(f"Skrev {path}.", file=sys.stderr)


def emit(data: bytes, output: str | None, binary: bool, store: Path | None, force: bool) -> None:
    """A document to standard output (None or "-") or to the file named; a binary one never to a terminal.

    A file is written as write_output does: never inside the store, an existing one only with force.
    """
    if output is None or output == "-":
        if binary and sys.stdout.isatty():
            raise UsageError("Ett .docx-dokument skrivs inte till terminalen; ange -o FIL.")
        if sys.stdout.isatty():  # a text document read on the terminal: its lines fitted to it (printable_output)
            sys.stdout.write(data.decode("utf-8"))
            return
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_output(Path(output), data, store, force)


FIRST_YEAR = 1900  # the earliest year a command takes: no council's records are older


def year(text: str) -> int:
    """A year as every command takes it (bra report ÅR, --year ÅR, the year of a period): four digits, from
    FIRST_YEAR on; UsageError in one sentence for anything else ('0999', '24', '2024 ')."""
    if not (text.isascii() and text.isdigit() and len(text) == 4 and int(text) >= FIRST_YEAR):
        raise UsageError(f"{quoted(text)} är inget år; skriv det med fyra siffror från {FIRST_YEAR}, t.ex. 2024.")
    return int(text)


def meeting_key(args: argparse.Namespace, text: str) -> str:
    """A meeting's key as a command takes it: a date (2024-11-15, 2024-11-15-2) or 'latest', the newest meeting's,
    the same words for every command; UsageError in one sentence (text.not_a_date) for anything else."""
    from brå_tui.store.paths import StoreError, check_key

    if text == "latest":
        with open_index(args) as index:
            latest = index.meeting("latest")
        if latest is None:
            raise UserError("Det finns inga möten ännu; skapa ett med 'bra new'.")
        return latest.key
    try:
        return check_key(text)
    except StoreError as err:
        raise UsageError(str(err)) from None


def output_format(output: str | None, chosen: str | None, default: str) -> str:
    """The format a document is written in (export.target.format_for); UsageError when -o's extension names another
    format than --format."""
    from brå_tui.export.target import FormatClash, format_for

    try:
        return format_for(None if output in (None, "-") else Path(output or ""), chosen, default)
    except FormatClash as err:
        raise UsageError(str(err)) from None


def add_output(parser: argparse.ArgumentParser) -> None:
    """Give a document command its -o FIL and --force (the options emit takes)."""
    parser.add_argument("-o", "--output", metavar="FIL",
                        help="skriv till FIL i stället för standard ut (aldrig i lagringen, aldrig över annat "
                             "än en vanlig fil)")
    parser.add_argument("--force", action="store_true", help="skriv över FIL om den redan finns")


def add_json(parser: argparse.ArgumentParser) -> None:
    """Give a listing command its --json flag."""
    parser.add_argument("--json", action="store_true", help="skriv ut som JSON i stället för tabell")
