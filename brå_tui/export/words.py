"""Swedish words for times, risk levels and states in the documents (dates are in brå_tui.views.format)."""

from __future__ import annotations

import datetime as dt

from brå_tui.views.format import clock

LEVEL_WORDS = {"red": "röd", "yellow": "gul", "green": "grön"}
STATE_WORDS = {"open": "öppen", "done": "klar", "dropped": "avskriven"}
CONFIDENTIAL_MARK = "(Sekretessbelagt – utelämnat)"


def span(start: dt.time | None, end: dt.time | None) -> str:
    """'09.00 – 11.30' (as the document's header writes times), or just the start, or nothing."""
    if start is None:
        return ""
    return f"{clock(start)} – {clock(end)}" if end is not None else clock(start)


def join_names(names: list[str]) -> str:
    """'A', 'A och B', 'A, B och C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]
