"""Attendance tables whose header names the whole table in its first cell ('Beslutande<TAB>Ledamöter<TAB>Tjänstgörande
ersättare') over rows whose first cell is empty, and the review's g, which gives a line's people another group.
Each test fails when a person lands in another column's group, or the group cannot be changed by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.labels import label_of
from brå_tui.importer.review import ReviewRefused, move, rows
from tests.importexport.notes import import_one, write_note

TABLE = ("Protokoll Lokalt Brå\nSammanträdesdatum 2025-10-14\nPlats och tid\tKommunhuset, kl 13:00–15:45\n\n"
         "Beslutande\tLedamöter\tTjänstgörande ersättare\n\tPer-Olof Gräns (C), ordförande\t\n\tMia Nordlund (S)\t\n"
         "\tKent Åhlén (SD)\tTove Ljung (M)\n\nEj tjänstgörande ersättare\tSven Nyberg (KD)\n\n§ 45\nLägesbild\n"
         "Redovisades.\n")


def test_each_column_keeps_its_group_when_the_rows_start_with_an_empty_cell(empty_store: Path,
                                                                           tmp_path: Path) -> None:
    result = import_one(empty_store, write_note(tmp_path, TABLE))
    assert [(a.name, a.group, a.absent) for a in result.meeting.attendees] == [
        ("Per-Olof Gräns", "member", False), ("Mia Nordlund", "member", False), ("Kent Åhlén", "member", False),
        ("Tove Ljung", "substitute", False), ("Sven Nyberg", "substitute", False)]
    assert result.meeting.chair_names() == ["Per-Olof Gräns"]
    assert "All text kunde placeras." in "\n".join(result.summary())


def test_a_label_never_reaches_over_a_tab() -> None:
    """'Beslutande ledamöter' is one label; 'Beslutande<TAB>Ledamöter' is a label and a second cell."""
    assert label_of("Beslutande ledamöter: Ann Ek") == ("people", "member", "Ann Ek")
    assert label_of("Beslutande\tLedamöter\tErsättare") == ("people", "member", "Ledamöter\tErsättare")
    assert label_of("Närvarande\tersättare") == ("people", None, "ersättare")


def test_g_steps_a_lines_people_through_the_groups(empty_store: Path, tmp_path: Path) -> None:
    """g on 'Kent Åhlén (SD)<TAB>Tove Ljung (M)': both the next group after the first one's, shown beside each
    name; after 'övrig deltagare' no group, then ledamot again. On a line that names nobody it refuses."""
    result = import_one(empty_store, write_note(tmp_path, TABLE))
    row = next(r for r in rows(result) if r.text.startswith("Kent Åhlén"))
    assert row.became == "närvarande: Kent Åhlén (ledamot), Tove Ljung (ersättare)"
    said = [move(result, row, "grupp", []) for _ in range(6)]
    assert said == ["närvarande: Kent Åhlén (ersättare), Tove Ljung (ersättare)",
                    "närvarande: Kent Åhlén (adjungerad), Tove Ljung (adjungerad)",
                    "närvarande: Kent Åhlén (inbjuden), Tove Ljung (inbjuden)",
                    "närvarande: Kent Åhlén (övrig deltagare), Tove Ljung (övrig deltagare)",
                    "närvarande: Kent Åhlén, Tove Ljung (ingen grupp)",
                    "närvarande: Kent Åhlén (ledamot), Tove Ljung (ledamot)"]
    [kent] = [a for a in result.meeting.attendees if a.name == "Kent Åhlén"]
    assert kent.group == "member"
    with pytest.raises(ReviewRefused):
        move(result, next(r for r in rows(result) if r.text == "Redovisades."), "grupp", [])
