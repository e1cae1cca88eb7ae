"""Meetings as the index keeps them (JSON) come back equal, whatever their text and unknown keys hold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brå_tui.model import Council, Meeting, Person, StandingItem
from brå_tui.store.codec import (
    council_data,
    council_from_data,
    dumps,
    meeting_data,
    meeting_from_data,
    people_data,
    people_from_data,
)
from tests.test_roundtrip import meetings, required, text

# TOML gives fixed offsets (time zone names do not exist in it).
_offsets = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=2)),
                            dt.timezone(dt.timedelta(hours=-5, minutes=-30))])
_keys = st.text(min_size=1, max_size=6) | st.just("$") | st.just("v")
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text | st.dates() | st.times()
    | st.datetimes(timezones=st.none() | _offsets),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3), max_leaves=8)
extras = st.dictionaries(_keys, _values, max_size=3)


def _through_json(data: Any) -> Any:
    return json.loads(dumps(data))


@pytest.mark.long
@settings(suppress_health_check=list(HealthCheck))
@given(meetings(), extras, extras)
def test_any_meeting_comes_back_equal(meeting: Meeting, extra: dict[str, Any], attendee_extra: dict[str, Any]) -> None:
    meeting = dataclasses.replace(meeting, extra={k: v for k, v in extra.items() if v is not None})
    if meeting.attendees:
        meeting.attendees[0] = dataclasses.replace(meeting.attendees[0], extra={
            k: v for k, v in attendee_extra.items() if v is not None})
    back = meeting_from_data(_through_json(meeting_data(meeting)))
    assert back == meeting
    assert [type(v) for v in back.extra.values()] == [type(v) for v in meeting.extra.values()]


def test_a_table_of_the_users_own_that_looks_like_a_tag_stays_a_table() -> None:
    meeting = Meeting(date=dt.date(2024, 3, 1), extra={"x": {"$": "d", "v": "2024-01-01"}, "y": dt.date(2024, 1, 2)})
    assert meeting_from_data(_through_json(meeting_data(meeting))).extra == meeting.extra


@settings(suppress_health_check=list(HealthCheck))
@given(st.builds(Person, name=required, aliases=st.lists(required, max_size=2), extra=extras),
       st.builds(StandingItem, title=required, since=st.none() | st.dates(), extra=extras))
def test_council_and_people_come_back_equal(person: Person, standing: StandingItem) -> None:
    council = Council(municipality="Avesta kommun", areas=["ANDT"], levels={"red": "omfattande"},
                      standing_items=[standing])
    assert council_from_data(_through_json(council_data(council))) == council
    assert people_from_data(_through_json(people_data([person]))) == [person]


def test_the_codec_knows_every_field_of_the_model() -> None:
    """A field added to the model and not to the codec would be lost by the index: this fails first."""
    from brå_tui.store.codec import FIELDS

    for cls, names in FIELDS.items():
        assert [f.name for f in dataclasses.fields(cls)] == names, cls.__name__


def test_case_numbers_time_slots_due_dates_email_and_mail_come_back() -> None:
    from brå_tui.model import FollowUp, Item, MailSettings

    meeting = Meeting(date=dt.date(2024, 3, 1),
                      items=[Item("A", case_number="KS-2018/451.181", start=dt.time(9, 15), end=dt.time(9, 45))],
                      followups=[FollowUp("a", "A", due=dt.date(2024, 4, 1))])
    assert meeting_from_data(_through_json(meeting_data(meeting))) == meeting
    council = Council(mail=MailSettings(sender="Lokala Brå <bra@avesta.se>", port=587, username="bra"))
    assert council_from_data(_through_json(council_data(council))) == council
    person = Person("Anna Andersson", email="anna@avesta.se")
    assert people_from_data(_through_json(people_data([person]))) == [person]
