"""A row of tabs too wide for its terminal takes more rows, so that every label is always shown whole.

Textual's tab row is one line that scrolls sideways to the active tab and stops at the edge ("Översikt Närvarande
Ärenden Lägesbild Uppfölj"), hiding tabs and cutting labels inside a word. fit_rows(tabs) lays the tabs out in as
few rows as their width allows: one row as Textual draws it when all of them fit, else a grid of columns, each as wide
as its widest label (seven tabs at 46 columns: four, then three), with a line under the rows in place of the
underline bar; the active tab is then marked by its text style (app.tcss). Until a row has been fitted to its width
it shows no labels at all, so no frame ever shows one cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.widgets import Tab, Tabs

ROWS_CLASS = "-rows"  # set while the tabs take more than one row
FITTED_CLASS = "-fitted"  # set once the tabs have been laid out for their width


def columns_that_fit(widths: Sequence[int], room: int) -> int:
    """How many tabs go side by side in a grid of columns each as wide as its widest tab (widths in cells, in
    order), at most room cells wide in all: all of them when they fit, else as few rows as fit, filled evenly (seven
    tabs in two rows: four and three, not five and two); at least one."""
    for columns in range(len(widths), 1, -1):
        if sum(max(widths[start::columns]) for start in range(columns)) <= room:
            rows = -(-len(widths) // columns)
            return -(-len(widths) // rows)
    return 1


def fit_rows(tabs: Tabs) -> None:
    """Lay tabs out for the width they have now (after a layout; follow_width calls it)."""
    if not tabs.is_attached or tabs.size.width <= 0:
        return
    shown = [tab for tab in tabs.query(Tab) if tab.display]
    if not shown:
        return
    widths = [cell_len(str(tab.label_text)) + tab.styles.gutter.width for tab in shown]
    columns = columns_that_fit(widths, tabs.size.width)
    rows = -(-len(shown) // columns)
    tabs_list = tabs.query_one("#tabs-list")
    if rows == 1:
        tabs.remove_class(ROWS_CLASS)
        tabs.styles.clear_rule("height")
        tabs_list.styles.clear_rule("grid_size_columns")
    else:
        tabs.add_class(ROWS_CLASS)
        tabs.styles.height = rows + 1  # and the line under them
        tabs_list.styles.grid_size_columns = columns
    tabs.add_class(FITTED_CLASS)


def follow_width(tabs: Tabs) -> None:
    """Lay tabs out again whenever their width changes, or they are shown after being hidden (call once, mounted)."""
    scroll = tabs.query_one("#tabs-scroll")

    def changed() -> None:
        fit_rows(tabs)  # now, if the width is known already: the screen may be covered by a dialog before it repaints
        tabs.call_after_refresh(fit_rows, tabs)

    tabs.watch(scroll, "virtual_size", changed, init=False)  # follows the width, also once shown again
    changed()
