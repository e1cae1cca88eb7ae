"""Layout-preserving, atomic saves: apply a table to the document as read, then replace the file whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, String, Table
from tomlkit.toml_document import TOMLDocument

from brå_tui.model import Meeting
from brå_tui.store.atomic import atomic_write, locked
from brå_tui.store.convert import FORMAT
from brå_tui.store.gitstore import record_save
from brå_tui.store.parse import BOM, MAX_FILE_BYTES, decode, parse_toml
from brå_tui.store.serialize import DEFAULTS, meeting_table


class BrokenFileError(Exception):
    """The file does not parse, so it is never written over."""


class ConflictError(Exception):
    """The file changed on disk since it was read: someone else saved it."""


def _is_empty(value: Any) -> bool:
    return value is None or value == [] or value == {}


def _equal(a: Any, b: Any) -> bool:
    if hasattr(a, "unwrap"):
        a = a.unwrap()
    if isinstance(a, str) and isinstance(b, str) and "\r\n" in a:
        # A multi-line string in a file with CRLF line ends: TOML reads its line ends as \n.
        return a == b or a.replace("\r\n", "\n") == b
    return type(a) is type(b) and a == b if isinstance(b, (bool, dt.date, dt.time)) else a == b


def _item(value: Any) -> Any:
    if isinstance(value, str) and "\n" in value and "\r" not in value:
        item = tomlkit.string(value, multiline=True)
        raw = item.as_string()[3:-3]
        if not raw.startswith("\n"):
            # Start the text on a line of its own, as people write it (the parser drops that first newline).
            item = String(item.type, item.value, "\n" + raw, item.trivia)
        return item
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        array = tomlkit.array()
        array.extend(value)
        return array
    return value


def _is_aot(key: str, value: Any) -> bool:
    return isinstance(value, list) and (bool(value) and all(isinstance(v, dict) for v in value))


def _filled(entry: dict[str, Any]) -> Table:
    table = tomlkit.table()
    merge(table, entry)
    return table


def merge(container: Any, table: dict[str, Any]) -> None:
    """Make container (a tomlkit table or document) hold table, touching only what differs."""
    for key in [k for k in list(container.keys()) if k not in table]:
        del container[key]
    for key, value in table.items():
        present = key in container
        if value is None or (isinstance(value, list) and not value and key not in DEFAULTS):
            if present:
                del container[key]
            continue
        if not present and key in DEFAULTS and _equal(DEFAULTS[key], value):
            continue
        if isinstance(value, dict):
            if present and isinstance(container[key], (Table, dict)):
                merge(container[key], value)
            elif value:
                container[key] = _filled(value)
            continue
        if _is_aot(key, value) or (present and isinstance(container[key], AoT)):
            if not value:
                if present:
                    del container[key]
                continue
            if not present or not isinstance(container[key], AoT):
                fresh = tomlkit.aot()
                for entry in value:
                    fresh.append(_filled(entry))
                container[key] = fresh
                continue
            aot = container[key]
            while len(aot) > len(value):
                del aot[len(aot) - 1]
            for i, entry in enumerate(value):
                if i < len(aot):
                    merge(aot[i], entry)
                else:
                    aot.append(_filled(entry))
            continue
        if present and _equal(container[key], value):
            continue
        container[key] = _item(value)


def fingerprint(data: bytes) -> str:
    """A digest of a file's bytes, to tell whether it changed since it was read."""
    return hashlib.sha256(data).hexdigest()


class MeetingDocument:
    """One meeting file opened for editing: its tomlkit document and what the file held when read."""

    def __init__(self, path: Path, data: bytes | None) -> None:
        self.path = path
        self.original = data
        self.bom = data is not None and data.startswith(BOM)
        first_line_end = data.find(b"\n") if data is not None else -1
        self.crlf = data is not None and first_line_end > 0 and data[first_line_end - 1:first_line_end] == b"\r"
        text = ""
        if data is not None:
            if len(data) > MAX_FILE_BYTES:
                raise BrokenFileError(f"{path}: filen är för stor för att öppnas")
            decoded, finding = decode(path, data)
            if decoded is None:
                raise BrokenFileError(str(finding))
            table, finding = parse_toml(path, decoded)
            if finding is not None:
                raise BrokenFileError(str(finding))
            version = table.get("format") if table is not None else None
            if isinstance(version, int) and version > FORMAT:
                raise BrokenFileError(
                    f"{path}: filen har format {version}, som den här versionen av bra inte kan skriva")
            text = decoded
        self.doc: TOMLDocument = tomlkit.parse(text)
        self.opened: dict[str, Any] | None = self.doc.unwrap() if data is not None else None
        self.history_note: str | None = None

    @classmethod
    def open(cls, path: Path) -> MeetingDocument:
        """Open an existing file, or start an empty document for a new one."""
        return cls(path, path.read_bytes() if path.exists() else None)

    def apply(self, meeting: Meeting) -> None:
        """Bring the document in line with the meeting, changing only what differs."""
        merge(self.doc, meeting_table(meeting))

    def render(self) -> bytes:
        """The bytes the file will hold."""
        text = tomlkit.dumps(self.doc)
        if self.crlf:
            text = re.sub(r"(?<!\r)\n", "\r\n", text)
        return (BOM if self.bom else b"") + text.encode("utf-8")

    def changed_on_disk(self) -> bool:
        """Whether someone else changed or removed the file since it was read."""
        try:
            current = self.path.read_bytes()
        except FileNotFoundError:
            return self.original is not None
        return self.original is None or fingerprint(current) != fingerprint(self.original)

    def save(self, force: bool = False, kind: str = "save") -> bool:
        """Write atomically and commit in a git store (kind: "save"/"import"); ConflictError if changed meanwhile."""
        data = self.render()
        with locked(self.path.parent):
            if not force and self.changed_on_disk():
                raise ConflictError(str(self.path))
            if data == self.original:
                return False
            atomic_write(self.path, data)
            new = self.doc.unwrap()
            self.history_note = record_save(self.path, self.opened, new, kind)
        self.original = data
        self.opened = new
        return True


def save_meeting(meeting: Meeting, path: Path, kind: str = "save") -> bool:
    """Write a meeting to path, keeping the layout of what is there; True if the file changed."""
    document = MeetingDocument.open(path)
    document.apply(meeting)
    return document.save(kind=kind)
