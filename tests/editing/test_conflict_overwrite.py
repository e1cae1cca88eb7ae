"""Writing over a colleague's save: only what both changed becomes mine, the rest of theirs stays, and the
commit says what was written over."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.store.read import read_meeting
from brå_tui.tui.editing.dialogs import ConflictDialog
from tests.editing.harness import editing
from tests.editing.keys import replace, save
from tests.git.gitrepos import git, set_user

# The colleague: another process changes the place and strikes the first follow-up, and commits it as bra does.
COLLEAGUE = """
import sys
from pathlib import Path
from brå_tui.store.read import read_meeting
from brå_tui.store.save import MeetingDocument
path = Path(sys.argv[1])
document = MeetingDocument.open(path)
meeting, _ = read_meeting(path)
meeting.place = "Stora salen"
meeting.followups[0].state = "dropped"
document.apply(meeting)
assert document.save()
"""


@pytest.fixture
def git_store(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's copy of the seed store in its own git repository, the machine's git settings kept out."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed (apt-get install git)")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"):
        monkeypatch.delenv(name, raising=False)
    git(seed_store, "init", "--quiet", "--initial-branch=main")
    set_user(seed_store, "Cornelia Gustafsson", "cornelia@avesta.example")
    git(seed_store, "add", "--all")
    git(seed_store, "commit", "--quiet", "-m", "Första versionen")
    return seed_store


async def test_writing_over_keeps_their_change_of_what_i_did_not_touch(git_store: Path, state_home: Path) -> None:
    path = git_store / "meetings" / "2024-11-15.toml"
    async with editing(git_store) as (app, pilot, screen):
        await pilot.press("down", "tab", "tab", "tab")  # into the tab, → Plats
        await replace(pilot, "Sessionssalen")
        subprocess.run([sys.executable, "-c", COLLEAGUE, str(path)], check=True, cwd=Path(__file__).parents[2])
        await save(pilot)
        assert isinstance(app.screen, ConflictDialog)
        labels = [str(o.prompt) for o in app.screen.choices_list()]
        overwrite = next(label for label in labels if label.startswith("s "))
        assert "där ni båda ändrat (Plats)" in overwrite and "deras ändringar av Uppföljning behålls" in overwrite
        await pilot.press("s")
        await pilot.pause()
        assert app.screen is screen and not screen.has_unsaved()
        assert any("Plats" in n.message and "Uppföljning" in n.message for n in app._notifications)
    meeting, _ = read_meeting(path)
    assert meeting is not None
    assert meeting.place == "Sessionssalen", "mine where we both changed it"
    assert meeting.followups[0].state == "dropped", "their change of a part I never touched stays"
    subject = git(git_store, "log", "-1", "--format=%s")
    assert subject.startswith("Uppdatera 2024-11-15: plats")
    assert "skriver över en samtidig ändring av plats" in subject
    assert "uppföljning" not in subject.split(";")[0], "only the place changed against their version"


def test_lists_are_joined_entry_by_entry() -> None:
    import copy
    import datetime as dt

    from brå_tui.model import FollowUp, Item, Meeting
    from brå_tui.store.merge import merge_meetings

    base = Meeting(date=dt.date(2025, 2, 14), place="Visenten",
                   items=[Item(title="Lägesbild")],
                   followups=[FollowUp(id="a", title="A", status="s"), FollowUp(id="b", title="B", status="s")])
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.followups[1].status = "mitt"
    mine.items.append(Item(title="Mitt nya ärende"))
    mine.place = "Sessionssalen"
    theirs.followups[0].state = "dropped"
    theirs.items[0].title = "Lägesbild sociala risker"
    merged, clashes = merge_meetings(base, mine, theirs)
    assert clashes == [] and merged is not None, "different entries of the same lists do not meet"
    assert [f.state for f in merged.followups] == ["dropped", "open"]
    assert [f.status for f in merged.followups] == ["s", "mitt"]
    assert [i.title for i in merged.items] == ["Lägesbild sociala risker", "Mitt nya ärende"]
    theirs.followups[1].status = "deras"
    theirs.place = "Stora salen"
    assert merge_meetings(base, mine, theirs) == (None, ["place", "followups"])
    over, written = merge_meetings(base, mine, theirs, mine_wins=True)
    assert written == ["place", "followups"] and over is not None
    assert over.place == "Sessionssalen"
    assert [(f.state, f.status) for f in over.followups] == [("dropped", "s"), ("open", "mitt")]
    assert [i.title for i in over.items] == ["Lägesbild sociala risker", "Mitt nya ärende"]
