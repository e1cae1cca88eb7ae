"""The quick ways plain output is wrapped and laid out give, byte for byte, what the general ones give.

word_lines breaks common text (single spaces between words) itself and leaves any other to textwrap; keep_together
skips text in which no space can be held; whether a row's words fit its columns is told by the runs between its
spaces when no space is held; a cell of common text is its parts as they are; a table's narrow lines are padded by
one format string. Each is compared here with the general way on text of every kind: Swedish letters, wide
characters (that take two cells), combining accents, no-break spaces written in the text, tabs, line breaks, runs of
spaces, words longer than a line.
"""

from __future__ import annotations

import itertools
import random
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from brå_tui.text import one_line, without_controls
from brå_tui.views.plain import GAP, RULE, Column, _spaced_words_fit, cell, lines, width_of, widths, word_lines
from brå_tui.views.wrap import NO_BREAK, TOGETHER, keep_together, words

# The pieces text is made of here: Swedish and other letters, digits, wide characters, a combining accent,
# punctuation, the spaces textwrap breaks at and those it does not, and what TOGETHER holds together.
PIECES = ["a", "e", "å", "ä", "Ö", "É", "ü", "Ø", "ß", "x", "1", "5", "0", "٣", "世", "界", "😀", "e\u0301", "-", "/",
          ".", ",", "(", ")", "%", "kr", "→", "←", "\"", "”", "'", " ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2007",
          "\u202f", "\u3000", "\x1c", "\u200b", "ID110 16", "5 000 kr", "Thomas N", "Anna-Karin S.",
          "samverkansöverenskommelse", "trygghetsvandring", "https://example.org/en/mycket/lang/adress"]
WORDS = ["Rådet", "beslutar", "att", "följs", "upp", "vid", "nästa", "möte.", "5\u00a0000\u00a0kr", "ID110\u00a016",
         "Kameraövervakning", "世界", "😀", "e\u0301", "samverkansöverenskommelse", "x", "–", "Ö/Å"]

pieces = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
sentences = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)  # the common text: the quick way
texts = st.one_of(pieces, sentences, st.text(max_size=60))


def general_word_lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def held_together(text: str) -> str:
    return TOGETHER.sub(lambda m: m.group().replace(" ", NO_BREAK), text)


def general_fold(text: str, width: int) -> list[str]:
    """Words (split at single spaces) as many as fit on each line by their cells; a word wider than a line (unless
    held together) starts one and is cut where it ends, the next words following its last piece."""
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if NO_BREAK not in word and width_of(word) > width:
            if line:
                out.append(line)
            line = ""
            for char in word:
                if line and width_of(line + char) > width:
                    out.append(line)
                    line = ""
                line += char
        elif line and width_of(f"{line} {word}") <= width:
            line = f"{line} {word}"
        elif line:
            out.append(line)
            line = word
        else:
            line = word
    out.append(line)
    return [line.rstrip(" ") for line in out if line.strip(" ")]


def general_cell(text: str, width: int) -> list[str]:
    """A cell's lines as the table writer wraps them: common text with textwrap, text with a character that may take
    two cells by its cells, and text with a word wider than the line folded (general_fold)."""
    from brå_tui.views.plain import _WIDE

    out: list[str] = []
    for part in text.split("\n"):
        if width_of(part) <= width:
            out.append(part)
            continue
        held = held_together(part)
        lines = general_fold(held, width) if _WIDE.search(part) else general_word_lines(held, width)
        if any(NO_BREAK not in line and width_of(line) > width for line in lines):
            lines = general_fold(held, width)
        out += [line.replace(NO_BREAK, " ") for line in lines or [""]]
    return out


def general_table(columns: list[Column], rows: list[list[str]], total: int) -> list[str]:
    """The table as the general way lays it out: each cell without its control characters, wrapped (general_cell)
    and padded by the cells its text takes."""
    sizes = widths(columns, total, rows)

    def pad(text: str, width: int, right: bool) -> str:
        room = max(0, width - width_of(text))
        return " " * room + text if right else text + " " * room

    def row_lines(row: list[str]) -> list[str]:
        cells = [general_cell(without_controls(text), w) for text, w in zip(row, sizes, strict=True)]
        return [GAP.join(pad(t, w, c.right) for t, w, c in zip(parts, sizes, columns, strict=True)).rstrip()
                for parts in itertools.zip_longest(*cells, fillvalue="")]

    out = [*row_lines([c.header for c in columns]), RULE * min(total, sum(sizes) + len(GAP) * (len(sizes) - 1))]
    for row in rows:
        out += row_lines(row)
    return out


@settings(max_examples=300)
@given(text=texts, width=st.integers(1, 90))
def test_word_lines_are_textwraps(text: str, width: int) -> None:
    assert word_lines(text, width) == general_word_lines(text, width)


@settings(max_examples=300)
@given(text=texts)
def test_keep_together_skips_only_text_it_would_leave_as_it_is(text: str) -> None:
    assert keep_together(text) == held_together(text)


@settings(max_examples=300)
@given(parts=st.lists(st.one_of(texts, st.sampled_from(["a\r\nb", "a\x85b", "a\u2028b", "\x1b[2J", "a\u200bb"])),
                      max_size=4))
def test_a_cell_of_common_text_is_its_parts_as_they_are(parts: list[str]) -> None:
    """cell() leaves text without a line break, tab or control character as it is, and cleans any other."""
    assert cell(*parts) == "\n".join(without_controls(one_line(part)) for part in parts)


@settings(max_examples=500)
@given(text=texts, size=st.integers(1, 60))
def test_words_known_to_fit_by_their_spaces_fit_as_words_says(text: str, size: int) -> None:
    """The quick check whether a cell's words fit (runs between spaces, where no space is held) never says they fit
    when views.wrap's words say one is wider."""
    for part in without_controls(text).split("\n"):
        if _spaced_words_fit(part, size):
            assert all(width_of(word) <= size for word in words(part)), (part, size)


def test_words_fit_by_their_spaces_in_common_text() -> None:
    """The check a table makes of every row it streams takes the quick way for the common text, and is right."""
    text = "Rådet beslutar att samverkansöverenskommelse följs upp vid nästa möte."
    assert _spaced_words_fit(text, 25) and not _spaced_words_fit(text, 24)
    assert not _spaced_words_fit("Betala 5 000 kr", 99)  # an amount holds its spaces: words() tells
    rng = random.Random(5)
    for _ in range(5_000):
        part = without_controls(" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))).split("\n")[0]
        size = rng.randint(1, 30)
        if _spaced_words_fit(part, size):
            assert all(width_of(word) <= size for word in words(part)), (part, size)


COLUMNS = [Column("Datum", 12), Column("Ärende och beslut"), Column("Belopp", 12, True), Column("Konto", 10)]


cells = st.lists(texts, min_size=1, max_size=3).map(lambda parts: cell(*parts))  # as the views make them


@given(rows=st.lists(st.lists(cells, min_size=4, max_size=4), max_size=6), total=st.integers(60, 130))  # side by side
def test_table_lines_are_the_general_layout(rows: list[list[str]], total: int) -> None:
    sizes = widths(COLUMNS, total, rows)
    # (columns whose longest words together are wider than the lines are no table side by side either)
    side_by_side = sum(sizes) + len(GAP) * (len(sizes) - 1) <= total and all(
        width_of(word) <= size for row in rows for text, size in zip(row, sizes, strict=True)
        for part in without_controls(text).split("\n") for word in words(part))  # a cell's lines, each by itself
    shown = list(lines(COLUMNS, rows, total))
    if side_by_side:
        assert shown == general_table(COLUMNS, rows, total)
    else:  # a word wider than its column, or than the room left beside the others: records, as on a terminal
        assert shown[:2] != general_table(COLUMNS, [], total), shown


def test_many_seeded_texts_wrap_as_textwrap_wraps() -> None:
    """A broad sweep besides the property tests: 5 000 texts of each kind from a fixed seed, at every width."""
    rng = random.Random(17)
    for n in range(10_000):
        if n % 2:
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 20)))
        width = rng.randint(1, 60)
        assert word_lines(text, width) == general_word_lines(text, width), (text, width)
        assert keep_together(text) == held_together(text), text


def test_the_quick_ways_are_taken_for_common_text() -> None:
    """The decisions' and the search hits' text is the common kind: broken without textwrap, nothing held together."""
    import brå_tui.views.plain as plain
    import brå_tui.views.wrap as wrap

    text = "Rådet beslutar att samverkansöverenskommelse följs upp vid nästa möte."
    assert plain._SIMPLE.fullmatch(keep_together(text))
    assert plain._SIMPLE.fullmatch(keep_together("Betala 5 000 kr till konto ID110 16 senast i maj."))
    assert not wrap._SHORT_CAPITALISED_AFTER.search(text) and not wrap._DIGIT_ARROW_QUOTE.search(text)
    assert word_lines(text, 40) == ["Rådet beslutar att", "samverkansöverenskommelse följs upp vid", "nästa möte."]


def test_capitalised_words_hold_no_space_unless_a_short_name_may_end_there() -> None:
    """Text with capitalised words ("Trygghetsvandring i Krylbo") holds a space only where a short capitalised word
    (an initial, a surname's first letters) may end a name: elsewhere keep_together leaves it as it is and words()
    finds no space inside a word, as TOGETHER itself says, so it is broken at its spaces without TOGETHER."""
    import brå_tui.views.wrap as wrap

    assert wrap.holds_no_space("Ärenden › Trygghetsvandring i Krylbo") and wrap.holds_no_space("Polisen Avesta")
    assert not wrap.holds_no_space("Anna K om") and not wrap.holds_no_space("Thomas Nils.")
    assert not wrap.holds_no_space("Anna-Karin S.") and wrap.holds_no_space("Anna Karlsson")
    names = ["Anna", "K", "Kå", "Kari", "Karin", "S.", "Sten.", "N", "Ö", "Öst", "Östen", "É", "Å/Ä", "ctrl+A",
             "i", "och", "(Per", "Ola)", "-", "Eva-Lena", "x.", ",", "Åsa", "ÅÄÖ", "Ab", "AB", "abc", "/"]
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(names) + rng.choice([" ", " ", " ", "", "-", "/", ".", ", "])
                       for _ in range(rng.randint(1, 10)))
        assert keep_together(text) == held_together(text), text
        if wrap.holds_no_space(text):
            assert all(" " not in word for word in words(text)), text
