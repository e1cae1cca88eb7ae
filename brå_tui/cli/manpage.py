"""The manual page bra(1), in Swedish, written from the same parser as --help: `python -m brå_tui.cli.manpage`.

Every command, argument and help text comes from build_parser(), and the exit statuses from EXIT_STATUSES, so
the page and --help cannot drift apart. Only what --help has no room for (environment, files) is written here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

from brå_tui import __version__
from brå_tui.cli.common import EXIT_STATUSES

ENVIRONMENT = [
    ("BRA_STORE", "lagringen att använda när --store inte anges."),
    ("NO_COLOR", "stänger av färgerna (likaså utdata till en fil eller ett rör)."),
    ("EDITOR", "editorn som ctrl+e öppnar anteckningstexten i."),
    ("XDG_CONFIG_HOME", "mappen för dina inställningar (annars ~/.config)."),
    ("XDG_CACHE_HOME", "mappen för cachen över tolkade möten (annars ~/.cache)."),
    ("XDG_STATE_HOME", "mappen för utkast som sparats undan (annars ~/.local/state)."),
    ("BRA_CONFIG_SYSTEM", "en annan fil än /etc/bra/config.toml för systemets inställningar."),
]

FILES = [
    ("/etc/bra/config.toml",
     'systemets inställningar, som administratören skriver: store = "/srv/bra/avesta" anger lagringen '
     "för alla som varken anger --store eller BRA_STORE."),
    ("~/.config/bra/config.toml", "dina egna inställningar; de gäller före systemets."),
    ("SÖKVÄG/council.toml, SÖKVÄG/people.toml, SÖKVÄG/meetings/ÅÅÅÅ-MM-DD.toml",
     "lagringen: rådet, personerna och ett möte per fil, i TOML."),
]

STORE_ORDER = ("Lagringen väljs i den här ordningen: --store, miljövariabeln BRA_STORE, store i "
               "~/.config/bra/config.toml, store i /etc/bra/config.toml, och sist mappen store i mappen du står i. "
               "bra doctor visar vilken som används och varför.")


def roff(text: str) -> str:
    """text made safe for roff: backslashes escaped, no line starting with a control character, dashes kept."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in text.split("\n"))


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    return text % {**vars(action), "prog": prog} if "%" in text else text


def _invocation(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"\\fI{roff(str(action.metavar or action.dest))}\\fR"
    value = ""
    if action.nargs != 0:
        metavar = action.metavar or ("{" + ",".join(map(str, action.choices)) + "}" if action.choices
                                     else action.dest.upper())
        value = f" \\fI{roff(str(metavar))}\\fR"
    return ", ".join(f"\\fB{roff(option)}\\fR{value}" for option in action.option_strings)


def _usage(parser: argparse.ArgumentParser) -> str:
    usage = " ".join(parser.format_usage().split())
    return re.sub(r"^\S+:\s*", "", usage)


def _arguments(parser: argparse.ArgumentParser, skip: frozenset[str] = frozenset()) -> list[str]:
    lines = []
    for action in parser._actions:  # the parser's own list of arguments, the one --help prints
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if set(action.option_strings) & skip:
            continue
        lines += [".TP", _invocation(action), roff(_help(action, parser.prog))]
    return lines


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices.items())
    return []


def manpage(parser: argparse.ArgumentParser | None = None, date: dt.date | None = None) -> str:
    """bra(1) as roff text (UTF-8, man(7) macros)."""
    if parser is None:
        from brå_tui.cli.main import build_parser
        parser = build_parser()
    if date is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        date = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()
    description = parser.description or ""
    out = [
        '.\\" -*- coding: UTF-8 -*-',
        '.\\" Skriven av python -m brå_tui.cli.manpage ur samma argument som bra --help.',
        f'.TH BRA 1 "{date.isoformat()}" "bra {__version__}" "Användarkommandon"',
        ".nh",   # Swedish words are not hyphenated by English rules
        ".ad l",
        ".SH NAMN",
        f"bra \\- {roff(description[:1].lower() + description[1:].rstrip('.'))}",
        ".SH SYNOPSIS",
        f".B bra\n{roff(_usage(parser).removeprefix('bra ').strip())}",
        ".br",
        ".B bra\n\\fIKOMMANDO\\fR \\fB\\-\\-help\\fR",
        ".SH BESKRIVNING",
        roff(description),
        ".PP",
        roff("Utan KOMMANDO startar bra helskärmsappen, som styrs med tangentbordet; ? visar tangenterna."),
        ".PP",
        roff(STORE_ORDER),
        ".SH FLAGGOR",
        *_arguments(parser),
        ".SH KOMMANDON",
    ]
    for name, command in _commands(parser):
        out += [f'.SS "{roff(name)}"', f".B {roff(_usage(command))}", ".PP", roff(command.description or "")]
        out += _arguments(command, skip=frozenset({"-h", "--help", "--store"}))
    out += [".SH SLUTSTATUS"]
    for status, meaning in EXIT_STATUSES:
        out += [".TP", f".B {status}", roff(meaning)]
    out += [".SH MILJÖ"]
    for name, meaning in ENVIRONMENT:
        out += [".TP", f".B {name}", roff(meaning)]
    out += [".SH FILER"]
    for name, meaning in FILES:
        out += [".TP", f".I {roff(name)}", roff(meaning)]
    out += [".SH SE ÄVEN", "\\fBgit\\fR(1), \\fBbash\\fR(1)", ""]
    return "\n".join(out)


def main() -> int:
    """Print bra(1) on standard output."""
    sys.stdout.write(manpage())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
