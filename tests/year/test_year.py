"""Coverage, decisions carried out, bra status and bra report: exact figures on the seed and a three-year store."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import docx
import pytest

from brå_tui.cli.main import main
from brå_tui.questions.actionlog import build_log
from brå_tui.questions.coverage import coverage
from brå_tui.questions.report import year_report
from brå_tui.questions.status import status
from brå_tui.store.load import load
from tests.conftest import SEED_STORE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_coverage_flags_the_two_red_areas_of_november() -> None:
    store = load(SEED_STORE)
    areas = coverage(store, build_log(store))
    assert [(c.area, c.level, c.reported_at, c.covered) for c in areas] == [
        ("Hot och våld", "red", "2024-11-15", False),
        ("Extremism och kriminella nätverk", "red", "2024-11-15", False),
    ]


def test_seed_status_counts(seed_store: Path) -> None:
    s = status(load(seed_store), today=dt.date(2026, 11, 29))
    assert len(s.open) == 6
    assert sorted(e.id for e in s.overdue) == ["handlingsplan-omsorg-bildning", "kartlaggning-narkotikaprevention",
                                              "samverkansoverenskommelse"]
    assert sorted(e.id for e in s.dropped) == ["kameraovervakning", "lokalstrategi-narkotikabekampning",
                                              "trygghetsoverenskommelse"]
    assert s.stalled == []
    assert [c.area for c in s.uncovered] == ["Hot och våld", "Extremism och kriminella nätverk"]
    assert len(s.decisions_open) == 5
    assert s.absent == [] and s.last_meetings == ["2024-02-09", "2024-11-15"]


def test_status_fits_the_width_and_has_json(capsys: pytest.CaptureFixture[str], seed_store: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "--store", str(seed_store), "status")
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    assert max(len(line) for line in lines) <= 80  # long texts wrap between words rather than being cut
    assert "INGEN ÅTGÄRD" in out and "FÖRSENAD" in out and "TAPPAD" in out
    assert re.search(r"Hot och våld\s+●●● Omfattande\s+INGEN ÅTGÄRD", out)
    code, out, _ = run(capsys, "--store", str(seed_store), "status", "--json")
    data = json.loads(out)
    assert [a["area"] for a in data["areas_without_action"]] == ["Hot och våld", "Extremism och kriminella nätverk"]
    assert len(data["decisions_not_carried_out"]) == 5


def test_risk_shows_coverage(capsys: pytest.CaptureFixture[str], seed_store: Path) -> None:
    code, out, _ = run(capsys, "--store", str(seed_store), "risk")
    assert code == 0 and "Åtgärder för omfattande och återkommande områden" in out
    assert re.search(r"Extremism och kriminella nätverk\s+●●● Omfattande\s+INGEN ÅTGÄRD", out)
    data = json.loads(run(capsys, "--store", str(seed_store), "risk", "--json")[1])
    assert [(c["area"], c["action"]) for c in data["coverage"]] == [("Hot och våld", False),
                                                                    ("Extremism och kriminella nätverk", False)]


def test_a_followup_linked_to_the_area_covers_it(seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id = "handlingsplan-omsorg-bildning"\n',
                                 'id = "handlingsplan-omsorg-bildning"\nareas = ["Hot och våld"]\n', 1)
                    if "areas" not in text.split('id = "handlingsplan-omsorg-bildning"')[1].split("[[")[0]
                    else text, encoding="utf-8")
    store = load(seed_store)
    by_area = {c.area: c for c in coverage(store, build_log(store))}
    assert by_area["Hot och våld"].covered
    assert [e.id for e in by_area["Hot och våld"].followups] == ["handlingsplan-omsorg-bildning"]
    assert not by_area["Extremism och kriminella nätverk"].covered


def test_decisions_carried_out(capsys: pytest.CaptureFixture[str], seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-02-09.toml"
    text = path.read_text(encoding="utf-8")
    marker = 'account = "ID110 16"\n'
    assert marker in text
    path.write_text(text.replace(marker, marker + 'carried_out = 2024-03-01\ncarried_out_by = "Tobias Å"\n'
                                 'carried_out_note = "Skyltarna är beställda"\n', 1), encoding="utf-8")
    code, out, _ = run(capsys, "--store", str(seed_store), "decisions", "--open", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["decisions"]) == 4
    assert all(d["open"] and d["carried_out"] is None for d in data["decisions"])
    code, out, _ = run(capsys, "--store", str(seed_store), "decisions")
    assert "verkställt 2024-03-01 av Tobias Å: Skyltarna är beställda" in " ".join(out.split())
    assert out.count("EJ VERKSTÄLLT") == 4
    assert "4 av 5 beslut är inte verkställda" in out
    path.write_text(text.replace(marker, marker + 'carried_out = "i mars"\n', 1), encoding="utf-8")
    code, out, _ = run(capsys, "--store", str(seed_store), "check")
    assert code == 1 and "'carried_out' ska vara ett datum" in out


def test_year_report_on_the_synthetic_store(years_store: Path) -> None:
    store = load(years_store)
    r23 = year_report(store, 2023, today=dt.date(2026, 1, 1))
    assert [m.key for m in r23.meetings] == ["2023-03-10", "2023-10-06"]
    assert [(a.name, a.group, a.count()) for a in r23.attendance] == [
        ("Anna Andersson", "S", 2), ("Cecilia Ek", "sekreterare", 2), ("David Dahl", "M", 2),
        ("Bertil Berg", "Polisen", 1)]
    assert r23.organisations == {"M": 2, "S": 2, "Polisen": 1}
    assert (r23.decisions.total_sek, r23.decisions.by_account) == (20000, {"ID200 1": 20000})
    assert [e.id for e, _ in r23.closed] == ["kameror"] and r23.days_to_close == [210]
    assert r23.median_days_to_close == 210
    assert [e.id for e in r23.open_at_year_end] == ["skolvakter"]
    assert [(a.area, a.levels, a.trend) for a in r23.areas] == [
        ("ANDT", [("feb 2023", "yellow"), ("sep 2023", "red")], "stigande"),
        ("Hot och våld", [("feb 2023", "green"), ("sep 2023", "yellow")], "stigande"),
        ("Ungdomar/skolor", [], "okänd")]
    assert [c.area for c in r23.uncovered] == ["Hot och våld"]
    assert r23.open_over_time == [(dt.date(2023, 3, 10), 2), (dt.date(2023, 10, 6), 1)]

    r24 = year_report(store, 2024, today=dt.date(2026, 1, 1))
    assert [(a.name, a.count()) for a in r24.attendance] == [("Anna Andersson", 3), ("Cecilia Ek", 3),
                                                             ("Bertil Berg", 1)]
    assert [e.id for e in r24.opened] == ["belysning", "langning"]
    assert [e.id for e, _ in r24.closed] == ["belysning"] and r24.median_days_to_close == 105
    assert [e.id for e in r24.dropped] == ["skolvakter"]
    assert [e.id for e in r24.open_at_year_end] == ["langning"]
    assert [(a.area, a.trend) for a in r24.areas] == [("ANDT", "sjunkande"), ("Hot och våld", "stigande"),
                                                      ("Ungdomar/skolor", "okänd")]
    assert [c.area for c in r24.uncovered] == ["Hot och våld"]
    assert r24.open_over_time == [(dt.date(2024, 2, 2), 2), (dt.date(2024, 5, 17), 2), (dt.date(2024, 11, 8), 1)]


def test_stalled_is_judged_at_the_end_of_the_year(years_store: Path) -> None:
    path = years_store / "meetings" / "2024-02-02.toml"
    assert 'status = "Pågår"' in path.read_text(encoding="utf-8")
    r = year_report(load(years_store), 2024, today=dt.date(2026, 1, 1))
    assert r.stalled == []  # skolvakter stood still for four meetings but was dropped in November
    shutil.move(years_store / "meetings" / "2024-11-08.toml", years_store / "2024-11-08.toml.bak")
    r = year_report(load(years_store), 2024, today=dt.date(2026, 1, 1))
    assert [e.id for e in r.stalled] == ["skolvakter"]


def test_seed_report_every_format(capsys: pytest.CaptureFixture[str], seed_store: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--store", str(seed_store), "report", "2024")
    assert code == 0
    assert "Rådet höll 2 möten under 2024: 9 februari, 15 november." in out
    assert re.search(r"Mikael Jansson\s+säkerhetsskyddschef\s+–\s+X\s+1 av 2", out)
    assert re.search(r"Nya uppföljningar\s+6", out) and re.search(r"Tappade \(försvann utan att avslutas\)\s+3", out)
    assert "Summa: 10 000 kr" in out and "ID110 16: 10 000 kr" in out
    assert "ärende sedan dess: Hot och våld, Extremism och kriminella nätverk." in out
    assert max(len(line) for line in out.splitlines()) <= 80
    html = tmp_path / "r.html"
    assert run(capsys, "--store", str(seed_store), "report", "2024", "--format", "html", "-o", str(html))[0] == 0
    page = html.read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(pictures) == 2
    import base64

    assert all(base64.b64decode(p).startswith(b"\x89PNG\r\n\x1a\n") for p in pictures)
    word = tmp_path / "r.docx"
    assert run(capsys, "--store", str(seed_store), "report", "2024", "--format", "docx", "-o", str(word))[0] == 0
    document = docx.Document(str(word))
    assert "Verksamhetsberättelse 2024" in [p.text for p in document.paragraphs]
    images = [r for r in document.part.rels.values() if "image" in r.reltype]
    assert len(images) == 2 and all(r.target_part.blob.startswith(b"\x89PNG") for r in images)
    assert len(document.tables) >= 4
    md = run(capsys, "--store", str(seed_store), "report", "2024", "--format", "md")[1]
    assert md.startswith("# Verksamhetsberättelse 2024") and "| Mikael Jansson |" in md
    assert io.StringIO(md).read().count("data:image") == 0


def test_report_bad_year(capsys: pytest.CaptureFixture[str], seed_store: Path) -> None:
    assert run(capsys, "--store", str(seed_store), "report", "tjugo")[0] == 2
    code, out, err = run(capsys, "--store", str(seed_store), "report", "1999")
    assert (code, err) == (0, ""), "a year without meetings is a report that says so, not an error"
    assert "Rådet höll inga möten under 1999." in out and "0 möten" not in out


def test_a_year_whose_planned_meetings_passed_without_minutes_says_so(capsys: pytest.CaptureFixture[str],
                                                                        seed_store: Path) -> None:
    code, out, err = run(capsys, "--store", str(seed_store), "report", "2025")
    assert (code, err) == (0, "")
    text = " ".join(out.split())
    assert "Rådet höll inga möten under 2025." in text
    assert ("4 planerade möten enligt tidplanen har passerat utan anteckningar: 14 februari, 16 maj, 12 september, "
            "14 november.") in text
    assert "Ingen lägesbild redovisades under 2025." in text
    assert "årets senaste lägesbild" not in text
    assert ("Omfattande eller återkommande i den senaste lägesbilden, från mötet 2024-11-15 (ingen redovisades "
            "under 2025), utan öppen uppföljning och utan ärende sedan dess: Hot och våld, Extremism och kriminella "
            "nätverk.") in text


async def test_ctrl_o_links_a_followup_to_one_of_the_councils_areas(seed_store: Path) -> None:

    from tests.editing.harness import editing
    from tests.editing.keys import save

    async def go() -> None:
        async with editing(seed_store, "2024-11-15") as (app, pilot, screen):
            screen.action_tab("uppfoljning")
            await pilot.pause()
            await pilot.press("end", "enter")  # the last follow-up: Handlingsplan omsorg/bildning
            await pilot.pause()
            await pilot.press("ctrl+o")
            await pilot.pause()
            await pilot.press("down", "enter")  # ANDT is first; the second is Hot och våld
            await pilot.pause()
            assert app.screen.field("f-areas").value == "Hot och våld, "  # a comma for the next area
            await pilot.press("ctrl+s")  # accept the follow-up form
            await pilot.pause()
            await save(pilot)

    await go()
    store = load(seed_store)
    by_area = {c.area: c for c in coverage(store, build_log(store))}
    assert [e.id for e in by_area["Hot och våld"].followups] == ["handlingsplan-omsorg-bildning"]


def test_report_refuses_when_a_meeting_cannot_be_read(capsys: pytest.CaptureFixture[str], seed_store: Path,
                                                      tmp_path: Path) -> None:
    path = seed_store / "meetings" / "2024-02-09.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('account = "ID110 16"\n',
                                                             'account = "ID110 16"\ncarried_out = "ja"\n', 1),
                    encoding="utf-8")
    target = tmp_path / "r.docx"
    code, out, err = run(capsys, "--store", str(seed_store), "report", "2024", "-f", "docx", "-o", str(target))
    assert code == 1 and "Rapporten blir inte gjord: 2024-02-09.toml kunde inte läsas" in err
    assert not target.exists() and out == ""


def _with_gaps(root: Path) -> Path:
    """The synthetic store with follow-ups missing for whole years between appearances: one open in 2021 and again
    (done) in 2026, one closed in 2021 and open again in 2026, one open in 2021, 2022 and 2026; returns root."""
    def followup(fid: str, state: str) -> str:
        return f'[[followup]]\nid = "{fid}"\ntitle = "Glapp {fid}"\nstatus = "Pågår"\nstate = "{state}"\n'

    for date, written in (("2021-04-01", [("glapp-a", "open"), ("glapp-b", "done"), ("glapp-c", "open")]),
                          ("2022-04-01", [("glapp-c", "open")]),
                          ("2026-04-01", [("glapp-a", "done"), ("glapp-b", "open"), ("glapp-c", "open")])):
        text = f"format = 1\ndate = {date}\n\n" + "\n".join(followup(fid, state) for fid, state in written)
        (root / "meetings" / f"{date}.toml").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("source", ["years", "seed", "generated", "gaps"])
def test_report_from_the_index_is_the_report_over_the_whole_store(source: str, request: pytest.FixtureRequest,
                                                                   tmp_path: Path) -> None:
    """bra report reads only the year's meetings and follow-ups through the index, and gives the same report for
    every year."""
    from bench.generate import write_store
    from brå_tui.questions import indexed
    from brå_tui.store.index import Index

    if source == "generated":
        root = tmp_path / "generated"
        write_store(root, 80)
    elif source == "gaps":
        root = _with_gaps(request.getfixturevalue("years_store"))
    else:
        root = request.getfixturevalue(f"{source}_store")
    store = load(root, use_index=False)
    years = sorted({m.date.year for m in store.meetings})
    with Index.open(root) as index:
        for year in [years[0] - 1, *years]:
            for today in (dt.date(year, 6, 30), dt.date(2030, 1, 1)):
                assert indexed.year_report(index, year, today) == year_report(store, year, today), (year, today)
