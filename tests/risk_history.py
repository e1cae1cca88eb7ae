"""A store whose risk picture has five reported periods: more than fit in 80 columns."""

from __future__ import annotations

from pathlib import Path

# meeting date → (period, {area: level}); with the seed's dec 2023 and 2024-11-15 pictures, five columns.
PICTURES = {
    "2025-02-14": ("2025-01", {"ANDT": "yellow", "Hot och våld": "red", "Ungdomar/skolor": "yellow"}),
    "2025-05-16": ("2025-04", {"ANDT": "yellow", "Hot och våld": "red", "Ungdomar/skolor": "red"}),
    "2025-09-12": ("2025-08", {"ANDT": "green", "Hot och våld": "yellow", "Ungdomar/skolor": "red"}),
}
# over the whole history: ANDT red → yellow → yellow → green, Hot och våld red → red → red → yellow,
# Ungdomar/skolor yellow → yellow → red → red, Ordningsstörningar only once.
TRENDS = {"ANDT": "sjunkande", "Hot och våld": "sjunkande", "Ungdomar/skolor": "oförändrad",
          "Ordningsstörningar och otrygghet": "okänd", "Extremism och kriminella nätverk": "okänd"}


def add_risk_history(root: Path) -> Path:
    """Add three meetings with risk pictures to a copy of the seed store; returns root."""
    for date, (period, areas) in PICTURES.items():
        lines = ["format = 1", f"date = {date}", "start = 09:00:00", "end = 11:30:00", "",
                 "[risk]", f'period = "{period}"', 'source = "Länsstyrelsen"', "", "[risk.areas]"]
        lines += [f'"{area}" = "{level}"' for area, level in areas.items()]
        lines += ["", "[[item]]", 'title = "Lägesbild sociala risker"', ""]
        (root / "meetings" / f"{date}.toml").write_text("\n".join(lines), encoding="utf-8")
    return root
