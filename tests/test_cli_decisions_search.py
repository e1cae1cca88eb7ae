"""`bra decisions` and `bra search` on a copy of the seed store."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]



def test_decisions_show_amount_account_and_sums(bra: Run) -> None:
    status, out, err = bra("decisions", "--year", "2024")
    assert status == 0, err
    row = next(line for line in out.splitlines() if "10 000 kr" in line and "ID110 16" in line)
    assert row.startswith("2024-02-09")
    sums = out[out.index("Summa"):].splitlines()
    assert sums[0].split() == ["Summa", "10", "000", "kr"]
    assert sums[1].split() == ["ID110", "16", "10", "000", "kr"]
    assert "Trygghetsöverrenskommelse Avesta" in out and "SSPF" in out
    assert re.search(r"EJ VERKSTÄLLT\s+i\s+\d+\s+dagar", out), "how long, in plain Swedish"


def test_decisions_json(bra: Run) -> None:
    data = json.loads(bra("decisions", "--json")[1])
    assert data["total_sek"] == 10000 and data["by_account"] == {"ID110 16": 10000}
    assert len(data["decisions"]) == 5
    paid = [d for d in data["decisions"] if d["amount_sek"]]
    assert paid == [{"date": "2024-02-09", "meeting_key": "2024-02-09",
                     "item_title": "Stöd till Grannsamverkan 2024–2025",
                     "text": "Kostnaden för skyltar angående grannsamverkan om 10 000 kronor "
                             "finansieras genom ID110 16.",
                     "amount_sek": 10000, "account": "ID110 16", "carried_out": None, "carried_out_by": None,
                     "carried_out_note": None, "reported_back": None, "open": True,
                     "age_days": (dt.date.today() - dt.date(2024, 2, 9)).days}]


def test_decisions_of_a_year_without_any(bra: Run) -> None:
    status, out, _ = bra("decisions", "--year", "2023")
    assert status == 0 and "Inga beslut under 2023." in out
    assert json.loads(bra("decisions", "--year", "2023", "--json")[1])["total_sek"] == 0


def test_decisions_bad_year_is_usage_error(bra: Run) -> None:
    assert bra("decisions", "--year", "tjugo")[0] == 2
    assert bra("decisions", "--year", "24")[0] == 2


def test_search_finds_and_marks(bra: Run) -> None:
    status, out, err = bra("search", "kamera")
    assert status == 0, err
    assert "4 träffar" in out
    assert "Uppföljning › Kameraövervakning" in out and "Övriga frågor › Kameraövervakning på kommunens skolor" in out
    data = json.loads(bra("search", "MiniMaria", "--json")[1])
    assert data["query"] == "MiniMaria"
    hit = data["hits"][0]
    assert (hit["meeting_key"], hit["section"], hit["title"]) == ("2024-11-15", "Övriga frågor", "Socialpsykiatrin")
    start, end = hit["spans"][0]
    assert hit["snippet"][start:end] == "MiniMaria"


def test_search_match_is_marked_without_colour(seed_store: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from brå_tui.questions.search import search
    from brå_tui.store.index import Index
    from brå_tui.views.search import search_view

    console = Console(width=80, force_terminal=True, no_color=True, record=False)
    with console.capture() as capture, Index.open(seed_store) as index:
        console.print(search_view(search(index, "grannsamverkan")[0], "grannsamverkan"))
    text = capture.get()
    assert "\x1b[1;4;7m" in text  # bold, underline, reverse survive NO_COLOR
    params = {int(p) for codes in re.findall(r"\x1b\[([0-9;]*)m", text) for p in codes.split(";") if p}
    assert not params & {*range(30, 50), *range(90, 108)}  # and no colour at all


def test_search_nothing_found_and_empty_query(bra: Run) -> None:
    status, out, _ = bra("search", "zzzyyy")
    assert status == 0 and 'Inget hittades för "zzzyyy".' in out
    assert json.loads(bra("search", "zzzyyy", "--json")[1])["hits"] == []
    assert bra("search")[0] == 2
    assert bra("search", " ")[0] == 2


SNIPPET_TEXT = ("Kostnaden för skyltar angående grannsamverkan om 9 223 372 036 854 775 807 kronor finansieras genom "
                "ID110 16 och återrapporteras till Lokala Brå när skyltarna har satts upp i bostadsområdena.")


@pytest.mark.parametrize("word", ["skyltar", "grannsamverkan", "kronor", "finansieras", "återrapporteras",
                                  "skyltarna", "bostadsområdena"])
def test_snippets_are_cut_between_words(word: str) -> None:
    """An excerpt begins and ends at a word's edge, never inside a word or an amount, and holds its match."""
    from brå_tui.questions.search import make_snippet

    at = SNIPPET_TEXT.index(word)
    snippet, spans = make_snippet(SNIPPET_TEXT, [(at, at + len(word))])
    body = snippet.removeprefix("…").removesuffix("…")
    assert body in SNIPPET_TEXT
    begin = SNIPPET_TEXT.index(body)
    assert begin == 0 or SNIPPET_TEXT[begin - 1] == " ", snippet
    assert begin + len(body) == len(SNIPPET_TEXT) or SNIPPET_TEXT[begin + len(body)] == " ", snippet
    assert not re.match(r"\d", body) or body.startswith("9 223"), snippet
    a, b = spans[0]
    assert snippet[a:b] == word


def test_an_excerpt_edge_is_told_by_the_characters_around_it() -> None:
    """Whether an excerpt may begin or end at a place is told from the two characters around it, as the search for
    runs of spaces there tells it: between words, not between the digit groups of an amount, at any whitespace."""
    import random

    from brå_tui.questions import search

    def by_runs(text: str, i: int) -> bool:
        return i <= 0 or i >= len(text) or bool(search._breaks(text, i - 1, i + 1))

    pieces = ["a", "å", "1", "0", " ", "  ", "\t", "\n", "\xa0", "\u3000", "\u2028", "5 000", "kr", "-", ".", "²"]
    rng = random.Random(3)
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for i in range(-1, len(text) + 2):
            assert search._at_edge(text, i) == by_runs(text, i), (text, i)
    assert not search._at_edge("om 10 000 kr", 6) and search._at_edge("om 10 000 kr", 3)


def test_decisions_carried_out_and_reported_back_to_a_pipe(bra: Run, seed_store: Path) -> None:
    """Written to a pipe from the index's fields, each decision says whether it was carried out (by whom, with a note)
    or reported back in the words the register on a terminal uses; --open leaves those out of the rows and the sums."""
    from brå_tui.questions.decisions import DecisionRow
    from brå_tui.views.decisionlines import carried_out_plain

    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    decided = text.split("[[item.decision]]\n")
    assert len(decided) == 3
    path.write_text(decided[0] + "[[item.decision]]\nreported_back = 2025-01-10\n" + decided[1]
                    + "[[item.decision]]\ncarried_out = 2024-12-01\nreported_back = 2025-02-03\namount_sek = 2500\n"
                    + decided[2], encoding="utf-8")
    path = seed_store / "meetings" / "2024-02-09.toml"
    text = path.read_text(encoding="utf-8")
    marker = 'account = "ID110 16"\n'
    path.write_text(text.replace(marker, marker + 'carried_out = 2024-03-01\ncarried_out_by = "Tobias Å"\n', 1),
                    encoding="utf-8")
    status, out, err = bra("decisions")
    assert status == 0, err
    shown = " ".join(out.split())
    data = json.loads(bra("decisions", "--json")[1])["decisions"]
    today = dt.date.today()
    for d in data:
        row = DecisionRow(dt.date.fromisoformat(d["date"]), d["meeting_key"], d["item_title"], d["text"],
                          d["amount_sek"], d["account"], d["carried_out"] and dt.date.fromisoformat(d["carried_out"]),
                          d["carried_out_by"], d["carried_out_note"],
                          d["reported_back"] and dt.date.fromisoformat(d["reported_back"]))
        assert " ".join(carried_out_plain(row, today).split()) in shown
    assert "återrapporterat 2025-01-10" in shown
    assert "verkställt 2024-12-01; återrapporterat 2025-02-03" in shown
    assert "verkställt 2024-03-01 av Tobias Å Kostnaden" not in shown and "verkställt 2024-03-01 av Tobias Å" in shown
    assert out.count("EJ VERKSTÄLLT") == 2 and "2 av 5 beslut är inte verkställda" in shown
    assert "Summa 12 500 kr" in shown and "utan konto 2 500 kr" in shown
    status, out, _ = bra("decisions", "--open")
    shown = " ".join(out.split())
    assert out.count("EJ VERKSTÄLLT") == 2 and "verkställt 2024" not in shown and "återrapporterat" not in shown
    assert "2 av 2 beslut är inte verkställda" in shown and "Summa 0 kr" in shown


def test_a_word_typed_whole_comes_before_longer_words_it_begins(bra: Run, seed_store: Path) -> None:
    """'får' finds both 'får' and 'Fartkameror' (every word is looked for as the start of a word, accents aside),
    but a text where it stands as the whole word ranks first, however often the longer words occur elsewhere."""
    path = seed_store / "meetings" / "2024-02-09.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "Lägesbild sociala risker"',
                                 'title = "Fartkameror, fartgupp och fartkameror vid fartkontroller"', 1),
                    encoding="utf-8")
    status, out, err = bra("search", "får", "--json")
    assert status == 0, err
    found = json.loads(out)["hits"]
    assert {hit["meeting_key"] for hit in found} == {"2024-02-09", "2024-11-15"}
    first = found[0]
    assert first["meeting_key"] == "2024-11-15" and "får" in first["snippet"]


def test_an_open_decision_dated_ahead_says_when_and_one_day_is_a_day(bra: Run, seed_store: Path) -> None:
    """A meeting file dated in the future (written ahead, or a slip of the year): its open decisions say in how
    many days they are dated, never a negative count; one day is 'dag'."""
    today = dt.date.today()
    text = (seed_store / "meetings" / "2024-11-15.toml").read_text(encoding="utf-8")
    for days in (71, -1):
        day = today + dt.timedelta(days=days)
        (seed_store / "meetings" / f"{day.isoformat()}.toml").write_text(
            text.replace("date = 2024-11-15", f"date = {day.isoformat()}", 1), encoding="utf-8")
    for args in (["decisions"], ["decisions", "--open"]):
        status, out, err = bra(*args, "--all")
        assert status == 0, err
        shown = " ".join(out.split())
        assert "(beslutsdagen är om 71 dagar)" in shown and "i -" not in shown
        assert "EJ VERKSTÄLLT i 1 dag " in shown + " "
