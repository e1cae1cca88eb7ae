"""Validate a whole store: every file and value, the areas and names it uses, and the files that do not belong."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.model import Council, Finding, Meeting, Store
from brå_tui.questions.actionlog import build_log
from brå_tui.questions.people import Directory
from brå_tui.store.locate import KeyPath, Locator
from brå_tui.store.parse import bom_warning, read_file
from brå_tui.store.paths import COUNCIL_FILE, MEETING_NAME, PEOPLE_FILE, meeting_files, meetings_dir
from brå_tui.store.read import meeting_from_text, read_council, read_people
from brå_tui.text import fold

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


@dataclass
class _Read:
    """One meeting file as read for checking: the meeting (None if broken) and its text."""

    path: Path
    meeting: Meeting | None
    text: str | None


def _ignored(path: Path) -> bool:
    name = path.name
    return (name.startswith(".") or name.startswith("#") or name.upper().startswith("README")
            or name.endswith(_EDITOR_LEFTOVERS) or path.is_dir())


def stray_files(root: Path) -> list[Finding]:
    """Warnings for files in meetings/ that look like meeting files but are not read as one (or no meetings/)."""
    folder = meetings_dir(root)
    if not folder.is_dir():
        return [Finding(folder, "mappen för mötena saknas", None, None, "warning")]
    read = set(meeting_files(root))
    findings = []
    for path in sorted(folder.iterdir()):
        if path in read or _ignored(path):
            continue
        name = path.name
        if MEETING_NAME.match(name):
            message = f"filen läses inte: {name[:10]} är inget giltigt datum (ett möte heter ÅÅÅÅ-MM-DD.toml)"
        elif name.lower().endswith(".toml") or _DATE_PREFIX.match(name):
            message = ("filen läses inte: ett möte ska heta ÅÅÅÅ-MM-DD.toml "
                       "(eller ÅÅÅÅ-MM-DD-2.toml för ett andra möte samma dag)")
        else:
            continue
        findings.append(Finding(path, message, None, None, "warning"))
    return findings


def _read_meeting(path: Path) -> tuple[_Read, list[Finding]]:
    findings = [f for f in [bom_warning(path)] if f]
    text, table, finding = read_file(path)
    if table is None or text is None:
        return _Read(path, None, None), [*findings, *([finding] if finding else [])]
    meeting, found = meeting_from_text(path, text, table)
    return _Read(path, meeting, text), [*findings, *found]


def _conflicts(reads: list[_Read]) -> list[Finding]:
    """Two files that, by the date inside (which wins over the name), are the same meeting."""
    by_key: dict[str, list[_Read]] = {}
    for r in reads:
        if r.meeting is None:
            continue
        match = MEETING_NAME.match(r.path.name)
        suffix = f"-{match.group(2)}" if match and match.group(2) else ""
        by_key.setdefault(f"{r.meeting.date.isoformat()}{suffix}", []).append(r)
    findings = []
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        for r in group:
            if r.path.stem == key or r.text is None:
                continue
            others = ", ".join(o.path.name for o in group if o is not r)
            line, column = Locator(r.text).position(("date",))
            findings.append(Finding(r.path, f"krockar med {others}: båda är mötet {key}; rätta date eller ge ett "
                                            f"andra möte samma dag ett eget nummer, till exempel "
                                            f"{key[:10]}-2.toml", line or 1, column))
    return findings


def _lists(meeting: Meeting, item_key: str, followup_key: str) -> list[tuple[KeyPath, list[str]]]:
    """Every list at item_key in a meeting's items and at followup_key in its follow-ups, with its key path."""
    out: list[tuple[KeyPath, list[str]]] = []
    for kind, items in (("item", meeting.items), ("other", meeting.other)):
        out.extend(((kind, i, item_key), getattr(item, item_key)) for i, item in enumerate(items))
    out.extend((("followup", i, followup_key), getattr(f, followup_key)) for i, f in enumerate(meeting.followups))
    return out


def _area_findings(r: _Read, locator: Locator, council: Council) -> list[Finding]:
    known = set(council.areas)
    folded = {fold(a): a for a in council.areas}
    assert r.meeting is not None
    findings = []

    def unknown(area: str, line: int | None, column: int | None) -> None:
        hint = f" (menar du {folded[fold(area)]!r}?)" if fold(area) in folded else ""
        findings.append(Finding(r.path, f"området {area!r} finns inte bland områdena i council.toml{hint}",
                                line or 1, column, "warning"))

    if r.meeting.risk is not None:
        for area in r.meeting.risk.areas:
            if area not in known:
                unknown(area, *locator.key_position(("risk", "areas", area)))
    for path, areas in _lists(r.meeting, "areas", "areas"):
        for area in areas:
            if area not in known:
                unknown(area, *locator.string_position(path, area))
    return findings


def _name_findings(r: _Read, locator: Locator, directory: Directory) -> list[Finding]:
    assert r.meeting is not None
    findings = []
    for path, names in _lists(r.meeting, "presenters", "owners"):
        for name in names:
            resolution = directory.resolve(name)
            if resolution.unresolved:
                message = f"okänt namn {name!r} (finns varken i people.toml eller bland de närvarande)"
            elif resolution.ambiguous:
                who = ", ".join(p.name for p in resolution.candidates)
                message = f"namnet {name!r} kan vara flera: {who}; skriv hela namnet eller lägg till ett alias"
            else:
                continue
            line, column = locator.string_position(path, name)
            findings.append(Finding(r.path, message, line or 1, column, "warning"))
    return findings


def check_store(root: Path) -> CheckResult:
    """Check every file of the store at root; the findings come sorted by file, line and column."""
    findings: list[Finding] = []
    council, council_findings = read_council(root)
    people, people_findings = read_people(root)
    findings += council_findings + people_findings
    for name in (COUNCIL_FILE, PEOPLE_FILE):
        findings += [f for f in [bom_warning(root / name)] if f]
    council_usable = (root / COUNCIL_FILE).exists() and not any(f.severity == "error" for f in council_findings)

    reads: list[_Read] = []
    for path in meeting_files(root):
        read, found = _read_meeting(path)
        reads.append(read)
        findings += found
    findings += stray_files(root)
    findings += _conflicts(reads)

    good = [r for r in reads if r.meeting is not None and r.text is not None]
    store = Store(root=root, council=council, people=people, meetings=[r.meeting for r in good if r.meeting])
    directory = Directory.from_store(store)
    for r in good:
        locator = Locator(r.text or "")
        if council_usable:
            findings += _area_findings(r, locator, council)
        findings += _name_findings(r, locator, directory)

    if council.mail is not None and council_usable:
        findings += _mail_findings(root, store, directory)

    findings.sort(key=lambda f: (str(f.path), f.line or 0, f.column or 0, f.severity != "error"))
    return CheckResult(findings, len(reads))


def _mail_findings(root: Path, store: Store, directory: Directory) -> list[Finding]:
    """With [mail] set up: each owner of an open follow-up who has no e-mail in people.toml, once per person."""
    path = root / PEOPLE_FILE
    try:
        locator = Locator(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        locator = Locator("")
    index = {p.name: i for i, p in enumerate(store.people)}
    findings: dict[str, Finding] = {}
    for entry in build_log(store):
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
                                                  f"email{where}; påminnelser kan inte skickas", line or 1, column,
                                            "warning")
    return list(findings.values())
