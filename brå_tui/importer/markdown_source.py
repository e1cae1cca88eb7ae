"""A Markdown document (CommonMark with tables, read by markdown-it-py) as the text lines a Word export gives:
headings as lines of their own after a blank line, list entries as '· text' or 'N. text', table rows as cells
separated by tabs, emphasis and links as their plain text."""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt

from brå_tui.importer.numbered import LIST_LEVEL


def _inline(token: Any) -> str:
    """The plain text of an inline token: emphasis, code and links as their text, line breaks as new lines."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


def markdown_lines(text: str, topics: dict[int, int] | None = None) -> list[str]:
    """The document's lines as the importer reads them; topics gets the indexes of the headings below the first
    level (##, ###), each with its level (2, 3): each opens a part, an item unless it names one, as a Word heading
    does; and of the entries of a nested list, with numbered.LIST_LEVEL and up (never an item, as in Word)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    lines: list[str] = []
    lists: list[list[int]] = []  # per open list: [next number] for an ordered list, [] for a bullet list
    mark = ""  # the mark of the list entry whose first paragraph comes next
    row: list[str] = []
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            lines.append("")
            if topics is not None and token.tag != "h1":
                topics[len(lines)] = int(token.tag[1:])
        elif kind == "bullet_list_open":
            lists.append([])
        elif kind == "ordered_list_open":
            lists.append([int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                lines.append("")
        elif kind == "list_item_open" and lists:
            counter = lists[-1]
            if counter:
                mark = f"{counter[0]}. "
                counter[0] += 1
            else:
                mark = "· "
            mark = "  " * (len(lists) - 1) + mark
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            lines.append("\t".join(row))
        elif kind == "table_close":
            lines.append("")
        elif kind == "inline":
            content = _inline(token)
            if index and tokens[index - 1].type in ("th_open", "td_open"):
                row.append(" ".join(content.split()))
                continue
            parts = content.split("\n")
            if mark and len(lists) > 1 and topics is not None:
                topics[len(lines)] = LIST_LEVEL + len(lists) - 2
            lines.extend([mark + parts[0], *parts[1:]])
            mark = ""
        elif kind in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").split("\n"))
        elif kind == "paragraph_close" and not lists:
            ahead = tokens[index + 1].type if index + 1 < len(tokens) else ""
            if not (lines and lines[-1].rstrip().endswith(":") and ahead in ("bullet_list_open", "ordered_list_open")):
                lines.append("")  # a label ('**Närvarande:**') keeps the list under it as its lines
        elif kind == "hr":
            lines.append("")
    return lines

