"""The floor for the app's start and memory: a bare Textual app that exits as soon as its screen is ready."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    """Header, one static, footer; nothing else."""

    def compose(self) -> ComposeResult:
        """The three widgets."""
        yield Header()
        yield Static("Lokala Brå")
        yield Footer()

    def on_mount(self) -> None:
        """Exit once the first screen has been drawn."""
        self.call_after_refresh(self.exit)


if __name__ == "__main__":
    BareApp().run()
