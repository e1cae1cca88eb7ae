"""Notes, minutes and notices in the shapes other Swedish councils write them, as text and as Word documents:
each imports to its expected meeting, with nothing left unplaced and the page furniture set aside."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from brå_tui.importer.decisions import informal_decision
from brå_tui.importer.notes import import_notes
from brå_tui.importer.proposals import PROPOSAL_STATUS
from brå_tui.model import Meeting
from brå_tui.store.convert import meeting_from_table
from brå_tui.store.load import load

CORPUS = Path(__file__).resolve().parent / "corpus"
INFORMAL = "lästes som ett beslut ur vardagliga ord"  # the doubt about a decision told in everyday words
NOTES = sorted(CORPUS.glob("*.txt"))
WORD = sorted(CORPUS.glob("*.docx"))  # made in Word's own shapes (python-docx): tables, heading and list styles
docx = pytest.importorskip("docx")
# The notes whose '1. Title' lines the Word document writes as Word's own numbered list.
# In minnesanteckningar-nummer-tva-ganger the title keeps a number typed too ('1. 1. Ungdomar' → '1. Ungdomar' in a
# numbered list paragraph): the number is read once.
NUMBERED = ("minnesanteckningar-numrerade", "kallelse-falt-efter-rubriken", "minnesanteckningar-nummer-tva-ganger")


def expected(note: Path) -> Meeting:
    """The meeting the note must give, from its .expected.toml."""
    path = note.with_name(note.stem + ".expected.toml")
    meeting, problems = meeting_from_table(tomllib.loads(path.read_text(encoding="utf-8")))
    assert meeting is not None and not problems, problems
    return meeting


def as_docx(note: Path, target: Path, numbered: bool) -> Path:
    """The note as Word writes it: runs of lines with at most two tab-separated cells as a table (one row
    a line: the people lists), other lines as paragraphs; with numbered, '1. Title' lines as Word's own
    numbered list (the number is then not in the text)."""
    document = docx.Document()
    data = note.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # a note as Swedish Word's "save as text" writes it
    lines = text.replace("\r\n", "\n").split("\n")
    run: list[list[str]] = []

    def flush() -> None:
        if run:
            table = document.add_table(rows=0, cols=2)
            for cells in run:
                row = table.add_row().cells
                for cell, text in zip(row, [*cells, ""][:2], strict=True):
                    cell.text = text
            run.clear()

    for line in lines:
        cells = line.split("\t")
        if "\t" in line and len(cells) == 2:
            run.append([c.strip() for c in cells])
            continue
        flush()
        match = re.match(r"^(\d+)\. (.+)$", line)
        if numbered and match:
            document.add_paragraph(match.group(2), style="List Number")
        else:
            document.add_paragraph(line)
    flush()
    path = target / f"{note.stem}.docx"
    document.save(str(path))
    return path


def _same(got: Meeting, want: Meeting) -> None:
    for part in ("date", "start", "end", "place", "document", "issued", "case_number", "chair", "secretary",
                 "adjusters", "adjusting_date", "adjusting_place", "attendees", "items", "schedule", "other",
                 "followups"):
        assert getattr(got, part) == getattr(want, part), part


@pytest.mark.parametrize("note", NOTES, ids=[n.stem for n in NOTES])
def test_text_imports_to_the_expected_meeting(note: Path, empty_store: Path) -> None:
    [result] = import_notes([note], load(empty_store))
    _same(result.meeting, expected(note))
    assert result.unplaced == []
    # proposals only, and decisions told in everyday words ('Vi bestämde att …')
    assert all("föreslås som uppföljning" in doubt or INFORMAL in doubt for doubt in result.unsure), result.unsure
    informal = [d for i in result.meeting.items for d in i.decisions if informal_decision(d.text)]
    assert len(result.unsure) <= len(result.proposals) + len(informal)
    assert ("  All text kunde placeras." if not result.unsure else
            "  All text fick en plats, men kontrollera det osäkra ovan.") in result.summary()


@pytest.mark.parametrize("note", NOTES, ids=[n.stem for n in NOTES])
def test_word_document_imports_to_the_expected_meeting(note: Path, empty_store: Path, tmp_path: Path) -> None:
    """Tables for the people (two columns, every row) and, in the NUMBERED notes, Word's own list numbers."""
    document = as_docx(note, tmp_path, numbered=note.stem in NUMBERED)
    [result] = import_notes([document], load(empty_store))
    _same(result.meeting, expected(note))
    assert result.unplaced == []


@pytest.mark.parametrize("note", WORD, ids=[n.stem for n in WORD])
def test_word_built_document_imports_to_the_expected_meeting(note: Path, empty_store: Path) -> None:
    [result] = import_notes([note], load(empty_store))
    _same(result.meeting, expected(note))
    assert result.unplaced == [] and result.unsure == []
    assert "  All text kunde placeras." in result.summary()


def test_page_furniture_is_set_aside_not_imported(empty_store: Path) -> None:
    """The protocol's page header, signature block and ANSLAG/BEVIS are listed as set aside, nothing else."""
    [result] = import_notes([CORPUS / "protokoll-paragrafer.txt"], load(empty_store))
    reasons = {reason for _, reason in result.set_aside}
    assert reasons == {"sidhuvud eller sidfot", "underskrifter", "anslag/bevis"}
    texts = " ".join(text for text, _ in result.set_aside)
    assert "SIDA 2 (3)" in texts and "Förvaringsplats" in texts
    summary = "\n".join(result.summary())
    assert "Lagt åt sidan (11 rader" in summary


def test_the_agenda_before_the_items_is_not_imported_as_items(empty_store: Path) -> None:
    [result] = import_notes([CORPUS / "anteckningar-dagordning.txt"], load(empty_store))
    assert [i.number for i in result.meeting.items] == ["1.", "2.", "3."]
    assert [reason for _, reason in result.set_aside] == ["innehållsförteckning eller dagordning före ärendena"] * 3


def test_assignments_in_prose_are_proposed_not_added(bra, empty_store: Path) -> None:
    """'X får i uppdrag att …' and '… till X senast DATE' are offered; only --proposals adds them."""
    note = CORPUS / "minnesanteckningar-numrerade.txt"
    [result] = import_notes([note], load(empty_store))
    assert [(p.owners, p.due and p.due.isoformat()) for p in result.proposals] == [
        (["Per Persson"], "2016-05-24"), (["Lisa Lind"], "2016-04-15")]
    assert result.meeting.followups == []
    plain = bra("--store", empty_store, "import", note)
    assert plain.status == 0 and "Förslag på uppföljningar ur texten (2" in plain.err
    assert load(empty_store).meetings[0].followups == []
    again = bra("--store", empty_store, "import", "--force", "--proposals", note)
    assert again.status == 0, again.err
    followups = load(empty_store).meetings[0].followups
    assert [(f.owners, f.status) for f in followups] == [(["Per Persson"], PROPOSAL_STATUS),
                                                         (["Lisa Lind"], PROPOSAL_STATUS)]


def test_an_item_swallowed_into_another_is_reported_as_unsure(empty_store: Path, tmp_path: Path) -> None:
    """A numbered title out of sequence stays in the item before it, and the summary says so."""
    text = (CORPUS / "anteckningar-dagordning.txt").read_text(encoding="utf-8")
    text = text.replace("3. Belysning i Skönvik\nPia", "5. Belysning i Skönvik\nPia")
    note = tmp_path / "fel-nummer.txt"
    note.write_text(text, encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    assert len(result.meeting.items) == 2
    assert any("5. Belysning i Skönvik" in doubt for doubt in result.unsure)
    assert "  All text kunde placeras." not in result.summary()


def test_a_line_read_as_a_person_that_is_no_name_is_reported(empty_store: Path, tmp_path: Path) -> None:
    text = (CORPUS / "minnesanteckningar-numrerade.txt").read_text(encoding="utf-8")
    text = text.replace("Maja Mark, rektor Domarhagsskolan\n",
                        "Maja Mark, rektor Domarhagsskolan\nrepresentant från kyrkan\n")
    note = tmp_path / "konstig-rad.txt"
    note.write_text(text, encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    assert any("representant från kyrkan" in doubt for doubt in result.unsure)


def test_people_under_a_label_among_the_fields_that_is_no_field_are_reported(empty_store: Path,
                                                                            tmp_path: Path) -> None:
    """Below the first labelled field, people under a label the import does not know are read and their line
    reported as unsure, never taken for a heading (a label the import does not know must not make people vanish)."""
    text = (CORPUS / "minnesanteckningar-paragrafer.txt").read_text(encoding="utf-8")
    text = text.replace("Närvarande ledamöter:", "Närvarande politiker:")
    note = tmp_path / "okand-etikett.txt"
    note.write_text(text, encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    assert {"Sara Svensson", "Tom Torn"} <= {a.name for a in result.meeting.present()}
    assert any("Sara Svensson" in doubt and "”Närvarande politiker” är ingen grupp" in doubt
               for doubt in result.unsure)
    assert "  All text kunde placeras." not in result.summary()


def test_a_title_numbered_twice_out_of_order_is_reported_not_merged(empty_store: Path, tmp_path: Path) -> None:
    """'4. 2. Klotter' (a list's number beside another typed): never note text of the item above it unsaid."""
    text = (CORPUS / "minnesanteckningar-nummer-tva-ganger.txt").read_text(encoding="utf-8")
    note = tmp_path / "fel-nummer.txt"
    note.write_text(text.replace("2. 2. Klotter", "4. 2. Klotter"), encoding="utf-8")
    [result] = import_notes([note], load(empty_store))
    assert any("4. 2. Klotter vid stationen" in doubt for doubt in result.unsure)
    assert "  All text kunde placeras." not in result.summary()
