"""The action log and what a person owns as words and plain lines, for a pipe or a file: no Rich console,
text or table is needed (actionlog.py and owner.py style the same words for a terminal and the app)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.owners import Owned, OwnerAnswer
from brå_tui.questions.people import Directory, Resolution
from brå_tui.text import LISTED, fold, listed
from brå_tui.views.format import state_word
from brå_tui.views.plain import KEY_WIDTH, Column, cell, paragraph, peek, width_of
from brå_tui.views.plain import lines as plain_lines

DROPPED = "TAPPAD"
STALLED = "STÅR STILL"
OVERDUE = "FÖRSENAD"
FLAG_MEANINGS = [
    (OVERDUE, ": öppen efter sitt datum (senast), som anges i filen eller är nästa möte när statusen "
              "säger att ärendet återkommer då."),
    (DROPPED, ": öppen vid sitt senaste möte men saknas i alla senare möten, utan att ha avslutats."),
    (STALLED, ": öppen i tre eller fler möten i rad med samma status."),
]
WITHOUT_OWNER = "Uppföljningar utan ansvarig"


def flags(entry: LogEntry) -> list[str]:
    """The warnings on an entry as words: FÖRSENAD (past due), TAPPAD (dropped without closure), STÅR STILL."""
    out = []
    if entry.overdue:
        out.append(OVERDUE)
    if entry.dropped:
        out.append(DROPPED)
    if entry.stalled:
        out.append(STALLED)
    return out


def meetings_open(entry: LogEntry) -> str:
    """How long an item has been open, in words: 'i 3 möten'."""
    n = entry.open_meetings
    return f"i {n} {'möte' if n == 1 else 'möten'}"


def state_details(entry: LogEntry) -> list[str]:
    """The lines under the state word: how many meetings it was open, its due date while open ('senast')."""
    out = []
    if entry.open_meetings:
        out.append(f"{'' if entry.is_open else 'öppen '}{meetings_open(entry)}")
    if entry.due is not None and entry.is_open:
        out.append(f"senast {entry.due.isoformat()}")
    return out


def state_lines(entry: LogEntry) -> list[str]:
    """The lines under the state word in every view of a follow-up (the log, what a person owns): how long it was
    open, its due date, its flags."""
    return [*state_details(entry), *flags(entry)]


def flag_meanings(entries: Iterable[LogEntry]) -> list[tuple[str, str]]:
    """(flag, what it means) for each flag on the entries, in a fixed order."""
    shown = {f for e in entries for f in flags(e)}
    return [(flag, meaning) for flag, meaning in FLAG_MEANINGS if flag in shown]


# The log's columns, on a terminal (actionlog.log_table) and in plain lines: the state, its details and flags on
# lines that do not wrap ('senast 2025-05-16'), the first and last meeting one below the other.
COLUMNS = [Column("Ärende och status", min_width=24), Column("Ansvarig", max_width=16), Column("Läge", 18),
           Column("Första och\nsenaste", KEY_WIDTH)]


def log_lines(entries: Iterable[LogEntry], width: int, heading: str = "Åtgärdslogg",
              note: str | None = None, whole_rows: bool = False) -> Iterator[str]:
    """The log as plain lines, written entry by entry, with what the flags mean at the end; whole_rows: each entry
    on one line (views.plain.lines)."""
    yield from paragraph(heading, width)
    if note:
        yield from paragraph(note, width)
    shown: list[LogEntry] = []

    def cells() -> Iterator[list[str]]:
        for entry in entries:
            shown.append(entry)
            what = cell(entry.title, *([entry.status] if entry.status else []))
            dates = entry.first_key if entry.first_key == entry.last_key else f"{entry.first_key}\n{entry.last_key}"
            state = "\n".join([state_word(entry.state), *state_details(entry), *flags(entry)])
            yield [what, cell(*entry.owners) or "ingen", state, dates]

    rows = peek(cells())
    if rows is None:
        yield from paragraph("Inga uppföljningar att visa.", width)
        return
    yield from plain_lines(COLUMNS, rows, width, leading=1, whole_rows=whole_rows)
    meanings = flag_meanings(shown)
    if meanings:
        yield ""
        yield from paragraph("\n".join(flag + meaning for flag, meaning in meanings), width)


def resolved_words(resolution: Resolution) -> list[tuple[str, str]]:
    """How a written name was read, as (text, style) parts: 'Mikael J → Mikael Jansson (titel)', or a note that
    nobody has that name."""
    person = resolution.person
    if person is None:
        parts = [(cell(resolution.written), "bold")]
        if resolution.unresolved:
            parts.append((" (ingen känd person; namnet söks som det är skrivet)", "italic"))
        return parts
    parts = [(cell(person.name), "bold")] if person.name == resolution.written else \
        [(f"{cell(resolution.written)} → ", ""), (cell(person.name), "bold")]
    about = cell(", ".join(x for x in (person.title, person.org, person.party) if x))
    if about:
        parts.append((f" ({about})", ""))
    return parts


def precise_choice(resolution: Resolution) -> str:
    """For an ambiguous name, the forms that pick out each candidate: '"Jimmy Sp" eller "Jimmy St"'; of many
    candidates, those of the first LISTED, as examples ('t.ex. "Anna E", "Anna F", … eller "Anna K"')."""
    forms = [f'"{form}"' for form in resolution.precise]
    example = "t.ex. " if len(forms) > LISTED else ""
    return example + listed(forms[:LISTED], " eller ")


def ambiguity_sentence(resolution: Resolution) -> str:
    """One sentence listing the candidates for an ambiguous name (at most LISTED, then how many more), each with a
    form that picks out that one."""
    names = [p.name for p in resolution.candidates]
    return f"{resolution.written} kan vara: {listed(names)}; skriv {precise_choice(resolution)}."


def written_choice_sentence(written: str, candidates: list[str]) -> str:
    """One sentence listing the names written as owner or presenter that a first name or surname may be."""
    return f"{written.strip()} kan vara: {listed(candidates)}; skriv hela namnet."


def owner_problem(directory: Directory, entries: list[LogEntry], name: str) -> str | None:
    """Why a name written to filter by owner cannot be used, in one sentence: it may be several people (each with a
    form that picks out that one), or it names nobody and no owner is written so; None when it can be used."""
    resolution = directory.resolve(name)
    if resolution.ambiguous:
        return ambiguity_sentence(resolution)
    if resolution.unresolved and not any(fold(o) == fold(name) for e in entries for o in e.owners):
        return f"Ingen person heter \"{name.strip()}\"."
    return None


def side_widths(rows: list[Owned]) -> tuple[int, int]:
    """The widths of `bra owner`'s Möte column and its last one, shared by both tables (Ansvarig för, Har
    föredragit) so that their columns, one table above the other, line up: each as wide as its widest text."""
    sides = [state_word(r.state) if r.kind == "uppföljning" else r.kind for r in rows]
    flagged = [line for r in rows if r.entry is not None for line in [*state_details(r.entry), *flags(r.entry)]]
    return (max(width_of(text) for text in ["Möte", *(r.meeting_key for r in rows)]),
            max(width_of(text) for text in ["Läge", "Avsnitt", *sides, *flagged]))


def owner_columns(followups: bool, widths: tuple[int, int]) -> list[Column]:
    """The columns of what a name owns (followups) or presented, on a terminal (owner.py) and in plain lines: the
    meeting and the state (or section) as wide in both tables (side_widths), the title taking the rest of the line,
    so that the two tables line up."""
    return [Column("Uppföljning och status" if followups else "Ärende", min_width=24, fill=True),
            Column("Möte", widths[0], exact=True), Column("Läge" if followups else "Avsnitt", widths[1], exact=True)]


def owner_lines(answer: OwnerAnswer, width: int, whole_rows: bool = False) -> Iterator[str]:
    """Everything a name owns and presented, as plain lines; whole_rows: each row on one line (views.plain.lines)."""
    yield from paragraph("".join(text for text, _ in resolved_words(answer.resolution)), width)
    owned = [r for r in answer.rows if r.kind == "uppföljning"]
    presented = [r for r in answer.rows if r.kind != "uppföljning"]
    meeting, side = side_widths(answer.rows)
    yield ""
    yield "Ansvarig för"
    if owned:
        cells = ([cell(r.title, *([r.status] if r.status else [])), r.meeting_key,
                  "\n".join([state_word(r.state), *(state_lines(r.entry) if r.entry else [])])] for r in owned)
        yield from plain_lines(owner_columns(True, (meeting, side)), cells, width, leading=1,
                               whole_rows=whole_rows)
    else:
        yield "Inga uppföljningar."
    yield ""
    yield "Har föredragit"
    if presented:
        yield from plain_lines(owner_columns(False, (meeting, side)),
                               ([cell(r.title), r.meeting_key, r.kind] for r in presented), width,
                               whole_rows=whole_rows)
    else:
        yield "Inga ärenden."
