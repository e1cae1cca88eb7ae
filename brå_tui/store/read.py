"""Read a whole store quickly (tomllib), turning every problem into a finding with file and line."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from brå_tui.model import Council, Finding, Meeting, Person, Store
from brå_tui.store.convert import Problem, council_from_table, meeting_from_table, people_from_table
from brå_tui.store.locate import Locator
from brå_tui.store.parse import MAX_DEPTH, decode, parse_toml, read_file
from brå_tui.store.paths import COUNCIL_FILE, PEOPLE_FILE, date_of_name, meeting_files

T = TypeVar("T")


def _findings(path: Path, text: str, problems: list[Problem]) -> list[Finding]:
    if not problems:
        return []
    locator = Locator(text)
    findings = []
    for problem in problems:
        line, column = locator.position(problem.path)
        findings.append(Finding(path, problem.message, line or 1, column, problem.severity))
    return findings


def unexpected(path: Path, err: Exception) -> Finding:
    """The finding for a file whose reading raised: the file is broken, the rest of the store is read as usual."""
    if isinstance(err, RecursionError):
        return Finding(path, f"filen kan inte läsas: något är nästlat i fler än {MAX_DEPTH} nivåer")
    if isinstance(err, MemoryError):
        return Finding(path, "filen kan inte läsas: den får inte plats i minnet")
    return Finding(path, f"filen kan inte läsas: oväntat fel i bra ({type(err).__name__})")


def read_meeting(path: Path) -> tuple[Meeting | None, list[Finding]]:
    """One meeting file: the meeting (None if broken) and every finding in it. Never raises: whatever goes
    wrong reading one file marks that file broken."""
    try:
        text, table, finding = read_file(path)
        if table is None or text is None:
            return None, [finding] if finding else []
        return meeting_from_text(path, text, table)
    except Exception as err:
        return None, [unexpected(path, err)]


def meeting_from_bytes(path: Path, data: bytes) -> Meeting | None:
    """The meeting a file named path held when it held data (a draft's copy of it); None when that is broken."""
    text, _ = decode(path, data)
    table, _ = parse_toml(path, text) if text is not None else (None, None)
    if text is None or table is None:
        return None
    return meeting_from_text(path, text, table)[0]


def meeting_from_text(path: Path, text: str, table: dict[str, Any]) -> tuple[Meeting | None, list[Finding]]:
    """A meeting from a file's already parsed table, with its findings placed by line."""
    meeting, problems = meeting_from_table(table)
    findings = _findings(path, text, problems)
    if meeting is not None:
        meeting.path = path
        named = date_of_name(path)
        if named is not None and named != meeting.date:
            line, column = Locator(text).position(("date",))
            findings.append(Finding(path, f"filnamnet säger {named}, men date = {meeting.date}; datumet i filen gäller",
                                    line or 1, column, "warning"))
    return meeting, findings


def _read_table(path: Path, loader: Callable[[dict[str, Any]], tuple[T, list[Problem]]],
                default: Callable[[], T]) -> tuple[T, list[Finding]]:
    if not os.path.lexists(path):
        return default(), [Finding(path, "filen saknas", None, None, "warning")]
    try:
        text, table, finding = read_file(path)
        if table is None or text is None:
            return default(), [finding] if finding else []
        value, problems = loader(table)
        return value, _findings(path, text, problems)
    except Exception as err:
        return default(), [unexpected(path, err)]


def read_council(root: Path) -> tuple[Council, list[Finding]]:
    """council.toml, or the defaults when it is missing or broken."""
    return _read_table(root / COUNCIL_FILE, council_from_table, Council)


def read_people(root: Path) -> tuple[list[Person], list[Finding]]:
    """people.toml, or nobody when it is missing or broken."""
    return _read_table(root / PEOPLE_FILE, people_from_table, list)


def assemble(root: Path, council: tuple[Council, list[Finding]], people: tuple[list[Person], list[Finding]],
             readings: Iterable[tuple[Path, Meeting | None, list[Finding]]]) -> Store:
    """A store from its files' readings: meetings that parsed, the first error of each that did not, warnings."""
    meetings: list[Meeting] = []
    broken: list[Finding] = []
    warnings: list[Finding] = []
    for f in [*council[1], *people[1]]:
        (broken if f.severity == "error" else warnings).append(f)
    for path, meeting, findings in readings:
        if meeting is None:
            errors = [f for f in findings if f.severity == "error"]
            broken.append(errors[0] if errors else Finding(path, "mötet kunde inte läsas"))
        else:
            meetings.append(meeting)
        warnings.extend(f for f in findings if f.severity == "warning")
    return Store(root=root, council=council[0], people=people[0], meetings=meetings, broken=broken, warnings=warnings)


def load_store(root: Path, on_progress: Callable[[int, int], None] | None = None) -> Store:
    """Every file of the store: what parsed as model objects, what did not as findings."""
    files = meeting_files(root)

    def readings() -> Iterator[tuple[Path, Meeting | None, list[Finding]]]:
        for n, path in enumerate(files, start=1):
            yield (path, *read_meeting(path))
            if on_progress is not None:
                on_progress(n, len(files))

    return assemble(root, read_council(root), read_people(root), readings())
