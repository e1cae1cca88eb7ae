"""Run a whole process and measure it: wall time, and peak memory as the operating system counts it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """One finished process: seconds from start to exit, peak resident memory in MiB, exit status."""

    seconds: float
    peak_mib: float
    status: int
    output: bytes
    errors: bytes = b""


def run_plain(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run cmd with standard output to a pipe (read whole), as a script would."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=cwd)
    chunks = []
    assert proc.stdout is not None and proc.stderr is not None
    while data := proc.stdout.read(1 << 16):
        chunks.append(data)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, b"".join(chunks), err)


def run_in_terminal(cmd: list[str], env: dict[str, str] | None = None, size: tuple[int, int] = (80, 24),
                    timeout: float = 120.0) -> Run:
    """Run cmd in a fresh pseudo-terminal of the given size, reading everything it draws until it exits."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    chunks = []
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                data = os.read(master, 1 << 16)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        else:
            proc.kill()
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        os.close(master)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, b"".join(chunks))
