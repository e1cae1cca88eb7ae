"""Every question answered from the index gives what the same question gives over the whole store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bench.generate import write_store
from brå_tui.model import Item, Store
from brå_tui.questions import indexed
from brå_tui.questions.actionlog import build_log
from brå_tui.questions.decisions import decision_register
from brå_tui.questions.newmeeting import planned
from brå_tui.questions.owners import owned_by
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import build_matrix, linked_followups, linked_to_area
from brå_tui.questions.status import Status
from brå_tui.store import queries
from brå_tui.store.index import Index
from brå_tui.store.load import load
from brå_tui.text import fold
from brå_tui.views.listinglines import counts
from tests.conftest import SEED_STORE


@pytest.fixture(scope="module", params=["seed", "generated"])
def root(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("indexed")
    if request.param == "seed":
        shutil.copytree(SEED_STORE, folder / "store")
    else:
        write_store(folder / "store", 80)
    return folder / "store"


def _both(root: Path) -> tuple[Store, Index]:
    return load(root, use_index=False), Index.open(root)


def test_list_answers_alike(root: Path) -> None:
    store, index = _both(root)
    with index:
        rows = list(queries.summaries(index))
        assert [(s.key, s.date, s.start, s.end, s.place, s.counts()) for s in rows] == \
            [(m.key, m.date, m.start, m.end, m.place, counts(m)) for m in store.meetings_newest_first()]
        assert [s.key for s in queries.summaries(index, 3)] == [s.key for s in rows[:3]]
        assert queries.meeting_count(index) == len(store.meetings)
        assert indexed.planned(index) == planned(store)


def test_log_owner_and_people_answer_alike(root: Path) -> None:
    store, index = _both(root)
    with index:
        entries = indexed.log_entries(index, history=True)
        expected = build_log(store)
        for kept in (indexed.log_entries(index), indexed.log_entries(index)):  # worked out, then as kept
            assert [(e.id, e.title, e.owners, e.state, e.first, e.last_key, e.dropped, e.stalled, e.due, e.overdue)
                    for e in kept] == \
                [(e.id, e.title, e.owners, e.state, e.first, e.last_key, e.dropped, e.stalled, e.due, e.overdue)
                 for e in expected]
        assert [(e.id, e.title, e.status, e.owners, e.state, e.areas, e.first_key, e.last_key, e.open_meetings,
                 e.dropped, e.stalled, e.due, e.overdue, [(h.meeting_key, h.followup) for h in e.history])
                for e in entries] == \
            [(e.id, e.title, e.status, e.owners, e.state, e.areas, e.first_key, e.last_key, e.open_meetings,
              e.dropped, e.stalled, e.due, e.overdue, [(h.meeting_key, h.followup) for h in e.history])
             for e in expected]
        people = indexed.directory(index)
        assert people.people == Directory.from_store(store).people
        assert indexed.directory(index).people == people.people  # as kept in the index
        for name in {o for e in expected for o in e.owners} | {"Mikael J", "Anna"}:
            got = indexed.owned(index, people, name)
            want = owned_by(store, expected, Directory.from_store(store), name)
            assert [(r.kind, r.title, r.meeting_key, r.state) for r in got.rows] == \
                [(r.kind, r.title, r.meeting_key, r.state) for r in want.rows]


def test_decisions_and_risk_answer_alike(root: Path) -> None:
    store, index = _both(root)
    with index:
        for year in (None, 2024, 2025):
            assert indexed.register(index, year) == decision_register(store, year)
        assert indexed.register(index, keep=2).rows == decision_register(store).rows[-2:]
        assert indexed.matrix(index) == build_matrix(store)


def test_what_acts_on_an_area_answers_alike(root: Path) -> None:
    store, index = _both(root)
    with index:
        entries = indexed.log_entries(index)
        written = {a for m in store.meetings for i in [*m.items, *m.other] for a in i.areas}
        assert written
        # Every area as written, and as typed in other case or without its accents, and one no item names.
        for area in sorted({*store.council.areas, *written, *(a.upper() for a in written),
                            *(fold(a) for a in written), "Finns inte"}):
            followups, items = linked_to_area(store, build_log(store), area)
            found = [(key, item) for _, key, _, item in queries.items(index, area=area)]
            assert [(key, item.title, item.presenters, item.areas) for key, item in found] == \
                [(key, item.title, item.presenters, item.areas) for key, item in items]
            assert [e.id for e in linked_followups(entries, area)] == [e.id for e in followups]
        newest = store.meetings_newest_first()[0].date
        assert [row[:3] for row in queries.items(index, area="ANDT", since=newest)] == \
            [row[:3] for row in queries.items(index, area="ANDT") if row[2] >= newest]


def test_what_still_acts_is_read_alone_and_covers_alike(root: Path) -> None:
    """The log's entries that still act on something (open and written at the newest meeting, so not dropped) are
    read alone for the coverage of the risk picture, and give the coverage the whole log gives, from the index as
    kept and as worked out again."""
    from brå_tui.questions.coverage import coverage as store_coverage

    store, index = _both(root)
    with index:
        expected = [e.id for e in build_log(store) if e.is_open and not e.dropped]
        assert expected
        assert [e.id for e in indexed.log_entries(index, current=True)] == expected
        for entries in (None, indexed.log_entries(index)):
            got = indexed.coverage(index, indexed.matrix(index), entries)
            assert [(c.area, c.level, [e.id for e in c.followups], [(k, i.title) for k, i in c.items]) for c in got] \
                == [(c.area, c.level, [e.id for e in c.followups], [(k, i.title) for k, i in c.items])
                    for c in store_coverage(store, build_log(store))]


def test_status_new_meeting_and_notice_answer_alike(root: Path) -> None:
    from brå_tui.questions.newmeeting import next_meeting
    from brå_tui.questions.status import meetings_for_absences, status

    store, index = _both(root)
    with index:
        dates = sorted({m.date for m in store.meetings})
        days = [dates[0], dates[len(dates) // 2], dates[-1], dates[-1] + dt.timedelta(days=400)]
        for today in days:
            assert _items_by_title(indexed.status(index, today)) == _items_by_title(status(store, today))
            assert indexed.next_meeting(index, today=today) == next_meeting(store, today=today)
            for date in (None, dates[-1], dates[0] + dt.timedelta(days=1), *(s.date for m in store.meetings
                                                                             for s in m.schedule)):
                assert indexed.next_meeting(index, date, today) == next_meeting(store, date, today)
                assert _notice_or_refusal(indexed.IndexMeetings(index), date, today) == \
                    _notice_or_refusal(store, date, today)
        if len(store.meetings) > 20:  # only the last year or so is read for the absences
            assert len(meetings_for_absences(index.meetings(newest_first=True), dates[-1])) < len(dates) // 2


def _notice_or_refusal(meetings: Store | indexed.IndexMeetings, date: dt.date | None, today: dt.date) -> object:
    """The notice build_notice makes, or the sentence it refuses a meeting that has passed on today with."""
    from brå_tui.questions.notice import PassedMeetingError, build_notice

    try:
        return build_notice(meetings, date, today)
    except PassedMeetingError as err:
        return str(err)


def _items_by_title(s: Status) -> Status:
    """The status with the items acting on each area by meeting and title (the index's items carry no notes)."""
    for c in [*s.covered, *s.uncovered]:
        c.items = [(key, Item(item.title, item.presenters, item.areas)) for key, item in c.items]
    return s
