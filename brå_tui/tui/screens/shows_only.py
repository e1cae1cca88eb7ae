"""The mark of a dialog that only shows something."""

from __future__ import annotations


class ShowsOnly:
    """A dialog that only shows something (the help, a follow-up's history, the blocked-edit notice): leaving it
    loses nothing, so another screen is chosen without asking (editing.guard.asks_before_leaving)."""
