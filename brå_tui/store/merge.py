"""Two edits of one meeting made at once: what the other changed, and both joined when they do not meet.

A three-way merge by field of the meeting (time, place, the risk picture, each list as a whole): a field
that only one side changed takes that side's value; a field both changed to different values is a clash,
and then nothing is joined. Like git's merge of text, but by the meeting's own parts instead of lines.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import fields

from brå_tui.model import Attendee, Decision, FollowUp, Item, Meeting, RiskPicture, ScheduleEntry

# The meeting's fields as the editor names them (its tabs and the Tid tab's fields).
FIELD_NAMES = {"date": "Datum", "start": "Start", "end": "Slut", "place": "Plats", "document": "Dokument",
               "issued": "Daterat", "case_number": "Diarienummer", "chair": "Ordförande", "secretary": "Sekreterare",
               "adjusters": "Justerare", "adjusting_date": "Justeras den", "adjusting_place": "Justeras var",
               "attendees": "Närvarande", "items": "Ärenden", "risk": "Lägesbild", "followups": "Uppföljning",
               "schedule": "Tidplan", "other": "Övrigt", "extra": "övriga uppgifter i filen"}

# The fields of each table of a meeting as the editor's forms name them, by the table's type in the model.
ENTRY_FIELD_NAMES: dict[type, dict[str, str]] = {
    Attendee: {"name": "Namn", "party": "Parti", "title": "Titel", "org": "Organisation", "role": "Roll",
                 "absent": "Närvaro", "group": "Grupp", "partial": "Del av mötet",
                 "extra": "övriga uppgifter i filen"},
    Item: {"title": "Rubrik", "case_number": "Diarienummer", "start": "Tid från", "end": "Tid till",
             "number": "Nummer", "kind": "Slag", "presenters": "Föredragande", "areas": "Områden",
             "confidential": "Sekretess", "notes": "Anteckningar", "decisions": "Beslut",
             "extra": "övriga uppgifter i filen"},
    Decision: {"text": "Beslut", "amount_sek": "Belopp", "account": "Konto", "carried_out": "Verkställt",
                 "carried_out_by": "Verkställt av", "carried_out_note": "Hur", "reported_back": "Återrapporterat",
                 "extra": "övriga uppgifter i filen"},
    FollowUp: {"id": "Id", "title": "Rubrik", "status": "Status", "due": "Senast", "owners": "Ansvariga",
                 "state": "Läge", "areas": "Områden", "extra": "övriga uppgifter i filen"},
    ScheduleEntry: {"date": "Datum", "start": "Start", "end": "Slut", "place": "Plats",
                      "extra": "övriga uppgifter i filen"},
    RiskPicture: {"period": "Period", "source": "Källa", "areas": "Nivå", "extra": "övriga uppgifter i filen"},
}


def _compared() -> list[str]:
    return [f.name for f in fields(Meeting) if f.compare]


def changed_fields(before: Meeting, after: Meeting) -> list[str]:
    """The fields (names as in Meeting) whose values differ, in the meeting's order."""
    return [name for name in _compared() if getattr(before, name) != getattr(after, name)]


def merge_meetings(base: Meeting, mine: Meeting, theirs: Meeting) -> tuple[Meeting | None, list[str]]:
    """(the meeting with both edits, []) when no field was changed differently on both sides from base;
    else (None, the fields both changed)."""
    clashes = [name for name in _compared()
               if getattr(mine, name) != getattr(base, name) and getattr(theirs, name) != getattr(base, name)
               and getattr(mine, name) != getattr(theirs, name)]
    if clashes:
        return None, clashes
    merged = copy.deepcopy(theirs)
    for name in changed_fields(base, mine):
        setattr(merged, name, copy.deepcopy(getattr(mine, name)))
    return merged, []


def field_names(names: list[str]) -> str:
    """'Plats, Ärenden' for the fields given."""
    return ", ".join(FIELD_NAMES.get(name, name) for name in names)


def file_changes(before: bytes | None, after: bytes | None, name: str) -> str:
    """What changed in a file, as a unified diff of its lines ('-' removed, '+' added); '' when nothing did."""
    def lines(data: bytes | None) -> list[str]:
        return data.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines() if data else []

    return "\n".join(difflib.unified_diff(lines(before), lines(after), f"{name} (när du öppnade den)",
                                          f"{name} (nu)", lineterm="", n=1))
