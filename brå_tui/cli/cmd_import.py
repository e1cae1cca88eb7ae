"""`bra import FILE…`: notes in the council's Word template (text export or .docx) into meeting files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from brå_tui.cli.common import EXIT_FAILED, UserError, open_store


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
    parser.add_argument("--review", action="store_true",
                        help="visa varje rad i källan bredvid vad den blev och flytta rader till rätt fält "
                             "(närvarande, frånvarande, ärende, beslut, uppföljning, anteckning, ignorera) "
                             "innan något sparas")
    parser.add_argument("--proposals", action="store_true",
                        help="lägg in de uppföljningar som texten föreslår (”X får i uppdrag att …”), "
                             "märkta som förslag att kontrollera")
    parser.set_defaults(run=run)


def review(result: Any, people: Any) -> bool:
    """Show the source beside what it became and move lines as the user types; False if the user gives up."""
    from brå_tui.cli.common import console
    from brå_tui.importer.review import TARGETS, move, review_table, rows

    out = console()
    keys = ", ".join(f"{key} {name}" for key, name in TARGETS.items())
    help_text = f"Flytta en rad: skriv radens nummer och en bokstav, t.ex. ”12 f”: {keys}. Tom rad: klar. " \
                "q: avbryt utan att spara."
    found = rows(result)
    out.print(f"Granska {result.source.name} → möte {result.meeting.date.isoformat()}", style="bold")
    out.print(review_table(found))
    by_number = {row.number: row for row in found}
    while True:
        print(help_text, file=sys.stderr)
        try:
            answer = input("> ").strip()
        except EOFError:
            return True
        if not answer:
            return True
        if answer.lower() in ("q", "avbryt"):
            return False
        parts = answer.split()
        if len(parts) != 2 or not parts[0].isdigit() or parts[1].lower() not in TARGETS:
            print("bra: skriv ett radnummer och en av bokstäverna, till exempel ”12 f”.", file=sys.stderr)
            continue
        row = by_number.get(int(parts[0]))
        if row is None:
            print(f"bra: rad {parts[0]} finns inte bland raderna ovan.", file=sys.stderr)
            continue
        now = move(result, row, TARGETS[parts[1].lower()], people)
        row.became = now
        print(f"Rad {row.number}: {now}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Import every file, or none when one of them fails."""
    from pathlib import Path

    from brå_tui.importer import ImportFailure, import_notes
    from brå_tui.importer.save import prepare, save

    store = open_store(args)
    try:
        results = import_notes([Path(f) for f in args.files], store)
    except ImportFailure as err:
        raise UserError(str(err)) from None
    documents = []
    for result in results:
        if args.proposals:
            result.meeting.followups.extend(result.proposals)
        if args.review and not review(result, store.people):
            print("Avbrutet: ingenting sparades.", file=sys.stderr)
            return EXIT_FAILED
        try:
            documents.append((result, prepare(store.root, result, args.force, args.dry_run)))
        except ImportFailure as err:
            raise UserError(str(err)) from None
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
            print(line, file=sys.stderr)
        if not args.dry_run:
            print(f"  Sparat i {document.path}.", file=sys.stderr)
    return EXIT_FAILED if not_committed else 0
