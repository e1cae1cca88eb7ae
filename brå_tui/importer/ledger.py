"""The record of what became of every source line, kept by the parser as it consumes each line.

Every line of a note gets exactly one fate, recorded at the moment a part of the parser takes it: placed (into
a field, an item, a person, a follow-up, a date of the schedule; headings and labels are placed as what they
head), set aside (page headers and footers, signatures, ANSLAG/BEVIS, a table of contents, blank lines) or
unplaced. A placed line may also carry a doubt (an item swallowed into another, a line read as a person, an
assignment proposed as a follow-up): it is then unsure. The import's summary and its review are read from this
record alone. A line given a fate twice (Ledger.twice) or none (Ledger.missing()) is a fault of the importer, which
the tests look for in every note of the corpus; the user is never stopped by one (the first fate stands).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PLACED = "placed"
SET_ASIDE = "set_aside"
UNSURE = "unsure"
UNPLACED = "unplaced"
# Why an e-mail's header lines are set aside (Fate.why): source.py sets them aside, sections.py finds the sender.
MAIL_HEADER = "e-posthuvud"


class Line(str):
    """A source line's text that knows its index in the note (Ledger.lines); strip, lstrip and rstrip keep it."""

    __slots__ = ("no",)  # no __dict__ per line: a long note holds many of them and many copies
    no: int

    def __new__(cls, text: str, no: int) -> Line:
        """text, the line at index no of the note."""
        made = super().__new__(cls, text)
        made.no = no
        return made

    def __deepcopy__(self, memo: dict[int, object]) -> Line:
        """The line itself: a line's text and number never change."""
        return self

    def strip(self, chars: str | None = None) -> Line:
        """The text stripped, still this line."""
        text = str.strip(self, chars)
        return self if len(text) == len(self) else Line(text, self.no)

    def lstrip(self, chars: str | None = None) -> Line:
        """The text stripped on the left, still this line."""
        text = str.lstrip(self, chars)
        return self if len(text) == len(self) else Line(text, self.no)

    def rstrip(self, chars: str | None = None) -> Line:
        """The text stripped on the right, still this line."""
        text = str.rstrip(self, chars)
        return self if len(text) == len(self) else Line(text, self.no)


def as_line(text: str, of: str) -> str:
    """text (a part of line of, its label or bullet taken off) as that same source line, when of is one."""
    if not isinstance(of, Line):
        return text
    return of if text == of else Line(text, of.no)  # an unchanged line is the line itself, not a copy of it


@dataclass(slots=True)
class Fate:
    """What one line became. kind: PLACED, SET_ASIDE or UNPLACED; what: the part it went to ('people', 'item',
    'note', 'decision', 'presenter', 'time', 'case', 'followup', 'schedule', 'field', 'heading', or for the
    others the reason's key); place: the object it went into (an Item, a FollowUp, a tuple of Attendees or of
    ScheduleEntries); why: Swedish words (the reason a line was set aside, the heading's or field's name)."""

    kind: str
    what: str = ""
    place: object = None
    why: str = ""


@dataclass
class Ledger:
    """The note's lines as read (page furniture and blank lines included) and the fate of each, by index.
    origins: where a line stands in a Word document ('stycke 4', 'tabell 1, rad 3'), empty for text."""

    lines: list[Line] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    fates: dict[int, Fate] = field(default_factory=dict)
    doubts: dict[int, str] = field(default_factory=dict)
    twice: list[int] = field(default_factory=list)  # lines the parser gave a second fate (a fault of the importer)
    # A source line the review parted into its sentences: its index → the indexes of its parts, which stand after
    # the note's own lines in lines, and stand in its place everywhere the lines are counted or shown (shown()).
    parts: dict[int, list[int]] = field(default_factory=dict)
    whole: dict[int, int] = field(default_factory=dict)  # a part's index → its source line's index

    @classmethod
    def of(cls, texts: list[str], origins: list[str] | None = None) -> Ledger:
        """A ledger of texts, each a Line; blank lines set aside at once (no part of the parser takes them)."""
        ledger = cls([Line(text, n) for n, text in enumerate(texts)], list(origins or [""] * len(texts)))
        for line in ledger.lines:
            if not line.strip():
                ledger.fates[line.no] = Fate(SET_ASIDE, "blank", None, "tom rad")
        return ledger

    def mark(self, line: str, kind: str, what: str = "", place: object = None, why: str = "") -> None:
        """Record what line became; a line that already has a fate keeps it and is listed in twice. Text that is
        no source line (made by the parser, not read) is not recorded; a blank line keeps its fate."""
        if not isinstance(line, Line) or not line.strip():
            return
        if line.no in self.fates:
            self.twice.append(line.no)
            return
        self.fates[line.no] = Fate(kind, what, place, why)

    def placed(self, line: str, what: str, place: object = None, why: str = "") -> None:
        """Record that line went into place (as what)."""
        self.mark(line, PLACED, what, place, why)

    def named(self, line: str, people: tuple[object, ...]) -> None:
        """Record that line named people; a line that filled a field as well (a two-column head's 'Plats:
        Forum<TAB>Annika Holm (M)') keeps the field's name in its fate's why, and one that named people in a part
        before ('Närvarande: Ann Ek<TAB>Frånvarande: Bo Ny') holds them all."""
        fate = self.fates.get(line.no) if isinstance(line, Line) else None
        if isinstance(line, Line) and fate is not None and fate.what in ("field", "people"):
            before = fate.place if isinstance(fate.place, tuple) else ()
            self.fates[line.no] = Fate(fate.kind, "people", before + people, fate.why)
            return
        self.placed(line, "people", people)

    def more_people(self, line: str, people: tuple[object, ...]) -> None:
        """Add people read from a further part of line to the people its fate already holds."""
        if not isinstance(line, Line):
            return
        fate = self.fates.get(line.no)
        if fate is not None and fate.what == "people" and isinstance(fate.place, tuple):
            self.fates[line.no] = Fate(fate.kind, fate.what, fate.place + people, fate.why)

    def aside(self, line: str, why: str) -> None:
        """Record that line was set aside, and why (Swedish words: 'underskrifter', 'anslag/bevis')."""
        self.mark(line, SET_ASIDE, "aside", None, why)

    def unplaced(self, line: str) -> None:
        """Record that line could be placed nowhere."""
        self.mark(line, UNPLACED, "unplaced")

    def doubt(self, line: str, why: str) -> None:
        """Add a doubt to line (Swedish words, what to check); it counts as unsure while it is placed. A second
        doubt about the same line is added to the first."""
        if isinstance(line, Line) and line.strip():
            before = self.doubts.get(line.no)
            self.doubts[line.no] = why if before is None or why in before else f"{before}; {why}"

    def doubt_about(self, place: object, why: str) -> None:
        """Add a doubt to the first line that went into place (an Attendee: the line that named them)."""
        self.doubts_about([(place, why)])

    def doubts_about(self, doubts: list[tuple[object, str]]) -> None:
        """doubt_about for each (place, why) in turn, the lines found in one pass over the fates however many
        places there are (each item of a long note may have a doubt)."""
        if not doubts:
            return
        wanted = {id(place) for place, _ in doubts}
        first: dict[int, int] = {}
        for no, fate in self.fates.items():
            for held in fate.place if isinstance(fate.place, tuple) else (fate.place,):
                if id(held) in wanted and no < first.get(id(held), no + 1):
                    first[id(held)] = no
        for place, why in doubts:
            line = first.get(id(place))
            if line is not None:
                self.doubts.setdefault(line, why)

    def redo(self, no: int, fate: Fate) -> None:
        """Give line no a new fate (the review moved it); its doubt is settled."""
        self.fates[no] = fate
        self.doubts.pop(no, None)

    def rehome(self, no: int, place: object) -> None:
        """Line no went into place with what it holds (the review made an item of a line above it): its part and
        its doubt stay."""
        fate = self.fates[no]
        self.fates[no] = Fate(fate.kind, fate.what, place, fate.why)

    def shown(self) -> list[Line]:
        """The lines in the source's order, each line parted into sentences (parts) as its parts."""
        out: list[Line] = []
        for line in self.lines:
            if line.no in self.whole:
                continue
            out += [self.lines[n] for n in self.parts[line.no]] if line.no in self.parts else [line]
        return out

    def label(self, no: int) -> str:
        """Line no's number as the review shows it: '12' for a source line, '12.2' for its second sentence."""
        source = self.whole.get(no)
        if source is not None and no in self.parts.get(source, []):
            return f"{source + 1}.{self.parts[source].index(no) + 1}"
        return str(no + 1)

    def source_no(self, no: int) -> int:
        """The index of the source line that line no is (or is a sentence of)."""
        return self.whole.get(no, no)

    def split(self, no: int, texts: list[str]) -> list[int]:
        """Part line no into texts (its sentences), each a line of its own with the line's fate and doubt; the
        indexes of the parts."""
        made = []
        for text in texts:
            n = len(self.lines)
            self.lines.append(Line(text, n))
            self.origins.append(self.origins[no])
            self.fates[n] = self.fates.get(no, Fate(UNPLACED, "unplaced"))
            if no in self.doubts:
                self.doubts[n] = self.doubts[no]
            self.whole[n] = no
            made.append(n)
        self.parts[no] = made
        return made

    def join(self, no: int) -> None:
        """Line no (a source line) whole again: its parts are gone (never shown again, their indexes never reused);
        its fate is given anew (redo)."""
        for n in self.parts.pop(no, []):
            self.fates.pop(n, None)
            self.doubts.pop(n, None)

    def kind(self, no: int) -> str:
        """PLACED, SET_ASIDE, UNSURE or UNPLACED for line no (UNPLACED when it has no fate)."""
        fate = self.fates.get(no)
        if fate is None:
            return UNPLACED
        return UNSURE if fate.kind == PLACED and no in self.doubts else fate.kind

    def missing(self) -> list[int]:
        """The indexes of non-blank lines no part of the parser took: each a fault of the importer."""
        return [line.no for line in self.shown() if line.no not in self.fates]

    def numbers(self, kind: str) -> list[int]:
        """The indexes of the lines of one kind, in the source's order."""
        return [line.no for line in self.shown() if line.strip() and self.kind(line.no) == kind]

    def counts(self) -> dict[str, int]:
        """How many non-blank lines of each kind."""
        out = {PLACED: 0, SET_ASIDE: 0, UNSURE: 0, UNPLACED: 0}
        for line in self.shown():
            if line.strip():
                out[self.kind(line.no)] += 1
        return out

    def at(self, place: object) -> list[int]:
        """The indexes of the lines that went into place, in the source's order."""
        return [line.no for line in self.shown() if (fate := self.fates.get(line.no)) is not None
                and _holds(fate.place, place)]

    def lost_with(self, place: object) -> None:
        """place was taken out of the meeting: the lines that went into it only are unplaced now."""
        for no in self.at(place):
            fate = self.fates[no]
            rest = tuple(p for p in fate.place if p is not place) if isinstance(fate.place, tuple) else ()
            if rest:
                self.fates[no] = Fate(fate.kind, fate.what, rest, fate.why)
            else:
                self.redo(no, Fate(UNPLACED, "unplaced"))

    def moved(self, place: object, to: object, parts: tuple[str, ...]) -> None:
        """The parts (what) of place that are in to now (an item's notes and decisions joined with the item before
        it); the lines of its other parts (its title, time, case number) are unplaced, being nowhere now."""
        for no in self.at(place):
            fate = self.fates[no]
            if fate.what in parts:
                self.fates[no] = Fate(fate.kind, fate.what, to, fate.why)
            else:
                self.redo(no, Fate(UNPLACED, "unplaced"))


def _holds(placed: object, place: object) -> bool:
    if isinstance(placed, tuple):
        return any(p is place for p in placed)
    return placed is place
