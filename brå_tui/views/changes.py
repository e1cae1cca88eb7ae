"""What one version of a meeting changes against another, in a few Swedish words (for the drafts offered back)."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Sequence
from typing import Any

from brå_tui.model import Item, Meeting
from brå_tui.views.format import time_span

# A list of a meeting: its attribute, its noun in the singular and the plural, and whether the noun is neuter
# (ett ärende: nytt, ändrat, borttaget) or common (en uppföljning: ny, ändrad, borttagen).
LISTS = (
    ("attendees", "närvarande", "närvarande", False),
    ("items", "ärende", "ärenden", True),
    ("decisions", "beslut", "beslut", True),
    ("followups", "uppföljning", "uppföljningar", False),
    ("schedule", "möte i tidplanen", "möten i tidplanen", True),
    ("other", "övrig fråga", "övriga frågor", False),
)
WORDS = {  # (common, neuter, plural)
    "new": ("ny", "nytt", "nya"),
    "changed": ("ändrad", "ändrat", "ändrade"),
    "removed": ("borttagen", "borttaget", "borttagna"),
}


def _count(n: int, kind: str, singular: str, plural: str, neuter: bool) -> str:
    common, neutral, many = WORDS[kind]
    if n == 1:
        return f"1 {neutral if neuter else common} {singular}"
    return f"{n} {many} {plural}"


def _entries(meeting: Meeting, name: str) -> list[Any]:
    """A list of the meeting; items without their decisions (those are counted on their own)."""
    if name == "decisions":
        return [d for _, d in meeting.decisions()]
    entries = getattr(meeting, name)
    if name in ("items", "other"):
        return [dataclasses.replace(i, decisions=[]) for i in entries if isinstance(i, Item)]
    return list(entries)


def list_changes(before: Sequence[Any], after: Sequence[Any]) -> dict[str, int]:
    """How many entries are new, changed and removed from before to after (matched in order, by value)."""
    counts = {"new": 0, "changed": 0, "removed": 0}
    matcher = difflib.SequenceMatcher(None, [repr(x) for x in before], [repr(x) for x in after], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            both = min(i2 - i1, j2 - j1)
            counts["changed"] += both
            counts["removed"] += i2 - i1 - both
            counts["new"] += j2 - j1 - both
        elif tag == "delete":
            counts["removed"] += i2 - i1
        elif tag == "insert":
            counts["new"] += j2 - j1
    return counts


def _span(meeting: Meeting) -> str:
    return time_span(meeting.start, meeting.end) or "ingen"


def meeting_changes(before: Meeting | None, after: Meeting) -> list[str]:
    """Short Swedish phrases for what after changes in before ("plats: Sessionssalen", "1 nytt beslut").

    before is the meeting as its file holds it now, or None when there is no file (a new meeting):
    then the phrases say what the new meeting holds. An empty list means no difference.
    """
    if before is None:
        held = [f"{len(_entries(after, name))} {plural if len(_entries(after, name)) != 1 else singular}"
                for name, singular, plural, _ in LISTS if _entries(after, name)]
        return ["ny fil" + (f" med {', '.join(held)}" if held else "")]
    phrases = []
    if before.date != after.date:
        phrases.append(f"datum {after.date.isoformat()}")
    if (before.start, before.end) != (after.start, after.end):
        phrases.append(f"tid {_span(after)}")
    if before.place != after.place:
        phrases.append(f"plats: {after.place}" if after.place else "plats borttagen")
    for name, singular, plural, neuter in LISTS:
        counts = list_changes(_entries(before, name), _entries(after, name))
        phrases.extend(_count(n, kind, singular, plural, neuter) for kind, n in counts.items() if n)
    if before.risk != after.risk:
        phrases.append("lägesbilden")
    if before.extra != after.extra:
        phrases.append("övriga uppgifter")
    return phrases
