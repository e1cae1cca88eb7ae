"""A key press in the meetings list, timed from the key's arrival until the screen shows the next meeting."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path


async def measure(root: Path, presses: int) -> list[float]:
    """Milliseconds for each of `presses` presses of down (ten down, ten up, …) in the app's meetings list."""
    from textual import events
    from textual.widgets import OptionList

    from brå_tui.tui.app import BraApp
    from brå_tui.tui.screens.meetings import MeetingsScreen

    app = BraApp(root)
    drawn = asyncio.Event()
    target: list[str | None] = [None]

    def displayed() -> None:
        # Done when a frame has been drawn after the screen took up the newly highlighted meeting.
        screen = app.screen
        if isinstance(screen, MeetingsScreen) and screen.selected_meeting == target[0]:
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
        listing = app.screen.query_one("#meeting-list", OptionList)
        listing.focus()
        await pilot.pause()
        driver = app._driver
        assert driver is not None
        for n in range(presses):
            key, step = ("down", 1) if (n // 10) % 2 == 0 else ("up", -1)
            await pilot.pause()
            option = listing.get_option_at_index((listing.highlighted or 0) + step)
            target[0] = (option.id or "").partition(":")[2]
            drawn.clear()
            # The key goes in as the terminal driver delivers it; pilot.press would add idle waits of its own.
            event = events.Key(key, None)
            event.set_sender(app)
            start = time.perf_counter()
            driver.send_message(event)
            await asyncio.wait_for(drawn.wait(), 10)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    """python -m bench.keypress STORE PRESSES: print the times as JSON."""
    root, presses = Path(sys.argv[1]), int(sys.argv[2])
    print(json.dumps(asyncio.run(measure(root, presses))))


if __name__ == "__main__":
    main()
