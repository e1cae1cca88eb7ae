"""What an import found, what it set aside, what it could not place and what it was unsure of, for the user
to check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.model import FollowUp, Meeting

UNPLACED_TITLE = "Oplacerad text från importen"
# What every set of minutes holds, by the meeting it gave: when the import found none of it, the summary says so.
# The parts some councils' notes have and others not (Lägesbild, Logg, Tidplan, Övriga frågor) are never missing.
ESSENTIALS = (("Tid", lambda m: m.start is not None), ("Plats", lambda m: bool(m.place)),
              ("Närvarande", lambda m: bool(m.attendees)), ("Ärenden", lambda m: bool(m.items)))


@dataclass
class ImportResult:
    """One imported note: the meeting, and everything the user should know about the rest.

    unplaced: text placed nowhere (kept under Övriga frågor); unsure: what was placed but may be wrong;
    set_aside: page furniture left out on purpose (line, reason); remarks: how the file was read;
    proposals: follow-ups the prose suggests, added only when asked.
    """

    source: Path
    meeting: Meeting
    unplaced: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)
    set_aside: list[tuple[str, str]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    proposals: list[FollowUp] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the source's lines as read, for the review
    furniture: dict[int, str] = field(default_factory=dict)  # index in lines → why that line was set aside
    headings: list[str] = field(default_factory=list)  # the lines read as the document's headings

    def missing(self) -> list[str]:
        """What every set of minutes holds and the meeting the note gave lacks (a start time, a place, people,
        items)."""
        return [name for name, has in ESSENTIALS if not has(self.meeting)]

    def summary(self) -> list[str]:
        """The report as lines of Swedish text."""
        m = self.meeting
        decisions = len(m.decisions())
        absent = len(m.absentees())
        placed_other = [o for o in m.other if o.title != UNPLACED_TITLE]
        lines = [f"{self.source.name} → möte {m.date.isoformat()}: {len(m.present())} närvarande, "
                 + (f"{absent} frånvarande, " if absent else "")
                 + f"{len(m.items)} ärenden, {decisions} beslut, {len(m.followups)} uppföljningar, "
                 f"{len(m.schedule)} planerade möten, {len(placed_other)} övriga frågor."]
        lines.extend(f"  {remark}" for remark in self.remarks)
        roles = [f"{label} {value}" for label, value in (("ordförande", m.chair), ("sekreterare", m.secretary),
                                                         ("justerare", ", ".join(m.adjusters))) if value]
        if roles:
            lines.append("  Roller: " + "; ".join(roles) + ".")
        if m.risk is not None and m.risk.areas:
            lines.append("  Lägesbild: " + ", ".join(f"{a} ({lvl})" for a, lvl in m.risk.areas.items())
                         + (f", period {m.risk.period}" if m.risk.period else "") + ".")
        if self.missing():
            lines.append("  Saknas i anteckningarna: " + ", ".join(self.missing()) + ".")
        lines.extend(f"  {hint}" for hint in self.hints)
        if self.set_aside:
            lines.append(f"  Lagt åt sidan ({len(self.set_aside)} rader: sidhuvuden, underskrifter, anslag, "
                         "innehållsförteckning):")
            lines.extend(f"    – {text} ({reason})" for text, reason in self.set_aside)
        if self.unsure:
            lines.append(f"  Osäkert ({len(self.unsure)}), kontrollera:")
            lines.extend(f"    ? {doubt}" for doubt in self.unsure)
        if self.proposals:
            lines.append(f"  Förslag på uppföljningar ur texten ({len(self.proposals)}; läggs in med --proposals):")
            lines.extend(f"    + {p.title} – {', '.join(p.owners)}"
                         + (f", senast {p.due.isoformat()}" if p.due else "") for p in self.proposals)
        if self.unplaced:
            lines.append(f"  Kunde inte placeras (ligger under Övriga frågor, ”{UNPLACED_TITLE}”):")
            lines.extend("    | " + part.replace("\n", "\n    | ") for part in self.unplaced)
        elif not self.unsure:
            lines.append("  All text kunde placeras.")
        else:
            lines.append("  All text fick en plats, men kontrollera det osäkra ovan.")
        return lines
