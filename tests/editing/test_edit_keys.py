"""Every kind of field of a meeting edited by keys; the file written changes only where intended."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from textual.widgets import Input

from brå_tui.store.read import read_meeting
from tests.editing.harness import editing
from tests.editing.keys import replace, save, type_text


def _changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


async def test_time_place_and_risk_by_keys(seed_store: Path) -> None:
    await _time_place_and_risk(seed_store)


def _assert_comments_survive(before: str, after: str) -> None:
    comments = [line for line in before.splitlines() if "#" in line]
    assert comments, "the seed meeting has comments to keep"
    for line in comments:
        assert line in after.splitlines(), line


async def _time_place_and_risk(store: Path) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")
    async with editing(store) as (_app, pilot, screen):
        assert "Inga ändringar" in str(screen.query_one("#edit-status").render())
        await pilot.press("down", "tab")  # the row of tabs → Datum → Start
        await replace(pilot, "09:30")
        await pilot.press("tab", "tab")  # → Plats
        await replace(pilot, "Sessionssalen, Stadshuset")
        assert screen.has_unsaved()
        assert "● Osparade ändringar" in str(screen.query_one("#edit-status").render())
        screen.action_tab("lagesbild")
        await pilot.pause()
        await type_text(pilot, "2024-10")  # Period
        await pilot.press("tab", "tab")  # Källa → ANDT's level
        await pilot.press("enter")  # open the level list: omfattande, återkommande, grön, ej rapporterad
        await pilot.press("home", "down", "enter")  # återkommande
        await pilot.pause()
        await pilot.press("tab")  # Hot och våld: omfattande → ej rapporterad
        await pilot.press("enter", "end", "enter")
        await pilot.pause()
        await save(pilot)
        assert not screen.has_unsaved()
        assert "Sparat" in str(screen.query_one("#edit-status").render())
    after = path.read_text(encoding="utf-8")
    removed, added = _changed_lines(before, after)
    assert removed == ["start = 09:00:00", 'place = "Visenten, Stadshuset"', '"Hot och våld" = "red"']
    assert added == ["start = 09:30:00", 'place = "Sessionssalen, Stadshuset"', 'period = "2024-10"',
                     'ANDT = "yellow"']
    _assert_comments_survive(before, after)
    meeting, findings = read_meeting(path)
    assert meeting is not None and not [f for f in findings if f.severity == "error"]
    assert meeting.risk is not None and meeting.risk.areas == {"ANDT": "yellow",
                                                               "Extremism och kriminella nätverk": "red"}


def _editor_script(folder: Path) -> str:
    """An $EDITOR (in a folder with a space) that appends a line to the file it is given."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "lägg till.sh"
    script.write_text('#!/bin/sh\nprintf "Tillagt i editorn.\\n" >> "$1"\n', encoding="utf-8")
    script.chmod(0o755)
    return f"'{script}'"


@pytest.mark.long
async def test_lists_by_keys(seed_store: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EDITOR", _editor_script(tmp_path / "min editor"))
    monkeypatch.delenv("VISUAL", raising=False)
    await _lists(seed_store)


async def _lists(store: Path) -> None:
    path = store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")
    async with editing(store) as (app, pilot, screen):
        # Närvarande: add Patrik Sundin after the first attendee, then move him to the top.
        screen.action_tab("narvarande")
        await pilot.pause()
        await pilot.press("a")
        await type_text(pilot, "Patrik S")
        await pilot.pause()
        reason = str(app.screen.query_one("#f-name .field-reason").render())
        assert "Patrik S → Patrik Sundin" in reason
        await replace(pilot, "Patrik Sundin")
        await pilot.press("tab")  # leaving the name fills the party from people.toml
        assert app.screen.query_one("#f-party Input", Input).value == "S"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("u")
        # Ärenden: the second item (SSPF) gets a new title, a line from $EDITOR and a decision with money.
        screen.action_tab("arenden")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await replace(pilot, "SSPF - uppstart")
        app.screen.query_one("#f-notes").focus()
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#f-decisions").focus()
        await pilot.press("end", "a")
        await type_text(pilot, "Rådet beslutar att avsätta medel")
        await pilot.press("tab")
        await type_text(pilot, "25 000")
        await pilot.press("tab")
        await type_text(pilot, "ID110 16")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+s")  # accept the item form
        await pilot.pause()
        # Uppföljning: first done, second dropped then reopened and given owners, third dropped.
        screen.action_tab("uppfoljning")
        await pilot.pause()
        await pilot.press("k", "down", "s", "o", "enter")
        await pilot.pause()
        await pilot.press("tab", "tab", "tab", "tab")  # Id → Rubrik → Status → Senast → Ansvariga
        await replace(pilot, "Thomas N och Mikael")
        note = str(app.screen.query_one("#f-owners .field-reason").render())
        assert "Thomas N → Thomas Nordström" in note and 'skriv "Mikael J" eller "Mikael W"' in note
        await replace(pilot, "Thomas N, Mikael J")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "s")
        # Tidplan: remove the last entry after confirming; a refusal (n) first changes nothing.
        screen.action_tab("tidplan")
        await pilot.pause()
        await pilot.press("end", "d", "n")
        assert len(screen.meeting.schedule) == 4
        await pilot.press("d")
        await pilot.pause()
        assert "Ta bort ”2025-11-14" in str(app.screen.query_one("#question").render())
        await pilot.press("j")
        # Övrigt: move the first question down.
        screen.action_tab("ovrigt")
        await pilot.pause()
        await pilot.press("home", "y")
        await save(pilot)
        assert not screen.has_unsaved()
    after = path.read_text(encoding="utf-8")
    _assert_comments_survive(before, after)
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert [a.name for a in meeting.attendees[:3]] == ["Patrik Sundin", "Blerta Krenzi", "Johan Thomasson"]
    assert meeting.attendees[0].party == "S"
    sspf = meeting.items[1]
    assert sspf.title == "SSPF - uppstart"
    assert sspf.notes.endswith("Koordinator som driver processerna\nTillagt i editorn.\n")
    assert [(d.text, d.amount_sek, d.account) for d in sspf.decisions][-1] == \
        ("Rådet beslutar att avsätta medel", 25000, "ID110 16")
    # Names typed short in the form (Thomas N) are saved whole; an entry not edited keeps what its file says.
    assert [(f.id, f.state, f.owners) for f in meeting.followups] == [
        ("kartlaggning-narkotikaprevention", "done", ["Mikael J"]),
        ("samverkansoverenskommelse", "open", ["Thomas Nordström", "Mikael Jansson"]),
        ("handlingsplan-omsorg-bildning", "dropped", []),
    ]
    assert [s.date.isoformat() for s in meeting.schedule] == ["2025-02-14", "2025-05-16", "2025-09-12"]
    assert [o.title for o in meeting.other[:2]] == ["Trygghetsmätning", "Krylbo"]
    removed, added = _changed_lines(before, after)
    # Only the intended lines change: the new attendee, the item's title, notes line and decision, the
    # follow-ups' states and owners, the removed schedule entry, and the two other questions swapped.
    assert removed == ['title = "SSPF"', 'state = "open"', 'owners = ["Mikael J"]', 'state = "open"',
                       "[[schedule]]", "date = 2025-11-14", "start = 09:00:00", "end = 11:30:00",
                       'title = "Trygghetsmätning"', "presenters = []", 'notes = """',
                       "Trygghetsmätning planeras att genomföras i samarbete mellan kommunen och Polisen.",
                       '"""', "", "[[other]]"]
    assert added[:14] == ["", "[[attendee]]", 'name = "Patrik Sundin"', 'party = "S"', 'title = "SSPF - uppstart"',
                          "Tillagt i editorn.", "", "[[item.decision]]", 'text = "Rådet beslutar att avsätta medel"',
                          "amount_sek = 25000", 'account = "ID110 16"', 'state = "done"',
                          'owners = ["Thomas Nordström", "Mikael Jansson"]', 'state = "dropped"']
