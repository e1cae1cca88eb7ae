"""Any valid meeting survives a save and a read unchanged; saves keep what a person wrote."""

from __future__ import annotations

import datetime as dt
import difflib
import tempfile
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from brå_tui.model import (
    FOLLOWUP_STATES,
    RISK_LEVELS,
    Attendee,
    Decision,
    FollowUp,
    Item,
    Meeting,
    RiskPicture,
    ScheduleEntry,
)
from brå_tui.store.locate import Locator
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument, save_meeting
from tests.conftest import SEED_STORE

SEED_MEETINGS = SEED_STORE / "meetings"

# Text as secretaries write it: Swedish letters, quotes of both kinds, backslashes, TOML's own punctuation,
# tabs, newlines and carriage returns, control characters, and anything else Unicode has.
_SPECIAL = "åäöÅÄÖéü\"'\\#=[]{}.,:;–—·…«»€ \t\n\r\x00\x0b\u2028"
_chars = st.one_of(st.sampled_from(_SPECIAL), st.characters(blacklist_categories=("Cs",)))
_pieces = st.one_of(st.text(_chars, max_size=12),
                    st.sampled_from(['"""', "'''", '\\"', "\\n", '""', "\n\n", " \n", "\r\n"]))
text = st.lists(_pieces, max_size=6).map("".join)
line = text.map(lambda s: s.replace("\n", " "))
required = line.filter(lambda s: s.strip() != "")
optional = st.none() | line
words = st.lists(required, max_size=3)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))
times = st.times().map(lambda t: t.replace(microsecond=0))


@st.composite
def span(draw: st.DrawFn) -> tuple[dt.time | None, dt.time | None]:
    """A start and an end time, the end never before the start."""
    start, end = draw(st.none() | times), draw(st.none() | times)
    if start is not None and end is not None and end < start:
        start, end = end, start
    return start, end


decisions = st.builds(Decision, text=required, amount_sek=st.none() | st.integers(0, 10**9),
                      account=optional, extra=st.just({}))
items = st.builds(Item, title=required, presenters=words, areas=words, confidential=st.booleans(), notes=text,
                  decisions=st.lists(decisions, max_size=3), extra=st.just({}))
attendees = st.builds(Attendee, name=required, party=optional, title=optional, org=optional, role=optional,
                      extra=st.just({}))
months = st.builds(lambda d: f"{d:%Y-%m}", dates)  # a risk picture's period is a month
risks = st.builds(RiskPicture, period=st.none() | months, source=optional,
                  areas=st.dictionaries(required, st.sampled_from(RISK_LEVELS), max_size=5), extra=st.just({}))
ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)


@st.composite
def followups(draw: st.DrawFn) -> list[FollowUp]:
    """Follow-ups with distinct ids."""
    chosen = draw(st.lists(ids, max_size=5, unique=True))
    return [FollowUp(id=i, title=draw(required), status=draw(line), owners=draw(words),
                     state=draw(st.sampled_from(FOLLOWUP_STATES)), areas=draw(words)) for i in chosen]


@st.composite
def schedules(draw: st.DrawFn) -> ScheduleEntry:
    """A schedule entry."""
    start, end = draw(span())
    return ScheduleEntry(date=draw(dates), start=start, end=end, place=draw(optional))


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """A valid meeting: every section, any text."""
    start, end = draw(span())
    return Meeting(date=draw(dates), start=start, end=end, place=draw(optional),
                   attendees=draw(st.lists(attendees, max_size=4)), items=draw(st.lists(items, max_size=3)),
                   risk=draw(st.none() | risks), followups=draw(followups()),
                   schedule=draw(st.lists(schedules(), max_size=3)), other=draw(st.lists(items, max_size=2)))


def _read_back(path: Path) -> Meeting:
    meeting, findings = read_meeting(path)
    assert [f for f in findings if f.severity == "error"] == []
    assert meeting is not None
    return meeting


@given(meetings())
def test_any_meeting_survives_save_and_read(meeting: Meeting) -> None:
    """A meeting saved to a new file reads back equal."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{meeting.date.isoformat()}.toml"
        assert save_meeting(meeting, path)
        assert _read_back(path) == meeting


@given(meetings(), st.booleans())
def test_any_meeting_saved_over_a_seed_file_reads_back(meeting: Meeting, crlf: bool) -> None:
    """A meeting saved over an existing hand-written file (comments, layout, CRLF or not) reads back equal."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "2024-11-15.toml"
        data = (SEED_MEETINGS / "2024-11-15.toml").read_bytes()
        path.write_bytes(data.replace(b"\n", b"\r\n") if crlf else data)
        save_meeting(meeting, path)
        assert _read_back(path) == meeting
        if crlf:
            assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")


def test_unchanged_seed_files_are_byte_identical(seed_store: Path) -> None:
    """Saving a seed meeting without a change leaves every byte as it was."""
    for path in sorted((seed_store / "meetings").glob("*.toml")):
        before = path.read_bytes()
        meeting = _read_back(path)
        assert save_meeting(meeting, path) is False
        assert path.read_bytes() == before


def _changed_lines(before: str, after: str) -> list[str]:
    return [d for d in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if d[:1] in "+-" and not d.startswith(("+++", "---"))]


def test_one_change_changes_one_line(seed_store: Path) -> None:
    """Changing one follow-up's status, or one attendee's party, changes exactly that line."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    before = path.read_text(encoding="utf-8")

    meeting = _read_back(path)
    meeting.followups[1].status = "Klart: ny överenskommelse undertecknad \"2025\"."
    assert save_meeting(meeting, path)
    after = path.read_text(encoding="utf-8")
    assert _changed_lines(before, after) == [
        f'-status = "{_read_back_status(before)}"',
        '+status = "Klart: ny överenskommelse undertecknad \\"2025\\"."',
    ]

    meeting = _read_back(path)
    meeting.attendees[1].party = "KD"
    assert save_meeting(meeting, path)
    assert _changed_lines(after, path.read_text(encoding="utf-8")) == ['-party = "M"', '+party = "KD"']


def _read_back_status(text: str) -> str:
    statuses = [line.split(" = ", 1)[1].strip('"') for line in text.splitlines() if line.startswith("status = ")]
    return statuses[1]


COMMENTED = """# Anteckningar förda av sekreteraren; rätta gärna för hand.
format = 1
date = 2024-11-15   # fredag
start = 09:00:00
end = 11:20:00
place = "Visenten, Stadshuset"
room = "B12"        # okänd nyckel: behålls

[[attendee]]
name = "Blerta Krenzi"  # ordförande sedan 2023
party = "S"
role = "ordförande"
email = "blerta@example.se"

# Polisen kom sent.
[[attendee]]
name = "Thomas Nordström"
org = "Polisen"

[risk]
source = "Länsstyrelsen"

[risk.areas]
"ANDT" = "red"          # samma som förra gången

[[item]]
title = "BOB"
presenters = ["Jimmy Spolander"]
notes = \"\"\"
Första stycket.

Andra stycket, med "citat" och \\\\ ett bakstreck.
\"\"\"
reviewed = 2024-11-20

[[item.decision]]
text = "Rådet beslutar att ..."
amount_sek = 10000      # kronor

[[followup]]
id = "kamera"
title = "Kameraövervakning"
status = "Pågår"
owners = ["Mikael J"]
# state utelämnas: open

[extra_table]
note = "ett eget avsnitt"
"""


def test_comments_and_unknown_keys_survive(tmp_path: Path) -> None:
    """Hand-written comments and unknown keys survive a save that changes one value."""
    path = tmp_path / "2024-11-15.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    meeting = _read_back(path)
    assert meeting.extra == {"room": "B12", "extra_table": {"note": "ett eget avsnitt"}}
    assert meeting.attendees[0].extra == {"email": "blerta@example.se"}
    assert meeting.items[0].extra == {"reviewed": dt.date(2024, 11, 20)}

    meeting.followups[0].state = "done"
    assert save_meeting(meeting, path)
    after = path.read_text(encoding="utf-8")
    assert _changed_lines(COMMENTED, after) == ['+state = "done"']
    assert after.replace('state = "done"\n', "", 1) == COMMENTED
    for comment in ["# Anteckningar förda", "# fredag", "# okänd nyckel: behålls", "# ordförande sedan 2023",
                    "# Polisen kom sent.", "# samma som förra gången", "# kronor", "# state utelämnas: open"]:
        assert comment in after
    again = _read_back(path)
    assert again.extra == meeting.extra
    assert again.attendees[0].extra == {"email": "blerta@example.se"}
    assert again.items[0].extra == {"reviewed": dt.date(2024, 11, 20)}
    assert again == meeting


def test_unchanged_commented_file_is_byte_identical(tmp_path: Path) -> None:
    """An unchanged hand-written file with comments, unknown keys and a BOM is not rewritten."""
    for name, data in [("2024-11-15.toml", COMMENTED.encode()),
                       ("2024-11-16.toml", b"\xef\xbb\xbf" + COMMENTED.encode()),
                       ("2024-11-17.toml", COMMENTED.replace("\n", "\r\n").encode())]:
        path = tmp_path / name
        path.write_bytes(data)
        meeting, _ = read_meeting(path)
        assert meeting is not None
        assert save_meeting(meeting, path) is False
        assert path.read_bytes() == data


def test_change_keeps_bom_and_crlf(tmp_path: Path) -> None:
    """A change to a file with a BOM and CRLF line ends keeps both, and touches one line."""
    data = b"\xef\xbb\xbf" + COMMENTED.replace("\n", "\r\n").encode()
    path = tmp_path / "2024-11-15.toml"
    path.write_bytes(data)
    meeting = _read_back(path)
    meeting.place = "Kommunhuset"
    assert save_meeting(meeting, path)
    after = path.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf")
    assert after.replace(b'place = "Kommunhuset"', b'place = "Visenten, Stadshuset"') == data
    assert MeetingDocument.open(path).render() == after


def _value_at(locator: Locator, path: tuple[str | int, ...]) -> object:
    """The TOML value that starts at the locator's position for path (single-line values)."""
    line, column = locator.position(path)
    assert line is not None and column is not None
    text = locator.text_lines[line - 1]
    assert text.lstrip().startswith(str(path[-1]))
    return tomllib.loads(f"v = {text[column - 1:]}")["v"]


@given(meetings())
def test_locator_finds_every_value_of_a_saved_meeting(meeting: Meeting) -> None:
    """In any saved meeting, the locator's line and column for a key start exactly that key's value."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{meeting.date.isoformat()}.toml"
        save_meeting(meeting, path)
        locator = Locator(path.read_text(encoding="utf-8"))
    assert _value_at(locator, ("date",)) == meeting.date
    for i, attendee in enumerate(meeting.attendees):
        assert _value_at(locator, ("attendee", i, "name")) == attendee.name
    for kind, entries in (("item", meeting.items), ("other", meeting.other)):
        for i, item in enumerate(entries):
            assert _value_at(locator, (kind, i, "title")) == item.title
            for j, decision in enumerate(item.decisions):
                assert _value_at(locator, (kind, i, "decision", j, "text")) == decision.text
    for i, followup in enumerate(meeting.followups):
        assert _value_at(locator, ("followup", i, "id")) == followup.id
    for i, entry in enumerate(meeting.schedule):
        assert _value_at(locator, ("schedule", i, "date")) == entry.date
