"""Where the lines of an item go: decisions written as a list or inside a paragraph (Word's "Spara som text" keeps
a paragraph's lines without blank lines between them), a title below a bare number, an agenda's columns and
pauses, a schedule without a year, the place without its times, an agenda line that differs from its item."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.importer.report import ImportResult
from tests.importexport.notes import COUNCILS, import_one, write_note

PROTOKOLL = "Protokoll 2026-03-12\n\n"


def _read(store: Path, tmp_path: Path, text: str) -> ImportResult:
    return import_one(store, write_note(tmp_path, text))


def _decisions(result: ImportResult, n: int = 0) -> list[str]:
    return [d.text for d in result.meeting.items[n].decisions]


@pytest.mark.parametrize("entries", [
    "- genomföra en trygghetsvandring,\n- sammanställa resultatet.",
    "• genomföra en trygghetsvandring,\n• sammanställa resultatet.",
    "– genomföra en trygghetsvandring,\n– sammanställa resultatet.",
    "\n- genomföra en trygghetsvandring,\n- sammanställa resultatet.",
    "1. genomföra en trygghetsvandring,\n2. sammanställa resultatet.",
    "1) Genomföra en trygghetsvandring,\n2) Sammanställa resultatet.",
], ids=["hyphen", "bullet", "dash", "after-blank", "numbered", "numbered-capital"])
@pytest.mark.parametrize("heading", [("§ 13\nTrygghet i centrum\n", "§ 14\nSkola\n"),
                                     ("1. Trygghet i centrum\n", "2. Skola\n")], ids=["§", "1."])
def test_each_listed_decision_is_a_decision_of_its_own(empty_store: Path, tmp_path: Path, entries: str,
                                                      heading: tuple[str, str]) -> None:
    """'Rådet beslutar att' over a list, without a Beslut heading: each entry is a decision with the opening words
    (without the comma that joined the list), and an item that follows the list is still an item."""
    text = PROTOKOLL + heading[0] + "Rådet beslutar att\n" + entries + "\n\n" + heading[1] + "Text.\n"
    result = _read(empty_store, tmp_path, text)
    assert _decisions(result) == ["Rådet beslutar att genomföra en trygghetsvandring",
                                  "Rådet beslutar att sammanställa resultatet."]
    assert result.meeting.items[0].notes == ""
    assert [i.title for i in result.meeting.items][-1] == "Skola"
    assert result.unplaced == [] and result.unsure == []


def test_an_assignment_after_a_listed_decision_is_no_part_of_it(empty_store: Path, tmp_path: Path) -> None:
    """'Ida Grahn får i uppdrag att … senast …' below the list is a note, offered as a follow-up proposal."""
    text = (PROTOKOLL + "Beslutande\tIda Grahn\n\n§ 13\nTrygghet i centrum\nRådet beslutar att\n"
            "- genomföra en trygghetsvandring,\n- sammanställa resultatet.\n"
            "Ida Grahn får i uppdrag att boka lokal senast 2026-04-01.\n")
    result = _read(empty_store, tmp_path, text)
    assert _decisions(result) == ["Rådet beslutar att genomföra en trygghetsvandring",
                                  "Rådet beslutar att sammanställa resultatet."]
    assert result.meeting.items[0].notes == "Ida Grahn får i uppdrag att boka lokal senast 2026-04-01.\n"
    assert [(p.title, p.owners, str(p.due)) for p in result.proposals] == [
        ("Boka lokal", ["Ida Grahn"], "2026-04-01")]


def test_an_assignment_after_a_one_line_beslut_is_a_note(empty_store: Path, tmp_path: Path) -> None:
    """'Beslut: Rådet ställer sig bakom vandringen.' is the whole decision; the assignment on the next line is a
    note, numbered items or not."""
    lines = ("Beslut: Rådet ställer sig bakom vandringen.\n"
             "Helena Sandberg får i uppdrag att skicka inbjudan senast 2026-02-26.\n")
    for text in (PROTOKOLL + "1. Trygghetsvandring\nVandringen genomförs i mars.\n" + lines,
                 PROTOKOLL + "Närvarande: Helena Sandberg\n\nÄrenden\n\nTrygghetsvandring\n"
                 "Vandringen genomförs i mars.\n" + lines):
        item = _read(empty_store, tmp_path, text).meeting.items[0]
        assert [d.text for d in item.decisions] == ["Rådet ställer sig bakom vandringen."]
        assert item.notes.endswith("Helena Sandberg får i uppdrag att skicka inbjudan senast 2026-02-26.\n")


@pytest.mark.parametrize("heading", ["§ 78\nKameraövervakning\n", "1. Kameraövervakning\n"], ids=["§", "1."])
def test_decisions_inside_a_paragraph(empty_store: Path, tmp_path: Path, heading: str) -> None:
    """Without blank lines: each line that opens with a decision phrase starts a decision, and the lines before it
    are notes."""
    two = "Rådet beslutar att ansöka om tillstånd.\nRådet beslutar att ta fram underlag.\n"
    result = _read(empty_store, tmp_path, PROTOKOLL + heading + two)
    assert _decisions(result) == ["Rådet beslutar att ansöka om tillstånd.", "Rådet beslutar att ta fram underlag."]
    result = _read(empty_store, tmp_path, PROTOKOLL + heading + "Text.\n" + two)
    assert _decisions(result) == ["Rådet beslutar att ansöka om tillstånd.", "Rådet beslutar att ta fram underlag."]
    assert result.meeting.items[0].notes == "Text.\n"
    result = _read(empty_store, tmp_path, PROTOKOLL + heading + "Polisen redogör för läget i centrum.\n"
                   "Rådet beslutar att notera informationen.\n")
    assert _decisions(result) == ["Rådet beslutar att notera informationen."]
    assert result.meeting.items[0].notes == "Polisen redogör för läget i centrum.\n"
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("opening", ["Nämnden beslöt att", "Styrgruppen beslutade att", "Arbetsgruppen beslutar att",
                                     "Beslut:"])
def test_every_decision_phrase_starts_a_decision(empty_store: Path, tmp_path: Path, opening: str) -> None:
    text = (PROTOKOLL + "Närvarande: Eva Ek\n\nÄrenden\n\nKameror\nPolisen redogör för läget.\n"
            f"{opening} ansöka om tillstånd.\nRådet beslutar att ta fram\nett underlag till mötet i maj.\n")
    item = _read(empty_store, tmp_path, text).meeting.items[0]
    first = "ansöka om tillstånd." if opening == "Beslut:" else f"{opening} ansöka om tillstånd."
    assert [d.text for d in item.decisions] == [first, "Rådet beslutar att ta fram ett underlag till mötet i maj."]
    assert item.notes == "Polisen redogör för läget.\n"


def test_an_earlier_decision_told_in_the_notes_is_none(empty_store: Path, tmp_path: Path) -> None:
    """'Vid förra mötet beslutade rådet att …' inside a paragraph tells of a decision: the line stays a note. A
    paragraph that opens with who decides is a decision as before ('Rådet beslutar enligt förslaget.')."""
    text = (PROTOKOLL + "§ 1\nKameror\nKamerorna har kommit.\nVid förra mötet beslutade rådet att köpa två.\n\n"
            "Rådet beslutar enligt förslaget.\n")
    item = _read(empty_store, tmp_path, text).meeting.items[0]
    assert [d.text for d in item.decisions] == ["Rådet beslutar enligt förslaget."]
    assert item.notes == "Kamerorna har kommit.\nVid förra mötet beslutade rådet att köpa två.\n"


@pytest.mark.parametrize("below", ["", "\nJusterandes signatur\n", "\nOrdförandes signatur\n",
                                   "\nUtdragsbestyrkande\n"])
@pytest.mark.parametrize("heading", ["Nästa sammanträde", "Nästa möte"])
def test_the_line_below_a_bare_number_is_its_title(empty_store: Path, tmp_path: Path, below: str,
                                                  heading: str) -> None:
    """'§ 16' alone, 'Nästa sammanträde' below it: that line is the item's title (not a part of the minutes), the
    date below it the next meeting; a signature box's label at the foot of the page is set aside."""
    text = (PROTOKOLL + "§ 15\nLägesbild\nText.\n\n§ 16\n" + heading + "\n"
            "Nästa sammanträde hålls den 4 juni kl. 13.15 i Rådhuset.\n" + below)
    result = _read(empty_store, tmp_path, text)
    assert [(i.number, i.title) for i in result.meeting.items] == [("§ 15", "Lägesbild"), ("§ 16", heading)]
    assert [(str(e.date), e.place) for e in result.meeting.schedule] == [("2026-06-04", "Rådhuset")]
    if below:
        assert (below.strip(), "underskrifter") in result.set_aside
    assert result.unplaced == [] and result.unsure == []


def test_the_title_below_a_number_and_its_case_number(empty_store: Path, tmp_path: Path) -> None:
    text = (PROTOKOLL + "§ 15\nLägesbild\nText.\n\n§ 16\nDnr KS 2026/3\nNästa sammanträde\n"
            "Nästa sammanträde hålls den 4 juni kl. 13.15 i Rådhuset.\n")
    result = _read(empty_store, tmp_path, text)
    assert [(i.number, i.title, i.case_number) for i in result.meeting.items][1] == (
        "§ 16", "Nästa sammanträde", "KS 2026/3")
    assert len(result.meeting.schedule) == 1 and result.unplaced == []


def test_an_agenda_line_in_columns(empty_store: Path, tmp_path: Path) -> None:
    """'1.<TAB>Lägesbild polisen<TAB>08.30–09.00<TAB>Linnea Stål': title, time and presenter from their columns; a
    case number, a kind and an organisation after the time likewise."""
    text = ("Kallelse 2026-04-23\n\n1.\tLägesbild polisen\t08.30–09.00\tLinnea Stål\n"
            "2.\tBudget\tKS 2026/12\tFör beslut\t09.00–09.30\tPolisen\n3.\tMedel\tkl. 9.30\n")
    result = _read(empty_store, tmp_path, text)
    got = [(i.number, i.title, str(i.start), str(i.end), i.presenters, i.case_number, i.kind)
           for i in result.meeting.items]
    assert got == [("1.", "Lägesbild polisen", "08:30:00", "09:00:00", ["Linnea Stål"], None, None),
                   ("2.", "Budget", "09:00:00", "09:30:00", ["Polisen"], "KS 2026/12", "decision"),
                   ("3.", "Medel", "09:30:00", "None", [], None, None)]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("pause", ["09.30–09.45\tKaffe", "Kaffe\t09.30–09.45", "09.30–09.45 Kaffe",
                                   "Kaffe 09.30–09.45", "kl. 09.30-09.45 Fikapaus"])
def test_an_unnumbered_pause_between_items_is_a_pause(empty_store: Path, tmp_path: Path, pause: str) -> None:
    """A pause has no number in the agenda: it is an item of the kind pause with its time, never a note of the
    item above, and the numbering goes on after it."""
    text = f"Kallelse 2026-04-23\n\n1.\tSkola\t09.00–09.30\n{pause}\n2.\tMedel\n"
    result = _read(empty_store, tmp_path, text)
    got = [(i.number, i.title, i.kind, str(i.start), str(i.end), i.notes) for i in result.meeting.items]
    name = "Fikapaus" if "Fika" in pause else "Kaffe"
    assert got == [("1.", "Skola", None, "09:00:00", "09:30:00", ""),
                   (None, name, "pause", "09:30:00", "09:45:00", ""),
                   ("2.", "Medel", None, "None", "None", "")]
    assert result.unplaced == [] and result.unsure == []


def test_a_word_with_a_pause_in_it_is_no_pause(empty_store: Path, tmp_path: Path) -> None:
    """'Lunchen serverades i matsalen.' below an item stays its note; 'Ajournering' alone is an adjournment."""
    text = "Protokoll 2026-04-23\n\n1. Skola\nLunchen serverades i matsalen.\nAjournering\n2. Medel\n"
    m = _read(empty_store, tmp_path, text).meeting
    assert [(i.title, i.kind) for i in m.items] == [("Skola", None), ("Ajournering", "adjournment"), ("Medel", None)]
    assert m.items[0].notes == "Lunchen serverades i matsalen.\n"


def _schedule(result: ImportResult) -> list[tuple[str, str | None, str | None]]:
    return [(str(e.date), str(e.start) if e.start else None, e.place) for e in result.meeting.schedule]


@pytest.mark.parametrize("label", ["Mötestider våren", "Mötestider hösten", "Mötestider under våren", "Mötestider"])
def test_a_schedule_on_one_line_without_a_year(empty_store: Path, tmp_path: Path, label: str) -> None:
    """'Mötestider våren: 16 april, 4 juni' after an item: each date the next after the meeting's own, none of
    them left in the item's notes."""
    text = f"Protokoll 2026-05-05\n\n1. Lägesbild\nText.\n\n{label}: 16 april, 4 juni\n"
    result = _read(empty_store, tmp_path, text)
    assert result.meeting.items[0].notes == "Text.\n"
    assert _schedule(result) == [("2027-04-16", None, None), ("2026-06-04", None, None)]
    assert result.unplaced == [] and result.unsure == []


@pytest.mark.parametrize("heading", ["1. Nästa möte\n", "Nästa möte\n"], ids=["item", "part"])
def test_a_date_written_twice_is_one_meeting(empty_store: Path, tmp_path: Path, heading: str) -> None:
    """Under 'Nästa möte', '16 april kl. 14.00, Kommunhuset.' then 'Mötestider våren: 16 april, 4 juni': the
    16th once, with its time and place; the label is no place."""
    text = (f"Protokoll 2026-02-05\n\n{heading}16 april kl. 14.00, Kommunhuset.\n\n"
            "Mötestider våren: 16 april, 4 juni\n")
    if heading == "Nästa möte\n":
        text = text.replace("Protokoll 2026-02-05\n\n", "Protokoll 2026-02-05\n\n1. Lägesbild\nText.\n\n")
    result = _read(empty_store, tmp_path, text)
    assert _schedule(result) == [("2026-04-16", "14:00:00", "Kommunhuset"), ("2026-06-04", None, None)]
    assert result.unplaced == [] and result.unsure == []


def test_two_times_on_one_date_are_two_meetings(empty_store: Path, tmp_path: Path) -> None:
    text = "Protokoll 2026-02-05\n\n1. Lägesbild\nText.\n\nTidplan\n16 april kl. 9.00\n16 april kl. 14.00\n"
    assert _schedule(_read(empty_store, tmp_path, text)) == [("2026-04-16", "09:00:00", None),
                                                             ("2026-04-16", "14:00:00", None)]


@pytest.mark.parametrize(("line", "place"), [
    ("Plats och tid\tStadshuset, Tranås 13:15-15:40", "Stadshuset, Tranås"),
    ("Plats och tid: Stadshuset 13.15-15.40", "Stadshuset"),
    ("Plats och tid: Stadshuset, kl. 13.15–15.40", "Stadshuset"),
    ("Plats och tid: 13.15 – 15.40, Stadshuset sal B", "Stadshuset sal B"),
    ("Plats och tid: Stadshuset klockan 13.15 till 15.40", "Stadshuset"),
    ("Plats: Stadshuset, Tranås 13.15–15.40", "Stadshuset, Tranås"),
])
def test_the_place_without_the_times(empty_store: Path, tmp_path: Path, line: str, place: str) -> None:
    """The times in a 'Plats och tid' (or Plats) field are the meeting's start and end, never part of the place."""
    m = _read(empty_store, tmp_path, f"Protokoll 2026-03-10\n{line}\n\n§ 1\nA\nText.\n").meeting
    assert (m.place, str(m.start), str(m.end)) == (place, "13:15:00", "15:40:00")


@pytest.mark.parametrize(("agenda", "item"), [
    ("Lägesbild", "Lägesbild (Petra Lilja)"),
    ("Lägesbild (Petra Lilja)", "Lägesbild"),
    ("Lägesbild", "Lägesbild – polisen informerar"),
    ("Lägesbild\t14.20–14.40", "Lägesbild"),
    ("Lägesbild, KS 2026/12", "Lägesbild"),
])
@pytest.mark.parametrize("where", [0, 2], ids=["first", "third"])
def test_an_agenda_line_that_differs_slightly_from_its_item_is_set_aside(
        empty_store: Path, tmp_path: Path, agenda: str, item: str, where: int) -> None:
    """The Dagordning before the items: a line whose item adds a presenter, a time or more words is the agenda's,
    set aside as such, never left unplaced; the item keeps what its own heading says."""
    agenda_titles = ["Mötets öppnande", "Föregående anteckningar", "Skola"]
    item_titles = list(agenda_titles)
    agenda_titles[where], item_titles[where] = agenda, item
    agenda_lines = [f"{n}. {title}" for n, title in enumerate(agenda_titles, 1)]
    text = ("Minnesanteckningar 2026-02-05\n\nDagordning\n" + "\n".join(agenda_lines) + "\n\n" +
            "".join(f"{n}. {title}\nText.\n\n" for n, title in enumerate(item_titles, 1)))
    result = _read(empty_store, tmp_path, text)
    assert [i.number for i in result.meeting.items] == ["1.", "2.", "3."]
    assert result.meeting.items[where].title == ("Lägesbild – polisen informerar" if "–" in item else "Lägesbild")
    assert [line for line, why in result.set_aside if why.startswith("innehållsförteckning")] == agenda_lines
    assert result.unplaced == [] and result.unsure == []


def _items(result: ImportResult) -> list[tuple[object, ...]]:
    return [(i.number, i.title, i.kind, i.case_number, str(i.start) if i.start else None,
             str(i.end) if i.end else None, i.presenters, i.notes, [d.text for d in i.decisions],
             [d.amount_sek for d in i.decisions]) for i in result.meeting.items]


def test_a_protocol_with_listed_decisions(empty_store: Path) -> None:
    """Sala's protocol: § numbers with the title below, case numbers beside them, 'Rådet beslutar att' over a list
    and an assignment after it, the next meeting as a numbered item, a signature box and ANSLAG/BEVIS."""
    result = import_one(empty_store, COUNCILS / "sala-beslut-i-lista.txt")
    m = result.meeting
    assert (str(m.date), str(m.start), str(m.end), m.place, m.document) == (
        "2026-03-12", "13:15:00", "15:40:00", "Rådhuset, sammanträdesrum Tärnan", "protokoll")
    assert _items(result) == [
        ("§ 11", "Val av justerare", "decision", None, None, None, [], "",
         ["Rådet beslutar att utse Lena Sjöberg att jämte ordföranden justera dagens protokoll."], [None]),
        ("§ 12", "Lägesbild från polisen", "decision", "KS 2026/41", None, None, ["Jenny Forsberg"],
         "Föredragande: Jenny Forsberg, kommunpolis\nJenny Forsberg redogör för brottsutvecklingen under januari och "
         "februari. Bostadsinbrotten har minskat med 20 procent jämfört med samma period förra året.\n",
         ["Rådet beslutar att lägga informationen till handlingarna."], [None]),
        ("§ 13", "Medborgardialog om trygghet i centrum", "decision", "KS 2025/388", None, None, [],
         "Ida Grahn får i uppdrag att boka lokal senast 2026-04-01.\n",
         ["Rådet beslutar att genomföra en trygghetsvandring i centrum den 21 april",
          "Rådet beslutar att ge säkerhetssamordnaren i uppdrag att sammanställa resultatet."], [None, None]),
        ("§ 14", "Ansökan om medel för sommarlovsaktiviteter", "decision", "KS 2026/12", None, None, [], "",
         ["Rådet beslutar att bevilja 45 000 kronor till fältgruppens sommarlovsaktiviteter."], [45000]),
        ("§ 16", "Nästa sammanträde", None, None, None, None, [], "", [], []),
    ]
    assert [o.title for o in m.other] == ["Hans Nyström tar upp anlagda bränder i Västra skogen",
                                          "Karin Ahl frågar om belysningen vid Ekebygården"]
    assert _schedule(result) == [("2026-06-04", "13:15:00", "Rådhuset, sammanträdesrum Tärnan")]
    assert [(p.title, p.owners, str(p.due)) for p in result.proposals] == [
        ("Boka lokal", ["Ida Grahn"], "2026-04-01")]
    assert ("Justerandes signatur", "underskrifter") in result.set_aside
    assert result.unplaced == []


def test_notes_with_an_agenda_presenters_and_a_one_line_schedule(empty_store: Path) -> None:
    """Tierp's notes: a Dagordning that the items repeat with a presenter added, assignments in the prose, a
    one-line 'Beslut:' with an assignment below it, the next meeting and the spring's dates without a year."""
    result = import_one(empty_store, COUNCILS / "tierp-dagordning-foredragande.txt")
    m = result.meeting
    assert (str(m.date), str(m.start), str(m.end), m.place, m.document) == (
        "2026-02-05", "14:00:00", "16:15:00", "Kommunhuset, rum Vendel", "minnesanteckningar")
    assert _items(result) == [
        ("1.", "Mötets öppnande", None, None, None, None, [], "Ordföranden hälsar alla välkomna och öppnar mötet.\n",
         [], []),
        ("2.", "Föregående minnesanteckningar", None, None, None, None, [],
         "Anteckningarna från 2025-11-27 gicks igenom och lades till handlingarna.\n", [], []),
        ("3.", "Lägesbild", None, None, None, None, ["Petra Lilja"],
         "Polisen rapporterar fler ungdomar som samlas vid resecentrum kvällstid. Skadegörelsen har ökat.\n"
         "Petra Lilja får i uppdrag att ta fram statistik över skadegörelse till nästa möte.\n"
         "Jonas Mäki gör en sammanställning av fritidsgårdarnas öppettider.\n", [], []),
        ("4.", "Trygghetsvandring Siggbo", "decision", None, None, None, [],
         "Vandringen genomförs den 12 mars kl. 18.00 med start vid Siggbo skola.\n"
         "Helena Sandberg får i uppdrag att skicka inbjudan till boende senast 2026-02-26.\n",
         ["Rådet ställer sig bakom vandringen."], [None]),
        ("6.", "Nästa möte", None, None, None, None, [], "", [], []),
    ]
    assert [o.title for o in m.other] == ["Belysning vid gång- och cykeltunneln under väg 76",
                                          "Kim Dahl informerade om nya kameror i trapphus"]
    assert _schedule(result) == [("2026-04-16", "14:00:00", "Kommunhuset rum Vendel"), ("2026-06-04", None, None)]
    assert [(p.title, p.owners, str(p.due)) for p in result.proposals] == [
        ("Ta fram statistik över skadegörelse", ["Petra Lilja"], "2026-04-16"),
        ("Göra en sammanställning av fritidsgårdarnas öppettider", ["Jonas Mäki"], "None"),
        ("Skicka inbjudan till boende", ["Helena Sandberg"], "2026-02-26")]
    assert [line for line, why in result.set_aside if why.startswith("innehållsförteckning")] == [
        "1. Mötets öppnande", "2. Föregående minnesanteckningar", "3. Lägesbild", "4. Trygghetsvandring Siggbo",
        "5. Övriga frågor", "6. Nästa möte"]
    assert result.unplaced == []
