"""Turn a file's bytes into a TOML table, or into a finding that says where and why it failed."""

from __future__ import annotations

import ast
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
from brå_tui.oserrors import cause, not_a_file
from brå_tui.text import quoted

MAX_FILE_BYTES = 2 * 1024 * 1024
# How deep arrays, inline tables and dotted keys may nest; tomlkit, which saves files, refuses deeper.
MAX_DEPTH = 100
BOM = b"\xef\xbb\xbf"

_DATE_LIKE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?!\d)")
_TIME_LIKE = re.compile(r"(?<![\d:])\d{2}:\d{2}(?::\d{2})?(?![\d:])")
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
# A dotted key of more parts than MAX_DEPTH (a.b.c…): tomllib reads such keys in quadratic time.
_LONG_KEY = re.compile(rf"{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART}){{{MAX_DEPTH}}}")
_SHORT_TIME = re.compile(r"(?<![\d:.])(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?![\d:.])")
# A character as Python's repr() writes it in tomllib's messages ('\\x1b', "'", '\\n').
_REPR = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
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


def _unrepr(match: re.Match[str]) -> str:
    try:
        return quoted(ast.literal_eval(match.group(0)))
    except (ValueError, SyntaxError):
        return match.group(0)


def translate(message: str) -> str:
    """A tomllib error message in Swedish, keeping anything we cannot translate; a character it quotes as
    Python's repr() writes it ('\\x1b') is quoted as every message quotes text ('␛', text.quoted). A line break
    where tomllib wants a character of a text on one line is said as what it means: the closing quote is missing."""
    if message.startswith("Illegal character") and message[len("Illegal character"):].strip() in ("'\\n'", "'\\r'"):
        return "ogiltig TOML: raden tar slut före det avslutande citattecknet (\")"
    for english, swedish in _MESSAGES:
        if message.startswith(english):
            rest = message[len(english):].strip()
            detail = f" {rest}" if rest.startswith(("'", '"', "(")) else ""
            return _REPR.sub(_unrepr, f"ogiltig TOML: {swedish}{detail}")
    return _REPR.sub(_unrepr, f"ogiltig TOML: {message}")


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
    if text.count(".") > MAX_DEPTH and (long_key := _LONG_KEY.search(text)) is not None:
        key_line = text.count("\n", 0, long_key.start()) + 1
        key_column = long_key.start() - (text.rfind("\n", 0, long_key.start()) + 1) + 1
        return None, Finding(path, f"ogiltig TOML: nyckeln har fler än {MAX_DEPTH} delar (a.b.c …)", key_line,
                             key_column)
    if _FAST is not None:
        try:
            table = _FAST(text)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # refused (or it failed): tomllib decides and says where
            pass
        else:
            # It reads nesting that tomllib refuses: a deeply nested file is read again by tomllib, so that it is
            # refused or reported the same, whichever parser is installed.
            if text.count("[") + text.count("{") <= MAX_DEPTH or not deeper_than(table, MAX_DEPTH):
                return table, None
    try:
        return tomllib.loads(text), None
    except RecursionError:
        deep_line, deep_column = deep_position(text)
        return None, Finding(path, f"ogiltig TOML: värdet är nästlat i fler än {MAX_DEPTH} nivåer", deep_line,
                             deep_column)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        line: int | None = None
        column: int | None = None
        match = _POSITION.search(message)
        if match:
            message = message[: match.start()]
            if match.group(1):
                line, column = int(match.group(1)), int(match.group(2))
            else:
                line = text.count("\n") + (0 if text.endswith("\n") else 1)
        if line is not None and column is not None:
            found = _date_or_time_hint(text.split("\n")[line - 1], column)
            if found is not None:
                return None, Finding(path, f"ogiltig TOML: {found[0]}", line, found[1])
        return None, Finding(path, translate(message), line or 1, column)


def _date_or_time_hint(line: str, column: int) -> tuple[str, int] | None:
    """What is wrong with a date or time where tomllib stopped: one that does not exist (2024-02-30, 25:00:00),
    or a time written without seconds or with one hour digit (09:00, 9:00:00), which TOML does not allow."""
    checks = ((_DATE_LIKE, "datum", dt.date.fromisoformat), (_TIME_LIKE, "klockslag", dt.time.fromisoformat))
    for pattern, kind, check in checks:
        for match in pattern.finditer(line):
            if match.start() < column <= match.end() + 1:
                try:
                    check(match.group(0))
                except ValueError:
                    return f"{match.group(0)} är inget giltigt {kind}", match.start() + 1
    for match in _SHORT_TIME.finditer(line):
        if match.start() < column <= match.end() + 1:
            hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
            if hour < 24 and minute < 60 and second < 60:
                return (f"klockslag skrivs {hour:02d}:{minute:02d}:{second:02d} i TOML (två siffror för timmar, "
                        f"minuter och sekunder), inte {match.group(0)}", match.start() + 1)
    return None


def deeper_than(value: Any, limit: int) -> bool:
    """Whether lists and tables nest below value deeper than limit levels (walked without recursion)."""
    stack = [(value, 0)]
    while stack:
        current, depth = stack.pop()
        children = current.values() if isinstance(current, dict) else current if isinstance(current, list) else None
        if children is None:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def deep_position(text: str, limit: int = MAX_DEPTH) -> tuple[int, int | None]:
    """Line and column where arrays or inline tables first nest deeper than limit (outside strings and
    comments); line 1 when they never do. Used when a parser gives up on nesting without saying where."""
    depth = 0
    line, line_start = 1, 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line, line_start = line + 1, i + 1
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j) and (len(quote) == 3 or text[j] != "\n"):
                j += 2 if c == '"' and text[j] == "\\" else 1
            line += text.count("\n", i, j)
            if line > 1 and text.rfind("\n", i, j) >= 0:
                line_start = text.rfind("\n", i, j) + 1
            i = j + len(quote)
            continue
        elif c in "[{":
            depth += 1
            if depth > limit:
                return line, i - line_start + 1
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return 1, None


class Unreadable(Exception):
    """A store file that cannot be read as a file at all; the message says why, in Swedish."""


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of one store file, never waiting on a pipe or reading a device; Unreadable (in Swedish) when the
    path is missing, not a regular file (a folder, a FIFO, a symlink loop), not readable, or over limit bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        raise Unreadable(f"filen kan inte läsas: {cause(err)}") from None
    try:
        st = os.fstat(fd)
        reason = not_a_file(st.st_mode)
        if reason is not None:
            raise Unreadable(f"filen kan inte läsas: {reason}")
        if st.st_size > limit:
            raise Unreadable(f"filen är för stor ({st.st_size // 1024} kB; högst {limit // 1024} kB)")
        chunks = []
        size = 0
        while chunk := os.read(fd, max(65536, st.st_size + 1)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise Unreadable(f"filen är för stor (över {limit // 1024} kB)")
        return b"".join(chunks)
    except OSError as err:
        raise Unreadable(f"filen kan inte läsas: {cause(err)}") from None
    finally:
        os.close(fd)


def bom_warning(path: Path) -> Finding | None:
    """A warning when the file starts with a byte order mark (which the reader skips); None for a file that
    cannot be read (reading it says why)."""
    try:
        start = read_bytes(path)[:len(BOM)]
    except Unreadable:
        return None
    if start != BOM:
        return None
    return Finding(path, "filen börjar med BOM (ett osynligt tecken); spara den som UTF-8 utan BOM", 1, 1, "warning")


def read_file(path: Path) -> tuple[str | None, dict[str, Any] | None, Finding | None]:
    """Read and parse one store file: its text and table, or a finding."""
    try:
        data = read_bytes(path)
    except Unreadable as err:
        return None, None, Finding(path, str(err))
    text, finding = decode(path, data)
    if text is None:
        return None, None, finding
    table, finding = parse_toml(path, text)
    return text, table, finding
