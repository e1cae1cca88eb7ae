"""`bra show` and `bra list` on a copy of the seed store, as text and as JSON."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]



def flat(text: str) -> str:
    """Text with every run of whitespace made one space, so wrapped words can be found."""
    return " ".join(text.split())


def test_show_lists_every_attendee_and_the_schedule(bra: Run, seed_store: Path) -> None:
    status, out, err = bra("show", "2024-11-15")
    assert status == 0, err
    table = tomllib.loads((seed_store / "meetings" / "2024-11-15.toml").read_text("utf-8"))
    assert "Anteckningar 15 november 2024" in out
    assert "09.00–11.20" in out and "Visenten, Stadshuset" in out
    for attendee in table["attendee"]:
        assert attendee["name"] in out
    assert "Tidplan" in out
    for entry in table["schedule"]:
        assert entry["date"].isoformat() in out
    for section in ("Närvarande", "Ärenden", "Lägesbild sociala risker", "Logg/Uppföljning av ärenden",
                    "Övriga frågor"):
        assert section in out
    assert "Hot och våld" in out and "●●● Omfattande" in out
    for other in table["other"]:
        assert other["title"] in out


def test_show_decision_amount_and_account(bra: Run) -> None:
    status, out, _ = bra("show", "2024-02-09")
    assert status == 0
    assert "10 000 kr, konto ID110 16" in out
    assert "dec 2023" in out


def test_show_latest_is_the_newest(bra: Run) -> None:
    assert bra("show", "latest")[1] == bra("show", "2024-11-15")[1]


def test_show_missing_meeting_is_one_sentence(bra: Run) -> None:
    status, out, err = bra("show", "2024-01-01")
    assert (status, out) == (1, "")
    assert err.strip() == "bra: Inget möte den 2024-01-01."


@pytest.mark.usefixtures("seed_day")
def test_show_of_a_planned_meeting_says_when_and_where_and_that_it_has_no_notes(bra: Run) -> None:
    """A date in the council's schedule after the latest meeting is a planned meeting, as in the app: its date, time
    and place, and how to write its notes; status 0. A date in no schedule is still no meeting."""
    status, out, err = bra("show", "2025-05-16")
    assert status == 0, err
    assert flat(out).startswith("Planerat möte Datum fredag 16 maj 2025 Tid 09.00–11.30 Plats Visenten, Stadshuset")
    assert "inga anteckningar än. Skriv dem med 'bra new 2025-05-16'." in flat(out)
    status, out, _ = bra("show", "2025-05-16", "--json")
    assert status == 0 and json.loads(out) == {"key": "2025-05-16", "planned": True, "passed": False,
                                               "date": "2025-05-16",
                                               "start": "09:00:00", "end": "11:30:00",
                                               "place": "Visenten, Stadshuset", "extra": {}}
    assert bra("show", "2025-05-17")[0] == 1


@pytest.mark.parametrize("bad", ["nonsense", "../council", "2024-13-01", "/etc/passwd"])
def test_show_bad_date_is_usage_error(bra: Run, bad: str) -> None:
    status, out, err = bra("show", bad)
    assert (status, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_show_json(bra: Run) -> None:
    status, out, _ = bra("show", "2024-11-15", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["key"] == "2024-11-15" and data["date"] == "2024-11-15"
    assert data["start"] == "09:00:00" and data["end"] == "11:20:00"
    assert len(data["attendees"]) == 12
    assert [s["date"] for s in data["schedule"]] == ["2025-02-14", "2025-05-16", "2025-09-12", "2025-11-14"]
    assert data["risk"]["areas"] == {"Hot och våld": "red", "Extremism och kriminella nätverk": "red"}


def test_list_newest_first_with_counts_and_planned(bra: Run) -> None:
    status, out, _ = bra("list")
    assert status == 0
    assert out.index("2024-11-15") < out.index("2024-02-09")
    row = next(line for line in out.splitlines() if line.startswith("2024-11-15"))
    assert row.split()[-4:] == ["12", "3", "2", "3"]
    planned = out[out.index("Planerade möten"):]
    for date in ("2025-02-14", "2025-05-16", "2025-09-12", "2025-11-14"):
        assert date in planned


def test_list_shows_broken_file(bra: Run, seed_store: Path) -> None:
    (seed_store / "meetings" / "2024-05-03.toml").write_text("format = 1\ndate = [\n", "utf-8")
    status, out, _ = bra("list")
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith("2024-05-03"))
    assert "trasig:" in line
    data = json.loads(bra("list", "--json")[1])
    assert [b["key"] for b in data["broken"]] == ["2024-05-03"]
    assert data["broken"][0]["date"] == "2024-05-03"


def test_list_json(bra: Run) -> None:
    data = json.loads(bra("list", "--json")[1])
    assert [m["key"] for m in data["meetings"]] == ["2024-11-15", "2024-02-09"]
    nov, feb = data["meetings"]
    assert (nov["attendees"], nov["items"], nov["decisions"], nov["followups"]) == (12, 3, 2, 3)
    assert (feb["attendees"], feb["items"], feb["decisions"], feb["followups"]) == (11, 5, 3, 5)
    assert nov["weekday"] == "fredag" and nov["place"] == "Visenten, Stadshuset"
    assert [p["date"] for p in data["planned"]] == ["2025-02-14", "2025-05-16", "2025-09-12", "2025-11-14"]
    assert data["broken"] == []


def test_show_names_each_role_once(bra: Run, seed_store: Path) -> None:
    """An attendee whose own role is the meeting's chair (or secretary) is 'ordförande' once, not twice."""
    (seed_store / "meetings" / "2024-06-03.toml").write_text(
        'format = 2\ndate = 2024-06-03\nchair = "Anna Ek"\nsecretary = "Bo Berg"\nadjusters = ["Cia Ceder"]\n\n'
        '[[attendee]]\nname = "Anna Ek"\nrole = "ordförande"\ngroup = "member"\n\n'
        '[[attendee]]\nname = "Bo Berg"\nrole = "sekreterare"\n\n'
        '[[attendee]]\nname = "Cia Ceder"\nrole = "vice ordförande"\n', encoding="utf-8")
    status, out, err = bra("show", "2024-06-03")
    assert status == 0, err
    text = flat(out)
    assert "ledamot, ordförande" in text and "ordförande, ordförande" not in text
    assert "sekreterare, sekreterare" not in text and text.count("sekreterare") == text.count("Bo Berg sekreterare")
    assert "vice ordförande, justerare" in text


def test_a_second_meetings_key_is_never_broken(bra: Run, seed_store: Path) -> None:
    """2024-11-15-2 (a second meeting that day) stays whole in every table that lists meetings by key."""
    (seed_store / "meetings" / "2024-11-15-2.toml").write_text(
        'format = 1\ndate = 2024-11-15\nplace = "Sessionssalen"\n\n[[item]]\ntitle = "Extrainsatt om klotter"\n'
        'presenters = ["Mikael J"]\nnotes = "Mikael J berättar om klotter."\n\n[[followup]]\nid = "klotter"\n'
        'title = "Klotter vid stationen"\nstatus = "Pågår"\nowners = ["Mikael J"]\n', encoding="utf-8")
    for args in (["list"], ["search", "klotter"], ["owner", "Mikael J"]):
        status, out, err = bra(*args)
        assert status == 0, (args, err)
        assert "2024-11-15-2" in out, (args, out)
        assert not any(line.lstrip().startswith("-2") for line in out.splitlines()), (args, out)


def test_a_line_break_from_a_file_never_splits_a_table_cell(seed_store: Path) -> None:
    """A place, a title or a status written with a line break in the file stands on one line of its cell (the
    break becomes a space), in a pipe and on a terminal; bra list's Plats cell is the case seen."""
    import re

    from tests.on_terminal import run_on_terminal, run_piped

    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('place = "Visenten, Stadshuset"', 'place = "Natt\\nsal"'), "utf-8")
    assert '"Natt\\nsal"' in path.read_text("utf-8")
    for run in (run_piped, run_on_terminal):
        shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", run("--store", seed_store, "list").decode())
        assert "Natt sal" in shown and not re.search(r"Natt\s*\r?\n", shown), (run.__name__, shown)


def test_piped_tables_keep_file_text_on_one_line_per_part(seed_store: Path) -> None:
    """The plain writers of log, decisions and owner join a title and its status or text with their own line
    break only: a break inside the file's text is a space."""
    from tests.on_terminal import run_piped

    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('title = "Lägesbild sociala risker"', 'title = "Lägesbild\\nsociala risker"'),
                    "utf-8")
    for argv in (["decisions"], ["owner", "Mikael J"]):
        shown = run_piped("--store", seed_store, *argv).decode()
        assert "Lägesbild sociala risker" in shown, (argv, shown)


def test_a_file_renamed_to_another_date_is_found_by_the_date_in_it(bra: Run, seed_store: Path) -> None:
    """The date in the file is the meeting's (bra check says so when the name differs): show finds the meeting by
    that date as well as by the file's name, by which every list names it."""
    (seed_store / "meetings" / "2024-11-15.toml").rename(seed_store / "meetings" / "2024-11-21.toml")

    for key in ("2024-11-15", "2024-11-21"):
        status, shown, err = bra("show", key)
        assert status == 0 and "15 november 2024" in flat(shown), err
