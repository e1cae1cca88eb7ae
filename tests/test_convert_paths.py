"""The quick paths of the table reader agree with the careful reader on every table, valid or not."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from brå_tui.model import FOLLOWUP_STATES, Meeting
from brå_tui.store import convert
from brå_tui.store.save import save_meeting
from tests.test_roundtrip import SEED_MEETINGS, dates, meetings

QUICK = ("_quick_attendee", "_quick_item", "_quick_followup", "_quick_schedule")


@contextlib.contextmanager
def careful_only() -> Iterator[None]:
    """Every table goes the careful way while this is open."""
    saved = {name: getattr(convert, name) for name in QUICK}
    try:
        for name in QUICK:
            setattr(convert, name, lambda table: None)
        yield
    finally:
        for name, function in saved.items():
            setattr(convert, name, function)


def both_ways(table: dict[str, Any]) -> tuple[tuple[Meeting | None, list[convert.Problem]], ...]:
    """What the reader makes of a table with its quick paths, and what the careful reader alone makes of it."""
    quick = convert.meeting_from_table(table)
    with careful_only():
        careful = convert.meeting_from_table(table)
    return quick, careful


def assert_agree(table: dict[str, Any]) -> None:
    """Both ways give equal meetings (or none) and the same problems at the same keys."""
    (quick, quick_problems), (careful, careful_problems) = both_ways(table)
    assert quick_problems == careful_problems
    assert quick == careful


def test_careful_only_switches_the_quick_paths_off() -> None:
    """The reader reaches each quick path through the module, so careful_only really turns them off."""
    table = {"format": 1, "date": dt.date(2024, 11, 15), "attendee": [{"name": "A"}], "item": [{"title": "B"}],
             "followup": [{"title": "C"}], "schedule": [{"date": dt.date(2025, 2, 14)}]}
    called: list[str] = []
    saved = {name: getattr(convert, name) for name in QUICK}

    def recording(name: str) -> Any:
        def quick(t: dict[str, Any]) -> Any:
            called.append(name)
            return saved[name](t)
        return quick

    try:
        for name in QUICK:
            setattr(convert, name, recording(name))
        assert convert.meeting_from_table(table)[0] is not None
        assert sorted(called) == sorted(QUICK)
        called.clear()
        with careful_only():
            assert convert.meeting_from_table(table)[0] is not None
        assert called == []
    finally:
        for name, function in saved.items():
            setattr(convert, name, function)


def test_seed_meetings_read_the_same_both_ways() -> None:
    """Every seed meeting file reads the same with and without the quick paths."""
    files = sorted(SEED_MEETINGS.glob("*.toml"))
    assert files
    for path in files:
        assert_agree(tomllib.loads(path.read_text(encoding="utf-8")))


@given(meetings())
def test_saved_meetings_read_the_same_both_ways(meeting: Meeting) -> None:
    """Any valid meeting, as saved to a file, reads the same with and without the quick paths."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{meeting.date.isoformat()}.toml"
        save_meeting(meeting, path)
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    assert_agree(table)


# Tables that are almost plain: valid ones with a few keys given values of any kind, or unknown keys.
_short = st.one_of(st.sampled_from(["", " ", "\t", "x", "open", "done", "dropped", "ANDT"]), st.text(max_size=4))
_times = st.times().map(lambda t: t.replace(microsecond=0))
_odd = st.one_of(
    _short, st.integers(-3, 3), st.booleans(), dates, st.datetimes(), _times,
    _times.map(lambda t: t.replace(tzinfo=dt.UTC)),
    st.lists(_short, max_size=2), st.lists(st.one_of(_short, st.integers(0, 2)), min_size=1, max_size=2),
    st.dictionaries(st.sampled_from(["text", "amount_sek", "x"]), _short, max_size=2),
    st.lists(st.dictionaries(st.sampled_from(["text", "amount_sek", "account"]), st.one_of(_short, st.integers(-1, 9)),
                             max_size=3), max_size=2),
)


def _spoiled(valid: st.SearchStrategy[dict[str, Any]], keys: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """A valid table, sometimes with some of its keys (or an unknown one) given odd values."""
    spoil = st.dictionaries(st.sampled_from([*keys, "okänd"]), _odd, max_size=2)
    return st.builds(lambda base, changes: {**base, **changes}, valid, st.one_of(st.just({}), spoil))


def _table(required: dict[str, st.SearchStrategy[Any]],
           optional: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    valid = st.fixed_dictionaries(required, optional=optional)  # type: ignore[arg-type]
    return _spoiled(valid, [*required, *optional])


_names = st.one_of(_short, st.lists(_short, max_size=3))
_amounts = st.integers(-1, 10**6) | st.integers(2**63 - 2, 2**63 + 1)  # past 2**63 - 1 SQLite cannot hold it
_decisions = _table({"text": _short}, {"amount_sek": _amounts, "account": _short})
_attendees = _table({"name": _short}, {"party": _short, "title": _short, "org": _short, "role": _short})
_items = _table({"title": _short}, {"presenters": _names, "areas": _names, "confidential": st.booleans(),
                                    "notes": _short, "decision": st.lists(_decisions, max_size=2)})
_followups = _table({"title": _short}, {"id": _short, "status": _short, "owners": _names,
                                        "state": st.sampled_from(FOLLOWUP_STATES), "areas": _names})
_schedule = _table({"date": dates}, {"start": _times, "end": _times, "place": _short})
_meetings = st.fixed_dictionaries(
    {"format": st.just(1), "date": dates},
    optional={"attendee": st.lists(_attendees, max_size=3), "item": st.lists(_items, max_size=3),
              "other": st.lists(_items, max_size=2), "followup": st.lists(_followups, max_size=3),
              "schedule": st.lists(_schedule, max_size=3)},
)


@given(_meetings)
def test_odd_tables_read_the_same_both_ways(table: dict[str, Any]) -> None:
    """Tables with wrong types, empty texts, negative amounts, reversed times or unknown keys read alike both ways."""
    assert_agree(table)
