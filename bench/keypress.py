"""A key press in the meetings list, or between the areas of Lägesbild, timed from the key's arrival until the screen
shows the next meeting or what acts on the next area."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path


async def measure(root: Path, presses: int, where: str = "list") -> list[float]:
    """Milliseconds for each of `presses` presses of down (ten down, ten up, …) in the app's meetings list, or with
    where="risk", in the areas of Lägesbild (down to the last area, then up to the first, and so on)."""
    from textual import events
    from textual.widgets import OptionList

    from brå_tui.tui.app import BraApp
    from brå_tui.tui.screens.meetings import MeetingsScreen
    from brå_tui.tui.screens.risk import RiskScreen

    app = BraApp(root)
    drawn = asyncio.Event()
    target: list[str | None] = [None]

    def displayed() -> None:
        # Done when a frame has been drawn after the screen took up the newly highlighted meeting, or showed what acts
        # on the newly highlighted area.
        screen = app.screen
        if ((isinstance(screen, MeetingsScreen) and screen.selected_meeting == target[0])
                or (isinstance(screen, RiskScreen) and showing(screen, f"Uppföljningar – {target[0]}"))):
            drawn.set()

    app.post_display_hook = displayed  # type: ignore[method-assign]
    times: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        deadline = time.perf_counter() + 600
        while app.store is None and time.perf_counter() < deadline:
            await pilot.pause(0.05)
        if app.store is None:
            raise SystemExit("the store was never read")
        await pilot.pause()
        if where == "risk":
            await pilot.press("r")
            await pilot.pause()
            listing = app.screen.query_one("#areas", OptionList)
        else:
            listing = app.screen.query_one("#meeting-list", OptionList)
        listing.focus()
        await pilot.pause()
        driver = app._driver
        assert driver is not None
        step = 1
        for n in range(presses):
            if where == "risk":  # back and forth over every area
                at = listing.highlighted or 0
                step = -1 if at + step >= listing.option_count or at + step < 0 else step
            else:
                step = 1 if (n // 10) % 2 == 0 else -1
            key = "down" if step == 1 else "up"
            await pilot.pause()
            option = listing.get_option_at_index((listing.highlighted or 0) + step)
            target[0] = (option.id or "") if where == "risk" else (option.id or "").partition(":")[2]
            drawn.clear()
            # The key goes in as the terminal driver delivers it; pilot.press would add idle waits of its own.
            event = events.Key(key, None)
            event.set_sender(app)
            start = time.perf_counter()
            driver.send_message(event)
            await asyncio.wait_for(drawn.wait(), 60)
            times.append((time.perf_counter() - start) * 1000)
    return times


def showing(screen: object, heading: str) -> bool:
    """Whether Lägesbild's panel for the highlighted area shows this heading."""
    from rich.console import Group
    from rich.text import Text
    from textual.css.query import NoMatches

    try:
        content = screen.query_one("#linked").content  # type: ignore[attr-defined]
    except NoMatches:
        return False
    parts = content.renderables if isinstance(content, Group) else [content]
    return any(isinstance(part, Text) and part.plain == heading for part in parts)


def main() -> None:
    """python -m bench.keypress STORE PRESSES [list|risk]: print the times as JSON."""
    root, presses = Path(sys.argv[1]), int(sys.argv[2])
    where = sys.argv[3] if len(sys.argv) > 3 else "list"
    print(json.dumps(asyncio.run(measure(root, presses, where))))


if __name__ == "__main__":
    main()
