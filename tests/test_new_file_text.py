"""A new meeting file is written straight from the meeting, not through a whole tomlkit document: its text is byte
for byte what merging the meeting into an empty document writes (the layout-keeping writer every edit uses), and
it reads back as the meeting it was written from; a long imported note is written whole."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
import tomlkit

from brå_tui.importer.notes import import_notes
from brå_tui.importer.save import prepare, save
from brå_tui.model import Council, Decision, Item, Meeting, Store
from brå_tui.store.convert import meeting_from_table
from brå_tui.store.load import load
from brå_tui.store.save import MeetingDocument
from tests.conftest import SEED_STORE

CORPUS = Path(__file__).resolve().parent / "importexport" / "corpus"


def _seed_meetings() -> list[Meeting]:
    return sorted(load(SEED_STORE).meetings, key=lambda m: m.date)


def _corpus_meetings() -> list[Meeting]:
    """Every corpus note as imported, and every corpus note's expected meeting."""
    meetings = []
    for path in sorted(CORPUS.glob("*.txt")):
        [result] = import_notes([path], Store(root=path.parent, council=Council(), people=[], meetings=[]))
        meetings.append(result.meeting)
    for path in sorted(CORPUS.glob("*.expected.toml")):
        meeting, problems = meeting_from_table(tomllib.loads(path.read_text(encoding="utf-8")))
        assert meeting is not None and not problems, problems
        meetings.append(meeting)
    return meetings


def _whole_document_text(meeting: Meeting, path: Path, version: int | None = None) -> bytes:
    """The text the layout-keeping writer gives: the meeting merged into an empty tomlkit document."""
    document = MeetingDocument(path, None)
    assert len(document.doc) == 0  # the document made first: the meeting is merged into it
    document.apply(meeting, version)
    return tomlkit.dumps(document.doc).encode("utf-8")


def _new_file_text(meeting: Meeting, path: Path, version: int | None = None) -> bytes:
    document = MeetingDocument(path, None)
    document.apply(meeting, version)
    return document.render()


def _same_meeting(text: bytes, meeting: Meeting) -> None:
    read, problems = meeting_from_table(tomllib.loads(text.decode("utf-8")))
    assert read is not None and not problems, problems
    assert read == meeting


def test_every_seed_meeting_is_written_as_the_layout_keeping_writer_writes_it(tmp_path: Path) -> None:
    meetings = _seed_meetings()
    assert meetings
    for meeting in meetings:
        text = _new_file_text(meeting, tmp_path / "m.toml")
        assert text == _whole_document_text(meeting, tmp_path / "m.toml"), meeting.date
        _same_meeting(text, meeting)
        # In format 2 as well (what 'bra check --upgrade' and newer meetings write).
        assert _new_file_text(meeting, tmp_path / "m.toml", 2) == _whole_document_text(meeting, tmp_path / "m.toml", 2)


def test_every_imported_corpus_meeting_is_written_as_the_layout_keeping_writer_writes_it(tmp_path: Path) -> None:
    meetings = _corpus_meetings()
    assert len(meetings) > 100
    for meeting in meetings:
        text = _new_file_text(meeting, tmp_path / "m.toml")
        assert text == _whole_document_text(meeting, tmp_path / "m.toml"), meeting.date
        _same_meeting(text, meeting)


def test_keys_the_model_does_not_know_are_written_in_the_same_places(tmp_path: Path) -> None:
    """Keys kept from a newer format (extra): plain ones after the tables in the table's order, a table, an array of
    tables, and texts that need quoting, escapes and several lines."""
    meeting = _seed_meetings()[0]
    meeting.extra = {"annex": {"title": "Bilaga \"A\"", "sida": 3, "nested": {"x": [1, 2]}},
                     "later": "en text\növer två rader", "rows": [{"n": 1, "när": dt.date(2025, 5, 1)}, {"n": 2}],
                     "tabbed\tkey": "tab\there", "flag": True, "float": 1.5, "empty": {}}
    meeting.items.append(Item(title="Punkt med ''' och \"\"\" och \\", notes="rad ett\r\nrad två\n",
                              decisions=[Decision(text="Beslut\x07med kontrolltecken")]))
    # Items of the shapes written by tomlkit alone: a key that needs quotes, a table inside, a key after the
    # decisions; and a decision of such a shape inside an item of the usual one.
    meeting.items.append(Item(title="Citerad", extra={"egen nyckel": "ja"}, decisions=[Decision(text="B")]))
    meeting.items.append(Item(title="Tabell", extra={"bilaga": {"sidor": 2}}))
    meeting.items.append(Item(title="Sist", extra={"later": 1}, decisions=[Decision(text="B")]))
    meeting.items.append(Item(title="Beslut", decisions=[Decision(text="B", extra={"bilaga": {"sidor": 2}})]))
    text = _new_file_text(meeting, tmp_path / "m.toml")
    assert text == _whole_document_text(meeting, tmp_path / "m.toml")
    read = tomllib.loads(text.decode("utf-8"))
    assert read["annex"]["nested"] == {"x": [1, 2]}
    assert [i["title"] for i in read["item"][-4:]] == ["Citerad", "Tabell", "Sist", "Beslut"]


def test_a_new_file_document_edited_again_keeps_what_was_written(tmp_path: Path) -> None:
    """A new file edited again after its text was written (in the app, the meeting saved once and edited on) is
    edited as the file written: layout-keeping, with the second edit in it."""
    meeting = _seed_meetings()[0]
    path = tmp_path / "meetings" / f"{meeting.date.isoformat()}.toml"
    path.parent.mkdir()
    document = MeetingDocument.open(path)
    document.apply(meeting)
    assert document.save(kind="import")
    assert document.opened is not None and document.opened["date"] == meeting.date
    reopened = MeetingDocument.open(path)
    meeting.place = "Stadshuset, sal 2"  # the meeting applied, changed in place as the app's form changes it
    meeting.items.pop(0)
    document.apply(meeting)
    reopened.apply(meeting)
    assert document.save()
    assert path.read_bytes() == reopened.render()
    _same_meeting(path.read_bytes(), meeting)


def _long_note(items: int) -> str:
    """A protocol of many § items, each with a line of notes and a decision, under a list of people."""
    people = "\n".join(f"Person{n} Efternamn{n}, handläggare" for n in range(200))
    prose = " ".join(["Trygghet i centrum och samverkan med polisen"] * 6)
    body = "\n".join(f"§ {n} Ärende nummer {n}\n{prose}, punkt {n}.\nRådet beslutar att notera ärende {n}."
                     for n in range(1, items + 1))
    return f"Protokoll Brå 2026-03-03\nNärvarande: Ann Ek, ordförande\n{people}\n{body}\n"


@pytest.mark.long
def test_a_long_note_is_imported_and_written_whole(empty_store: Path, tmp_path: Path) -> None:
    items = 9_000  # § numbers as protocols write them, up to four digits
    note = tmp_path / "lang.txt"
    note.write_text(_long_note(items), encoding="utf-8")
    assert note.stat().st_size > 3_000_000
    [result] = import_notes([note], load(empty_store))
    document = prepare(empty_store, result, force=False)
    save(document)
    written = tomllib.loads(document.path.read_text(encoding="utf-8"))
    assert [(i["number"], i["title"]) for i in written["item"]] == [(f"§ {n}", f"Ärende nummer {n}")
                                                                    for n in range(1, items + 1)]
    assert all(i["notes"].endswith(f"punkt {n}.\n") for n, i in enumerate(written["item"], 1))
    assert [i["decision"][0]["text"] for i in written["item"]] == [f"Rådet beslutar att notera ärende {n}."
                                                                   for n in range(1, items + 1)]
    assert len(written["attendee"]) == 201
    read, problems = meeting_from_table(written)
    assert read is not None and not problems, problems
    assert read == result.meeting
