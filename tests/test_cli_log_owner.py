"""`bra log` and `bra owner` on a copy of the seed store: flags in words, names resolved or refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., tuple[int, str, str]]
KARTLAGGNING = "Kartläggning av kunskapsläget för narkotikaprevention."



def row_block(out: str, title_start: str) -> str:
    """The lines of the table row that starts with a title, up to the blank line between rows."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title_start))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return "\n".join(lines[start:end])


def test_log_flags_camera_surveillance_as_dropped_since_february(bra: Run) -> None:
    status, out, err = bra("log")
    assert status == 0, err
    block = row_block(out, "Kameraövervakning")
    assert "TAPPAD" in block and "2024-02-09" in block and "2024-11-15" not in block
    assert "ingen" in block
    assert "TAPPAD: öppen vid sitt senaste möte" in " ".join(out.split())
    kart = row_block(out, "Kartläggning")
    assert "TAPPAD" not in kart and "i 2 möten" in kart


def test_log_json_has_flags_and_history(bra: Run) -> None:
    data = json.loads(bra("log", "--json")[1])
    by_id = {e["id"]: e for e in data["entries"]}
    camera = by_id["kameraovervakning"]
    got = (camera["dropped"], camera["stalled"], camera["last"], camera["state"])
    assert got == (True, False, "2024-02-09", "open")
    samverkan = by_id["samverkansoverenskommelse"]
    assert samverkan["title"] == "Uppföljning samverkansöverenskommelse"
    assert [h["meeting_key"] for h in samverkan["history"]] == ["2024-02-09", "2024-11-15"]
    assert samverkan["open_meetings"] == 2 and samverkan["dropped"] is False
    assert all(e["state"] == "open" for e in data["entries"])


def test_log_by_owner_and_area(bra: Run) -> None:
    data = json.loads(bra("log", "--owner", "Mikael Jansson", "--json")[1])
    assert sorted(e["id"] for e in data["entries"]) == ["kartlaggning-narkotikaprevention",
                                                         "samverkansoverenskommelse"]
    data = json.loads(bra("log", "--area", "andt", "--json")[1])
    assert sorted(e["id"] for e in data["entries"]) == ["kartlaggning-narkotikaprevention",
                                                         "lokalstrategi-narkotikabekampning"]


def test_log_all_includes_closed(bra: Run, seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('owners = []\nstate = "open"', 'owners = []\nstate = "done"'), "utf-8")
    open_ids = [e["id"] for e in json.loads(bra("log", "--json")[1])["entries"]]
    all_ids = [e["id"] for e in json.loads(bra("log", "--all", "--json")[1])["entries"]]
    assert "handlingsplan-omsorg-bildning" not in open_ids and "handlingsplan-omsorg-bildning" in all_ids
    assert "klar" in row_block(bra("log", "--all")[1], "Handlingsplan")


def test_log_ambiguous_owner_lists_candidates(bra: Run) -> None:
    status, out, err = bra("log", "--owner", "Mikael")
    assert (status, out) == (1, "")
    assert "Mikael Jansson" in err and "Mikael Westberg" in err


def test_log_unknown_owner_and_area(bra: Run) -> None:
    status, out, err = bra("log", "--owner", "Zorro")
    assert (status, out, err.strip()) == (1, "", 'bra: Ingen person heter "Zorro".')
    status, out, err = bra("log", "--area", "Trafik")
    assert (status, out) == (2, "") and "Trafik" in err


def test_owner_short_name_resolves_and_lists_what_they_own(bra: Run) -> None:
    status, out, err = bra("owner", "Mikael J")
    assert status == 0, err
    assert out.splitlines()[0].startswith("Mikael J → Mikael Jansson")
    # the title, wrapped between words in its column (the meeting key beside it takes 12 columns)
    title_column = [line[:line.index("  ")] if "  " in line else line for line in out.splitlines()]
    assert KARTLAGGNING in " ".join(title_column)
    assert "Uppföljning samverkansöverenskommelse" in out
    presented = out[out.index("Har föredragit"):]
    assert "Lägesbild sociala risker" in presented and "2024-11-15" in presented


def test_owner_json(bra: Run) -> None:
    data = json.loads(bra("owner", "Mikael", "J", "--json")[1])
    assert data["resolved"] == "Mikael Jansson"
    assert [f["title"] for f in data["followups"]] == [KARTLAGGNING, "Uppföljning samverkansöverenskommelse"]
    assert all(f["state"] == "open" for f in data["followups"])
    assert {"kind": "item", "title": "Lägesbild sociala risker", "meeting_key": "2024-11-15",
            "date": "2024-11-15"} in data["presented"]


def test_owner_ambiguous_first_name(bra: Run) -> None:
    status, out, err = bra("owner", "Mikael")
    assert (status, out) == (1, "")
    assert err.strip() == 'bra: Mikael kan vara: Mikael Jansson, Mikael Westberg; skriv "Mikael J" eller "Mikael W".'


def test_owner_none_lists_the_ownerless(bra: Run) -> None:
    status, out, _ = bra("owner", "--none")
    assert status == 0
    assert "Kameraövervakning" in out and "Handlingsplan omsorg/bildning" in out
    assert "Kartläggning" not in out
    data = json.loads(bra("owner", "--none", "--json")[1])
    assert sorted(e["id"] for e in data["entries"]) == ["handlingsplan-omsorg-bildning", "kameraovervakning"]


def test_owner_usage_errors(bra: Run) -> None:
    assert bra("owner")[0] == 2
    assert bra("owner", "Mikael J", "--none")[0] == 2
    status, _, err = bra("owner", "Zorro")
    assert status == 1 and "Ingen person heter" in err


def test_log_flags_an_item_open_three_meetings_with_the_same_status_as_stalled(bra: Run, seed_store: Path) -> None:
    (seed_store / "meetings" / "2025-02-14.toml").write_text(
        'format = 1\ndate = 2025-02-14\n\n[[followup]]\nid = "kartlaggning-narkotikaprevention"\n'
        f'title = "{KARTLAGGNING}"\nstatus = "Återkommer på kommande Lokala Brå"\nowners = ["Mikael J"]\n',
        "utf-8")
    status, out, _ = bra("log")
    assert status == 0
    block = row_block(out, "Kartläggning")
    assert "STÅR STILL" in block and "i 3 möten" in block
    assert "STÅR STILL: öppen i tre eller fler möten i rad med samma status." in " ".join(out.split())
    by_id = {e["id"]: e for e in json.loads(bra("log", "--json")[1])["entries"]}
    assert by_id["kartlaggning-narkotikaprevention"]["stalled"] is True
    assert by_id["samverkansoverenskommelse"]["dropped"] is True


def _meeting_columns(text: str) -> list[int]:
    return [line.index("Möte") for line in text.replace("\r\n", "\n").split("\n") if "Möte" in line]


def test_owner_tables_line_up(seed_store: Path) -> None:
    """'Ansvarig för' and 'Har föredragit' stand one above the other: the Möte column starts at the same place in
    both, written to a pipe and to a terminal."""
    import re

    from tests.on_terminal import run_on_terminal, run_piped

    for run in (run_piped, run_on_terminal):
        text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", run("--store", seed_store, "owner", "Mikael J").decode())
        columns = _meeting_columns(text)
        assert len(columns) == 2 and columns[0] == columns[1], (run.__name__, text)


def _write_owners(seed_store: Path, *owners: str) -> None:
    """The first follow-up of 2024-11-15 owned by names nobody in people.toml has."""
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    at = text.index("[[followup]]")
    start = text.index("owners = [", at)
    end = text.index("]", start) + 1
    path.write_text(text[:start] + "owners = [" + ", ".join(f'"{o}"' for o in owners) + "]" + text[end:],
                    encoding="utf-8")


def test_owner_finds_a_written_name_by_its_first_name_or_surname(bra: Run, seed_store: Path) -> None:
    _write_owners(seed_store, "Jimmy St", "Nosuch Persön")
    whole_status, whole, _ = bra("owner", "Nosuch Persön")
    assert whole_status == 0 and "Ansvarig för" in whole
    for typed in ("nosuch", "NOSUCH", "person", "Persön"):  # either name alone, any case, accents folded
        status, out, err = bra("owner", typed)
        assert (status, err) == (0, ""), typed
        assert out.split("Ansvarig för", 1)[1] == whole.split("Ansvarig för", 1)[1], typed


def test_owner_lists_the_written_names_a_first_name_may_be(bra: Run, seed_store: Path) -> None:
    _write_owners(seed_store, "Nosuch Person", "Nosuch Annan")
    status, out, err = bra("owner", "nosuch")
    assert (status, out) == (1, "")
    assert err.strip() == "bra: nosuch kan vara: Nosuch Annan, Nosuch Person; skriv hela namnet."

def test_an_overdue_follow_up_is_overdue_in_show_owner_and_log_alike(bra: Run) -> None:
    # "Återkommer på kommande Lokala Brå" at 2024-11-15: due at the next planned meeting, 2025-02-14, long passed.
    views = {"show": bra("show", "2024-11-15")[1], "owner": bra("owner", "Mikael Jansson")[1],
             "none": bra("log")[1]}
    for name, out in views.items():
        start = out.index("Kartläggning")
        block = out[start:start + 600].split("\n\n")[0]
        assert "öppen" in block, name
        assert "senast 2025-02-14" in block, name
        assert "FÖRSENAD" in block, name
