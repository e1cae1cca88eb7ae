"""Realistic synthetic stores for the benchmark, written once into a cache folder and reused."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = 1
AREAS = ["ANDT", "Hot och våld", "Extremism och kriminella nätverk", "Ordningsstörningar och otrygghet",
         "Ungdomar/skolor"]
FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Mikael", "Sara", "Anders", "Lena", "Per",
         "Kerstin", "Jonas", "Ingrid", "Björn", "Åsa", "Tobias", "Malin", "Thomas", "Elin", "Jimmy", "Sofia",
         "Niklas", "Cornelia", "Gunilla", "Blerta", "Patrik", "Helena", "Östen"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Berglund", "Åsell", "Nordström", "Lindqvist",
        "Stenberg", "Westberg", "Öberg", "Krenzi", "Sundin", "Stillfors", "Spolander", "Bäckström"]
TITLES = ["kommundirektör", "bildningschef", "omsorgschef", "säkerhetsskyddschef", "fritidschef", "rektor",
          "socialsekreterare", "samordnare", "kommunpolis", "fältassistent"]
ORGS = ["Polisen", "Räddningstjänsten", "omsorgsförvaltningen", "bildningsförvaltningen", "Krylbohus",
        "Länsstyrelsen Dalarna"]
PARTIES = ["S", "M", "C", "V", "SD", "KD", "L", "MP"]
PLACES = ["Visenten, Stadshuset", "Sessionssalen, Stadshuset", "Krylbo bibliotek", "Polishuset", "Teams"]
TOPICS = ["Trygghetsvandring i Krylbo", "SSPF", "Lokalt BOB-råd", "Grannsamverkan", "Kameraövervakning",
          "Narkotikaprevention i skolan", "Sommarlovsaktiviteter", "Föreningsbidrag", "Nattvandring",
          "Medborgarlöfte", "Samverkansöverenskommelse", "Lägesbild sociala risker", "Otrygga platser",
          "Klotter och skadegörelse", "Våld i nära relationer", "Avhopparverksamhet", "Fritidsgårdar",
          "Ungdomsrådet", "Belysning i centrum", "Valborg och skolavslutning", "Mopedtrimning",
          "Handlingsplan omsorg/bildning", "Krisberedskap", "Drogvaneundersökning"]
OPENINGS = ["{p} redogör för", "{p} informerar om", "{p} presenterar", "Rådet diskuterar", "{p} berättar om",
            "{p} ger en lägesbild av"]
MIDDLES = ["arbetet med {t} under den senaste perioden", "hur kommunens verksamheter har samverkat kring {t}",
           "de åtgärder som genomförts inom {t} sedan förra mötet", "förslag på struktur och mandat för {t}",
           "resultatet av uppföljningen av {t} och vad som återstår"]
ENDINGS = ["Polisen ser en ökad oro i centrum under kvällstid.",
           "Skolorna rapporterar färre incidenter än under föregående termin.",
           "Arbetet fortsätter och återrapporteras till kommande Lokala Brå.",
           "Det finns behov av tydligare ansvarsfördelning mellan förvaltningarna.",
           "Länsstyrelsen har efterfrågat en samlad bild från kommunens verksamheter.",
           "Fältassistenterna har haft kontakt med ett trettiotal ungdomar.",
           "Rådet för en diskussion om hur bedömningarna i lägesbilden görs.",
           "Insatsen har finansierats inom ramen för befintlig budget.",
           "Föreningslivet är en viktig del av det förebyggande arbetet.",
           "Krylbohus har förbättrat belysningen på gårdarna."]
STATUSES = ["Återkommer på kommande Lokala Brå", "Pågår enligt plan", "Avvaktar besked från Polisen",
            "Arbetsgrupp tillsatt, rapport till nästa möte", "Underlag tas fram av förvaltningen",
            "Väntar på revidering av samverkansavtalet", "Åtgärder identifierade, uppföljning pågår",
            "Ärendet har lyfts till kommunstyrelsen"]
ACCOUNTS = ["ID110 16", "ID120 02", "ID310 44", "ID450 10"]


def _s(text: str) -> str:
    """A TOML basic string."""
    return json.dumps(text, ensure_ascii=False)


def _list(values: list[str]) -> str:
    return "[" + ", ".join(_s(v) for v in values) + "]"


@dataclass
class Person:
    """A synthetic member or official."""

    name: str
    party: str | None = None
    title: str | None = None
    org: str | None = None

    @property
    def short(self) -> str:
        """The short form the notes use: first name and surname initial."""
        first, last = self.name.split(" ", 1)
        return f"{first} {last[0]}"


@dataclass
class Open:
    """A follow-up carried from meeting to meeting."""

    id: str
    title: str
    status: str
    owners: list[str]
    areas: list[str] = field(default_factory=list)


def _people(rng: random.Random, count: int = 60) -> list[Person]:
    names: set[str] = set()
    people = []
    while len(people) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in names:
            continue
        names.add(name)
        kind = rng.random()
        if kind < 0.35:
            people.append(Person(name, party=rng.choice(PARTIES)))
        elif kind < 0.75:
            people.append(Person(name, title=rng.choice(TITLES)))
        else:
            people.append(Person(name, org=rng.choice(ORGS)))
    return people


def _notes(rng: random.Random, presenter: str, topic: str) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        sentences = [f"{rng.choice(OPENINGS).format(p=presenter)} {rng.choice(MIDDLES).format(t=topic.lower())}."]
        sentences += rng.sample(ENDINGS, rng.randint(1, 3))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def _meeting(rng: random.Random, date: dt.date, people: list[Person], carried: list[Open],
             counter: list[int]) -> tuple[str, list[Open]]:
    """One meeting file's text, and the follow-ups still open after it."""
    end = rng.choice(["11:00:00", "11:30:00", "12:00:00"])
    out = [f"format = 1\ndate = {date.isoformat()}\nstart = 09:00:00\nend = {end}",
           f"place = {_s(rng.choice(PLACES))}\n"]
    present = rng.sample(people, rng.randint(10, 16))
    for n, p in enumerate(present):
        out.append("[[attendee]]")
        out.append(f"name = {_s(p.name)}")
        for key in ("party", "title", "org"):
            if getattr(p, key):
                out.append(f"{key} = {_s(getattr(p, key))}")
        if n == 0:
            out.append('role = "ordförande"')
        elif n == len(present) - 1:
            out.append('role = "sekreterare"')
        out.append("")
    period = date.replace(day=1) - dt.timedelta(days=1)
    out.append(f'[risk]\nperiod = "{period:%Y-%m}"\nsource = "Länsstyrelsen Dalarna"\n')
    out.append("[risk.areas]")
    for area in AREAS:
        if rng.random() < 0.7:
            out.append(f"{_s(area)} = {_s(rng.choice(['red', 'yellow', 'yellow', 'green', 'green']))}")
    out.append("")
    for topic in rng.sample(TOPICS, rng.randint(3, 8)):
        presenter = rng.choice(present)
        out.append(f"[[item]]\ntitle = {_s(topic)}\npresenters = {_list([presenter.short])}")
        if rng.random() < 0.4:
            out.append(f"areas = {_list(rng.sample(AREAS, rng.randint(1, 2)))}")
        out.append(f'notes = """\n{_notes(rng, presenter.name, topic)}\n"""\n')
        if rng.random() < 0.3:
            out.append("[[item.decision]]")
            out.append(f"text = {_s(f'Rådet beslutar att {topic.lower()} följs upp vid nästa möte.')}")
            if rng.random() < 0.4:
                out.append(f"amount_sek = {rng.randrange(5_000, 200_000, 1_000)}\naccount = {_s(rng.choice(ACCOUNTS))}")
            out.append("")
    still_open: list[Open] = []
    shown: list[tuple[Open, str]] = []
    for item in carried:
        fate = rng.random()
        if fate < 0.06:
            continue  # dropped without closure: never seen again
        if fate < 0.18:
            shown.append((item, "done"))
            continue
        if fate < 0.22:
            shown.append((item, "dropped"))
            continue
        if fate < 0.62:  # a new status; otherwise the same status again, so some stall
            item.status = rng.choice(STATUSES)
        shown.append((item, "open"))
        still_open.append(item)
    target = rng.randint(2, 8)
    while len(shown) < target:
        counter[0] += 1
        topic = rng.choice(TOPICS)
        item = Open(f"uppfoljning-{counter[0]}", f"Uppföljning: {topic}", rng.choice(STATUSES),
                    [p.short for p in rng.sample(present, rng.randint(0, 2))],
                    rng.sample(AREAS, rng.randint(0, 1)))
        shown.append((item, "open"))
        still_open.append(item)
    for item, state in shown[:8]:
        out.append(f"[[followup]]\nid = {_s(item.id)}\ntitle = {_s(item.title)}\nstatus = {_s(item.status)}")
        out.append(f"owners = {_list(item.owners)}\nstate = \"{state}\"")
        if item.areas:
            out.append(f"areas = {_list(item.areas)}")
        out.append("")
    for weeks in sorted(rng.sample(range(4, 40), rng.randint(2, 4))):
        later = date + dt.timedelta(weeks=weeks)
        out.append(f"[[schedule]]\ndate = {later.isoformat()}\nstart = 09:00:00\nend = 11:30:00\n")
    if rng.random() < 0.5:
        topic = rng.choice(TOPICS)
        notes = _notes(rng, rng.choice(present).name, topic)
        out.append(f'[[other]]\ntitle = {_s(topic)}\nnotes = """\n{notes}\n"""\n')
    kept = [item for item, state in shown[:8] if state == "open"]
    return "\n".join(out), kept


def _council() -> str:
    areas = ",\n".join(f"  {_s(a)}" for a in AREAS)
    return ('format = 1\nname = "Brottsförebyggande rådet"\nshort_name = "Lokala Brå"\n'
            'municipality = "Avesta kommun"\ndefault_place = "Visenten, Stadshuset"\n\n'
            f'[risk]\nsource = "Länsstyrelsen Dalarna"\nareas = [\n{areas},\n]\n\n'
            '[risk.levels]\nred = "omfattande"\nyellow = "återkommande"\ngreen = ""\n\n'
            '[[standing_item]]\ntitle = "Lägesbild sociala risker"\n')


def _people_file(people: list[Person]) -> str:
    out = ["format = 1\n"]
    for p in people:
        out.append(f"[[person]]\nname = {_s(p.name)}")
        for key in ("party", "title", "org"):
            if getattr(p, key):
                out.append(f"{key} = {_s(getattr(p, key))}")
        out.append("")
    return "\n".join(out)


def write_store(root: Path, meetings: int, seed: int = 1) -> None:
    """Write a store of this many meetings at root (which must not exist), ending in late 2025."""
    rng = random.Random(seed)
    people = _people(rng)
    folder = root / "meetings"
    folder.mkdir(parents=True)
    (root / "council.toml").write_text(_council(), encoding="utf-8")
    (root / "people.toml").write_text(_people_file(people), encoding="utf-8")
    step = max(1, min(30, 10_000 // meetings))
    day = dt.date(2025, 11, 14) - dt.timedelta(days=step * meetings)
    carried: list[Open] = []
    counter = [0]
    for _ in range(meetings):
        day += dt.timedelta(days=step)
        text, carried = _meeting(rng, day, people, carried, counter)
        (folder / f"{day.isoformat()}.toml").write_text(text, encoding="utf-8")


def stores_dir() -> Path:
    """Where generated stores are kept between runs: $BRA_BENCH_STORES, else the user's cache."""
    chosen = os.environ.get("BRA_BENCH_STORES")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "bra-bench"


def ensure_store(meetings: int, folder: Path | None = None) -> Path:
    """The generated store of this size, written now only if it is not already there."""
    folder = folder or stores_dir()
    root = folder / f"store-{meetings}-v{GENERATOR_VERSION}"
    if (root / "meetings").is_dir() and (root / "COMPLETE").is_file():
        return root
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=folder, prefix=f".store-{meetings}-"))
    try:
        write_store(tmp / "store", meetings)
        (tmp / "store" / "COMPLETE").write_text("generated\n")
        # The program's index trusts only files older than a moment (brå_tui.store.index.RACY_NS).
        time.sleep(2.5)
        if root.exists():
            shutil.rmtree(root)
        os.replace(tmp / "store", root)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return root
