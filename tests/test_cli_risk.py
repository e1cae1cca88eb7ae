"""`bra risk`: the matrix from the seed store, readable without colour, fitted to the width, spans."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]
AREAS = ["ANDT", "Hot och våld", "Extremism och kriminella nätverk", "Ordningsstörningar och otrygghet",
         "Ungdomar/skolor"]



def cells(out: str) -> dict[tuple[str, str], str]:
    """Read the printed matrix back: (area, column heading) → the cell's text (glyph and word), and the trend."""
    lines = out.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("────"))
    labels: list[tuple[str, int]] = []
    for line in lines[:rule]:
        for word in (w.strip() for w in line.split("  ") if w.strip()):
            if word not in ("Område", "Trend") and not word.startswith("("):
                labels.append((word, line.index(word)))
    trend_at = next(line.index("Trend") for line in lines[:rule] if "Trend" in line)
    first_col = min(at for _, at in labels)
    body = []
    for line in lines[rule + 1:]:
        if not line.strip() or line.startswith("Källa:") or "visas inte" in line:
            break
        body.append(line)
    starts = [i for i, line in enumerate(body) if any(line.startswith(a.split()[0]) for a in AREAS)]
    found: dict[tuple[str, str], str] = {}
    for n, start in enumerate(starts):
        block = body[start:starts[n + 1] if n + 1 < len(starts) else len(body)]
        area = " ".join(" ".join(line[:first_col].split()) for line in block).strip()
        for label, at in labels:
            stop = min([a for _, a in labels if a > at] + [trend_at])
            found[(area, label)] = " ".join(" ".join(line[at:stop].split()) for line in block).strip()
        found[(area, "Trend")] = " ".join(line[trend_at:].strip() for line in block).strip()
    return found


def test_seed_matrix_cells_without_colour(bra: Run) -> None:
    status, out, err = bra("risk")
    assert status == 0, err
    assert "\x1b[" not in out
    got = cells(out)
    assert got[("ANDT", "dec 2023")] == "●●● Omfattande"
    assert got[("Ordningsstörningar och otrygghet", "dec 2023")] == "●● Återkommande"
    assert got[("Ungdomar/skolor", "dec 2023")] == "●● Återkommande"
    assert got[("Hot och våld", "dec 2023")] == "–"
    assert got[("Hot och våld", "2024-11-15")] == "●●● Omfattande"
    assert got[("Extremism och kriminella nätverk", "2024-11-15")] == "●●● Omfattande"
    assert got[("ANDT", "2024-11-15")] == "–"
    assert got[("ANDT", "Trend")] == "? okänd"


def test_legend_carries_the_councils_meanings(bra: Run) -> None:
    out = bra("risk")[1]
    legend = out[out.index("Förklaring"):]
    assert "Omfattande" in legend and "röd: omfattande" in legend
    assert "Återkommande" in legend and "gul: återkommande" in legend
    assert "Ej rapporterad" in legend


def test_risk_json(bra: Run) -> None:
    data = json.loads(bra("risk", "--json")[1])
    assert data["areas"] == AREAS and data["unknown_areas"] == []
    assert [c["label"] for c in data["columns"]] == ["dec 2023", "2024-11-15"]
    assert data["columns"][0]["levels"] == {"ANDT": "red", "Ordningsstörningar och otrygghet": "yellow",
                                            "Ungdomar/skolor": "yellow"}
    assert data["meanings"]["red"] == "omfattande"
    assert data["trends"]["ANDT"] == "okänd"


def _add_pictures(root: Path, months: int) -> None:
    """Meetings in 2025, one a month, each reporting its month, with ANDT rising to red in the last."""
    for month in range(1, months + 1):
        level = "red" if month == months else "green" if month < 3 else "yellow"
        (root / "meetings" / f"2025-{month:02d}-20.toml").write_text(
            f'format = 1\ndate = 2025-{month:02d}-20\n\n[risk]\nperiod = "2025-{month:02d}"\n\n'
            f'[risk.areas]\n"ANDT" = "{level}"\n"Skjutvapen" = "yellow"\n', "utf-8")


def test_too_many_periods_show_the_latest_and_say_how_many_are_hidden(bra: Run, seed_store: Path) -> None:
    _add_pictures(seed_store, 6)
    status, out, _ = bra("risk")
    assert status == 0
    assert "jun 2025" in out and "dec 2023" not in out
    shown = sum(1 for m in ("dec 2023", "2024-11-15", *(f"{n} 2025" for n in ("jan", "feb", "mar", "apr",
                                                                              "maj", "jun"))) if m in out)
    hidden = 8 - shown
    assert f"{hidden} perioder tidigare visas inte" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "↑ stigande" in out


def test_unknown_area_comes_last_and_is_marked(bra: Run, seed_store: Path) -> None:
    _add_pictures(seed_store, 1)
    out = bra("risk")[1]
    assert "Skjutvapen *" in out
    assert out.index("Skjutvapen") > out.index("Ungdomar/skolor")
    assert "* området finns inte i council.toml" in out
    assert json.loads(bra("risk", "--json")[1])["unknown_areas"] == ["Skjutvapen"]


def test_from_and_to_choose_a_span(bra: Run, seed_store: Path) -> None:
    _add_pictures(seed_store, 6)
    data = json.loads(bra("risk", "--from", "2025-02", "--to", "2025-03", "--json")[1])
    assert [c["label"] for c in data["columns"]] == ["feb 2025", "mar 2025"]
    out = bra("risk", "--to", "2024")[1]
    assert "dec 2023" in out and "2024-11-15" in out and "2025" not in out.split("Förklaring")[0]
    assert "visas inte" not in out


@pytest.mark.parametrize("bad", ["nov", "2024-1", "24-11"])
def test_bad_span_is_usage_error(bra: Run, bad: str) -> None:
    status, out, err = bra("risk", "--from", bad)
    assert (status, out) == (2, "")
    assert err.startswith("bra: --from")


def test_a_dropped_followup_is_no_action_for_a_red_area(bra: Run, seed_store: Path) -> None:
    # A later meeting marks ANDT red and carries none of the earlier follow-ups: the action log calls the ANDT
    # follow-ups TAPPAD, so nothing acts on ANDT any more and the warning shows.
    _add_pictures(seed_store, 1)
    _, log, _ = bra("log")
    assert "TAPPAD" in log
    status, out, _ = bra("risk")
    assert status == 0
    actions = out[out.index("Åtgärder för omfattande och återkommande områden"):]
    andt = next(line for line in actions.splitlines() if line.startswith("ANDT"))
    assert "INGEN ÅTGÄRD" in andt
    assert "Lokalstrategin" not in actions
    assert "en TAPPAD uppföljning räknas inte" in " ".join(out.split())
