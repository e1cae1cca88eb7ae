"""The one failure an import reports to the user: a Swedish sentence, nothing written."""

from __future__ import annotations


class ImportFailure(Exception):
    """A file that cannot be imported; the message is one sentence for the user."""
