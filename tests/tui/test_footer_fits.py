"""Every footer shows whole keys only, by one rule on every screen (widgets/footer.py, the README's "Appen")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import DataTable, Footer, Header, Input, OptionList
from textual.widgets._footer import FooterKey

from brå_tui.tui.app import BraApp
from brå_tui.tui.widgets.footer import ALWAYS, BACK, ELSEWHERE, LAST, SCREEN, WIDGET, BraFooter, arrange, key_width

from .helpers import running, settle, until

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
    always = always_shown()
    assert always == ["?", "q"]
    for label in wide:  # ? and q stay wherever they work, also at 80 columns
        if label.split(" ")[0] in always:
            assert label in narrow, (path, label, narrow)
    if path in ((), ("e",)):
        assert "? Hjälp" in narrow and "q Avsluta" in narrow
    if path == ():  # Möten: every key, the other screens' and ctrl+p too, on two lines
        assert narrow == wide, (narrow, wide)
        assert any("1–7" in label for label in wide), wide


async def test_the_footer_follows_a_resize(seed_store: Path) -> None:
    async with running(seed_store, size=(160, 24)) as (app, pilot):
        wide = whole(*footer_keys(app))
        assert app.screen.query_one(Footer).region.height == 1
        await pilot.resize_terminal(60, 24)
        await settle(pilot)
        narrow = whole(*footer_keys(app))
        assert len(narrow) < len(wide)
        assert app.screen.query_one(Footer).region.height == 2


@pytest.mark.parametrize(("widths", "groups", "room", "lines"), [
    # all on one line when they fit (the last key's margin may fall outside), in the groups' order
    ([5, 5, 5], [LAST, WIDGET, ALWAYS], 14, [[1, 2, 0]]),
    # a second line rather than leave a key out; split after the screen's own keys when both parts fit
    ([6, 6, 6, 6], [WIDGET, SCREEN, ALWAYS, LAST], 15, [[0, 1], [2, 3]]),
    # otherwise the keys run on
    ([8, 8, 8, 8, 4], [WIDGET, SCREEN, SCREEN, ALWAYS, LAST], 20, [[0, 1], [2, 3, 4]]),
    # two lines too few: ctrl+p first, then the other screens' keys from the last, then the screen's own from the
    # last, Esc after them; ? and q never
    ([6, 6, 6, 6, 6, 6], [SCREEN, ALWAYS, ELSEWHERE, ELSEWHERE, ELSEWHERE, LAST], 11, [[0, 1], [2, 3]]),
    ([6, 6, 6, 6, 6], [SCREEN, SCREEN, SCREEN, BACK, ALWAYS], 11, [[0, 1], [3, 4]]),
    ([6, 6, 6], [SCREEN, BACK, ALWAYS], 6, [[1], [2]]),
    ([6, 6, 6, 6], [SCREEN, BACK, ALWAYS, ALWAYS], 6, [[2], [3]]),
])
def test_the_footer_arranges_its_keys_by_the_rule(widths: list[int], groups: list[int], room: int,
                                                  lines: list[list[int]]) -> None:
    assert arrange(widths, groups, room) == lines


def always_shown() -> list[str]:
    """The keys the README says the footer always keeps, as the footer shows them ('?', 'q')."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"skärmar från den sista, sist skärmens egna från den sista och `Esc` efter dem; (.+?) står"
                         r"\s+alltid\s+kvar där\s+de\s+fungerar", text, re.DOTALL)
    assert sentence, "the README names the keys the footer always keeps"
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
    return {key.label for key in footer._keys() if key.enabled and key.own}


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("path", [*PATHS, ("r", "left")], ids=lambda path: " ".join(path) or "Möten")
async def test_the_footer_shows_every_key_of_the_screen(seed_store: Path, path: tuple[str, ...], width: int) -> None:
    """At 60 and 80 columns no key of the screen or the focused widget is left out: a second line takes what does
    not fit on one, in the rule's order (groups one after the other); ← and → in Lägesbild are shown while there are
    periods to move to."""
    async with running(seed_store, *path, size=(width, 24)) as (app, _pilot):
        footer, keys = footer_keys(app)
        shown = whole(footer, keys)
        wanted = own_keys(app)
        assert wanted and wanted <= set(shown), (wanted - set(shown), shown)
        lines = {key.region.y for key in keys}
        every = list(footer._keys())
        if sum(key_width(key.display, key.description) for key in every) - 1 > width:
            assert len(lines) == 2, (lines, shown)
        assert footer.region.height == (2 if footer.has_class("-two-lines") else 1), (footer.region, shown)
        group_of = {key.label: key.group for key in every}
        in_order = [group_of[label] for label in shown]
        assert in_order == sorted(in_order), shown
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


# Every screen and dialog, each reached from Möten in a freshly started app: Möten's list and tabs, Lägesbild (and
# an earlier period), Åtgärdslogg (and its field), Ansvarig, Sök, Kallelse, Exportera, Historik, Importera's file
# dialog, Redigera's tab row, a field, a list, Lägesbild's levels, a form, a question, and the help.
RULE_PATHS = [(), ("tab",), ("r",), ("r", "left"), ("l",), ("l", "f"), ("o",), ("slash",), ("k",), ("x",), ("h",),
              ("i",), ("e",), ("e", "down"), ("e", "ctrl+n", "ctrl+n"), ("e", "4", "down", "down", "down"),
              ("e", "ctrl+n", "ctrl+n", "down", "enter"), ("e", "ctrl+n", "ctrl+n", "d"), ("question_mark",)]
SIZES = [(80, 24), (60, 20), (40, 20)]
# Möten's footer, line by line, at each width: its own keys, ? and q, the keys to other screens, ctrl+p.
MEETINGS = {
    80: ["↑ ↓ Möte ← → Flik 1–7 Flik e Redigera x Exportera n Nytt k Kallelse h Historik",
         "i Importera ? Hjälp q Avsluta r Lägesbild l Logg o Ansvarig / Sök ctrl+p Hitta"],
    60: ["↑ ↓ Möte ← → Flik 1–7 Flik e Redigera x Exportera n Nytt",
         "k Kallelse h Historik i Importera ? Hjälp q Avsluta"],
    40: ["↑ ↓ Möte ← → Flik 1–7 Flik e Redigera", "x Exportera n Nytt ? Hjälp q Avsluta"],
}


def rendered_footer(app: BraApp) -> list[str]:
    """The footer's lines as the terminal shows them (the compositor's strips), trailing blanks trimmed."""
    footer = app.screen.query_one(Footer)
    strips = app.screen._compositor.render_strips()
    region = footer.region
    return [strips[y].text[region.x:region.right].rstrip() for y in range(region.y, region.bottom)]


def laid_out(app: BraApp) -> list[str]:
    """The footer's lines as its keys are placed: each key's label, left to right, line by line."""
    footer = app.screen.query_one(Footer)
    keys = sorted(footer.query(FooterKey), key=lambda key: (key.region.y, key.region.x))
    return [" ".join(f"{key.key_display} {key.description}".strip() for key in keys if key.region.y == y)
            for y in range(footer.region.y, footer.region.bottom)]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("path", RULE_PATHS, ids=lambda path: " ".join(path) or "Möten")
async def test_every_footer_follows_the_one_rule(seed_store: Path, path: tuple[str, ...],
                                                 size: tuple[int, int]) -> None:
    """On every screen and dialog at 80×24, 60×20 and 40×20 the footer shows, whole, the keys in the rule's order
    (the screen's own, Esc last of them, then ? and q, the keys to other screens, ctrl+p); at 80 columns all of
    them, on two lines if need be; keys are left out only from the end of that order (? and q never), and only
    when the footer has two lines."""
    width = size[0]
    async with running(seed_store, *path, size=size) as (app, pilot):
        # the footer is laid out again after the screen's (a dialog's over a screen beneath): wait for the terminal
        # to show what the keys' places say
        assert await until(pilot, lambda: rendered_footer(app) == laid_out(app)), (rendered_footer(app),
                                                                                    laid_out(app))
        lines = rendered_footer(app)
        assert all(len(line) <= width for line in lines)
        assert not any("^" in line for line in lines), lines
        footer = app.screen.query_one(BraFooter)
        every = list(footer._keys())
        shown = [label for line in laid_out(app) for label in [*_labels(line, every)]]
        group_of = {key.label: key.group for key in every}
        assert [group_of[label] for label in shown] == sorted(group_of[label] for label in shown), shown
        left_out = [key.label for key in every if key.label not in shown]
        for key in every:
            if key.group == ALWAYS:
                assert key.label in shown, (key.label, lines)
        if width == 80:
            assert not left_out, (left_out, lines)
        if left_out:
            assert len(lines) == 2, lines
            order = sorted(range(len(every)), key=lambda i: (every[i].group, i))
            drop = [every[i].label for i in reversed(order) if every[i].group not in (ALWAYS, BACK)] + \
                [every[i].label for i in order if every[i].group == BACK]
            assert set(drop[:len(left_out)]) == set(left_out), (left_out, drop)
        if path == ():
            assert lines == MEETINGS[width], lines


def _labels(line: str, keys: list[object]) -> list[str]:
    """The labels of a footer line, in order, matched against the keys the footer may show."""
    labels = sorted({key.label for key in keys}, key=len, reverse=True)  # type: ignore[attr-defined]
    found: list[str] = []
    rest = line
    while rest:
        label = next((label for label in labels if rest == label or rest.startswith(f"{label} ")), None)
        assert label is not None, (rest, line)
        found.append(label)
        rest = rest[len(label):].lstrip(" ")
    return found
