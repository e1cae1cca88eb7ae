"""bra export: the notes in the council's layout as md, html, txt and docx, and the public version."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from brå_tui.export.document import export_meeting
from brå_tui.export.words import CONFIDENTIAL_MARK
from brå_tui.importer.notes import import_notes
from brå_tui.store.load import load
from tests.importexport.test_import_seed import canonical_ids

LAYOUT = ["Anteckningar", "Tid:", "Plats:", "Närvarande:", "Ärenden", "Logg/Uppföljning", "Övriga frågor"]
SECRET = "Kameror kommer installeras i höst inne på Domarhagsskolan."


def docx_text(data: bytes) -> str:
    """The paragraphs and table cells of a Word document, in order."""
    docx = pytest.importorskip("docx")
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def in_order(text: str, words: list[str]) -> bool:
    """Whether every word occurs in the text, in this order."""
    position = 0
    for word in words:
        position = text.find(word, position)
        if position < 0:
            return False
    return True


def mark_confidential(root: Path, key: str, title: str) -> None:
    """Mark one item or other question of a meeting file confidential, by editing the file as a person would."""
    path = root / "meetings" / f"{key}.toml"
    text = path.read_text(encoding="utf-8")
    line = f'title = "{title}"\n'
    assert line in text
    path.write_text(text.replace(line, line + "confidential = true\n", 1), encoding="utf-8")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "docx"])
@pytest.mark.parametrize("key", ["2024-02-09", "2024-11-15"])
def test_every_format_follows_the_councils_layout(bra, seed_store: Path, tmp_path: Path, fmt: str, key: str) -> None:
    out = tmp_path / f"anteckningar.{fmt}"
    result = bra("--store", seed_store, "export", key, "--format", fmt, "-o", out)
    assert result.status == 0, result.err
    data = out.read_bytes()
    if fmt == "docx":
        text = docx_text(data)
    elif fmt == "html":
        parser = _Collect()
        parser.feed(data.decode("utf-8"))
        text = "".join(parser.text)
        assert {"h1", "h2", "h3", "table", "ul"} <= set(parser.tags)
    else:
        text = data.decode("utf-8")
    layout = [w.rstrip(":") if fmt in ("md", "html") else w for w in LAYOUT]
    if key == "2024-11-15":
        layout.insert(-1, "Tidplan 2025")
    assert in_order(text, layout), text[:400]
    meeting = load(seed_store).meeting(key)
    assert meeting is not None
    for item in meeting.items + meeting.other:
        assert item.title in text
    for f in meeting.followups:
        assert f.title in text
    assert "Thomas Nordström och Mikael Jansson" in text or key == "2024-11-15"  # written short, shown whole


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "docx"])
def test_public_export_leaves_out_a_confidential_item(seed_store: Path, fmt: str) -> None:
    mark_confidential(seed_store, "2024-02-09", "Kameraövervakning på kommunens skolor")
    mark_confidential(seed_store, "2024-02-09", "Stöd till Grannsamverkan 2024–2025")
    store = load(seed_store)

    def text(public: bool) -> str:
        data = export_meeting(store, "2024-02-09", fmt, public)
        return docx_text(data) if fmt == "docx" else data.decode("utf-8")

    internal, public = text(False), text(True)
    assert SECRET in internal and "ID110 16" in internal and CONFIDENTIAL_MARK not in internal
    assert SECRET not in public and "ID110 16" not in public and "10 000 kronor" not in public
    assert public.count(CONFIDENTIAL_MARK) == 2
    assert "Kameraövervakning på kommunens skolor" in public and "Stöd till Grannsamverkan" in public
    assert "Lars Ilmoni från ICA deltar" in public


def test_public_export_through_the_command(bra, seed_store: Path) -> None:
    mark_confidential(seed_store, "2024-02-09", "Kameraövervakning på kommunens skolor")
    result = bra("--store", seed_store, "export", "2024-02-09", "--public")
    assert result.status == 0
    assert SECRET not in result.out and CONFIDENTIAL_MARK in result.out


def test_markup_in_notes_is_shown_as_text_never_run(seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Trygghetsmätning planeras", "<script>alert(1)</script> *Trygghetsmätning* planeras"),
                    encoding="utf-8")
    html = export_meeting(load(seed_store), "2024-11-15", "html").decode("utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; *Trygghetsmätning*" in html


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_an_exported_document_imports_back_to_the_same_meetings(seed_store: Path, empty_store: Path,
                                                                 tmp_path: Path, fmt: str) -> None:
    pytest.importorskip("docx")
    store = load(seed_store)
    files = []
    for meeting in store.meetings:
        path = tmp_path / f"{meeting.key}.{fmt}"
        path.write_bytes(export_meeting(store, meeting.key, fmt))
        files.append(path)
    results = import_notes(files, load(empty_store))
    assert all(r.unplaced == [] for r in results)
    got = canonical_ids([r.meeting for r in results])
    want = canonical_ids(store.meetings)
    assert got == want


def test_unknown_meeting_and_bad_date_are_one_sentence(bra, seed_store: Path) -> None:
    missing = bra("--store", seed_store, "export", "2023-01-01")
    assert missing.status == 1 and "inget möte 2023-01-01" in missing.err
    bad = bra("--store", seed_store, "export", "igår")
    assert bad.status == 2 and len(bad.err.strip().splitlines()) == 1
    neither = bra("--store", seed_store, "export")
    assert neither.status == 2
    assert re.search(r"DATUM|--ics", neither.err)


def test_a_closed_follow_up_stays_closed_through_a_text_document(seed_store: Path, empty_store: Path,
                                                                  tmp_path: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    for title, state in (("Handlingsplan omsorg/bildning", "dropped"),
                         ("Uppföljning samverkansöverenskommelse", "done")):
        start = text.index(f'title = "{title}"')
        at = text.index('state = "open"', start)
        text = text[:at] + f'state = "{state}"' + text[at + len('state = "open"'):]
    path.write_text(text, encoding="utf-8")
    note = tmp_path / "2024-11-15.txt"
    note.write_bytes(export_meeting(load(seed_store), "2024-11-15", "txt"))
    assert "\tLogg" not in note.read_text(encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    assert [f.state for f in result.meeting.followups] == ["open", "done", "dropped"]
    assert result.meeting.followups[1].status.startswith("Klar. Avvaktar revidering")


def test_the_app_gets_bytes_and_a_file_name(seed_store: Path) -> None:
    from brå_tui.export.document import ExportError, default_filename

    store = load(seed_store)
    meeting = store.meeting("2024-11-15")
    assert meeting is not None
    assert default_filename(meeting, "docx", public=True) == "anteckningar-2024-11-15-publik.docx"
    assert export_meeting(store, "latest", "txt") == export_meeting(store, "2024-11-15", "txt")
    with pytest.raises(ExportError):
        export_meeting(store, "2024-11-15", "pdf")
