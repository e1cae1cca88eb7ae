"""Where a document puts the risk picture: under the meeting's Lägesbild item, or in a section of its own,
never under another item that names a marked area; the same in md, txt and docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from brå_tui.export.document import export_meeting
from brå_tui.store.load import load
from tests.importexport.test_export_document import docx_text

SENTENCE = "Markeringar i lägesbilden för januari 2025"
HEAD = '''format = 1
date = 2025-02-14

[risk]
period = "2025-01"
source = "Länsstyrelsen"

[risk.areas]
"ANDT" = "yellow"
"Hot och våld" = "red"

[[item]]
title = "Insatser mot narkotika"
areas = ["ANDT"]
notes = "Polisen berättar om insatserna."
'''
LAGESBILD = '''
[[item]]
title = "Lägesbild sociala risker"
'''
LAST = '''
[[item]]
title = "Uppföljning SSPF"
'''


def text_of(root: Path, fmt: str, public: bool = False) -> str:
    data = export_meeting(load(root, use_index=False), "2025-02-14", fmt, public)
    return docx_text(data) if fmt == "docx" else data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "html"])
def test_risk_picture_goes_under_the_lagesbild_item(seed_store: Path, fmt: str) -> None:
    (seed_store / "meetings" / "2025-02-14.toml").write_text(HEAD + LAGESBILD + LAST, encoding="utf-8")
    text = text_of(seed_store, fmt)
    assert text.count(SENTENCE) == 1
    at = text.index(SENTENCE)
    assert text.rindex("Insatser mot narkotika", 0, at) < text.rindex("Lägesbild sociala risker", 0, at)
    assert at < text.index("Uppföljning SSPF")


@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "html"])
def test_without_a_lagesbild_item_the_picture_has_its_own_section(seed_store: Path, fmt: str) -> None:
    (seed_store / "meetings" / "2025-02-14.toml").write_text(HEAD + LAST, encoding="utf-8")
    text = text_of(seed_store, fmt)
    assert text.count(SENTENCE) == 1
    at = text.index(SENTENCE)
    assert "Lägesbild sociala risker" in text[:at]
    assert at < text.index("Insatser mot narkotika"), "not under the first item"


PLAN = '''
[[item]]
title = "Åtgärdsplan utifrån lägesbilden"
confidential = true
notes = "Sekretess: vilka skolor som berörs."
'''


@pytest.mark.parametrize("public", [False, True])
@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "html"])
def test_an_item_that_only_names_the_lagesbild_is_passed_over(seed_store: Path, fmt: str, public: bool) -> None:
    """The picture goes under the item titled as the council's risk item, not the first whose title mentions
    the Lägesbild, and never under a confidential one (a public document would lose it)."""
    (seed_store / "meetings" / "2025-02-14.toml").write_text(HEAD + PLAN + LAGESBILD + LAST, encoding="utf-8")
    text = text_of(seed_store, fmt, public)
    assert text.count(SENTENCE) == 1
    at = text.index(SENTENCE)
    assert text.rindex("Åtgärdsplan utifrån lägesbilden", 0, at) < text.rindex("Lägesbild sociala risker", 0, at)
    assert at < text.index("Uppföljning SSPF")


@pytest.mark.parametrize("public", [False, True])
@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "html"])
def test_a_confidential_lagesbild_item_leaves_the_picture_its_own_section(seed_store: Path, fmt: str,
                                                                         public: bool) -> None:
    secret = LAGESBILD + "confidential = true\n"
    (seed_store / "meetings" / "2025-02-14.toml").write_text(HEAD + PLAN + secret + LAST, encoding="utf-8")
    text = text_of(seed_store, fmt, public)
    assert text.count(SENTENCE) == 1
    at = text.index(SENTENCE)
    assert at < text.index("Insatser mot narkotika") and at < text.index("Åtgärdsplan utifrån lägesbilden")


@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "html"])
def test_notes_that_name_every_area_keep_the_marks_after_them(seed_store: Path, fmt: str) -> None:
    """Notes that speak of the marked areas still get the sentence with their levels after them, before the
    decisions: a level is never left out because the notes name its area."""
    notes = LAGESBILD + ('notes = "ANDT och Hot och våld diskuterades."\n\n[[item.decision]]\n'
                         'text = "Lokala BRÅ följer upp ANDT."\n')
    (seed_store / "meetings" / "2025-02-14.toml").write_text(HEAD + notes + LAST, encoding="utf-8")
    text = text_of(seed_store, fmt)
    assert text.count(SENTENCE) == 1
    at = text.index(SENTENCE)
    assert text.index("ANDT och Hot och våld diskuterades.") < at < text.index("Lokala BRÅ följer upp ANDT.")
    assert "Hot och våld omfattande" in text[at:]


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
def test_the_seed_meeting_shows_its_marks_under_its_notes(bra, seed_store: Path, tmp_path: Path, fmt: str) -> None:
    """`bra export 2024-02-09` on the shipped store: the Lägesbild item has notes, and the marks follow them."""
    target = tmp_path / f"anteckningar.{fmt}"
    assert bra("--store", seed_store, "export", "2024-02-09", "--format", fmt, "-o", target).status == 0
    text = docx_text(target.read_bytes()) if fmt == "docx" else target.read_text(encoding="utf-8")
    at = text.index("Markeringar i lägesbilden för december 2023 (Länsstyrelsen): ANDT omfattande")
    assert text.rindex("redogör för kommunens arbete på området ANDT", 0, at) > text.rindex("Lägesbild sociala", 0, at)
    assert at < text.index("Uppföljning medborgarlöfte")
