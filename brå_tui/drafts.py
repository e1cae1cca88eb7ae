"""Recovery drafts: unsaved edits kept outside the store, per user, until they are restored or thrown away."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from brå_tui.model import Meeting
from brå_tui.store.atomic import atomic_write
from brå_tui.store.convert import meeting_from_table
from brå_tui.store.folders import user_folder
from brå_tui.store.paths import check_key
from brå_tui.store.save import merge
from brå_tui.store.serialize import meeting_table


@dataclass
class Draft:
    """One recovery draft: which store and meeting it belongs to, and the meeting as it was being edited."""

    file: Path
    store: Path
    key: str
    meeting_path: Path | None
    new: bool
    base: str | None
    written: dt.datetime | None
    meeting: Meeting

    def label(self) -> str:
        """A one-line Swedish description for a list of drafts."""
        when = f"{self.written:%Y-%m-%d %H:%M}" if self.written else "okänd tid"
        what = f"nytt möte {self.meeting.date}" if self.new else f"mötet {self.key}"
        return f"{what} (utkast från {when})"


def drafts_dir(env: Mapping[str, str] | None = None) -> Path:
    """Where this user's drafts live: $XDG_STATE_HOME/bra/drafts, else ~/.local/state/bra/drafts."""
    return user_folder("state", env) / "drafts"


def _store_tag(store: Path) -> str:
    return hashlib.sha256(str(store.resolve()).encode("utf-8")).hexdigest()[:16]


def draft_file(store: Path, key: str, new: bool = False, env: Mapping[str, str] | None = None) -> Path:
    """The draft file for a meeting of a store (the key is checked, so it cannot leave the folder)."""
    return drafts_dir(env) / f"{_store_tag(store)}-{check_key(key)}{'-ny' if new else ''}.toml"


def save_draft(store: Path, meeting: Meeting, meeting_path: Path | None, base: str | None = None,
               new: bool = False, env: Mapping[str, str] | None = None,
               now: dt.datetime | None = None) -> Path:
    """Write the meeting as a recovery draft, atomically; returns the draft's file."""
    key = meeting_path.stem if meeting_path is not None and not new else meeting.date.isoformat()
    target = draft_file(store, key, new, env)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    doc = tomlkit.document()
    info = tomlkit.table()
    info["store"] = str(store.resolve())
    info["meeting"] = key
    if meeting_path is not None:
        info["path"] = str(meeting_path)
    info["new"] = new
    if base is not None:
        info["base"] = base
    info["written"] = (now or dt.datetime.now()).replace(microsecond=0)
    doc["draft"] = info
    doc["meeting"] = tomlkit.table()
    merge(doc["meeting"], meeting_table(meeting))
    if not target.exists():
        # A fresh file in a private folder: readable by this user alone, like the folder.
        atomic_write(target, b"")
        os.chmod(target, 0o600)
    atomic_write(target, tomlkit.dumps(doc).encode("utf-8"))
    return target


def load_draft(file: Path) -> Draft | None:
    """A draft read back from its file, or None when the file is not a readable draft."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    info, table = data.get("draft"), data.get("meeting")
    if not isinstance(info, dict) or not isinstance(table, dict):
        return None
    meeting, _ = meeting_from_table(table)
    if meeting is None:
        return None
    path = Path(info["path"]) if isinstance(info.get("path"), str) else None
    meeting.path = None if info.get("new") else path
    written = info.get("written")
    return Draft(file=file, store=Path(str(info.get("store", ""))), key=str(info.get("meeting", "")),
                 meeting_path=path, new=bool(info.get("new", False)),
                 base=info.get("base") if isinstance(info.get("base"), str) else None,
                 written=written if isinstance(written, dt.datetime) else None, meeting=meeting)


def list_drafts(store: Path, env: Mapping[str, str] | None = None) -> list[Draft]:
    """The readable drafts that belong to this store, oldest first."""
    folder = drafts_dir(env)
    if not folder.is_dir():
        return []
    found = []
    for file in sorted(folder.glob(f"{_store_tag(store)}-*.toml")):
        draft = load_draft(file)
        if draft is not None:
            found.append(draft)
    return sorted(found, key=lambda d: d.written or dt.datetime.min)


def discard_draft(draft: Draft | Path) -> None:
    """Throw a draft away."""
    file = draft.file if isinstance(draft, Draft) else draft
    file.unlink(missing_ok=True)
