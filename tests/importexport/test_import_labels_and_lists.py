"""Lines a secretary writes with a label or a list letter before what matters: 'Uppdrag: Olle Sund – …', 'a) Lars
Nyberg: …', and sentences Word or an e-mail wraps over two lines. Each test fails when the label or letter becomes
part of a name or title, when lettered questions run together, or when a wrapped sentence is split by a blank line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.review import move, rows
from tests.importexport.notes import import_one, write_note

HEAD = ("Minnesanteckningar\nDatum: 2026-11-05\nTid: 13-15\nPlats: Kommunhuset\n\n"
        "Närvarande: Anna Berg (S), ordförande, Olle Sund, kommunpolis, Lisa Falk, fältassistent\n\n"
        "1. Klotter i centrum\nOlle berättade om klottret.\n")


@pytest.mark.parametrize("label", ["Uppdrag", "Ansvarig", "Åtgärd", "Att göra", "Ansvar", "uppdrag"])
def test_a_label_before_the_owner_is_no_part_of_the_name(empty_store: Path, tmp_path: Path, label: str) -> None:
    """'Uppdrag: Olle Sund – ta fram brottsstatistik – 1 dec': the owner is Olle Sund, so that `bra owner "Olle
    Sund"` finds the task; the row is still said as unsure."""
    text = HEAD + f"{label}: Olle Sund – ta fram brottsstatistik – 1 dec\n\nNästa möte: 2026-12-10 kl. 13.00\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(f.title, f.owners, f.due) for f in result.meeting.followups] == [
        ("Ta fram brottsstatistik", ["Olle Sund"], dt.date(2026, 12, 1))]
    assert [d for d in result.unsure if "Olle Sund – ta fram" in d]


def test_a_label_before_the_task_is_no_part_of_the_title(empty_store: Path, tmp_path: Path) -> None:
    """'Åtgärd: ringa fastighetsägaren – Olle Sund – 1 dec': the task without its label."""
    text = HEAD + "Åtgärd: ringa fastighetsägaren – Olle Sund – 1 dec\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    assert [(f.title, f.owners) for f in result.meeting.followups] == [("Ringa fastighetsägaren", ["Olle Sund"])]


def test_the_review_key_leaves_the_label_out_of_the_owner(empty_store: Path, tmp_path: Path) -> None:
    """u on 'Ansvarig: Olle Sund – ta fram brottsstatistik' (no date, left as a note): owner Olle Sund."""
    text = HEAD + "Ansvarig: Olle Sund – ta fram brottsstatistik\n"
    result = import_one(empty_store, write_note(tmp_path, text))
    row = next(r for r in rows(result) if r.text.startswith("Ansvarig:"))
    assert move(result, row, "uppföljning", []) == "uppföljning: Ta fram brottsstatistik – Olle Sund"


LJUSDAL = ("Minnesanteckningar Lokala Brå Ljusdal\nDatum: 2026-11-12\nTid: 13.00–15.00\nPlats: Kommunhuset\n"
           "Närvarande: Eva Sund (S), ordförande, Lars Nyberg, kommunpolis\n\n1. Mötets öppnande\n"
           "Eva Sund öppnade mötet.\n\n2. Lägesbild\nLars Nyberg: lugnt.\n\n3. Övriga frågor\n{questions}\n"
           "4. Nästa möte\nNästa möte: 2027-01-21 kl. 13.00.\n\n5. Mötets avslutande\n"
           "Ordföranden tackade och avslutade mötet kl. 14.45.\n")


@pytest.mark.parametrize("marks", [("a)", "b)"), ("A.", "B."), ("A)", "B)"), ("a.", "b.")])
def test_lettered_other_questions_are_each_a_question(empty_store: Path, tmp_path: Path,
                                                      marks: tuple[str, str]) -> None:
    """'a) Lars Nyberg: Polisen byter …' / 'b) Eva Sund: Julbord …' under Övriga frågor: two questions, like '1.'
    and bullets; the letter is the list's, never part of the title, and the name before the colon raises it."""
    questions = (f"{marks[0]} Lars Nyberg: Polisen byter kontaktpolis i januari.\n"
                 f"{marks[1]} Eva Sund: Julbord för rådet 18 december.\n")
    result = import_one(empty_store, write_note(tmp_path, LJUSDAL.format(questions=questions)))
    assert [(q.number, q.title, q.presenters) for q in result.meeting.other] == [
        ("3.", "Polisen byter kontaktpolis i januari", ["Lars Nyberg"]),
        ("3.", "Julbord för rådet 18 december", ["Eva Sund"])]
    assert "b)" not in result.meeting.other[0].notes and "B." not in result.meeting.other[0].notes


def test_an_initial_is_no_list_letter(empty_store: Path, tmp_path: Path) -> None:
    """'A. Berg tog upp …' alone under Övriga frågor, with no 'B.' entry: a question whose text keeps the initial."""
    questions = "A. Berg tog upp klottret vid stationen.\n"
    result = import_one(empty_store, write_note(tmp_path, LJUSDAL.format(questions=questions)))
    assert len(result.meeting.other) == 1
    assert "A. Berg tog upp klottret" in result.meeting.other[0].notes


def test_a_letter_list_below_a_numbered_question_stays_its_text(empty_store: Path, tmp_path: Path) -> None:
    """'1. Julbordet' with 'a) datum' / 'b) plats' under it and '2. Skolan': two questions, the letters the first's."""
    questions = "1. Julbordet\na) datum\nb) plats\n2. Skolan\n"
    result = import_one(empty_store, write_note(tmp_path, LJUSDAL.format(questions=questions)))
    assert [q.title for q in result.meeting.other][1:] == ["Skolan"]
    assert result.meeting.other[0].title.startswith("Julbordet")


MAIL = ("Från: Karin Lööf <karin.loof@storvik.se>\nSkickat: den 5 november 2026 09:12\n"
        "Ämne: Minnesanteckningar trygghetsrådet 3/11\n\nHej alla!\n\n"
        "Närvarande: Karin Lööf, Peter Näslund, Oskar Vik, Amir Haddad\n\n"
        "1) Polisen: Peter berättade att det varit lugnt i centrum men att det blivit fler\n"
        "mopedbränder vid Hagaskolan.\n"
        "2) Fältgruppen: Amir berättade om ungdomarna vid busstorget.\n"
        "Vi bestämde att fältgruppen ska vara ute även fredagar i december.\n"
        "3) Belysning: Oskar tar fram en karta över mörka platser till nästa möte.\n\n"
        "Hälsningar\nKarin Lööf\n")


def test_a_wrapped_sentence_after_a_topic_is_one_sentence(empty_store: Path, tmp_path: Path) -> None:
    """'1) Polisen: Peter berättade … fler' / 'mopedbränder vid Hagaskolan.': the item Polisen, the sentence whole
    in its notes with a space where the line broke, never a blank line in the middle; 'Fältgruppen: Amir berättade
    om …' is titled by its topic as 'Belysning: Oskar tar fram …' is."""
    result = import_one(empty_store, write_note(tmp_path, MAIL))
    items = result.meeting.items
    assert [i.title for i in items] == ["Polisen", "Fältgruppen", "Belysning"]
    assert items[0].notes == ("Peter berättade att det varit lugnt i centrum men att det blivit fler mopedbränder "
                              "vid Hagaskolan.\n")
    assert items[1].notes.startswith("Amir berättade om ungdomarna vid busstorget.")
    assert [d.text for d in items[1].decisions] == [
        "Vi bestämde att fältgruppen ska vara ute även fredagar i december."]
    assert all("\n\n" not in i.notes for i in items)


def test_a_long_title_wrapped_over_lines_is_joined(empty_store: Path, tmp_path: Path) -> None:
    """A sentence longer than a title written where the title stands, going on over two more lines: whole, with
    spaces, first in the notes; the text after it in a paragraph of its own."""
    text = HEAD.replace("1. Klotter i centrum\nOlle berättade om klottret.\n",
                        "1. Anna Berg undrar om kommunen kan sätta upp fler kameror vid busstationen i\n"
                        "centrum eftersom det varit flera rån där under\nhösten.\nOlle svarade att det utreds.\n")
    result = import_one(empty_store, write_note(tmp_path, text))
    item = result.meeting.items[0]
    assert "\n" not in item.title and "hösten" not in item.title
    assert item.notes == ("Anna Berg undrar om kommunen kan sätta upp fler kameror vid busstationen i centrum "
                          "eftersom det varit flera rån där under hösten.\n\nOlle svarade att det utreds.\n")


def test_a_title_over_lower_case_notes_is_as_written(empty_store: Path, tmp_path: Path) -> None:
    """'1. Lägesbild' over 'polisen berättade …' in lower case: the title is a title, the notes its own."""
    text = HEAD.replace("Olle berättade om klottret.", "polisen berättade om klottret.")
    result = import_one(empty_store, write_note(tmp_path, text))
    assert result.meeting.items[0].title == "Klotter i centrum"
    assert result.meeting.items[0].notes.startswith("polisen berättade om klottret.")
