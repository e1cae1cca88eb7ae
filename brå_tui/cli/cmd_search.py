"""`bra search TEXT`: full-text search over every meeting."""

from __future__ import annotations

import argparse
from typing import Any

from brå_tui.cli.common import (
    UsageError,
    add_json,
    console,
    more_note,
    open_index,
    piped,
    plain_width,
    print_json,
    rows_shown,
    write_lines,
)


def register(subparsers: Any) -> None:
    """Add the search command."""
    parser = subparsers.add_parser(
        "search", help="sök i alla möten",
        description="Söker i alla möten utan hänsyn till stora och små bokstäver eller accenter (å, ä och ö "
                    "söks som a och o, ø som o, æ som ae, ß som ss, ligaturer som ﬁ som f och i). Varje ord "
                    "söks som början på ett ord, och alla ord måste finnas på "
                    "samma ställe. De bästa träffarna visas först.")
    parser.add_argument("text", metavar="TEXT", nargs="+", help="ordet eller orden att söka efter")
    parser.add_argument("--all", action="store_true", help="visa alla träffar även i en terminal")
    add_json(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print every hit."""
    query = " ".join(args.text).strip()
    if not query:
        raise UsageError("Ange något att söka efter.")
    from brå_tui.questions.search import hits, search, words_of
    from brå_tui.store.queries import match_expression

    with open_index(args) as index:
        if args.json:
            found, _ = search(index, query)
            print_json({"query": query, "hits": [{"meeting_key": h.meeting_key, "date": h.date, "section": h.section,
                                                  "title": h.title, "snippet": h.snippet,
                                                  "spans": [list(s) for s in h.spans]} for h in found]})
            return 0
        limit = rows_shown(args)
        if limit is None:
            from brå_tui.views.searchlines import search_lines

            expression = match_expression(query)
            total = search(index, query, 0)[1]
            found_all = hits(index, expression, words_of(query)) if expression else iter(())
            write_lines(search_lines(found_all, query, total, plain_width(), whole_rows=piped()))
            return 0
        from brå_tui.views.search import search_view

        found, total = search(index, query, max(3, limit // 3))  # a hit takes three lines
        console().print(search_view(found, query, total, more_note(len(found), total, "träffar", "bästa")))
    return 0
