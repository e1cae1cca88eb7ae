"""`--html FILE` and `--svg FILE` for the commands that print a view: the same view as a picture for reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from brå_tui.cli.common import store_root, write_output


def add_picture_options(parser: argparse.ArgumentParser) -> None:
    """Give a view command its --html and --svg options."""
    parser.add_argument("--html", metavar="FIL", help="spara vyn som HTML i FIL (för rapporter)")
    parser.add_argument("--svg", metavar="FIL", help="spara vyn som SVG-bild i FIL (för rapporter)")
    parser.add_argument("--force", action="store_true", help="skriv över bildfilen om den redan finns")


def save_pictures(args: argparse.Namespace, renderable: Any, title: str) -> bool:
    """Write the pictures asked for; True when any was asked (then the view is not printed)."""
    from brå_tui.export.pictures import render_picture

    named = [(kind, getattr(args, kind, None)) for kind in ("html", "svg")]
    asked = [(kind, Path(name)) for kind, name in named if name]
    for kind, path in asked:
        write_output(path, render_picture(renderable, kind, title).encode("utf-8"), store_root(args), args.force)
    return bool(asked)
