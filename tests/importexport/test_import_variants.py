"""The same note saved the ways Word saves plain text (BOM, CRLF, "Unicode" UTF-16) imports the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brå_tui.importer.header import parse_tid
from brå_tui.importer.notes import import_notes
from brå_tui.store.load import load
from tests.importexport.conftest import UNSEEN_NOTE


@pytest.mark.parametrize("name, encode", [
    ("bom", lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
    ("crlf", lambda text: text.replace("\n", "\r\n").encode("utf-8")),
    ("utf16", lambda text: text.replace("\n", "\r\n").encode("utf-16")),
])
def test_word_text_exports_import_alike(empty_store: Path, tmp_path: Path, name: str, encode) -> None:
    store = load(empty_store)
    variant = tmp_path / f"{name}.txt"
    variant.write_bytes(encode(UNSEEN_NOTE.read_text(encoding="utf-8")))
    [plain] = import_notes([UNSEEN_NOTE], store)
    [other] = import_notes([variant], store)
    assert other.meeting == plain.meeting and other.unplaced == []


@pytest.mark.parametrize("text, expected", [
    ("Den 9 februari 2024 klockan 09.00 – 11:00", (dt.date(2024, 2, 9), dt.time(9), dt.time(11))),
    ("Fredagen den 14 februari 2025 kl 9–11.30", (dt.date(2025, 2, 14), dt.time(9), dt.time(11, 30))),
    ("den 15 NOVEMBER 2024 klockan 13.", (dt.date(2024, 11, 15), dt.time(13), None)),
    ("2024-05-16 09:00-11:30", (dt.date(2024, 5, 16), dt.time(9), dt.time(11, 30))),
    ("Den 31 februari 2024", (None, None, None)),
    ("Någon gång i vår", (None, None, None)),
])
def test_tid_lines(text: str, expected: tuple) -> None:
    assert parse_tid(text) == expected
