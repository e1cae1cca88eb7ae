"""The property tests' profile follows the environment: fewer examples and a fixed seed under CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHOW = ("import tests.conftest; from hypothesis import settings; d = settings.default; "
        "print(d.max_examples, d.derandomize, d.deadline)")


def _chosen(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    return subprocess.run([sys.executable, "-c", SHOW], cwd=REPO, env={**clean, **env}, check=True,
                          capture_output=True, text=True).stdout.strip()


@pytest.mark.parametrize(("env", "shown"), [
    ({}, "100 False None"),
    ({"CI": "true"}, "25 True None"),
    ({"HYPOTHESIS_PROFILE": "thorough"}, "1000 False None"),
])
def test_the_profile_follows_the_environment(env: dict[str, str], shown: str) -> None:
    """CI=true chooses the ci profile; HYPOTHESIS_PROFILE chooses any other; at a desk it is dev."""
    assert _chosen(**env) == shown
