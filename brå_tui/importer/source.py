"""Read a note file (plain-text export or .docx) into one stream of text lines."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from brå_tui.importer.errors import ImportFailure
from brå_tui.store.parse import Unreadable, read_bytes

MAX_BYTES = 20 * 1024 * 1024
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_PAGE = re.compile(r"^\s*Sida \d+\s*$")


def read_lines(path: Path) -> list[str]:
    """The file's text as lines, export noise removed; ImportFailure when it cannot be read."""
    try:
        data = read_bytes(path, MAX_BYTES)  # never waits on a FIFO, never reads a device or a folder
    except Unreadable as err:
        raise ImportFailure(f"{path}: {err}.") from None
    if not data:
        raise ImportFailure(f"Filen {path} är tom.")
    if data.startswith(b"\xd0\xcf\x11\xe0") or path.suffix.lower() == ".doc":
        raise ImportFailure(f"Filen {path} är i Words gamla format (.doc); "
                            "spara den som .docx eller som vanlig text (UTF-8).")
    if path.suffix.lower() == ".docx" or data.startswith(b"PK\x03\x04"):
        lines = _docx_lines(path, data)
    else:
        lines = _text_lines(path, data)
    return clean(lines)


def _text_lines(path: Path, data: bytes) -> list[str]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Word's "Unicode" text export
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailure(f"Filen {path} är trasig UTF-16-text och kan inte läsas.") from None
    if b"\x00" in data:
        raise ImportFailure(f"Filen {path} är ingen textfil i UTF-8 (spara anteckningarna som vanlig text, UTF-8).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportFailure(f"Filen {path} är inte sparad som UTF-8 (kanske Windows-1252); "
                            "spara den som vanlig text med kodningen UTF-8 och försök igen.") from None
    if not text.strip():
        raise ImportFailure(f"Filen {path} är tom.")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _docx_lines(path: Path, data: bytes) -> list[str]:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportFailure(f"Filen {path} är ingen Word-fil (.docx) och kan inte läsas.")
    try:
        import docx
    except ImportError:
        raise ImportFailure("För att läsa .docx behövs tillägget docx: pip install 'bra-tui[docx]'.") from None
    from brå_tui.importer.docx_source import docx_lines

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a zip that is not a Word document
        raise ImportFailure(f"Filen {path} är ingen Word-fil (.docx) och kan inte läsas.") from None
    lines = docx_lines(document)
    if not any(line.strip() for line in lines):
        raise ImportFailure(f"Filen {path} är tom.")
    return lines


def clean(lines: list[str]) -> list[str]:
    """Drop Word's export noise: bookmark markers, page headers, trailing spaces."""
    out = []
    for line in lines:
        line = _BOOKMARK.sub("", line).replace("\u00a0", " ").replace("\f", "")
        if _PAGE.match(line):
            continue
        out.append(line.rstrip(" "))
    return out
