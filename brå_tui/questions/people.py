"""Who is "Mikael J"? Resolving names as the notes write them to the people the council knows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from brå_tui.model import Person, Store
from brå_tui.text import fold


@dataclass
class Resolution:
    """What a written name resolves to: no one, exactly one person, or several candidates."""

    written: str
    candidates: list[Person] = field(default_factory=list)
    rule: str = ""  # how it matched: namn | alias | initial | förnamn | efternamn

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


def _first(name: str) -> str:
    return fold(name).split()[0] if name.split() else ""


def _last(name: str) -> str:
    return fold(name).split()[-1] if len(name.split()) > 1 else ""


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
        self._cache[key] = result
        return result

    def _resolve(self, written: str, key: str) -> Resolution:
        if not key:
            return Resolution(written)
        if key in self._by_name:
            return Resolution(written, [self._by_name[key]], "namn")
        aliased = [p for p in self.people if any(fold(a) == key for a in p.aliases)]
        if aliased:
            return Resolution(written, aliased, "alias")
        words = key.replace(".", " ").split()
        if len(words) == 2 and len(words[1]) == 1:
            first, initial = words
            matches = [p for p in self.people if _first(p.name) == first and _last(p.name)[:1] == initial]
            if matches:
                return Resolution(written, matches, "initial")
        if len(words) == 1:
            matches = [p for p in self.people if _first(p.name) == key]
            if matches:
                return Resolution(written, matches, "förnamn")
            matches = [p for p in self.people if _last(p.name) == key]
            if matches:
                return Resolution(written, matches, "efternamn")
        return Resolution(written)

    def same_person(self, written: str, person: Person) -> bool:
        """Whether a written name resolves to exactly this person."""
        resolved = self.resolve(written).person
        return resolved is not None and fold(resolved.name) == fold(person.name)

    def completions(self, prefix: str) -> list[str]:
        """Full names and aliases that start with what has been typed, for completion."""
        key = fold(prefix)
        names = [p.name for p in self.people] + [a for p in self.people for a in p.aliases]
        return [n for n in names if fold(n).startswith(key) or any(w.startswith(key) for w in fold(n).split())]
