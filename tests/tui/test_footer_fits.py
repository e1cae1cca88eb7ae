"""At 80 columns every footer shows whole keys only (the least important left out); wider terminals show more."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import DataTable, Footer, Header, Input, OptionList
from textual.widgets._footer import FooterKey

from brå_tui.tui.app import BraApp
from brå_tui.tui.widgets.footer import (
    ELSEWHERE,
    GENERAL,
    OWN,
    SCREEN,
    SPARE,
    WIDGET,
    BraFooter,
    fitting,
    key_width,
    two_lines,
)

from .helpers import running, settle

# Ways into every screen with a footer, each pressed from Möten in a freshly started app: the lists and a field
# in Redigera, the follow-up list and its form.
PATHS = [(), ("tab",), ("r",), ("l",), ("o",), ("slash",), ("k",), ("x",), ("h",),
         ("e",), ("e", "down"), ("e", "ctrl+n", "ctrl+n"), ("e", "ctrl+n", "ctrl+n", "down"),
         ("e", "ctrl+n", "ctrl+n", "down", "enter")]


def footer_keys(app: BraApp) -> tuple[Footer, list[FooterKey]]:
    footer = app.screen.query_one(Footer)
    return footer, list(footer.query(FooterKey))


def whole(footer: Footer, keys: list[FooterKey]) -> list[str]:
    """The labels shown, each asserted to lie wholly inside the footer and the terminal."""
    right = min(footer.region.right, footer.app.size.width)
    labels = []
    for key in keys:
        label = f"{key.key_display} {key.description}".strip()
        region = key.region
        assert region.width >= len(label), f"{label!r} cut to {region.width} cells"
        assert region.right <= right, f"{label!r} runs past column {right}"
        labels.append(label)
    return labels


async def _footer(store: Path, path: tuple[str, ...], width: int) -> list[str]:
    """The whole labels of the footer after pressing path from Möten in a freshly started app at width columns."""
    async with running(store, *path, size=(width, 24)) as (app, _pilot):
        return whole(*footer_keys(app))


# One test per way in (rather than one test visiting them all), so that xdist spreads the many app starts over the
# cores.
@pytest.mark.parametrize("path", PATHS, ids=[" ".join(path) or "Möten" for path in PATHS])
async def test_every_footer_at_80_columns_shows_whole_keys_and_wider_shows_more(seed_store: Path,
                                                                               path: tuple[str, ...]) -> None:
    narrow = await _footer(seed_store, path, 80)
    wide = await _footer(seed_store, path, 160)
    assert narrow
    assert set(narrow) <= set(wide)
    essential = essential_keys()
    assert {"?", "Esc", "ctrl+p", "q"} <= set(essential)
    for label in wide:  # the keys the README calls essential stay wherever they work, also at 80 columns
        if label.split(" ")[0] in essential:
            assert label in narrow, (path, label, narrow)
    if path == ():
        assert "ctrl+p Hitta" in narrow and "q Avsluta" in narrow
    if path in ((), ("e",)):
        assert "? Hjälp" in narrow
    if path == ():
        assert len(wide) > len(narrow)
        assert any("1–7" in label for label in wide), wide


async def test_the_footer_follows_a_resize(seed_store: Path) -> None:
    async with running(seed_store, size=(160, 24)) as (app, pilot):
        wide = whole(*footer_keys(app))
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        narrow = whole(*footer_keys(app))
        assert len(narrow) < len(wide)


@pytest.mark.parametrize(("widths", "ranks", "room", "kept"), [
    ([5, 5, 5], [1, 1, 1], 15, [0, 1, 2]),
    ([5, 5, 5], [1, 1, 1], 14, [0, 1]),
    ([5, 9, 3], [2, 1, 1], 12, [1, 2]),   # the less important first key goes, not the last one
    ([5, 9, 3], [0, 1, 1], 9, [0, 2]),    # a narrower key still takes the room a wider one left
])
def test_fitting_keeps_the_most_important_whole_keys(widths: list[int], ranks: list[int], room: int,
                                                     kept: list[int]) -> None:
    assert fitting(widths, ranks, room) == kept


def essential_keys() -> list[str]:
    """The keys the README says the footer always keeps, as the footer shows them ('?', 'Esc', 'ctrl+p', …)."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"de viktigaste står alltid kvar där de\s+fungerar: (.+?)\.\n", text, re.DOTALL)
    assert sentence, "the README names the footer's essential keys"
    return re.findall(r"`([^`]+)`", sentence.group(1))


async def test_the_notice_screen_shows_all_its_keys_at_80_columns(seed_store: Path) -> None:
    """Kallelse: s, p and x are all in the footer at 80 columns (short names; ? gives the long ones)."""
    labels = await _footer(seed_store, ("k",), 80)
    assert {"s Skicka", "p Påminn", "x Spara fil"} <= set(labels), labels


# What a widget's own key sets off on a screen: the event a screen handles, and the key the footer must name for it
# while that widget has focus (Enter chooses in a list or a field; the arrows choose what the screen shows beside).
WIDGET_EVENTS = {"on_option_list_option_selected": (OptionList, "Enter"), "on_input_submitted": (Input, "Enter"),
                 "on_data_table_row_selected": (DataTable, "Enter")}
# Screens whose arrows in a list change what the screen shows elsewhere, beyond the list's own highlight.
ARROWS = {"RiskScreen": "#areas"}


@pytest.mark.parametrize("path", [("r",), ("l",), ("o",), ("slash", *"grann", "enter"), ("h",)],
                         ids=lambda path: path[0])
async def test_the_footer_names_the_keys_the_focused_widget_handles(seed_store: Path, path: tuple[str, ...]) -> None:
    """Wherever a screen acts on Enter in one of its lists or fields, the footer says what Enter does there while
    that widget has focus; Lägesbild's footer names ↑ ↓, which choose the area shown below the matrix."""
    async with running(seed_store, *path) as (app, pilot):
        screen = app.screen
        checked = 0
        for handler, (kind, key) in WIDGET_EVENTS.items():
            if not any(handler in cls.__dict__ for cls in type(screen).__mro__ if cls.__module__.startswith("brå")):
                continue
            for widget in screen.query(kind):
                if not widget.focusable or widget.id is None:
                    continue
                widget.focus()
                await settle(pilot)
                labels = whole(*footer_keys(app))
                shown = any(label.startswith(f"{key} ") for label in labels)
                # over an empty list (Historik outside git) its keys do nothing, and the footer does not offer them
                empty = (isinstance(widget, OptionList) and widget.option_count == 0) or (
                    isinstance(widget, DataTable) and widget.row_count == 0)
                assert shown != empty, (type(screen).__name__, widget, labels)
                checked += 1
        if type(screen).__name__ in ARROWS:
            screen.query_one(ARROWS[type(screen).__name__]).focus()
            await settle(pilot)
            labels = whole(*footer_keys(app))
            assert any(label.startswith("↑ ↓ ") for label in labels), labels
            checked += 1
        assert checked, "nothing on the screen to check"


def own_keys(app: BraApp) -> set[str]:
    """The keys that work on the screen shown and are its own or its focused widget's (not the app's, nor Möten's
    keys to other screens), as the footer shows them."""
    footer = app.screen.query_one(BraFooter)
    return {f"{key.display} {key.description}".strip() for key in footer._keys() if key.enabled and key.rank <= OWN}


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("path", [*PATHS, ("r", "left")], ids=lambda path: " ".join(path) or "Möten")
async def test_the_footer_shows_every_key_of_the_screen(seed_store: Path, path: tuple[str, ...], width: int) -> None:
    """At 60 and 80 columns no key of the screen or the focused widget is left out: a second line takes what does
    not fit beside the essential keys; on two lines each group of keys (the focused widget's, the screen's, the
    essential ones) stays on one line, the widget's and the screen's on the first; ← and → in Lägesbild are shown
    while there are periods to move to."""
    async with running(seed_store, *path, size=(width, 24)) as (app, _pilot):
        footer, keys = footer_keys(app)
        shown = whole(footer, keys)
        wanted = own_keys(app)
        assert wanted and wanted <= set(shown), (wanted - set(shown), shown)
        lines = {key.region.y for key in keys}
        fits = sum(key_width(key.display, key.description) for key in footer._keys() if key.rank <= OWN) <= width
        if not fits:
            assert len(lines) == 2, (lines, shown)
        assert footer.region.height == (2 if footer.has_class("-two-lines") else 1), (footer.region, shown)
        if footer.region.height == 2:
            line_of = {f"{key.key_display} {key.description}".strip(): key.region.y for key in keys}
            groups: dict[int, set[int]] = {}
            for key in footer._keys():
                label = f"{key.display} {key.description}".strip()
                if label in line_of and key.group in (WIDGET, SCREEN, GENERAL):
                    groups.setdefault(key.group, set()).add(line_of[label])
            assert all(len(ys) == 1 for ys in groups.values()), (groups, shown)
            first = footer.region.y
            assert groups.get(WIDGET, {first}) == groups.get(SCREEN, {first}) == {first}, (groups, shown)
        assert footer.region.bottom == app.size.height
        if path[:1] == ("r",):  # the seed's two periods fit at 60 columns too: the arrows would move nothing
            assert not {"← Tidigare", "→ Senare"} & set(shown)


def content(app: BraApp) -> list[object]:
    """Where the screen's content lies: the regions of what is on it other than the header and the footer."""
    return [child.region for child in app.screen.children if not isinstance(child, (Header, Footer))]


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "Möten")
async def test_the_content_stays_put_as_tab_moves_the_focus(seed_store: Path, path: tuple[str, ...],
                                                           width: int) -> None:
    """Tab from widget to widget on a screen (the tab bar, a list, a field) never changes the footer's height, so
    the content above it does not move."""
    async with running(seed_store, *path, size=(width, 24)) as (app, pilot):
        screen = app.screen
        footer = screen.query_one(BraFooter)
        where = (footer.region, content(app))
        visited = {app.focused}
        for _ in range(6):
            await pilot.press("tab")
            await settle(pilot)
            await pilot.pause()
            assert app.screen is screen
            visited.add(app.focused)
            assert (footer.region, content(app)) == where, (app.focused, footer.region, where[0])
        assert len(visited) > 1 or len(screen.focus_chain) <= 1, "Tab moves the focus"


@pytest.mark.parametrize(("widths", "groups", "room", "lines"), [
    # the widget's and the screen's keys on the first line, the essential ones on the second
    ([6, 6, 6, 6], [WIDGET, SCREEN, GENERAL, GENERAL], 20, ([0, 1], [2, 3])),
    # a group that does not fit beside another goes whole to the next line, not split
    ([8, 8, 8, 4], [WIDGET, SCREEN, SCREEN, GENERAL], 20, ([0], [1, 2, 3])),
    # other screens' keys and spare ones where room is left, the second line first
    ([6, 6, 6, 6], [WIDGET, GENERAL, ELSEWHERE, SPARE], 12, ([0, 3], [1, 2])),
    # a group wider than a line is split, key by key
    ([8, 8, 8, 4], [WIDGET, WIDGET, WIDGET, GENERAL], 20, ([0, 1], [2, 3])),
])
def test_two_lines_keep_each_group_together(widths: list[int], groups: list[int], room: int,
                                            lines: tuple[list[int], list[int]]) -> None:
    assert two_lines(widths, groups, room) == lines
