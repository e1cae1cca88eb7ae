"""Rich output that carries no control character from a file: a render hook for every console bra prints with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import Console, ConsoleOptions, RenderHook, RenderResult
from rich.measure import Measurement
from rich.segment import Segment

from brå_tui.text import without_controls


class _ControlsRemoved:
    """A renderable drawn as usual, with control characters taken out of its text (they take no cells)."""

    def __init__(self, renderable: Any) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from _clean(console.render(self.renderable, options))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.renderable)


def _clean(segments: Iterable[Segment]) -> Iterator[Segment]:
    for segment in segments:
        text, style, control = segment
        yield segment if control else Segment(without_controls(text), style)


class ControlsOff(RenderHook):
    """Takes every control character (ESC, C1, …) out of what a console prints; Rich's own styling stays."""

    def process_renderables(self, renderables: list[Any]) -> list[Any]:
        """Wrap each renderable so that its text reaches the terminal without control characters."""
        return [_ControlsRemoved(r) for r in renderables]


def printable_console(**options: Any) -> Console:
    """A Rich console (options as for Console) that never writes a control character taken from a file, and reads
    no text it is given as markup: a place '[bold]B[/bold]' or '[link=…]' in a file is shown as written, never
    obeyed (the views give styles as Text, never in brackets)."""
    console = Console(**{"markup": False, **options})
    console.push_render_hook(ControlsOff())
    return console
