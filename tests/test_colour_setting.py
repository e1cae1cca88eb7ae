"""NO_COLOR by its convention (https://no-color.org): only a non-empty value turns colour off."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from brå_tui.cli import common


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("value", "coloured"), [(None, True), ("", True), ("1", False), ("0", False)])
def test_cli_console_follows_no_color(monkeypatch: pytest.MonkeyPatch, value: str | None, coloured: bool) -> None:
    monkeypatch.setattr("sys.stdout", _Tty())
    if value is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", value)
    assert common.console().no_color is not coloured


@pytest.mark.parametrize(("value", "coloured"), [("", True), ("1", False)])
def test_app_follows_no_color(monkeypatch: pytest.MonkeyPatch, seed_store: Path, value: str,
                                    coloured: bool) -> None:
    from brå_tui.tui.app import BraApp

    monkeypatch.setenv("NO_COLOR", value)
    app = BraApp(seed_store)
    assert app.no_color is not coloured
