"""The plain table writer wraps a cell's text once for a width and tells a common row by one search."""

from __future__ import annotations

import random
import re

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
    # (a text that holds a space, here in a short name: common text is broken at its spaces without the wrapper)
    text = "Rapport till nästa möte från Anna K om trygghetsvandringen i Krylbo"
    rows = [[f"2025-01-{n:02d}", text] for n in range(1, 29)]
    out = list(lines([Column("Datum", 10), Column("Status")], rows, 40))
    assert wrapped == [text]
    assert out[2:6] == ["2025-01-01  Rapport till nästa möte från", "            Anna K om",
                        "            trygghetsvandringen i Krylbo", "2025-01-02  Rapport till nästa möte från"]


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


def test_the_search_for_a_narrow_row_finds_what_odd_finds_but_a_line_break() -> None:
    for code in [*range(0x3100), *range(0xD800, 0x110000, 97), 0xFEFF, 0xFFFE, 0xFFFF]:
        char = chr(code)
        assert bool(plain._ODD_BUT_BREAK.search(char)) == (char != "\n" and bool(plain._ODD.search(char))), hex(code)


NARROW = ["a", "å", "Ö", "é", "ß", "x", "1", "5", "0", " ", " ", " ", "\n", "\xa0", "-", "/", "kr", "Betala", "ID120",
          "Anna K", "\"ord\"", "'ord'", "samverkansöverenskommelse", ".", ","]
narrow_cells = st.lists(st.sampled_from(NARROW), max_size=40).map("".join)
ROW_COLUMNS = [Column("Datum", 10), Column("Ärende och beslut"), Column("Belopp", 12, True), Column("Konto", 10)]


@given(st.lists(narrow_cells, min_size=4, max_size=4), st.integers(30, 130))
def test_a_narrow_row_is_laid_out_as_any_row(row: list[str], total: int) -> None:
    """A row of one cell a character, with line breaks and cells longer than their column, is told to fit and laid out
    in one look at each part, as the general rule does."""
    assert_narrow_row_as_any(row, total)


def assert_narrow_row_as_any(row: list[str], total: int) -> None:
    assert not plain._ODD_BUT_BREAK.search("".join(row))
    sizes = plain.widths(ROW_COLUMNS, total, [row])
    right = [c.right for c in ROW_COLUMNS]
    general = list(plain._row_lines(row, sizes, right))
    laid = plain._narrow_row(row, sizes, right)
    if plain._words_fit(row, sizes):
        assert laid == general, (row, total)
        assert plain._narrow_row(row, sizes, right, check=False) == general
    else:
        assert laid is None, (row, total)


SENTENCE_WORDS = ["Rådet", "beslutar", "att", "följs", "upp", "vid", "nästa", "möte.", "i", "Krylbo", "5", "000",
                  "kr", "Anna", "K", "ID110", "16", "samverkansöverenskommelsen", "x", "–", "Ö/Å", "\"ord\"",
                  "→", "\xa0", "trygghetsvandringen", "a-b", "(se", "ovan)"]


def test_many_seeded_narrow_rows_are_laid_out_as_any_row() -> None:
    """A broad sweep besides the property test: rows of sentences (single spaces between words, the common text the
    quick way breaks), of pieces run together, with line breaks, amounts and names held together, words longer than
    a column, and one or several cells of several lines (the amount column is aligned right)."""
    rng = random.Random(23)

    def text() -> str:
        kind = rng.random()
        if kind < 0.5:
            parts = [" ".join(rng.choice(SENTENCE_WORDS) for _ in range(rng.randint(0, 25)))
                     for _ in range(rng.randint(1, 3))]
            return "\n".join(parts)
        if kind < 0.8:
            return "".join(rng.choice(NARROW) for _ in range(rng.randint(0, 60)))
        return rng.choice(["", "5 000 kr", "ID120 02", "2025-01-01"])

    for _ in range(4_000):
        row = [text() for _ in range(4)]
        if plain._ODD_BUT_BREAK.search("".join(row)):
            continue
        assert_narrow_row_as_any(row, rng.randint(30, 130))


def test_rows_after_the_first_are_laid_out_by_the_same_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the rows the layout is chosen from, narrow rows with several lines, too long for their column or with a
    word wider than it (then a record), are written as the general rule writes them."""
    first = [["2025-01-01", "Kort\nrad", "", ""]] * plain.BATCH
    later = [["2025-01-02", "Beslut\nRådet beslutar att trygghetsvandringen i Krylbo följs upp vid nästa möte", "", ""],
             ["2025-01-03", "Beslut\n" + "samverkansöverenskommelsen" * 3, "5 000 kr", ""],
             ["2025-01-04", "Kort", "", ""], ["2025-01-05", "Anna K\nBetala 5 000 kr till ID120 45 senast", "", ""]]
    shown = list(lines(ROW_COLUMNS, first + later, 60, leading=1))
    monkeypatch.setattr(plain, "_ODD_BUT_BREAK", re.compile("(?s)."))  # every row by the general rule
    assert shown == list(lines(ROW_COLUMNS, first + later, 60, leading=1))
    assert "Ärende och beslut Beslut" in shown  # the row with a word too wide for its column is a record


@pytest.mark.parametrize("total", [30, 41, 57])
def test_text_of_two_cell_characters_wraps_by_cells(total: int) -> None:
    """A cell of characters that take two cells each (東京) wraps where its cells, not its characters, fill the
    column: no line is wider than the table, and the column after it starts at the same cell on every line."""
    from rich.cells import cell_len

    text = "東京 och Malmö utbyte 東京東京 om trygghet i 大阪 och Lund " * 3
    rows = [[text, "S", "klar"], ["Kort", "M", "öppen"]]
    out = list(lines([Column("Ärende"), Column("Parti", 5), Column("Läge", 5)], rows, total))
    assert max(map(cell_len, out)) <= total
    body = out[2:]
    starts = {cell_len(line[:line.index(party)]) for line in body for party in ("S  ", "M  ") if party in line}
    assert len(starts) == 1
