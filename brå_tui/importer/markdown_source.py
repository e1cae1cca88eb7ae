"""A Markdown document (CommonMark with tables, read by markdown-it-py) as the text lines a Word export gives:
headings as lines of their own after a blank line, list entries as '· text' or 'N. text', table rows as cells
separated by tabs, emphasis and links as their plain text."""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt

from brå_tui.importer.numbered import LIST_LEVEL
from brå_tui.text import fold_line as fold


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


# The keys of a Markdown file's front matter (YAML between '---' lines at its top, as static site tools and
# note-taking apps write it), compared folded, each with the label of the head line it stands for.
_FRONT_KEYS = {"title": "", "titel": "", "rubrik": "", "date": "Datum", "datum": "Datum", "time": "Tid",
               "tid": "Tid", "place": "Plats", "plats": "Plats", "location": "Plats", "lokal": "Plats",
               "attendees": "Närvarande", "participants": "Närvarande", "deltagare": "Närvarande",
               "narvarande": "Närvarande", "absent": "Anmält förhinder", "franvarande": "Anmält förhinder",
               "chair": "Ordförande", "ordforande": "Ordförande", "secretary": "Sekreterare",
               "sekreterare": "Sekreterare"}
_FRONT_LINE = re.compile(r"^(?P<key>[\w -]+?)\s*:\s*(?P<value>.*)$")


def front_matter(text: str) -> tuple[list[str], str]:
    """The head lines a Markdown file's front matter stands for, and the text after it: 'date: 2026-02-24' is
    'Datum: 2026-02-24', 'title: …' a heading, 'attendees: [A, B]' (or a list under the key) 'Närvarande: A, B',
    the same for time/tid, place/plats, chair, secretary and absent. A key bra does not know is kept as its
    line ('tags: möte'), for the import to report as a line it could not place. A file without front matter
    gives ([], text)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return [], text
    end = next((n for n, line in enumerate(lines[1:200], start=1) if line.strip() in ("---", "...")), None)
    if end is None:
        return [], text
    fields: list[tuple[str, list[str]]] = []  # (the key's label or the line as written, its values)
    for line in lines[1:end]:
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and fields and fields[-1][0].endswith(":"):
            fields[-1][1].append(_unquoted(item.group(1)))
            continue
        found = _FRONT_LINE.match(line.strip())
        key = fold(found.group("key")) if found else ""
        if found is None or key not in _FRONT_KEYS:
            fields.append((line.strip(), []))
            continue
        value = found.group("value").strip()
        values = [_unquoted(v) for v in value[1:-1].split(",") if v.strip()] if value.startswith("[") and \
            value.endswith("]") else [_unquoted(value)] if value else []
        label = _FRONT_KEYS[key]
        fields.append((f"{label}:" if label else "", values))
    out: list[str] = []
    for label, values in fields:
        if label in ("Närvarande:", "Anmält förhinder:"):
            out += [label, *values, ""]  # a list of people, a name a line
        elif label.endswith(":"):
            out += [f"{label} {', '.join(values)}"]
        elif label or values:
            out += ["", label or ", ".join(values)]  # a key bra does not know, apart from any list of people
    return out, "\n".join(lines[end + 1:])


def _unquoted(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" else value


def markdown_lines(text: str, topics: dict[int, int] | None = None) -> list[str]:
    """The document's lines as the importer reads them; topics gets the indexes of the headings below the first
    level (##, ###), each with its level (2, 3): each opens a part, an item unless it names one, as a Word heading
    does; and of the entries of a nested list, with numbered.LIST_LEVEL and up (never an item, as in Word)."""
    front, text = front_matter(text)
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
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
    if front:
        # the front matter's fields below the document's title, where a head's fields stand
        at = next((n + 1 for n, line in enumerate(lines) if line.strip()), 0) if tokens and \
            tokens[0].type == "heading_open" and tokens[0].tag == "h1" else 0
        lines[at:at] = ["", *front, ""]
        if topics is not None:
            moved = {n + (len(front) + 2 if n >= at else 0): level for n, level in topics.items()}
            topics.clear()
            topics.update(moved)
    return lines

