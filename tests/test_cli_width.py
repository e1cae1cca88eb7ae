"""Every printed view fits the terminal: 80 columns when piped (but for the rows of a listing, each one line to a
pipe), and a wider console too; on a real terminal every line of every command fits."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from brå_tui.cli.main import main
from tests.on_terminal import run_on_terminal, run_piped

COMMANDS = [
    ["list"], ["show", "2024-11-15"], ["show", "2024-02-09"], ["risk"], ["log"], ["log", "--all"],
    ["owner", "Mikael J"], ["owner", "--none"], ["owner", "Thomas N"], ["decisions"], ["search", "lägesbild"],
]


# The listings whose rows are each one line to a pipe, and such a row: a meeting key, or an entry's title and the
# cells after it two spaces apart (the rule and the headings lines fit).
WHOLE_ROWS = {"list", "log", "owner", "decisions", "search"}
ROW = re.compile(r"\d{4}-\d{2}-\d{2}|\S.*  \S")


@pytest.mark.parametrize("columns", [80, 132])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_output_fits_the_width(seed_store: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch, command: list[str], columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    status = main(["--store", str(seed_store), *command])
    out, err = capsys.readouterr()
    assert status == 0, err
    lines = out.splitlines()
    assert lines, "nothing printed"
    if command[0] in WHOLE_ROWS:  # to a pipe a row is one line, however long (tests/test_pipe_whole_rows.py)
        lines = [line for line in lines if not ROW.match(line)]
    assert max(cell_len(line) for line in lines) <= columns
    assert "\x1b[" not in out  # piped: no colour, no cursor codes


def _terminal_commands(root: Path, out: Path) -> list[list[str]]:
    """Every command of tests/test_every_command.py that writes text for a person (JSON is data, kept exact), and
    every command's help."""
    from tests.test_every_command import commands

    argvs = [argv for argv in commands(root, out, each_meeting=False) if "--json" not in argv]
    helps = [[name, "--help"] for name in sorted(subcommand_names())]
    return [*argvs, ["--help"], *helps]


def subcommand_names() -> list[str]:
    """The names of bra's subcommands, from its parser."""
    import argparse

    from brå_tui.cli.main import build_parser

    parser = build_parser()
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]  # argparse's own names
    return list(found[0].choices) if found else []


def _shown(argv: list[str], columns: int, lines: int = 24) -> list[str]:
    """The lines `bra ARGV…` shows on a terminal (a pty) of columns × lines without colour, escape codes taken out."""
    shown = run_on_terminal(*argv, size=(columns, lines), NO_COLOR="1").decode("utf-8", "replace")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).replace("\r\n", "\n").split("\n")


@pytest.mark.parametrize("part", range(4))
@pytest.mark.parametrize("columns", [20, 30, 40, 60, 80])
def test_every_command_fits_a_terminal(seed_store: Path, tmp_path: Path, columns: int, part: int) -> None:
    """On a terminal (a pty whose size is the window's, no COLUMNS in the environment) 20 to 80 columns wide,
    without colour, every line of every command fits, documents shown there (a kallelse, an export as text)
    included; a file written keeps its lines as they are. Answers and help break no word but one longer than its
    line, as they show 200 columns wide."""
    argvs = _terminal_commands(seed_store, tmp_path)
    for argv in argvs[part::4]:
        lines = _shown(["--store", str(seed_store), *argv], columns)
        too_wide = [line for line in lines if cell_len(line.expandtabs(8)) > columns]
        assert not too_wide, (argv, too_wide)
        if (_answers([argv]) or "--help" in argv) and columns < 40:  # 40 and up: checked to a pipe
            wide = _shown(["--store", str(seed_store), *argv], 200)
            assert not broken_words(lines, wide, columns), (argv, lines)


ALL = [["list", "--all"], ["log", "--all"], ["decisions", "--all"], ["search", "lägesbild", "--all"]]


def _words(lines: list[str], longest: int = 1000) -> set[str]:
    """The words of lines, rules left out, of at most longest characters."""
    return {word for line in lines for word in line.split() if word.strip("─") and len(word) <= longest}


@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize("command", ALL, ids=" ".join)
def test_all_on_a_narrow_terminal_is_laid_out_for_its_width(seed_store: Path, command: list[str],
                                                            columns: int) -> None:
    """--all on a narrow terminal writes every row laid out for the terminal's width, not lines of 80 columns broken
    again at the edge; no word is broken."""
    argv = ["--store", str(seed_store), *command]
    shown = _shown(argv, columns)
    assert max(cell_len(line) for line in shown) <= columns, shown
    wide = _shown(argv, 200)
    assert _words(wide, 12) <= _words(shown), "a word that fits a column (at least 12 cells) broken in two"
    assert "".join(shown).count("…") == "".join(wide).count("…"), "nothing cut off"


@pytest.mark.parametrize("command", [c[:-1] for c in ALL], ids=" ".join)
def test_the_paged_answer_on_a_narrow_terminal_cuts_nothing_off(seed_store: Path, command: list[str]) -> None:
    """A long word in a row written as a record (views.tables) on a terminal 40 columns wide is broken, never cut
    off with an ellipsis."""
    argv = ["--store", str(seed_store), *command]
    shown = _shown(argv, 40, 200)
    assert "".join(shown).count("…") == "".join(_shown(argv, 200, 200)).count("…")
    assert "samverkansöverenskomme" in "".join(shown) or command[0] != "log"


@pytest.mark.parametrize("columns", ["abc", "", "10"])
def test_a_columns_that_is_no_usable_width_is_ignored(seed_store: Path, columns: str) -> None:
    """COLUMNS that is no number (or too narrow for a table) gives the usual width to a pipe, never a crash."""
    shown = run_piped("--store", seed_store, "show", "latest", COLUMNS=columns).decode("utf-8")
    assert "Anteckningar" in shown and "bra: " not in shown
    assert max(cell_len(line) for line in shown.splitlines()) <= 80


@pytest.mark.parametrize("total", [20, 30, 40, 50])  # at 60 the fixed columns, as wide as their text, leave room
def test_a_plain_table_too_wide_for_its_columns_writes_records(total: int) -> None:
    """Where the columns do not fit side by side, each row is a record: every line fits, no word that fits a line is
    broken, and every heading and text is there; beside its heading where that leaves the text room, else below."""
    from brå_tui.views.loglines import COLUMNS
    from brå_tui.views.plain import cell, lines

    rows = [[cell("Uppföljning samverkansöverenskommelse", "Avvaktar revidering av avtalet."), "Mikael J", "öppen",
             "2024-02-09\n2024-11-15"], [cell("Handlingsplan"), "ingen", "klar", "2024-11-15"]]
    shown = list(lines(COLUMNS, rows, total))
    assert max(cell_len(line) for line in shown) <= total, shown
    words = " ".join(shown).split()
    for word in ["revidering", "2024-02-09", "Handlingsplan", "Första", "Ansvarig", "Mikael J"]:
        assert word in " ".join(shown), (word, shown)
    # A word longer than its column makes records (60 too), broken there only where a line holds no more.
    assert ("samverkansöverenskommelse" in words) is (30 <= total <= 60), shown
    assert shown.count("") == 1, "records a blank line apart"
    # Beside the headings (one space after the widest, as on a terminal) only where every row's words fit there,
    # so that the records of one table look alike; else each heading above its text, the text indented.
    assert ("  Mikael J" in shown and "  ingen" in shown) is (total < 50), "a word of the first row does not fit beside"
    assert ("Ansvarig           ingen" in shown) is (total >= 50), shown


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_status_wraps_between_words_and_cuts_nothing(seed_store: Path, columns: str) -> None:
    """`bra status` writes every title, decision and name whole, wrapped between words like every other table."""
    shown = run_piped("--store", seed_store, "status", COLUMNS=columns).decode("utf-8")
    assert "…" not in shown, shown
    assert max(cell_len(line) for line in shown.splitlines()) <= int(columns), shown
    written = shown.split()
    for text in ["Kartläggning av kunskapsläget för narkotikaprevention.", "Uppföljning samverkansöverenskommelse",
                 "Trygghetsöverrenskommelse - utökat samarbete mellan kommunen och ICA samt andra intresserade",
                 "Rådet beslutar att en stående punkt till dagordningen för lokala Brå framöver"]:
        missing = [word for word in text.split() if word not in written]
        assert not missing, (missing, shown)
    waited = f"{(dt.date.today() - dt.date(2024, 2, 9)).days} d"  # a follow-up open since the meeting of 2024-02-09
    for name in ["Tobias Å", "Blerta K", "10 000 kronor", "ID110 16", waited]:
        assert name in shown, (name, shown)
    assert "Thomas" in written and "Nordström" in written, shown  # "Thomas N" of older notes, shown whole


def test_records_of_a_table_without_headings_start_at_the_margin() -> None:
    """A row written as a record where its table has no headings is its texts alone, with no blank heading before."""
    from rich.console import Console

    from brå_tui.views.tables import table

    grid = table(show_header=False)
    grid.add_column()
    grid.add_column()
    grid.add_row("Uppföljning samverkansöverenskommelse", "Mikael J")
    console = Console(width=30, no_color=True, color_system=None)
    with console.capture() as capture:
        console.print(grid)
    assert [line.rstrip() for line in capture.get().splitlines()] == ["Uppföljning", "samverkansöverenskommelse",
                                                                       "Mikael J"]


# The words of the notes shown only where rows or periods are left out ('Visar de 5 senaste av 40 möten; --all visar
# alla (eller skicka utdata till en fil).', '1 period tidigare visas inte; välj med --from och --to, eller bredda
# fönstret.'): a narrow answer may hold them where a wide one does not.
NOTE_WORDS = set("Visar den de senaste bästa närmaste första rader; uppföljningar; Visas inte här; alla. av --all "
                 "visar alla (eller skicka utdata till en fil). period "
                 "perioder tidigare senare och visas inte; välj med --from --to, eller bredda fönstret.".split())


def broken_words(narrow: list[str], wide: list[str], columns: int) -> list[str]:
    """The words of narrow (lines at most columns wide) that are not words of wide (the same text laid out wide),
    rules and the notes of rows left out aside: pieces of a word broken in two. A piece of a word longer than its
    line is no fault: it ends a line that reaches the edge (columns), or begins the next one; nor is a path broken
    after a '/' (views.wrap.fit)."""
    whole = {word for line in wide for word in line.split()}
    found = []
    for n, line in enumerate(narrow):
        words = line.split()
        for i, word in enumerate(words):
            if word in whole or word in NOTE_WORDS or word.isdigit() or not word.strip("─"):
                continue
            before = narrow[n - 1].split() if i == 0 and n > 0 else []
            at_edge = i == len(words) - 1 and (cell_len(line) == columns or word.endswith("/"))
            after_edge = bool(before) and (cell_len(narrow[n - 1]) == columns or before[-1].endswith("/"))
            if not (at_edge or after_edge):
                found.append(word)
    return found


@pytest.mark.parametrize("columns", [20, 30, 40, 60, 80])
def test_help_fits_the_width_by_itself_and_breaks_no_word(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    """bra's help and every command's help, laid out by argparse for a width (COLUMNS, as a terminal or a pipe
    gives it): every line within the width, broken only between words (not after the hyphen of 'SVG-bild'), a
    line continued under its own indent, not at the left edge."""
    from brå_tui.cli.main import build_parser

    def helps() -> list[str]:
        parser = build_parser()
        commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]  # argparse's own names
        return [parser.format_help(), *(command.format_help() for command in commands.values())]

    monkeypatch.setenv("COLUMNS", "200")
    wide = helps()
    monkeypatch.setenv("COLUMNS", str(columns))
    for text, whole in zip(helps(), wide, strict=True):
        lines = text.splitlines()
        assert max(map(len, lines)) <= columns, text
        edge = columns - 2 if columns >= 40 else columns  # argparse leaves two columns where there is room
        assert not broken_words(lines, whole.splitlines(), edge), text
        usage = lines[:lines.index("")]
        assert all(line.startswith("  ") for line in usage[1:]), text


DOCUMENTS = {"export", "kallelse", "import", "report"}  # their text is a file's, written as it is


def _answers(argvs: list[list[str]]) -> list[list[str]]:
    """The argvs whose output is an answer laid out by bra, the same each time: no document, no help, nothing that
    writes a file (a second run says the file is there)."""
    return [argv for argv in argvs if argv[0] not in DOCUMENTS | {"new", "init", "remind"}
            and not {"--help", "--svg", "-o"} & set(argv)]


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_every_answer_to_a_pipe_breaks_no_word(seed_store: Path, tmp_path: Path, columns: int) -> None:
    """Every command's answer to a pipe COLUMNS wide (tables, records, notes) breaks lines only between words, as
    the same answer 400 columns wide shows: a word that does not fit its column makes records, never two pieces."""
    for argv in [*_answers(_terminal_commands(seed_store, tmp_path)), ["status"]]:
        full = ["--store", str(seed_store), *argv]
        wide = run_piped(*full, size=(400, 24)).decode("utf-8").split("\n")
        shown = run_piped(*full, size=(columns, 24)).decode("utf-8").split("\n")
        assert not broken_words(shown, wide, columns), (argv, shown)


@pytest.mark.parametrize("columns", [40, 60])
def test_a_numbered_title_and_a_legend_continue_under_their_text(seed_store: Path, columns: int) -> None:
    """A line that continues an item's title (bra show) or a meaning in the risk legend (bra risk) starts under the
    text it continues, never at the margin, to a pipe and on a terminal alike."""
    for run in (lambda *argv: run_piped(*argv, size=(columns, 24)).decode("utf-8").split("\n"),
                lambda *argv: _shown(list(argv), columns, 200)):
        shown = run("--store", str(seed_store), "show", "2024-11-15")
        titles = [n for n, line in enumerate(shown) if re.match(r"\d+\. ", line)]
        assert titles, shown
        for n in titles:
            after = shown[n + 1]
            assert not after.strip() or after.startswith("   "), (shown[n], after)
        risk = run("--store", str(seed_store), "risk")
        legend = risk[risk.index("Förklaring") + 1:]
        for line in legend[:legend.index("") if "" in legend else None]:
            assert line[0] in "●–*" or line.startswith(" " * 16), (line, legend)
