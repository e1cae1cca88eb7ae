"""Turn a file's bytes into a TOML table, or into a finding that says where and why it failed."""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import tomllib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from brå_tui.model import Finding

MAX_FILE_BYTES = 2 * 1024 * 1024
BOM = b"\xef\xbb\xbf"

_DATE_LIKE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?!\d)")
_TIME_LIKE = re.compile(r"(?<![\d:])\d{2}:\d{2}(?::\d{2})?(?![\d:])")
_POSITION = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")

# tomllib's messages, in the words a user reads.
_MESSAGES: list[tuple[str, str]] = [
    ("Invalid value", "ogiltigt värde"),
    ("Invalid statement", "ogiltig rad"),
    ("Invalid date or datetime", "ogiltigt datum eller klockslag"),
    ("Invalid time", "ogiltigt klockslag"),
    ("Illegal character", "otillåtet tecken"),
    ("Unterminated string", "texten avslutas aldrig (saknat citattecken)"),
    ("Unclosed array", "listan stängs aldrig (saknad ])"),
    ("Unclosed inline table", "tabellen stängs aldrig (saknad })"),
    ("Cannot overwrite a value", "nyckeln finns redan"),
    ("Cannot declare", "tabellen finns redan"),
    ("Cannot mutate immutable namespace", "nyckeln finns redan"),
    ("Expected '=' after a key", "likhetstecken (=) saknas efter nyckeln"),
    ("Expected newline or end of document", "radbrytning saknas efter värdet"),
    ("Expected ']' at the end of a table declaration", "] saknas i tabellrubriken"),
    ("Expected ']]' at the end of an array declaration", "]] saknas i tabellrubriken"),
    ("Invalid initial character for a key part", "ogiltig nyckel"),
    ("Unescaped '\\' in a string", "ensamt \\ i text"),
    ("Unescaped", "ogiltigt \\-tecken i text"),
    ("Invalid hex value", "ogiltig \\u-kod i text"),
    ("Invalid number", "ogiltigt tal"),
]


def translate(message: str) -> str:
    """A tomllib error message in Swedish, keeping anything we cannot translate."""
    for english, swedish in _MESSAGES:
        if message.startswith(english):
            rest = message[len(english):].strip()
            detail = f" {rest}" if rest.startswith("'") or rest.startswith("(") else ""
            return f"ogiltig TOML: {swedish}{detail}"
    return f"ogiltig TOML: {message}"


def decode(path: Path, data: bytes) -> tuple[str | None, Finding | None]:
    """The file's text, or a finding if it is not UTF-8 text."""
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        line_start = data.rfind(b"\n", 0, err.start) + 1
        column = len(data[line_start:err.start].decode("utf-8", errors="replace")) + 1
        return None, Finding(path, "filen är inte giltig UTF-8 (spara den som UTF-8)", line, column)
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return None, Finding(path, "filen innehåller binära data (NUL-tecken), inte text", line, column)
    return text, None


def _accelerator() -> Callable[[str], dict[str, Any]] | None:
    """The compiled TOML 1.0 parser (the optional toml-rs package), unless BRA_TOML=tomllib asks for the standard one.

    It reads every file to the same values as tomllib (the tests compare them on the seed store, the
    bench's stores and generated documents) about ten times faster; a file it refuses is parsed again
    by tomllib, whose message and position the finding gives.
    """
    if os.environ.get("BRA_TOML") == "tomllib":
        return None
    if threading.current_thread() is not threading.main_thread():
        # toml-rs 0.4 crashes the process when it was first imported in a thread that has since
        # ended; loaded in the main thread it is safe in every thread.
        return None
    try:
        import toml_rs
    except ImportError:
        return None
    return partial(toml_rs.loads, toml_version="1.0.0")


_FAST = _accelerator()


def parse_toml(path: Path, text: str) -> tuple[dict[str, Any] | None, Finding | None]:
    """The TOML table in the text, or a finding with line and column."""
    if _FAST is not None:
        try:
            return _FAST(text), None
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # refused (or it failed): tomllib decides and says where
            pass
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        line = column = None
        match = _POSITION.search(message)
        if match:
            message = message[: match.start()]
            if match.group(1):
                line, column = int(match.group(1)), int(match.group(2))
            else:
                line = text.count("\n") + (0 if text.endswith("\n") else 1)
        if line is not None and column is not None:
            found = _impossible_date_or_time(text.split("\n")[line - 1], column)
            if found is not None:
                return None, Finding(path, f"ogiltig TOML: {found[0]}", line, found[1])
        return None, Finding(path, translate(message), line or 1, column)


def _impossible_date_or_time(line: str, column: int) -> tuple[str, int] | None:
    """A date or time written in TOML's form that does not exist (2024-02-30, 25:00), where tomllib stopped."""
    checks = ((_DATE_LIKE, "datum", dt.date.fromisoformat), (_TIME_LIKE, "klockslag", dt.time.fromisoformat))
    for pattern, kind, check in checks:
        for match in pattern.finditer(line):
            if match.start() < column <= match.end() + 1:
                try:
                    check(match.group(0))
                except ValueError:
                    return f"{match.group(0)} är inget giltigt {kind}", match.start() + 1
    return None


def bom_warning(path: Path) -> Finding | None:
    """A warning when the file starts with a byte order mark (which the reader skips)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(BOM))
    except OSError:
        return None
    if start != BOM:
        return None
    return Finding(path, "filen börjar med BOM (ett osynligt tecken); spara den som UTF-8 utan BOM", 1, 1, "warning")


def read_file(path: Path) -> tuple[str | None, dict[str, Any] | None, Finding | None]:
    """Read and parse one store file: its text and table, or a finding."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_big = f"filen är för stor ({size // 1024} kB; högst {MAX_FILE_BYTES // 1024} kB)"
            return None, None, Finding(path, too_big, 1)
        data = path.read_bytes()
    except OSError as err:
        return None, None, Finding(path, f"filen kan inte läsas: {err.strerror or err}")
    text, finding = decode(path, data)
    if text is None:
        return None, None, finding
    table, finding = parse_toml(path, text)
    return text, table, finding
