"""Validate a whole store: every file and value, the areas and names it uses, and the files that do not belong."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from brå_tui.model import TIMEZONE, Council, Finding, Meeting, Person
from brå_tui.oserrors import cause
from brå_tui.questions.actionlog import LogEntry
from brå_tui.questions.people import Directory
from brå_tui.store.codec import dumps, loads, meeting_from_data
from brå_tui.store.index import Index, sha256
from brå_tui.store.paths import (
    COUNCIL_FILE,
    MEETING_NAME,
    MEETINGS_DIR,
    PEOPLE_FILE,
    is_leftover,
    is_meeting_name,
    meetings_dir,
)
from brå_tui.text import fold, listed, name_problem, quoted, unknown_area

# A file is read again (and the TOML reader loaded) only when a finding in it needs its line and column.
if TYPE_CHECKING:
    from brå_tui.store.locate import KeyPath, Locator

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}", re.ASCII)
_EDITOR_LEFTOVERS = ("~", ".swp", ".swo", ".swx", ".bak", ".orig")


@dataclass
class CheckResult:
    """What `bra check` found: every finding, sorted, and how many meeting files were checked."""

    findings: list[Finding] = field(default_factory=list)
    meetings: int = 0

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(1 for f in self.findings if f.severity != "error")


def _left_alone(name: str) -> bool:
    """Files the store format says bra neither reads nor mentions: READMEs, .git and other dot files,
    editor backups and autosaves."""
    return (name.startswith(".") or name.startswith("#") or name.upper().startswith("README")
            or name.endswith(_EDITOR_LEFTOVERS))


def leftovers(root: Path) -> list[Path]:
    """Temporary files that an interrupted save left behind in the store and in meetings/ (regular files only)."""
    found = []
    for folder in (root, meetings_dir(root)):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:  # a temporary's name starts with a dot (is_leftover); no path is made for the others
            if name.startswith(".") and is_leftover(path := folder / name):
                found.append(path)
    return sorted(found)


def remove_leftovers(root: Path) -> list[tuple[Path, str | None]]:
    """Remove what leftovers() finds, each folder under the lock that saves take, so that no save in progress
    loses its temporary file; each path with None when removed, else why not (in Swedish)."""
    from brå_tui.store.atomic import locked

    done: list[tuple[Path, str | None]] = []
    paths = leftovers(root)
    for folder in sorted({p.parent for p in paths}):
        try:
            with locked(folder):
                for path in (p for p in paths if p.parent == folder):
                    if not is_leftover(path):  # changed since it was listed: leave it
                        continue
                    try:
                        path.unlink()
                        done.append((path, None))
                    except OSError as err:
                        done.append((path, cause(err)))
        except OSError as err:
            done += [(p, cause(err)) for p in paths if p.parent == folder]
    return done


def stray_files(root: Path) -> list[Finding]:
    """Warnings for what meetings/ holds that is not read as a meeting, each with why (or no meetings/ at all);
    a temporary file left by an interrupted save, in meetings/ or the store, is one of them."""
    folder = meetings_dir(root)
    findings = [Finding(path, "en tillfällig fil från en sparning som avbröts; 'bra check --fix' tar bort den",
                        None, None, "warning") for path in leftovers(root)]
    if not folder.is_dir():
        return [*findings, Finding(folder, "mappen för mötena saknas", None, None, "warning")]
    for name in sorted(os.listdir(folder)):
        if is_meeting_name(name) or _left_alone(name):  # read as a meeting (meeting_files), or left alone
            continue
        path = folder / name
        if path.is_dir():
            message = "mappen läses inte: bra läser bara mötesfiler direkt i meetings/, inte i undermappar"
        elif MEETING_NAME.match(name):
            message = f"filen läses inte: {name[:10]} är inget giltigt datum (ett möte heter ÅÅÅÅ-MM-DD.toml)"
        elif name.lower().endswith(".toml") or _DATE_PREFIX.match(name):
            message = ("filen läses inte: ett möte ska heta ÅÅÅÅ-MM-DD.toml "
                       "(eller ÅÅÅÅ-MM-DD-2.toml för ett andra möte samma dag)")
        else:
            message = "filen läses inte: bara filer som heter ÅÅÅÅ-MM-DD.toml läses som möten"
        findings.append(Finding(path, message, None, None, "warning"))
    return findings


CHECKS = 4  # the kinds of finding a meeting is checked for; a new kind makes the kept findings stale


class _Text:
    """A meeting file's text and its key positions, read only when a finding needs a line and column."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._locator: Locator | None = None

    @property
    def locator(self) -> Locator:
        if self._locator is None:
            from brå_tui.store.locate import Locator
            from brå_tui.store.parse import read_file

            text, _, _ = read_file(self.path)
            self._locator = Locator(text or "")
        return self._locator


# The meetings that share the key their date gives (the date inside, then the file name's number: 2024-11-15-2),
# found by SQLite: only the few that clash reach Python, not a row for every meeting.
CLASHES = """
WITH k AS (SELECT key, date, date || CASE WHEN key GLOB '????-??-??-[0-9]*' THEN substr(key, 11) ELSE '' END AS clash
           FROM meeting)
SELECT key, date, clash FROM k WHERE clash IN (SELECT clash FROM k GROUP BY clash HAVING count(*) > 1)
ORDER BY date, key
"""


def _conflicts(index: Index) -> list[Finding]:
    """Two files that, by the date inside (which wins over the name), are the same meeting."""
    by_key: dict[str, list[tuple[str, str]]] = {}
    for key, date, clash in index.conn.execute(CLASHES):
        by_key.setdefault(clash, []).append((key, date))
    findings = []
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        for stem, _ in group:
            if stem == key:
                continue
            path = index.path_of(f"{MEETINGS_DIR}/{stem}.toml")
            others = ", ".join(f"{o}.toml" for o, _ in group if o != stem)
            line, column = _Text(path).locator.position(("date",))
            findings.append(Finding(path, f"krockar med {others}: båda är mötet {key}; rätta date eller ge ett "
                                          f"andra möte samma dag ett eget nummer, till exempel {key[:10]}-2.toml",
                                    line or 1, column))
    return findings


def _lists(meeting: Meeting, item_key: str, followup_key: str) -> list[tuple[KeyPath, list[str]]]:
    """Every list at item_key in a meeting's items and at followup_key in its follow-ups, with its key path."""
    out: list[tuple[KeyPath, list[str]]] = []
    for kind, items in (("item", meeting.items), ("other", meeting.other)):
        out.extend(((kind, i, item_key), getattr(item, item_key)) for i, item in enumerate(items))
    out.extend((("followup", i, followup_key), getattr(f, followup_key)) for i, f in enumerate(meeting.followups))
    return out


def _area_findings(meeting: Meeting, text: _Text, council: Council) -> list[Finding]:
    known = set(council.areas)
    findings = []

    def unknown(area: str, line: int | None, column: int | None) -> None:
        findings.append(Finding(text.path, unknown_area(area, council.areas), line or 1, column, "warning"))

    if meeting.risk is not None:
        for area in meeting.risk.areas:
            if area not in known:
                unknown(area, *text.locator.key_position(("risk", "areas", area)))
    for path, areas in _lists(meeting, "areas", "areas"):
        for area in areas:
            if area not in known:
                unknown(area, *text.locator.string_position(path, area))
    return findings


def _name_findings(meeting: Meeting, text: _Text, directory: Directory) -> list[Finding]:
    findings = []
    for path, names in _lists(meeting, "presenters", "owners"):
        for name in names:
            resolution = directory.resolve(name)
            if resolution.unresolved:
                message = f"okänt namn {quoted(name)} (finns varken i people.toml eller bland de närvarande)"
            elif resolution.ambiguous:
                who = listed(p.name for p in resolution.candidates)
                message = f"namnet {quoted(name)} kan vara flera: {who}; skriv hela namnet eller lägg till ett alias"
            else:
                continue
            line, column = text.locator.string_position(path, name)
            findings.append(Finding(text.path, message, line or 1, column, "warning"))
    return findings


def local_time_problem(day: dt.date, clock: dt.time) -> str | None:
    """Why day at clock is no single moment in Europe/Stockholm (TIMEZONE), or None when it is one.

    On the last Sunday of March the clocks go from 02:00 to 03:00, so 02:00–02:59 never happens; on the last
    Sunday of October they go back from 03:00 to 02:00, so 02:00–02:59 happens twice (zoneinfo, PEP 495: a local
    time that does not survive the round trip through UTC does not exist; one whose two folds differ in offset is
    ambiguous)."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(TIMEZONE)
    local = dt.datetime.combine(day, clock, zone)
    if local.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        return (f"klockslaget {clock:%H:%M} den {day} finns inte i svensk tid (klockan ställs fram en timme "
                "den natten); välj en annan tid")
    if local.utcoffset() != local.replace(fold=1).utcoffset():
        return (f"klockslaget {clock:%H:%M} den {day} inträffar två gånger i svensk tid (klockan ställs "
                "tillbaka en timme den natten); välj en annan tid")
    return None


def _clock_findings(meeting: Meeting, text: _Text) -> list[Finding]:
    """Start and end times, of the meeting, its items and its schedule, that are no single moment in Swedish
    time (see local_time_problem)."""
    clocks: list[tuple[KeyPath, dt.date, dt.time | None]] = [
        (("start",), meeting.date, meeting.start), (("end",), meeting.date, meeting.end)]
    for kind, items in (("item", meeting.items), ("other", meeting.other)):
        for i, item in enumerate(items):
            clocks += [((kind, i, "start"), meeting.date, item.start), ((kind, i, "end"), meeting.date, item.end)]
    for i, entry in enumerate(meeting.schedule):
        clocks += [(("schedule", i, "start"), entry.date, entry.start), (("schedule", i, "end"), entry.date, entry.end)]
    findings = []
    for path, day, clock in clocks:
        problem = local_time_problem(day, clock) if clock is not None else None
        if problem is not None:
            line, column = text.locator.position(path)
            findings.append(Finding(text.path, problem, line or 1, column, "warning"))
    return findings


def _role_name_findings(meeting: Meeting, text: _Text) -> list[Finding]:
    """Chair, secretary, adjusters and attendees whose name holds a tab, a control character or a role word
    (what a signature line read as a name leaves: 'ordförande\t\tHanna Lo')."""
    fields: list[tuple[str, KeyPath, bool]] = []
    if meeting.chair:
        fields.append((meeting.chair, ("chair",), False))
    if meeting.secretary:
        fields.append((meeting.secretary, ("secretary",), False))
    fields += [(name, ("adjusters",), True) for name in meeting.adjusters]
    fields += [(a.name, ("attendee", i, "name"), False) for i, a in enumerate(meeting.attendees)]
    findings = []
    for name, path, in_list in fields:
        problem = name_problem(name)
        if problem is None or (not in_list and "rollordet" in problem and path[0] == "attendee"):
            continue
        line, column = text.locator.string_position(path, name) if in_list else text.locator.position(path)
        findings.append(Finding(text.path, f"namnet {quoted(name)} i {path[0]} {problem}", line or 1, column,
                                "warning"))
    return findings


def _twice_findings(meeting: Meeting, text: _Text) -> list[Finding]:
    """An attendee listed again on the same side (present twice, or absent twice): one person counted twice."""
    seen: dict[tuple[str, bool], int] = {}
    findings = []
    for i, attendee in enumerate(meeting.attendees):
        key = (fold(attendee.name), attendee.absent)
        if key not in seen:
            seen[key] = i
            continue
        line, column = text.locator.position(("attendee", i, "name"))
        side = "frånvarande" if attendee.absent else "närvarande"
        findings.append(Finding(text.path, f"{quoted(attendee.name)} står två gånger bland de {side} (attendee "
                                           f"{seen[key] + 1} och {i + 1}) och räknas två gånger; slå ihop dem",
                                line or 1, column, "warning"))
    return findings


def check_store(root: Path) -> CheckResult:
    """Check every file of the store at root; the findings come sorted by file, line and column."""
    with Index.open(root) as index:
        return check_index(index)


def check_index(index: Index) -> CheckResult:
    """Check the store through its index: what reading each file found (kept for unchanged files), the
    files that do not belong, meetings that clash, and the areas and names each meeting uses (kept for
    unchanged files while the council's areas and the people the store knows stay the same)."""
    from brå_tui.questions.indexed import directory as directory_of

    findings = [f for _, f in index.findings(check=True)]
    council = index.council
    council_usable = (index.root / COUNCIL_FILE).exists() and not any(
        f.severity == "error" and f.path.name == COUNCIL_FILE and f.path.parent == index.root for f in findings)
    findings += stray_files(index.root)
    findings += _conflicts(index)
    directory = directory_of(index)
    context = sha256(dumps([CHECKS, council_usable, council.areas,
                                    [[p.name, p.aliases] for p in directory.people]]).encode()).hexdigest()
    conn = index.conn
    kept = dict(conn.execute("SELECT file_id, findings FROM checked WHERE context = ?", (context,)).fetchall())
    fresh: list[tuple[int, str, str]] = []
    for file_id, name in conn.execute("SELECT m.file_id, f.name FROM meeting m JOIN file f ON f.id = m.file_id "
                                      "ORDER BY f.name").fetchall():
        if kept.get(file_id) == "[]":  # checked before, nothing found
            continue
        path = index.path_of(name)
        if file_id in kept:
            found = [Finding(path, message, line, column, severity)
                     for message, line, column, severity in loads(kept[file_id])]
        else:  # only a meeting checked anew is read back from the index
            (data,) = conn.execute("SELECT data FROM file WHERE id = ?", (file_id,)).fetchone()
            meeting = meeting_from_data(loads(data))
            text = _Text(path)
            found = _area_findings(meeting, text, council) if council_usable else []
            found += _name_findings(meeting, text, directory)
            found += _role_name_findings(meeting, text)
            found += _twice_findings(meeting, text)
            found += _clock_findings(meeting, text)
            fresh.append((file_id, context, dumps([[f.message, f.line, f.column, f.severity] for f in found])))
        findings += found
    if fresh:
        try:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO checked VALUES (?, ?, ?)", fresh)
        except sqlite3.OperationalError:
            pass  # busy or read-only: the findings are right, only not kept
    if council.mail is not None and council_usable:
        from brå_tui.questions.indexed import log_entries

        findings += _mail_findings(index.root, index.people, log_entries(index, open_only=True), directory)
    count = conn.execute("SELECT count(*) FROM file WHERE name LIKE ?", (f"{MEETINGS_DIR}/%",)).fetchone()[0]
    findings.sort(key=lambda f: (str(f.path), f.line or 0, f.column or 0, f.severity != "error"))
    return CheckResult(findings, int(count))


def _mail_findings(root: Path, people: list[Person], entries: list[LogEntry], directory: Directory) -> list[Finding]:
    """With [mail] set up: each owner of an open follow-up who has no e-mail in people.toml, once per person."""
    from brå_tui.store.locate import Locator
    from brå_tui.store.parse import read_file

    path = root / PEOPLE_FILE
    text, _, _ = read_file(path)  # (never waiting on a pipe; a file that cannot be read has its own finding)
    locator = Locator(text or "")
    index = {p.name: i for i, p in enumerate(people)}
    findings: dict[str, Finding] = {}
    for entry in entries:
        if not entry.is_open:
            continue
        for written in entry.owners:
            person = directory.resolve(written).person
            if person is None or person.email or person.name in findings:
                continue
            if person.name in index:
                line, column = locator.string_position(("person", index[person.name], "name"), person.name)
                where = ""
            else:
                line, column, where = None, None, " och finns inte i people.toml"
            findings[person.name] = Finding(path, f"{person.name} ansvarar för öppna uppföljningar men saknar "
                                                  f"e-postadress{where}; påminnelser kan inte skickas", line or 1,
                                            column, "warning")
    return list(findings.values())
