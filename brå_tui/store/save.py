"""Layout-preserving, atomic saves: apply a table to the document as read, then replace the file whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tomllib
from itertools import pairwise
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, String, Table
from tomlkit.toml_document import TOMLDocument

from brå_tui.model import Meeting
from brå_tui.oserrors import cause
from brå_tui.store.arrays import edit_array
from brå_tui.store.atomic import atomic_write, locked
from brå_tui.store.convert import FORMAT, readable_formats
from brå_tui.store.gitstore import record_save
from brå_tui.store.layout import add_key, attach_headers, body, remove_key
from brå_tui.store.matching import match
from brå_tui.store.parse import BOM, MAX_FILE_BYTES, Unreadable, decode, parse_toml, read_bytes
from brå_tui.store.paths import StoreError
from brå_tui.store.serialize import (
    DEFAULTS,
    Rows,
    canonical,
    is_default,
    meeting_layout,
    meeting_table,
    needed_format,
    new_table,
)
from brå_tui.store.shared import make_folder


class BrokenFileError(Exception):
    """The file does not parse, so it is never written over."""


class ConflictError(Exception):
    """The file changed on disk since it was read: someone else saved it."""


class SaveError(StoreError):
    """A file could not be written (a full disk, a read-only store, no permission); the file is as it was and
    no temporary file is left. The message is one Swedish sentence naming the file and the cause."""

    def __init__(self, path: Path, err: OSError) -> None:
        super().__init__(f"Kunde inte spara {path}: {cause(err)}; inget har ändrats.")
        self.path = path


def _equal(a: Any, b: Any) -> bool:
    if hasattr(a, "unwrap"):
        a = a.unwrap()
    if isinstance(a, str) and isinstance(b, str) and "\r\n" in a:
        # A multi-line string in a file with CRLF line ends: TOML reads its line ends as \n.
        return a == b or a.replace("\r\n", "\n") == b
    if isinstance(a, str) and isinstance(b, list):
        return b == [a]  # one text where a list is read is a list of one
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


def _is_aot(value: Any) -> bool:
    return isinstance(value, list) and (bool(value) and all(isinstance(v, dict) for v in value))


def _new_table(path: str, entry: dict[str, Any]) -> Table:
    """A table written for the first time, in the shape new files have (serialize.new_table), after a blank line."""
    table = tomlkit.table()
    for key, value in new_table(path, entry).items():
        if isinstance(value, dict):
            table.append(key, _new_table(f"{path}.{key}", value))
        elif _is_aot(value):
            table.append(key, _new_aot(f"{path}.{key}", value))
        else:
            table.append(key, _item(value))
    table.trivia.indent = "\n"
    return table


def _new_aot(path: str, entries: list[dict[str, Any]]) -> AoT:
    return AoT([_new_table(path, entry) for entry in entries])


def _ends_line(table: Table) -> bool:
    text = table.as_string()
    return text.endswith("\n") if text else "\n" in table.trivia.trail


def edit_tables(aot: AoT, entries: list[dict[str, Any]], path: str) -> None:
    """Make an array of tables hold entries: each table that continues (matching.py) keeps its comments and
    layout and moves as a whole; tables no entry continues go, with the comments above them; new entries
    are written in the shape new files have."""
    old = list(aot.body)
    pairing = match([canonical(t.unwrap()) for t in old], [canonical(e) for e in entries])
    tables = []
    for entry, index in zip(entries, pairing, strict=True):
        if index is None:
            tables.append(_new_table(path, entry))
        else:
            merge(old[index], entry, path)
            tables.append(old[index])
    if [id(t) for t in tables] == [id(t) for t in old]:
        return
    for before, after in pairwise(tables):
        if not _ends_line(before) and not after.trivia.indent.startswith(("\n", "\r\n")):
            after.trivia.indent = "\n" + after.trivia.indent  # a file that ended without a line end
    del aot[:]
    for table in tables:
        aot.append(table)


def merge(container: Any, table: dict[str, Any], path: str = "") -> None:
    """Make container (a tomlkit table or document) hold table, touching only what differs.

    path names the table ("", "followup", "item.decision") for the shape of tables written anew.
    What is removed takes its comments along; everything else keeps its comments, blank lines
    and key order; a key the file lacks is added only when its value is not the default.
    """
    keys = body(container)
    order = list(table)
    for key in [k for k in list(container.keys()) if k not in table]:
        remove_key(keys, key)

    def put(key: str, item: Any) -> None:
        if key in container:
            container[key] = item
        else:
            add_key(keys, key, item, order)

    for key, value in table.items():
        present = key in container
        current = container[key] if present else None
        emptied = isinstance(value, list) and not value and (key not in DEFAULTS or isinstance(current, AoT))
        if value is None or emptied:
            if present:
                remove_key(keys, key)
            continue
        if not present and is_default(key, value, table):
            continue
        inner = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            if isinstance(current, (Table, dict)):
                merge(current, value, inner)
            elif value:
                put(key, _new_table(inner, value))
            continue
        if _is_aot(value):
            if isinstance(current, AoT):
                edit_tables(current, value, inner)
            else:
                put(key, _new_aot(inner, value))
            continue
        if present and _equal(current, value):
            continue
        if isinstance(current, Array) and isinstance(value, list) and all(isinstance(v, str) for v in value):
            edit_array(current, value)
            continue
        put(key, _item(value))


def _written(table: dict[str, Any]) -> bytes:
    """The text merge() writes for table into an empty document."""
    document = tomlkit.parse("")
    merge(document, table)
    return tomlkit.dumps(document).encode("utf-8")


# A key written bare: the only keys the fast writing of a table (_table_text) writes itself.
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")


def _value_text(value: Any) -> str:
    """A value as a new table writes it (_item), quoted and escaped by tomlkit."""
    item = _item(value)
    return (item if isinstance(item, tomlkit.items.Item) else tomlkit.item(item)).as_string()


def _table_text(path: str, entry: dict[str, Any]) -> str | None:
    """One table of an array of tables at path ("item", "item.decision") as merge() writes it anew, written
    directly: its header after a blank line, its plain keys one a line, then its own arrays of tables. None for a
    table of another shape (a key that needs quotes, a table inside, a plain key after an array of tables), which
    only tomlkit itself writes."""
    out = [f"\n[[{path}]]\n"]
    inner: list[tuple[str, list[dict[str, Any]]]] = []
    for key, value in new_table(path, entry).items():
        if not _BARE_KEY.match(key) or isinstance(value, dict):
            return None
        if _is_aot(value):
            inner.append((key, value))
        elif inner:
            return None
        else:
            out.append(f"{key} = {_value_text(value)}\n")
    for key, tables in inner:
        for table in tables:
            text = _table_text(f"{path}.{key}", table)
            if text is None:
                return None
            out.append(text)
    return "".join(out)


def new_file(meeting: Meeting, version: int) -> bytes:
    """The bytes of a new file holding the meeting in format version: byte for byte what merging its table into an
    empty document writes, made without the whole document in memory (a tomlkit document takes some hundred times
    the size of its text). Merged into an empty document, the plain keys come first, in order, then every table
    and array of tables in order, each table written on its own (after a blank line, written by the table itself),
    so the file is those parts one after the other, each written on its own: a table of an array directly
    (_table_text), tomlkit quoting its values, anything else with merge() in a document of its own."""
    table = meeting_layout(meeting, version)
    tables = [key for key, value in table.items() if isinstance(value, (dict, Rows)) or _is_aot(value)]
    pieces = [_written({key: value for key, value in table.items() if key not in tables})]
    for key in tables:
        value = table[key]
        if isinstance(value, dict):
            pieces.append(_written({key: value}))
            continue
        for entry in value:
            text = _table_text(key, entry) if _BARE_KEY.match(key) else None
            pieces.append(text.encode("utf-8") if text is not None else _written({key: [entry]}))
    return b"".join(pieces)


def fingerprint(data: bytes) -> str:
    """A digest of a file's bytes, to tell whether it changed since it was read."""
    return hashlib.sha256(data).hexdigest()


class MeetingDocument:
    """One meeting file opened for editing: its tomlkit document and what the file held when read."""

    def __init__(self, path: Path, data: bytes | None) -> None:
        self.path = path
        self.original = data
        self.overwrites = ""  # what this save writes over of someone else's (for the commit message), e.g. "plats"
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
                    f"{path}: filen har format {version}, som den här versionen av bra inte kan skriva; den läser "
                    f"och skriver format {readable_formats()}, så uppdatera bra")
            text = decoded
        # A new file (data None) has no layout to keep: its document is made only if asked for (doc), its text
        # is written straight from the meeting (new_file) when nothing else asked for the document first.
        self._doc: TOMLDocument | None = None
        self._new: bytes | None = None  # a new file's bytes, once a meeting is applied
        self._opened: dict[str, Any] | None = None
        self._opened_from: bytes | None = None  # the saved bytes of a new file, read into opened when asked for
        if data is not None:
            try:
                self._doc = tomlkit.parse(text)
            except Exception as err:  # tomlkit is stricter than tomllib in places (nesting deeper than 100 levels)
                raise BrokenFileError(f"{path}: filen kan inte öppnas för redigering ({type(err).__name__}); "
                                      "kör 'bra check'") from None
            attach_headers(self._doc)
            self._opened = self._doc.unwrap()
        self.history_note: str | None = None

    @property
    def doc(self) -> TOMLDocument:
        """The tomlkit document; for a new file made when first asked for (a second edit), from the text written
        for it, as the file would be opened once saved."""
        if self._doc is None:
            self._doc = tomlkit.parse(self._new.decode("utf-8") if self._new is not None else "")
            attach_headers(self._doc)
            self._new = None
        return self._doc

    @property
    def opened(self) -> dict[str, Any] | None:
        """The file's table as last read or saved (None for a file that was not there)."""
        if self._opened_from is not None:
            self._opened = tomllib.loads(self._opened_from.decode("utf-8"))
            self._opened_from = None
        return self._opened

    @opened.setter
    def opened(self, table: dict[str, Any] | None) -> None:
        self._opened = table
        self._opened_from = None

    @classmethod
    def open(cls, path: Path) -> MeetingDocument:
        """Open an existing file, or start an empty document when nothing has the name; BrokenFileError when
        something there cannot be read as a file (a folder, a FIFO, a dangling link, no permission)."""
        try:
            data = read_bytes(path)
        except Unreadable as err:
            if os.path.lexists(path):
                raise BrokenFileError(f"{path}: {err}") from None
            data = None
        return cls(path, data)

    def apply(self, meeting: Meeting, version: int | None = None) -> None:
        """Bring the document in line with the meeting, changing only what differs.

        The file keeps its format unless the meeting needs a newer one (or version asks for it):
        a format 1 file stays format 1 until something only format 2 holds is written to it.
        """
        if self._doc is None and self._new is None:
            # A new file: written as text at once, the same as merging into an empty document would write it.
            self._new = new_file(meeting, max(1, version or 1, needed_format(meeting)))
            return
        written = self.doc.get("format")
        written = written if isinstance(written, int) and not isinstance(written, bool) else 1
        merge(self.doc, meeting_table(meeting, max(written, version or 1, needed_format(meeting))))

    def render(self) -> bytes:
        """The bytes the file will hold."""
        if self._doc is None:
            return self._new if self._new is not None else b""
        text = tomlkit.dumps(self.doc)
        if self.crlf:
            text = re.sub(r"(?<!\r)\n", "\r\n", text)
        return (BOM if self.bom else b"") + text.encode("utf-8")

    def changed_on_disk(self) -> bool:
        """Whether someone else changed or removed the file since it was read."""
        try:
            current = read_bytes(self.path)
        except Unreadable:
            return self.original is not None or os.path.lexists(self.path)
        return self.original is None or fingerprint(current) != fingerprint(self.original)

    def save(self, force: bool = False, kind: str = "save") -> bool:
        """Write atomically and commit in a git store (kind: "save"/"import"); ConflictError if changed meanwhile,
        SaveError (one sentence) when the file cannot be written."""
        data = self.render()
        try:
            make_folder(self.path.parent)
            with locked(self.path.parent):
                if not force and self.changed_on_disk():
                    raise ConflictError(str(self.path))
                if data == self.original:
                    return False
                atomic_write(self.path, data)
                if self._doc is None and self.opened is None and kind != "upgrade":
                    # A new file written straight from its meeting: the commit message names only the meeting,
                    # and the table it holds is read from the bytes written when it is asked for (opened).
                    new = None
                    self.history_note = record_save(self.path, None, {}, kind, self.overwrites)
                else:
                    new = self.doc.unwrap()
                    self.history_note = record_save(self.path, self.opened, new, kind, self.overwrites)
        except OSError as err:
            raise SaveError(self.path, err) from None
        self.original = data
        self.opened = new
        if new is None:
            self._opened_from = data
        self.overwrites = ""
        return True


def save_meeting(meeting: Meeting, path: Path, kind: str = "save") -> bool:
    """Write a meeting to path, keeping the layout of what is there; True if the file changed."""
    document = MeetingDocument.open(path)
    document.apply(meeting)
    return document.save(kind=kind)
