"""A Word document's body as the same text lines Word's plain-text export gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from brå_tui.importer.numbered import AGENDA_LABELS, LIST_LEVEL, case_number_of, typed_number
from brå_tui.text import WORD_LINE_PT


def _cell_paragraphs(cell: Any) -> list[str]:
    """A cell's lines: each paragraph, and each part of one that a line break ends ('Datum', '2026-02-24')."""
    return [part.strip() for p in cell.paragraphs for part in p.text.split("\n") if part.strip()]


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
    if not log_like and not columns and len(cells) == 2 and (people := _people_in_cell(label, cells[1])):
        # 'Beslutande' | 'Helena Åkesson (M), ordförande⏎Johan Berg (S)⏎Siv Lund (KD)': a person a line, as the text
        # export writes the cell's lines under the label's first one.
        return [(f"{label}\t{people[0]}" if label else f"\t{people[0]}", where),
                *((f"\t{person}", f"{where}, cell 2") for person in people[1:])]
    if not log_like:
        # A two-column list (name | organisation, or a label without colon | its first line): one line per row;
        # in a table whose header row names its columns, an empty cell keeps its place.
        texts = _texts(row)
        line = "\t".join(t for t in texts if t or columns)
        if texts and not texts[0] and not columns and line:
            line = "\t" + line  # the second column's alone (a two-column head's list of people), as text writes it
        return [(line, where)] if line.strip() else []
    return [*(("\t" + " ".join(_cell_paragraphs(cell)), f"{where}, cell {n}") for n, cell in enumerate(cells, start=1)),
            ("", "")]


def _people_in_cell(label: str, cell: Any) -> list[str]:
    """The people of a cell beside a people label ('Beslutande', 'Övriga deltagare') or beside an empty cell under
    one, one a line (each paragraph, or each part a line break ends), when the cell has several lines that read as
    people: each line opening with a name is a person, one that does not goes on the line before it (beside a
    label), or makes the cell no list of people (beside an empty cell). [] when the cell is no such list."""
    from brå_tui.importer.attendees import looks_like_name
    from brå_tui.importer.labels import label_of

    lines = _cell_paragraphs(cell)
    if len(lines) < 2:
        return []
    read = label_of(label) if label else None
    if label and (read is None or read[0] != "people" or read[2]):
        return []
    people: list[str] = []
    for line in lines:
        if looks_like_name(re.split(r"\s*[,(]", line, maxsplit=1)[0].strip()):
            people.append(line)
        elif people and label:
            people[-1] = f"{people[-1]} {line}"
        else:
            return []
    return people if len(people) > 1 else []


def _nested_lines(row: Any, where: str) -> list[tuple[str, str]]:
    """The rows of the tables nested in a row's cells (a list of people laid out in the cell beside 'Närvarande'),
    each as a line of its cells parted by tabs, with where it stands ('tabell 1, rad 3, cell 2, tabell 1, rad 2');
    tables nested in those follow their row, however deep, so that no text in the document is left unread."""
    out: list[tuple[str, str]] = []
    pending = [(row, where)]  # depth first, in document order, without recursion (a file may nest 1000 deep)
    while pending:
        current, place = pending.pop()
        found: list[tuple[Any, str]] = []
        for c, cell in enumerate(_unique_cells(current), start=1):
            for t, table in enumerate(cell.tables, start=1):
                for r, inner in enumerate(table.rows, start=1):
                    found.append((inner, f"{place}, cell {c}, tabell {t}, rad {r}"))
        if current is not row:
            line = "\t".join(text for text in _texts(current) if text)
            if line.strip():
                out.append((line, place))
        pending.extend(reversed(found))
    return out


def _agenda_columns(row: Any) -> list[str] | None:
    """The parts of an agenda table's columns ('Nr | Ärende | Tid | Föredragande'), from its header row."""
    from brå_tui.importer.numbered import agenda_header

    texts = _texts(row)
    return agenda_header("\t".join(texts)) if all(texts) else None


def _agenda_lines(rows: list[Any], columns: list[str], table: int) -> list[tuple[str, str]]:
    """An agenda table as the lines of a written agenda, each with where it stands: the header row, then per row
    'N<TAB>Title' (or the title alone), the time, 'Föredragande: …', 'Dnr …' and the decision, proposal and papers
    (numbered.AGENDA_LABELS) on lines of their own, a blank line after each item."""
    out = [("\t".join(_texts(rows[0])), f"tabell {table}, rad 1")]
    for n, row in enumerate(rows[1:], start=2):
        cells = dict(zip(columns, _texts(row), strict=False))
        where = f"tabell {table}, rad {n}"
        if not any(cells.values()):
            continue
        title = "\t".join(x for x in (cells.get("number", ""), cells.get("title", "")) if x)
        out.append((title, where))
        out.extend(_nested_lines(row, where))
        at = {part: n for n, part in enumerate(columns, start=1)}
        if cells.get("papers") and not cells.get("case") and (case := case_number_of(cells["papers"])):
            cells["case"], at["case"] = case, at["papers"]  # 'Handling: Dnr KS 2026/144': the case number
            del cells["papers"]
        for part, form in (("time", "{}"), ("presenter", "Föredragande: {}"), ("case", "Dnr {}"),
                           *AGENDA_LABELS.items()):
            if cells.get(part):
                out.append((form.format(cells[part]), f"{where}, cell {at[part]}"))
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


def _is_logg(table: Any, under_logg_heading: bool) -> bool:
    """Whether a table of three or more columns is the Logg (item, status, owner): under the Logg's heading, or with
    the Logg's header row ('Ärende | Status | Ansvariga'). Any other such table is read a row a line, its cells
    parted by tabs as a text's table is, so that the review moves a row as one line."""
    from brå_tui.importer.followups import logg_columns

    rows = list(table.rows)
    return under_logg_heading or (bool(rows) and logg_columns(_texts(rows[0])) is not None)


def _has_columns(table: Any) -> bool:
    """Whether the table's first row is an attendance table's header ('Namn | Funktion | Parti/organisation'),
    perhaps after the label of the list in its first cell ('Närvarande ledamöter | Ledamot | Närvarande | …')."""
    from brå_tui.importer.labels import label_of
    from brå_tui.importer.sections import table_header

    rows = list(table.rows)
    texts = _texts(rows[0]) if rows else []
    if not texts:
        return False
    labelled = label_of("\t".join(texts))
    return table_header("\t".join(texts)) is not None or (
        labelled is not None and labelled[0] == "people" and table_header(labelled[2]) is not None)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Where a paragraph that stood in a text box came from (docx_lines names it so): an attribute of bra's own.
_TEXT_BOX = "{urn:bra:import}textbox"
# Elements that only wrap the text Word shows: a tracked insertion or move, a content control (innehållskontroll,
# its properties left out), a smart tag, custom XML, a simple field (its shown result), bidirectional runs.
_WRAPPERS = {f"{_W}{tag}" for tag in ("ins", "moveTo", "sdt", "sdtContent", "smartTag", "customXml", "fldSimple",
                                        "dir", "bdo")}
_WRAPPER_PROPERTIES = {f"{_W}{tag}" for tag in ("sdtPr", "sdtEndPr", "smartTagPr", "customXmlPr")}
# The parts of a Word document that hold text import reads: the body, the page headers and the page footers.
_TEXT_PARTS = {f"{_W}{tag}" for tag in ("document", "hdr", "ftr")}


@dataclass
class Shown:
    """What reading a Word document as Word shows it did: text in tracked insertions and content controls read,
    tracked deletions and content controls showing Word's placeholder text left out, text boxes read."""

    inserted: int = 0
    deleted: int = 0
    controls: int = 0
    placeholders: int = 0
    text_boxes: int = 0

    def remarks(self) -> list[str]:
        """What the report says of it, in Swedish; nothing for a document without any of these."""
        out: list[str] = []
        if self.inserted or self.deleted:
            parts = [f"{self.inserted} tillägg lästes med"] if self.inserted else []
            if self.deleted:
                parts.append(f"{self.deleted} {'strykning' if self.deleted == 1 else 'strykningar'} lästes inte")
            out.append("Dokumentet har spårade ändringar som inte är godkända; texten lästes som Word visar den "
                       f"med ändringarna godkända: {' och '.join(parts)}. Kontrollera ändringarna i Word.")
        if self.placeholders:
            controls = "tom innehållskontroll" if self.placeholders == 1 else "tomma innehållskontroller"
            out.append(f"{self.placeholders} {controls} visade bara Words platshållartext, som inte lästes.")
        if self.text_boxes:
            out.append(f"Text i {self.text_boxes} {'textruta' if self.text_boxes == 1 else 'textrutor'} lästes "
                       "efter stycket där rutan står.")
        return out


def show_as_word(document: Any) -> Shown:
    """Lay the document's body, page headers and footers out as the text Word shows, so that every reader of
    paragraphs, runs and tables below reads what a person sees: the text in content controls (w:sdt, in a
    paragraph, around paragraphs, rows or cells) and in tracked insertions and moves (w:ins, w:moveTo) read as
    the text around them is; tracked deletions (w:del, w:moveFrom, a deleted table row) left out, as is Word's
    placeholder text in an empty content control ('Klicka eller tryck här för att ange text.'); a simple field's
    shown result kept; the paragraphs of a text box placed after the paragraph that holds it (the drawing's
    fallback copy left out); a page break inside a paragraph's text a line break. What it did is counted in the
    Shown it returns, for the report."""
    shown = Shown()
    try:
        parts = list(document.part.package.iter_parts())
    except AttributeError:
        parts = [document.part]
    for part in parts:
        root = getattr(part, "_element", None)
        if root is not None and getattr(root, "tag", None) in _TEXT_PARTS:
            _show_part(root, shown)
    return shown


def _show_part(root: Any, shown: Shown) -> None:
    for fallback in list(root.iter(f"{_MC}Fallback")):
        fallback.getparent().remove(fallback)  # the same drawing again, for programs that cannot show the first
    for deleted in list(root.iter(f"{_W}del", f"{_W}moveFrom")):
        parent = deleted.getparent()
        if parent is None:
            continue
        if parent.tag == f"{_W}trPr":  # a table row deleted with its contents
            row = parent.getparent()
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)
                shown.deleted += 1
        elif len(deleted):  # a deleted run (w:del in a paragraph mark's or a run's properties only marks it)
            parent.remove(deleted)
            shown.deleted += 1
    for control in list(root.iter(f"{_W}sdt")):
        properties = control.find(f"{_W}sdtPr")
        if properties is not None and properties.find(f"{_W}showingPlcHdr") is not None:
            content = control.find(f"{_W}sdtContent")
            if content is not None and "".join(content.itertext()).strip():
                shown.placeholders += 1
                # a control around whole paragraphs keeps them, emptied, so that the layout stays
                for run in list(content.iter(f"{_W}r")):
                    run.getparent().remove(run)
        shown.controls += 1
    for wrapper in list(root.iter(*_WRAPPERS)):
        parent = wrapper.getparent()
        if parent is None:
            continue
        if wrapper.tag in (f"{_W}ins", f"{_W}moveTo") and len(wrapper) and parent.tag != f"{_W}trPr" \
                and "".join(wrapper.itertext()).strip():
            shown.inserted += 1
        at = parent.index(wrapper)
        kept = [child for child in wrapper if child.tag not in _WRAPPER_PROPERTIES]
        if wrapper.tag in (f"{_W}ins", f"{_W}moveTo") and not kept:
            continue  # an empty mark in properties ('w:rPr/w:ins', 'w:trPr/w:ins'): nothing to show
        parent.remove(wrapper)
        for n, child in enumerate(kept):
            parent.insert(at + n, child)
    _place_text_boxes(root, shown)
    _page_breaks_part_lines(root)


def _page_breaks_part_lines(root: Any) -> None:
    """A page or column break between two words of a paragraph ends a line there, as a line break does ('…
    handlingarna.' ⏎ '§ 2 Skolan'), where python-docx would join the words; one before or after all of a
    paragraph's text changes nothing."""
    for paragraph in root.iter(f"{_W}p"):
        breaks = [br for br in paragraph.iter(f"{_W}br") if br.get(f"{_W}type") in ("page", "column")]
        if not breaks:
            continue
        seen_text = False
        pending: list[Any] = []  # the breaks after some text, waiting for text after them
        for element in paragraph.iter(f"{_W}t", f"{_W}br"):
            if element.tag == f"{_W}t" and (element.text or "").strip():
                for br in pending:
                    del br.attrib[f"{_W}type"]
                pending = []
                seen_text = True
            elif element.tag == f"{_W}br" and seen_text and element.get(f"{_W}type") in ("page", "column"):
                pending.append(element)


def _place_text_boxes(root: Any, shown: Shown) -> None:
    """The paragraphs and tables of each text box after the paragraph that holds it, in the order they stand."""
    boxes = list(root.iter(f"{_W}txbxContent"))
    anchors: dict[int, tuple[Any, Any]] = {}  # per host paragraph (kept alive, so its id stays its own): the last
    for box in boxes:
        host = box.getparent()
        while host is not None and host.tag != f"{_W}p":
            host = host.getparent()
        if host is None or host.getparent() is None:
            continue
        anchor = anchors.get(id(host), (host, host))[1]
        blocks = [child for child in box if child.tag in (f"{_W}p", f"{_W}tbl")]
        for block in blocks:
            block.set(_TEXT_BOX, "1")
            anchor.addnext(block)
            anchor = block
        anchors[id(host)] = (host, anchor)
        if blocks:
            shown.text_boxes += 1


@dataclass(frozen=True)
class _Level:
    """One level of a Word list: the number it starts at (w:start), how it counts (w:numFmt: 'decimal',
    'lowerLetter', 'upperRoman', 'bullet', …) and how the number is written (w:lvlText: '%1.', '§ %1', '%1.%2',
    '%1)'; %N is level N's counter)."""

    start: int = 1
    fmt: str = "decimal"
    text: str | None = None


def _level_of(lvl: Any, base: _Level | None = None) -> _Level:
    """The _Level a w:lvl element defines; what it leaves out is base's (an override's level over the list's)."""
    base = base or _Level()

    def value(tag: str) -> str | None:
        found = lvl.find(f"{_W}{tag}")
        return found.get(f"{_W}val") if found is not None else None

    start, fmt, text = value("start"), value("numFmt"), value("lvlText")
    return _Level(int(start) if start and start.lstrip("-").isdigit() else base.start, fmt or base.fmt,
                  text if text is not None else base.text)


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _counted(n: int, fmt: str) -> str:
    """A counter's value as numFmt writes it (ECMA-376 §17.18.59): 'decimal' 3, 'decimalZero' 03, 'lowerLetter'
    c (27 is aa), 'upperRoman' III; a format bra does not know is written in digits."""
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and n > 0:
        out, rest = "", n
        for value, digits in _ROMAN:
            while rest >= value:
                out, rest = out + digits, rest - value
        return out if fmt == "lowerRoman" else out.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Word's automatic list numbers, which the paragraph text leaves out, written as Word shows them: each level's
    lvlText with the counters of its list filled in ('§ 23', '2.1', 'b)'), counting from the level's w:start or the
    list's w:startOverride; a bullet list's entries as '· '. Lists that share an abstract definition share their
    counters, as in Word, unless a list restarts a level with startOverride."""

    def __init__(self, document: Any) -> None:
        self.lists: dict[str, tuple[str, dict[int, _Level], set[int]]] = {}  # numId → (abstract, levels, restarts)
        self.counters: dict[str, list[int | None]] = {}  # per abstract definition, one per level
        self.restarted: set[tuple[str, int]] = set()  # (numId, level) whose startOverride was applied
        try:
            numbering = document.part.numbering_part.element
        except (AttributeError, NotImplementedError, KeyError):
            return
        abstracts = {a.get(f"{_W}abstractNumId"): a for a in numbering.iterchildren(f"{_W}abstractNum")}
        nums = {n.get(f"{_W}numId"): n for n in numbering.iterchildren(f"{_W}num")}
        for num_id, num in nums.items():
            abstract_id = _abstract_id(num, nums, abstracts, document)
            abstract = abstracts.get(abstract_id)
            levels = {int(lvl.get(f"{_W}ilvl") or 0): _level_of(lvl)
                      for lvl in (abstract.iterchildren(f"{_W}lvl") if abstract is not None else [])}
            restarts: set[int] = set()
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl") or 0)
                base = levels.get(ilvl, _Level())
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    base = levels[ilvl] = _level_of(lvl, base)
                start = override.find(f"{_W}startOverride")
                if start is not None and (start.get(f"{_W}val") or "").isdigit():
                    levels[ilvl] = _Level(int(start.get(f"{_W}val")), base.fmt, base.text)
                    restarts.add(ilvl)
            self.lists[num_id] = (abstract_id or num_id, levels, restarts)

    def depth(self, paragraph: Any) -> int:
        """How deep in its list a paragraph stands (w:ilvl: 0 for the list's first level), 0 outside a list."""
        numpr = _numpr(paragraph)
        if numpr is None or numpr.numId is None or str(numpr.numId.val) == "0" or numpr.ilvl is None:
            return 0
        return int(numpr.ilvl.val)

    def prefix(self, paragraph: Any) -> str:
        """The number Word shows before the paragraph, with a space after it ('§ 23 ', '2.1 ', '· '), or ''."""
        numpr = _numpr(paragraph)
        if numpr is None or numpr.numId is None or str(numpr.numId.val) == "0":
            return ""
        num = str(numpr.numId.val)
        level = min(int(numpr.ilvl.val) if numpr.ilvl is not None else 0, 8)
        abstract, levels, restarts = self.lists.get(num, (num, {}, set()))
        counts = self.counters.setdefault(abstract, [None] * 9)
        here = levels.get(level, _Level())
        if level in restarts and (num, level) not in self.restarted:
            self.restarted.add((num, level))
            counts[level] = None
        last = counts[level]
        counts[level] = here.start if last is None else last + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = None
        if here.fmt == "bullet":
            return "· "
        if here.fmt == "none":
            return ""
        text = here.text if here.text is not None else f"%{level + 1}."

        def counter(match: re.Match[str]) -> str:
            n = int(match.group(1)) - 1
            value = counts[n] if 0 <= n < 9 and counts[n] is not None else levels.get(n, _Level()).start
            return _counted(value or 0, levels.get(n, _Level()).fmt)

        shown = re.sub(r"%([1-9])", counter, text).strip()
        return f"{shown} " if shown else ""


def _abstract_id(num: Any, nums: dict[str, Any], abstracts: dict[str, Any], document: Any) -> str | None:
    """The abstract definition a list uses, following a definition that only links to a numbering style
    (w:numStyleLink) to the list that style's paragraphs have."""
    ref = num.find(f"{_W}abstractNumId")
    abstract_id: str | None = ref.get(f"{_W}val") if ref is not None else None
    for _ in range(3):
        abstract = abstracts.get(abstract_id) if abstract_id is not None else None
        link = abstract.find(f"{_W}numStyleLink") if abstract is not None else None
        if link is None:
            break
        style = next((st for st in document.styles.element.iterchildren(f"{_W}style")
                      if st.get(f"{_W}styleId") == link.get(f"{_W}val")), None)
        target = style.find(f"{_W}pPr/{_W}numPr/{_W}numId") if style is not None else None
        linked = nums.get(target.get(f"{_W}val")) if target is not None else None
        ref = linked.find(f"{_W}abstractNumId") if linked is not None else None
        if ref is None:
            break
        abstract_id = ref.get(f"{_W}val")
    return abstract_id


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


def _all_bold(paragraph: Any) -> bool:
    """Whether every run with text in a paragraph is bold (by the run, its character style or the paragraph's)."""
    runs = [run for run in paragraph.runs if run.text.strip()]

    def bold(run: Any) -> bool:
        if run.bold is not None:
            return bool(run.bold)
        if run.style is not None and run.style.font.bold:
            return True
        return bool(paragraph.style is not None and paragraph.style.font.bold)

    return bool(runs) and all(bold(run) for run in runs)


def _bold_heading(paragraph: Any, before: Any, after: Any) -> bool:
    """Whether a paragraph reads as a heading in a document that marks its headings by bold type instead of
    heading styles: short and entirely bold, no label ('Närvarande:') and no sentence (it ends with neither a
    colon nor a full stop), standing alone between paragraphs of body text (those before and after it have text
    and are not bold). Bold words inside a sentence ('**Beslut:** Rådet beslutar …') are no heading."""
    text = paragraph.text.strip()
    if not text or len(text) > 80 or len(text.split()) > 10 or text.endswith((":", ".", ";", ",")):
        return False
    if not _all_bold(paragraph) or _is_heading(paragraph):
        return False
    return all(other is not None and other.text.strip() and not _all_bold(other) for other in (before, after))


def _blank_lines_above(paragraph: Any) -> int:
    """The empty lines a paragraph's own spacing above stands for (bra's documents space parts this way, a line
    of the body text each, text.WORD_LINE_PT, instead of empty paragraphs): one per line, at least one from half
    a line."""
    space = paragraph.paragraph_format.space_before
    if space is None or space.pt < WORD_LINE_PT / 2:
        return 0
    return max(1, round(space.pt / WORD_LINE_PT))


def docx_lines(document: Any, topics: dict[int, int] | None = None, origins: list[str] | None = None
               ) -> list[str]:
    """Paragraphs as lines (spacing above one as blank lines), Word's list numbers written out as Word shows them
    ('1. ', '§ 23 ', '2.1 ', bullets as '· ', _Numbering); a Logg-like table row as tab-indented cells and a blank
    line, a heading table row as 'Label:<tab>value', a two-column list row (name | organisation) as one line
    'Name<tab>Organisation', any other table's row (the Logg's aside: _is_logg) as one line, its cells parted by tabs.
    topics gets the indexes of the paragraphs in Heading 2 or deeper (Title and Heading 1
    name the document), each with its level (Heading 3 → 3): each opens a part, an item unless it names one; and
    of the entries in a deeper level of a list (w:ilvl 1 or more), with numbered.LIST_LEVEL and up.
    An agenda table (a header row 'Nr | Ärende | Tid | Föredragande') is written out as an agenda's lines.
    origins gets, for each line, where it stands ('stycke 4', 'tabell 1, rad 3, cell 2'; empty for a blank line
    put in to part the text as the export does)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from brå_tui.importer.followups import action_header
    from brå_tui.importer.sections import section_of

    lines: list[str] = []
    logg_part = False  # whether the paragraphs above stand under the Logg's heading ('Logg', 'Uppföljning av …')
    where: list[str] = []
    numbering = _Numbering(document)
    paragraphs = tables = 0
    children = list(document.element.body.iterchildren())
    # Without heading styles, a short bold paragraph between paragraphs of body text is read as Heading 2.
    styled = any(_is_heading(p) and _heading_level(p) >= 2 for p in document.paragraphs)
    texts = [Paragraph(c, document) if c.tag.rsplit("}", 1)[-1] == "p" else None for c in children]
    texts = [p for p in texts if p is None or p.text.strip()]  # empty paragraphs do not part a heading from text
    bold_headings = set() if styled else {
        id(p._p) for n, p in enumerate(texts) if p is not None and n and _bold_heading(
            p, texts[n - 1], texts[n + 1] if n + 1 < len(texts) else None)}
    for child in children:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            boxed = child.get(_TEXT_BOX) is not None  # a text box's paragraph, after the one holding the box
            paragraphs += 0 if boxed else 1
            paragraph = Paragraph(child, document)
            text = paragraph.text
            prefix = numbering.prefix(paragraph) if text.strip() else ""
            if prefix and typed_number(text):
                prefix = ""  # '1. Ungdomar på torget' in a numbered list: the number as typed, read once
            if text.strip() and (blanks := _blank_lines_above(paragraph)):
                lines.extend([""] * blanks)
                where.extend([""] * blanks)
            if text.strip() and (_is_heading(paragraph) or id(child) in bold_headings):
                if lines and lines[-1].strip():
                    lines.append("")  # a heading style starts a part of its own, as a blank line does in text
                    where.append("")
                level = 2 if id(child) in bold_headings else _heading_level(paragraph)
                if topics is not None and level >= 2:
                    topics[len(lines)] = level
            elif text.strip() and topics is not None and (depth := numbering.depth(paragraph)):
                topics[len(lines)] = LIST_LEVEL + depth - 1  # an entry in a deeper level of a list: never an item
            if text.strip() and (part := section_of(text)) is not None:
                logg_part = part[0] == "Logg"
            elif text.strip() and (_is_heading(paragraph) or id(child) in bold_headings):
                logg_part = False
            parts = (prefix + text).split("\n")
            lines.extend(parts)
            where.extend([f"textruta i stycke {paragraphs}" if boxed else f"stycke {paragraphs}"] * len(parts))
        elif tag == "tbl":
            tables += 1
            table = Table(child, document)
            log_like = _is_log_like(table) and _is_logg(table, logg_part)
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
                    for line, origin in _nested_lines(row, f"tabell {tables}, rad {n}"):
                        lines.append(line)
                        where.append(origin)
                lines.append("")
                where.append("")
                continue
            for n, row in enumerate(rows, start=1):
                found = _row_lines(row, log_like, f"tabell {tables}, rad {n}", columns)
                if not log_like and found and found[-1] == ("", "") and n < len(rows) and \
                        not _cell_paragraphs(_unique_cells(rows[n])[0]):
                    found.pop()  # 'Närvarande:' | 'A' over '' | 'B': the label's list goes on in the rows below
                if nested := _nested_lines(row, f"tabell {tables}, rad {n}"):
                    at = len(found) - 1 if found and found[-1] == ("", "") else len(found)
                    found[at:at] = nested
                for line, origin in found:
                    lines.append(line)
                    where.append(origin)
    if origins is not None:
        origins.extend(where)
    return lines


def page_furniture_lines(document: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The page headers' and the page footers' lines of every section (first page, odd and even pages), each with
    where it stands ('sidhuvud', 'sidfot, tabell 1, rad 2'): a paragraph a line, a table row its cells parted by
    tabs. A header linked to the previous section's, and a line an earlier header or footer had, is given once."""
    from docx.table import Table

    headers: list[tuple[str, str]] = []
    footers: list[tuple[str, str]] = []
    seen: set[str] = set()
    for section in document.sections:
        for out, name, parts in ((headers, "sidhuvud", (section.first_page_header, section.header,
                                                         section.even_page_header)),
                                 (footers, "sidfot", (section.first_page_footer, section.footer,
                                                      section.even_page_footer))):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                tables = 0
                for block in part.iter_inner_content():
                    if isinstance(block, Table):
                        tables += 1
                        rows = [line for n, row in enumerate(block.rows, start=1) for line in (
                            ("\t".join(t for t in _texts(row) if t), f"{name}, tabell {tables}, rad {n}"),
                            *_nested_lines(row, f"{name}, tabell {tables}, rad {n}"))]
                    else:
                        rows = [(line, name) for line in block.text.split("\n")]
                    for text, where in rows:
                        key = " ".join(text.split())
                        if key and key not in seen:
                            seen.add(key)
                            out.append((text, where))
    return headers, footers
