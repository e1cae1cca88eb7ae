"""`bra doctor`: which store and configuration bra uses and why, and whether this user can work in it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from brå_tui.cli.common import EXIT_FAILED, EXIT_USAGE, UsageError, UserError, console, store_choice
from brå_tui.text import quoted
from brå_tui.views.wrap import fit


def register(subparsers: Any) -> None:
    """Add the doctor command."""
    parser = subparsers.add_parser(
        "doctor", help="visa vilken lagring och vilka inställningar som används, och varför",
        description="Visar versionen, vilken lagring bra öppnar och varför (--store, BRA_STORE, "
                    "~/.config/bra/config.toml, /etc/bra/config.toml eller ./store), vad "
                    "inställningsfilerna säger, och om du kan läsa och skriva i lagringen och dess git-arkiv. "
                    "Avslutar med status 1 om något hindrar dig från att arbeta i lagringen, med status 2 "
                    "om en inställningsfil inte går att läsa eller använda, och med status 2 och en mening (som "
                    "för alla kommandon) om --store inte anger en lagring som går att använda.")
    parser.set_defaults(run=run)


def _index_lines(root: Path) -> tuple[list[str], str | None]:
    """Where the store's index is kept and whether it can be; a note when it cannot."""
    from brå_tui.store.index import index_file, index_writable

    path = index_file(root)
    lines = ["", "Index (härlett ur mötesfilerna, kan raderas):", f"  {path}"]
    if index_writable(root):
        return [*lines, "  du kan skriva det"], None
    lines.append("  du kan inte skriva det")
    return lines, (f"Indexet i {path.parent} kan inte sparas, så varje körning läser om de mötesfiler som ändrats "
                   "sedan det skrevs (i minnet; långsamt när många ändrats eller inget index finns). Gör mappen "
                   "skrivbar för dig, eller sätt XDG_CACHE_HOME till en mapp du kan skriva i.")


def _lines(args: argparse.Namespace) -> tuple[list[str], list[str], list[str], bool]:
    """The report, the problems found (each one sentence), what slows work without stopping it (each one
    sentence), and whether a config file cannot be used."""
    from brå_tui import __version__
    from brå_tui.store.config import config_files
    from brå_tui.store.paths import meeting_files
    from brå_tui.store.sharing import describe

    lines = [f"bra {__version__}, Python {sys.version.split()[0]}, {sys.prefix}", "", "Inställningar:"]
    problems: list[str] = []
    configs = config_files()
    broken = any(config.error for config in configs)
    for config in configs:
        if config.errors:
            state = "fel (se nedan)" if len(config.errors) == 1 else f"{len(config.errors)} fel (se nedan)"
            problems.extend(config.errors)  # every error in the file, each with its line
        elif not config.exists:
            state = "finns inte"
        elif config.store is not None:
            state = f"store = {config.store}"
        else:
            state = "sätter ingen lagring"
        lines.append(f"  {config.path} ({config.label}): {state}")
        for key in config.unknown:
            lines.append(f"    okänd nyckel {quoted(key)} används inte")
    lines += ["", "Lagring:"]
    try:
        choice = store_choice(args)
    except (UsageError, UserError) as err:
        reported = str(err) in problems or str(err) in {config.error for config in configs}
        if isinstance(err, UsageError) and not reported:
            raise  # --store names no usable store: one sentence and status 2, as for every command
        if not reported:  # a broken config file is reported above, and the status says so
            problems.append(str(err))
        lines.append("  ingen (se nedan)")
        return lines, problems, [], broken
    lines += [f"  {choice.path}", f"  vald av {choice.reason}"]
    sharing = describe(choice.path)
    kind = ("delad med gruppen (setgid, skrivbar för gruppen)" if sharing.setgid and sharing.group_writable
            else "inte delad med en grupp")
    you = ("du kan läsa och skriva" if sharing.readable and sharing.writable
           else "du kan läsa men inte skriva" if sharing.readable else "du kan inte läsa den")
    membership = f"du är {'' if sharing.member else 'inte '}med i gruppen {sharing.group}"
    lines += [f"  ägare {sharing.owner}, grupp {sharing.group}, rättigheter {sharing.mode:04o}: {kind}",
              f"  {you}; {membership}",
              f"  git: {sharing.git}"]
    if sharing.readable:
        lines.append(f"  {len(meeting_files(choice.path))} mötesfiler; 'bra check' granskar dem")
    if not sharing.readable:
        problems.append(f"Du kan inte läsa lagringen i {choice.path}.")
    elif not sharing.writable:
        problems.append(f"Du kan inte skriva i lagringen i {choice.path}"
                        + ("." if sharing.member else f"; be den som sköter servern lägga till dig i gruppen "
                                                       f"{sharing.group}."))
    problems += [p for p in sharing.problems if p not in problems]
    index, note = _index_lines(choice.path)
    return lines + index, problems, [] if note is None else [note], broken


def run(args: argparse.Namespace) -> int:
    """Print the report; 2 when a config file cannot be used (a usage error, as for every command), else 1 when
    something stops this user from working in the store."""
    lines, problems, notes, broken = _lines(args)
    out = console()

    def say(text: str, indent: str = "") -> None:
        out.print("\n".join(fit(text, out.width, indent)), markup=False)

    for line in lines:
        say(line, " " * (len(line) - len(line.lstrip()) + 2))
    for heading, sentences in (("Att åtgärda:", problems), ("Att tänka på:", notes)):
        if sentences:
            say("")
            say(heading)
            for sentence in sentences:
                say(f"  - {sentence}", "    ")
    if problems:
        return EXIT_USAGE if broken else EXIT_FAILED
    say("")
    say("Inget hindrar dig från att arbeta i lagringen." if notes else "Allt ser bra ut.")
    return 0
