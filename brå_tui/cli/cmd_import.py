"""`bra import FILE…`: notes in the council's Word template (text export or .docx) into meeting files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from brå_tui.cli.common import EXIT_FAILED, UsageError, UserError, open_store
from brå_tui.text import shown_name


def register(subparsers: Any) -> None:
    """Add the import command."""
    parser = subparsers.add_parser(
        "import", help="läs in protokoll, minnesanteckningar, anteckningar och kallelser (text eller .docx)",
        description="Läser protokoll, minnesanteckningar, anteckningar och kallelser (Word sparad som vanlig "
                    "text i UTF-8 eller Windows-1252, eller .docx) och skriver en mötesfil per dokument. "
                    "Rapporten räknar vad som hamnade var, vad som lades åt sidan (sidhuvuden, underskrifter, "
                    "anslag), vad som var osäkert och vad som inte kunde placeras (det hamnar under Övriga "
                    "frågor). Ingenting skrivs om någon fil inte kan läsas.")
    parser.add_argument("files", metavar="FIL", nargs="+", help="anteckningar (.txt eller .docx)")
    parser.add_argument("--dry-run", action="store_true", help="skriv ut mötesfilerna (TOML) i stället för att spara")
    parser.add_argument("--force", action="store_true", help="skriv över ett möte som redan finns")
    parser.add_argument("--date", metavar="ÅÅÅÅ-MM-DD",
                        help="mötets datum, för ett dokument som inte anger det (eller anger fel datum); "
                             "en fil i taget")
    parser.add_argument("--review", action="store_true",
                        help="visa varje rad i källan bredvid vad den blev och flytta rader till rätt fält "
                             "(närvarande, frånvarande, ärende, beslut, uppföljning, anteckning, ignorera) "
                             "innan något sparas")
    parser.add_argument("--proposals", action="store_true",
                        help="lägg in de uppföljningar som texten föreslår (”X får i uppdrag att …”), "
                             "märkta som förslag att kontrollera")
    parser.set_defaults(run=run)


def _say(text: str) -> None:
    """A message to the user on stderr, its control characters shown as symbols, wrapped at the terminal's width
    between words; a line's indent (and a list mark after it: '– ', '| ', '? ', '+ ') is kept on the lines it
    wraps to."""
    import re
    import shutil

    from brå_tui.text import visible
    from brå_tui.views.wrap import NO_BREAK, fit

    width = max(40, min(shutil.get_terminal_size((80, 24)).columns, 100))
    for line in visible(text).split("\n"):
        mark = re.match(r"^\s*(?:[–|?+]\s)?", line)
        indent = " " * len(mark.group(0)) if mark else ""
        fitted = "\n".join(fit(line, width, indent)) if line.strip() else line
        print(fitted.replace(NO_BREAK, " "), file=sys.stderr)  # kept a count with its noun; pasted as a space


# From this many bytes on, reading a file takes long enough (seconds) that a terminal is told it is being read.
LONG_READ = 512 * 1024


def reading_notice(files: list[str], stream: Any) -> None:
    """'Läser FIL (N MB) …' on stream, a terminal, before files whose reading takes long (LONG_READ bytes or more
    in all), so that the wait has a reason; nothing on anything but a terminal (a pipe, a file)."""
    import os

    from brå_tui.text import visible

    if not stream.isatty():
        return
    sizes = {name: os.path.getsize(name) if os.path.isfile(name) else 0 for name in files}
    if sum(sizes.values()) < LONG_READ:
        return
    names = ", ".join(f"{visible(os.path.basename(n))} ({_megabytes(size)})" for n, size in sizes.items())
    print(f"Läser {names} …", file=stream, flush=True)


def _megabytes(size: int) -> str:
    """A size in megabytes as Swedish writes it: '19,9 MB'."""
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def review(result: Any, people: Any) -> bool:
    """Show the source beside what it became and move lines as the user types; False if the user gives up."""
    import re

    from brå_tui.cli.common import console
    from brå_tui.importer.review import (
        TARGETS,
        ReviewRefused,
        move,
        people_on,
        review_table,
        row_of,
        rows,
        set_groups,
    )
    from brå_tui.text import visible

    out = console()
    keys = ", ".join(f"{key} {name}" for key, name in TARGETS.items())
    typed = sys.stdin.isatty()  # ctrl+d at a terminal leaves; the end of a file or pipe of moves finishes
    leave = "q eller ctrl+d" if typed else "q"
    help_text = f"Flytta en rad eller ange ett fält ur den: skriv radens nummer och en bokstav, t.ex. ”12 f” " \
                f"(en mening ur en rad delad med c: ”12.2 b”): " \
                f"{keys}. l: visa tabellen som den är nu. Tom rad: klar. {leave}: avbryt utan att spara. " \
                f"?: den här hjälpen."
    found = rows(result)
    when = "utan datum (d på en rad med datumet anger det)" if result.date_missing else result.meeting.date.isoformat()
    out.print(f"Granska {shown_name(result.source.name)} → möte {when}", style="bold")
    out.print(review_table(found))
    _say(help_text)
    while True:
        try:
            answer = input("> ").strip()
        except EOFError:
            if typed:
                print(file=sys.stderr)  # the prompt's line ends before the message that nothing was saved
                return False
            return _dated(result, people)
        if not answer:
            if not result.date_missing:
                return True
            asked = _ask_date(result, people)
            if asked is None:
                continue  # back to the review, every move kept
            return asked
        if answer.lower() in ("q", "avbryt"):
            return False
        if answer == "?":
            _say(help_text)
            continue
        if answer.lower() in ("l", "lista"):
            out.print(review_table(found))
            continue
        parts = answer.split()
        if len(parts) != 2 or not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", parts[0]) or parts[1].lower() not in TARGETS:
            _say("bra: Skriv ett radnummer och en av bokstäverna, till exempel ”12 f” (”12.2 b” för en mening ur en "
                 "delad rad); ? visar dem.")
            continue
        try:
            row = row_of(result, found, parts[0], TARGETS[parts[1].lower()], people)
        except ReviewRefused as err:
            _say(f"bra: {err}")
            continue
        try:
            if TARGETS[parts[1].lower()] == "grupp" and len(people_on(row)) > 1:
                groups = _choose_groups(row)
                if groups is None:
                    _say(f"Rad {row.label}: ingenting ändrades.")
                    continue
                now = set_groups(result, row, groups)
            else:
                now = move(result, row, TARGETS[parts[1].lower()], people)
        except ReviewRefused as err:
            _say(f"bra: Rad {row.label} ”{visible(row.text)}”: {err} Ingenting ändrades.")
            continue
        found = rows(result)  # a move can change what other lines became
        _say(f"Rad {row.label} ”{visible(row.text)}”: {visible(now)}")


def _ask_date(result: Any, people: Any) -> bool | None:
    """The meeting's date, asked when the review ends on a document that gives none: True once it is given, None
    to go on with the review (an empty answer), False when the user gives up or the input ends (the moves made
    are then said, so that the review can be made again with --date)."""
    from brå_tui.importer.review import set_date
    from brå_tui.text import visible
    from brå_tui.validate import parse_date

    _say("Mötet har inget datum, och utan datum kan det inte sparas. Skriv mötets datum (ÅÅÅÅ-MM-DD); tom rad: "
         "tillbaka till granskningen, där alla flyttar finns kvar; q: avbryt utan att spara.")
    while True:
        try:
            answer = input("Datum: ").strip()
        except EOFError:
            return _dated(result, people)
        if not answer:
            _say("Granskningen fortsätter; tom rad igen när du är klar.")
            return None
        if answer.lower() in ("q", "avbryt"):
            return False
        day = parse_date(answer)
        if day is None:
            _say(f"bra: ”{visible(answer)}” är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2025-03-04.")
            continue
        _say(set_date(result, day, people))
        return True


def _dated(result: Any, people: Any) -> bool:
    """The input ended: True when the meeting has its date; otherwise the moves made are said (with how to make
    them again with --date), and False."""
    if not result.date_missing:
        return True
    from brå_tui.importer.review import TARGETS

    keys = {name: key for key, name in TARGETS.items()}
    if result.moves:
        done = ", ".join(f"”{label} {keys.get(target.split(':')[0], target)}”" for label, target in result.moves)
        _say(f"bra: Mötet har inget datum, så det sparades inte. Gör om granskningen med --date ÅÅÅÅ-MM-DD och "
             f"samma flyttar: {done}.")
    return False


def _choose_groups(row: Any) -> list[str | None] | None:
    """A group for each of the people a line named, asked person by person with the groups numbered: the number
    typed, or an empty answer to keep the person's group; None when the user gives up (q or end of input)."""
    from brå_tui.importer.review import GROUP_CHOICES, group_word, people_on
    from brå_tui.text import visible

    people = people_on(row)
    _say(f"Rad {row.label}: välj grupp för var och en ("
         + ", ".join(f"{n} {group_word(g)}" for n, g in enumerate(GROUP_CHOICES, 1))
         + "; tom rad behåller gruppen, q avbryter).")
    chosen: list[str | None] = []
    for n, attendee in enumerate(people, 1):
        while True:
            try:
                answer = input(f"{n} {visible(attendee.name)} ({group_word(attendee.group)}): ").strip()
            except EOFError:
                return None
            if answer.lower() == "q":
                return None
            if not answer:
                chosen.append(attendee.group if attendee.group in GROUP_CHOICES else None)
                break
            if answer.isdigit() and 1 <= int(answer) <= len(GROUP_CHOICES):
                chosen.append(GROUP_CHOICES[int(answer) - 1])
                break
            _say(f"bra: Skriv ett av talen 1–{len(GROUP_CHOICES)}, eller en tom rad.")
    return chosen


def _may_replace(result: Any, root: Any, asked: set[Any]) -> bool:
    """Whether the meeting may be written over when it exists: asked once per file, j for yes."""
    from brå_tui.importer.save import import_target

    path = import_target(root, result)
    if result.date_missing or not path.exists() or path in asked:
        return True  # without a date there is no file yet: asked again once the review gave the date
    try:
        answer = input(f"Mötet {result.meeting.date.isoformat()} finns redan i {shown_name(path)}. "
                       "Skriva över det? j/n ")
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("j", "ja", "y", "yes"):
        asked.add(path)
        return True
    return False


def _none_saved(stopped: Any, results: list[Any]) -> str:
    """What a stop on one of several files (stopped) means for all of them: none was saved, which of the others
    could be saved on their own and which need the same work; empty for a single file."""
    from brå_tui.importer.save import unread

    if len(results) < 2:
        return ""
    others = [r for r in results if r is not stopped]
    ready = [shown_name(r.source.name) for r in others if not unread(r) and not r.date_missing]
    waiting = [shown_name(r.source.name) for r in others if unread(r) or r.date_missing]
    said = f" Inget av de {len(results)} dokumenten sparades, eftersom {shown_name(stopped.source.name)} stoppade " \
           "importen."
    if ready:
        said += f" Klara att sparas: {', '.join(ready)} – importera dem för sig."
    if waiting:
        said += f" Behöver också granskas eller få ett datum: {', '.join(waiting)}."
    return said


def run(args: argparse.Namespace) -> int:
    """Import every file, or none when one of them fails."""
    from pathlib import Path

    from brå_tui.cli.mailing import parse_day
    from brå_tui.importer.errors import ImportFailure
    from brå_tui.importer.notes import import_notes
    from brå_tui.importer.save import import_target, prepare, save, unread

    store = open_store(args)
    date = parse_day(args.date, "--date")
    if date is not None and len(args.files) > 1:
        raise UsageError("--date gäller ett möte: importera en fil i taget med den.")
    reading_notice(args.files, sys.stderr)
    try:
        results = import_notes([Path(f) for f in args.files], store, date, rebuildable=args.review)
    except ImportFailure as err:
        many = f" Ingen av de {len(args.files)} filerna sparades." if len(args.files) > 1 else ""
        raise UserError(str(err) + many) from None
    documents = []
    confirmed: set[Path] = set()
    for result in results:
        if args.proposals:
            result.meeting.followups.extend(result.proposals)
        if args.review:
            # Asked before the review starts, so that no work is lost to a refusal at the end; asked again when
            # the review moved the meeting to a date that exists.
            careful = not args.force and not args.dry_run
            if (careful and not _may_replace(result, store.root, confirmed)) or not review(result, store.people) \
                    or (careful and not _may_replace(result, store.root, confirmed)):
                print("Avbrutet: ingenting sparades.", file=sys.stderr)
                return EXIT_FAILED
        if unread(result):
            for line in result.summary():
                _say(line)
            raise UserError(f"{unread(result)} Granska med bra import --review {shown_name(result.source.name)}."
                            + _none_saved(result, results))
        if result.date_missing:
            for line in result.summary():
                _say(line)
            raise UserError(f"{shown_name(result.source.name)}: {result.date_missing}; ingenting sparades. "
                            "Ange datumet med --date ÅÅÅÅ-MM-DD, eller i --review (d på en rad med datumet, "
                            "eller skrivet när granskningen är klar)." + _none_saved(result, results))
        force = args.force or import_target(store.root, result) in confirmed
        try:
            documents.append((result, prepare(store.root, result, force, args.dry_run)))
        except ImportFailure as err:
            raise UserError(str(err) + _none_saved(result, results)) from None
    not_committed = False
    for result, document in documents:
        if args.dry_run:
            sys.stdout.write(f"# {document.path}\n{document.render().decode('utf-8')}\n")
        else:
            try:
                save(document)
            except ImportFailure as err:
                raise UserError(str(err)) from None
            if document.history_note:
                print(f"bra: {document.history_note}", file=sys.stderr)
                not_committed = True
        for line in result.summary():
            _say(line)
        if not args.dry_run:
            _say(f"  Sparat i {document.path}.")
    return EXIT_FAILED if not_committed else 0
