"""Where a line may break: between words, never inside an amount, an account or a short name.

Rich and Textual wrap text at any whitespace, the no-break space included (Rich issue #4196), and know
nothing of Swedish amounts. Here a word, for wrapping, holds no breaking space. These spaces do not break:
- the no-break spaces U+00A0, U+2007 and U+202F;
- those inside an amount: between digit groups and before the unit ("10 000", "5 000 kr", "12 %"), and between a
  number and its unit of time ("654 dagar", "3 veckor");
- between a given name and an initial or the start of a surname ("Thomas N", "Anna-Karin S.", "Jimmy Sp"),
  the short forms that name one person;
- inside an account: letters and digits, then digits ("ID110 16");
- after an arrow, before the word or arrow it goes with ("→ oförändrad", "← →");
- inside a short quotation, up to 30 characters ('skriv "Jimmy St"', 'kör 'bra check'').
A line may also break after a slash inside a word, so a file path is never broken in the middle of a name; two
words joined by one slash and nothing more ("Ungdomar/skolor", "och/eller") are one word, and so are keys joined
by slashes ("ctrl+n/ctrl+o").
`install()` gives Rich (and so Textual, which wraps with Rich) this rule; `keep_together()` writes those
spaces as no-break spaces for other wrappers (textwrap); `words()` splits text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

NO_BREAK = "\u00a0"
_NO_BREAKS = "\u00a0\u2007\u202f"
_UPPER = "A-ZÅÄÖÉÜ"
_LOWER = "a-zåäöéü"
# The units a number stays with: money, a share, and a span of time ("654 dagar", "3 veckor").
_UNIT = (r"(?:kr|kronor|tkr|mkr|Mkr|SEK|%|procent|dag|dagar|dygn|vecka|veckor|månad|månader|år|timme|timmar|minut"
         r"|minuter|min)")
# Text whose spaces do not break: an amount, a name with an initial or a surname's first letters, an account.
TOGETHER = re.compile(
    rf"\d{{1,3}}(?: \d{{3}})+(?: {_UNIT})?(?!\w)|\d+ {_UNIT}(?!\w)"
    rf"|\b[{_UPPER}][{_LOWER}]{{1,20}} [{_UPPER}][{_LOWER}]{{0,3}}\.?(?!\w)"
    rf"|\b[{_UPPER}]{{1,4}}\d{{1,6}} \d{{1,6}}(?!\w)"
    r"|[←→↑↓](?: [←→↑↓])*(?: \w+)?"
    r"|\"[^\"\s][^\"\n]{0,28}\"|”[^”\s][^”\n]{0,28}”|'[^'\s][^'\n]{0,28}'"
    r"|(?<![^\s(])[^\W\d_]+/[^\W\d_]+(?![^\s.,;:)])"
    r"|\bctrl\+\w+(?:/ctrl\+\w+)+"
)
_BREAKING = rf"[^\S{_NO_BREAKS}]"
# A word ends after a slash, so a file path breaks only at a "/" ("/home/anna/" | "anteckningar.docx"): leading
# slashes stay with the name they lead to.
WORD = re.compile(rf"{_BREAKING}*/*(?:{TOGETHER.pattern}|[^\s/]|[{_NO_BREAKS}])+/*{_BREAKING}*"
                  rf"|{_BREAKING}*/+{_BREAKING}*")


# What a space TOGETHER holds stands next to: a short capitalised word after it (the initial or the first letters of
# a surname in a short name, as TOGETHER's own rule for one ends), or, somewhere in the text, a digit (an amount, an
# account), an arrow or a quotation mark. Text with neither has no space to hold (TOGETHER's other rules hold no
# space); these two searches tell so in a tenth of the time TOGETHER takes to find nothing.
_SHORT_CAPITALISED_AFTER = re.compile(rf" [{_UPPER}][{_LOWER}]{{0,3}}\.?(?!\w)")
_DIGIT_ARROW_QUOTE = re.compile(r"[\d←→↑↓\"”']")


def holds_no_space(text: str) -> bool:
    """Whether no space of text is held to its neighbours (by TOGETHER or a no-break space), so that its words for
    wrapping are at most its runs of characters between spaces (a slash may cut one shorter)."""
    return not _SHORT_CAPITALISED_AFTER.search(text) and not _DIGIT_ARROW_QUOTE.search(text) \
        and not _HELD.search(text)


_HELD = re.compile(f"[{_NO_BREAKS}]")


def keep_together(text: str) -> str:
    """text with the spaces inside amounts, names with an initial and accounts made no-break spaces."""
    if not _SHORT_CAPITALISED_AFTER.search(text) and not _DIGIT_ARROW_QUOTE.search(text):
        return text
    return TOGETHER.sub(lambda m: m.group().replace(" ", NO_BREAK), text)


def counted(n: int, singular: str, plural: str) -> str:
    """A count and its noun, the space between them a no-break space, so the two stay on one line: '1 övrig
    fråga', '0 beslut', '2 övriga frågor'."""
    return f"{n}{NO_BREAK}{singular if n == 1 else plural}"


def hint_line(parts: Iterable[str]) -> str:
    """parts joined by " · ", so that a hint or status line wrapped between words never starts a line with "·" nor
    parts a key from what it does: the "·" is held to the part before it, and a key to its word after a colon, by
    no-break spaces ('a: öppna/alla · s: sortera')."""
    return f"{NO_BREAK}· ".join(part.replace(": ", f":{NO_BREAK}") for part in parts)


def keys_line(text: str) -> str:
    """A line of keys and what they do, parts parted by " · " ('a ny · Enter ändra'), as hint_line holds them: each
    key held to its first word, each "·" to the part before, so that a wrapped line breaks only between parts."""
    return f"{NO_BREAK}· ".join(part.replace(" ", NO_BREAK, 1) for part in text.split(" · "))


def words(text: str) -> list[str]:
    """The words of text for wrapping, without the spaces around them: 'Betala 5 000 kr' → ['Betala', '5 000 kr']."""
    return [w.strip(" \t\n\r\f\v") for w in WORD.findall(text) if w.strip()]


def install() -> None:
    """Have Rich, and Textual through it, wrap by this module's words (once is enough; again does no harm)."""
    import rich._wrap

    rich._wrap.re_word = WORD


def fit(line: str, width: int, indent: str = "  ") -> list[str]:
    """line as lines of at most width characters, broken where WORD allows (between words, or after a '/' in a
    path; never inside an amount, an account, a short name or a short quotation), the first keeping line's own
    leading spaces, the further ones starting with indent; a word longer than a line is left whole."""
    lines: list[str] = []
    current = line[:len(line) - len(line.lstrip(" "))]
    spaced = False  # whether a space stood before the word (after the one before, or at its own start)
    for match in WORD.finditer(line):
        text = match.group()
        word = text.strip(" \t\n\r\f\v")
        spaced = spaced or text[:1].isspace()
        if not word:
            continue
        glue = " " if current.strip() and spaced else ""
        spaced = text[-1:].isspace()
        if current.strip() and len(current) + len(glue) + len(word) > width:
            lines.append(current)
            current, glue = indent, ""
        current += glue + word
    return [*lines, current] if current.strip() else lines


class Hanging:
    """Text drawn with a hanging indent: its first line at the left edge, every later line, whether a line of its
    own or the wrap of a long one, starting with the same indent; lines are broken where WORD allows (fit).
    A Rich renderable, so the width is the one it is drawn at (a list row in the app, a column in the CLI)."""

    def __init__(self, text: str, indent: str = "    ") -> None:
        self.text = text
        self.indent = indent

    def __str__(self) -> str:
        return self.text

    def lines(self, width: int) -> list[str]:
        """The text as lines of at most width characters (a word longer than a line stays whole)."""
        out: list[str] = []
        room = max(1, width - len(self.indent))
        for n, line in enumerate(self.text.split("\n")):
            if n == 0:
                out += fit(line, width, self.indent) or [""]
            else:
                out += [self.indent + part for part in fit(line.strip(), room, "")] or [self.indent]
        return out

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.text import Text

        yield Text("\n".join(self.lines(options.max_width)), no_wrap=True, overflow="ellipsis")


def rich_lines(line: str, width: int) -> list[str] | None:
    """line (no line break in it, one cell a character) broken as Rich breaks a Text at width once install() has
    given it WORD (rich._wrap.divide_line): a word goes to the next line when it does not fit the room left, its
    spaces after it kept with it. None when some word is longer than width, which Rich cuts (folds) across lines:
    then only Rich lays it out."""
    breaks: list[int] = []
    offset = 0
    match = WORD.match(line)
    while match is not None:
        start, end = match.span()
        word = match.group()
        size = len(word.rstrip())
        if width - offset >= size:
            offset += len(word)
        elif size > width:
            return None
        elif offset and start:
            breaks.append(start)
            offset = len(word)
        match = WORD.match(line, end)
    if not breaks:
        return [line]
    return [line[a:b] for a, b in zip([0, *breaks], [*breaks, len(line)], strict=True)]
