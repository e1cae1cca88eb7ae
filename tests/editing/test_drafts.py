"""Recovery drafts live outside the store, per user, and come back as the meeting that was edited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.drafts import discard_draft, drafts_dir, list_drafts, load_draft, new_draft_file, save_draft
from brå_tui.model import FollowUp
from brå_tui.store.load import load
from brå_tui.store.paths import StoreError


def test_drafts_dir_follows_xdg(tmp_path: Path) -> None:
    assert drafts_dir({"XDG_STATE_HOME": str(tmp_path), "HOME": "/x"}) == tmp_path / "bra" / "drafts"
    assert drafts_dir({"HOME": str(tmp_path)}) == tmp_path / ".local" / "state" / "bra" / "drafts"
    assert drafts_dir({"XDG_STATE_HOME": "relative", "HOME": str(tmp_path)}) == tmp_path / ".local/state/bra/drafts"


def test_save_list_load_discard(seed_store: Path, state_home: Path) -> None:
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None and meeting.path is not None
    before = meeting.path.read_bytes()
    meeting.place = "Sessionssalen"
    meeting.followups.append(FollowUp(id="ny-punkt", title="Ny punkt", owners=["Mikael J"]))
    file = save_draft(seed_store, meeting, meeting.path, base="abc", now=dt.datetime(2025, 1, 2, 3, 4))
    assert file.parent == state_home / "bra" / "drafts"
    assert file.stat().st_mode & 0o777 == 0o600
    assert meeting.path.read_bytes() == before, "a draft never touches the store"
    drafts = list_drafts(seed_store)
    assert [d.file for d in drafts] == [file]
    draft = drafts[0]
    assert draft.key == "2024-11-15" and not draft.new and draft.base == "abc"
    assert draft.meeting.place == "Sessionssalen"
    assert draft.meeting.followups[-1].owners == ["Mikael J"]
    assert draft.meeting.items == meeting.items and draft.meeting.risk == meeting.risk
    assert "mötet 2024-11-15" in draft.label() and "2025-01-02 03:04" in draft.label()
    other = seed_store.parent / "other"
    other.mkdir()
    assert list_drafts(other) == []
    discard_draft(draft)
    assert list_drafts(seed_store) == []


def test_new_meeting_draft_and_bad_files(seed_store: Path, state_home: Path) -> None:
    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    meeting.date = dt.date(2025, 2, 14)
    file = save_draft(seed_store, meeting, None, new=True)
    assert "-2025-02-14-ny." in file.name
    draft = load_draft(file)
    assert draft is not None and draft.new and draft.meeting.path is None
    (file.parent / file.name.replace("-ny.", "-x.")).write_text("inte toml ===", encoding="utf-8")
    assert len(list_drafts(seed_store)) == 1
    with pytest.raises(StoreError):
        new_draft_file(seed_store, "../../etc/passwd")


def test_a_draft_file_is_never_seen_empty(seed_store: Path, state_home: Path) -> None:
    """A new draft appears with its whole content at once (and this user's mode), so a crash while it is
    written leaves no empty draft behind; someone watching the folder never sees one."""
    import threading

    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    folder = drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    seen_empty: list[str] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for file in folder.glob("*.toml"):
                try:
                    if file.stat().st_size == 0:
                        seen_empty.append(file.name)
                except FileNotFoundError:
                    pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        files = [save_draft(seed_store, meeting, meeting.path) for _ in range(40)]
    finally:
        done.set()
        watcher.join()
    assert seen_empty == []
    assert {f.stat().st_mode & 0o777 for f in files} == {0o600}


@pytest.mark.parametrize(("how", "said", "own"), [
    ("symlink", "symbolisk länk", False),
    ("fifo", "namngiven pipe (FIFO), inte en fil", True),
    ("group-writable", "kan ändras av andra än du", False),
    ("someone-elses", "ägs av någon annan", False),
    ("not-toml", "ogiltig TOML", True),
    ("broken-meeting", "mötet i utkastet går inte att läsa", True),
])
async def test_a_draft_not_to_be_trusted_or_read_is_listed_as_damaged(seed_store: Path, state_home: Path, how: str,
                                                                      said: str, own: bool) -> None:
    """A draft file that is no regular file of this user's, or cannot be read, is never restored nor waited on (a
    FIFO); the drafts dialog lists it after the good ones as damaged, with its name and why in Swedish (its line
    where known). s throws a damaged file of this user's away, after asking, and a symbolic link (the link, not its
    target); one that is not theirs is left."""
    import os
    import shutil

    from brå_tui.drafts import find_drafts
    from tests.editing.harness import drafts_offered

    meeting = load(seed_store).meeting("2024-11-15")
    assert meeting is not None
    meeting.place = "Sessionssalen"
    good = save_draft(seed_store, meeting, meeting.path)
    bad = new_draft_file(seed_store, "2024-11-15")
    if how == "symlink":
        bad.symlink_to(good)
    elif how == "fifo":
        os.mkfifo(bad, 0o600)
    elif how in ("group-writable", "someone-elses"):
        shutil.copy(good, bad)
        if how == "group-writable":
            bad.chmod(0o620)
        else:
            os.chown(bad, 65534, 65534)
    elif how == "not-toml":
        bad.write_text("inte toml ===\n", encoding="utf-8")
    else:
        bad.write_text(good.read_text(encoding="utf-8").replace('place = "Sessionssalen"', "place = 3"),
                       encoding="utf-8")
    found, broken = find_drafts(seed_store)
    assert [d.file for d in found] == [good]
    [damaged] = broken
    finding = damaged.finding
    assert damaged.file == bad and said in finding.message and damaged.own is own
    if how == "broken-meeting":
        lines = bad.read_text(encoding="utf-8").splitlines()
        assert finding.line == lines.index("place = 3") + 1
    before = bad.lstat()
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        prompt = draft_prompt(dialog, 1)
        assert f"Trasigt utkast '{bad.name}', kan inte återställas" in prompt and said in prompt
        await pilot.press("down", "enter")  # Återställ: not this one
        assert app.screen is dialog and dialog.found == [found[0]]
        await pilot.press("s")
        await pilot.pause()
        if own or how in ("symlink", "group-writable"):
            await pilot.press("j")
            await pilot.pause()
            assert not os.path.lexists(bad), "thrown away"
            assert app.screen is dialog and dialog.damaged == [] and good.exists()
            return
        assert app.screen is dialog, "nothing is asked"
    assert bad.lstat().st_mtime_ns == before.st_mtime_ns, "left as it is"


def draft_prompt(dialog: object, index: int) -> str:
    """What the drafts dialog shows for its index'th entry, as text."""
    from textual.widgets import OptionList

    from brå_tui.tui.editing.recover import DraftsDialog

    assert isinstance(dialog, DraftsDialog)
    return str(dialog.query_one("#draft-list", OptionList).get_option_at_index(index).prompt)
