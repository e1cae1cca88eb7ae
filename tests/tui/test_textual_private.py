"""The places where bra leans on Textual's insides, held to what they rely on.

A new Textual release that changes any of them fails here, by name, before a user meets it:
- `App._filters`, the list of line filters Textual applies to every line; NO_COLOR puts a Monochrome
  filter there, which `use_no_color` replaces with one that drops every colour.
- the key routing the type-ahead app relies on: every key from the terminal reaches `App.on_event`
  not yet forwarded; `App.on_event` hands it to the focused widget (or the screen); a widget's
  `call_later` answers False once its message queue is closed.
- the Linux driver's job control: SIGCONT calls `_sigcont_application` (registered as a bound method, so a
  subclass's override is the one called), and `_must_signal_resume` is true only after a suspend (ctrl+z);
  the driver of terminal.py resumes application mode only then.
- the parser's table of key sequences, which typeahead.py stops reading ESC and a digit as a Mac's Option
  character (held in tests/tui/test_escape_then_letter.py).
- the Linux driver's output stream `_file` (wrapped by terminal.py), the private SelectOverlay and the merging
  of a class's bindings (swedish.py), and the footer's FooterKey and `_bindings_ready` (widgets/footer.py).
"""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.filter import Monochrome
from textual.widgets import Input, Static

from brå_tui.tui.no_color import NoColor, use_no_color


def test_no_color_puts_a_monochrome_filter_in_app_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR, App._filters is a list holding Textual's Monochrome, and the colourless one replaces it."""
    monkeypatch.setenv("NO_COLOR", "1")
    app: App[None] = App()
    assert isinstance(app._filters, list)
    assert any(isinstance(f, Monochrome) for f in app._filters)
    use_no_color(app)
    kinds = [type(f) for f in app.get_line_filters()]
    assert NoColor in kinds and Monochrome not in kinds


class _Recording(App[None]):
    """Records the keys App.on_event sees, and passes them on as Textual does."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, bool]] = []

    def compose(self) -> ComposeResult:
        yield Input(id="field")
        yield Static("below", id="below")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.seen.append((event.key, event.is_forwarded))
        await super().on_event(event)


async def test_keys_reach_app_on_event_first_and_then_the_focused_widget() -> None:
    """A typed key comes to App.on_event unforwarded, and from there to the focused field."""
    app = _Recording()
    async with app.run_test(size=(40, 6)) as pilot:
        field = app.query_one("#field", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("h", "i")
        await pilot.pause()
        assert ("h", False) in app.seen and ("i", False) in app.seen
        assert field.value == "hi"


async def test_call_later_says_no_once_a_widget_is_gone() -> None:
    """A removed widget's call_later answers False (the type-ahead then follows the key up without it)."""
    app = _Recording()
    async with app.run_test(size=(40, 6)) as pilot:
        below = app.query_one("#below", Static)
        assert below.call_later(lambda: None) is True
        await below.remove()
        await pilot.pause()
        assert below.call_later(lambda: None) is False


def test_the_linux_driver_resumes_on_sigcont_through_a_method_a_subclass_can_override() -> None:
    """SIGCONT's handler is the driver's bound `_sigcont_application`; `_must_signal_resume` starts false and only
    a suspend (SIGTSTP's handler) sets it."""
    import inspect

    from textual.drivers.linux_driver import LinuxDriver

    from brå_tui.tui.terminal import HangupDriver

    init, tstp = inspect.getsource(LinuxDriver.__init__), inspect.getsource(LinuxDriver._sigtstp_application)
    assert "signal.signal(signal.SIGCONT, self._sigcont_application)" in init
    assert "self._must_signal_resume = False" in init and "self._must_signal_resume = True" in tstp
    assert "_must_signal_resume" in inspect.getsource(HangupDriver._sigcont_application)


def test_the_footer_parts_bra_footer_builds_on() -> None:
    """BraFooter composes Textual's FooterKey(key, key_display, description, action, disabled=, tooltip=) itself,
    and waits for Footer._bindings_ready as Textual's Footer.compose does."""
    import inspect

    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    parameters = list(inspect.signature(FooterKey).parameters)
    assert parameters[:4] == ["key", "key_display", "description", "action"]
    assert {"disabled", "tooltip"} <= set(parameters)
    assert "_bindings_ready" in vars(Footer)


def test_the_parts_swedish_and_terminal_build_on() -> None:
    """swedish.py translates the keys of Textual's private SelectOverlay and re-merges a class's bindings through
    `_merge_bindings` into `_merged_bindings`; terminal.py wraps the Linux driver's output stream `_file`,
    which the driver sets in its constructor and hands to its writer thread."""
    import inspect

    from textual.dom import DOMNode
    from textual.drivers.linux_driver import LinuxDriver
    from textual.widgets._select import SelectOverlay

    assert SelectOverlay.BINDINGS, "the overlay still has keys of its own"
    assert "_merged_bindings" in DOMNode.__dict__ and callable(getattr(DOMNode, "_merge_bindings", None))
    merged = SelectOverlay._merge_bindings()
    assert {b.key for b in SelectOverlay.BINDINGS if not isinstance(b, tuple)} <= set(merged.key_to_bindings)
    source = inspect.getsource(LinuxDriver)
    assert "self._file = sys.__stderr__" in source and "WriterThread(self._file)" in source
