"""Importera in the app: c parts a line into its sentences (12.1, 12.2 …) shown as rows of their own, each moved by
the usual keys, h makes it whole again; u on a line of several sentences takes only the task. The file dialog says
"Läser …" while the file is read, and shows a file's name with its control characters as symbols."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Label, Static

from brå_tui.questions.snapshot import Snapshot
from brå_tui.tui.screens.importing import ImportFileDialog
from tests.tui.helpers import import_screen

NOTE = Path(__file__).resolve().parents[1] / "importexport" / "data" / "anteckningar-stycken.txt"


async def test_c_parts_a_line_and_each_sentence_moves_by_key(empty_store: Path) -> None:
    async with import_screen(empty_store, NOTE) as (_app, pilot, screen):
        table = screen.query_one(DataTable)
        table.move_cursor(row=[row.number for row in screen.found].index(14))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        labels = [row.label for row in screen.found]
        assert labels[labels.index("14.1"):labels.index("14.3") + 1] == ["14.1", "14.2", "14.3"]
        assert table.row_count == len(screen.found)
        assert "Rad 14 blev delad i 3 meningar" in str(screen.query_one("#import-detail", Static).render())
        table.move_cursor(row=labels.index("14.3"))
        await pilot.pause()
        assert "Rad 14.3: Vi tar upp frågan igen enligt § 5 i planen." in str(
            screen.query_one("#import-detail", Static).render())
        await pilot.press("b")
        await pilot.pause()
        item = screen.result.meeting.items[0]
        assert [d.text for d in item.decisions] == ["Rådet beslutade att köpa två kameror.",
                                                    "Vi tar upp frågan igen enligt § 5 i planen."]
        await pilot.press("h")  # 14.3 made a decision by key: joining would lose it, so it is refused and said
        await pilot.pause()
        assert "Raden görs inte hel" in str(screen.query_one("#import-detail", Static).render())
        assert len(item.decisions) == 2 and [r.label for r in screen.found if r.number == 14][-1] == "14.3"
        await pilot.press("t", "h")
        await pilot.pause()
        assert [row.label for row in screen.found if row.number == 14] == ["14"] and item.decisions == []


async def test_u_in_the_app_takes_only_the_sentence_of_the_task(empty_store: Path) -> None:
    async with import_screen(empty_store, NOTE) as (_app, pilot, screen):
        table = screen.query_one(DataTable)
        table.move_cursor(row=[row.number for row in screen.found].index(15))
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        notes = screen.result.meeting.items[0].notes
        assert "Lisa Lind berättade om fritidsgården." in notes and "Ansökan gäller sommarlovet." in notes
        assert [f.title for f in screen.result.meeting.followups] == ["Skriva en ansökan"]
        assert "ur rad 15.2" in str(screen.query_one("#import-detail", Static).render())


class _FileDialog(App[None]):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def on_mount(self) -> None:
        self.push_screen(ImportFileDialog(Snapshot.read(self.root)))


async def test_the_file_dialog_says_it_reads_and_shows_control_characters_as_symbols(seed_store: Path,
                                                                                      tmp_path: Path) -> None:
    """While the worker reads the file the dialog says "Läser …" with the file's name; a file that cannot be
    imported is said in the dialog, its name's ESC shown as ␛, never sent to the terminal."""
    bad = tmp_path / "möte\x1b[2J.txt"
    bad.write_text("", encoding="utf-8")  # empty: refused
    app = _FileDialog(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#import-path").value = str(bad)  # type: ignore[attr-defined]
        dialog.action_read()  # type: ignore[attr-defined]
        # the worker's answer reaches the dialog only through the event loop, which has not run yet
        assert str(dialog.query_one("#import-file-status", Label).render()) == "Läser möte␛[2J.txt …"
        for _ in range(100):
            await pilot.pause(0.05)
            status = str(dialog.query_one("#import-file-status", Label).render())
            if "tom" in status:
                break
        assert "möte␛[2J.txt" in status and "är tom" in status and "\x1b" not in status
        assert app.screen is dialog


async def test_g_on_a_line_of_several_people_opens_a_table_of_their_groups(empty_store: Path, tmp_path: Path) -> None:
    from brå_tui.tui.screens.importing import GroupDialog
    from brå_tui.tui.widgets.cut_table import CutTable

    note = tmp_path / "anteckningar.txt"
    note.write_text("Minnesanteckningar Lokala Brå 2026-03-12\n\nNärvarande: Anna Ek, polisen; Lisa Lind, "
                    "socialtjänsten; Bo Ny (adjungerad)\n\n1. Lägesbild\nLisa Lind berättade om fritidsgården.\n",
                    encoding="utf-8")
    async with import_screen(empty_store, note) as (app, pilot, screen):
        table = screen.query_one(DataTable)
        table.move_cursor(row=[row.number for row in screen.found].index(3))
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, GroupDialog)
        groups = dialog.query_one(CutTable)
        assert type(groups) is CutTable and groups.row_count == 3
        await pilot.press("enter", "enter", "down", "enter", "ctrl+s")  # Anna: ersättare; Lisa: ledamot
        await pilot.pause()
        assert app.screen is screen
        assert [(a.name, a.group) for a in screen.result.meeting.attendees] == [
            ("Anna Ek", "substitute"), ("Lisa Lind", "member"), ("Bo Ny", "adjunct")]
        assert "Rad 3 blev närvarande: Anna Ek (ersättare), Lisa Lind (ledamot), Bo Ny (adjungerad)" in str(
            screen.query_one("#import-detail", Static).render())
