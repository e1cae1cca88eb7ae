"""Who is "Mikael J"? Resolving names as the notes write them to the people the council knows."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from brå_tui.model import Meeting, Person, Store
from brå_tui.text import fold


@dataclass
class Resolution:
    """What a written name resolves to: no one, exactly one person, or several candidates."""

    written: str
    candidates: list[Person] = field(default_factory=list)
    rule: str = ""  # how it matched: namn | alias | initial | förnamn | efternamn
    precise: list[str] = field(default_factory=list)  # when ambiguous: per candidate, a form naming only them

    def __post_init__(self) -> None:
        self.candidates = sorted(self.candidates, key=lambda p: fold(p.name))

    @property
    def person(self) -> Person | None:
        """The one person meant, or None when unresolved or ambiguous."""
        return self.candidates[0] if len(self.candidates) == 1 else None

    @property
    def ambiguous(self) -> bool:
        """Whether several people match and none may be guessed."""
        return len(self.candidates) > 1

    @property
    def unresolved(self) -> bool:
        """Whether nobody matches."""
        return not self.candidates

    def shown(self) -> str:
        """The full name when resolved, else the name as written."""
        return self.person.name if self.person else self.written


def _words(name: str) -> list[str]:
    """A name's words for matching: folded, with hyphens and dots as spaces ('Anna-Karin S.' → anna karin s)."""
    return fold(name).replace("-", " ").replace(".", " ").split()


class _Split:
    """A person's name as the rules of Directory._resolve compare it: its words, its given names and surname
    ('Anna-Karin Stillfors' → [anna, karin], stillfors; a name of one word is all given names), the words of its first
    word and of its last word (None for a name of one word)."""

    __slots__ = ("first_word", "given", "last", "person", "surname", "words")

    def __init__(self, person: Person) -> None:
        parts = person.name.split()
        self.person = person
        self.words = _words(person.name)
        self.given, self.last = (self.words[:-1], self.words[-1]) if len(self.words) > 1 else (self.words, "")
        self.first_word = _words(parts[0]) if parts else None
        self.surname = _words(parts[-1]) if len(parts) > 1 else None


class Directory:
    """Every person the store knows (people.toml and all attendees), with name resolution over them."""

    def __init__(self, people: list[Person]) -> None:
        self.people: list[Person] = []
        seen: dict[str, Person] = {}
        for person in people:
            key = fold(person.name)
            if key and key not in seen:
                seen[key] = person
                self.people.append(person)
        self._by_name = seen
        self._cache: dict[str, Resolution] = {}
        self._split: list[_Split] | None = None

    def _names(self) -> list[_Split]:
        """Each person's name split for matching once, not again for every name resolved."""
        if self._split is None:
            self._split = [_Split(p) for p in self.people]
        return self._split

    @classmethod
    def from_store(cls, store: Store) -> Directory:
        """The store's people, then attendees of meetings (newest first) that people.toml lacks."""
        attendees = (Person(name=a.name, title=a.title, org=a.org, party=a.party)
                     for m in store.meetings_newest_first() for a in m.attendees)
        return cls.from_people(store.people, attendees)

    @classmethod
    def from_people(cls, people: list[Person], attendees: Iterable[Person]) -> Directory:
        """people.toml's people, then each attendee (newest meeting first) that people.toml lacks."""
        everyone = list(people)
        seen = {p.name for p in everyone}
        for a in attendees:
            if a.name not in seen:  # the first (newest) of each name is the one kept
                seen.add(a.name)
                everyone.append(a)
        return cls(everyone)

    def resolve(self, written: str) -> Resolution:
        """Resolve a written name: full name, alias, first name + surname initial, first name, surname."""
        key = fold(written).rstrip(".")
        if key in self._cache:
            return self._cache[key]
        result = self._resolve(written, key)
        if result.ambiguous:
            result.precise = [self.precise_form(p) for p in result.candidates]
        self._cache[key] = result
        return result

    def _resolve(self, written: str, key: str) -> Resolution:
        words = _words(key)
        if not words:
            return Resolution(written)
        if key in self._by_name:
            return Resolution(written, [self._by_name[key]], "namn")
        names = self._names()
        spelled = [n.person for n in names if n.words == words]  # hyphen or space, dots, case
        if spelled:
            return Resolution(written, spelled, "namn")
        aliased = [p for p in self.people if any(_words(a) == words for a in p.aliases)]
        if aliased:
            return Resolution(written, aliased, "alias")
        one_word = len(key.split()) == 1  # "Anna-Karin" is one word of a name, split only for matching
        if len(words) > 1 and not one_word:
            # Given names in full, then the start of the surname: "Mikael J", "Jimmy Sp", "Anna Karin S".
            given, start = words[:-1], words[-1]
            matches = [n.person for n in names if n.given == given and n.last.startswith(start)]
            if matches:
                return Resolution(written, matches, "initial")
        # A first name as written ("Anna", "Anna-Karin", "Anna Karin"): the first word of the name or all its
        # given names; then, for one word, a surname ("Stillfors", "Svensson-Berg").
        matches = [n.person for n in names if n.first_word == words or n.given == words]
        if matches:
            return Resolution(written, matches, "förnamn")
        if one_word:
            matches = [n.person for n in names if n.surname is not None and n.surname == words]
            if matches:
                return Resolution(written, matches, "efternamn")
        return Resolution(written)

    def precise_form(self, person: Person) -> str:
        """The shortest 'given names + start of surname' that resolves to this person alone ('Jimmy Sp').

        Falls back to the full name when no shorter form picks the person out.
        """
        parts = person.name.split()
        if len(parts) < 2:
            return person.name
        given, last = " ".join(parts[:-1]), parts[-1]
        for length in range(1, len(last)):
            form = f"{given} {last[:length]}"
            if self._resolve(form, fold(form)).person is person:
                return form
        return person.name

    def same_person(self, written: str, person: Person) -> bool:
        """Whether a written name resolves to exactly this person."""
        resolved = self.resolve(written).person
        return resolved is not None and fold(resolved.name) == fold(person.name)

    def completions(self, prefix: str) -> list[str]:
        """Full names and aliases that start with what has been typed, for completion."""
        key = fold(prefix)
        names = [p.name for p in self.people] + [a for p in self.people for a in p.aliases]
        return [n for n in names if fold(n).startswith(key) or any(w.startswith(key) for w in fold(n).split())]


class HasOwners(Protocol):
    """A follow-up as any part of bra holds it (the notes' own, the log's, the notice's): its owners as written."""

    owners: list[str]


FollowUpT = TypeVar("FollowUpT", bound=HasOwners)


def owners_shown(directory: Directory, owners: list[str]) -> list[str]:
    """The owners as a reader is shown them: a short form written in older notes ("Mikael J") that picks out one
    person (Directory.resolve) as that person's full name; a name that fits several people or nobody as written."""
    return [directory.resolve(written).shown() for written in owners]


def with_owners_shown(directory: Directory, followups: Iterable[FollowUpT]) -> list[FollowUpT]:
    """Copies of the follow-ups with their owners as owners_shown gives them, for showing and exporting; what the
    files say is not changed."""
    return [dataclasses.replace(f, owners=owners_shown(directory, f.owners))  # type: ignore[type-var]
            for f in followups]


def meeting_shown(directory: Directory, meeting: Meeting) -> Meeting:
    """A copy of the meeting for showing and exporting, its follow-ups' owners as owners_shown gives them."""
    return dataclasses.replace(meeting, followups=with_owners_shown(directory, meeting.followups))
