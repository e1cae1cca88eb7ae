"""Bad input is refused with one Swedish sentence and nothing written; overwriting asks for --force."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from brå_tui.importer.source import _line_text, _text_lines
from brå_tui.store.load import load
from tests.importexport.conftest import UNSEEN_NOTE, seed_notes


def files_in(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def one_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err
    return lines[0]


def _empty(tmp: Path) -> Path:
    path = tmp / "tom.txt"
    path.write_bytes(b"")
    return path


def _blank(tmp: Path) -> Path:
    path = tmp / "blank.txt"
    path.write_text("\n \n\t\n", encoding="utf-8")
    return path


def _other_text(tmp: Path) -> Path:
    path = tmp / "inköpslista.txt"
    path.write_text("Mjölk\nSmör\nÄgg\n", encoding="utf-8")
    return path


def _fake_docx(tmp: Path) -> Path:
    path = tmp / "anteckningar.docx"
    path.write_text("Det här är ingen Word-fil.\n", encoding="utf-8")
    return path


def _zip_docx(tmp: Path) -> Path:
    path = tmp / "arkiv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "hej")
    return path


def _old_word(tmp: Path) -> Path:
    path = tmp / "anteckningar.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return path


def _rtf(tmp: Path) -> Path:
    path = tmp / "anteckningar.rtf"
    path.write_bytes(b"{\\rtf1\\ansi Minnesanteckningar\\par Datum: 2026-11-05\\par N\\'e4rvarande: Anna Berg\\par}")
    return path


def _pdf(tmp: Path) -> Path:
    path = tmp / "protokoll.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    return path


def _pdf_named_txt(tmp: Path) -> Path:
    path = _pdf(tmp).rename(tmp / "protokoll.txt")
    return path


@pytest.mark.parametrize("make, words", [
    (_old_word, "gamla format"),
    (_rtf, "RTF-format"), (_pdf, "en PDF"), (_pdf_named_txt, "en PDF"),
    (_empty, "tom"), (_blank, "tom"),
    (_fake_docx, "ingen Word-fil"), (_zip_docx, "ingen Word-fil"),
])
def test_bad_input_is_one_sentence_and_nothing_is_written(bra, empty_store: Path, tmp_path: Path, make,
                                                          words: str) -> None:
    bad = make(tmp_path)
    before = files_in(empty_store)
    result = bra("--store", empty_store, "import", *seed_notes(), bad)
    assert result.status == 1
    assert words in one_sentence(result.err)
    assert files_in(empty_store) == before


def test_text_in_no_shape_of_notes_is_counted_and_not_saved(bra, empty_store: Path, tmp_path: Path) -> None:
    """Text without people or items is read, not refused unseen: the report counts every line as not placed
    without echoing any (nothing in it reads as minutes; the review shows them), one sentence says why nothing
    was saved, and the status is 1."""
    before = files_in(empty_store)
    result = bra("--store", empty_store, "import", _other_text(tmp_path))
    assert result.status == 1 and "Traceback" not in result.err
    assert "Kunde inte placeras: alla 3 rader" in result.err and "Mjölk" not in result.err
    assert "följer inte rådets mall" in result.err.split("bra: ")[-1]
    assert files_in(empty_store) == before


def test_a_missing_file_is_one_sentence(bra, empty_store: Path, tmp_path: Path) -> None:
    result = bra("--store", empty_store, "import", tmp_path / "finns-inte.txt")
    assert result.status == 2 and "kan inte läsas" in one_sentence(result.err)  # a path that cannot be used


def test_an_existing_meeting_is_only_overwritten_with_force(bra, seed_store: Path) -> None:
    before = files_in(seed_store)
    result = bra("--store", seed_store, "import", *seed_notes())
    assert result.status == 1 and "--force" in one_sentence(result.err)
    assert files_in(seed_store) == before
    forced = bra("--store", seed_store, "import", "--force", *seed_notes())
    assert forced.status == 0, forced.err
    store = load(seed_store)
    assert not store.broken and len(store.meetings) == 2


def test_dry_run_prints_the_toml_and_writes_nothing(bra, empty_store: Path) -> None:
    before = files_in(empty_store)
    result = bra("--store", empty_store, "import", "--dry-run", *seed_notes())
    assert result.status == 0
    assert files_in(empty_store) == before
    assert result.out.count("format = 1") == 2
    assert 'title = "Kameraövervakning på kommunens skolor"' in result.out
    assert 'owners = ["Thomas N", "Mikael J"]' in result.out


def test_text_that_fits_nowhere_is_kept_and_reported(bra, empty_store: Path, tmp_path: Path) -> None:
    text = UNSEEN_NOTE.read_text(encoding="utf-8")
    text = text.replace("Tidplan 2025\n", "Tidplan 2025\nMötena hålls i Visenten om inget annat sägs.\n")
    text = text.replace("Uppföljning av punkter från föregående Lokala Brå\n",
                        "Uppföljning av punkter från föregående Lokala Brå\nTabellen uppdaterades i januari.\n")
    note = tmp_path / "2025-02-14.txt"
    note.write_text(text, encoding="utf-8")
    result = bra("--store", empty_store, "import", note)
    assert result.status == 0
    assert "Kunde inte placeras" in result.err
    assert "Mötena hålls i Visenten om inget annat sägs." in result.err
    meeting = load(empty_store).meeting("2025-02-14")
    assert meeting is not None
    kept = [o for o in meeting.other if o.title == "Oplacerad text från importen"]
    assert len(kept) == 1
    assert "Mötena hålls i Visenten om inget annat sägs." in kept[0].notes
    assert "Tabellen uppdaterades i januari." in kept[0].notes
    assert len(meeting.schedule) == 3 and len(meeting.followups) == 4


def test_a_council_without_risk_areas_is_told_why_the_picture_was_not_read(bra, empty_store: Path) -> None:
    council = empty_store / "council.toml"
    text = council.read_text(encoding="utf-8")
    start = text.index("areas = [")
    council.write_text(text[:start] + "areas = []" + text[text.index("]", start) + 1:], encoding="utf-8")
    result = bra("--store", empty_store, "import", *seed_notes())
    assert result.status == 0
    assert result.err.count("council.toml har inga riskområden") == 2


def test_a_docx_that_unpacks_to_more_than_minutes_can_be_is_refused_unread(bra, empty_store: Path,
                                                                            tmp_path: Path) -> None:
    """A "zip bomb": a small .docx whose document unpacks to hundreds of MB is refused from the archive's own
    sizes, before anything is unpacked, with one sentence naming the size."""
    bomb = tmp_path / "anteckningar.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = bytes(2**20)
            for _ in range(210):
                member.write(zeros)
    assert bomb.stat().st_size < 2**20
    before = files_in(empty_store)
    result = bra("--store", empty_store, "import", bomb)
    assert result.status == 1
    assert "packas upp till 210 MB" in one_sentence(result.err)
    assert files_in(empty_store) == before


def test_old_mac_line_ends_in_windows_1252_are_lines_with_their_numbers(tmp_path: Path) -> None:
    """Carriage returns alone end lines (an old Mac's "save as text"); the remark names the right line numbers."""
    note = tmp_path / "anteckningar.txt"
    note.write_bytes("Första raden\rAndra\rTredje med å\r".encode("cp1252") + "Fjärde ö".encode())
    remarks: list[str] = []
    lines = _text_lines(note, note.read_bytes(), remarks)
    assert lines[:4] == ["Första raden", "Andra", "Tredje med å", "Fjärde ö"]
    assert remarks == ["Filen är UTF-8 men rad 1, 3 hade tecken i Windows-1252; de lästes som Windows-1252 "
                       "– kontrollera å, ä och ö där."]


def test_every_byte_that_is_not_utf8_in_a_long_line_is_read_as_windows_1252() -> None:
    """A line of many thousand non-UTF-8 bytes between UTF-8 ones is read byte for byte."""
    raw = ("ä".encode() + "ö".encode("cp1252")) * 20_000 + b"\x81"
    text, bad = _line_text(raw)
    assert bad and text == "äö" * 20_000 + "\ufffd"


def test_a_word_file_named_doc_is_read_as_the_word_file_it_is(bra, empty_store: Path, tmp_path: Path) -> None:
    """What a file holds decides how it is read, not its name: a .docx saved as '.doc' is read."""
    import docx

    document = docx.Document()
    for line in ("Minnesanteckningar Lokala Brå 2026-11-05", "Närvarande: Anna Berg, Johan Ek", "1. Läget i centrum"):
        document.add_paragraph(line)
    path = tmp_path / "anteckningar.doc"
    document.save(str(path))
    result = bra("--store", empty_store, "import", "--dry-run", path)
    assert result.status == 0, result.err
    assert "gamla format" not in result.err and "2026-11-05" in result.out


def test_a_file_name_is_shown_with_its_control_characters_as_symbols(bra, empty_store: Path, tmp_path: Path) -> None:
    """A name with a line feed or an escape stays on its line in every message and report, the characters shown as
    ␊ and ␛."""
    path = tmp_path / "nl\nname\x1b[31m.txt"
    path.write_bytes(b"")
    empty = bra("--store", empty_store, "import", path)
    assert "nl\u240aname\u241b[31m.txt" in one_sentence(empty.err)
    path.write_text(UNSEEN_NOTE.read_text(encoding="utf-8"), encoding="utf-8")
    dry = bra("--store", empty_store, "import", "--dry-run", path)
    assert dry.status == 0, dry.err
    reported = [line for line in dry.err.splitlines() if "→ möte" in line]
    assert reported and reported[0].startswith("nl\u240aname\u241b[31m.txt → möte"), dry.err
    assert "\x1b" not in dry.err
