"""bra export and its calendar read only what they need through the index, and give the same bytes as when
made from the whole store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.generate import write_store
from brå_tui.export.calendar import calendar_ics, to_ics
from brå_tui.export.document import export_meeting
from brå_tui.questions import indexed
from brå_tui.store.index import Index
from brå_tui.store.load import load

NOW = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)


@pytest.fixture(params=["seed", "generated"])
def root(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "seed":
        return Path(request.getfixturevalue("seed_store"))
    write_store(tmp_path / "generated", 40)
    return tmp_path / "generated"


def test_documents_and_calendar_from_the_index_are_those_of_the_whole_store(root: Path) -> None:
    pytest.importorskip("icalendar")
    # Two meetings on the newest day: 'latest' is the second, the calendar keeps the first's time and place.
    (root / "meetings" / "2099-01-01.toml").write_text("format = 1\ndate = 2099-01-01\nplace = \"Första\"\n"
                                                       "[[schedule]]\ndate = 2099-01-01\n", encoding="utf-8")
    (root / "meetings" / "2099-01-01-2.toml").write_text("format = 1\ndate = 2099-01-01\nplace = \"Andra\"\n",
                                                         encoding="utf-8")
    store = load(root, use_index=False)
    with Index.open(root) as index:
        for key in ["latest", *(m.key for m in store.meetings)]:
            for fmt in ("md", "txt", "html"):
                for public in (False, True):
                    assert export_meeting(index, key, fmt, public) == export_meeting(store, key, fmt, public), key
        assert calendar_ics(index.council, indexed.announced(index), indexed.held(index), NOW) == \
            to_ics(store, NOW)
