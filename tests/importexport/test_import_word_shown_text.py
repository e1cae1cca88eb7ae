"""A Word document is read as Word shows it: the text in content controls (innehållskontroller) and in tracked
insertions read, tracked deletions and an empty control's placeholder left out, a text box's text read, and the
report says what was done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importexport.notes import import_one

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

W = nsdecls("w")
CHANGE = 'w:author="Sekreteraren" w:date="2026-10-20T00:00:00Z"'


def _document(tmp_path: Path, blocks: list[str], name: str = "kontroller.docx") -> Path:
    """A Word document of the given body elements (WordprocessingML, each a paragraph, a table or a content
    control), as Word writes them."""
    document = docx.Document()
    body = document.element.body
    for xml in blocks:
        body.insert(len(body) - 1, parse_xml(xml))
    path = tmp_path / name
    document.save(str(path))
    return path


def _p(inner: str) -> str:
    return f"<w:p {W}>{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _deleted(n: int, text: str) -> str:
    return f'<w:del w:id="{n}" {CHANGE}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def _inserted(n: int, text: str) -> str:
    return f'<w:ins w:id="{n}" {CHANGE}>{_r(text)}</w:ins>'


def _control(alias: str, content: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/>{shown}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def _block_control(alias: str, content: str) -> str:
    return f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


HEAD = [_p(_r("Minnesanteckningar")), _p(_r("Datum: 2026-10-28")), _p(_r("Tid: 14.00–16.00"))]


def _orsa(tmp_path: Path) -> Path:
    """Minutes filled in through a template's content controls and still carrying the adjusting's tracked
    changes: the date in a control around its paragraph, the place in a control inside its line, the time and a
    sentence changed, an absentee struck out."""
    return _document(tmp_path, [
        _p(_r("Minnesanteckningar Brottsförebyggande rådet Orsa")),
        _block_control("Datum", f"<w:p>{_r('Datum: 2026-10-28')}</w:p>"),
        _p(_r("Plats: ") + _control("Plats", _r("Orsa kommunhus, Kyrkogatan 10"))),
        _p(_r("Tid: kl. ") + _deleted(1, "13.00–15.00") + _inserted(2, "14.00–16.00")),
        _p(""),
        _p(_r("Närvarande: Ulrika Mattsson (C), ordförande, Björn Hed, kommunpolis, Tove Rask, fältassistent")),
        _p(_r("Frånvarande: ") + _deleted(3, "Tove Rask, ") + _r("Leif Dahl")),
        _p(""),
        _p(_r("1. Lägesbild")),
        _p(_r("Björn Hed redovisade läget. ") + _inserted(4, "Tre bilbränder i oktober. ")
           + _deleted(5, "Namnet på den misstänkte är Kalle Anka.")),
        _p(_r("2. Ekonomi")),
        _p(_r("Rådet beslutar att bevilja 9 000 kr till fältgruppen.")),
    ])


def test_content_controls_and_tracked_insertions_are_read_and_deletions_left_out(empty_store: Path,
                                                                                 tmp_path: Path) -> None:
    """The date, place and time the controls and insertions hold are the meeting's; the inserted sentence is in
    the item's notes; the struck-out absentee and the struck-out sentence are nowhere; the report says the
    changes were read as accepted and how many deletions were left out."""
    result = import_one(empty_store, _orsa(tmp_path))
    m = result.meeting
    assert result.date_missing is None
    assert (m.date, m.start, m.end) == (dt.date(2026, 10, 28), dt.time(14), dt.time(16))
    assert m.place == "Orsa kommunhus, Kyrkogatan 10"
    assert [a.name for a in m.absentees()] == ["Leif Dahl"]
    assert [a.name for a in m.present()] == ["Ulrika Mattsson", "Björn Hed", "Tove Rask"]
    assert m.items[0].notes == "Björn Hed redovisade läget. Tre bilbränder i oktober.\n"
    report = "\n".join(result.summary())
    assert "Kalle Anka" not in report and "13.00–15.00" not in report
    assert not any("Kalle Anka" in line or "13.00–15.00" in line for line in result.ledger.lines)
    assert "spårade ändringar" in report and "2 tillägg lästes med och 3 strykningar lästes inte" in report
    assert result.unplaced == []


def test_content_controls_around_table_rows_and_cells_and_a_deleted_row(empty_store: Path, tmp_path: Path) -> None:
    """An attendance table whose rows a repeating-section control holds, one cell's name in a control of its own,
    and a row deleted with tracked changes: the people Word shows, and not the deleted one."""
    def row(*cells: str, deleted: bool = False) -> str:
        mark = f'<w:trPr><w:del w:id="9" {CHANGE}/></w:trPr>' if deleted else ""
        return "<w:tr>" + mark + "".join(f"<w:tc><w:p>{cell}</w:p></w:tc>" for cell in cells) + "</w:tr>"

    table = (f"<w:tbl {W}><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
             + row(_r("Namn"), _r("Organisation"))
             + _control("Deltagare", row(_r("Anna Ahl"), _r("Polisen")) + row(_r("Bo Berg"), _r("Skolan")))
             + f"<w:tr><w:tc><w:p>{_control('Namn', _r('Carl Ceder'))}</w:p></w:tc>"
               f"<w:tc><w:p>{_r('Räddningstjänsten')}</w:p></w:tc></w:tr>"
             + row(_r("Dan Dahl"), _r("Kommunen"), deleted=True)
             + "</w:tbl>")
    path = _document(tmp_path, [
        _p(_r("Minnesanteckningar 2026-10-28")), _p(_r("Tid: 14.00–16.00")), _p(_r("Plats: Kommunhuset")),
        _p(_r("Närvarande:")), table, _p(""), _p(_r("1. Lägesbild")), _p(_r("Anna Ahl redovisade läget.")),
    ])
    result = import_one(empty_store, path)
    people = [(a.name, a.org) for a in result.meeting.attendees]
    assert people == [("Anna Ahl", "Polisen"), ("Bo Berg", "Skolan"), ("Carl Ceder", "Räddningstjänsten")]
    assert not any("Dan Dahl" in line for line in result.ledger.lines)
    assert "1 strykning lästes inte" in "\n".join(result.summary())


def test_an_empty_content_control_is_no_place_and_the_report_says_so(empty_store: Path, tmp_path: Path) -> None:
    """A control nobody filled in shows Word's placeholder text: that is no place, and the report counts it."""
    path = _document(tmp_path, [
        *HEAD,
        _p(_r("Plats: ") + _control("Plats", _r("Klicka eller tryck här för att ange text."), placeholder=True)),
        _p(_r("Närvarande: Anna Ahl, Bo Berg")), _p(""), _p(_r("1. Lägesbild")), _p(_r("Anna Ahl berättade.")),
    ])
    result = import_one(empty_store, path)
    assert result.meeting.place in (None, "")
    assert "Plats" in result.missing()
    assert "1 tom innehållskontroll visade bara Words platshållartext" in "\n".join(result.summary())


def test_the_text_of_a_text_box_is_read_after_its_paragraph(empty_store: Path, tmp_path: Path) -> None:
    """A text box's sentence (a drawing with a fallback copy for older programs) is read once, after the paragraph
    that holds it, and the review says it stood in a text box."""
    shape = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
    sentence = "Viktigt: Tove Rask tar fram en sammanställning senast 2026-11-15."
    box = (f'<w:p {W} {shape}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>'
           '<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="ruta"/><a:graphic><a:graphicData '
           'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
           f'<w:txbxContent><w:p>{_r(sentence)}</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>'
           '</a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>'
           f'{_r(sentence)}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    path = _document(tmp_path, [
        *HEAD, _p(_r("Plats: Kommunhuset")),
        _p(_r("Närvarande: Anna Ahl, Tove Rask")), _p(""), _p(_r("1. Lägesbild")), _p(_r("Anna Ahl berättade.")),
        box,
    ])
    result = import_one(empty_store, path)
    assert result.meeting.items[0].notes.count(sentence) == 1
    [no] = [n for n, line in enumerate(result.ledger.lines) if sentence in line]
    assert result.ledger.origins[no] == "textruta i stycke 9"
    assert "  Text i 1 textruta lästes efter stycket där rutan står." in result.summary()


def test_a_content_control_in_the_page_header_gives_the_date(empty_store: Path, tmp_path: Path) -> None:
    """The page header's 'Sammanträdesdatum' filled in through a content control: the meeting's date, set aside
    with the header it stands in."""
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]._p
    header.addnext(parse_xml(_p(_r("Brottsförebyggande rådet, sammanträdesdatum ")
                                + _control("Datum", _r("2026-10-28")))))
    for line in ("Minnesanteckningar", "Tid: 14.00–16.00", "Plats: Kommunhuset", "Närvarande: Anna Ahl, Tove Rask",
                 "", "1. Lägesbild", "Anna Ahl berättade."):
        document.add_paragraph(line)
    path = tmp_path / "sidhuvud.docx"
    document.save(str(path))
    result = import_one(empty_store, path)
    assert result.date_missing is None and result.meeting.date == dt.date(2026, 10, 28)
    assert result.set_aside == [("Brottsförebyggande rådet, sammanträdesdatum 2026-10-28", "sidhuvud eller sidfot")]


def test_a_page_break_inside_a_paragraph_parts_its_lines(empty_store: Path, tmp_path: Path) -> None:
    """A page break (Ctrl+Enter) between the decision and the next § in one paragraph: two lines, as Word shows
    them on two pages, never the next § glued into the decision; one before a paragraph's text changes nothing."""
    page = '<w:r><w:br w:type="page"/></w:r>'
    decision = "Rådet beslutar att lägga informationen till handlingarna."
    path = _document(tmp_path, [
        *HEAD, _p(_r("Plats: Kommunhuset")), _p(_r("Närvarande: Anna Ahl, Tove Rask")), _p(""),
        _p(_r("§ 1 Lägesbild")), _p(_r("Anna Ahl berättade.")), _p(_r(decision) + page + _r("§ 2 Skolan")),
        _p(_r("Tove Rask berättade.")), _p(page + _r("§ 3 Fritid")), _p(_r("Anna Ahl berättade om fritid.")),
    ])
    m = import_one(empty_store, path).meeting
    assert [(i.number, i.title) for i in m.items] == [("§ 1", "Lägesbild"), ("§ 2", "Skolan"), ("§ 3", "Fritid")]
    assert [d.text for d in m.items[0].decisions] == [decision]
