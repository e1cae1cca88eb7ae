"""Names as people write them: surname starts of any length, hyphen or space, and hints that pick one person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from brå_tui.questions.people import Directory
from brå_tui.store.load import load
from brå_tui.tui.editing.fields import people_suggester, resolution_note

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def directory(seed_store: Path) -> Directory:
    return Directory.from_store(load(seed_store))


@pytest.mark.parametrize(("written", "person"), [
    ("Jimmy Sp", "Jimmy Spolander"), ("Jimmy St", "Jimmy Stenberg"), ("jimmy spol", "Jimmy Spolander"),
    ("Anna Karin S", "Anna-Karin Stillfors"), ("Anna-Karin S", "Anna-Karin Stillfors"),
    ("Anna Karin Stillfors", "Anna-Karin Stillfors"), ("Sven Olof K", "Sven-Olof Kvist"),
    ("Mikael J", "Mikael Jansson"), ("Thomas N.", "Thomas Nordström"),
])
def test_longer_surname_starts_and_hyphens(directory: Directory, written: str, person: str) -> None:
    found = directory.resolve(written).person
    assert found is not None and found.name == person


@pytest.mark.parametrize("written", ["Jimmy S", "Jimmy", "Mikael"])
def test_every_suggested_form_picks_exactly_its_person(directory: Directory, written: str) -> None:
    resolution = directory.resolve(written)
    assert resolution.ambiguous
    assert len(resolution.precise) == len(resolution.candidates)
    for form, candidate in zip(resolution.precise, resolution.candidates, strict=True):
        assert directory.resolve(form).person is candidate, form


def test_owner_hint_can_be_followed(bra: Run) -> None:
    status, out, err = bra("owner", "Jimmy S")
    assert (status, out) == (1, "")
    assert err.strip() == 'bra: Jimmy S kan vara: Jimmy Spolander, Jimmy Stenberg; skriv "Jimmy Sp" eller "Jimmy St".'
    for form in ("Jimmy Sp", "Jimmy St"):
        status, out, _ = bra("owner", form)
        assert status == 0 and "Ansvarig för" in out


def test_editor_note_for_a_full_name_says_it_is_known(directory: Directory) -> None:
    note = resolution_note(directory)
    assert note("Jimmy Spolander") == "Jimmy Spolander: känd person."
    assert note("Jimmy Sp") == "Jimmy Sp → Jimmy Spolander."
    assert not note("Jimmy Spolander").startswith("→")
    assert note("Jimmy S").startswith("Jimmy S kan vara: ") and note("Jimmy S").endswith(".")
    assert note("Okänd Namnsson") == "Okänd Namnsson: okänd person (sparas som skrivet)."
    assert note("Mikael J, Jimmy Sp") == "Mikael J → Mikael Jansson; Jimmy Sp → Jimmy Spolander."


async def test_a_name_that_fits_several_people_is_not_completed_to_one_of_them(directory: Directory) -> None:
    """A name is completed only to the one person it fits, never to a part several share ("Jimmy" → "Jimmy S",
    which the note under the field calls ambiguous); a name that fits one person is completed to it."""
    suggest = people_suggester(directory).get_suggestion
    assert await suggest("Jimmy S") is None
    assert await suggest("Jimmy") is None  # not "Jimmy S": Spolander and Stenberg share it
    assert await suggest("Jimmy Sp") == "Jimmy Spolander"
    assert await suggest("Blerta Krenzi, Jimmy Spo") == "Blerta Krenzi, Jimmy Spolander"


@pytest.mark.parametrize(("written", "person"), [
    ("Anna-Karin", "Anna-Karin Stillfors"), ("anna karin", "Anna-Karin Stillfors"),
    ("Sven-Olof", "Sven-Olof Kvist"), ("Sven Olof", "Sven-Olof Kvist"), ("Stillfors", "Anna-Karin Stillfors"),
])
def test_a_hyphenated_first_name_one_person_has_is_that_person(directory: Directory, written: str,
                                                               person: str) -> None:
    """A first name only one person has finds them, hyphen or space (README: "ett förnamn som bara en har")."""
    found = directory.resolve(written)
    assert found.person is not None and found.person.name == person and found.rule in ("förnamn", "efternamn")


def test_a_hyphenated_surname_is_a_surname() -> None:
    from brå_tui.model import Person

    directory = Directory([Person("Karin Svensson-Berg"), Person("Karin Berg")])
    found = directory.resolve("Svensson-Berg").person
    assert found is not None and found.name == "Karin Svensson-Berg"
    assert directory.resolve("Berg").person is not None and directory.resolve("Berg").person.name == "Karin Berg"


def test_owner_finds_a_hyphenated_first_name(bra: Run) -> None:
    status, out, err = bra("owner", "Anna-Karin")
    assert status == 0, err
    assert out.startswith("Anna-Karin → Anna-Karin Stillfors")


def test_each_name_is_split_once_however_many_are_resolved(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolving a name compares it with everyone the store knows; each of their names is split for that once, not
    again for every name resolved (`bra owner` resolves every owner written in the log)."""
    from brå_tui.model import Person
    from brå_tui.questions import people as module

    calls = 0
    real = module._words

    def counted(name: str) -> list[str]:
        nonlocal calls
        calls += 1
        return real(name)

    monkeypatch.setattr(module, "_words", counted)
    everyone = [Person(name=f"Person{n} Efternamn{n}") for n in range(50)] + [Person(name="Anna Berg")]
    directory = Directory(everyone)
    written = [f"Okänd{n}" for n in range(40)] + [f"Anna B{n}" for n in range(40)]
    resolved = [directory.resolve(name) for name in written]
    assert calls <= 4 * len(everyone) + 4 * len(written), calls
    assert all(r.person is None for r in resolved)
    assert directory.resolve("Anna B").person is everyone[-1]
    assert directory.resolve("Berg").person is everyone[-1]
    assert directory.resolve("Person7 E").person is everyone[7]


async def test_every_completion_picks_out_exactly_one_entry(directory: Directory) -> None:
    """Whatever is typed, a completion proposed names one known person whom the note under the field also finds
    (never a form that fits several); in a list of areas or ids, one entry and no part shared by several."""
    from brå_tui.tui.editing.fields import ListSuggester

    suggest = people_suggester(directory).get_suggestion
    for person in directory.people:
        for end in range(1, len(person.name) + 1):
            proposed = await suggest(person.name[:end])
            if proposed is not None:
                found = directory.resolve(proposed)
                assert found.person is not None and not found.ambiguous, (person.name[:end], proposed)
    areas = ListSuggester(lambda: ["Hot och våld", "Hot mot förtroendevalda", "ANDT"]).get_suggestion
    assert await areas("Hot") is None and await areas("Hot o") == "Hot och våld" and await areas("AN") == "ANDT"
