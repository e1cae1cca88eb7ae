"""What to tell the user after a save: saved, saved and committed to git, or saved but not committed."""

from __future__ import annotations

from pathlib import Path

from textual.notifications import SeverityLevel

from brå_tui.store.gitrun import GitError, work_tree
from brå_tui.store.save import MeetingDocument

VERSIONED = "Sparat och versionshanterat (git)"


def save_message(document: MeetingDocument, root: Path) -> tuple[str, SeverityLevel]:
    """The notification after a save and its severity ("information" or "warning")."""
    name = document.path.name
    if document.history_note:
        return document.history_note, "warning"
    try:
        in_git = work_tree(root) is not None
    except GitError:
        in_git = False
    if in_git:
        return f"{VERSIONED}: {name}.", "information"
    return f"Sparat i {name}.", "information"
