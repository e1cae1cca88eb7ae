"""The announced meetings (every meeting's Tidplan) as an iCalendar file, written with the icalendar library."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from brå_tui.model import TIMEZONE, Council, ScheduleEntry, Store
from brå_tui.questions.newmeeting import announced
from brå_tui.text import fold, printable

if TYPE_CHECKING:
    import icalendar



class CalendarError(Exception):
    """A calendar that cannot be made; the message is one sentence for the user."""


def stockholm_zone() -> icalendar.Timezone:
    """Europe/Stockholm as a standard VTIMEZONE: CET/CEST with the EU's yearly rules (RFC 5545 §3.6.5).

    Written out rather than generated from the tz database, which gives a long RDATE list that some
    calendar programs read wrongly; a yearly RRULE is what every reader understands.
    """
    import icalendar

    zone = icalendar.Timezone()
    zone.add("tzid", TIMEZONE)
    for kind, name, start, offsets, month in (
            (icalendar.TimezoneDaylight, "CEST", dt.datetime(1981, 3, 29, 2), (1, 2), 3),
            (icalendar.TimezoneStandard, "CET", dt.datetime(1996, 10, 27, 3), (2, 1), 10)):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", dt.timedelta(hours=offsets[0]))
        part.add("tzoffsetto", dt.timedelta(hours=offsets[1]))
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(part)
    return zone


def event_uid(council: Council, day: dt.date) -> str:
    """An id for the meeting on a day that stays the same across exports and machines."""
    names = f"{fold(council.municipality)}|{fold(council.name)}|{fold(council.short_name)}"
    digest = hashlib.sha256(f"{names}|{day.isoformat()}".encode()).hexdigest()[:24]
    return f"{day:%Y%m%d}-{digest}@bra-tui"


# A meeting's own time and place by its date: (start, end, place).
Held = dict[dt.date, tuple[dt.time | None, dt.time | None, str | None]]


def to_ics(store: Store, now: dt.datetime | None = None) -> bytes:
    """The calendar of a whole store as RFC 5545 bytes (CRLF lines, folded at 75 octets)."""
    held = {m.date: (m.start, m.end, m.place) for m in store.meetings_newest_first()}  # the first of a day wins
    return calendar_ics(store.council, [(entry, m.date) for entry, m in announced(store)], held, now)


def calendar_ics(council: Council, announcements: list[tuple[ScheduleEntry, dt.date]], held: Held,
                 now: dt.datetime | None = None) -> bytes:
    """The calendar as RFC 5545 bytes from every date announced (newmeeting.announced: each date's line, with the
    date of the meeting that announced it, earliest first) and the held meetings' own time and place by date."""
    try:
        import icalendar
    except ImportError:
        from brå_tui.extras import missing_message

        raise CalendarError(missing_message("ics", "--ics")) from None
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(TIMEZONE)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    shown = printable(council)  # control characters shown, never carried
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bra-tui//Lokala Brå//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{shown.short_name} {shown.municipality}".strip())
    # A meeting's own file, once it exists, knows better than a schedule written at an earlier meeting.
    for entry, announced_at in printable(announcements):
        own_start, own_end, own_place = printable(held.get(entry.date, (None, None, None)))
        start = own_start if own_start is not None else entry.start
        end = own_end if own_start is not None else entry.end
        event = icalendar.Event()
        event.add("uid", event_uid(council, entry.date))
        event.add("dtstamp", stamp)
        if start is not None:
            event.add("dtstart", dt.datetime.combine(entry.date, start, zone))
            if end is not None:
                event.add("dtend", dt.datetime.combine(entry.date, end, zone))
        else:
            event.add("dtstart", entry.date)
            event.add("dtend", entry.date + dt.timedelta(days=1))
        event.add("summary", f"{shown.short_name}: {shown.name}")
        place = own_place or entry.place or shown.default_place
        if place:
            event.add("location", place)
        source = ("Tid och plats enligt mötets anteckningar." if entry.date in held
                  else f"Enligt tidplanen från mötet {announced_at.isoformat()}.")
        event.add("description", f"Möte i {shown.name}"
                                 + (f", {shown.municipality}" if shown.municipality else "") + f". {source}")
        calendar.add_component(event)
    # The zone is always there: it is what times refer to, and RFC 5545 wants at least one component.
    calendar.add_component(stockholm_zone())
    return calendar.to_ical()
