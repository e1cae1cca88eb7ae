"""A new, empty store: council.toml and people.toml to fill in, and an empty meetings folder."""

from __future__ import annotations

from pathlib import Path

from brå_tui.store.paths import COUNCIL_FILE, MEETINGS_DIR, PEOPLE_FILE, StoreError

COUNCIL_TEMPLATE = '''\
format = 1
# Rådet. Fyll i namnen och kommunen; allt efter ett #-tecken är en kommentar.
name = "Brottsförebyggande rådet"
short_name = "Lokala Brå"
municipality = ""                # till exempel "Avesta kommun"
default_place = ""               # var mötena brukar hållas, till exempel "Visenten, Stadshuset"

[risk]
source = ""                      # vem som tar fram lägesbilden, till exempel "Länsstyrelsen"
# Riskmatrisens rader, i denna ordning. Områden som förekommer i möten men inte står här
# visas efter dessa och flaggas av `bra check`.
areas = [
  # "ANDT",
  # "Hot och våld",
]

[risk.levels]                    # vad varje markering betyder
red = ""
yellow = ""
green = ""

# Punkter som varje nytt möte börjar med. Kopiera blocket för fler.
# [[standing_item]]
# title = "Lägesbild sociala risker"
'''

PEOPLE_TEMPLATE = '''\
format = 1
# Personerna i rådet och de som brukar delta. En [[person]] per person; bara name krävs.
# Kortformer som "Mikael J" kopplas själva via förnamn och efternamnets initial;
# andra kortformer skrivs i aliases.

# [[person]]
# name = "Förnamn Efternamn"
# title = "kommundirektör"
# org = "Avesta kommun"
# party = "S"
# aliases = ["Förnamn E"]
'''

GITIGNORE = "*~\n*.swp\n.*.tmp\n.bra-konflikt/\n"


def make_store(root: Path) -> list[Path]:
    """Write an empty store at root (which must be missing or empty); the files written."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root} finns redan och är ingen mapp.")
    if root.is_dir() and any(root.iterdir()):
        raise StoreError(f"{root} är inte tom; välj en ny eller tom mapp, så skrivs inget över.")
    from brå_tui.store.atomic import atomic_write
    from brå_tui.store.shared import make_folder

    make_folder(root / MEETINGS_DIR)  # in a group's folder: the group's, writable for it
    written = []
    for name, text in ((COUNCIL_FILE, COUNCIL_TEMPLATE), (PEOPLE_FILE, PEOPLE_TEMPLATE)):
        path = root / name
        atomic_write(path, text.encode("utf-8"))
        written.append(path)
    return written
