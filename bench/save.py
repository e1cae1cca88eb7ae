"""Change one field of the latest meeting and save it, timed (run as a script)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def measure(root: Path, runs: int) -> list[float]:
    """Milliseconds for each of `runs` saves: open the file for editing, change the place, save."""
    from brå_tui.store.paths import meeting_files
    from brå_tui.store.read import read_meeting
    from brå_tui.store.save import MeetingDocument

    path = meeting_files(root)[-1]
    meeting, _ = read_meeting(path)
    assert meeting is not None, f"{path} does not read"
    original = meeting.place
    times = []
    for n in range(runs):
        meeting.place = f"Sessionssalen {n}"
        start = time.perf_counter()
        document = MeetingDocument.open(path)
        document.apply(meeting)
        document.save()
        times.append((time.perf_counter() - start) * 1000)
    meeting.place = original
    document = MeetingDocument.open(path)
    document.apply(meeting)
    document.save()
    return times


def main() -> None:
    """python -m bench.save STORE RUNS: print the times as JSON."""
    print(json.dumps(measure(Path(sys.argv[1]), int(sys.argv[2]))))


if __name__ == "__main__":
    main()
