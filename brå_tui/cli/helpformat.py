"""argparse's help laid out for the terminal's width as every other text of bra is: lines broken between words only
(never inside a word, nor after a hyphen in 'SVG-bild' or 'ÅÅÅÅ-MM', unless the word is longer than a line), every
line within the width, a wrapped line indented under the one it continues.

argparse's own formatter breaks a word longer than the help column, leaves a usage line or an option longer than
the width as it is (a terminal then wraps it to the left edge), and keeps the help column at 24 even where that
leaves too little room for its words. This one keeps at least HELP_ROOM columns for the help texts.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

HELP_ROOM = 24  # the least width of the help texts beside the options: the longest Swedish words of bra's help fit
USAGE_PART = re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")  # argparse's own parts of a usage line


def _words(text: str, width: int) -> list[str]:
    """text as lines of at most width characters, broken between words only; a word longer than a line is broken
    on a line of its own, where the line ends (on the narrowest terminals)."""
    from brå_tui.views.plain import word_lines  # only when help is shown

    width = max(1, width)
    lines = word_lines(text, width)
    return [line[i:i + width] for line in lines for i in range(0, len(line), width)]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, fitted to the width (see the module)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            import shutil

            columns = shutil.get_terminal_size().columns
            width = columns - 2 if columns >= 40 else columns  # argparse leaves two; a narrow terminal needs them
        width = max(width, 11)
        super().__init__(prog, indent_increment, max(min(max_help_position, width - HELP_ROOM), 2 * indent_increment),
                         width)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return _words(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in _words(" ".join(text.split()), width - len(indent)))

    def _format_action_invocation(self, action: argparse.Action) -> str:
        """An option's names and its value once ('--format, -f {md,html}'), not after each name."""
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        value = self._format_args(action, self._get_default_metavar_for_optional(action))
        return f"{', '.join(action.option_strings)} {value}"

    def _format_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None) -> str:
        """The usage line, its parts ('[--format {md,html}]') wrapped under the command when they fit there, else
        under 'användning: ', else indented by four; a part wider than that broken between its words."""
        full = self._width
        width = full - self._current_indent
        self._width = 1_000_000  # one line: its parts are laid out below
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width = full
        line = text.strip("\n")
        if len(line) <= width:
            return text
        if prefix is None:
            prefix = argparse._("usage: ")  # type: ignore[attr-defined]  # argparse's own, in Swedish (argparse_sv)
        head = prefix + self._prog
        if not line.startswith(head):
            return text  # a usage of the parser's own: left as it is
        parts: list[str] = []
        for part in USAGE_PART.findall(line[len(head):]):
            if part.startswith("...") and parts:  # 'KOMMANDO ...' is one part
                parts[-1] += " " + part
            else:
                parts.append(part)
        widest = max(map(len, parts), default=0)
        indent = next((n for n in (len(head) + 1, len(prefix), 4) if widest <= width - n), 2)
        lines = [head]
        for part in parts:
            for piece in _words(part, width - indent):
                if len(lines[-1]) + 1 + len(piece) > width:
                    lines.append(" " * indent + piece)
                else:
                    lines[-1] += " " + piece
        return "\n".join(lines) + "\n\n"

    def format_help(self) -> str:
        """The help, each line still longer than the width (a long option's name) broken between words and
        indented under its start."""
        out = []
        for line in super().format_help().split("\n"):
            if len(line) <= self._width:
                out.append(line)
                continue
            body = line.lstrip(" ")
            lead = " " * min(len(line) - len(body) + 2, self._width // 2)
            pieces = _words(body, self._width - len(lead))
            out += [line[:len(line) - len(body)] + pieces[0], *(lead + piece for piece in pieces[1:])]
        return "\n".join(out)
