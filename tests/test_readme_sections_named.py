"""Every message that sends the reader to a section of the README names a section the README has."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_readme_section_a_message_names_exists() -> None:
    headings = {line.lstrip("#").strip() for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
                if line.startswith("#")}
    named = {(path.name, name) for path in (ROOT / "brå_tui").rglob("*.py")
             for name in re.findall(r"avsnittet ”([^”]+)”", path.read_text(encoding="utf-8"))}
    assert named, "messages name README sections as avsnittet ”…”"
    assert {(file, name) for file, name in named if name not in headings} == set()
    unquoted = [(path.name, line) for path in (ROOT / "brå_tui").rglob("*.py")
                for line in path.read_text(encoding="utf-8").splitlines() if re.search(r"avsnittet [^”]", line)]
    assert unquoted == [], "a section is named in quotes, exactly as its heading"
