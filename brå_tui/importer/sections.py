"""Split the template's lines into its parts: heading fields, Närvarande, Ärenden, Logg, Tidplan, Övriga frågor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brå_tui.text import fold

_FIELD = re.compile(r"^\s*(Tid|Plats|Närvarande)\s*:\s*(.*)$", re.IGNORECASE)
_TIDPLAN = re.compile(r"^tidplan(?:\s+(\d{4}))?:?$")
_LOGG_SUBHEADING = re.compile(r"^uppfoljning av (punkter|arenden) fran foregaende")
TEMPLATE_HEADINGS = ("anteckningar", "minnesanteckningar", "protokoll")


@dataclass
class Sections:
    """The lines of each part of a note, as found; what fits nowhere is in unplaced."""

    headings: list[str] = field(default_factory=list)
    tid: str | None = None
    plats: str | None = None
    attendees: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    logg: list[str] = field(default_factory=list)
    schedule: list[tuple[int | None, list[str]]] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    found: list[str] = field(default_factory=list)

    def saw(self, name: str) -> None:
        """Note that a part of the template was present."""
        if name not in self.found:
            self.found.append(name)


def blank(line: str) -> bool:
    """Whether a line holds nothing but white space."""
    return not line.strip()


def section_of(line: str) -> tuple[str, int | None] | None:
    """The part a heading line starts (and a Tidplan's year), or None for an ordinary line."""
    text = fold(line).rstrip(":").strip()
    if len(text) > 60:
        return None
    if text == "arenden":
        return "Ärenden", None
    if text.startswith("logg") or text.startswith("uppfoljning av arenden"):
        return "Logg", None
    match = _TIDPLAN.match(text)
    if match:
        return "Tidplan", int(match.group(1)) if match.group(1) else None
    if text in ("ovriga fragor", "ovrigt"):
        return "Övriga frågor", None
    return None


def split(lines: list[str]) -> Sections:
    """Assign every line to a part of the template."""
    s = Sections()
    part = "head"
    in_attendees = False
    for line in lines:
        heading = section_of(line)
        if heading is not None:
            part, year = heading
            in_attendees = False
            s.saw(part)
            if part == "Tidplan":
                s.schedule.append((year, []))
            continue
        if part == "head":
            _head_line(s, line, in_attendees)
            field_match = _FIELD.match(line)
            if field_match:
                in_attendees = fold(field_match.group(1)) == "narvarande"
            elif blank(line):
                in_attendees = False
        elif part == "Ärenden":
            s.items.append(line)
        elif part == "Logg":
            if _LOGG_SUBHEADING.match(fold(line)):
                continue
            s.logg.append(line)
        elif part == "Tidplan":
            s.schedule[-1][1].append(line)
        elif part == "Övriga frågor":
            s.other.append(line)
    return s


def _head_line(s: Sections, line: str, in_attendees: bool) -> None:
    match = _FIELD.match(line)
    if match:
        label, rest = fold(match.group(1)), match.group(2).strip()
        if label == "tid":
            s.tid = rest
            s.saw("Tid")
        elif label == "plats":
            s.plats = rest
            s.saw("Plats")
        else:
            s.saw("Närvarande")
            if rest:
                s.attendees.append(rest)
        return
    if blank(line):
        return
    if in_attendees:
        s.attendees.append(line.strip())
    elif s.tid is None and len(s.headings) < 3 and len(line.strip()) <= 80:
        s.headings.append(line.strip())
    else:
        s.unplaced.append(line.strip())
