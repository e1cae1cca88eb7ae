"""What one version of a meeting changes against another, in a few Swedish words (for the drafts offered back)."""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from collections.abc import Sequence
from typing import Any

from brå_tui.model import Item, Meeting
from brå_tui.views.format import time_span
from brå_tui.views.wrap import counted

# A list of a meeting: its attribute, and its noun in the singular and the plural.
LISTS = (
    ("attendees", "närvarande", "närvarande"),
    ("items", "ärende", "ärenden"),
    ("decisions", "beslut", "beslut"),
    ("followups", "uppföljning", "uppföljningar"),
    ("schedule", "möte i tidplanen", "möten i tidplanen"),
    ("other", "övrig fråga", "övriga frågor"),
)
VERBS = {"new": "lägger till", "changed": "ändrar", "removed": "tar bort", "moved": "flyttar"}


def _count(n: int, kind: str, singular: str, plural: str) -> str:
    return f"{VERBS[kind]} {counted(n, singular, plural)}"


def _entries(meeting: Meeting, name: str) -> list[Any]:
    """A list of the meeting; items without their decisions (those are counted on their own)."""
    if name == "decisions":
        return [d for _, d in meeting.decisions()]
    entries = getattr(meeting, name)
    if name in ("items", "other"):
        return [dataclasses.replace(i, decisions=[]) for i in entries if isinstance(i, Item)]
    return list(entries)


def list_changes(before: Sequence[Any], after: Sequence[Any]) -> dict[str, int]:
    """How many entries are new, changed, removed and moved from before to after (matched in order, by value; an
    entry taken out in one place and put back unchanged in another is moved, not removed and added)."""
    counts = {"new": 0, "changed": 0, "removed": 0, "moved": 0}
    old, new = [repr(x) for x in before], [repr(x) for x in after]
    taken_out: Counter[str] = Counter()
    put_in: Counter[str] = Counter()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            both = min(i2 - i1, j2 - j1)
            counts["changed"] += both
            i1, j1 = i1 + both, j1 + both
        if tag != "equal":
            taken_out.update(old[i1:i2])
            put_in.update(new[j1:j2])
    moved = (taken_out & put_in).total()
    counts["moved"] = moved
    counts["removed"] = taken_out.total() - moved
    counts["new"] = put_in.total() - moved
    return counts


def _decision_changes(before: Meeting, after: Meeting) -> dict[str, int]:
    """As list_changes, for the decisions of each item (matched by its number and title): the decisions of an item
    moved in its list are not moved themselves."""
    def by_item(meeting: Meeting) -> dict[tuple[str, str | None, str], list[Any]]:
        held: dict[tuple[str, str | None, str], list[Any]] = {}
        for name in ("items", "other"):
            for item in getattr(meeting, name):
                held.setdefault((name, item.number, item.title), []).extend(item.decisions)
        return held

    old, new = by_item(before), by_item(after)
    counts = {"new": 0, "changed": 0, "removed": 0, "moved": 0}
    for key in [*old, *(k for k in new if k not in old)]:
        for kind, n in list_changes(old.get(key, []), new.get(key, [])).items():
            counts[kind] += n
    return counts


def _span(meeting: Meeting) -> str:
    return time_span(meeting.start, meeting.end) or "ingen"


def meeting_changes(before: Meeting | None, after: Meeting) -> list[str]:
    """Short Swedish phrases, each led by its verb, for what after changes in before ("ändrar platsen till
    Sessionssalen", "lägger till 1 beslut", "tar bort 2 övriga frågor").

    before is the version after was made from (a draft's: the file as its editing began), or None when there is no
    file (a new meeting): then the phrases say what the new meeting holds. An empty list means no difference.
    """
    if before is None:
        held = [counted(len(_entries(after, name)), singular, plural)
                for name, singular, plural in LISTS if _entries(after, name)]
        return ["ny fil" + (f" med {', '.join(held)}" if held else "")]
    phrases = []
    if before.date != after.date:
        phrases.append(f"ändrar datum till {after.date.isoformat()}")
    if (before.start, before.end) != (after.start, after.end):
        phrases.append(f"ändrar tiden till {_span(after)}")
    if before.place != after.place:
        phrases.append(f"ändrar platsen till {after.place}" if after.place else "tar bort platsen")
    for name, singular, plural in LISTS:
        counts = _decision_changes(before, after) if name == "decisions" else \
            list_changes(_entries(before, name), _entries(after, name))
        phrases.extend(_count(n, kind, singular, plural) for kind, n in counts.items() if n)
    if before.risk != after.risk:
        phrases.append("ändrar lägesbilden")
    if before.extra != after.extra:
        phrases.append("ändrar övriga uppgifter")
    return phrases
