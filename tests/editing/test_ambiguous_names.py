"""A name that fits several people, typed where Redigera takes people's names: the note under the field names a
form that picks out each one (the rule `bra owner` gives), and saving asks first, j/n, keyboard only."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, Static

from brå_tui.questions.people import Directory
from brå_tui.store.load import load
from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import FollowUpForm
from brå_tui.tui.screens.confirm import ConfirmScreen
from brå_tui.views.loglines import ambiguity_sentence
from tests.editing.harness import editing, new_entry
from tests.editing.keys import replace
from tests.tui.helpers import plain


def note_of(field: Field) -> str:
    return " ".join(plain(field.query_one(".field-reason", Label).content).split())


async def test_an_ambiguous_owner_gets_a_hint_that_picks_one_and_a_question_before_it_is_saved(
        seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        form = await new_entry(pilot, "5", FollowUpForm, f_title="Trygghetsvandring", f_owners="Jimmy")
        owners = form.field("f-owners")
        hint = note_of(owners)
        assert '"Jimmy Sp"' in hint and '"Jimmy St"' in hint, hint
        resolution = Directory.from_store(load(seed_store)).resolve("Jimmy")
        assert hint.rstrip(".") == ambiguity_sentence(resolution).rstrip("."), "the same sentence as bra owner"
        for form_name, person in (("Jimmy Sp", "Jimmy Spolander"), ("Jimmy St", "Jimmy Stenberg")):
            await replace(pilot, form_name)
            assert note_of(owners) == f"{form_name} → {person}.", "following the hint picks one person"
        await replace(pilot, "Jimmy")

        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "an ambiguous owner is asked about before it is kept"
        question = " ".join(plain(app.screen.query_one("#question", Static).content).split())
        assert "Jimmy kan vara" in question and "j/n" in question, question
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and owners.value == "Jimmy", "n goes back to the form as it was"

        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert app.screen is screen
        screen.read_fields()
        added = [f for f in screen.meeting.followups if f.title == "Trygghetsvandring"]
        assert [f.owners for f in added] == [["Jimmy"]]


async def test_saving_a_meeting_with_an_ambiguous_chair_asks_first(seed_store: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        path = seed_store / "meetings" / "2024-11-15.toml"
        before = path.read_bytes()
        screen.query_one("#m-chair", Field).value = "Jimmy"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen and path.read_bytes() == before, "n saves nothing"


async def test_an_attendee_typed_by_a_short_form_is_saved_by_the_whole_name(seed_store: Path) -> None:
    """'Jimmy Sp' in Närvarande, shown as 'Jimmy Sp → Jimmy Spolander', is written as Jimmy Spolander: the meeting
    gets no second, made-up Jimmy for bra owner to find."""
    from brå_tui.tui.editing.forms import AttendeeForm

    async with editing(seed_store, "2024-02-09") as (app, pilot, screen):  # a meeting Jimmy Spolander missed
        before = [a.name for a in screen.meeting.attendees]
        form = await new_entry(pilot, "2", AttendeeForm, f_name="Jimmy Sp")
        assert note_of(form.field("f-name")) == "Jimmy Sp → Jimmy Spolander."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        screen.read_fields()
        added = [a.name for a in screen.meeting.attendees if a.name not in before or a.name.startswith("Jimmy Sp")]
        assert "Jimmy Sp" not in added and "Jimmy Spolander" in added, added


async def test_a_proposed_completion_picks_one_person_and_never_looks_typed(seed_store: Path) -> None:
    """In a name field the completion → would take is proposed only when it picks out one person ("Jimmy" fits
    two: nothing)."""
    async with editing(seed_store) as (app, pilot, _screen):
        await pilot.press("5", "down", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FollowUpForm)
        owners = form.field("f-owners")
        owners.focus()

        async def shown(typed: str) -> str:
            await replace(pilot, typed)
            for _ in range(3):
                await pilot.pause()
            return owners.input.render_line(0).text.rstrip()

        assert await shown("Jimmy") == "Jimmy"
        assert await shown("Jimmy Sp") == "Jimmy Spolander"
        await pilot.press("right")
        await pilot.pause()
        assert owners.value == "Jimmy Spolander" and await shown("Jimmy Spolander") == "Jimmy Spolander"
