"""How the suite itself runs: tests that share one system install stay on one xdist worker."""

from __future__ import annotations

import os

import pytest


def test_xdist_groups_reach_the_workers(request: pytest.FixtureRequest) -> None:
    """Under -n each worker tags the tests marked xdist_group with their group, so the scheduler keeps a group on
    one worker (without it, every worker runs the system install of its own)."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("runs under pytest -n only")
    assert request.config.getoption("loadgroup") is True


@pytest.mark.xdist_group("suite")
def test_a_grouped_test_carries_its_group(request: pytest.FixtureRequest) -> None:
    """The marked test's id as the worker reports it names the group (what the scheduler groups by)."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("runs under pytest -n only")
    assert request.node.nodeid.endswith("@suite")


def test_long_tests_start_first(request: pytest.FixtureRequest) -> None:
    """The tests marked long come before every other test of the run (tests/conftest.py orders them)."""
    long = [item.get_closest_marker("long") is not None for item in request.session.items]
    assert long == sorted(long, reverse=True)
