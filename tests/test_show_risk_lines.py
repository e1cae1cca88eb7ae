"""`bra show` and `bra risk` to a pipe or a file are written as plain lines, without Rich, laid out as Rich draws the
same views at that width (no colour): the meeting, a planned one, the risk matrix with its legend and the actions."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from brå_tui.cli.common import TrimmedLines
from brå_tui.store.index import Index
from brå_tui.store.queries import next_meeting_dates
from brå_tui.text import printable
from brå_tui.views.printable import printable_console
from tests.risk_history import add_risk_history

WIDTHS = [40, 47, 56, 64, 80, 132]
# A meeting with what the seed's do not have: a kallelse with adjusters, an absent attendee, a party too long for
# its column, a place with a tab and an escape, an item numbered "§ 4" and marked confidential, a pause,
# listed notes, decisions with an amount alone and an account alone, an area the council does not know, names of
# two-cell characters, a title with a long word, a follow-up with its own date and one without owner.
ODD = '''format = 2
date = 2025-03-07
start = 13:00:00
place = "Sal B\\tvid\\u001b[31m torget"
document = "kallelse"
issued = 2025-02-20
chair = "Blerta Krenzi"
secretary = "Cornelia Gustafsson"
adjusters = ["Johan Thomasson", "東京 Tanaka"]
adjusting_date = 2025-03-10
adjusting_place = "Stadshuset"
case_number = "KS-2025/12.181"

[[attendee]]
name = "Blerta Krenzi"
party = "S"
role = "ordförande"
group = "member"

[[attendee]]
name = "Johan Thomasson"
party = "Kristdemokraterna och en mycket lång partibeteckning"
partial = "t.o.m. punkt 2, via Teams"

[[attendee]]
name = "東京 Tanaka"
org = "Vänort"
absent = true

[[attendee]]
name = "Cornelia Gustafsson"
role = "sekreterare, ordförande"

[risk]
period = "2025-02"
source = "Polisen\\nLänsstyrelsen"

[risk.areas]
"ANDT" = "green"
"Bränder och skadegörelse i centrum" = "yellow"

[[item]]
number = "§ 4"
title = "Statsbidrag för brottsförebyggande åtgärder samverkansöverenskommelsesförhandlingar"
kind = "decision"
confidential = true
case_number = "KS-2025/3"
start = 13:00:00
end = 13:30:00
presenters = ["Mikael J", "Thomas N"]
areas = ["ANDT"]
notes = """Första raden med [red]markup[/red] och en lång mening som fortsätter.
- en punkt som är ganska lång och måste brytas över flera rader i en smal terminal
2) numrerad punkt

Sista stycket, 東京 och 大阪 i samma mening som är lång nog att brytas."""

[[item.decision]]
text = "Rådet beslutar att söka 250 000 kr."
amount_sek = 250000

[[item.decision]]
text = "Konto utan belopp."
account = "ID110 16"

[[item]]
title = "Paus"
kind = "pause"

[[item]]
number = "7."
title = "Information"
kind = "information"

[[followup]]
title = "Uppföljningen med samverkansöverenskommelsen och polisen"
status = "Återkommer på kommande Lokala Brå"
owners = ["Mikael J", "東京 Tanaka"]
state = "open"

[[followup]]
title = "Klar sak"
status = "Klar"
state = "done"

[[followup]]
title = "Med datum"
status = "Pågår"
state = "open"
due = 2025-12-31

[[schedule]]
date = 2025-04-04
start = 09:00:00
end = 11:00:00
place = "Visenten"

[[schedule]]
date = 2027-01-15
'''


def _drawn(view: object, width: int) -> str:
    """A view as Rich draws it to a pipe: no colour, no line ending in spaces."""
    out = io.StringIO()
    console = printable_console(no_color=True, width=width, highlight=False, emoji=False, soft_wrap=False,
                                file=TrimmedLines(out))
    console.print(view)
    return out.getvalue()


def _text(lines: object) -> str:
    return "".join(line + "\n" for line in lines)  # type: ignore[attr-defined]


@pytest.fixture
def store(seed_store: Path) -> Path:
    (seed_store / "meetings" / "2025-03-07.toml").write_text(ODD, encoding="utf-8")
    return seed_store


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("key", ["2024-02-09", "2024-11-15", "2025-03-07"])
def test_a_meeting_as_plain_lines_is_the_drawn_view(store: Path, key: str, width: int) -> None:
    from brå_tui.views.meeting import meeting_view
    from brå_tui.views.meetinglines import meeting_lines

    today = dt.date(2025, 6, 1)
    with Index.open(store) as index:
        meeting = index.meeting(key)
        assert meeting is not None and not index.broken()
        meeting, council = printable(meeting), printable(index.council)
        dates = next_meeting_dates(index, meeting.date)
    from brå_tui.views import meeting as view

    shown = _drawn(view.Group(view.overview(meeting, council), view.Text(), view.attendees(meeting), view.Text(),
                              view.items(meeting), view.Text(), view.risk_picture(meeting, council), view.Text(),
                              view.followups(meeting, dates=dates, today=today), view.Text(),
                              view.schedule(meeting, today=today), view.Text(), view.others(meeting)), width)
    assert _text(meeting_lines(meeting, council, width, dates, today)) == shown
    if key == "2025-03-07":
        assert _drawn(meeting_view(meeting, council, dates), width).count("\n") > 40


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("day", ["2025-04-04", "2027-01-15"])
def test_a_planned_meeting_as_plain_lines_is_the_drawn_notice(store: Path, day: str, width: int) -> None:
    from brå_tui.questions.indexed import planned
    from brå_tui.views.meetinglines import planned_lines
    from brå_tui.views.planned import planned_notice

    with Index.open(store) as index:
        entry = next(e for e in planned(index) if e.date.isoformat() == day)
    for today in (dt.date(2025, 1, 1), dt.date(2026, 12, 1)):
        assert _text(planned_lines(entry, "Skriv dem med 'bra new'.", width, today)) == \
            _drawn(planned_notice(entry, "Skriv dem med 'bra new'.", today), width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("span", [(None, None), ("2024-06", None), ("2025", "2025"), ("2030", None)])
@pytest.mark.parametrize("history", [False, True])
def test_the_risk_matrix_as_plain_lines_is_the_drawn_view(store: Path, width: int, span: tuple[str | None, str | None],
                                                          history: bool) -> None:
    """The matrix (the periods that fit, or a span; the note of those left out; the legend with the council's
    meanings and the mark of an unknown area) and the actions on red and yellow areas."""
    from rich.console import Group
    from rich.text import Text

    from brå_tui.questions import indexed
    from brå_tui.views.coverage import coverage_view
    from brå_tui.views.risk import risk_view
    from brå_tui.views.risklines import in_span, risk_lines

    if history:
        add_risk_history(store)
    with Index.open(store) as index:
        matrix = indexed.matrix(index)
        areas = indexed.coverage(index, matrix)
        levels = index.council.levels
    columns = [c for c in matrix.columns if in_span(c, *span)]
    drawn = _drawn(Group(risk_view(matrix, levels, columns=columns), Text(), coverage_view(areas, levels)), width)
    assert _text(risk_lines(matrix, levels, columns, areas, width)) == drawn


def test_no_risk_picture_at_all(empty_store: Path) -> None:
    from brå_tui.questions import indexed
    from brå_tui.views.risklines import risk_lines

    with Index.open(empty_store) as index:
        matrix = indexed.matrix(index)
        out = list(risk_lines(matrix, index.council.levels, matrix.columns, indexed.coverage(index, matrix), 80))
    assert out[0] == "Ingen lägesbild har rapporterats vid något möte."
