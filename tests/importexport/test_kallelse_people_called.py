"""A meeting imported from its kallelse has not been held when the kallelse is written: its people are called, not
present. Every view that lists them says Kallade, and those who sent apologies stand apart, as in the kallelse."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList, TabbedContent

from brå_tui.cli.main import main
from brå_tui.importer.review import rows
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing.forms import AttendeeForm
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.meetings import MeetingsScreen
from brå_tui.tui.widgets.meeting_tabs import MeetingTabs
from tests.importexport.notes import CORPUS, import_one
from tests.tui.helpers import plain, settle

KEY = "2018-10-10"
APOLOGIES = "Anmält förhinder\tKarin Ek, Skolan\n"


@pytest.fixture
def called_store(seed_store: Path, tmp_path: Path) -> Path:
    """The seed store with the corpus's kallelse imported, one line of apologies added below its invited guest."""
    text = (CORPUS / "kallelse.txt").read_text(encoding="utf-8")
    text = text.replace("Sekreterare:\tEva Ek\n", f"{APOLOGIES}Sekreterare:\tEva Ek\n")
    note = tmp_path / "kallelse.txt"
    note.write_text(text, encoding="utf-8")
    assert main(["--store", str(seed_store), "import", str(note)]) == 0
    return seed_store


@pytest.fixture
def run(called_store: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """`bra --store <the store> ARGS…` at 80 columns without colour: what it printed."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    capsys.readouterr()

    def bra(*args: str) -> str:
        assert main(["--store", str(called_store), *args]) == 0
        return capsys.readouterr().out
    return bra


CALLED = ["Anna Andersson", "Bo Berg", "Per Persson", "Lars Larsson"]


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_bra_show_lists_the_called_and_those_with_apologies_apart(run: Callable[..., str]) -> None:
    shown = run("show", KEY)
    assert "Närvarande" not in shown
    assert [line.split()[0] for line in shown.splitlines() if line.startswith(("Kallade", "Frånvarande"))] == [
        "Kallade", "Frånvarande", "Kallade"]
    assert "Kallade     4" in shown and "Frånvarande 1" in shown
    called = _between(shown, "\nKallade\n", "Anmält förhinder/frånvarande")
    assert all(name in called for name in CALLED) and "Karin Ek" not in called
    assert "Karin Ek" in _between(shown, "Anmält förhinder/frånvarande", "Ärenden")


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
def test_the_exports_list_the_called_and_those_with_apologies_apart(run: Callable[..., str], kind: str) -> None:
    text = run("export", "--format", kind, KEY)
    assert "Närvarande" not in text
    called = _between(text, "Kallade:", "Anmält förhinder:")
    assert all(name in called for name in CALLED) and "Karin Ek" not in called
    assert "Karin Ek" in _between(text, "Anmält förhinder:", "Ärenden")


def test_the_word_export_lists_the_called(run: Callable[..., str], tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    run("export", "--format", "docx", "-o", str(tmp_path / "kallelse.docx"), KEY)
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "kallelse.docx")).paragraphs)
    assert "Närvarande" not in text
    called = _between(text, "Kallade:", "Anmält förhinder:")
    assert all(name in called for name in CALLED) and "Karin Ek" not in called


def test_a_search_hit_on_a_called_person_is_in_kallade(run: Callable[..., str]) -> None:
    hits = json.loads(run("search", "--json", "Lars Larsson"))["hits"]
    assert {hit["section"] for hit in hits if hit["title"] == "Lars Larsson"} == {"Kallade"}


def test_the_yearly_report_counts_no_one_called_as_present(run: Callable[..., str]) -> None:
    report = run("report", "2018")
    rows = {line.split("  ")[0]: line.split() for line in report.splitlines() if line.startswith(tuple(CALLED))}
    assert sorted(rows) == sorted(CALLED)
    assert all(row[-4:] == ["K", "0", "av", "0"] for row in rows.values())
    assert "K: kallad." in report and "vem som kallades men inte vem som kom" in " ".join(report.split())


async def test_the_app_names_the_called_kallade_in_the_meeting_and_in_redigera(called_store: Path) -> None:
    app = BraApp(called_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Lars Larsson")
        await settle(pilot)
        await pilot.press("enter")
        hits = app.screen.hits  # type: ignore[attr-defined]
        app.screen.query_one("#hits", OptionList).highlighted = next(
            n for n, hit in enumerate(hits) if hit.section == "Kallade")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
        tabs = app.screen.query_one(MeetingTabs)
        assert tabs.active == "narvarande"
        assert str(tabs.tabbed.get_tab("narvarande").label_text) == "Kallade"
        section = tabs.sections["narvarande"]
        shown = plain(section.content, 80)
        assert "Kallade" in shown and "Närvarande" not in shown and "Anmält förhinder/frånvarande" in shown
        await pilot.press("e", "2")
        await settle(pilot)
        assert isinstance(app.screen, EditMeetingScreen)
        assert str(app.screen.query_one("#edit-tabs", TabbedContent).get_tab("narvarande").label_text) == "Kallade"
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AttendeeForm)
        assert "Kallade: ändra" in plain(app.screen.query_one(".form-heading").render(), 80)


@pytest.mark.parametrize("document", [None, "protokoll"])
def test_a_meeting_held_still_lists_its_present(run: Callable[..., str], called_store: Path,
                                               document: str | None) -> None:
    path = called_store / "meetings" / f"{KEY}.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('document = "kallelse"\n', "" if document is None else
                                 f'document = "{document}"\n'), encoding="utf-8")
    shown = run("show", KEY)
    assert "Kallade" not in shown and "Närvarande   4" in shown
    assert "Närvarande:" in run("export", "--format", "md", KEY)


def test_the_review_says_the_people_of_a_kallelse_are_called(empty_store: Path) -> None:
    result = import_one(empty_store, CORPUS / "kallelse.txt")
    said = [row.became for row in rows(result) if row.what == "people"]
    assert len(said) == 4 and all("kallade: " in s and "närvarande" not in s for s in said), said
