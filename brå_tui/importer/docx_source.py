"""A Word document's body as the same text lines Word's plain-text export gives."""

from __future__ import annotations

import re
from typing import Any

from brå_tui.text import WORD_LINE_PT


def _cell_paragraphs(cell: Any) -> list[str]:
    return [p.text.strip() for p in cell.paragraphs if p.text.strip()]


def _unique_cells(row: Any) -> list[Any]:
    cells: list[Any] = []
    for cell in row.cells:  # a merged cell is listed once per grid column it spans
        if not any(cell._tc is seen._tc for seen in cells):
            cells.append(cell)
    return cells


def _texts(row: Any) -> list[str]:
    return [" ".join(_cell_paragraphs(cell)) for cell in _unique_cells(row)]


def _row_lines(row: Any, log_like: bool, where: str, columns: bool = False) -> list[tuple[str, str]]:
    """A table row's lines, each with where it stands (where: 'tabell 1, rad 3'); columns: the table's header
    row names its columns (an empty cell then keeps its place)."""
    cells = _unique_cells(row)
    label = " ".join(_cell_paragraphs(cells[0])) if cells else ""
    if len(cells) >= 2 and label.endswith(":"):
        # A heading table ("Tid:" | "Den 9 februari …"): the label and its lines, as the text export writes them.
        rest = [(line, f"{where}, cell {n}") for n, cell in enumerate(cells[1:], start=2)
                for line in _cell_paragraphs(cell)]
        return [(f"{label}\t{rest[0][0] if rest else ''}", where), *rest[1:], ("", "")]
    if not log_like:
        # A two-column list (name | organisation, or a label without colon | its first line): one line per row;
        # in a table whose header row names its columns, an empty cell keeps its place.
        line = "\t".join(t for t in _texts(row) if t or columns)
        return [(line, where)] if line.strip() else []
    return [*(("\t" + " ".join(_cell_paragraphs(cell)), f"{where}, cell {n}") for n, cell in enumerate(cells, start=1)),
            ("", "")]


def _agenda_columns(row: Any) -> list[str] | None:
    """The parts of an agenda table's columns ('Nr | Ärende | Tid | Föredragande'), from its header row."""
    from brå_tui.importer.numbered import agenda_header

    texts = _texts(row)
    return agenda_header("\t".join(texts)) if all(texts) else None


def _agenda_lines(rows: list[Any], columns: list[str], table: int) -> list[tuple[str, str]]:
    """An agenda table as the lines of a written agenda, each with where it stands: the header row, then per row
    'N<TAB>Title' (or the title alone), the time, 'Föredragande: …' and 'Dnr …' on lines of their own, a blank
    line after each item."""
    out = [("\t".join(_texts(rows[0])), f"tabell {table}, rad 1")]
    for n, row in enumerate(rows[1:], start=2):
        cells = dict(zip(columns, _texts(row), strict=False))
        where = f"tabell {table}, rad {n}"
        if not any(cells.values()):
            continue
        title = "\t".join(x for x in (cells.get("number", ""), cells.get("title", "")) if x)
        out.append((title, where))
        for part, form in (("time", "{}"), ("presenter", "Föredragande: {}"), ("case", "Dnr {}")):
            if cells.get(part):
                out.append((form.format(cells[part]), f"{where}, cell {columns.index(part) + 1}"))
        out.append(("", ""))
    return out


def _is_log_like(table: Any) -> bool:
    """A table of three or more columns (the Logg: item, status, owner) rather than a list of people or labels:
    an attendance table (a header row 'Namn | Funktion | Organisation', or names down its first column) is a
    list of people, whatever its number of columns."""
    from brå_tui.importer.attendees import looks_like_name

    rows = list(table.rows)
    if not rows or max(len(_unique_cells(r)) for r in rows) < 3:
        return False
    firsts = [" ".join(_cell_paragraphs(r.cells[0])) for r in rows]
    if _has_columns(table):
        return False
    named = sum(1 for text in firsts if looks_like_name(re.sub(r"\s*\([^)]*\)", "", text)))
    return named * 4 < len(rows) * 3


def _has_columns(table: Any) -> bool:
    """Whether the table's first row is an attendance table's header ('Namn | Funktion | Parti/organisation'),
    perhaps after the label of the list in its first cell ('Närvarande ledamöter | Ledamot | Närvarande | …')."""
    from brå_tui.importer.sections import label_of, table_header

    rows = list(table.rows)
    texts = _texts(rows[0]) if rows else []
    if not texts:
        return False
    labelled = label_of("\t".join(texts))
    return table_header("\t".join(texts)) is not None or (
        labelled is not None and labelled[0] == "people" and table_header(labelled[2]) is not None)


class _Numbering:
    """Word's automatic list numbers, which the paragraph text leaves out: a counter per list and level."""

    def __init__(self) -> None:
        self.counters: dict[str, list[int]] = {}

    def prefix(self, paragraph: Any) -> str:
        numpr = _numpr(paragraph)
        if numpr is None or numpr.numId is None:
            return ""
        num = str(numpr.numId.val)
        level = int(numpr.ilvl.val) if numpr.ilvl is not None else 0
        counts = self.counters.setdefault(num, [0] * 9)
        counts[level] += 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        return f"{counts[level]}. " if level == 0 and _is_numbered(paragraph, num) else "· "


def _numpr(paragraph: Any) -> Any:
    """The list a paragraph belongs to: its own numbering, else its style's (Word's "List Number" style)."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return ppr.numPr
    style = paragraph.style
    while style is not None:
        spr = style.element.pPr
        if spr is not None and spr.numPr is not None:
            return spr.numPr
        style = style.base_style
    return None


def _is_numbered(paragraph: Any, num: str) -> bool:
    """Whether list num counts with digits (a bullet list is also a Word list, with a symbol instead)."""
    try:
        numbering = paragraph.part.numbering_part.element
    except (AttributeError, NotImplementedError, KeyError):
        return True
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for n in numbering.iterchildren(f"{ns}num"):
        if n.get(f"{ns}numId") != num:
            continue
        abstract = n.find(f"{ns}abstractNumId").get(f"{ns}val")
        for a in numbering.iterchildren(f"{ns}abstractNum"):
            if a.get(f"{ns}abstractNumId") == abstract:
                fmt = a.find(f"{ns}lvl/{ns}numFmt")
                return fmt is None or fmt.get(f"{ns}val") != "bullet"
    return True


def _is_heading(paragraph: Any) -> bool:
    """Whether a paragraph has one of Word's heading styles (Title, Heading 1–9, Rubrik 1–9)."""
    style = paragraph.style
    while style is not None:
        name = (style.name or "").lower()
        if name == "title" or name.startswith(("heading", "rubrik", "titel")):
            return True
        style = style.base_style
    return False


def _heading_level(paragraph: Any) -> int:
    """The level of a paragraph's heading style (Heading 2, Rubrik 2 → 2; Title → 0), 0 for any other style."""
    style = paragraph.style
    while style is not None:
        match = re.match(r"^(?:heading|rubrik)\s*(\d)$", (style.name or "").lower())
        if match:
            return int(match.group(1))
        style = style.base_style
    return 0


def _blank_lines_above(paragraph: Any) -> int:
    """The empty lines a paragraph's own spacing above stands for (bra's documents space parts this way, a line
    of the body text each, text.WORD_LINE_PT, instead of empty paragraphs): one per line, at least one from half
    a line."""
    space = paragraph.paragraph_format.space_before
    if space is None or space.pt < WORD_LINE_PT / 2:
        return 0
    return max(1, round(space.pt / WORD_LINE_PT))


def docx_lines(document: Any, topics: set[int] | None = None, origins: list[str] | None = None) -> list[str]:
    """Paragraphs as lines (spacing above one as blank lines), Word's list numbers written out ('1. ', bullets as
    '· '); a Logg-like table row as tab-indented cells and a blank line, a heading table row as 'Label:<tab>value',
    a two-column list row (name | organisation) as one line 'Name<tab>Organisation'. topics gets the indexes of
    the paragraphs in Heading 2 or deeper (Title and Heading 1 name the document): each opens a part, an item
    unless it names one.
    An agenda table (a header row 'Nr | Ärende | Tid | Föredragande') is written out as an agenda's lines.
    origins gets, for each line, where it stands ('stycke 4', 'tabell 1, rad 3, cell 2'; empty for a blank line
    put in to part the text as the export does)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from brå_tui.importer.followups import action_header

    lines: list[str] = []
    where: list[str] = []
    numbering = _Numbering()
    paragraphs = tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            paragraph = Paragraph(child, document)
            text = paragraph.text
            prefix = numbering.prefix(paragraph) if text.strip() else ""
            if text.strip() and (blanks := _blank_lines_above(paragraph)):
                lines.extend([""] * blanks)
                where.extend([""] * blanks)
            if text.strip() and _is_heading(paragraph):
                if lines and lines[-1].strip():
                    lines.append("")  # a heading style starts a part of its own, as a blank line does in text
                    where.append("")
                if topics is not None and _heading_level(paragraph) >= 2:
                    topics.add(len(lines))
            parts = (prefix + text).split("\n")
            lines.extend(parts)
            where.extend([f"stycke {paragraphs}"] * len(parts))
        elif tag == "tbl":
            tables += 1
            table = Table(child, document)
            log_like = _is_log_like(table)
            columns = not log_like and _has_columns(table)
            if log_like:
                lines.append("")  # the Logg's rows stand apart, as in the text export
                where.append("")
            rows = list(table.rows)
            agenda = _agenda_columns(rows[0]) if rows else None
            if agenda is not None:
                for line, origin in _agenda_lines(rows, agenda, tables):
                    lines.append(line)
                    where.append(origin)
                continue
            if rows and action_header("\t".join(_texts(rows[0]))) is not None:
                # An action list ('Åtgärd | Ansvarig | Klart till'): a row a line, its cells parted by tabs.
                for n, row in enumerate(rows, start=1):
                    lines.append("\t".join(_texts(row)))
                    where.append(f"tabell {tables}, rad {n}")
                lines.append("")
                where.append("")
                continue
            for n, row in enumerate(rows, start=1):
                found = _row_lines(row, log_like, f"tabell {tables}, rad {n}", columns)
                if not log_like and found and found[-1] == ("", "") and n < len(rows) and \
                        not _cell_paragraphs(_unique_cells(rows[n])[0]):
                    found.pop()  # 'Närvarande:' | 'A' over '' | 'B': the label's list goes on in the rows below
                for line, origin in found:
                    lines.append(line)
                    where.append(origin)
    if origins is not None:
        origins.extend(where)
    return lines
