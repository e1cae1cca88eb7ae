"""The one table shape every view uses: a header rule, no side borders, two spaces between columns."""

from __future__ import annotations

from rich import box
from rich.table import Table


def table(**options: object) -> Table:
    """A plain table that wraps text and keeps columns two spaces apart."""
    settings: dict[str, object] = dict(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    settings.update(options)
    return Table(**settings)  # type: ignore[arg-type]
