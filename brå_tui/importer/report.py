"""What an import found and what it could not place, for the user to check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.model import Meeting

UNPLACED_TITLE = "Oplacerad text från importen"
SECTIONS = ("Tid", "Plats", "Närvarande", "Ärenden", "Lägesbild", "Beslut", "Logg", "Tidplan", "Övriga frågor")


@dataclass
class ImportResult:
    """One imported note: the meeting, the parts of the template found, and the text placed nowhere."""

    source: Path
    meeting: Meeting
    found: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)

    def missing(self) -> list[str]:
        """The parts of the template the note did not have."""
        return [s for s in SECTIONS if s not in self.found]

    def summary(self) -> list[str]:
        """The report as lines of Swedish text."""
        m = self.meeting
        decisions = len(m.decisions())
        lines = [f"{self.source.name} → möte {m.date.isoformat()}: {len(m.attendees)} närvarande, "
                 f"{len(m.items)} ärenden, {decisions} beslut, {len(m.followups)} uppföljningar, "
                 f"{len(m.schedule)} planerade möten, {len(m.other)} övriga frågor."]
        if m.risk is not None and m.risk.areas:
            lines.append("  Lägesbild: " + ", ".join(f"{a} ({lvl})" for a, lvl in m.risk.areas.items())
                         + (f", period {m.risk.period}" if m.risk.period else "") + ".")
        if self.missing():
            lines.append("  Saknas i anteckningarna: " + ", ".join(self.missing()) + ".")
        lines.extend(f"  {hint}" for hint in self.hints)
        if self.unplaced:
            lines.append(f"  Kunde inte placeras (ligger under Övriga frågor, ”{UNPLACED_TITLE}”):")
            lines.extend("    | " + part.replace("\n", "\n    | ") for part in self.unplaced)
        else:
            lines.append("  All text kunde placeras.")
        return lines
