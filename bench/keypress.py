"""A key press in the meetings list, timed from the press until the screen has been redrawn (run as a script)."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path


async def measure(root: Path, presses: int) -> list[float]:
    """Milliseconds for each of `presses` presses of down (then up) in the app's meetings list."""
    from textual.widgets import OptionList

    from brå_tui.tui.app import BraApp

    app = BraApp(root)
    drawn = asyncio.Event()

    def displayed() -> None:
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
        listing = app.screen.query_one(OptionList)
        listing.focus()
        await pilot.pause()
        for n in range(presses):
            key = "down" if (n // 10) % 2 == 0 else "up"
            before = listing.highlighted
            drawn.clear()
            start = time.perf_counter()
            await pilot.press(key)
            await asyncio.wait_for(drawn.wait(), 10)
            times.append((time.perf_counter() - start) * 1000)
            if listing.highlighted == before:
                raise SystemExit("the key press did not move the highlight")
    return times


def main() -> None:
    """python -m bench.keypress STORE PRESSES: print the times as JSON."""
    root, presses = Path(sys.argv[1]), int(sys.argv[2])
    print(json.dumps(asyncio.run(measure(root, presses))))


if __name__ == "__main__":
    main()
