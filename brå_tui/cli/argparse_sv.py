"""argparse in Swedish: every message the standard library's argument parser can show, translated.

argparse looks its messages up through gettext at the moment it shows them (its module-level `_` and
`ngettext`); Python ships no Swedish catalogue for it, so bra gives those two names a Swedish table.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "expected one argument": "väntade ett värde",
    "expected at least one argument": "väntade minst ett värde",
    "expected at most one argument": "väntade högst ett värde",
    "not allowed with argument %s": "går inte ihop med %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "ignored explicit argument %r": "flaggan tar inget värde: %r",
    "unexpected option string: %s": "oväntad flagga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    'argument "-" with mode %r': 'argumentet "-" med läget %r',
    # Mistakes in a parser's definition, not in what a user typed; translated all the same.
    "%r is not callable": "%r går inte att anropa",
    "'required' is an invalid argument for positionals": "'required' gäller inte argument utan flagga",
    ".__call__() not defined": ".__call__() saknas",
    "cannot have multiple subparser arguments": "bara en uppsättning underkommandon går",
    "cannot merge actions - two groups are named %r": "kan inte slå ihop: två grupper heter %r",
    "conflicting subparser alias: %s": "underkommandots alias finns redan: %s",
    "conflicting subparser: %s": "underkommandot finns redan: %s",
    "dest= is required for options like %r": "dest= behövs för flaggor som %r",
    "invalid conflict_resolution value: %r": "ogiltigt conflict_resolution: %r",
    "mutually exclusive arguments must be optional": "argument som utesluter varandra måste vara flaggor",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("väntade %s värde", "väntade %s värden"),
    ("conflicting option string: %s", "conflicting option strings: %s"): ("flaggan finns redan: %s",
                                                                          "flaggorna finns redan: %s"),
}


def gettext(message: str) -> str:
    """A message of argparse in Swedish (as it is when no translation is known)."""
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """A message of argparse with a count, in Swedish."""
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def install() -> None:
    """Make argparse speak Swedish in this process."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
