"""The harness never skips silently in CI, and it finds the programs that are installed."""

from __future__ import annotations

import shutil

import pytest

MISSING = "bra-test-no-such-program"


def test_missing_program_skips_locally(require_program, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=MISSING):
        require_program(MISSING)


def test_missing_program_fails_in_ci(require_program, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="do not skip silently in CI"):
        require_program(MISSING)


def test_installed_program_is_found(require_program) -> None:
    assert require_program("sh") == shutil.which("sh")
