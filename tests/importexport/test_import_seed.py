"""The two real notes, imported into an empty store, give the data of the hand transcription in store/."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from brå_tui.model import Meeting
from brå_tui.store.load import load
from tests.conftest import SEED_STORE
from tests.importexport.conftest import seed_notes

# The one difference allowed: the hand transcription names follow-up ids by hand
# ("kartlaggning-narkotikaprevention"), the import derives them from the title
# ("kartlaggning-kunskapslaget-narkotikaprevention"). What matters is which entries share an id, so ids
# are compared up to renaming: each id becomes the order in which it first appears.


def canonical_ids(meetings: list[Meeting]) -> list[Meeting]:
    """The meetings, oldest first, with every follow-up id replaced by its order of first appearance."""
    order: dict[str, str] = {}
    out = []
    for meeting in sorted(meetings, key=lambda m: m.date):
        followups = []
        for f in meeting.followups:
            order.setdefault(f.id, f"id-{len(order) + 1}")
            followups.append(dataclasses.replace(f, id=order[f.id]))
        out.append(dataclasses.replace(meeting, followups=followups))
    return out


def test_both_notes_import_into_an_empty_store_as_transcribed(bra, empty_store: Path) -> None:
    result = bra("--store", empty_store, "import", *seed_notes())
    assert result.status == 0, result.err
    imported = load(empty_store)
    transcribed = load(SEED_STORE)
    assert not imported.broken and not imported.warnings
    assert [m.key for m in imported.meetings] == [m.key for m in transcribed.meetings]
    for got, want in zip(canonical_ids(imported.meetings), canonical_ids(transcribed.meetings), strict=False):
        for part in ("date", "start", "end", "place", "attendees", "risk", "items", "followups", "schedule",
                     "other", "extra"):
            assert getattr(got, part) == getattr(want, part), f"{got.key}: {part}"


def test_the_later_note_continues_the_transcribed_ids_exactly(bra, empty_store: Path) -> None:
    february = SEED_STORE / "meetings" / "2024-02-09.toml"
    (empty_store / "meetings").mkdir()
    (empty_store / "meetings" / february.name).write_bytes(february.read_bytes())
    november = [p for p in seed_notes() if p.name.startswith("2024-11-15")]
    assert bra("--store", empty_store, "import", *november).status == 0
    got = load(empty_store).meeting("2024-11-15")
    want = load(SEED_STORE).meeting("2024-11-15")
    assert got is not None and want is not None
    assert got == want


def test_import_reports_what_it_found_and_that_nothing_was_left_over(bra, empty_store: Path) -> None:
    result = bra("--store", empty_store, "import", *seed_notes())
    said = " ".join(result.err.split())  # the report is wrapped between words at the terminal's width
    assert "2024-02-09-anteckningar.txt → möte 2024-02-09: 11 närvarande, 5 ärenden, 3 beslut" in said
    assert "ANDT (red)" in said and "period 2023-12" in said
    assert said.count("All text kunde placeras.") == 2
