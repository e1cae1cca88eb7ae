"""How each risk level looks: a Swedish word, a glyph and a colour, so colour is never alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the words alone are read without Rich (a report to a pipe)
    from rich.text import Text


@dataclass(frozen=True)
class LevelStyle:
    """The look of one risk level."""

    word: str      # what the level means (green has no meaning in the notes, so its colour); no two start alike
    colour: str    # the colour's Swedish name, for the legend
    glyph: str     # a mark of fixed width that reads without colour
    style: str     # the Rich style of the cell


LEVELS: dict[str, LevelStyle] = {
    "red": LevelStyle("Omfattande", "röd", "●●●", "bold red"),
    "yellow": LevelStyle("Återkommande", "gul", "●● ", "bold yellow"),
    "green": LevelStyle("Grön", "grön", "●  ", "green"),
}
NOT_REPORTED = LevelStyle("Ej rapporterad", "ingen", "–  ", "dim")
UNKNOWN_STYLE = "italic"

TRENDS: dict[str, tuple[str, str]] = {
    "stigande": ("↑", "bold red"),
    "sjunkande": ("↓", "green"),
    "oförändrad": ("→", ""),
    "okänd": ("?", "dim"),
}


def level_style(level: str | None) -> LevelStyle:
    """The look of a level (red, yellow, green); an unknown or missing level looks 'not reported'."""
    if level is None:
        return NOT_REPORTED
    return LEVELS.get(level, LevelStyle(level, level, "?  ", UNKNOWN_STYLE))


def level_words(level: str | None, stacked: bool = False) -> str:
    """A level as glyph and word ('●●● Omfattande'), '–' when not reported; stacked puts the word under the glyph."""
    look = level_style(level)
    if level is None:
        return look.glyph.strip()
    return f"{look.glyph.rstrip()}\n{look.word}" if stacked else f"{look.glyph} {look.word}"


def level_text(level: str | None, stacked: bool = False) -> Text:
    """A level as glyph and word in its colour (level_words); stacked puts the word under the glyph."""
    from rich.text import Text

    return Text(level_words(level, stacked), style=level_style(level).style)


def level_meaning(level: str, meanings: dict[str, str]) -> str:
    """What the council says a level means ('omfattande'), or the level's own word."""
    return meanings.get(level) or level_style(level).word.lower()


def marked_words(meanings: dict[str, str], joined: str = "eller") -> str:
    """The two levels that call for action, in the council's words: 'omfattande eller återkommande'."""
    return f"{level_meaning('red', meanings)} {joined} {level_meaning('yellow', meanings)}"


def trend_words(trend: str) -> str:
    """A trend as arrow and word: '↑ stigande'; an old one (RiskMatrix.trend: 'senast 2024') without an arrow, as
    no current direction."""
    if trend.startswith("senast "):
        return trend
    return f"{TRENDS.get(trend, ('?', ''))[0]} {trend}"


def trend_text(trend: str) -> Text:
    """A trend as arrow and word in its colour (trend_words); an old one dim."""
    from rich.text import Text

    style = "dim italic" if trend.startswith("senast ") else TRENDS.get(trend, ("?", "dim"))[1]
    return Text(trend_words(trend), style=style)
