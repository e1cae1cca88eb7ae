"""Field validators for editing: each returns a Swedish reason when the value is wrong, else None."""

from __future__ import annotations

import datetime as dt
import re

from brå_tui.model import FOLLOWUP_STATES
from brå_tui.text import is_month, quoted, with_iso_dates

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
# A clock time as Swedes write it: 09:00, 9.00, 0900, 900, 9 (the hour alone), 09:00:00.
_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2})(?::(\d{2}))?)?$")
_AMOUNT = re.compile(r"^\d+$")

# The words a user types or sees for a risk level, and the value the file holds.
LEVEL_WORDS = {"röd": "red", "gul": "yellow", "grön": "green", "red": "red", "yellow": "yellow", "green": "green"}
STATE_NAMES = {"open": "öppen", "done": "klar", "dropped": "struken"}


def parse_date(text: str) -> dt.date | None:
    """A date as Swedes write it in numbers: 2025-05-16, 20250516, or day before month as the importer reads it
    (16/5 2025, 16/5-2025, 16.5.2025; text.with_iso_dates); None when it is not one."""
    text = with_iso_dates(text.strip())
    if compact := _COMPACT_DATE.fullmatch(text):
        text = "-".join(compact.groups())
    if not _DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_time(text: str) -> dt.time | None:
    """A time written as 09:00, 9.00, 0900, 9 or 09:00:00, or None when it is not one."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        return None


def date_error(text: str, required: bool = True) -> str | None:
    """Why text is not a date (ÅÅÅÅ-MM-DD), or None."""
    if not text.strip():
        return "Datum krävs." if required else None
    if parse_date(text) is not None:
        return None
    if _DATE.fullmatch(text.strip()):
        return f"{text.strip()} är inget giltigt datum."
    return "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-02-14 (också 20250214 och 14/2 2025 går)."


def time_error(text: str) -> str | None:
    """Why text is not a time (TT:MM), or None; an empty time is allowed."""
    if not text.strip():
        return None
    if parse_time(text) is None:
        return "Skriv tiden som TT:MM, till exempel 09:00 (också 09.00, 0900 och 9 går)."
    return None


def range_error(start: str, end: str) -> str | None:
    """Why an end time before its start time is wrong, or None."""
    s, e = parse_time(start), parse_time(end)
    if s is not None and e is not None and e < s:
        return f"Sluttiden {e:%H:%M} är före starttiden {s:%H:%M}."
    return None


def period_error(text: str) -> str | None:
    """Why text is not a month (ÅÅÅÅ-MM) for a risk picture's period, or None; empty means not given."""
    value = text.strip()
    if value and not is_month(value):
        return "Skriv perioden som ÅÅÅÅ-MM, till exempel 2023-12, eller lämna tomt."
    return None


def empty_word(what: str) -> str:
    """'tom' or 'tomt', agreeing with a noun in its definite form: Rubriken är tom, Namnet är tomt.

    Swedish neuter nouns end in -et in the definite form (namnet, datumet, beslutet); Id is neuter too.
    """
    return "tomt" if what.endswith("et") or what == "Id" else "tom"


def title_error(text: str, what: str = "Rubriken") -> str | None:
    """Why an empty title (or name) is not allowed, or None."""
    if not text.strip():
        return f"{what} får inte vara {empty_word(what)}."
    return None


def level_error(text: str) -> str | None:
    """Why text is not a risk level (röd, gul, grön, or empty for not reported), or None."""
    if not text.strip() or text.strip().casefold() in LEVEL_WORDS:
        return None
    return f"Okänd risknivå {quoted(text.strip())}: välj röd, gul, grön eller lämna tomt (ej rapporterad)."


def level_value(text: str) -> str | None:
    """The stored risk level for what was typed (röd → red), or None when not reported."""
    word = text.strip().casefold()
    return LEVEL_WORDS.get(word) if word else None


def state_error(text: str) -> str | None:
    """Why text is not a follow-up state, or None."""
    if text in FOLLOWUP_STATES:
        return None
    return f"Okänt läge {quoted(text)}: välj öppen, klar eller struken."


def parse_amount(text: str) -> int | None:
    """An amount in kronor ("10 000", "10000 kr"), or None when it is not one."""
    cleaned = re.sub(r"\s+", "", text.strip().replace("\u00a0", ""))
    cleaned = re.sub(r"(?i)(kr|kronor|sek):?$", "", cleaned)
    return int(cleaned) if _AMOUNT.fullmatch(cleaned) else None


def amount_error(text: str) -> str | None:
    """Why text is not an amount in whole kronor, or None; an empty amount is allowed."""
    if not text.strip():
        return None
    if text.strip().startswith("-"):
        return "Beloppet kan inte vara negativt."
    if parse_amount(text) is None:
        return "Skriv beloppet i hela kronor, till exempel 10 000."
    return None


def id_error(text: str, taken: set[str] | None = None) -> str | None:
    """Why text is not a usable follow-up id (empty, spaces, already used in this meeting), or None."""
    value = text.strip()
    if not value:
        return f"Id får inte vara {empty_word('Id')}."
    if re.search(r"\s", value):
        return "Id får inte innehålla mellanslag; använd bindestreck."
    if taken and value in taken:
        return f"Id {quoted(value)} används redan av en annan uppföljning i mötet."
    return None


def split_names(text: str) -> list[str]:
    """Names typed as a list ("Thomas N, Mikael J" or "Thomas N och Mikael J")."""
    parts = re.split(r",|;|\boch\b", text)
    return [p.strip() for p in parts if p.strip()]


def normal_date(text: str) -> str:
    """A typed date in the form the file keeps (2025-05-16); text as it is when it is no date."""
    day = parse_date(text)
    return day.isoformat() if day else text


def normal_time(text: str) -> str:
    """A typed time in the form the fields show and the file keeps (09:00); text as it is when it is no time."""
    time = parse_time(text)
    return format_time(time) if time else text


def format_time(value: dt.time | None) -> str:
    """A time as the edit fields show it (09:00)."""
    if value is None:
        return ""
    return f"{value:%H:%M}" if value.second == 0 else f"{value:%H:%M:%S}"

