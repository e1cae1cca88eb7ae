"""Item numbers in the shapes agendas and minutes write them beyond '1. Title': a first (or only) item with any
number, a number alone on its line over its title, and a numbered 'Övriga frågor' whose number the questions keep."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from tests.importexport.notes import import_one, write_note

_HEAD = "Kallelse till Lokala Brå\nSammanträdesdag: 2026-04-22\n"


def _read(store: Path, tmp_path: Path, text: str) -> ImportResult:
    return import_one(store, write_note(tmp_path, text))


@pytest.mark.parametrize("agenda, number", [
    ("Kallade ledamöter: Moa Lindh (S)\n\n3.\tLägesbild\t13.15–14.00\n", "3."),
    ("\n3. Lägesbild\n", "3."),
    ("\nDagordning\n7. Lägesbild\nPolisen redogör för läget.\n", "7."),
    ("\n7) Lägesbild 13.15–14.00\n", "7)"),
    ("\nDagordning\nInformationsärenden\n12\tLägesbild\t13.15–14.00\n", "12"),
    ("\nPunkt 5: Lägesbild\n", "Punkt 5"),
    ("\nNr\tÄrende\tTid\n5\tLägesbild\t13.15–14.00\n", "5"),
])
def test_an_agenda_whose_only_item_has_any_number(empty_store: Path, tmp_path: Path, agenda: str,
                                                 number: str) -> None:
    """An agenda that takes up one of the council's standing items ('3. Lägesbild') is that item, with its
    number, whatever the number and however the agenda is written; no line is left unplaced."""
    result = _read(empty_store, tmp_path, _HEAD + agenda)
    assert [(i.number, i.title) for i in result.meeting.items] == [(number, "Lägesbild")]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("mark", ["{n}.", "{n})", "Punkt {n}", "Punkt {n}:", "§ {n}"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["next line", "after a blank line"])
def test_a_number_alone_over_its_title(empty_store: Path, tmp_path: Path, mark: str, gap: str) -> None:
    """'2.' alone on its line with the title on the next line that holds text is the item's start, the first
    item included, in every way of writing the number."""
    numbers = [mark.format(n=n) for n in (1, 2, 3)]
    body = "".join(f"{number}{gap}{title}\n{text}\n\n" for number, title, text in zip(
        numbers, ["Inledning", "Lägesbild", "Klotter"],
        ["Ordföranden öppnade mötet.", "Polisen redogör för läget.", "Mycket klotter i centrum."], strict=True))
    text = "Minnesanteckningar Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n" + body
    result = _read(empty_store, tmp_path, text)
    expected = [n.rstrip(":") for n in numbers]
    assert [(i.number, i.title, i.notes) for i in result.meeting.items] == list(zip(
        expected, ["Inledning", "Lägesbild", "Klotter"],
        ["Ordföranden öppnade mötet.\n", "Polisen redogör för läget.\n", "Mycket klotter i centrum.\n"],
        strict=True))
    assert result.unplaced == [] and result.unsure == []


def test_a_number_alone_over_a_sentence_or_a_number_is_no_item(empty_store: Path, tmp_path: Path) -> None:
    """A lone '2.' opens an item only over a title: over a line in lower case or over another numbered line it is
    text of the item above."""
    text = ("Minnesanteckningar Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n"
            "1. Inledning\nOrdföranden öppnade mötet.\n2.\nmed flera punkter.\n")
    result = _read(empty_store, tmp_path, text)
    assert [i.title for i in result.meeting.items] == ["Inledning"]
    assert "med flera punkter." in result.meeting.items[0].notes


_MINUTES = ("Protokoll Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n"
            "§ 25 Lägesbild\nPolisen redogör.\n\n")


@pytest.mark.parametrize("heading, number", [
    ("§ 26\nÖvriga frågor\n", "§ 26"),
    ("§ 26 Övriga frågor\n", "§ 26"),
    ("§ 26\nDnr KS 2026/5\nÖvriga frågor\n", "§ 26"),
    ("§ 26\n\nÖvriga frågor\n", "§ 26"),
])
def test_a_numbered_other_questions_keeps_its_number(empty_store: Path, tmp_path: Path, heading: str,
                                                    number: str) -> None:
    """The questions taken up under '§ 26' / 'Övriga frågor' keep the number, as under '§ 26 Övriga frågor'."""
    text = _MINUTES + heading + "Kerstin Alm tog upp belysningen vid skolan.\n"
    result = _read(empty_store, tmp_path, text)
    assert [i.number for i in result.meeting.items] == ["§ 25"]
    assert [(o.number, o.title) for o in result.meeting.other] == [
        (number, "Kerstin Alm tog upp belysningen vid skolan")]
    assert result.unplaced == []


@pytest.mark.parametrize("heading", ["§ 26\nÖvriga frågor\n", "§ 26 Övriga frågor\n", "5.\nÖvriga frågor\n",
                                     "§ 26\nÖvriga frågor\nInga övriga frågor.\n", "§ 26 Övriga frågor\nInga.\n"])
def test_an_empty_numbered_other_questions_is_an_item_with_its_number(empty_store: Path, tmp_path: Path,
                                                                     heading: str) -> None:
    """With nothing under it (an agenda's point) or no question ('Inga.'), a numbered 'Övriga frågor' is an item
    keeping its number; never lost."""
    text = _MINUTES.replace("§ 25", "4.") + heading
    result = _read(empty_store, tmp_path, text)
    number = heading.split()[0] if heading.startswith("5") else "§ 26"
    assert [(i.number, i.title) for i in result.meeting.items][-1] == (number, "Övriga frågor")
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("fmt", ["txt", "md", "docx"])
def test_the_other_questions_number_comes_back_from_an_export(bra, empty_store: Path, tmp_path: Path,
                                                             fmt: str) -> None:
    """The number and case number the other questions share are written once, on and under their heading ('§ 26
    Övriga frågor', 'Diarienummer: KS 2026/5'), and read back onto each question."""
    note = write_note(tmp_path, _MINUTES + "§ 26\nÖvriga frågor\nDnr KS 2026/5\n- Belysningen vid skolan.\n"
                                           "- Klotter i tunneln.\n")
    assert bra("--store", empty_store, "import", note).status == 0
    exported = tmp_path / f"protokoll.{fmt}"
    assert bra("--store", empty_store, "export", "2026-04-22", "-f", fmt, "-o", exported).status == 0
    if fmt != "docx":
        text = exported.read_text(encoding="utf-8")
        assert "§ 26 Övriga frågor" in text and text.count("§ 26") == 1 and text.count("KS 2026/5") == 1
    again = import_one(empty_store, exported).meeting
    assert [(o.number, o.case_number, o.title) for o in again.other] == [
        ("§ 26", "KS 2026/5", "Belysningen vid skolan"), ("§ 26", "KS 2026/5", "Klotter i tunneln")]
    assert again.date == dt.date(2026, 4, 22)


@pytest.mark.parametrize("heading", ["§ 26 Övriga frågor\nDnr KS 2026/5\n", "§ 26\nDnr KS 2026/5\nÖvriga frågor\n",
                                     "§ 26 Övriga frågor\nDiarienummer: KS 2026/5\n"])
def test_a_case_number_under_a_numbered_other_questions_is_the_questions(empty_store: Path, tmp_path: Path,
                                                                        heading: str) -> None:
    """The case number the paragraph of the other questions is registered under goes to each question's case number,
    as its number does; with no question, to the item the paragraph stays."""
    text = _MINUTES + heading + "- Belysningen vid skolan.\n- Klotter i tunneln.\n"
    result = _read(empty_store, tmp_path, text)
    assert [(o.number, o.case_number, o.title) for o in result.meeting.other] == [
        ("§ 26", "KS 2026/5", "Belysningen vid skolan"), ("§ 26", "KS 2026/5", "Klotter i tunneln")]
    assert result.unplaced == [] and result.unsure == []
    empty = _read(empty_store, tmp_path, _MINUTES + heading + "Inga övriga frågor.\n")
    assert [(i.number, i.case_number) for i in empty.meeting.items][-1] == ("§ 26", "KS 2026/5")
    assert empty.unplaced == [] and empty.unsure == []


_NOTES = ("Minnesanteckningar Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n"
          "Lägesbild\nPolisen redogör för läget.\n\n")


@pytest.mark.parametrize("heading", ["Övriga frågor\nDnr KS 2026/5\n", "Övrigt\nDiarienummer: KS 2026/5\n",
                                     "Övriga frågor\nKS 2026/5\n", "Övriga frågor\n\nDnr: KS 2026/5\n\n"])
@pytest.mark.parametrize("before", [_NOTES, _MINUTES], ids=["unnumbered items", "numbered items"])
def test_a_case_number_under_an_unnumbered_other_questions_is_the_questions(empty_store: Path, tmp_path: Path,
                                                                           heading: str, before: str) -> None:
    """As under a numbered one: each question's case number; a question's own case number under its title is
    its own; with no question, an item 'Övriga frågor' with the case number."""
    text = before + heading + "- Belysningen vid skolan.\n- Klotter i tunneln\nDnr KS 2026/9\nTunneln är full.\n"
    result = _read(empty_store, tmp_path, text)
    assert [(o.case_number, o.title) for o in result.meeting.other] == [
        ("KS 2026/5", "Belysningen vid skolan"), ("KS 2026/9", "Klotter i tunneln")]
    assert result.unplaced == [] and result.unsure == []
    empty = _read(empty_store, tmp_path, before + heading + "Inga övriga frågor.\n")
    assert [(i.title, i.case_number) for i in empty.meeting.items][-1] == ("Övriga frågor", "KS 2026/5")
    assert empty.meeting.other == [] and empty.unplaced == [] and empty.unsure == []


def test_a_case_number_under_an_unnumbered_title_is_the_items(empty_store: Path, tmp_path: Path) -> None:
    text = (_NOTES.replace("Lägesbild\n", "Lägesbild\nDnr KS 2026/41\n") +
            "Kameror vid resecentrum\nKS 2026/88\n\nRådet beslutar att ansöka om tillstånd.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(i.title, i.case_number) for i in result.meeting.items] == [
        ("Lägesbild", "KS 2026/41"), ("Kameror vid resecentrum", "KS 2026/88")]
    assert result.meeting.items[0].notes == "Polisen redogör för läget.\n"
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("written, number", [
    ("§§ 13–14 Budget och verksamhetsplan\n", "§§ 13–14"),
    ("§§ 13-14 Budget och verksamhetsplan\n", "§§ 13–14"),
    ("§ 13–14 Budget och verksamhetsplan\n", "§§ 13–14"),
    ("§§ 13 och 14 Budget och verksamhetsplan\n", "§§ 13–14"),
    ("§§ 13–14\nBudget och verksamhetsplan\n", "§§ 13–14"),
])
def test_one_item_over_two_paragraphs_is_an_item(empty_store: Path, tmp_path: Path, written: str,
                                                 number: str) -> None:
    """'§§ 13–14 Title' is an item numbered over the two paragraphs it covers, not text of the item above; the next
    item is § 15."""
    text = ("Protokoll Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n§ 12 Lägesbild\nPolisen redogör."
            f"\n\n{written}Rådet beslutade att anta budgeten.\n\n§ 15 Klotter\nMycket klotter.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(i.number, i.title) for i in result.meeting.items] == [
        ("§ 12", "Lägesbild"), (number, "Budget och verksamhetsplan"), ("§ 15", "Klotter")]
    assert result.meeting.items[0].notes == "Polisen redogör.\n"
    assert [d.text for d in result.meeting.items[1].decisions] == ["Rådet beslutade att anta budgeten."]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("written, number", [
    ("13–14. Budget och verksamhetsplan\n", "13–14."),
    ("13-14. Budget och verksamhetsplan\n", "13–14."),
    ("13 – 14. Budget och verksamhetsplan\n", "13–14."),
    ("13-14\tBudget och verksamhetsplan\n", "13–14"),
    ("13–14 Budget och verksamhetsplan\n", "13–14"),
    ("13–14.\nBudget och verksamhetsplan\n", "13–14."),
])
def test_one_item_over_two_numbers_without_a_paragraph_sign_is_an_item(empty_store: Path, tmp_path: Path,
                                                                       written: str, number: str) -> None:
    """'13–14. Title' at the start of a line is one item over the two numbers it covers, as '§§ 13–14' is; the next
    item is 15."""
    text = ("Minnesanteckningar Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n12. Lägesbild\n"
            f"Polisen redogör.\n\n{written}Rådet beslutade att anta budgeten.\n\n15. Klotter\nMycket klotter.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(i.number, i.title) for i in result.meeting.items] == [
        ("12.", "Lägesbild"), (number, "Budget och verksamhetsplan"), ("15.", "Klotter")]
    assert [d.text for d in result.meeting.items[1].decisions] == ["Rådet beslutade att anta budgeten."]
    assert result.unplaced == [] and result.unsure == []


def test_a_time_range_before_a_pause_is_no_range_of_items(empty_store: Path, tmp_path: Path) -> None:
    """'12-13 Lunch' where item 12 comes next is the lunch's time, not items 12 and 13."""
    text = (_HEAD + "\n11. Lägesbild\nPolisen redogör.\n\n12-13 Lunch\n\n12. Klotter\nMycket klotter.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(i.number, i.title) for i in result.meeting.items if i.title != "Lunch"] == [
        ("11.", "Lägesbild"), ("12.", "Klotter")]


def test_a_number_after_a_paragraph_sign_that_does_not_follow_it_is_the_titles(empty_store: Path,
                                                                              tmp_path: Path) -> None:
    text = ("Protokoll Lokala Brå\nDatum: 2026-04-22\nNärvarande: Kerstin Alm (S)\n\n§ 12 Lägesbild\nPolisen redogör."
            "\n\n§ 13 – 2026 års budget\nRådet tog del av budgeten.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(i.number, i.title) for i in result.meeting.items] == [("§ 12", "Lägesbild"),
                                                                  ("§ 13", "2026 års budget")]
