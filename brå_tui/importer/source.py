"""Read a note file (plain-text export or .docx) into one stream of text lines."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.importer.errors import ImportFailure
from brå_tui.importer.header import parse_tid
from brå_tui.importer.ledger import MAIL_HEADER, Ledger, as_line
from brå_tui.store.parse import Unreadable, read_bytes
from brå_tui.text import CAPITAL, UNSAFE, shown_name, without_escapes
from brå_tui.text import fold_line as fold

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
"""The most a .docx may unpack to, in bytes: ten times the largest file read, far above any real set of minutes
(a hundred pages with pictures unpacks to a few MB), far below what would exhaust the machine (a "zip bomb")."""
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_PAGE = re.compile(r"^\s*Sida \d+\s*$")
# What an address footer holds ('Vansbro kommun · Box 1 · 780 50 Vansbro · www.vansbro.se'): two of them make one,
# on a line that is no labelled field ('Plats: Stadshuset, Box 1, 780 50 Vansbro' is the meeting's place).
_ADDRESS = re.compile(r"\bwww\.|\bbox\s+\d+|\b\d{3}\s?\d{2}\s+[" + CAPITAL + r"]|[\w.-]+@[\w-]+\.\w+|"
                      r"\b(?:tel|telefon|växel)\b\.?\s*:?\s*[+\d]|\borg(?:anisations)?\.?\s*nr\b", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*[^\W\d][\w ]{0,30}:")


def address_footer(line: str) -> bool:
    """Whether a line is the organisation's address as a page footer or letterhead ('Sävsjö kommun | Box 502 |
    576 25 Sävsjö | www.savsjo.se')."""
    text = line.strip()
    return len(text) <= 120 and len(_ADDRESS.findall(text)) >= 2 and not _LABELLED.match(text)


# A ruler drawn with characters across the page ('-----', '=====', '—————'), a signature's dotted or underscored
# line excepted (sections.py reads those as signatures).
_RULER = re.compile(r"^\s*([-=—–~*#])\1{2,}\s*$")
# A running page header or footer: "… KALLELSE SIDA 2 (2)", "Sida 3 av 7", "2 (5)" alone on its line or as the
# last cell of a header table ("KUMLA KOMMUN<TAB>SAMMANTRÄDESPROTOKOLL<TAB>3 (4)").
_PAGE_MARK = re.compile(r"(?:\bsida\s*(?P<a>\d+)\s*(?:\(\s*\d+\s*\)|av\s+\d+)|"
                        r"(?:^|\t|\s{2,})\s*(?P<b>\d+)\s*\(\s*\d+\s*\)\s*$)", re.IGNORECASE)


@dataclass
class Note:
    """A note's text lines with the page furniture taken out (each a Line of ledger), what reading it had to say
    (an encoding guessed), and the ledger of every line as read, page furniture included, set aside there."""

    lines: list[str]
    ledger: Ledger
    remarks: list[str] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)  # indexes in lines where a page header or footer stood
    # index in lines of a heading (Word, ##) → its level; of an entry in a list's deeper level → numbered.LIST_LEVEL+
    topics: dict[int, int] = field(default_factory=dict)
    furniture: list[str] = field(default_factory=list)  # the page headers and footers set aside (Lines)
    sent: dt.date | None = None  # the day the e-mail holding the notes was sent ('Skickat: den 12 mars 2026 16:42')


def read_note(path: Path) -> Note:
    """The file as a Note; ImportFailure when it cannot be read."""
    remarks: list[str] = []
    raw_topics: dict[int, int] = {}
    origins: list[str] = []
    furniture: set[int] = set()
    lines = _raw_lines(path, remarks, raw_topics, origins, furniture)
    running = _running_lines(lines)
    texts = clean(lines)
    controlled = [n for n, text in enumerate(texts) if UNSAFE.search(text)]
    for n in controlled:
        texts[n] = without_escapes(texts[n])
    note = Note([], Ledger.of(texts, origins), remarks)
    for n in controlled:  # whatever the line becomes (a field, a title, a note), it says it lost them
        note.ledger.doubt(note.ledger.lines[n], "raden innehöll styrtecken, som togs bort; kontrollera vad den blev")
    for index in sorted(furniture):
        line = note.ledger.lines[index]
        note.ledger.aside(line, "sidhuvud eller sidfot")
        if line.strip():
            note.furniture.append(line)
    for index in _mail_headers(note.ledger.lines):
        note.ledger.aside(note.ledger.lines[index], MAIL_HEADER)
        furniture.add(index)
        sent = _MAIL_FIELD.match(note.ledger.lines[index])
        if sent is not None and fold(sent.group("field")) in ("skickat", "sent", "datum", "date"):
            note.sent = parse_tid(note.ledger.lines[index])[0] or note.sent  # the last header's: the mail's own
    _page_furniture(note, raw_topics, furniture, running)
    return note


# An e-mail's header fields, as a mail program writes them above the text when the notes come as a mail (or a
# forwarded one): 'Från: Karin Lööf <karin@…>', 'Skickat: den 12 mars 2026 16:42', 'Till:', 'Kopia:', 'Ämne:'.
_MAIL_FIELD = re.compile(r"^\s*(?P<field>från|from|skickat|sent|datum|date|till|to|kopia|cc|hemlig kopia|bcc|ämne|"
                         r"subject|bifogade filer|bilagor|attachments|prioritet|importance)\s*:", re.IGNORECASE)
_MAIL_FORWARD = re.compile(r"^\s*-{2,}\s*(?:ursprungligt meddelande|vidarebefordrat meddelande|original message|"
                           r"forwarded message)\s*-{2,}\s*$", re.IGNORECASE)


def _mail_headers(lines: Sequence[str]) -> list[int]:
    """The indexes of the lines of every e-mail header in a note (and the '----- Ursprungligt meddelande -----'
    line over a forwarded one): a run of header fields with a sender (Från/From) and at least one of Skickat,
    Till or Ämne. Such a header is the mail's, never the meeting's: its date is the day the mail was sent."""
    out: list[int] = []
    index = 0
    while index < len(lines):
        run = index
        while run < len(lines) and _MAIL_FIELD.match(lines[run]):
            run += 1
        fields = {fold(m.group("field")) for n in range(index, run) if (m := _MAIL_FIELD.match(lines[n]))}
        if fields & {"fran", "from"} and fields & {"skickat", "sent", "till", "to", "amne", "subject"}:
            above = index - 1 if index and _MAIL_FORWARD.match(lines[index - 1]) else index
            out.extend(range(above, run))
        index = max(run, index + 1)
    return out


def _running_lines(lines: list[str], edge: int = 3) -> set[int]:
    """The indexes of the running header and footer lines of a text parted into pages by form feeds (what a PDF's
    or Word's text export writes between pages): a line among the first or last few lines with text of every page
    (edge of them), the same on each (the first page's own header and the last page's missing footer allowed); on
    the first page only those at its foot (its top is the document's own heading). Empty for a text of one page."""
    starts = [0, *(n for n, line in enumerate(lines) if "\f" in line)]
    pages = [range(a, b) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    if len(pages) < 2:
        return set()
    edges: list[dict[str, list[int]]] = []
    for page in pages:
        filled = [n for n in page if lines[n].replace("\f", "").strip()]
        near: dict[str, list[int]] = {}
        for n in dict.fromkeys([*filled[:edge], *filled[-edge:]]):
            near.setdefault(" ".join(lines[n].replace("\f", "").split()), []).append(n)
        edges.append(near)
    # on every page; the first page may have a header of its own and the last may end before its footer
    middle = [set(near) for near in edges[1:-1]]
    common = {text for text in set().union(*(set(near) for near in edges))
              if all(text in near for near in middle) and sum(text in near for near in edges) >= 2
              and _furniture_like(text)}
    first = [n for n in pages[0] if lines[n].strip()]
    first_top = set(first[:edge]) - set(first[-edge:])
    return {n for near in edges for text in common for n in near.get(text, []) if n not in first_top}


def _furniture_like(text: str) -> bool:
    """Whether a line repeated at the top or foot of every page can be a page header or footer: one with a page
    number ('Sida 2 (3)'), or a short line that is no sentence ('Malmö stad, Trygghetsutskottet', 'Justerandes
    sign'). A sentence, and a decision above all ('Rådet beslutar att lägga informationen till handlingarna.',
    the last line of every page of a protocol with an item a page), and the heading of an item's part ('Beslut',
    'Ärendebeskrivning', near the top of every such page) belong to the text however often they come."""
    from brå_tui.importer.decisions import opens_decision
    from brå_tui.importer.numbered import item_part_heading

    if page_mark(text) is not None:
        return True
    return len(text.split()) <= _FURNITURE_WORDS and not text.endswith((".", "!", "?")) and \
        not opens_decision(text) and not item_part_heading(text)


# The most words a page header or footer without a page number has ('Brottsförebyggande rådet i Hofors kommun').
_FURNITURE_WORDS = 10
# How many lines a page header or footer runs to beside its page number ('KOMMUN<TAB>PROTOKOLL<TAB>Sida 2(3)' /
# 'Brottsförebyggande rådet<TAB>Sammanträdesdatum' / '<TAB>2025-10-14').
_HEADER_DEPTH = 3


def _beside_mark(lines: Sequence[str], mark: int, step: int, marks: list[int], furniture: set[int]) -> list[int]:
    """The indexes of the lines with text next to a page mark, going by step (1: down, -1: up), each at most one
    blank line from the one before it, up to _HEADER_DEPTH of them; none past another mark, a Word document's
    furniture or a ruler line."""
    out: list[int] = []
    at = mark
    while len(out) < _HEADER_DEPTH:
        near = range(at + step, at + 3 * step, step)
        j = next((k for k in near if 0 <= k < len(lines) and lines[k].strip()), None)
        if j is None or j in marks or j in furniture or _RULER.match(lines[j]):
            break
        out.append(j)
        at = j
    return out


def without_page_mark(line: str) -> str:
    """A page header's line without its page number ('KUMLA KOMMUN<TAB>PROTOKOLL<TAB>1 (4)' → '…<TAB>PROTOKOLL')."""
    return _PAGE_MARK.sub("", line).rstrip()


def page_mark(line: str) -> int | None:
    """The page number of a running page header or footer line ('… SIDA 2 (2)', '…<TAB>3 (4)'), else None."""
    match = _PAGE_MARK.search(line)
    if match is None or len(line.strip()) > 100:
        return None
    return int(match.group("a") or match.group("b"))


def _page_furniture(note: Note, topics: dict[int, int], furniture: set[int], running: set[int] | None = None
                    ) -> None:
    """Set aside the page headers and footers ('Sida 2' alone, '… KALLELSE SIDA 2 (2)'), the lines that come with
    each of them, below or above it (up to _HEADER_DEPTH), each when it is the same at its place on every page
    ('Lokala brottsförebyggande rådet<TAB>Sammanträdesdatum<TAB>2023-09-20', 'Sävsjö kommun      PROTOKOLL' over
    '…      Sida 2 av 2', 'Brottsförebyggande rådet<TAB>Sammanträdesdatum' / '<TAB>2025-10-14'), the
    organisation's address as a footer, and ruler lines ('-----', '=====') wherever they stand. The header of page
    1, standing before the text, is the document's own heading: it stays, without its page number, since it may
    name the document's kind and date. Where furniture was taken out, the text has a page break (Note.breaks), and
    a sentence broken there runs on. topics: the levels of the headings and list entries, kept in Note.topics.
    furniture: the indexes of a Word document's page headers and footers, set aside already and no part of the
    text; running: the lines repeated at the top or foot of every page of a text parted by form feeds
    (_running_lines), set aside as page headers and footers whatever they say."""
    ledger = note.ledger
    lines = ledger.lines
    marks = [i for i, line in enumerate(lines) if page_mark(line) is not None and i not in furniture]
    following = {i: _beside_mark(lines, i, 1, marks, furniture) for i in marks}
    preceding = {i: _beside_mark(lines, i, -1, marks, furniture) for i in marks}
    companions: set[int] = set()
    for found in (following, preceding):
        for depth in range(_HEADER_DEPTH):
            # a line at the same place beside two or more marks, the lines between it and its mark companions too
            at = {i: near[depth] for i, near in found.items() if len(near) > depth and
                  all(j in companions for j in near[:depth])}
            texts = [" ".join(lines[j].split()) for j in at.values()]
            companions |= {j for j in at.values() if texts.count(" ".join(lines[j].split())) > 1 and
                           _furniture_like(" ".join(lines[j].split()))}
    first_page = next((i for i in marks if page_mark(lines[i]) == 1 and
                       not any(line.strip() for line in lines[:i])), None)
    # Page 1's header stays as the document's heading: the companions below its mark, or above the first mark with
    # nothing before them.
    heading = set(following.get(first_page, [])) if first_page is not None else {
        j for near in preceding.values() for j in near
        if all(k in near or not lines[k].strip() for k in range(j))}
    for index, line in enumerate(lines):
        if index in furniture:
            continue
        if index == first_page:
            note.lines.append(as_line(without_page_mark(line), line))
            continue
        if _PAGE.match(line) or _RULER.match(line):  # 'Sida 2' alone: Word's page number, no page break
            ledger.aside(line, "sidhuvud eller sidfot" if _PAGE.match(line) else "linje")
            continue
        if address_footer(line):
            ledger.aside(line, "sidhuvud eller sidfot")
            note.breaks.add(len(note.lines))
            continue
        if index in marks or (index in companions and index not in heading) or index in (running or ()):
            ledger.aside(line, "sidhuvud eller sidfot")
            note.breaks.add(len(note.lines))
            note.furniture.append(line)  # the header's date may be the day a notice was issued
            continue
        if index in topics:
            note.topics[len(note.lines)] = topics[index]
        note.lines.append(line)
    _join_across_breaks(note)


def _join_across_breaks(note: Note) -> None:
    """A sentence that runs on over a page break ('… känner sig trygga' / footer, header / 'utomhus på
    kvällstid, …') is one paragraph: the blank lines around the page furniture between its parts are left out
    of the text (they stay blank lines in the ledger)."""
    lines = note.lines
    drop: set[int] = set()
    for at in sorted(note.breaks):
        before = at - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        after = at
        while after < len(lines) and not lines[after].strip():
            after += 1
        if before >= 0 and after < len(lines) and not lines[before].rstrip().endswith((".", "!", "?", ":", ";")) \
                and lines[after].lstrip()[:1].islower():
            drop |= set(range(before + 1, after))
    if not drop:
        return
    kept = [n for n in range(len(lines)) if n not in drop]
    new_index = {old: new for new, old in enumerate(kept)}

    def moved(old: int) -> int:
        return next((new_index[n] for n in range(old, len(lines)) if n in new_index), len(kept))

    note.lines = [lines[n] for n in kept]
    note.breaks = {moved(n) for n in note.breaks}
    note.topics = {moved(n): level for n, level in note.topics.items()}


# Documents import does not read, by their first bytes, and what each is called in a message.
_OTHER_DOCUMENTS = {
    b"\xd0\xcf\x11\xe0": "i Words gamla format (.doc)",
    b"{\\rtf": "i RTF-format (.rtf)",
    b"%PDF-": "en PDF",
}
_NOT_DOCX = tuple(_OTHER_DOCUMENTS)


def _raw_lines(path: Path, remarks: list[str], topics: dict[int, int], origins: list[str], furniture: set[int]
               ) -> list[str]:
    """The file's lines; origins gets where each stands in a Word document ('stycke 4', 'tabell 1, rad 3'), and
    furniture the indexes of its page headers' lines (before the body's) and footers' lines (after it)."""
    try:
        data = read_bytes(path, MAX_BYTES)  # never waits on a FIFO, never reads a device or a folder
    except Unreadable as err:
        raise ImportFailure(f"{shown_name(path)}: {err}.") from None
    if not data:
        raise ImportFailure(f"Filen {shown_name(path)} är tom.")
    if data.startswith(b"PK\x03\x04") or (path.suffix.lower() == ".docx" and not data.startswith(_NOT_DOCX)):
        return _docx_lines(path, data, topics, origins, furniture, remarks)  # what the file holds decides, not its name
    kind = next((kind for magic, kind in _OTHER_DOCUMENTS.items() if data.startswith(magic)),
                _OTHER_DOCUMENTS[b"\xd0\xcf\x11\xe0"] if path.suffix.lower() == ".doc" else None)
    if kind is not None:
        raise ImportFailure(f"Filen {shown_name(path)} är {kind}, som bra inte läser; "
                            "spara den som .docx eller som vanlig text (UTF-8).")
        return _docx_lines(path, data, topics, origins, furniture, remarks)
    lines = _text_lines(path, data, remarks)
    if path.suffix.lower() in (".md", ".markdown"):
        from brå_tui.importer.markdown_source import markdown_lines

        return markdown_lines("\n".join(lines), topics)
    return _pipe_tables(lines)


# The rule under a table's header row typed with '|' ('---|---', '|:---|---:|').
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def row_cells(line: str) -> list[str]:
    """The cells of a line that is one row of a table: parted by tabs, or typed with '|' between them ('Byta
    armaturer | Serviceförvaltningen | 30 april', pipe_cells); [the line] for a line of one cell."""
    if "\t" in line.strip():
        return [c.strip() for c in line.strip(" \n").split("\t")]
    return pipe_cells(line) or [line.strip()]


def table_row(line: str) -> list[str] | None:
    """The filled cells of a line that is a row of a table (row_cells) with text in its first cell, None for a line
    of one cell, a number before a title ('2.<TAB>Belysning i parken') or a label before its value ('Nästa möte:<TAB>17
    mars')."""
    cells = [c for c in row_cells(line) if c]
    if len(cells) < 2 or not re.search(r"[^\W\d]", cells[0]) or cells[0].endswith(":"):
        return None
    return cells


def pipe_cells(line: str) -> list[str]:
    """The cells of a line typed with '|' between them ('Åtgärd | Ansvarig | Senast', '| A | B |'); [] for a line
    without '|' or with a tab (a table the text export wrote already)."""
    if "|" not in line or "\t" in line:
        return []
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _pipe_tables(lines: list[str]) -> list[str]:
    """A text's tables typed with '|' between the cells, as the lines Word's text export gives a table: the cells
    parted by tabs, the rule under the header row a ruler line ('-----', set aside). A table is two or more lines
    in a row with the same number of cells (two or more); a single line with a '|' is text."""
    out = list(lines)
    n = 0
    while n < len(lines):
        width = len(pipe_cells(lines[n]))
        end = n + 1
        while width >= 2 and end < len(lines) and (len(pipe_cells(lines[end])) == width or
                                                    _PIPE_RULE.match(lines[end])):
            end += 1
        if width >= 2 and end - n >= 2:
            for k in range(n, end):
                out[k] = "-----" if _PIPE_RULE.match(lines[k]) else "\t".join(pipe_cells(lines[k]))
        n = end
    return out


def _text_lines(path: Path, data: bytes, remarks: list[str]) -> list[str]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Word's "Unicode" text export
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailure(f"Filen {shown_name(path)} är trasig UTF-16-text och kan inte läsas.") from None
    if b"\x00" in data:
        raise ImportFailure(f"Filen {shown_name(path)} är ingen textfil i UTF-8 "
                            "(spara anteckningarna som vanlig text, UTF-8).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _windows_text(path, data, remarks)
    if not text.strip():
        raise ImportFailure(f"Filen {shown_name(path)} är tom.")
    # A form feed (a PDF's or Word's text export's page break) ends the line it stands in: the text after it is the
    # next page's first line ('… till handlingarna.\f§ 2 Skolan').
    return _FORM_FEED.sub("\n\f", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")


_FORM_FEED = re.compile(r"(?<=[^\n])\f")


def _windows_text(path: Path, data: bytes, remarks: list[str]) -> str:
    """Text that is not all UTF-8: each line's UTF-8 kept, the bytes that are not UTF-8 read as Windows-1252 (what
    Swedish Word's "save as text" gives; a UTF-8 file someone added to in another editor has a few), with a remark
    in the report. ImportFailure when it is mostly control bytes (no text at all); a stray ESC or C1 byte is no
    reason to refuse a file (what comes from a file is shown with its controls made visible)."""
    lines, odd_lines = [], []
    utf8 = False
    for number, raw in enumerate(_LINE_BREAK.split(data), start=1):
        line, bad = _line_text(raw)
        lines.append(line)
        if bad:
            odd_lines.append(number)
        utf8 = utf8 or (any(ord(c) > 127 for c in line) and not bad)
    text = "\n".join(lines)
    odd = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n\f\v")
    if odd > len(text) // 10:
        raise ImportFailure(f"Filen {shown_name(path)} är ingen textfil (spara anteckningarna som vanlig text, UTF-8).")
    if utf8:
        shown = ", ".join(map(str, odd_lines[:10])) + (" …" if len(odd_lines) > 10 else "")
        remarks.append(f"Filen är UTF-8 men rad {shown} hade tecken i Windows-1252; de lästes som Windows-1252 "
                       "– kontrollera å, ä och ö där.")
    else:
        remarks.append("Filen var inte UTF-8 utan Windows-1252 (det Words ”Spara som text” ger); "
                       "den lästes som Windows-1252 – kontrollera å, ä och ö.")
    return text


def _line_text(raw: bytes) -> tuple[str, bool]:
    """One line's text: UTF-8 where it is, every other byte as Windows-1252 (U+FFFD for the five bytes that are
    nothing there); and whether any byte was not UTF-8. Linear in the line's length, however many bytes are not
    UTF-8."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors=_WINDOWS_1252), True


def _as_windows_1252(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 could not read, read as Windows-1252 instead."""
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


_WINDOWS_1252 = "brå-windows-1252"
codecs.register_error(_WINDOWS_1252, _as_windows_1252)


def _docx_lines(path: Path, data: bytes, topics: dict[int, int], origins: list[str], furniture: set[int],
                remarks: list[str]) -> list[str]:
    try:
        unpacked = sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ImportFailure(f"Filen {shown_name(path)} är ingen Word-fil (.docx) och kan inte läsas.") from None
    if unpacked > MAX_UNPACKED:
        raise ImportFailure(f"Filen {shown_name(path)} packas upp till {unpacked // 2**20} MB, mer än de "
                            f"{MAX_UNPACKED // 2**20} MB en Word-fil med anteckningar kan vara; den läses inte.")
    try:
        import docx
    except ImportError:
        from brå_tui.extras import missing_message

        raise ImportFailure(missing_message("docx", "att läsa .docx")) from None
    from brå_tui.importer.docx_source import docx_lines, page_furniture_lines, show_as_word

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a zip that is not a Word document
        raise ImportFailure(f"Filen {shown_name(path)} är ingen Word-fil (.docx) och kan inte läsas.") from None
    remarks.extend(show_as_word(document).remarks())
    body_topics: dict[int, int] = {}
    body_origins: list[str] = []
    body = docx_lines(document, body_topics, body_origins)
    if not any(line.strip() for line in body):
        raise ImportFailure(f"Filen {shown_name(path)} är tom.")
    headers, footers = page_furniture_lines(document)
    topics.update((n + len(headers), level) for n, level in body_topics.items())
    furniture.update(range(len(headers)))
    furniture.update(range(len(headers) + len(body), len(headers) + len(body) + len(footers)))
    origins.extend([where for _, where in headers] + body_origins + [where for _, where in footers])
    return [text for text, _ in headers] + body + [text for text, _ in footers]


# The '@' of a mention before a name, as Teams, Loop and chat notes write people ('Anteckningar: @Josefin Kron');
# never an e-mail address's ('anna@kommun.se').
_MENTION = re.compile(r"(?<![\w.@])@(?=[" + CAPITAL + r"])")


def clean(lines: list[str]) -> list[str]:
    """Drop Word's export noise from each line: bookmark markers, no-break spaces, form feeds, trailing spaces; and
    the '@' of a mention before a name ('@Josefin Kron' is Josefin Kron)."""
    return [_MENTION.sub("", _BOOKMARK.sub("", line)).replace("\u00a0", " ").replace("\f", "").rstrip(" ")
            for line in lines]
