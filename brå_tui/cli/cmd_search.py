"""`bra search TEXT`: full-text search over every meeting."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import UsageError, add_json, console, open_store, print_json


def register(subparsers: Any) -> None:
    """Add the search command."""
    parser = subparsers.add_parser(
        "search", help="sök i alla möten",
        description="Söker i alla möten utan hänsyn till stora och små bokstäver eller accenter; "
                    "alla ord måste finnas på samma ställe.")
    parser.add_argument("text", metavar="TEXT", nargs="+", help="ordet eller orden att söka efter")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print every hit."""
    query = " ".join(args.text).strip()
    if not query:
        raise UsageError("Ange något att söka efter.")
    from brå_tui.questions.search import search
    from brå_tui.views.search import search_view

    store = open_store(args)
    hits = search(store, query)
    if args.json:
        print_json({"query": query, "hits": [{"meeting_key": h.meeting_key, "date": h.date, "section": h.section,
                                              "title": h.title, "snippet": h.snippet,
                                              "spans": [list(s) for s in h.spans]} for h in hits]})
        return 0
    console().print(search_view(hits, query))
    return 0
