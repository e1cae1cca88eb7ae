"""Damaged drafts: a draft file cut short, not TOML, or not shaped as bra writes drafts is listed at start as
damaged, with its name shown safely, and can be thrown away; it never stops the good drafts being offered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from brå_tui.drafts import find_drafts, save_draft
from brå_tui.store.load import load
from tests.editing.harness import drafts_offered
from tests.editing.test_drafts import draft_prompt


def _good_draft(store: Path) -> Path:
    meeting = load(store).meeting("2024-11-15")
    assert meeting is not None
    meeting.place = "Sessionssalen"
    return save_draft(store, meeting, meeting.path)


def _damaged(good: Path, how: str) -> str:
    text = good.read_text(encoding="utf-8")
    if how == "truncated":
        return text[: len(text) // 2]
    if how == "meeting-key-a-number":
        return text.replace('meeting = "2024-11-15"', "meeting = 5", 1)
    if how == "meeting-key-a-path":
        return text.replace('meeting = "2024-11-15"', 'meeting = "../../../etc/passwd"', 1)
    if how == "new-not-a-boolean":
        return text.replace("new = false", 'new = "ja"', 1)
    if how == "written-not-a-time":
        return text.replace("written = ", 'written = "igår"\nwas = ', 1)
    if how == "empty":
        return ""
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["truncated", "meeting-key-a-number", "meeting-key-a-path", "new-not-a-boolean",
                                 "written-not-a-time", "empty"])
async def test_a_damaged_draft_is_listed_and_thrown_away(seed_store: Path, state_home: Path, how: str) -> None:
    good = _good_draft(seed_store)
    bad = good.with_name(good.name.replace(".toml", "0.toml"))
    bad.write_text(_damaged(good, how), encoding="utf-8")
    found, damaged = find_drafts(seed_store)
    assert [d.file for d in found] == [good]
    assert [d.file for d in damaged] == [bad] and damaged[0].own
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        assert "Sessionssalen" in draft_prompt(dialog, 0), "the good draft is offered as before"
        prompt = draft_prompt(dialog, 1)
        assert f"Trasigt utkast '{bad.name}', kan inte återställas" in prompt
        await pilot.press("down", "s")
        await pilot.pause()
        assert "Släng det trasiga utkastet" in str(app.screen.query_one("#question").render())
        await pilot.press("j")
        await pilot.pause()
        assert not bad.exists() and good.exists()
        assert app.screen is dialog and len(dialog.found) == 1 and dialog.damaged == []


async def test_only_damaged_drafts_still_open_the_dialog(seed_store: Path, state_home: Path) -> None:
    good = _good_draft(seed_store)
    good.write_text(_damaged(good, "truncated"), encoding="utf-8")
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        assert dialog.found == [] and "Trasigt utkast" in draft_prompt(dialog, 0)
        await pilot.press("s", "j")
        await pilot.pause()
        assert not good.exists()
        assert app.screen is not dialog, "the dialog closes once nothing is left in it"


async def test_a_damaged_drafts_name_and_text_reach_the_screen_as_symbols(seed_store: Path, state_home: Path) -> None:
    """A file name and a text with escape sequences and other control characters are shown with them as symbols
    (␛, ␇), never sent to the terminal as they are."""
    good = _good_draft(seed_store)
    tag = good.name.split("-")[0]
    bad = good.with_name(f"{tag}-2024-11-15\x1b]0;PWNED\x07\x1b[2J\u202e.toml")
    bad.write_bytes(b'[draft]\nmeeting = "\x1b[2J"\n[meeting]\n')
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        prompt = draft_prompt(dialog, 1)
        assert "\u241b]0;PWNED\u2407\u241b[2J\ufffd" in prompt, prompt
        assert not any(c in prompt for c in "\x1b\x07\u202e")
        await pilot.press("down", "s")
        await pilot.pause()
        question = str(app.screen.query_one("#question").render())
        assert "\u241b]0;PWNED" in question and "\x1b" not in question
        await pilot.press("j")
        await pilot.pause()
    assert not os.path.lexists(bad)


def _question(app: object) -> str:
    return str(app.screen.query_one("#question").render())  # type: ignore[attr-defined]


async def test_an_unsafe_draft_says_where_it_is_and_s_removes_it_after_asking(seed_store: Path, state_home: Path,
                                                                             tmp_path: Path) -> None:
    """A draft file others can change (mode 666) and a symbolic link in the user's own drafts folder: both are
    shown with their folder and what can be done, s removes each after a question, and a link's target is never
    touched."""
    good = _good_draft(seed_store)
    open_file = good.with_name(good.name.replace(".toml", "1.toml"))
    open_file.write_bytes(good.read_bytes())
    open_file.chmod(0o666)
    target = tmp_path / "someone-elses.txt"
    target.write_text("behålls\n", encoding="utf-8")
    link = good.with_name(good.name.replace(".toml", "2.toml"))
    link.symlink_to(target)
    good.unlink()
    _, damaged = find_drafts(seed_store)
    assert [(d.file, d.removable, d.link) for d in damaged] == [(open_file, True, False), (link, True, True)]
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        first, second = draft_prompt(dialog, 0), draft_prompt(dialog, 1)
        for prompt in (first, second):
            assert f"i mappen {open_file.parent}" in " ".join(prompt.split())
        assert "s tar bort filen efter en fråga" in " ".join(first.split())
        assert "s tar bort länken (inte det den pekar på)" in " ".join(second.split())
        await pilot.press("s")
        await pilot.pause()
        assert f"Släng det trasiga utkastet '{open_file}'" in _question(app)
        await pilot.press("j")
        await pilot.pause()
        assert not open_file.exists()
        await pilot.press("s")
        await pilot.pause()
        assert f"Ta bort länken '{link}'" in _question(app)
        await pilot.press("j")
        await pilot.pause()
        assert not os.path.lexists(link)
        assert app.screen is not dialog
    assert target.read_text(encoding="utf-8") == "behålls\n", "what the link pointed to is untouched"


async def test_a_damaged_draft_left_with_escape_is_not_offered_again(seed_store: Path, state_home: Path,
                                                                     tmp_path: Path) -> None:
    good = _good_draft(seed_store)
    link = good.with_name(good.name.replace(".toml", "2.toml"))
    link.symlink_to("/etc/passwd")
    good.unlink()
    assert len(find_drafts(seed_store)[1]) == 1
    async with drafts_offered(seed_store) as (app, pilot, dialog):
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not dialog
    assert os.path.lexists(link), "Esc leaves it as it is"
    assert find_drafts(seed_store)[1] == [], "and it is not offered at the next start"
    link.unlink()
    link.symlink_to(tmp_path / "another")
    assert [d.file for d in find_drafts(seed_store)[1]] == [link], "a new file at that name is offered again"
