"""Swedish words for states in the documents (dates and times are in brå_tui.views.format)."""

from __future__ import annotations

STATE_WORDS = {"open": "öppen", "done": "klar", "dropped": "avskriven"}
CONFIDENTIAL_MARK = "(Sekretessbelagt – utelämnat)"


def join_names(names: list[str]) -> str:
    """'A', 'A och B', 'A, B och C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]
