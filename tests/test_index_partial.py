"""The commands that need only part of the store ask the index for it: none of them builds the whole store,
and each answers as before."""

from __future__ import annotations

from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from brå_tui.store import read
from brå_tui.store.index import Index
from tests.mail.conftest import configure_mail, free_port

Bra = Callable[..., tuple[int, str, str]]


@pytest.fixture
def no_whole_store(monkeypatch: pytest.MonkeyPatch) -> None:
    def whole_store(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole store was built")

    monkeypatch.setattr(Index, "store", whole_store)
    monkeypatch.setattr(read, "load_store", whole_store)


@pytest.mark.usefixtures("seed_day")
def test_status_new_kallelse_and_remind_ask_the_index(bra: Bra, seed_store: Path, tmp_path: Path,
                                                      no_whole_store: None) -> None:
    status, out, err = bra("status", "--json")
    assert status == 0, err
    assert '"kameraovervakning"' in out
    status, out, err = bra("kallelse", "2025-02-14", "-f", "md")
    assert status == 0, err
    assert "Uppföljning av punkter från föregående" in out and "Kartläggning av kunskapsläget" in out
    configure_mail(seed_store, free_port())
    status, _, err = bra("remind", "--dry-run", str(tmp_path / "mail"))
    assert status == 0, err
    messages = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in (tmp_path / "mail").iterdir()]
    assert any("Kartläggning av kunskapsläget" in m.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
               for m in messages)
    status, out, err = bra("new")
    assert status == 0, err
    assert out.strip().endswith("2025-02-14.toml")
    assert "Visenten, Stadshuset" in Path(out.strip()).read_text(encoding="utf-8")
