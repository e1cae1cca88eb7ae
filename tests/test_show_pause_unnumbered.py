"""A pause written without a number between numbered items ('19.30<TAB>Kaffe' between '4. …' and '5. …') is shown
without one, never with the next item's number."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Run = Callable[..., tuple[int, str, str]]

NOTICE = ("KALLELSE\nTid: 2026-06-04 kl. 18.00–20.00\nPlats: Stadshuset\n\nDagordning\n18.00\t1. Mötets öppnande\n"
          "18.40\t2. Skolavslutningen – planering\n19.30\tKaffe\n19.45\t3. Budget 2027\n")


def test_an_unnumbered_pause_has_no_number(bra: Run, tmp_path: Path) -> None:
    note = tmp_path / "kallelse.txt"
    note.write_text(NOTICE, encoding="utf-8")
    status, _, err = bra("import", str(note))
    assert status == 0, err
    status, out, err = bra("show", "2026-06-04")
    assert status == 0, err
    lines = [line.strip() for line in out.splitlines()]
    assert "Kaffe (paus)" in lines
    assert [line for line in lines if line[:2] in ("1.", "2.", "3.", "4.")] == [
        "1. Mötets öppnande", "2. Skolavslutningen – planering", "3. Budget 2027"]

