"""Importera's review in the app, at 80×24 and 60×20: n on a person under a group label keeps the group, n on a
sentence or list of several people gives each, a nickname in quotes stays in its name, and m on a line of several
dates plans each; what the key did is said under the table and counted in the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.importexport.test_import_review_people_keys import NOTE
from tests.tui.helpers import import_screen, shown


async def _key_on(pilot, screen, number: int, key: str) -> str:  # type: ignore[no-untyped-def]
    """Press key on source line number; what the detail under the table says then."""
    screen.query_one(DataTable).move_cursor(row=[row.number for row in screen.found].index(number))
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    return " ".join(shown(screen.app, "#import-detail").split())


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_people_and_next_meeting_keys(empty_store: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    note = tmp_path / "anteckningar.txt"
    note.write_text(NOTE, encoding="utf-8")
    async with import_screen(empty_store, note, size) as (_app, pilot, screen):
        said = await _key_on(pilot, screen, 7, "t")
        assert "Raden står före det första ärendet" in said and "Ingenting ändrades." in said
        await _key_on(pilot, screen, 7, "i")
        said = await _key_on(pilot, screen, 7, "n")
        assert "Rad 7 blev närvarande: Lisa Ek (ersättare)." in said
        said = await _key_on(pilot, screen, 7, "g")
        assert "Rad 7 blev närvarande: Lisa Ek (adjungerad)." in said
        said = await _key_on(pilot, screen, 15, "n")
        assert "Rad 15 blev närvarande: Tove Ljung, Johan Ek." in said
        said = await _key_on(pilot, screen, 18, "n")
        assert "Rad 18 blev närvarande: Johan Eriksson." in said
        await _key_on(pilot, screen, 19, "t")
        said = await _key_on(pilot, screen, 19, "m")
        assert "Rad 19 blev tidplan: 2027-02-12; 2027-05-14; 2027-09-03." in said
        m = screen.result.meeting
        assert [e.date.isoformat() for e in m.schedule] == ["2027-02-12", "2027-05-14", "2027-09-03"]
        assert ("Lisa Ek", "adjunct") in [(a.name, a.group) for a in m.attendees]
        assert {"Tove Ljung", "Johan Ek", "Johan Eriksson"} <= {a.name for a in m.attendees}
        assert "8\u00a0närvarande" in shown(screen.app, "#import-summary")
