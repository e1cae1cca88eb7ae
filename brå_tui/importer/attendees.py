"""Närvarande lines: 'Blerta Krenzi (S) ordförande', 'Tobias Åsell, kommundirektör', 'Lars Ilmoni, ICA'."""

from __future__ import annotations

import re

from brå_tui.model import Attendee, Person
from brå_tui.text import fold

ROLES = ("ordförande", "vice ordförande", "sekreterare")
# Words that mark an organisation rather than a title, compared folded, as whole words or word endings.
ORG_WORDS = ("polisen", "kommun", "kommunen", "forvaltningen", "forvaltning", "region", "regionen",
             "lansstyrelsen", "raddningstjansten", "ab", "bolag", "forening", "foreningen", "forsamling",
             "kyrkan", "bostader", "hus", "byn", "skolan", "ica", "coop")
_LINE = re.compile(r"^(?P<name>[^,(]+)(?:\((?P<party>[^)]{1,12})\))?\s*,?\s*(?P<rest>.*)$")


def looks_like_org(text: str) -> bool:
    """Whether a word after a name is an organisation: a known organisation word, or written with a capital."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    if any(w in ORG_WORDS or w.endswith(("forvaltningen", "kommun", "bolaget")) for w in words):
        return True
    return text[:1].isupper()


def _person(name: str, people: list[Person]) -> Person | None:
    key = fold(name)
    matches = [p for p in people if fold(p.name) == key]
    return matches[0] if len(matches) == 1 else None


def parse_attendee(line: str, people: list[Person]) -> Attendee | None:
    """One attendee from a Närvarande line, or None when the line names nobody."""
    match = _LINE.match(line.strip())
    if not match or not match.group("name").strip():
        return None
    name, rest = " ".join(match.group("name").split()), match.group("rest")
    for role in ROLES:
        if fold(name).endswith(" " + fold(role)):
            name, rest = name[: -len(role)].strip(), f"{role}, {rest}"
    attendee = Attendee(name=name, party=match.group("party"))
    person = _person(attendee.name, people)
    for part in [p.strip() for p in rest.split(",") if p.strip()]:
        folded = fold(part)
        if folded in [fold(r) for r in ROLES] and attendee.role is None:
            attendee.role = part.lower()
        elif person is not None and person.org and fold(person.org) == folded and attendee.org is None:
            attendee.org = part
        elif person is not None and person.title and fold(person.title) == folded and attendee.title is None:
            attendee.title = part
        elif looks_like_org(part) and attendee.org is None:
            attendee.org = part
        elif attendee.title is None:
            attendee.title = part
        elif attendee.org is None:
            attendee.org = part
        else:
            attendee.role = f"{attendee.role}, {part}" if attendee.role else part
    return attendee


def parse_attendees(lines: list[str], people: list[Person]) -> tuple[list[Attendee], list[str]]:
    """The attendees, and the lines that named nobody."""
    attendees, unplaced = [], []
    for line in lines:
        attendee = parse_attendee(line, people)
        if attendee is None:
            unplaced.append(line)
        else:
            attendees.append(attendee)
    return attendees, unplaced
