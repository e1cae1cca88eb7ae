"""A view (any Rich renderable) saved as an SVG or HTML picture for reports."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

WIDTH = 100
KINDS = ("svg", "html")


def render_picture(renderable: Any, kind: str, title: str = "bra") -> str:
    """The renderable drawn at 100 columns, in colour, as SVG or HTML text."""
    from brå_tui.views.printable import printable_console

    if kind not in KINDS:
        raise ValueError(f"unknown picture kind {kind!r}")
    console = printable_console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True,
                                color_system="truecolor", highlight=False, emoji=False)
    console.print(renderable)
    if kind == "svg":
        return console.export_svg(title=title)
    return console.export_html()


def write_picture(renderable: Any, path: Path, kind: str, title: str = "bra", store_root: Path | None = None) -> None:
    """Save the renderable as a picture ('svg' or 'html') to path (a new or a regular file; see export.target)."""
    from brå_tui.export.target import write_export

    write_export(Path(path), render_picture(renderable, kind, title).encode("utf-8"), store_root, replace=True)
