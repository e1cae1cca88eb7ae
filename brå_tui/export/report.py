"""The yearly report (verksamhetsberättelse) as a document: md, html, txt or docx, with charts in html and docx.

The report is built once as blocks (headings, paragraphs, tables, pictures); each format renders them.
"""

from __future__ import annotations

import base64
import io
import itertools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from brå_tui.export.markdown import escape
from brå_tui.export.words import join_names
from brå_tui.model import Council
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.decisions import DecisionRow
from brå_tui.questions.report import YearReport
from brå_tui.text import one_line, printable, quoted
from brå_tui.views.format import amount, long_date
from brå_tui.views.plain import _ODD, GAP, RECORD_TEXT, RULE, cell, share
from brå_tui.views.theme import level_meaning, marked_words
from brå_tui.views.wrap import NO_BREAK, rich_lines, words

if TYPE_CHECKING:
    from rich.console import RenderableType

FORMATS = ("md", "html", "txt", "docx")
TRENDS = {"stigande": "stigande", "sjunkande": "sjunkande", "oförändrad": "oförändrad", "okänd": "–"}


@dataclass
class Block:
    """One part of the document: heading (level 1–3), paragraph, bullets, table (header and rows) or picture."""

    kind: str
    text: str = ""
    level: int = 2
    items: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    image: bytes | None = None


def _carried_out(d: DecisionRow) -> str:
    done = [f"{d.carried_out.isoformat()}" if d.carried_out else "",
            f"återrapporterat {d.reported_back.isoformat()}" if d.reported_back else ""]
    return ", ".join(x for x in done if x) or "nej"


def _titles(entries: list[LogEntry]) -> list[str]:
    return [cell(e.title + (f" ({join_names(e.owners)})" if e.owners else "")) for e in entries]


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _bare(entries: list[LogEntry]) -> list[LogEntry]:
    return [replace(e, history=[]) for e in entries]


def _level_word(level: str | None, meanings: dict[str, str]) -> str:
    return level_meaning(level, meanings) if level else "–"


def _marked_words(meanings: dict[str, str]) -> str:
    words = marked_words(meanings)
    return words[:1].upper() + words[1:]


def _which_picture(r: YearReport) -> str:
    """The picture the areas without action are read from: the year's latest, or (none reported in the year) the
    latest before it, named by its meeting."""
    key = r.uncovered[0].reported_at
    if key[:4] == str(r.year):
        return "årets senaste lägesbild"
    return f"den senaste lägesbilden, från mötet {key} (ingen redovisades under {r.year})"


def report_blocks(report: YearReport, council: Council, charts: bool = True) -> list[Block]:
    """The whole report as blocks; pictures only when charts is True and matplotlib is installed."""
    # Only what the document shows is made printable (a meeting's key and date are safe already; an entry's history
    # is not shown): not every meeting's notes and every entry's history of a busy year.
    shown = replace(report, meetings=[], opened=_bare(report.opened),
                    closed=[(replace(e, history=[]), d) for e, d in report.closed], dropped=_bare(report.dropped),
                    lost=_bare(report.lost), stalled=_bare(report.stalled),
                    open_at_year_end=_bare(report.open_at_year_end))
    report, council = replace(printable(shown), meetings=report.meetings), printable(council)
    r = report
    out = [Block("heading", f"Verksamhetsberättelse {r.year}", 1),
           Block("paragraph", f"{council.name}" + (f", {council.municipality}" if council.municipality else ""))]
    dates = ", ".join(long_date(m.date, year=False) for m in r.meetings)
    held = _plural(len(r.meetings), "möte", "möten") if r.meetings else "inga möten"
    out += [Block("heading", "Möten"),
            Block("paragraph", f"Rådet höll {held} under {r.year}" + (f": {dates}." if dates else "."))]
    if r.unheld:
        out.append(Block("paragraph", f"{_plural(len(r.unheld), 'planerat möte', 'planerade möten')} enligt "
                                      "tidplanen har passerat utan anteckningar: "
                                      + ", ".join(long_date(d, year=False) for d in r.unheld) + "."))
    if r.meetings:
        keys = [m.key for m in r.meetings]
        called = [m.key for m in r.meetings if m.called]  # only the kallelse is kept: who came is not known
        out.append(Block("heading", "Närvaro", 3))
        out.append(Block("table", header=["Namn", "Parti/organisation", *[m.date.strftime("%d/%m") for m in r.meetings],
                                          "Närvarande"],
                         rows=[[cell(a.name), cell(a.group),
                                *["X" if k in a.present else "K" if k in a.called else "–" for k in keys],
                                f"{a.count()} av {len(keys) - len(called)}"] for a in r.attendance]))
        if called:
            out.append(Block("paragraph", "K: kallad. Från " + ", ".join(
                long_date(m.date, year=False) for m in r.meetings if m.called) + " finns bara kallelsen, som säger "
                "vem som kallades men inte vem som kom; de mötena räknas inte i närvaron."))
        if r.organisations:
            out.append(Block("paragraph", "Företrädda partier och organisationer (antal möten): "
                             + ", ".join(f"{cell(org)}{NO_BREAK}{n}" for org, n in r.organisations.items()) + "."))
    out.append(Block("heading", "Beslut"))
    if r.decisions.rows:
        out.append(Block("table", header=["Datum", "Ärende och beslut", "Belopp och konto", "Verkställt"],
                         rows=[[d.meeting_key, cell(f"{d.item_title}:", d.text),
                                cell(" ".join(x for x in (amount(d.amount_sek), d.account or "") if x)),
                                _carried_out(d)] for d in r.decisions.rows]))
        sums = [f"Summa: {amount(r.decisions.total_sek)}"]
        sums += [f"{cell(account)}: {amount(total)}" for account, total in sorted(r.decisions.by_account.items())]
        out.append(Block("bullets", items=sums))
        waiting = sum(1 for d in r.decisions.rows if d.is_open)
        out.append(Block("paragraph", f"{waiting} av {len(r.decisions.rows)} beslut var inte verkställda eller "
                                      "återrapporterade när rapporten gjordes."))
    else:
        out.append(Block("paragraph", f"Rådet fattade inga beslut under {r.year}."))
    out.append(Block("heading", "Uppföljning"))
    median = (f"{r.median_days_to_close:g} dagar" if r.median_days_to_close is not None
              else "– (inget ärende avslutades)")
    out.append(Block("table", header=["", "Antal"], rows=[
        ["Nya uppföljningar", str(len(r.opened))],
        ["Avslutade", str(len(r.closed))],
        ["Avskrivna", str(len(r.dropped))],
        ["Tappade (försvann utan att avslutas)", str(len(r.lost))],
        ["Står still (öppna tre möten i rad med samma status)", str(len(r.stalled))],
        ["Öppna vid årets slut", str(len(r.open_at_year_end))],
        ["Mediantid till avslut", median],
    ]))
    for heading, entries in (("Avslutade", [e for e, _ in r.closed]), ("Tappade", r.lost), ("Står still", r.stalled),
                             ("Öppna vid årets slut", r.open_at_year_end)):
        if entries:
            out += [Block("heading", heading, 3), Block("bullets", items=_titles(entries))]
    out.append(Block("heading", "Lägesbild sociala risker"))
    periods: list[str] = []
    for area in r.areas:
        periods += [p for p, _ in area.levels if p not in periods]
    if periods:
        out.append(Block("table", header=["Område", *periods, "Trend"],
                         rows=[[cell(a.area), *[_level_word(dict(a.levels).get(p), council.levels) for p in periods],
                                TRENDS.get(a.trend, a.trend)] for a in r.areas]))
    else:
        out.append(Block("paragraph", f"Ingen lägesbild redovisades under {r.year}."))
    if r.uncovered:
        out += [Block("heading", "Områden utan åtgärd", 3),
                Block("paragraph", f"{_marked_words(council.levels)} i {_which_picture(r)}, utan öppen "
                                   "uppföljning och utan ärende sedan dess: "
                                   + ", ".join(cell(c.area) for c in r.uncovered) + ".")]
    if charts:
        out += _charts(report)
    return out


def _charts(report: YearReport) -> list[Block]:
    from brå_tui.export.charts import ChartsUnavailable, marks_chart, open_chart

    try:
        pictures = [("Lägesbilden över året", marks_chart(report)),
                    ("Öppna uppföljningar efter varje möte", open_chart(report))]
    except ChartsUnavailable:
        return []
    return [Block("picture", title, image=data) for title, data in pictures if data is not None]


def to_markdown(blocks: list[Block], pictures: bool = False) -> str:
    """The blocks as Markdown; pictures as embedded PNG images when asked (for the web page)."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "heading":
            out += ["#" * b.level + " " + escape(b.text), ""]
        elif b.kind == "paragraph":
            out += [escape(b.text), ""]
        elif b.kind == "bullets":
            out += [f"- {escape(i)}" for i in b.items] + [""]
        elif b.kind == "table":
            out.append("| " + " | ".join(escape(h) or " " for h in b.header) + " |")
            out.append("|" + "---|" * len(b.header))
            out += ["| " + " | ".join(escape(c).replace("\n", " ") for c in row) + " |" for row in b.rows]
            out.append("")
        elif b.kind == "picture" and pictures and b.image:
            out += [f"![{escape(b.text)}](data:image/png;base64,{base64.b64encode(b.image).decode('ascii')})", ""]
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


SHORT = 14  # a table column whose every line is at most this long is never wrapped (to_rich)


def to_rich(blocks: list[Block]) -> RenderableType:
    """The blocks as Rich renderables: tables wrap at word boundaries to the width they are printed at."""
    from rich.console import Group
    from rich.text import Text

    from brå_tui.views.tables import bulleted
    from brå_tui.views.tables import table as plain_table

    parts: list[RenderableType] = []
    for b in blocks:
        if b.kind == "heading":
            if parts:
                parts.append(Text())
            parts.append(Text(b.text.upper() if b.level == 1 else b.text, style="bold"))
        elif b.kind == "paragraph":
            parts.append(Text(b.text))
        elif b.kind == "bullets":
            parts.extend(bulleted("· ", i) for i in b.items)
        elif b.kind == "table":
            grid = plain_table()
            for n, heading in enumerate(b.header):
                short = all(len(line) <= SHORT for row in b.rows for line in row[n].split("\n"))
                grid.add_column(heading, overflow="fold", no_wrap=short, ratio=None if short else 1)
            for row in b.rows:
                grid.add_row(*row)
            parts.append(grid)
    return Group(*parts)


def to_text(blocks: list[Block], width: int = 80) -> str:
    """The blocks as plain text at a width (80 columns by default), tables wrapped, no trailing spaces: written
    line by line without Rich where that gives what Rich gives (plain_text), else laid out by Rich; what is held
    together by no-break spaces (a tally, 'Polisen 2') is never parted and is written with plain spaces."""
    lines = plain_text(blocks, width)
    if lines is None:
        from rich.console import Console

        console = Console(width=width, file=io.StringIO(), no_color=True, color_system=None, highlight=False,
                          emoji=False)
        console.print(to_rich(blocks))
        lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    return "\n".join(line.replace(NO_BREAK, " ").rstrip() for line in lines).strip("\n") + "\n"


def plain_text(blocks: list[Block], width: int) -> list[str] | None:
    """The lines Rich prints for to_rich(blocks) at width (before their ends are trimmed), made without Rich; None
    when some text is one only Rich lays out so (a word longer than its line, which Rich cuts; a character wider or
    narrower than one cell, a tab or a control character; a table cell Rich could read as markup; a table written as
    records that Rich draws as a grid)."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "heading":
            if out:
                out.append("")
            lines = _plain_lines(b.text.upper() if b.level == 1 else b.text, width)
        elif b.kind == "paragraph":
            lines = _plain_lines(b.text, width)
        elif b.kind == "bullets":
            lines = _bullet_lines(b.items, width)
        elif b.kind == "table":
            lines = _plain_table(b.header, b.rows, width)
        else:
            continue
        if lines is None:
            return None
        out += lines
    return out


def _bullet_lines(entries: list[str], width: int) -> list[str] | None:
    """A list's entries as lines at width, each after '· ' with its further lines under its text (as
    views.tables.bulleted draws them); None when Rich alone can lay them out."""
    out: list[str] = []
    for entry in entries:
        lines = _plain_lines(entry, width - 2)
        if lines is None:
            return None
        out += [("· " if n == 0 else "  ") + line for n, line in enumerate(lines)] or ["· "]
    return out


def _plain_lines(text: str, width: int) -> list[str] | None:
    """A Rich Text of text at width, as lines (views.wrap.rich_lines); None when Rich alone can lay it out."""
    if text.endswith("\n"):
        return None  # Rich counts the lines of such a text in its own way
    out: list[str] = []
    for line in text.split("\n"):
        wrapped = None if _ODD.search(line) else rich_lines(line, width)
        if wrapped is None:
            return None
        out += wrapped
    return out


def _plain_table(header: list[str], rows: list[list[str]], width: int) -> list[str] | None:
    """The report's table (to_rich: views.tables.WordTable, box SIMPLE_HEAD, two spaces between columns) as the
    lines Rich draws at width; None when Rich alone can draw it so."""
    count = len(header)
    columns = [[h, *(row[i] for row in rows)] for i, h in enumerate(header)]
    if any("[" in text or _ODD.search(text.replace("\n", " ")) for column in columns for text in column):
        return None  # markup Rich would read, or text of other than one cell a character
    pads = [1 if i < count - 1 else 0 for i in range(count)]
    room = width - (count - 1) - sum(pads)
    least: list[int] = []
    most: list[int] = []
    for texts, pad in zip(columns, pads, strict=True):
        # Rich measures a cell by its widest line, at most the width less the column's padding
        wide = max(min(max(map(len, text.split("\n"))), max(1, width - pad)) for text in texts)
        short = all(len(line) <= SHORT for text in texts[1:] for line in text.split("\n"))
        least.append(wide if short else max((len(w) for text in texts for w in words(text)), default=0))
        most.append(wide)
        if sum(least) > room:
            return _plain_records(header, rows, width)
    if sum(most) <= room:
        sizes = most
    else:
        sizes = [n + e for n, e in zip(least, share(room - sum(least), [m - n for n, m in zip(least, most,
                                                                                           strict=True)]),
                                       strict=True)]
    sizes = [size or (0 if pad else 1) for size, pad in zip(sizes, pads, strict=True)]  # Rich: a column is a cell
    out = _plain_row(header, sizes, bottom=True)
    if out is None:
        return None
    out.append(RULE * (sum(sizes) + len(GAP) * (count - 1)))
    for row in rows:
        lines = _plain_row(row, sizes)
        if lines is None:
            return None
        out += lines
    return out


def _plain_row(row: list[str], sizes: list[int], bottom: bool = False) -> list[str] | None:
    """One row of a table: each cell wrapped to its column as Rich wraps it, the columns two spaces apart; bottom:
    a cell of fewer lines than another stands on the last of them (as Rich writes the header)."""
    cells: list[list[str]] = []
    for text, size in zip(row, sizes, strict=True):
        lines = _plain_lines(text, size)
        if lines is None:
            return None
        cells.append(lines)
    if bottom:
        tall = max(map(len, cells), default=0)
        cells = [[""] * (tall - len(lines)) + lines for lines in cells]
    # Rich cuts a cell's line to its column (only the spaces after its last word reach past it)
    return [GAP.join(part[:size].ljust(size) for part, size in zip(parts, sizes, strict=True))
            for parts in itertools.zip_longest(*cells, fillvalue="")]


def _plain_records(header: list[str], rows: list[list[str]], width: int) -> list[str] | None:
    """A table too wide for its columns as Rich writes it (views.tables.WordTable.record_lines): each row's cells
    that are not empty as 'heading text', rows a blank line apart; None where Rich draws the records as a grid."""
    headings = [one_line(h) for h in header]
    pairs = [[(h, text) for h, text in zip(headings, row, strict=True) if text != ""] for row in rows]
    texts = [text for row in pairs for pair in row for text in pair]
    if not all(text.isprintable() and "[" not in text and ":" not in text for text in texts):
        return None
    head = max((len(h) for row in pairs for h, _ in row), default=0)
    body = max((len(text) for row in pairs for _, text in row), default=0)
    if head == 0 or head + 1 + body > width or width - head - 1 < RECORD_TEXT:
        return None
    out: list[str] = []
    for n, row in enumerate(pairs):
        if n:
            out.append("")
        out += [f"{h.ljust(head)} {text}" for h, text in row]
    return out


def to_docx(blocks: list[Block], title: str, council: Council) -> bytes:
    """The blocks as a Word document: headings, tables with a bold header row, the charts as pictures."""
    from docx.shared import Inches, Pt

    from brå_tui.export.word import new_document, spaced

    document = new_document(title, council)
    document.styles["Normal"].font.size = Pt(10)
    after_table = False  # the room a table is given below it, as spacing above what follows
    for b in blocks:
        added = []
        if b.kind == "heading":
            added.append(document.add_heading(b.text, level=0 if b.level == 1 else b.level - 1))
        elif b.kind == "paragraph" and b.text.strip():
            added.append(document.add_paragraph(b.text))
        elif b.kind == "bullets":
            added += [document.add_paragraph(i, style="List Bullet") for i in b.items if i.strip()]
        elif b.kind == "table":
            table = document.add_table(rows=1, cols=len(b.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, b.header, strict=True):
                cell.text = text
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row in b.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
            after_table = True
            continue
        elif b.kind == "picture" and b.image:
            caption = document.add_paragraph(b.text)
            caption.runs[0].bold = True
            added.append(caption)
            document.add_picture(io.BytesIO(b.image), width=Inches(6))
        if added:
            spaced(added[0], 1 if after_table else 0)
            after_table = False
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class ReportFormatError(Exception):
    """The report cannot be made in the format asked for; one sentence for the user."""


def render_report(report: YearReport, council: Council, fmt: str, width: int = 80) -> bytes:
    """The report in a format: md, html, txt (UTF-8, wrapped to width) or docx."""
    title = f"Verksamhetsberättelse {council.short_name} {report.year}".replace("  ", " ")
    if fmt == "txt":
        return to_text(report_blocks(report, council, charts=False), width).encode("utf-8")
    if fmt == "md":
        return to_markdown(report_blocks(report, council, charts=False)).encode("utf-8")
    if fmt == "html":
        from brå_tui.export.html import to_html

        return to_html(to_markdown(report_blocks(report, council), pictures=True), title).encode("utf-8")
    if fmt == "docx":
        try:
            import docx  # noqa: F401
        except ImportError:
            raise ReportFormatError("För .docx behövs python-docx; installera bra som README visar.") from None
        return to_docx(report_blocks(report, council), title, council)
    raise ReportFormatError(f"Okänt format {quoted(fmt)}; välj bland {', '.join(FORMATS)}.")
