"""A draft keeps what is typed but not finished, and restoring it puts that back where it was.

Every form of Redigera open when the terminal went (attendee, item, decision, follow-up, schedule, other question)
is opened again, filled in as it was, even with a wrong text, over the entry it was for; a new entry is still
added where it was being added. A wrong text in a field of the meeting itself (a time "25:99") is kept as typed.
Nothing becomes a finished entry without the secretary's Enter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from brå_tui.drafts import OpenForm, list_drafts, load_draft
from brå_tui.store.load import load
from brå_tui.tui.app import BraApp
from brå_tui.tui.editing import save_all_drafts
from brå_tui.tui.editing.entrylist import EntryList
from brå_tui.tui.editing.fields import Field
from brå_tui.tui.editing.forms import (
    AttendeeForm,
    DecisionForm,
    FollowUpForm,
    FormScreen,
    ItemForm,
    ScheduleForm,
)
from brå_tui.tui.editing.notes import NotesArea
from brå_tui.tui.editing.recover import DraftsDialog
from brå_tui.tui.editing.screen import EditMeetingScreen
from brå_tui.tui.screens.confirm import DISCARD_QUESTION, ConfirmScreen
from tests.editing.harness import EditHarness, drafts_offered, editing, new_form_restored
from tests.editing.keys import replace, type_text, until
from tests.tui.helpers import press, running

KEY = "2024-11-15"


def _titles(store: Path) -> list[str]:
    meeting = load(store).meeting(KEY)
    assert meeting is not None
    return [i.title for i in meeting.items]


def _field(screen: object, field_id: str) -> Field:
    assert isinstance(screen, FormScreen | EditMeetingScreen)
    return next(f for f in screen.query(Field) if f.id == field_id)


def _reason(field: Field) -> str:
    return str(field.query_one(".field-reason").render())


async def _restore(app: BraApp, pilot: Pilot[None]) -> None:
    """Wait for the drafts dialog the start offers, and restore its draft (Enter)."""
    await until(pilot, lambda: isinstance(app.screen, DraftsDialog) and bool(app.screen.query("#draft-list")))
    assert isinstance(app.screen, DraftsDialog)
    await press(pilot, "enter")
    await until(pilot, lambda: isinstance(app.screen, FormScreen) and app.screen.kept() is not None)


async def test_a_half_filled_new_item_comes_back_as_an_open_form(seed_store: Path, state_home: Path) -> None:
    """The hangup in the middle of a new item, with a wrong time in it: the draft holds the form, not an item; the
    next start opens the form again, filled in, and Enter adds the item where it was being added."""
    before = _titles(seed_store)
    async with running(seed_store, "e", "3", "down", "down", "a") as (app, pilot):
        assert isinstance(app.screen, ItemForm)
        await type_text(pilot, "Hängt ärende")
        await press(pilot, "tab", "tab")
        await type_text(pilot, "25:99")
        assert len(save_all_drafts(app)) == 1  # what the guard does when the terminal goes
    [draft] = list_drafts(seed_store)
    assert [i.title for i in draft.meeting.items] == before, "the open form is no item of the meeting"
    [form] = draft.unfinished.forms
    assert (form.in_list, form.index, form.cursor) == ("list-items", None, 1)
    assert form.texts["f-title"] == "Hängt ärende" and form.texts["f-start"] == "25:99"

    async with running(seed_store) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, DraftsDialog) and bool(app.screen.query("#draft-list")))
        prompt = str(app.screen.query_one("#draft-list", OptionList).get_option_at_index(0).prompt)
        assert "öppet formulär: nytt ärende" in prompt
        assert "lägger till" not in prompt, "nothing is added until the form is finished"
        await _restore(app, pilot)
        form_screen = app.screen
        assert isinstance(form_screen, ItemForm)
        editor = app.screen_stack[-2]
        assert isinstance(editor, EditMeetingScreen)
        assert [i.title for i in editor.meeting.items] == before
        assert _field(form_screen, "f-title").value == "Hängt ärende"
        start = _field(form_screen, "f-start")
        assert start.value == "25:99" and "TT:MM" in _reason(start), "a wrong time shows why, as before"
        assert start.input.has_focus, "the cursor is back in the field it was in"
        await press(pilot, "ctrl+s")
        assert app.screen is form_screen, "a wrong field still keeps the form open"
        await replace(pilot, "10:00")
        await press(pilot, "enter")
        assert app.screen is editor
        assert [i.title for i in editor.meeting.items] == [before[0], before[1], "Hängt ärende", before[2]]
        assert editor.meeting.items[2].start is not None and editor.meeting.items[2].start.hour == 10


async def _open_decision(pilot: Pilot[None], screen: EditMeetingScreen) -> None:
    screen.action_tab("arenden")
    await pilot.press("enter")  # the first item
    await until(pilot, lambda: isinstance(pilot.app.screen, ItemForm))
    await pilot.pause()
    await replace(pilot, "Lägesbild, ändrad")
    pilot.app.screen.query_one("#f-decisions").focus()
    await pilot.press("a")
    await until(pilot, lambda: isinstance(pilot.app.screen, DecisionForm))
    await pilot.pause()


def _opener(tab: str, key: str) -> object:
    async def open_form(pilot: Pilot[None], screen: EditMeetingScreen) -> None:
        screen.action_tab(tab)
        await pilot.press(key)
        await until(pilot, lambda: isinstance(pilot.app.screen, FormScreen))
        await pilot.pause()

    return open_form


# Every form of Redigera: how it is opened, its class, the field typed into, the lists of the forms kept and the
# entry each changes (None: a new one).
FORMS = [
    ("attendee", _opener("narvarande", "a"), AttendeeForm, "f-name", [("list-attendees", None)]),
    ("item", _opener("arenden", "enter"), ItemForm, "f-title", [("list-items", 0)]),
    ("decision", _open_decision, DecisionForm, "f-text", [("list-items", 0), ("f-decisions", None)]),
    ("followup", _opener("uppfoljning", "enter"), FollowUpForm, "f-title", [("list-followups", 0)]),
    ("schedule", _opener("tidplan", "a"), ScheduleForm, "f-date", [("list-schedule", None)]),
    ("other", _opener("ovrigt", "a"), ItemForm, "f-title", [("list-other", None)]),
]


@pytest.mark.parametrize(("opener", "form_class", "field_id", "where"), [f[1:] for f in FORMS],
                         ids=[f[0] for f in FORMS])
async def test_every_form_comes_back_where_it_was(seed_store: Path, state_home: Path, opener: object,
                                                  form_class: type[FormScreen[object]], field_id: str,
                                                  where: list[tuple[str, int | None]]) -> None:
    typed = "Halvskrivet 25:99"  # not a date either: a wrong text is kept as it was typed
    async with editing(seed_store) as (app, pilot, screen):
        await opener(pilot, screen)  # type: ignore[operator]
        assert isinstance(app.screen, form_class)
        _field(app.screen, field_id).focus()
        await replace(pilot, typed)
        assert len(save_all_drafts(app)) == 1
        meeting_then = screen.meeting
    [draft] = list_drafts(seed_store)
    assert draft.meeting == meeting_then, "what is typed in the forms is not in the draft's meeting"
    assert [(f.in_list, f.index) for f in draft.unfinished.forms] == where
    assert draft.unfinished.forms[-1].texts[field_id] == typed

    async with drafts_offered(seed_store) as (app, pilot, _):
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, form_class) and app.screen.kept() is not None)
        form = app.screen
        assert isinstance(form, form_class)
        assert _field(form, field_id).value == typed
        forms = [s for s in app.screen_stack if isinstance(s, FormScreen)]
        assert [(f.place.list_id, f.place.index) for f in forms if f.place] == where
        if len(forms) == 2:
            assert _field(forms[0], "f-title").value == "Lägesbild, ändrad", "the item's form under it is back too"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.screen.question == DISCARD_QUESTION, \
            "a restored form is not thrown away without asking"


async def test_a_wrong_text_in_the_meetings_own_fields_is_kept(seed_store: Path, state_home: Path) -> None:
    """Start "25:99" and a period that is no month are kept as typed, shown with their reasons when restored."""
    async with editing(seed_store) as (app, pilot, screen):
        _field(screen, "m-start").focus()
        await replace(pilot, "25:99")
        screen.action_tab("lagesbild")
        _field(screen, "r-period").focus()
        await replace(pilot, "2024-13")
        assert len(save_all_drafts(app)) == 1
    [draft] = list_drafts(seed_store)
    assert draft.unfinished.texts == {"m-start": "25:99", "r-period": "2024-13"}

    async with drafts_offered(seed_store) as (app, pilot, _):
        assert "2\u00a0ofärdiga fält i mötet" in str(app.screen.query_one("#draft-list", OptionList)
                                                       .get_option_at_index(0).prompt)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EditMeetingScreen) and bool(app.screen.invalid))
        screen = app.screen
        assert isinstance(screen, EditMeetingScreen)
        assert _field(screen, "m-start").value == "25:99" and "TT:MM" in _reason(_field(screen, "m-start"))
        assert _field(screen, "r-period").value == "2024-13"
        assert set(screen.invalid) == {"m-start", "r-period"} and screen.has_unsaved()
        assert "✗ 2 fel" in str(screen.query_one("#edit-status").render())


async def test_a_form_kept_untouched_until_typed_in(seed_store: Path, state_home: Path) -> None:
    """An open form with nothing typed is no unsaved edit; once something is typed it is, and quitting asks."""
    async with editing(seed_store) as (app, pilot, screen):
        screen.action_tab("arenden")
        screen.query_one("#list-items", EntryList).action_add()
        await until(pilot, lambda: isinstance(app.screen, ItemForm) and app.screen.kept() is not None)
        assert not screen.unfinished() and not screen.has_unsaved()
        await type_text(pilot, "X")
        assert [f.texts["f-title"] for f in screen.unfinished().forms] == ["X"] and screen.has_unsaved()


OLD_DRAFT = """\
[draft]
store = "{store}"
meeting = "2024-11-15"
path = "{store}/meetings/2024-11-15.toml"
new = false
written = 2025-03-04T10:11:00

[meeting]
format = 1
date = 2024-11-15
place = "Ur ett äldre utkast"
"""


def test_a_draft_from_before_open_forms_is_read_as_it_was(seed_store: Path, state_home: Path) -> None:
    folder = state_home / "bra" / "drafts"
    folder.mkdir(parents=True, mode=0o700)
    from brå_tui.drafts import new_draft_file

    file = new_draft_file(seed_store, KEY)
    file.write_text(OLD_DRAFT.format(store=seed_store.resolve()), encoding="utf-8")
    draft = load_draft(file)
    assert draft is not None and draft.meeting.place == "Ur ett äldre utkast"
    assert not draft.unfinished and draft.problem is None


@pytest.mark.parametrize(("tail", "problem"), [
    ('[[form]]\nlist = "list-items"\nindex = -3\n', "Formulär 1 som var öppet i utkastet kunde inte läsas"),
    ('[[form]]\nlist = "list-items"\n[[form.decision]]\namount_sek = "mycket"\n', "ett beslut i det går inte"),
    ('fields = "25:99"\n', "Utkastets ofärdiga fält kunde inte läsas"),
], ids=["negative-row", "broken-decision", "fields-not-a-table"])
async def test_a_broken_open_form_is_said_in_swedish(seed_store: Path, state_home: Path, tail: str,
                                                     problem: str) -> None:
    """A draft whose open forms cannot be read still gives back its meeting, and says in Swedish what is left out."""
    from brå_tui.drafts import new_draft_file

    file = new_draft_file(seed_store, KEY)
    file.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    text = OLD_DRAFT.format(store=seed_store.resolve()).replace("new = false", "new = false\nformat = 2")
    file.write_text(tail + text if tail.startswith("fields") else text + "\n" + tail, encoding="utf-8")
    draft = load_draft(file)
    assert draft is not None and draft.problem is not None and problem in draft.problem
    assert draft.unfinished.forms == []
    async with drafts_offered(seed_store, notifications=True) as (app, pilot, _):
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EditMeetingScreen))
        await pilot.pause()
        assert app.screen.meeting.place == "Ur ett äldre utkast"
        assert any(problem in n.message for n in app._notifications)


def test_open_forms_round_trip_through_the_draft_file(seed_store: Path, state_home: Path) -> None:
    """Every part of an open form is read back as written: texts, choices, notes, decisions, where and focus."""
    from brå_tui.drafts import Unfinished, save_draft
    from brå_tui.model import Decision

    meeting = load(seed_store).meeting(KEY)
    assert meeting is not None
    forms = [OpenForm("list-items", index=1, cursor=1, texts={"f-title": "SSPF ", "f-start": "25:99"},
                      choices={"f-kind": "agenda", "f-confidential": True}, notes={"f-notes": "rad 1\nrad 2"},
                      decisions=[Decision(text="Ett", amount_sek=10), Decision(text="Två", account="ID1")],
                      focus="f-start"),
             OpenForm("f-decisions", cursor=0, texts={"f-text": ""})]
    unfinished = Unfinished({"m-end": "8"}, forms)
    file = save_draft(seed_store, meeting, meeting.path, unfinished=unfinished)
    assert file.stat().st_mode & 0o777 == 0o600
    draft = load_draft(file)
    assert draft is not None and draft.problem is None
    assert draft.unfinished == unfinished


async def test_a_restored_new_followups_id_goes_on_following_its_title(seed_store: Path, state_home: Path) -> None:
    async with editing(seed_store) as (app, pilot, screen):
        await _opener("uppfoljning", "a")(pilot, screen)  # type: ignore[operator]
        await type_text(pilot, "Möte med")
        assert _field(app.screen, "f-id").value == "mote-med"
        assert len(save_all_drafts(app)) == 1
    async with drafts_offered(seed_store) as (app, pilot, _):
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FollowUpForm) and app.screen.kept() is not None)
        await type_text(pilot, " polisen")  # the cursor is back at the end of the title
        assert _field(app.screen, "f-title").value == "Möte med polisen"
        assert _field(app.screen, "f-id").value == "mote-med-polisen"


async def test_a_draft_written_before_its_forms_are_back_keeps_them(seed_store: Path, state_home: Path) -> None:
    """The terminal goes the moment a draft is taken up, before its forms are open again: the draft written then
    still holds them (they are not taken for closed)."""
    from brå_tui.drafts import Unfinished, claim_draft, save_draft
    from brå_tui.tui.editing import draft_screen

    meeting = load(seed_store).meeting(KEY)
    assert meeting is not None
    unfinished = Unfinished({"m-start": "25:99"}, [OpenForm("list-items", cursor=0, texts={"f-title": "Hängt"})])
    save_draft(seed_store, meeting, meeting.path, unfinished=unfinished)
    app = EditHarness(seed_store, open_editor=False)
    async with app.run_test(size=(80, 24)) as pilot:
        [draft] = list_drafts(seed_store)
        mine = claim_draft(draft)
        assert mine is not None
        app.push_screen(draft_screen(app.store, mine))
        assert len(save_all_drafts(app)) == 1
        assert [d.unfinished for d in list_drafts(seed_store)] == [unfinished]
        await until(pilot, lambda: isinstance(app.screen, ItemForm) and app.screen.kept() is not None)
        assert _field(app.screen, "f-title").value == "Hängt"
        assert not app.screen_stack[-2].restoring, "once the form is back, the draft follows what is typed"


async def test_restored_notes_go_on_after_their_text(seed_store: Path, state_home: Path) -> None:
    """Notes typed in a form when the terminal went come back with the cursor after them, as a field's text does:
    what is typed next follows the notes, it never lands in front of them."""
    async with running(seed_store, "e", "3", "down", "a") as (app, pilot):
        assert isinstance(app.screen, ItemForm)
        await type_text(pilot, "Titel")
        app.screen.query_one("#f-notes", NotesArea).focus()
        await pilot.pause()
        await type_text(pilot, "abc def")
        assert len(save_all_drafts(app)) == 1
    async with running(seed_store) as (app, pilot):
        await _restore(app, pilot)
        notes = app.screen.query_one("#f-notes", NotesArea)
        assert notes.has_focus and notes.text == "abc def"
        await type_text(pilot, "Z")
        assert notes.text == "abc defZ"


async def test_a_restored_form_never_puts_the_cursor_silently_in_a_drop_down(seed_store: Path,
                                                                             state_home: Path) -> None:
    """The terminal went while the focus was on a drop-down (Läge), where letters typed do nothing: the restored
    form puts the cursor in its first text field instead, where what is typed next lands."""
    async with running(seed_store, "e", "5", "down", "a") as (app, pilot):
        assert isinstance(app.screen, FollowUpForm)
        await type_text(pilot, "Hängd uppföljning")
        app.screen.query_one("#f-state").focus()
        await pilot.pause()
        assert len(save_all_drafts(app)) == 1
    [draft] = list_drafts(seed_store)
    assert draft.unfinished.forms[0].focus == "f-state"
    app = BraApp(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _restore(app, pilot)
        form = app.screen
        assert isinstance(form, FollowUpForm)
        await pilot.pause()
        assert form.focused is form.field("f-title").input
        await type_text(pilot, " mer")
        assert form.field("f-title").value == "Hängd uppföljning mer"


def _status(screen: EditMeetingScreen) -> str:
    return str(screen.query_one("#edit-status").render())


@pytest.mark.parametrize("kind", ["followup", "item"])
async def test_a_restored_form_thrown_away_leaves_nothing_unsaved(seed_store: Path, state_home: Path,
                                                                  kind: str) -> None:
    """A draft whose only content is a new form open when the terminal went: restored, then thrown away (Esc, j),
    the meeting is as its file is, so the title line says nothing is unsaved, Esc leaves without asking and the
    draft goes."""
    tab, form_class = ("uppfoljning", FollowUpForm) if kind == "followup" else ("arenden", ItemForm)
    async with new_form_restored(seed_store, tab, form_class) as (app, pilot, _, editor):
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await until(pilot, lambda: app.screen is editor)
        await pilot.pause()
        assert not app.has_unsaved()
        assert "Osparade ändringar" not in _status(editor) and "●" not in editor.sub_title
        editor.autosave()
        await app.workers.wait_for_complete()
        assert list_drafts(seed_store) == [], "nothing differs from the file: the draft goes"
        await pilot.press("escape")
        await pilot.pause()
        assert editor not in app.screen_stack, "nothing unsaved: leaving asks nothing"


async def test_a_restored_form_kept_shows_unsaved_and_leaving_asks(seed_store: Path, state_home: Path) -> None:
    """The converse: the restored form is finished (Enter), the entry is new in the meeting: the title line says
    so and Esc asks before throwing it away."""
    async with new_form_restored(seed_store, "arenden", ItemForm) as (app, pilot, _, editor):
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is editor)
        await pilot.pause()
        assert app.has_unsaved()
        assert "Osparade ändringar" in _status(editor)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.screen.question.startswith("Lämna utan att spara")
