"""The announced meetings (every meeting's Tidplan) as an iCalendar file, written with the icalendar library."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from brå_tui.model import Store
from brå_tui.questions.newmeeting import announced
from brå_tui.text import fold, printable

if TYPE_CHECKING:
    import icalendar

TIMEZONE = "Europe/Stockholm"


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


def event_uid(store: Store, day: dt.date) -> str:
    """An id for the meeting on a day that stays the same across exports and machines."""
    council = f"{fold(store.council.municipality)}|{fold(store.council.name)}|{fold(store.council.short_name)}"
    digest = hashlib.sha256(f"{council}|{day.isoformat()}".encode()).hexdigest()[:24]
    return f"{day:%Y%m%d}-{digest}@bra-tui"


def to_ics(store: Store, now: dt.datetime | None = None) -> bytes:
    """The calendar as RFC 5545 bytes (CRLF lines, folded at 75 octets)."""
    try:
        import icalendar
    except ImportError:
        from brå_tui.extras import missing_message

        raise CalendarError(missing_message("ics", "--ics")) from None
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(TIMEZONE)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    council = printable(store.council)  # control characters shown, never carried
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bra-tui//Lokala Brå//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{council.short_name} {council.municipality}".strip())
    # A meeting's own file, once it exists, knows better than a schedule written at an earlier meeting.
    held = {m.date: (m.start, m.end, m.place) for m in store.meetings_newest_first()}  # the first of a day wins
    for entry, announced_at in printable(announced(store)):
        own_start, own_end, own_place = printable(held.get(entry.date, (None, None, None)))
        start = own_start if own_start is not None else entry.start
        end = own_end if own_start is not None else entry.end
        event = icalendar.Event()
        event.add("uid", event_uid(store, entry.date))
        event.add("dtstamp", stamp)
        if start is not None:
            event.add("dtstart", dt.datetime.combine(entry.date, start, zone))
            if end is not None:
                event.add("dtend", dt.datetime.combine(entry.date, end, zone))
        else:
            event.add("dtstart", entry.date)
            event.add("dtend", entry.date + dt.timedelta(days=1))
        event.add("summary", f"{council.short_name}: {council.name}")
        place = own_place or entry.place or council.default_place
        if place:
            event.add("location", place)
        source = ("Tid och plats enligt mötets anteckningar." if entry.date in held
                  else f"Enligt tidplanen från mötet {announced_at.date.isoformat()}.")
        event.add("description", f"Möte i {council.name}"
                                 + (f", {council.municipality}" if council.municipality else "") + f". {source}")
        calendar.add_component(event)
    # The zone is always there: it is what times refer to, and RFC 5545 wants at least one component.
    calendar.add_component(stockholm_zone())
    return calendar.to_ical()
