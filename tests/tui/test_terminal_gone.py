"""A terminal that is gone (a real pty whose other end closed) is noticed by the driver's output and never blocks it."""

from __future__ import annotations

import os

from brå_tui.tui.terminal import TerminalOutput


def test_output_to_a_hung_up_terminal_is_dropped_and_reported_once() -> None:
    master, slave = os.openpty()
    stream = open(slave, "w", encoding="utf-8", closefd=True)
    reports: list[str] = []
    output = TerminalOutput(stream, lambda: reports.append("borta"))
    output.write("synlig\n")
    output.flush()
    assert os.read(master, 100) == b"synlig\r\n"
    assert os.isatty(slave)
    os.close(master)  # the terminal goes away: the kernel hangs the pty up
    for _ in range(100):  # far more than fits in any buffer
        assert output.write("x" * 4096) == 4096
        output.flush()
    assert reports == ["borta"] and output.broken
    assert not os.isatty(slave), "a hung-up terminal is no terminal any more (what the driver's watch relies on)"
    try:
        stream.close()
    except OSError:
        pass
