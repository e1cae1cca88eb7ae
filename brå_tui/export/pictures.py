"""A view (any Rich renderable) saved as an SVG or HTML picture for reports."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

WIDTH = 100
KINDS = ("svg", "html")


def write_picture(renderable: Any, path: Path, kind: str, title: str = "bra") -> None:
    """Render at 100 columns with colour and save as kind ('svg' or 'html') to path."""
    from rich.console import Console

    if kind not in KINDS:
        raise ValueError(f"unknown picture kind {kind!r}")
    console = Console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True, color_system="truecolor",
                      highlight=False, emoji=False)
    console.print(renderable)
    path = Path(path)
    if kind == "svg":
        console.save_svg(str(path), title=title)
    else:
        console.save_html(str(path))
