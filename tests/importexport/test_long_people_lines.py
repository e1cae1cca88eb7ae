"""A people line as long as a pasted list of thousands: parted in one pass, never by looking ahead to the line's end
from each comma; the same parts and the same folded names as the plain definitions give."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from brå_tui import text
from brå_tui.importer.attendees import comma_parts
from tests.importexport.notes import import_one

# The definition: a comma whose next bracket is not a closing one (what the one pass computes).
_COMMA_DEFINED = re.compile(r",(?![^()]*\))")


@given(st.text(alphabet="ab ,()", max_size=40))
def test_commas_outside_brackets_part_a_line_as_the_definition_says(line: str) -> None:
    assert comma_parts(line) == _COMMA_DEFINED.split(line)


def _folded_defined(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(text._LETTERS).strip()


MIXED = st.sampled_from(list("aåäöÅÄÖ ﬁßẞøÆ–”xX\u0301\u05b0ΣςŁİ\t"))


@given(st.text(alphabet=MIXED, max_size=30) | st.text(max_size=30))
def test_folding_looks_only_at_what_is_beyond_ascii_and_gives_what_the_definition_does(value: str) -> None:
    assert text.folded(value) == _folded_defined(value)


FIRST = ["Anna", "Bo", "Cecilia", "David", "Eva", "Fredrik", "Greta", "Hassan", "Ingrid", "Jonas"]
LAST = ["Berg", "Dahl", "Ek", "Frid", "Holm", "Lind", "Nyström", "Sund", "Ström", "Åkesson"]


def test_a_line_of_three_thousand_people_is_read_person_by_person(empty_store: Path, tmp_path: Path) -> None:
    names = [f"{FIRST[n % 10]} {FIRST[n // 10 % 10]}son {LAST[n // 100 % 10]}-{LAST[n // 1000]}" for n in range(3000)]
    note = tmp_path / "lång.txt"
    note.write_text(f"Minnesanteckningar 2026-01-15\nNärvarande: {', '.join(names)}\n1. Punkt\nText.\n",
                    encoding="utf-8")

    result = import_one(empty_store, note)

    assert [attendee.name for attendee in result.meeting.attendees] == names
