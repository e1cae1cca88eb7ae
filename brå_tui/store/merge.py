"""Two edits of one meeting made at once: what the other changed, and both joined when they do not meet.

A three-way merge by field of the meeting (time, place, the risk picture) and, within a list (items,
follow-ups, attendees, the schedule), by entry: a field or entry that only one side changed takes that side's
value, entries either side added at the end are all kept; a field or entry both changed to different values
is a clash. Like git's merge of text, but by the meeting's own parts instead of lines.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import fields
from typing import Any

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


def _merge_list(base: list[Any], mine: list[Any], theirs: list[Any],
                mine_wins: bool) -> tuple[list[Any] | None, bool]:
    """A list changed on both sides joined entry by entry: (the list, whether an entry clashed). An entry only one
    side changed takes that side's; the entries each side added at the end are all kept (theirs first). An entry
    both changed, or a list one side shortened, clashes: mine when mine_wins, else None."""
    n = len(base)
    if len(mine) < n or len(theirs) < n:
        return (copy.deepcopy(mine) if mine_wins else None), True
    out, clash = [], False
    for b, m, t in zip(base, mine[:n], theirs[:n], strict=True):
        if m == b or m == t:
            out.append(copy.deepcopy(t))
        elif t == b:
            out.append(copy.deepcopy(m))
        elif mine_wins:
            out.append(copy.deepcopy(m))
            clash = True
        else:
            return None, True
    added = [copy.deepcopy(e) for e in theirs[n:]]
    out += added + [copy.deepcopy(e) for e in mine[n:] if e not in theirs[n:]]
    return out, clash


def merge_meetings(base: Meeting, mine: Meeting, theirs: Meeting,
                   mine_wins: bool = False) -> tuple[Meeting | None, list[str]]:
    """Both edits of base joined, and the fields (names as in Meeting) that both changed differently.

    Without mine_wins: (the joined meeting, []) when no field or entry of a list was changed differently on both
    sides; else (None, the fields where they were). With mine_wins (writing over theirs): mine wins only where both
    changed the same field or entry; everything else of theirs is kept; (that meeting, the fields where mine won).
    """
    merged = copy.deepcopy(theirs)
    clashes = []
    for name in changed_fields(base, mine):
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if t == b or t == m:
            setattr(merged, name, copy.deepcopy(m))
            continue
        if isinstance(b, list) and isinstance(m, list) and isinstance(t, list):
            joined, clash = _merge_list(b, m, t, mine_wins)
            if joined is not None:
                setattr(merged, name, joined)
            if clash:
                clashes.append(name)
            continue
        clashes.append(name)
        if mine_wins:
            setattr(merged, name, copy.deepcopy(m))
    if clashes and not mine_wins:
        return None, clashes
    return merged, clashes


def field_names(names: list[str]) -> str:
    """'Plats, Ärenden' for the fields given."""
    return ", ".join(FIELD_NAMES.get(name, name) for name in names)


def file_changes(before: bytes | None, after: bytes | None, name: str) -> str:
    """What changed in a file, as a unified diff of its lines ('-' removed, '+' added); '' when nothing did."""
    def lines(data: bytes | None) -> list[str]:
        return data.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines() if data else []

    return "\n".join(difflib.unified_diff(lines(before), lines(after), f"{name} (när du öppnade den)",
                                          f"{name} (nu)", lineterm="", n=1))
