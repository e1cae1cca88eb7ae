"""The terminal driver: a terminal that goes away (ssh drops, tmux is killed) always reaches the app as a hangup.

The kernel sends SIGHUP only to the terminal's session leader and its foreground group, so a `bra` started
by a wrapper in a session of its own, or one that loses the race with a repaint, would otherwise go on
reading a dead terminal in a loop (using a whole CPU) and block once its output queue is full (after
which no signal handler runs). This driver never blocks on a dead terminal and raises SIGHUP itself when
it notices the terminal is gone, so the app's guard keeps the drafts and quits.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from typing import IO, Any

from textual.drivers.linux_driver import LinuxDriver

POLL_SECONDS = 0.25


class TerminalOutput:
    """The stream the driver writes to, which stops writing (and reports it once) when the terminal is gone."""

    def __init__(self, stream: IO[str], gone: Callable[[], None]) -> None:
        self.stream = stream
        self.gone = gone
        self.broken = False

    def _failed(self) -> None:
        if not self.broken:
            self.broken = True
            self.gone()

    def write(self, text: str) -> int:
        """Write text, or drop it once the terminal has gone (a hung-up terminal answers EIO)."""
        if not self.broken:
            try:
                return self.stream.write(text)
            except (OSError, ValueError):
                self._failed()
        return len(text)

    def flush(self) -> None:
        """Flush, or do nothing once the terminal has gone."""
        if not self.broken:
            try:
                self.stream.flush()
            except (OSError, ValueError):
                self._failed()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class HangupDriver(LinuxDriver):
    """Textual's Linux driver, plus: a dead terminal is noticed (by input or output) and becomes SIGHUP."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self._file is not None:  # sys.__stderr__, None only in a process without one
            # Every write and flush of the driver goes through it (it writes like the stream it wraps).
            self._file = TerminalOutput(self._file, self._terminal_gone)  # type: ignore[assignment]
        self._gone = threading.Event()
        self._watching = threading.Event()

    def start_application_mode(self) -> None:
        """Take the terminal, and watch that it stays."""
        super().start_application_mode()
        if self.input_tty and not self._watching.is_set():
            self._watching.set()
            threading.Thread(target=self._watch, name="bra-terminal-watch", daemon=True).start()

    def stop_application_mode(self) -> None:
        """Stop watching (e.g. while $EDITOR has the terminal), then give the terminal back."""
        self._watching.clear()
        super().stop_application_mode()

    def _sigcont_application(self, *args: Any) -> None:
        """Continued after a stop: back into application mode only when a suspend (ctrl+z) left it. A process
        merely stopped and continued (kill -STOP/-CONT, a busy supervisor, a debugger) never left it, and
        entering it again would start a second reader of the terminal that keeps the app from ending."""
        if self._must_signal_resume:
            super()._sigcont_application(*args)

    def _watch(self) -> None:
        # A hung-up terminal answers every ioctl with EIO, so isatty turns False the moment it goes.
        while self._watching.is_set() and not self._gone.is_set():
            if not os.isatty(self.fileno):
                self._terminal_gone()
                return
            self._gone.wait(POLL_SECONDS)

    def _terminal_gone(self) -> None:
        if self._gone.is_set():
            return
        self._gone.set()
        self.exit_event.set()  # the input thread stops reading the dead terminal (it would spin on end-of-file)
        os.kill(os.getpid(), signal.SIGHUP)
