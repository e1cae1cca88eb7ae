"""Broken hand-edited files: `bra check` names file, line and column, and no file is ever written over."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from brå_tui.cli.main import main
from brå_tui.model import SEVERITY_WORDS
from brå_tui.store.load import load
from brå_tui.store.parse import MAX_FILE_BYTES
from brå_tui.store.save import BrokenFileError, MeetingDocument
from tests.conftest import SEED_STORE

HEAD = b"format = 1\ndate = 2024-03-01\n"
SEED_COUNCIL = (SEED_STORE / "council.toml").read_bytes()
SEED_PEOPLE = (SEED_STORE / "people.toml").read_bytes()
KINDS = ("file", "fifo", "folder", "link-loop", "dangling-link")


@dataclass
class Case:
    """One broken (or merely odd) file, and what `bra check` must say about it."""

    id: str
    data: bytes
    expected: list[tuple[int | None, int | None, str, str]]  # line, column, severity, part of the message
    name: str = "2024-03-01.toml"
    parses: bool = True  # False: the bytes are no TOML at all, so the file cannot even be opened for editing
    folder: str = "meetings"  # "" for council.toml and people.toml
    kind: str = "file"  # or: a FIFO, a folder, a symlink pointing at itself, a symlink to nothing

    @property
    def status(self) -> int:
        """The exit status `bra check` must give: 1 when any finding is an error, else 0."""
        return 1 if any(severity == "error" for _, _, severity, _ in self.expected) else 0

    @property
    def is_meeting(self) -> bool:
        """Whether the case is a file in meetings/ named as a meeting (so it can be written under another date)."""
        return self.folder == "meetings" and self.name == "2024-03-01.toml"

    def make(self, root: Path, name: str | None = None) -> Path:
        """Put the case into the store at root (under name instead of its own, for a meeting); its path."""
        path = root / self.folder / (name or self.name)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif os.path.lexists(path):
            path.unlink()
        if self.kind == "file":
            path.write_bytes(self.data)
        elif self.kind == "fifo":
            os.mkfifo(path)
        elif self.kind == "folder":
            path.mkdir()
            (path / "anteckningar.txt").write_bytes(self.data)
        elif self.kind == "link-loop":
            os.symlink(path.name, path)
        else:
            os.symlink("finns-inte.toml", path)
        return path


def snapshot(path: Path) -> tuple[object, ...]:
    """What a case's path is, to compare before and after a command: its kind and its bytes, link or listing."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(path))
    if stat.S_ISDIR(st.st_mode):
        return ("folder", sorted((p.name, p.read_bytes()) for p in path.iterdir()))
    if stat.S_ISFIFO(st.st_mode):
        return ("fifo",)
    return ("file", st.st_mode, path.read_bytes())


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


DOTTED = b".".join([b"a"] * 300)
CASES = [
    # TOML syntax, several kinds.
    Case("unterminated-string", HEAD + b'place = "Visenten\nend = 11:00:00\n',
         [(3, 18, "error", "ogiltig TOML")], parses=False),
    Case("missing-equals", HEAD + b'place "Visenten"\n', [(3, 7, "error", "likhetstecken (=) saknas")], parses=False),
    Case("unclosed-array", HEAD + b'[[item]]\ntitle = "A"\npresenters = ["Mikael J",\n',
         [(5, None, "error", "ogiltig TOML")], parses=False),
    Case("duplicate-key", HEAD + b'place = "A"\nplace = "B"\n', [(4, 12, "error", "nyckeln finns redan")],
         parses=False),
    Case("bad-header", HEAD + b'[[item]\ntitle = "A"\n', [(3, 7, "error", "]] saknas")], parses=False),
    Case("value-then-junk", HEAD + b'start = 09:00:00 kl\n', [(3, 18, "error", "radbrytning saknas")],
         parses=False),
    # Wrong types.
    Case("time-as-text", HEAD + b'start = "09:00"\n', [(3, 9, "error", "'start' ska vara ett klockslag")]),
    Case("bool-as-text", HEAD + b'\n[[item]]\ntitle = "Krylbo"\nconfidential = "ja"\n',
         [(6, 16, "error", "'confidential' ska vara true eller false")]),
    Case("amount-as-text", HEAD + b'[[item]]\ntitle = "A"\n\n[[item.decision]]\ntext = "B"\namount_sek = "10 000"\n',
         [(8, 14, "error", "'amount_sek' ska vara ett heltal")]),
    # Integers past what SQLite's INTEGER holds (a signed 64-bit number): valid TOML, reported where the file is read.
    Case("amount-past-int64", HEAD + b'[[item]]\ntitle = "A"\n\n[[item.decision]]\ntext = "B"\n'
         b'amount_sek = 9223372036854775808\n', [(8, 14, "error", "'amount_sek' är ett för stort tal")]),
    Case("amount-below-int64", HEAD + b'[[item]]\ntitle = "A"\n\n[[item.decision]]\ntext = "B"\n'
         b'amount_sek = -9223372036854775809\n', [(8, 14, "error", "'amount_sek' är ett för stort tal")]),
    Case("format-past-int64", b'format = 9223372036854775808\ndate = 2024-03-01\n',
         [(1, 10, "error", "'format' är ett för stort tal")]),
    Case("owners-not-list", HEAD + b'[[followup]]\ntitle = "A"\nowners = 3\n',
         [(5, 10, "error", "'owners' ska vara en lista med text")]),
    Case("date-as-text", b'format = 1\ndate = "2024-03-01"\n',
         [(2, 8, "error", "'date' ska vara ett datum")]),
    # Impossible dates and times.
    Case("february-30", b"format = 1\ndate = 2024-02-30\n", [(2, 8, "error", "2024-02-30 är inget giltigt datum")],
         parses=False),
    Case("schedule-month-13", HEAD + b"[[schedule]]\ndate = 2025-13-01\n",
         [(4, 8, "error", "2025-13-01 är inget giltigt datum")], parses=False),
    Case("hour-25", HEAD + b"start = 25:00:00\n",
         [(3, 9, "error", "25:00:00 är inget giltigt klockslag")], parses=False),
    Case("end-before-start", HEAD + b"start = 11:00:00\nend = 09:30:00\n",
         [(4, 7, "error", "sluttiden 09:30 är före starttiden 11:00")]),
    Case("schedule-end-before-start", HEAD + b"[[schedule]]\ndate = 2025-02-14\nstart = 09:00:00\nend = 08:00:00\n",
         [(6, 7, "error", "sluttiden 08:00 är före starttiden 09:00")]),
    # Unknown levels and states, duplicate ids, missing keys.
    Case("unknown-risk-level", HEAD + b'[risk.areas]\n"ANDT" = "orange"\n',
         [(4, 10, "error", "okänd risknivå 'orange'")]),
    Case("swedish-risk-level", HEAD + b'\n[risk]\nareas = { "ANDT" = "r\xc3\xb6d" }\n',
         [(5, 9, "error", "okänd risknivå 'röd'")]),
    Case("unknown-state", HEAD + b'[[followup]]\ntitle = "A"\nstate = "klar"\n',
         [(5, 9, "error", "okänt läge 'klar'")]),
    Case("duplicate-followup-id",
         HEAD + b'[[followup]]\nid = "a"\ntitle = "A"\n\n[[followup]]\nid = "a"\ntitle = "B"\n',
         [(8, 6, "error", "id 'a' finns redan i uppföljning nr 1")]),
    Case("attendee-without-name", HEAD + b'[[attendee]]\nparty = "S"\n', [(3, 1, "error", "nyckeln 'name' saknas")]),
    Case("empty-title", HEAD + b'[[item]]\ntitle = "  "\n', [(4, 9, "error", "'title' får inte vara tom")]),
    # Encodings and odd bytes.
    Case("latin-1", HEAD + b'[[item]]\ntitle = "Gr\xe5nnsamverkan"\n', [(4, 12, "error", "inte giltig UTF-8")],
         parses=False),
    Case("bom", b"\xef\xbb\xbf" + HEAD, [(1, 1, "warning", "BOM")]),
    Case("crlf", HEAD.replace(b"\n", b"\r\n")
         + b'place = "Visenten"\r\n\r\n[[item]]\r\ntitle = "A"\r\nnotes = """\r\nRad 1\r\nRad 2\r\n"""\r\n', []),
    Case("crlf-with-error", HEAD.replace(b"\n", b"\r\n") + b'start = 10:00:00\r\nend = 09:00:00\r\n',
         [(4, 7, "error", "sluttiden")]),
    Case("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [(1, 1, "error", "inte giltig UTF-8")], parses=False),
    Case("nul-in-text", HEAD + b'place = "Vis\x00enten"\n', [(3, 13, "error", "binära data")], parses=False),
    Case("huge", HEAD + b'notes = """\n' + b"Lorem ipsum dolor sit amet.\n" * (MAX_FILE_BYTES // 28 + 10) + b'"""\n',
         [(None, None, "error", "för stor")], parses=False),
    Case("empty", b"", [(1, None, "error", "nyckeln 'format' saknas"), (1, None, "error", "nyckeln 'date' saknas")]),
    Case("only-comment", b"# ett nytt m\xc3\xb6te\n", [(1, None, "error", "nyckeln 'format' saknas"),
                                                 (1, None, "error", "nyckeln 'date' saknas")]),
    Case("format-3", b"format = 3\ndate = 2024-03-01\n", [(1, 10, "error", "format 3")], parses=False),
    Case("unknown-group", b'format = 2\ndate = 2024-03-01\n[[attendee]]\nname = "A"\ngroup = "ledamot"\n',
         [(5, 9, "error", "okänt värde 'ledamot' för 'group'")]),
    Case("unknown-item-kind", b'format = 2\ndate = 2024-03-01\n[[item]]\ntitle = "A"\nkind = "beslut"\n',
         [(5, 8, "error", "okänt värde 'beslut' för 'kind'")]),
    Case("format-2-key-in-format-1", HEAD + b'chair = "Blerta Krenzi"\n[[attendee]]\nname = "A"\nabsent = true\n',
         [(3, 9, "warning", "'chair' hör till format 2"), (6, 10, "warning", "'absent' hör till format 2")]),
    Case("format-missing", b"date = 2024-03-01\n", [(1, None, "error", "nyckeln 'format' saknas")]),
    # Warnings only: the meeting is read.
    Case("unknown-keys", HEAD + b'room = "B12"\n\n[[attendee]]\nname = "Blerta Krenzi"\nemail = "b@example.se"\n',
         [(3, 8, "warning", "okänd nyckel 'room'"), (7, 9, "warning", "okänd nyckel 'email'")]),
    Case("name-date-mismatch", b"format = 1\ndate = 2024-03-02\n",
         [(2, 8, "warning", "filnamnet säger 2024-03-01, men date = 2024-03-02")]),
    Case("unknown-area", HEAD + b'[[followup]]\ntitle = "A"\nareas = ["ANDT", "Cykelst\xc3\xb6lder"]\n',
         [(5, 18, "warning", "området 'Cykelstölder' finns inte")]),
    Case("unknown-risk-area", HEAD + b'[risk.areas]\n"Andt" = "red"\n', [(4, 1, "warning", "menar du 'ANDT'?")]),
    Case("names", HEAD + b'[[item]]\ntitle = "A"\npresenters = [\n  "Mikael J",\n  "Mikael",\n  "Kalle Anka",\n]\n',
         [(7, 3, "warning", "'Mikael' kan vara flera: Mikael Jansson, Mikael Westberg"),
          (8, 3, "warning", "okänt namn 'Kalle Anka'")]),
    Case("misnamed-month-13", HEAD, [(None, None, "warning", "2024-13-01 är inget giltigt datum")],
         name="2024-13-01.toml"),
    Case("misnamed-notes", HEAD, [(None, None, "warning", "ska heta ÅÅÅÅ-MM-DD.toml")], name="notes.toml"),
    Case("misnamed-copy", HEAD, [(None, None, "warning", "ska heta ÅÅÅÅ-MM-DD.toml")],
         name="2024-03-01 kopia.toml"),
    # Nesting deeper than the parsers go (tomllib gives up near 330 levels, tomlkit at 100).
    Case("nested-500-arrays", HEAD + b"x = " + _nested(500) + b"\n",
         [(3, 105, "error", "nästlat i fler än 100 nivåer")], parses=False),
    Case("nested-400-inline-tables", HEAD + b"x = " + b"{a = " * 400 + b"1" + b"}" * 400 + b"\n",
         [(3, 505, "error", "nästlat i fler än 100 nivåer")], parses=False),
    Case("nested-150-arrays", HEAD + b"x = " + _nested(150) + b"\n",
         [(3, 5, "error", "nästlat i fler än 100 nivåer"), (3, 5, "warning", "okänd nyckel 'x'")], parses=False),
    Case("dotted-key-300-parts", HEAD + DOTTED + b" = 1\n", [(3, 1, "error", "nyckeln har fler än 100 delar")],
         parses=False),
    Case("table-header-20000-parts", HEAD + b"[" + b".".join([b"a"] * 20000) + b"]\n",
         [(3, 2, "error", "nyckeln har fler än 100 delar")], parses=False),
    # Times without seconds, periods that are no month, values of the wrong kind quoted by kind.
    Case("time-without-seconds", HEAD + b"start = 09:00\n",
         [(3, 9, "error", "klockslag skrivs 09:00:00 i TOML")], parses=False),
    Case("schedule-time-one-hour-digit", HEAD + b"[[schedule]]\ndate = 2025-02-14\nstart = 9:30\n",
         [(5, 9, "error", "klockslag skrivs 09:30:00 i TOML (två siffror för timmar, minuter och sekunder), "
                          "inte 9:30")], parses=False),
    Case("period-month-13", HEAD + b'[risk]\nperiod = "2024-13"\n',
         [(4, 10, "error", "'period' ska vara en månad skriven ÅÅÅÅ-MM, till exempel \"2023-12\"; "
                           "'2024-13' är ingen månad")]),
    Case("period-a-word", HEAD + b'[risk]\nperiod = "december"\n', [(4, 10, "error", "'december' är ingen månad")]),
    Case("risk-level-a-list", HEAD + b'[risk.areas]\nANDT = ["red"]\n',
         [(4, 8, "error", "okänd risknivå en lista för 'ANDT'")]),
    # What is not a file, or cannot be read as one.
    Case("fifo", b"", [(None, None, "error", "filen kan inte läsas: det är en namngiven pipe (FIFO), inte en fil")],
         parses=False, kind="fifo"),
    Case("folder-named-as-meeting", HEAD, [(None, None, "error", "filen kan inte läsas: det är en mapp, inte en fil")],
         parses=False, kind="folder"),
    Case("symlink-loop", b"", [(None, None, "error", "symboliska länkar pekar på varandra i en slinga")],
         parses=False, kind="link-loop"),
    Case("dangling-symlink", b"", [(None, None, "error", "filen kan inte läsas: filen eller mappen finns inte")],
         parses=False, kind="dangling-link"),
    # What meetings/ holds that is not read, and why.
    Case("subfolder", HEAD,
         [(None, None, "warning", "mappen läses inte: bra läser bara mötesfiler direkt i meetings/")],
         name="arkiv", kind="folder"),
    Case("attachment", b"%PDF-1.4", [(None, None, "warning", "bara filer som heter ÅÅÅÅ-MM-DD.toml läses som möten")],
         name="bilaga.pdf"),
    Case("fifo-not-a-meeting", b"", [(None, None, "warning", "bara filer som heter ÅÅÅÅ-MM-DD.toml")],
         name="rör", kind="fifo"),
    Case("leftover-temporary", HEAD, [(None, None, "warning", "en tillfällig fil från en sparning som avbröts; "
                                                              "'bra check --fix' tar bort den")],
         name=".2024-11-15.toml.k3j9x_2a.tmp"),
    Case("leftover-temporary-in-store", SEED_COUNCIL, [(None, None, "warning", "en tillfällig fil från en sparning")],
         name=".council.toml.ab12cd34.tmp", folder=""),
    # council.toml and people.toml: checked like meetings; every command falls back to defaults.
    Case("council-name-a-number", SEED_COUNCIL.replace(b'name = "Brottsf\xc3\xb6rebyggande r\xc3\xa5det"', b"name = 5"),
         [(2, 8, "error", "'name' ska vara text")], name="council.toml", folder=""),
    Case("council-name-missing", SEED_COUNCIL.replace(b'name = "Brottsf\xc3\xb6rebyggande r\xc3\xa5det"\n', b""),
         [], name="council.toml", folder=""),  # optional: the default name stands in
    Case("council-areas-numbers", SEED_COUNCIL.split(b"areas = [")[0] + b"areas = [1, 2]\n",
         [(11, 9, "error", "'areas' ska vara en lista med text")], name="council.toml", folder=""),
    Case("council-levels-a-number",
         SEED_COUNCIL.split(b"[risk.levels]")[0].replace(b"[risk]\n", b"[risk]\nlevels = 5\n"),
         [(8, 10, "error", "'levels' ska vara en tabell")], name="council.toml", folder=""),
    Case("council-level-meaning-a-number", SEED_COUNCIL.replace(b'red = "omfattande"', b"red = 5"),
         [(20, 7, "error", "'red' ska vara text")], name="council.toml", folder=""),
    Case("council-standing-item-a-text",
         SEED_COUNCIL.split(b"[[standing_item]]")[0].replace(b"format = 1\n", b'format = 1\nstanding_item = "x"\n'),
         [(2, 17, "error", "'standing_item' ska skrivas som [[standing_item]]-tabeller")],
         name="council.toml", folder=""),
    Case("council-nested-500", SEED_COUNCIL.replace(b"format = 1\n", b"format = 1\nx = " + _nested(500) + b"\n"),
         [(2, 105, "error", "nästlat i fler än 100 nivåer")], name="council.toml", folder=""),
    Case("council-fifo", b"", [(None, None, "error", "namngiven pipe (FIFO)")], name="council.toml", folder="",
         kind="fifo"),
    Case("council-folder", b"", [(None, None, "error", "det är en mapp, inte en fil")], name="council.toml",
         folder="", kind="folder"),
    Case("people-aliases-a-number", SEED_PEOPLE.replace(b'party = "S"', b"aliases = 5", 1),
         [(9, 11, "error", "'aliases' ska vara en lista med text")], name="people.toml", folder=""),
    Case("people-name-a-date", SEED_PEOPLE.replace(b'name = "Blerta Krenzi"', b"name = 2024-01-01", 1),
         [(8, 8, "error", "'name' ska vara text")], name="people.toml", folder=""),
    Case("people-symlink-loop", b"", [(None, None, "error", "slinga")], name="people.toml", folder="",
         kind="link-loop"),
]


MEETINGS = [c for c in CASES if c.is_meeting]


def lay_out(root: Path, cases: list[Case] = CASES) -> dict[Path, Case]:
    """Cases side by side in the store at root: each meeting case under its own date (one a day from
    2023-01-01), the other files of meetings/ under their names, then council.toml and people.toml cases
    in turn (each replacing the last, so the last of each stays); every path made, with its case."""
    made = {}
    day = dt.date(2023, 1, 1)
    for case in cases:
        if case.is_meeting:
            made[case.make(root, f"{day.isoformat()}.toml")] = case
            day += dt.timedelta(days=1)
        else:
            path = case.make(root)
            made = {p: c for p, c in made.items() if p != path}
            made[path] = case
    return made


def _where(path: Path, line: int | None, column: int | None) -> str:
    where = str(path)
    if line is not None:
        where += f":{line}"
        if column is not None:
            where += f":{column}"
    return where


def _findings_for(output: str, path: Path) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{path}:")]


def test_seed_store_checks_clean(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The seed store has no findings at all."""
    assert main(["--store", str(seed_store), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "2 möten, 0 fel, 0 varningar"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_check_names_line_and_column(case: Case, seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each broken file gets exactly its findings, at the right place, and is left byte for byte as it was."""
    path = case.make(seed_store)
    before = snapshot(path)

    status = main(["--store", str(seed_store), "check"])
    out = capsys.readouterr().out

    found = _findings_for(out, path)
    assert len(found) == len(case.expected), out
    for line, (number, column, severity, fragment) in zip(found, case.expected, strict=False):
        assert line.startswith(f"{_where(path, number, column)}: {SEVERITY_WORDS[severity]}: "), line
        assert fragment in line
    others = [line for line in out.splitlines() if line not in found]
    assert others == []
    assert status == case.status
    assert snapshot(path) == before


UNOPENABLE = [c for c in CASES if not c.parses and c.folder == "meetings"]


@pytest.mark.parametrize("case", UNOPENABLE, ids=[c.id for c in UNOPENABLE])
def test_broken_file_is_never_opened_for_writing(case: Case, tmp_path: Path) -> None:
    """A file that does not parse, or is no file, cannot be opened for editing, so it cannot be saved over."""
    (tmp_path / "meetings").mkdir()
    path = case.make(tmp_path)
    before = snapshot(path)
    with pytest.raises(BrokenFileError):
        MeetingDocument.open(path)
    assert snapshot(path) == before


def test_findings_sorted_by_path_and_line(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Findings from several files come sorted by file, then line."""
    meetings = seed_store / "meetings"
    (meetings / "2024-05-01.toml").write_bytes(b"format = 1\ndate = 2024-05-01\nstart = 10:00:00\nend = 09:00:00\n")
    (meetings / "2024-04-01.toml").write_bytes(b"format = 1\ndate = 2024-04-01\nx = 1\ny = 2\n")
    (meetings / "2024-03-01.toml").write_bytes(b"format = 1\ndate = 2024-02-30\n")
    assert main(["--store", str(seed_store), "check"]) == 1
    captured = capsys.readouterr()
    places = [line.split(": ")[0] for line in captured.out.splitlines()]
    assert places == [f"{meetings}/2024-03-01.toml:2:8", f"{meetings}/2024-04-01.toml:3:5",
                      f"{meetings}/2024-04-01.toml:4:5", f"{meetings}/2024-05-01.toml:4:7"]
    assert captured.err.strip() == "5 möten, 2 fel, 2 varningar"


def test_check_json(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`bra check --json` gives the same findings as data."""
    path = seed_store / "meetings" / "2024-03-01.toml"
    path.write_bytes(b"format = 1\ndate = 2024-03-01\n[risk.areas]\nANDT = 'blue'\nfoo = 1\n")
    assert main(["--store", str(seed_store), "check", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["meetings"] == 3 and data["errors"] == 2 and data["warnings"] == 0
    assert data["findings"] == [
        {"file": str(path), "line": 4, "column": 8, "severity": "error",
         "message": "okänd risknivå 'blue' för 'ANDT' (ska vara red, yellow eller green)"},
        {"file": str(path), "line": 5, "column": 7, "severity": "error",
         "message": "okänd risknivå 1 för 'foo' (ska vara red, yellow eller green)"},
    ]


def test_same_meeting_in_two_files(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file whose date makes it the same meeting as another file is a conflict."""
    copy = seed_store / "meetings" / "2024-11-16.toml"
    copy.write_bytes((seed_store / "meetings" / "2024-11-15.toml").read_bytes())
    second = seed_store / "meetings" / "2024-11-15-2.toml"
    second.write_bytes(b"format = 1\ndate = 2024-11-15\n")
    assert main(["--store", str(seed_store), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{copy}:2:8: fel: krockar med 2024-11-15.toml: båda är mötet 2024-11-15; rätta date eller ge ett "
        "andra möte samma dag ett eget nummer, till exempel 2024-11-15-2.toml",
        f"{copy}:2:8: varning: filnamnet säger 2024-11-16, men date = 2024-11-15; datumet i filen gäller",
    ]


def test_ignored_files_are_silent(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README, .git, editor backups and swap files, and other programs' hidden files in meetings/ are not findings."""
    meetings = seed_store / "meetings"
    (meetings / "README.md").write_text("Mötena.\n")
    (meetings / ".git").mkdir()
    (meetings / "2024-11-15.toml~").write_bytes(b"\x00junk")
    (meetings / ".2024-11-15.toml.swp").write_bytes(b"\x00junk")
    (meetings / ".2024-11-15.toml.abc123.tmp").write_bytes(b"half a fi")  # not bra's: mkstemp makes eight
    assert main(["--store", str(seed_store), "check"]) == 0
    assert capsys.readouterr().out == ""


def test_missing_council_and_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A store without council.toml and people.toml is checked, with a warning for each."""
    root = tmp_path / "store"
    (root / "meetings").mkdir(parents=True)
    (root / "meetings" / "2024-03-01.toml").write_bytes(HEAD)
    assert main(["--store", str(root), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{root}/council.toml: varning: filen saknas",
                                         f"{root}/people.toml: varning: filen saknas"]
    assert captured.err.strip() == "1 möte, 0 fel, 2 varningar"


def test_council_without_names_has_the_standard_names(tmp_path: Path) -> None:
    """A council.toml that leaves out name and short_name reads as the standard names, not as something odd."""
    root = tmp_path / "store"
    (root / "meetings").mkdir(parents=True)
    (root / "council.toml").write_text('format = 1\nmunicipality = "Avesta kommun"\n', encoding="utf-8")
    council = load(root).council
    assert (council.name, council.short_name, council.municipality) == (
        "Brottsförebyggande rådet", "Lokala Brå", "Avesta kommun")


def test_broken_council_and_people(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """council.toml and people.toml are checked like meetings."""
    (seed_store / "council.toml").write_bytes(b'format = 1\nname = "Br\xc3\xa5"\n[risk.levels]\npurple = "x"\n')
    (seed_store / "people.toml").write_bytes(b'format = 1\n[[person]]\nname = "A"\nparty = S\n')
    assert main(["--store", str(seed_store), "check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{seed_store}/council.toml:4:10: fel: okänd risknivå 'purple' (ska vara red, yellow eller green)",
        f"{seed_store}/people.toml:4:9: fel: ogiltig TOML: ogiltigt värde",
    ]


def _run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRA_STORE"}
    return subprocess.run([sys.executable, "-m", "brå_tui", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


def test_real_process_reports_without_traceback(seed_store: Path) -> None:
    """The real program on a store full of broken files: findings, a summary, exit 1, no traceback."""
    lay_out(seed_store)
    result = _run_cli("--store", str(seed_store), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.stderr.strip().endswith("varningar")
    findings = result.stdout.splitlines()
    assert findings and all(": fel: " in line or ": varning: " in line for line in findings)


@pytest.mark.parametrize("command", ["list", "log"])
def test_other_commands_skip_broken_files(command: str, seed_store: Path) -> None:
    """`bra list` and `bra log` work on a store full of broken files, and name each one on standard error."""
    broken = {path: snapshot(path) for path, case in lay_out(seed_store, MEETINGS).items() if case.status == 1}
    result = _run_cli("--store", str(seed_store), command)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("bra: Hoppar över ")]
    assert len(skipped) == len(broken)
    for path in broken:
        assert sum(f" {path}:" in line for line in skipped) == 1, path
    if command == "list":
        assert "2024-11-15" in result.stdout and "2024-02-09" in result.stdout
    for path, before in broken.items():
        assert snapshot(path) == before
