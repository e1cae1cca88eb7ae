"""The plain table writer wraps a cell's text once for a width and tells a common row by one search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brå_tui.text import UNSAFE
from brå_tui.views import plain
from brå_tui.views.plain import Column, lines


def test_a_repeated_cell_is_wrapped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    plain._WRAPPED.clear()
    wrapped: list[str] = []
    real = plain._wrapped

    def counted(text: str, width: int, narrow: bool) -> tuple[str, ...]:
        wrapped.append(text)
        return real(text, width, narrow)

    monkeypatch.setattr(plain, "_wrapped", counted)
    text = "Arbetsgrupp tillsatt, rapport till nästa möte om trygghetsvandringen i Krylbo"
    rows = [[f"2025-01-{n:02d}", text] for n in range(1, 29)]
    out = list(lines([Column("Datum", 10), Column("Status")], rows, 40))
    assert wrapped == [text]
    assert out[2:6] == ["2025-01-01  Arbetsgrupp tillsatt,", "            rapport till nästa möte om",
                        "            trygghetsvandringen i Krylbo", "2025-01-02  Arbetsgrupp tillsatt,"]


def test_wrapped_lines_are_not_shared_with_a_paragraphs_caller() -> None:
    first = plain.paragraph("ett två tre fyra fem sex sju", 10)
    first.append("ändrad")
    assert plain.paragraph("ett två tre fyra fem sex sju", 10) == ["ett två", "tre fyra", "fem sex", "sju"]


@given(st.text(max_size=6))
def test_one_search_tells_what_three_did(text: str) -> None:
    odd = bool(plain._ODD.search(text))
    assert odd == ("\n" in text or bool(plain._WIDE.search(text)) or bool(UNSAFE.search(text)))


def test_every_character_is_told_alike() -> None:
    for code in [*range(0x3100), *range(0xD800, 0x110000, 97), 0xFEFF, 0xFFFE, 0xFFFF]:
        char = chr(code)
        odd = bool(plain._ODD.search(char))
        assert odd == (char == "\n" or bool(plain._WIDE.search(char)) or bool(UNSAFE.search(char))), hex(code)
