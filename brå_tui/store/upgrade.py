"""`bra check --upgrade`: every file of a store written in the newest format, keeping its layout and comments."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit

from brå_tui.model import Meeting
from brå_tui.store.atomic import atomic_write, locked
from brå_tui.store.convert import FORMAT
from brå_tui.store.layout import comment_block_above
from brå_tui.store.paths import COUNCIL_FILE, PEOPLE_FILE, meeting_files
from brå_tui.store.read import read_meeting
from brå_tui.store.save import BrokenFileError, ConflictError, MeetingDocument


@dataclass
class UpgradeResult:
    """What an upgrade did: the files it rewrote, and those it left alone with the reason (file: reason)."""

    upgraded: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def upgraded_meeting(meeting: Meeting) -> Meeting:
    """The meeting in format 2's terms: the one attendee whose role is ordförande becomes `chair`,
    the one whose role is sekreterare `secretary` (their role keys go); anything else stays as written."""
    m = copy.deepcopy(meeting)
    m.attendees = [copy.copy(a) for a in m.attendees]
    for role, attr in (("ordförande", "chair"), ("sekreterare", "secretary")):
        holders = m.with_role(role)
        if getattr(m, attr) is None and len(holders) == 1:
            setattr(m, attr, holders[0].name)
            holders[0].role = None
    return m


def _moved_comments(document: MeetingDocument, meeting: Meeting) -> dict[str, str]:
    """The comments of the role keys the upgrade moves ('role = "sekreterare"  # tillfällig', and comment lines
    right above it), by the meeting key that replaces each: they go with the value, never away."""
    out: dict[str, str] = {}
    tables = document.doc.get("attendee")
    if tables is None:
        return out
    for role, attr in (("ordförande", "chair"), ("sekreterare", "secretary")):
        holders = [i for i, a in enumerate(meeting.attendees) if a.role == role]
        if getattr(meeting, attr) is not None or len(holders) != 1 or holders[0] >= len(tables):
            continue
        table = tables[holders[0]]
        if "role" not in table:
            continue
        container = table.value
        index = next(i for i, (key, _) in enumerate(container.body) if key is not None and key.key == "role")
        texts = [str(container.body[k][1]).strip().lstrip("#").strip()
                 for k in sorted(comment_block_above(container, index))]
        trailing = table["role"].trivia.comment.strip().lstrip("#").strip()
        texts += [trailing] if trailing else []
        if texts:
            out[attr] = "# " + "; ".join(t for t in texts if t)
    return out


def _bump_plain(path: Path, result: UpgradeResult) -> None:
    """council.toml or people.toml: only the format number changes, every other byte stays."""
    try:
        data = path.read_bytes()
        doc = tomlkit.parse(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError):
        result.skipped.append(f"{path}: filen kan inte läsas som TOML och lämnas orörd")
        return
    version = doc.get("format")
    if not isinstance(version, int) or version >= FORMAT:
        return  # a missing or odd format is bra check's finding to report, not the upgrade's to guess
    doc["format"] = FORMAT
    text = tomlkit.dumps(doc)
    with locked(path.parent):
        atomic_write(path, (b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b"") + text.encode("utf-8"))
    result.upgraded.append(path)


def upgrade_store(root: Path) -> UpgradeResult:
    """Write every file of the store at root in format FORMAT; a file that does not read cleanly is left alone."""
    result = UpgradeResult()
    for name in (COUNCIL_FILE, PEOPLE_FILE):
        if (root / name).is_file():
            _bump_plain(root / name, result)
    for path in meeting_files(root):
        meeting, findings = read_meeting(path)
        if meeting is None:
            first = next((f for f in findings if f.severity == "error"), None)
            result.skipped.append(f"{first or path}: rättas först, sedan uppgraderas filen")
            continue
        try:
            document = MeetingDocument.open(path)
        except BrokenFileError as err:
            result.skipped.append(str(err))
            continue
        version = document.doc.get("format")
        if isinstance(version, int) and version >= FORMAT:
            continue
        comments = _moved_comments(document, meeting)
        document.apply(upgraded_meeting(meeting), version=FORMAT)
        for attr, comment in comments.items():
            document.doc[attr].comment(comment)
        try:
            if document.save(kind="upgrade"):
                result.upgraded.append(path)
        except ConflictError:
            result.skipped.append(f"{path}: ändrades av någon annan under uppgraderingen; kör igen")
        if document.history_note:
            result.notes.append(document.history_note)
    return result
