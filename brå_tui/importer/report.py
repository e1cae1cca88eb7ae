"""What an import found, what it set aside, what it could not place and what it was unsure of, for the user
to check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from brå_tui.importer.ledger import PLACED, SET_ASIDE, UNPLACED, UNSURE, Ledger
from brå_tui.model import FollowUp, Item, Meeting, ScheduleEntry
from brå_tui.text import shown_name
from brå_tui.views.wrap import counted

# The nouns of the summary, singular and plural (views.wrap.counted keeps each with its count).
PRESENT = ("närvarande", "närvarande")
ABSENT = ("frånvarande", "frånvarande")
ITEMS = ("ärende", "ärenden")
DECISIONS = ("beslut", "beslut")
FOLLOWUPS = ("uppföljning", "uppföljningar")
PLANNED = ("planerat möte", "planerade möten")
OTHERS = ("övrig fråga", "övriga frågor")
UNSURE_LINES = ("osäker", "osäkra")
UNPLACED_LINES = ("oplacerad", "oplacerade")

UNPLACED_TITLE = "Oplacerad text från importen"
# What every set of minutes holds, by the meeting it gave: when the import found none of it, the summary says so.
# The parts some councils' notes have and others not (Lägesbild, Logg, Tidplan, Övriga frågor) are never missing.
ESSENTIALS = (("Tid", lambda m: m.start is not None), ("Plats", lambda m: bool(m.place)),
              ("Närvarande", lambda m: bool(m.present())),  # in a notice: those called (missing)
              ("Ärenden", lambda m: bool(m.items)))
CALLED = ("kallad", "kallade")  # a notice's people: called to a meeting not yet held, never present
BUSY = ("med förhinder", "med förhinder")


@dataclass
class ImportResult:
    """One imported note: the meeting, and everything the user should know about the rest.

    ledger: what became of every source line (placed, set aside, unsure, unplaced), the only source of the
    summary's counts and lists; hints: what the import could not do (a risk picture without areas); remarks: how
    the file was read; proposals: follow-ups the prose suggests, added only when asked.
    """

    source: Path
    meeting: Meeting
    ledger: Ledger
    hints: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    proposals: list[FollowUp] = field(default_factory=list)
    date_missing: str | None = None  # why the note gave no date (Swedish words); the meeting's date is a stand-in
    sent: dt.date | None = None  # the day the e-mail holding the notes was sent (source.Note.sent)
    # The note read again as the meeting of another day (dates without a year follow the meeting's date).
    rebuild: Callable[[dt.date], ImportResult] | None = field(default=None, repr=False, compare=False)
    moves: list[tuple[str, str]] = field(default_factory=list)  # the review's moves: (line's label, target), in order
    # The planned meetings whose place was said as this meeting's ('samma lokal'): they get the place the meeting gets.
    same_place: list[ScheduleEntry] = field(default_factory=list)

    def _text(self, no: int) -> str:
        return self.ledger.lines[no].strip()

    @property
    def recognised(self) -> bool:
        """Whether any line of the file read as part of minutes: placed somewhere (sure or not) or set aside as
        page furniture, a signature or the like (a blank line is nothing)."""
        counts = self.ledger.counts()
        return bool(counts[PLACED] or counts[UNSURE] or counts[SET_ASIDE])

    @property
    def unplaced(self) -> list[str]:
        """The lines placed nowhere (kept under Övriga frågor), in the source's order."""
        return [self._text(no) for no in self.ledger.numbers(UNPLACED)]

    @property
    def unsure(self) -> list[str]:
        """What was placed but may be wrong, one line each: 'rad 12: ”text” what to check'."""
        return [f"rad {self.ledger.label(no)}: ”{self._text(no)}” {self.ledger.doubts[no]}"
                for no in self.ledger.numbers(UNSURE)]

    @property
    def set_aside(self) -> list[tuple[str, str]]:
        """The lines left out on purpose (page furniture, signatures, a table of contents), each with the reason."""
        return [(self._text(no), self.ledger.fates[no].why) for no in self.ledger.numbers(SET_ASIDE)]

    def sync_unplaced(self) -> None:
        """The 'Oplacerad text' other question holds exactly the lines that are unplaced, the lines that stood
        together in the source as one paragraph."""
        m = self.meeting
        m.other = [o for o in m.other if o.title != UNPLACED_TITLE]
        numbers = self.ledger.numbers(UNPLACED)
        if not numbers:
            return
        at = {line.no: n for n, line in enumerate(self.ledger.shown())}  # a line's sentences stand together
        notes = self._text(numbers[0])
        for before, no in pairwise(numbers):
            notes += ("\n" if at[no] == at[before] + 1 else "\n\n") + self._text(no)
        m.other.append(Item(title=UNPLACED_TITLE, notes=notes + "\n"))

    def missing(self) -> list[str]:
        """What every set of minutes holds and the meeting the note gave lacks (a start time, a place, people,
        items); a notice's people are those called ('Kallade'), never those present."""
        notice = self.meeting.document == "kallelse"
        return ["Kallade" if notice and name == "Närvarande" else name for name, has in ESSENTIALS
                if not has(self.meeting)]

    def summary(self) -> list[str]:
        """The report as lines of Swedish text."""
        m = self.meeting
        decisions = len(m.decisions())
        absent = len(m.absentees())
        placed_other = [o for o in m.other if o.title != UNPLACED_TITLE]
        when = "utan datum" if self.date_missing else m.date.isoformat()
        notice = m.document == "kallelse"
        lines = [f"{shown_name(self.source.name)} → möte {when}: "
                 f"{counted(len(m.present()), *(CALLED if notice else PRESENT))}, "
                 + (f"{counted(absent, *(BUSY if notice else ABSENT))}, " if absent else "")
                 + f"{counted(len(m.items), *ITEMS)}, {counted(decisions, *DECISIONS)}, "
                 f"{counted(len(m.followups), *FOLLOWUPS)}, {counted(len(m.schedule), *PLANNED)}, "
                 f"{counted(len(placed_other), *OTHERS)}."]
        counts = self.ledger.counts()
        lines.append(f"  Rader med text: {sum(counts.values())}; placerade {counts[PLACED]}, lagda åt sidan "
                     f"{counts[SET_ASIDE]}, osäkra {counts[UNSURE]}, inte placerade {counts[UNPLACED]}.")
        lines.extend(f"  {remark}" for remark in self.remarks)
        if self.date_missing:
            lines.append(f"  Mötets datum saknas: {self.date_missing}. Ange datumet innan mötet sparas.")
        roles = [f"{label} {value}" for label, value in (
            ("ordförande", ", ".join(m.chair_names())), ("sekreterare", ", ".join(m.secretary_names())),
            ("justerare", ", ".join(m.adjusters))) if value]
        if roles:
            lines.append("  Roller: " + "; ".join(roles) + ".")
        pauses = [f"{i.title} {'–'.join(t.strftime('%H.%M') for t in (i.start, i.end) if t is not None)}".strip()
                  for i in m.items if i.kind in ("pause", "adjournment")]
        if pauses:  # kept as items of their own: 'Tid: kl. 14:00 – 16:15 (ajournering 15:00–15:10)'
            lines.append("  Pauser och ajourneringar (egna ärenden): " + ", ".join(pauses) + ".")
        if m.risk is not None and m.risk.areas:
            lines.append("  Lägesbild: " + ", ".join(f"{a} ({lvl})" for a, lvl in m.risk.areas.items())
                         + (f", period {m.risk.period}" if m.risk.period else "") + ".")
        if notice and m.present():
            lines.append(f"  En kallelse säger vem som är kallad, inte vem som kom: de {len(m.present())} kallade "
                         "sparas som inbjudna eller med sin grupp och räknas inte som närvarande; ange närvaron "
                         "när mötet har hållits.")
        if self.missing():
            lines.append("  Saknas i anteckningarna: " + ", ".join(self.missing()) + ".")
        lines.extend(f"  {hint}" for hint in self.hints)
        set_aside = self.set_aside
        if set_aside:
            lines.append(f"  Lagt åt sidan ({len(set_aside)} {'rad' if len(set_aside) == 1 else 'rader'}, "
                         "med skälet inom parentes):")
            lines.extend(f"    – {text} ({reason})" for text, reason in set_aside)
        unsure = self.unsure
        if unsure:
            lines.append(f"  Osäkert ({len(unsure)}), kontrollera:")
            lines.extend(f"    ? {doubt}" for doubt in unsure)
        if self.proposals:  # each stands among the unsure lines, with its owner and due date
            lines.append(f"  Förslag på uppföljningar ur texten ({len(self.proposals)}; läggs in med --proposals) "
                         "står bland det osäkra ovan.")
        numbers = self.ledger.numbers(UNPLACED)
        if numbers and not self.recognised:
            # a file in which no line reads as minutes (a list of accounts, a program's data, a file a link
            # pointed to): its lines are not echoed; the review shows them to whoever asks for it
            lines.append(f"  Kunde inte placeras: alla {len(numbers)} rader. Ingen rad i filen liknar anteckningar, "
                         "så raderna visas inte här; granska filen med --review om den är rätt fil.")
        elif numbers:
            lines.append(f"  Kunde inte placeras (ligger under Övriga frågor, ”{UNPLACED_TITLE}”):")
            lines.extend(f"    | rad {self.ledger.label(no)}: {self._text(no)}" for no in numbers)
        elif not unsure:
            lines.append("  All text kunde placeras.")
        else:
            lines.append("  All text fick en plats, men kontrollera det osäkra ovan.")
        return lines
