"""Lists that grow with the store, drawn cut short in the app: the most recent SHOWN, and a line saying how many
more there are and how to see them all. Drawing thousands of rows at each key press would take seconds."""

from __future__ import annotations

import heapq

from rich.text import Text

from brå_tui.questions.actionlog import LogEntry
from brå_tui.views.format import thousands

# How many rows of a list that grows with the store (what acts on an area, what a name owns) are drawn at first.
SHOWN = 20


def most_recent(entries: list[LogEntry], limit: int) -> list[LogEntry]:
    """The limit entries last seen most recently, in the log's order."""
    recent = {id(e) for e in heapq.nlargest(limit, entries, key=lambda e: (e.last, e.last_key))}
    return [e for e in entries if id(e) in recent]


def more_line(more: int, what: str, keys: str = "a", command: str | None = None) -> Text:
    """The line under a list cut short: how many more there are, the keys that show them all, and the command that
    lists them in the terminal."""
    line = Text(f"… och {thousands(more)} {what} till: {keys} visar alla", style="italic")
    if command is not None:
        line.append(f", i terminalen {command}")
    line.append(".")
    return line
