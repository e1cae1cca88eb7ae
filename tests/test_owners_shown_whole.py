"""Owners written short in older notes ("Mikael J", "Thomas N") are shown and exported by the full name of the one
person they pick out (the owner lookup, questions.people.Directory); a short form that fits several people ("Jimmy S")
or nobody stays as written; the files are not changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.tui.editing.followups import describe_followup
from brå_tui.tui.editing.screen import EditMeetingScreen
from tests.editing.harness import editing
from tests.tui.helpers import running, settle, shown

Bra = Callable[..., tuple[int, str, str]]


def _unclear_owners(root: Path) -> None:
    """The follow-up without owners in the 2024-11-15 notes given one short form that fits two people (Jimmy
    Spolander, Jimmy Stenberg) and one that fits nobody."""
    path = root / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count("owners = []") == 1
    path.write_text(text.replace("owners = []", 'owners = ["Jimmy S", "Okänd P"]'), encoding="utf-8")


def flat(text: str) -> str:
    return " ".join(text.split())


def _files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "meetings").glob("*.toml"))}


def _whole_and_written(text: str) -> None:
    """The seed's short owners as whole names; the unclear ones as written; no short form left."""
    flat_text = flat(text)
    for whole in ("Thomas Nordström", "Mikael Jansson", "Tobias Åsell", "Blerta Krenzi"):
        assert whole in flat_text, text
    assert not re.search(r"\b(Thomas N|Mikael J|Tobias Å|Blerta K)\b(?!\w)", flat_text.replace(
        "Thomas Nordström", "").replace("Mikael Jansson", "").replace("Tobias Åsell", "").replace(
        "Blerta Krenzi", "")), text


@pytest.mark.parametrize("command", [("show", "2024-02-09"), ("export", "2024-02-09", "-f", "md", "-o", "-"),
                                     ("export", "2024-02-09", "-f", "txt", "-o", "-"), ("log",), ("status",)])
def test_commands_show_short_owners_by_their_full_names(bra: Bra, seed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                        command: tuple[str, ...]) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # each row on one line, each name whole on it
    before = _files(seed_store)
    status, out, err = bra(*command)
    assert status == 0, err
    _whole_and_written(out)
    assert _files(seed_store) == before


def test_short_forms_that_fit_several_people_or_nobody_stay_as_written(bra: Bra, seed_store: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    _unclear_owners(seed_store)
    for command in (("show", "2024-11-15"), ("export", "2024-11-15", "-f", "md", "-o", "-"), ("log", "--all")):
        status, out, err = bra(*command)
        assert status == 0, err
        lines = out.splitlines()
        at = next(n for n, line in enumerate(lines) if "Okänd P" in line)
        row = " ".join(lines[max(0, at - 1):at + 1])  # in the log each owner has a line of the row
        assert re.search(r"Jimmy S\b(?!\w)", row) and "Spolander" not in row and "Stenberg" not in row, row
        assert "Mikael Jansson" in out, out


@pytest.mark.usefixtures("seed_day")
def test_the_notice_gives_the_owners_full_names(bra: Bra, seed_store: Path) -> None:
    status, out, err = bra("kallelse")
    assert status == 0, err
    assert "Mikael Jansson" in out and not re.search(r"Mikael J\b(?!ansson)", out), out


def test_the_word_export_gives_the_owners_full_names(bra: Bra, seed_store: Path, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    target = tmp_path / "m.docx"
    status, _, err = bra("export", "2024-02-09", "-f", "docx", "-o", str(target))
    assert status == 0, err
    document = docx.Document(str(target))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    _whole_and_written(text)


async def test_the_app_shows_short_owners_by_their_full_names(seed_store: Path) -> None:
    before = _files(seed_store)
    async with running(seed_store) as (app, pilot):
        await pilot.press("down")  # 2024-02-09
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        _whole_and_written(shown(app, "#section-uppfoljning"))
        await pilot.press("l")
        await settle(pilot)
        table = app.screen.query_one("#log-table")
        rows = [flat(" ".join(str(c) for c in table.get_row_at(i))) for i in range(table.row_count)]  # type: ignore[attr-defined]
        assert any("Mikael Jansson" in r for r in rows) and any("Thomas Nordström" in r for r in rows), rows
        assert "Mikael Jansson" in flat(shown(app, "#log-detail")) or "Thomas Nordström" in flat(
            shown(app, "#log-detail"))
    async with editing(seed_store, "2024-02-09") as (app, pilot, screen):
        assert isinstance(screen, EditMeetingScreen)
        await pilot.press("5")
        await pilot.pause()
        described = " ".join(describe_followup(f, screen.directory) for f in screen.meeting.followups)
        _whole_and_written(described)
        assert screen.meeting.followups[0].owners == ["Thomas N"]  # the notes' own text is kept
    assert _files(seed_store) == before
