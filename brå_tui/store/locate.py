"""Find where a key and its value sit in a TOML text (line and column), so that findings can name them."""

from __future__ import annotations

import tomllib

KeyPath = tuple[str | int, ...]

_BARE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _skip_space(line: str, i: int) -> int:
    while i < len(line) and line[i] in " \t":
        i += 1
    return i


def _key_part(line: str, i: int) -> tuple[str, int] | None:
    """One part of a key starting at i (bare, "basic" or 'literal'), and where it ends."""
    if i >= len(line):
        return None
    if line[i] == '"':
        j = i + 1
        while j < len(line) and line[j] != '"':
            j += 2 if line[j] == "\\" else 1
        if j >= len(line):
            return None
        try:
            return str(tomllib.loads(f"k = {line[i:j + 1]}")["k"]), j + 1
        except tomllib.TOMLDecodeError:
            return line[i + 1:j], j + 1
    if line[i] == "'":
        j = line.find("'", i + 1)
        return (line[i + 1:j], j + 1) if j >= 0 else None
    j = i
    while j < len(line) and line[j] in _BARE:
        j += 1
    return (line[i:j], j) if j > i else None


def _dotted_key(line: str, i: int) -> tuple[list[str], int] | None:
    """A dotted key starting at i (a.b."c d"), and where it ends."""
    parts: list[str] = []
    while True:
        part = _key_part(line, _skip_space(line, i))
        if part is None:
            return None
        parts.append(part[0])
        i = _skip_space(line, part[1])
        if i < len(line) and line[i] == ".":
            i += 1
            continue
        return parts, i


class _Scanner:
    """Follows strings and brackets across lines, so that a value spanning lines is skipped whole."""

    def __init__(self) -> None:
        self.quote: str | None = None
        self.depth = 0

    @property
    def busy(self) -> bool:
        """Whether the previous line left a multi-line string or array open."""
        return self.quote is not None or self.depth > 0

    def feed(self, line: str, i: int) -> None:
        """Scan a value (or its continuation) from column index i to the end of the line."""
        n = len(line)
        while i < n:
            if self.quote is not None:
                if self.quote == '"""' and line[i] == "\\":
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    run = i
                    while run < n and line[run] == self.quote[0]:
                        run += 1
                    i = min(run, i + 5)
                    self.quote = None
                    continue
                i += 1
                continue
            c = line[i]
            if c == "#":
                return
            if c in "\"'":
                triple = c * 3
                if line.startswith(triple, i):
                    self.quote = triple
                    i += 3
                    continue
                j = i + 1
                while j < n and line[j] != c:
                    j += 2 if c == '"' and line[j] == "\\" else 1
                i = j + 1
                continue
            if c in "[{":
                self.depth += 1
            elif c in "]}":
                self.depth = max(0, self.depth - 1)
            i += 1


class Locator:
    """Maps key paths such as ("attendee", 2, "party") to 1-based lines and columns in one text.

    For a key the column is that of its value; for a table header, that of the header.
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[KeyPath, int] = {}
        self.columns: dict[KeyPath, int] = {}
        self.key_columns: dict[KeyPath, int] = {}
        self.ends: dict[KeyPath, int] = {}
        self.text_lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
        counts: dict[KeyPath, int] = {}
        section: KeyPath = ()
        scanner = _Scanner()
        current: KeyPath | None = None
        for number, line in enumerate(self.text_lines, start=1):
            if scanner.busy:
                scanner.feed(line, 0)
                if current is not None:
                    self.ends[current] = number
                continue
            current = None
            start = _skip_space(line, 0)
            if start < len(line) and line[start] == "[":
                double = line.startswith("[[", start)
                parsed = _dotted_key(line, start + (2 if double else 1))
                if parsed is None:
                    continue
                parts, _ = parsed
                base: KeyPath = ()
                # Array-of-tables parents take their latest index: [[item.decision]] under the last [[item]].
                for part in parts[:-1]:
                    base = (*base, part)
                    if base in counts:
                        base = (*base, counts[base] - 1)
                path: KeyPath = (*base, parts[-1])
                if double:
                    index = counts.get(path, 0)
                    counts[path] = index + 1
                    path = (*path, index)
                section = path
                self._note(section, number, start + 1, start + 1)
                continue
            parsed = _dotted_key(line, start)
            if parsed is None:
                continue
            parts, end = parsed
            if end >= len(line) or line[end] != "=":
                continue
            value = _skip_space(line, end + 1)
            for k in range(1, len(parts)):
                self._note((*section, *parts[:k]), number, start + 1, value + 1)
            current = (*section, *parts)
            self._note(current, number, start + 1, value + 1)
            self.ends.setdefault(current, number)
            scanner.feed(line, value)

    def _note(self, path: KeyPath, line: int, key_column: int, column: int) -> None:
        if path not in self.lines:
            self.lines[path] = line
            self.columns[path] = column
            self.key_columns[path] = key_column

    def _nearest(self, path: KeyPath) -> KeyPath | None:
        while path:
            if path in self.lines:
                return path
            path = path[:-1]
        return None

    def line(self, path: KeyPath) -> int | None:
        """The line of the key at path, or of its nearest enclosing table."""
        found = self._nearest(path)
        return self.lines[found] if found is not None else None

    def column(self, path: KeyPath) -> int | None:
        """The column of the value at path, or of its nearest enclosing table's header."""
        found = self._nearest(path)
        return self.columns[found] if found is not None else None

    def position(self, path: KeyPath) -> tuple[int | None, int | None]:
        """Line and column of the value at path (or of the nearest enclosing table)."""
        found = self._nearest(path)
        return (self.lines[found], self.columns[found]) if found is not None else (None, None)

    def key_position(self, path: KeyPath) -> tuple[int | None, int | None]:
        """Line and column of the key itself at path (or of the nearest enclosing table)."""
        found = self._nearest(path)
        return (self.lines[found], self.key_columns[found]) if found is not None else (None, None)

    def string_position(self, path: KeyPath, text: str) -> tuple[int | None, int | None]:
        """Line and column of the string text inside the value at path (a list of names, say)."""
        found = self._nearest(path)
        if found is None:
            return None, None
        first = self.lines[found]
        last = self.ends.get(found, first)
        for number in range(first, last + 1):
            line = self.text_lines[number - 1]
            offset = self.columns[found] - 1 if number == first else 0
            for quoted in (f'"{text}"', f"'{text}'"):
                at = line.find(quoted, offset)
                if at >= 0:
                    return number, at + 1
        return first, self.columns[found]
