"""The announced meetings (every meeting's Tidplan) as an iCalendar file, written with the icalendar library."""

from __future__ import annotations

import datetime as dt
import hashlib

from brå_tui.model import Meeting, ScheduleEntry, Store
from brå_tui.text import fold, printable

TIMEZONE = "Europe/Stockholm"


class CalendarError(Exception):
    """A calendar that cannot be made; the message is one sentence for the user."""


def scheduled(store: Store) -> list[tuple[ScheduleEntry, Meeting]]:
    """Every announced meeting once per date, as the most recent meeting announced it, in date order."""
    chosen: dict[dt.date, tuple[ScheduleEntry, Meeting]] = {}
    for meeting in sorted(store.meetings, key=lambda m: (m.date, m.key)):
        for entry in meeting.schedule:
            chosen[entry.date] = (entry, meeting)
    return [chosen[d] for d in sorted(chosen)]


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
    for entry, announced_at in printable(scheduled(store)):
        event = icalendar.Event()
        event.add("uid", event_uid(store, entry.date))
        event.add("dtstamp", stamp)
        if entry.start is not None:
            event.add("dtstart", dt.datetime.combine(entry.date, entry.start, zone))
            if entry.end is not None:
                event.add("dtend", dt.datetime.combine(entry.date, entry.end, zone))
        else:
            event.add("dtstart", entry.date)
            event.add("dtend", entry.date + dt.timedelta(days=1))
        event.add("summary", f"{council.short_name}: {council.name}")
        place = entry.place or announced_at.place or council.default_place
        if place:
            event.add("location", place)
        event.add("description", f"Möte i {council.name}"
                                 + (f", {council.municipality}" if council.municipality else "")
                                 + f". Enligt tidplanen från mötet {announced_at.date.isoformat()}.")
        calendar.add_component(event)
    # The zone is always there: it is what times refer to, and RFC 5545 wants at least one component.
    calendar.add_component(icalendar.Timezone.from_tzid(TIMEZONE))
    return calendar.to_ical()
