"""Charts for the yearly report, drawn with matplotlib (the optional extra `charts`) as PNG images.

Colour never carries the meaning alone: each mark is also written as a word in its square.
"""

from __future__ import annotations

import datetime as dt
import io

from brå_tui.questions.report import YearReport
from brå_tui.views.theme import level_meaning

LEVEL_COLOURS = {"red": "#d62728", "yellow": "#f2c744", "green": "#2ca02c"}


class ChartsUnavailable(Exception):
    """matplotlib is not installed; the report is made without pictures."""


def _pyplot():  # type: ignore[no-untyped-def]
    try:
        import matplotlib
    except ImportError:
        raise ChartsUnavailable from None
    matplotlib.use("Agg")  # no display on a server
    import matplotlib.pyplot as plt

    return plt


def _png(figure) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    figure.clf()
    return buffer.getvalue()


def marks_chart(report: YearReport) -> bytes | None:
    """Areas × the year's reported pictures, each square coloured and labelled with its level; None if none."""
    periods: list[str] = []
    for area in report.areas:
        for label, _ in area.levels:
            if label not in periods:
                periods.append(label)
    if not periods:
        return None
    plt = _pyplot()
    rows = [a.area for a in report.areas]
    figure, axes = plt.subplots(figsize=(1.6 + 1.3 * len(periods), 0.6 + 0.45 * len(rows)))
    for y, area in enumerate(report.areas):
        levels = dict(area.levels)
        for x, period in enumerate(periods):
            level = levels.get(period)
            colour = LEVEL_COLOURS.get(level or "", "#ffffff")
            axes.add_patch(plt.Rectangle((x, y), 1, 1, facecolor=colour, edgecolor="#555555"))
            word = level_meaning(level, {}) if level else "–"  # the level's word, not its colour
            axes.text(x + 0.5, y + 0.5, word, ha="center", va="center", fontsize=7)
    axes.set_xlim(0, len(periods))
    axes.set_ylim(len(rows), 0)
    axes.set_xticks([x + 0.5 for x in range(len(periods))], periods)
    axes.set_yticks([y + 0.5 for y in range(len(rows))], rows)
    axes.tick_params(length=0)
    axes.set_title(f"Lägesbild sociala risker {report.year}")
    for spine in axes.spines.values():
        spine.set_visible(False)
    return _png(figure)


def open_chart(report: YearReport) -> bytes | None:
    """How many follow-ups stood open after each meeting of the year; None without meetings."""
    if not report.open_over_time:
        return None
    plt = _pyplot()
    days: list[dt.date] = [d for d, _ in report.open_over_time]
    counts = [n for _, n in report.open_over_time]
    figure, axes = plt.subplots(figsize=(6, 2.8))
    axes.plot(days, counts, marker="o", color="#1f5f99")
    for day, n in zip(days, counts, strict=True):
        axes.annotate(str(n), (day, n), textcoords="offset points", xytext=(0, 6), ha="center")
    axes.set_ylim(0, max(counts) + 2)
    axes.set_ylabel("öppna uppföljningar")
    axes.set_title(f"Öppna uppföljningar efter varje möte {report.year}")
    axes.set_xticks(days, [d.isoformat() for d in days])
    axes.grid(axis="y", alpha=0.3)
    return _png(figure)
