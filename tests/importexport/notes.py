"""Reading one note from the corpus or from text a test writes, as `bra import` reads it."""

from __future__ import annotations

from pathlib import Path

from brå_tui.importer.notes import import_notes
from brå_tui.importer.report import ImportResult
from brå_tui.store.load import load

CORPUS = Path(__file__).resolve().parent / "corpus"
COUNCILS = CORPUS / "councils"  # notes without an expected meeting of their own; the others are in CORPUS


def import_one(store: Path, path: Path) -> ImportResult:
    """What importing one note into store gives (nothing is saved); a name not in councils/ is looked up in CORPUS.
    Every line of the note has exactly one fate in the import's record, whatever the test looks at."""
    if not path.exists():
        path = CORPUS / path.name
    [result] = import_notes([path], load(store))
    ledger = result.ledger
    assert ledger.twice == [], [ledger.lines[n] for n in ledger.twice]
    assert ledger.missing() == [], [ledger.lines[n] for n in ledger.missing()]
    return result


def write_note(tmp_path: Path, text: str, name: str = "note.txt") -> Path:
    """A note with text, written as UTF-8 in tmp_path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
