"""Reading many meeting files at once: on two cores, with a forked helper, when that is safe."""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brå_tui.model import Finding, Meeting
from brå_tui.store.compact import DISPATCH, without_gc

PARALLEL_MIN = 64  # files to read before a second core is worth a fork


def read_all(paths: list[Path], on_read: Callable[[], None]) -> list[tuple[Meeting | None, list[Finding]]]:
    """Read many meeting files; with many, on two cores at once (a forked child helps), when that is safe."""
    from brå_tui.store.read import read_meeting

    parallel = (len(paths) >= PARALLEL_MIN and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2
                and threading.current_thread() is threading.main_thread() and threading.active_count() == 1)
    if not parallel:
        results = []
        for path in paths:
            results.append(read_meeting(path))
            on_read()
        return results
    # The child reads from the front and the parent from the back, each publishing how far it has
    # come in shared memory, until they meet; whoever is faster does more. What the child read is
    # checked afterwards, and anything not covered is read here, so a race can cost time, not files.
    count = len(paths)
    shared = mmap.mmap(-1, 16)
    struct.pack_into("qq", shared, 0, 0, count)
    reader, writer = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(reader)
            theirs: list[tuple[Meeting | None, list[Finding]]] = []
            while len(theirs) < struct.unpack_from("q", shared, 8)[0]:
                struct.pack_into("q", shared, 0, len(theirs) + 1)
                theirs.append(read_meeting(paths[len(theirs)]))
            with os.fdopen(writer, "wb") as out:
                pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = DISPATCH
                pickler.dump(theirs)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    own: list[tuple[Meeting | None, list[Finding]]] = []
    back = count
    while back - 1 >= struct.unpack_from("q", shared, 0)[0]:
        back -= 1
        struct.pack_into("q", shared, 8, back)
        own.append(read_meeting(paths[back]))
    own.reverse()
    received: Any = None
    with os.fdopen(reader, "rb") as incoming:
        try:
            received = without_gc(lambda: pickle.load(incoming))
        except Exception:
            received = None
    _, status = os.waitpid(pid, 0)
    shared.close()
    if status != 0 or not isinstance(received, list):
        received = []  # the child failed: read its part here
    received = received[:back]
    received += [read_meeting(p) for p in paths[len(received):back]]
    for _ in paths:
        on_read()
    return [*received, *own]
