"""The council's questions answered on the seed store, with the values the notes give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.model import Store
from brå_tui.questions.actionlog import build_log, filter_log
from brå_tui.questions.decisions import decision_register
from brå_tui.questions.newmeeting import next_meeting, planned
from brå_tui.questions.owners import owned_by, without_owner
from brå_tui.questions.people import Directory
from brå_tui.questions.riskmatrix import build_matrix, linked_to_area
from brå_tui.questions.search import search
from brå_tui.store.index import Index
from brå_tui.store.load import load
from tests.conftest import SEED_STORE


@pytest.fixture(scope="module")
def store() -> Store:
    return load(SEED_STORE)


@pytest.fixture(scope="module")
def directory(store: Store) -> Directory:
    return Directory.from_store(store)


def test_seed_store_reads_whole(store: Store) -> None:
    assert store.broken == []
    assert [m.key for m in store.meetings_newest_first()] == ["2024-11-15", "2024-02-09"]
    feb, nov = store.meeting("2024-02-09"), store.meeting("2024-11-15")
    assert (len(feb.attendees), len(feb.items), len(feb.followups), len(feb.other)) == (11, 5, 5, 1)
    assert (len(nov.attendees), len(nov.items), len(nov.followups), len(nov.other)) == (12, 3, 3, 4)
    assert [a.name for a in nov.with_role("ordförande")] == ["Blerta Krenzi"]
    assert [a.name for a in nov.with_role("sekreterare")] == ["Cornelia Gustafsson"]


@pytest.mark.parametrize("written, full", [
    ("Mikael J", "Mikael Jansson"),
    ("Tobias Å", "Tobias Åsell"),
    ("tobias a", "Tobias Åsell"),
    ("Thomas N", "Thomas Nordström"),
    ("Blerta K", "Blerta Krenzi"),
    ("asell", "Tobias Åsell"),
    ("Mikael Westberg", "Mikael Westberg"),
])
def test_written_names_resolve(directory: Directory, written: str, full: str) -> None:
    assert directory.resolve(written).person.name == full


def test_mikael_alone_is_ambiguous(directory: Directory) -> None:
    resolution = directory.resolve("Mikael")
    assert resolution.ambiguous and resolution.person is None
    assert [p.name for p in resolution.candidates] == ["Mikael Jansson", "Mikael Westberg"]


def test_unknown_name_stays_as_written(directory: Directory) -> None:
    resolution = directory.resolve("Kalle P")
    assert resolution.unresolved and resolution.shown() == "Kalle P"


def test_what_mikael_j_owns(store: Store, directory: Directory) -> None:
    answer = owned_by(store, build_log(store), directory, "Mikael J")
    followups = [(r.title, r.state, r.meeting_key) for r in answer.rows if r.kind == "uppföljning"]
    assert followups == [
        ("Kartläggning av kunskapsläget för narkotikaprevention.", "open", "2024-11-15"),
        ("Uppföljning samverkansöverenskommelse", "open", "2024-11-15"),
    ]
    presented = [(r.kind, r.title) for r in answer.rows if r.kind != "uppföljning"]
    assert presented == [("ärende", "Lägesbild sociala risker")]


def test_ambiguous_owner_answers_nothing_but_candidates(store: Store, directory: Directory) -> None:
    answer = owned_by(store, build_log(store), directory, "Mikael")
    assert answer.rows == [] and len(answer.resolution.candidates) == 2


def test_items_without_owner(store: Store) -> None:
    assert [e.title for e in without_owner(build_log(store))] == ["Kameraövervakning", "Handlingsplan omsorg/bildning"]


def test_camera_surveillance_dropped_without_closure(store: Store) -> None:
    entry = {e.id: e for e in build_log(store)}["kameraovervakning"]
    assert entry.dropped and entry.is_open and not entry.stalled
    assert (entry.first, entry.last) == (dt.date(2024, 2, 9), dt.date(2024, 2, 9))


def test_items_still_carried_are_not_dropped(store: Store) -> None:
    log = {e.id: e for e in build_log(store)}
    assert not log["kartlaggning-narkotikaprevention"].dropped
    assert not log["handlingsplan-omsorg-bildning"].dropped


def test_samverkan_history_across_both_meetings(store: Store) -> None:
    entry = {e.id: e for e in build_log(store)}["samverkansoverenskommelse"]
    assert [(h.meeting_key, h.followup.title, h.followup.owners) for h in entry.history] == [
        ("2024-02-09", "Samverkansöverenskommelsen -ramavtal för brottförebyggande och trygghetsskapande arbete.",
         ["Thomas N", "Mikael J"]),
        ("2024-11-15", "Uppföljning samverkansöverenskommelse", ["Mikael J"]),
    ]
    assert entry.title == "Uppföljning samverkansöverenskommelse" and entry.open_meetings == 2
    assert entry.status.startswith("Avvaktar revidering av nytt samverkansavtal.")


def test_log_filters(store: Store, directory: Directory) -> None:
    log = build_log(store)
    assert [e.id for e in filter_log(log, directory, owner="Thomas N")] == ["lokalstrategi-narkotikabekampning"]
    assert [e.id for e in filter_log(log, directory, area="andt")] == [
        "lokalstrategi-narkotikabekampning", "kartlaggning-narkotikaprevention"]
    assert [e.id for e in filter_log(log, directory)] == [e.id for e in log]  # nothing is closed yet
    log[0].state = "done"
    assert log[0] not in filter_log(log, directory) and log[0] in filter_log(log, directory, include_closed=True)


def test_stalled_after_three_meetings_with_same_status(store: Store) -> None:
    from copy import deepcopy

    from brå_tui.model import Meeting

    later = deepcopy(store.meeting("2024-11-15"))
    later.date, later.path = dt.date(2025, 2, 14), None
    grown = Store(store.root, store.council, store.people, [*store.meetings, later])
    log = {e.id: e for e in build_log(grown)}
    assert log["kartlaggning-narkotikaprevention"].stalled  # same status in Feb, Nov and Feb
    assert not log["samverkansoverenskommelse"].stalled  # status changed in November
    assert isinstance(later, Meeting)


def test_risk_matrix_cells(store: Store) -> None:
    matrix = build_matrix(store)
    assert [c.label for c in matrix.columns] == ["dec 2023", "2024-11-15"]
    dec, nov = matrix.columns
    assert dec.levels == {"ANDT": "red", "Ordningsstörningar och otrygghet": "yellow", "Ungdomar/skolor": "yellow"}
    assert nov.levels == {"Hot och våld": "red", "Extremism och kriminella nätverk": "red"}
    assert matrix.unknown_areas == [] and matrix.rows[0] == "ANDT"
    assert matrix.level("Hot och våld", dec) is None and matrix.trend("ANDT") == "okänd"


def test_risk_trend_over_three_pictures(store: Store) -> None:
    from copy import deepcopy

    later = deepcopy(store.meeting("2024-11-15"))
    later.date, later.path = dt.date(2025, 2, 14), None
    later.risk.areas = {"Hot och våld": "yellow", "Extremism och kriminella nätverk": "red", "ANDT": "red"}
    matrix = build_matrix(Store(store.root, store.council, store.people, [*store.meetings, later]))
    assert matrix.trend("Hot och våld") == "sjunkande"
    assert matrix.trend("Extremism och kriminella nätverk") == "oförändrad"
    assert matrix.trend("ANDT") == "oförändrad"


def test_followups_linked_to_andt(store: Store) -> None:
    followups, items = linked_to_area(store, build_log(store), "ANDT")
    assert {e.id for e in followups} == {"kartlaggning-narkotikaprevention", "lokalstrategi-narkotikabekampning"}
    assert [(key, i.title) for key, i in items] == [("2024-02-09", "Lägesbild sociala risker")]


def test_decision_register(store: Store) -> None:
    register = decision_register(store)
    money = [r for r in register.rows if r.amount_sek]
    assert [(r.amount_sek, r.account, r.meeting_key) for r in money] == [(10000, "ID110 16", "2024-02-09")]
    assert register.total_sek == 10000 and register.by_account == {"ID110 16": 10000}
    assert len(register.rows) == 5
    assert decision_register(store, year=2023).rows == []


def test_search_ignores_case_and_accents(store: Store) -> None:
    with Index.open(store.root) as index:
        hits, total = search(index, "KAMERAOVERVAKNING")
        assert total == len(hits)
        assert {(h.meeting_key, h.section) for h in hits} == {("2024-02-09", "Uppföljning"),
                                                              ("2024-02-09", "Övriga frågor")}
        for hit in hits:
            a, b = hit.spans[0]
            assert hit.snippet[a:b].casefold() == "kameraövervakning"
        assert [h.title for h in search(index, "minimaria dalarna")[0]] == ["Socialpsykiatrin"]
        assert search(index, "   ") == ([], 0)
        assert search(index, "kameraövervakn")[1] == total  # the start of a word is enough


def test_search_folds_swedish_letters_both_ways_and_keeps_the_text(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "store"
    (root / "meetings").mkdir(parents=True)
    (root / "meetings" / "2024-03-01.toml").write_text(
        'format = 1\ndate = 2024-03-01\n\n[[item]]\ntitle = "Åtgärder mot ÖLDRICKNING i Älvdalen"\n',
        encoding="utf-8")
    with Index.open(root) as index:
        for query in ("atgarder oldrickning", "ÅTGÄRDER öldrickning", "åtgärder ÄLV", "Atgärd Olvd"[:9]):
            hits, total = search(index, query)
            assert total == 1, query
            assert hits[0].snippet == "Åtgärder mot ÖLDRICKNING i Älvdalen"
        hit = search(index, "oldrickning")[0][0]
        a, b = hit.spans[0]
        assert hit.snippet[a:b] == "ÖLDRICKNING"
        assert search(index, "drickning")[1] == 0  # inside a word is no match


def test_search_folds_letters_without_a_decomposition_and_ligatures_both_ways(tmp_path: Path) -> None:
    """ø, æ, ß and ligatures fold alike in the index and in what is typed; the snippet marks the written letters."""
    root = tmp_path / "store"
    (root / "meetings").mkdir(parents=True)
    (root / "meetings" / "2024-03-01.toml").write_text(
        'format = 1\ndate = 2024-03-01\n\n[[item]]\ntitle = "Besøk från Tromsø om Læsø"\n'
        'notes = "Große Straße i Græsted; ﬁnansiering av ÆRØ-projektet"\n', encoding="utf-8")
    with Index.open(root) as index:
        for query, marked in (("tromso", "Tromsø"), ("TROMSØ", "Tromsø"), ("Laeso", "Læsø"), ("læsø", "Læsø"),
                              ("besok", "Besøk"), ("strasse", "Straße"), ("STRAßE", "Straße"), ("grosse", "Große"),
                              ("graested", "Græsted"), ("finansiering", "ﬁnansiering"), ("ﬁnans", "ﬁnansiering"),
                              ("aero", "ÆRØ"), ("ærø projektet", "ÆRØ")):
            hits, total = search(index, query)
            assert total == 1, query
            a, b = hits[0].spans[0]
            assert marked.startswith(hits[0].snippet[a:b]) and hits[0].snippet[a:b], (query, hits[0].snippet[a:b])
        assert "Tromsø" in search(index, "tromso")[0][0].snippet  # the text as written
        assert search(index, "romso")[1] == 0  # inside a word is no match


def test_search_ranks_the_closest_match_first(tmp_path: Path) -> None:
    root = tmp_path / "store"
    (root / "meetings").mkdir(parents=True)
    filler = " ".join(["Rådet diskuterar läget i kommunen."] * 30)
    (root / "meetings" / "2024-01-05.toml").write_text(
        'format = 1\ndate = 2024-01-05\n\n[[item]]\ntitle = "Grannsamverkan"\n', encoding="utf-8")
    (root / "meetings" / "2024-06-07.toml").write_text(
        f'format = 1\ndate = 2024-06-07\n\n[[item]]\ntitle = "Övrigt"\nnotes = "{filler} Grannsamverkan nämndes."\n',
        encoding="utf-8")
    with Index.open(root) as index:
        hits, _ = search(index, "grannsamverkan")
        assert [(h.meeting_key, h.title) for h in hits] == [("2024-01-05", "Grannsamverkan"),
                                                             ("2024-06-07", "Övrigt")]


@pytest.mark.usefixtures("seed_day")
def test_next_meeting_from_latest(store: Store) -> None:
    meeting = next_meeting(store)
    assert meeting.date == dt.date(2025, 2, 14)
    assert (meeting.start, meeting.end) == (dt.time(9, 0), dt.time(11, 30))
    assert meeting.place == "Visenten, Stadshuset"
    assert [f.id for f in meeting.followups] == [
        "kartlaggning-narkotikaprevention", "samverkansoverenskommelse", "handlingsplan-omsorg-bildning"]
    assert [f.owners for f in meeting.followups] == [["Mikael J"], ["Mikael J"], []]
    assert [i.title for i in meeting.items] == [s.title for s in store.council.standing_items]
    assert [a.name for a in meeting.attendees] == [a.name for a in store.meeting("2024-11-15").attendees]
    assert meeting.risk is None and meeting.other == [] and meeting.decisions() == []


def test_next_meeting_leaves_closed_followups_behind(store: Store) -> None:
    from copy import deepcopy

    latest = deepcopy(store.meeting("2024-11-15"))
    latest.followups[0].state = "done"
    latest.followups[2].state = "dropped"
    others = [m for m in store.meetings if m.key != "2024-11-15"]
    meeting = next_meeting(Store(store.root, store.council, store.people, [*others, latest]))
    assert [f.id for f in meeting.followups] == ["samverkansoverenskommelse"]


def test_planned_meetings(store: Store) -> None:
    assert [s.date.isoformat() for s in planned(store)] == ["2025-02-14", "2025-05-16", "2025-09-12", "2025-11-14"]


def test_search_marks_the_written_letters_whatever_they_fold_to() -> None:
    from brå_tui.questions.search import find

    assert find("Åtgärder i ÅMÅL", ["atgard", "amal"]) == [(0, 6), (11, 15)]
    assert find("Große Straße,\tÖrebro", ["strasse", "orebro"]) == [(6, 12), (14, 20)]  # ß folds to two letters
    assert find("Große Straße", ["rasse"]) is None  # inside a word is no match


def test_the_byte_folding_of_latin1_text_is_the_general_folding() -> None:
    """Text of Latin-1 letters is folded a byte a character (search._folded's quick way): the folded text and its
    positions are what folding each character (_TABLE, text.fold) gives, for every Latin-1 character and mixes of
    them with characters beyond Latin-1 and those that fold to two (æ, ß)."""
    import random

    from brå_tui.questions import search as search_module

    def general(text: str) -> tuple[str, list[int]]:
        folded, index = "", []
        for i, char in enumerate(text):
            one = " " if char.isspace() else search_module.fold(char)
            folded += one
            index += [i] * len(one)
        return folded, index

    latin1 = [chr(code) for code in range(256)]
    rng = random.Random(3)
    texts = ["Åtgärder mot ÖLDRICKNING i Älvdalen.\nNästa möte: trygghetsvandring.", *latin1,
             *("".join(rng.choice([*latin1, "ø", "æ", "ß", "世", "\u2028", "ﬁ", "e\u0301"] if n % 3 else latin1)
                       for _ in range(rng.randint(0, 40))) for n in range(3_000))]
    for text in texts:
        folded, index = search_module._folded(text)
        assert (folded, list(index)) == general(text), text
