"""python -m bench: measure every row of quality.md's speed and scale table and print one table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from bench.generate import ensure_store, stores_dir
from bench.measure import Bench, Row, median, memory_row, seconds_row
from bench.proc import Run

ROWS = ("questions", "first", "parsers", "start", "key", "save", "memory", "import")
LEGEND = [
    "Frågor: hela processen 'bra KOMMANDO' med utdata till ett rör, med indexet på plats (varm) och direkt",
    "  efter att en mötesfil ändrats; golv: 'grep -rl NAMN meetings/' i samma mapp, samma varv. Minnet är",
    "  processens högsta RSS vid den varma frågan.",
    "Första: 'bra list' utan index (det byggs); golv: ett skript som bara läser varje mötesfil med tomllib.",
    "TOML-läsare: varje mötesfil tolkad i en och samma process; kvot mot tomllib.",
    "Start: hela processen tills första skärmen är ritad; golv: en tom Textual-app (rubrik, en text, sidfot).",
    "Tangent: nedåtpil i möteslistan tills skärmen ritats om (median); i Lägesbild pil upp och ned mellan områdena",
    "  tills det som hör till nästa område ritats.",
    "Spara: öppna, ändra platsen och spara ett möte; golv: samma i en lagring med 10 möten.",
    "Toppminne: appen tills alla möten är inlästa (maxrss); golv: den tomma Textual-appen.",
    "Import: en anteckning med 4× så många ärenden och personer (långa stycken utan punkt); golv: 4× tiden för",
    "  den korta. Arbetet ska växa med texten, inte med dess kvadrat.",
    "Import av protokoll: 4× så många korta paragrafer (rubrik och beslut), inläst och skrivet som mötesfil",
    "  (som --dry-run); golv: 4× tiden för det korta.",
    "Import, osäkra föredragande: 4× så många ärenden som var och en föredras av ett förnamn två personer har",
    "  (varje ärende får en osäkerhet); golv: 4× tiden för det korta.",
    "Import av åtgärdslista: 2× så många rader med samma rubrik (var och en får ett eget id); golv: 2× tiden för",
    "  den korta.",
    "Import, personer på en rad: 4× så många namn efter 'Närvarande:' på en enda rad, åtskilda av komman; golv: 4×",
    "  tiden för den korta.",
    "Import, toppminne: hela 'bra import FIL' av ett protokoll på 20 MB (paragrafer med ett stycke anteckningar",
    "  och ett beslut), läst och skrivet som ny mötesfil: processens högsta RSS utöver den vid import av en kort",
    "  fil; golv: filens storlek. Korta §: 5 MB paragrafer med bara rubrik och beslut (flest rader per byte).",
]
# The question commands, each as the bench runs it ({name}: someone in people.toml, {word}: a word in notes,
# {year}: the year before the newest meeting's, a whole year of meetings).
QUESTIONS = [("list", ["list"]), ("show", ["show", "latest"]), ("log", ["log"]), ("owner", ["owner", "{name}"]),
             ("risk", ["risk"]), ("decisions", ["decisions"]), ("search", ["search", "{word}"]),
             ("check", ["check"]), ("report", ["report", "{year}"])]
SEARCH_WORD = "trygghetsvandring"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    model = "okänd"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"date": dt.date.today().isoformat(), "cpus": str(os.cpu_count()), "cpu": model,
            "python": platform.python_version(), "system": platform.platform(terse=True)}


def owner_name(store: Path) -> str:
    """Someone in the store's people file, whose items the owner question looks up."""
    with open(store / "people.toml", "rb") as handle:
        return tomllib.load(handle)["person"][0]["name"]


def report_year(store: Path) -> int:
    """The year before the newest meeting's (a whole year of meetings for the report to tell)."""
    return max(int(path.name[:4]) for path in (store / "meetings").glob("*.toml")) - 1


class _Stores(dict[int, Path]):
    """Generated stores by size, each written the first time it is asked for."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def __missing__(self, size: int) -> Path:
        self[size] = ensure_store(size, self.folder)
        return self[size]


def run(args: argparse.Namespace, say: Callable[[str], None]) -> list[Row]:
    """Measure the chosen rows; every figure beside its floor from this same run."""
    small, large, tiny = (20, 100, 10) if args.quick else (1_000, 10_000, 10)
    runs = args.runs or (2 if args.quick else 5)
    folder = Path(args.stores) if args.stores else stores_dir()
    only = set(args.only or ROWS)
    say(f"Lagringar i {folder} (skapas första gången) …")
    stores = _Stores(folder)
    bench = Bench(runs, say)
    rows: list[Row] = []
    try:
        measured = (small,) if args.quick else (small, large)  # a quick run only shows that the rows work
        if "questions" in only:
            for size in measured:
                rows += questions(bench, stores[size], size, max(3, runs - 2) if size == large else runs)
        if "first" in only:
            for size in measured:
                store = stores[size]
                heavy = Bench(max(3, runs - 2) if size == large else runs, say)
                heavy.cache_home = bench.cache_home
                say(f"Första körningen utan index, {size} möten …")
                got = heavy.rounds({"floor": lambda store=store, h=heavy: h.parse_only(store),
                                    "cold": lambda store=store, h=heavy: h.command(store, ["list"], cold=True)})
                rows.append(seconds_row("list utan index", size, got["cold"], got["floor"],
                                        "tomllib på varje fil", 0.5))
        if "parsers" in only:
            say(f"TOML-läsare på {measured[-1]} möten …")
            for name, seconds, base, agree in bench.parsers(stores[measured[-1]]):
                ok = agree and seconds <= base
                rows.append(Row(f"TOML: {name}" + ("" if agree else " (olika värden!)"), measured[-1], seconds * 1000,
                                "ms", base * 1000, "tomllib", seconds / base, 1.0, "—", ok, 1))
        if "start" in only:
            for size in (small, large):
                say(f"Start till första skärmen, {size} möten …")
                bench.app(stores[size], "loaded")  # the user's index as it is on any later day
                got = bench.rounds({"bare": bench.bare_app,
                                    "app": lambda size=size: bench.app(stores[size], "ready")})
                rows.append(seconds_row("Start, första skärmen", size, got["app"], got["bare"], "tom Textual-app",
                                        1.3))
        if "key" in only:
            say(f"Tangenttryck i listan, {large} möten …")
            bench.app(stores[large], "loaded")
            times = bench.script("bench.keypress", str(stores[large]), str(10 if args.quick else 60))
            value = median(times)
            rows.append(Row("Tangent i listan", large, value, "ms", None, "—",
                            None, 16.0, "≤ 16 ms", value <= 16.0, len(times)))
            for size in (small, large):
                say(f"Tangenttryck mellan områdena i Lägesbild, {size} möten …")
                bench.app(stores[size], "loaded")
                times = bench.script("bench.keypress", str(stores[size]), str(10 if args.quick else 40), "risk")
                value = median(times)
                rows.append(Row("Tangent i Lägesbild", size, value, "ms", None, "—",
                                None, 16.0, "≤ 16 ms", value <= 16.0, len(times)))
        if "save" in only:
            say(f"Ändra ett fält och spara, {large} och {tiny} möten …")
            count = str(6 if args.quick else 25)
            floor_times = bench.script("bench.save", str(stores[tiny]), count)
            times = bench.script("bench.save", str(stores[large]), count)
            value, base = median(times), median(floor_times)
            rows.append(Row("Ändra och spara", large, value, "ms", base, f"samma i {tiny} möten",
                            value / base, 1.5, "≤ 1.5×", value / base <= 1.5, len(times)))
        if "import" in only:
            # (shape, size, quick size, how many times longer, row, what is read): the import's work must grow
            # with the text, not with its square
            growth = [("prose", 200, 50, 4, "Import, 4× så lång", "en anteckning med {} och {} ärenden"),
                      ("paragrafer", 5_000, 250, 4, "Import av protokoll, 4× så långt",
                       "ett protokoll med {} och {} paragrafer, skrivet till fil"),
                      ("foredragande", 1_000, 250, 4, "Import, osäkra föredragande, 4×",
                       "ett protokoll med {} och {} ärenden med osäker föredragande"),
                      ("uppfoljningar", 4_000, 500, 2, "Import av åtgärdslista, 2× så lång",
                       "en åtgärdslista med {} och {} rader med samma rubrik"),
                      ("personrad", 2_000, 500, 4, "Import, personer på en rad, 4×",
                       "en anteckning med {} och {} personer på en rad")]
            for shape, full, quick, factor, title, what in growth:
                size = quick if args.quick else full
                say(f"Import av {what.format(size, factor * size)} …")
                got = bench.script("bench.importing", str(size), str(runs), shape)
                value = median(got["large"]) * 1000  # type: ignore[call-overload]
                base = factor * median(got["small"]) * 1000  # type: ignore[call-overload]
                rows.append(Row(title, factor * size, value, "ms", base, f"{factor}× den korta", value / base, 1.5,
                                "≤ 1.5×", value / base <= 1.5, runs))
            for shape, megabytes, what in (("stycken", 2 if args.quick else 20, "Import, toppminne"),
                                            ("paragrafer", 1 if args.quick else 5, "Import av korta §, toppminne")):
                say(f"Toppminne för 'bra import' av {megabytes} MB ({shape}) …")
                memory = bench.script("bench.import_memory", str(megabytes), shape)
                size = memory["bytes"] / (1 << 20)  # type: ignore[call-overload]
                factor = float(memory["factor"])  # type: ignore[call-overload]
                rows.append(Row(f"{what} ({size:.0f} MB)", 1, factor * size, "MiB", size, "filens storlek",
                                factor, 10.0, "≤ 10×", factor <= 10.0, 1))
        if "memory" in only:
            say(f"Toppminne, appen med {large} möten …")
            bench.app(stores[large], "loaded")
            got = bench.rounds({"bare": bench.bare_app, "app": lambda: bench.app(stores[large], "loaded")})
            rows.append(memory_row("Toppminne, app", large, got["app"], got["bare"], "tom Textual-app", 3.0))
    finally:
        bench.close()
    return rows


def questions(bench: Bench, store: Path, size: int, runs: int) -> list[Row]:
    """Every question command warm and right after one file changed, beside grep in the same rounds."""
    name = owner_name(store)
    heavy = Bench(runs, bench.say)
    heavy.cache_home = bench.cache_home
    out: list[Row] = []
    for label, template in QUESTIONS:
        args = [a.format(name=name, word=SEARCH_WORD, year=report_year(store)) for a in template]
        bench.say(f"bra {' '.join(args)}, {size} möten …")
        heavy.command(store, args)  # the index as it is on any later day (and the search table made)

        def changed(args: list[str] = args) -> Run:
            heavy.change_one(store)
            measured = heavy.command(store, args)
            heavy.command(store, args)  # answers kept in the index are worked out again here, not in "warm"
            return measured

        got = heavy.rounds({"grep": lambda: heavy.grep(store, name),
                            "warm": lambda args=args: heavy.command(store, args),
                            "changed": changed})
        out.append(seconds_row(f"{label}, varm", size, got["warm"], got["grep"], "grep -rl", 2.0))
        out.append(seconds_row(f"{label}, en fil ändrad", size, got["changed"], got["grep"], "grep -rl", 3.0))
        peak = median([r.peak_mib for r in got["warm"]])
        out.append(Row(f"{label}, minne", size, peak, "MiB", None, "—", None, 60.0, "≤ 60 MiB", peak <= 60.0,
                       len(got["warm"])))
    heavy.change_one(store, undo=True)  # leave the store as it was generated
    return out


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:,.0f} ms".replace(",", " ") if value >= 100 else f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def table(rows: list[Row], info: dict[str, str]) -> object:
    """The figures as one Rich table, 80 columns wide, the floors explained below it."""
    from rich.table import Table

    load = f", belastning {info['load']}" if "load" in info else ""
    out = Table(title=f"bra {info['date']}: {info['cpus']} kärnor, {info['cpu']}, Python {info['python']}{load}",
                title_justify="left", caption_justify="left", caption="\n".join(LEGEND))
    for name, justify in (("Mått", "left"), ("Möten", "right"), ("Uppmätt", "right"), ("Golv", "right"),
                          ("Kvot", "right"), ("Gräns", "right"), ("", "left")):
        out.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for r in rows:
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        out.add_row(r.what, f"{r.size:,}".replace(",", " "), _figure(r.value, r.unit), _figure(r.floor, r.unit),
                    ratio, r.bar_text, "ja" if r.ok else "NEJ")
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the bench; exit 1 when a bar is not met (a --quick run only shows that it runs)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="små lagringar och få körningar: bara en röktest")
    parser.add_argument("--json", metavar="FIL", help="skriv också tabellen som JSON till FIL")
    parser.add_argument("--runs", type=int, help="körningar per mätning (medianen räknas)")
    parser.add_argument("--stores", metavar="MAPP", help="var de genererade lagringarna sparas")
    parser.add_argument("--only", action="append", choices=ROWS, help="mät bara dessa rader")
    args = parser.parse_args(argv)
    from rich.console import Console

    console = Console(stderr=True)
    started = time.perf_counter()
    info = machine()
    loads = [os.getloadavg()[0]]

    def say(text: str) -> None:
        loads.append(os.getloadavg()[0])  # the machine may be shared: how busy it was goes with the figures
        console.print(text, style="dim", highlight=False)

    rows = run(args, say)
    loads.append(os.getloadavg()[0])
    info["load"] = f"{min(loads):.1f}–{max(loads):.1f}"
    # To a file or a pipe the table keeps its width (it is quoted in the README as it is).
    Console(width=None if sys.stdout.isatty() else 100).print(table(rows, info))
    console.print(f"Tog {time.perf_counter() - started:.0f} s; belastning (1 min) under körningen "
                  f"{info['load']}.", style="dim")
    if args.json:
        data = {"machine": info, "quick": args.quick, "rows": [r.as_dict() for r in rows]}
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if args.quick:
        console.print("Snabbkörning med små lagringar: den visar att bänken går, gränserna gäller inte här.",
                      style="dim")
        return 0
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
