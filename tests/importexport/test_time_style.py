"""One style for a time span everywhere: '09.00–11.30', after 'kl.' in a sentence (views/format.py time_span)."""

from __future__ import annotations

import re

import pytest

from brå_tui.export.document import export_meeting
from brå_tui.store.load import load
from brå_tui.views.format import at_time, time_span
from tests.importexport.test_export_document import docx_text

# Any other way of writing a span or a time the documents used: 'klockan', spaced dashes, 'kl' without a dot, colons.
OTHER_STYLES = re.compile(r"klockan|\d\d\.\d\d – \d|\bkl \d|\d\d:\d\d")


def _text(data: bytes, fmt: str) -> str:
    if fmt == "docx":
        return docx_text(data)
    return re.sub(r"<[^>]+>", "", data.decode("utf-8")) if fmt == "html" else data.decode("utf-8")


def test_the_helpers() -> None:
    import datetime as dt

    assert time_span(dt.time(13), dt.time(15, 30)) == "13.00–15.30"
    assert at_time(dt.time(13), dt.time(15, 30)) == "kl. 13.00–15.30"
    assert at_time(dt.time(9), None) == "kl. 09.00"
    assert at_time(None, None) == ""


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "docx"])
def test_every_export_format_writes_spans_one_way(seed_store, fmt: str) -> None:
    store = load(seed_store)
    meeting = store.meeting("2024-11-15")
    assert meeting is not None and meeting.start and meeting.end
    text = _text(export_meeting(store, "2024-11-15", fmt), fmt)
    assert f"kl. {time_span(meeting.start, meeting.end)}" in text
    planned = [e for e in meeting.schedule if e.start is not None]
    assert planned and all(at_time(e.start, e.end) in text for e in planned if e.date.year == 2025)
    assert not OTHER_STYLES.findall(text), OTHER_STYLES.findall(text)


@pytest.mark.usefixtures("seed_day")
@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_the_notice_and_the_command_line_write_spans_the_same_way(bra, fmt: str) -> None:
    result = bra("kallelse", "--format", fmt)
    assert result.status == 0, result.err
    assert "kl. 09.00–11.30" in result.out and not OTHER_STYLES.findall(result.out)
    listed = bra("show", "2024-11-15").out + bra("list").out
    assert not OTHER_STYLES.findall(listed)
