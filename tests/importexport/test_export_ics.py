"""bra export --ics: the announced meetings as RFC 5545, read back by a small parser written here
(not the icalendar library that wrote the file)."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytest.importorskip("icalendar")


@dataclass
class Component:
    """One BEGIN/END block: its name, properties (name → list of (params, value)) and children."""

    name: str
    props: dict[str, list[tuple[dict[str, str], str]]] = field(default_factory=dict)
    children: list[Component] = field(default_factory=list)

    def value(self, name: str) -> str:
        """The single value of a property."""
        [(_, value)] = self.props[name]
        return value

    def params(self, name: str) -> dict[str, str]:
        """The parameters of a single property."""
        [(params, _)] = self.props[name]
        return params


def unfold(data: bytes) -> list[str]:
    """Content lines: CRLF ends every line; a line starting with a space or tab continues the one before."""
    assert data.endswith(b"\r\n")
    raw = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in raw), "lines are folded at 75 octets"
    assert all(b"\n" not in line and b"\r" not in line for line in raw)
    joined: list[bytes] = []
    for line in raw:
        if line[:1] in (b" ", b"\t"):
            joined[-1] += line[1:]
        else:
            joined.append(line)
    return [line.decode("utf-8") for line in joined]


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def parse_line(line: str) -> tuple[str, dict[str, str], str]:
    """NAME;PARAM=VALUE:value → (name, params, value), the colon found outside quotes."""
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:i], line[i + 1:]
            break
    else:
        raise AssertionError(f"no value in {line!r}")
    name, *params = _split_unquoted(head, ";")
    return name.upper(), dict(p.split("=", 1) for p in params), value


def unescape(text: str) -> str:
    """TEXT values: \\, \\; \\n \\\\ back to what they stand for."""
    out, i = "", 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out += {"n": "\n", "N": "\n"}.get(text[i + 1], text[i + 1])
            i += 2
        else:
            out += text[i]
            i += 1
    return out


def parse(data: bytes) -> Component:
    """The calendar as a tree of components."""
    stack: list[Component] = []
    root = None
    for line in unfold(data):
        name, params, value = parse_line(line)
        if name == "BEGIN":
            component = Component(value.upper())
            if stack:
                stack[-1].children.append(component)
            stack.append(component)
        elif name == "END":
            done = stack.pop()
            assert done.name == value.upper()
            if not stack:
                root = done
        else:
            stack[-1].props.setdefault(name, []).append((params, value))
    assert root is not None and not stack
    return root


def local_datetime(params: dict[str, str], value: str) -> dt.datetime:
    """A DATE-TIME with a TZID as a naive local time (the zone checked separately)."""
    return dt.datetime.strptime(value, "%Y%m%dT%H%M%S")


def export(bra, store: Path, tmp_path: Path, name: str = "tidplan.ics") -> Component:
    out = tmp_path / name
    result = bra("--store", store, "export", "--ics", "-o", out)
    assert result.status == 0, result.err
    return parse(out.read_bytes())


def test_the_schedule_is_a_valid_calendar(bra, seed_store: Path, tmp_path: Path) -> None:
    calendar = export(bra, seed_store, tmp_path)
    assert calendar.name == "VCALENDAR"
    assert calendar.value("VERSION") == "2.0" and calendar.value("PRODID")
    events = [c for c in calendar.children if c.name == "VEVENT"]
    zones = [c for c in calendar.children if c.name == "VTIMEZONE"]
    assert [z.value("TZID") for z in zones] == ["Europe/Stockholm"]
    starts = [local_datetime(e.params("DTSTART"), e.value("DTSTART")) for e in events]
    assert starts == [dt.datetime(2025, 2, 14, 9), dt.datetime(2025, 5, 16, 9), dt.datetime(2025, 9, 12, 9),
                      dt.datetime(2025, 11, 14, 9)]
    for event in events:
        assert event.params("DTSTART")["TZID"] == "Europe/Stockholm"
        end = local_datetime(event.params("DTEND"), event.value("DTEND"))
        assert (end.hour, end.minute) == (11, 30)
        assert event.value("DTSTAMP").endswith("Z")
        assert "Lokala Brå" in unescape(event.value("SUMMARY"))
        assert unescape(event.value("LOCATION")) == "Visenten, Stadshuset"
    uids = [e.value("UID") for e in events]
    assert len(set(uids)) == len(uids)


def test_uids_stay_the_same_across_exports_and_copies(bra, seed_store: Path, tmp_path: Path) -> None:
    first = export(bra, seed_store, tmp_path, "a.ics")
    copy = tmp_path / "kopia"
    shutil.copytree(seed_store, copy)
    second = export(bra, copy, tmp_path, "b.ics")

    def uids(c: Component) -> dict[str, str]:
        return {e.value("DTSTART"): e.value("UID") for e in c.children if e.name == "VEVENT"}

    assert uids(first) == uids(second)


def test_a_date_announced_twice_is_one_event(bra, seed_store: Path, tmp_path: Path) -> None:
    later = seed_store / "meetings" / "2025-02-14.toml"
    later.write_text('format = 1\ndate = 2025-02-14\n\n[[schedule]]\ndate = 2025-05-16\nstart = 13:00:00\n'
                     'place = "Folkets hus"\n\n[[schedule]]\ndate = 2026-02-13\n', encoding="utf-8")
    calendar = export(bra, seed_store, tmp_path)
    events = {e.value("DTSTART"): e for e in calendar.children if e.name == "VEVENT"}
    assert len(events) == 5
    may = events["20250516T130000"]
    assert unescape(may.value("LOCATION")) == "Folkets hus" and "DTEND" not in may.props
    whole_day = events["20260213"]
    assert whole_day.params("DTSTART")["VALUE"] == "DATE"


def test_an_empty_schedule_is_still_a_calendar(bra, empty_store: Path, tmp_path: Path) -> None:
    calendar = export(bra, empty_store, tmp_path)
    assert calendar.name == "VCALENDAR" and not [c for c in calendar.children if c.name == "VEVENT"]
    assert [c.name for c in calendar.children] == ["VTIMEZONE"]


SUMMER_AND_WINTER = {  # local clock → UTC: Stockholm is UTC+1 in winter and UTC+2 in summer
    "20250214T090000": dt.datetime(2025, 2, 14, 8, tzinfo=dt.UTC),
    "20250516T090000": dt.datetime(2025, 5, 16, 7, tzinfo=dt.UTC),
    "20250912T090000": dt.datetime(2025, 9, 12, 7, tzinfo=dt.UTC),
    "20251114T090000": dt.datetime(2025, 11, 14, 8, tzinfo=dt.UTC),
}


def test_the_time_zone_is_a_standard_yearly_rule(bra, seed_store: Path, tmp_path: Path) -> None:
    calendar = export(bra, seed_store, tmp_path)
    [zone] = [c for c in calendar.children if c.name == "VTIMEZONE"]
    assert "RDATE" not in zone.props and "COMMENT" not in zone.props
    parts = {c.name: c for c in zone.children}
    assert set(parts) == {"STANDARD", "DAYLIGHT"}
    assert set(parts["DAYLIGHT"].value("RRULE").split(";")) == {"FREQ=YEARLY", "BYMONTH=3", "BYDAY=-1SU"}
    assert set(parts["STANDARD"].value("RRULE").split(";")) == {"FREQ=YEARLY", "BYMONTH=10", "BYDAY=-1SU"}
    assert (parts["DAYLIGHT"].value("TZOFFSETTO"), parts["STANDARD"].value("TZOFFSETTO")) == ("+0200", "+0100")
    assert all(not c.props.get("RDATE") for c in zone.children)


def test_a_parser_that_reads_the_vtimezone_itself_puts_meetings_at_the_right_hour(
        bra, seed_store: Path, tmp_path: Path) -> None:
    """vobject builds the zone from the file's VTIMEZONE, not from its own tz database."""
    vobject = pytest.importorskip("vobject")
    out = tmp_path / "tidplan.ics"
    assert bra("--store", seed_store, "export", "--ics", "-o", out).status == 0
    calendar = vobject.readOne(out.read_text(encoding="utf-8"))
    starts = {e.dtstart.value.strftime("%Y%m%dT%H%M%S"): e.dtstart.value for e in calendar.vevent_list}
    assert set(starts) == set(SUMMER_AND_WINTER)
    for local, utc in SUMMER_AND_WINTER.items():
        assert starts[local].astimezone(dt.UTC) == utc, local


def test_icalendar_reads_the_same_hours(bra, seed_store: Path, tmp_path: Path) -> None:
    import icalendar

    out = tmp_path / "tidplan.ics"
    assert bra("--store", seed_store, "export", "--ics", "-o", out).status == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    starts = {e.decoded("dtstart").strftime("%Y%m%dT%H%M%S"): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    for local, utc in SUMMER_AND_WINTER.items():
        assert starts[local].astimezone(dt.UTC) == utc, local


def test_the_meetings_own_file_wins_over_an_older_schedule(bra, seed_store: Path, tmp_path: Path) -> None:
    (seed_store / "meetings" / "2025-02-14.toml").write_text(
        'format = 1\ndate = 2025-02-14\nstart = 13:00:00\nend = 15:00:00\nplace = "Folkets hus, Krylbo"\n',
        encoding="utf-8")
    calendar = export(bra, seed_store, tmp_path)
    events = {e.value("DTSTART"): e for e in calendar.children if e.name == "VEVENT"}
    february = events["20250214T130000"]
    assert unescape(february.value("LOCATION")) == "Folkets hus, Krylbo"
    assert february.value("DTEND") == "20250214T150000"
    assert "enligt mötets anteckningar" in unescape(february.value("DESCRIPTION"))
    assert "tidplanen" not in unescape(february.value("DESCRIPTION"))
    may = events["20250516T090000"]
    assert unescape(may.value("LOCATION")) == "Visenten, Stadshuset"
    assert "Enligt tidplanen från mötet 2024-11-15" in unescape(may.value("DESCRIPTION"))
