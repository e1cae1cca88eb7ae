"""Line breaks and other control characters in a file's one-line text never break a table's row.

A title, a status, an owner, a place, an area, an account, a decision and notes each hold a line feed, a carriage
return, a Unicode line separator, a tab and escape sequences. Every command that shows them, on a pipe and on a
terminal, keeps each such text on one line where a table has one-line cells (the search snippet of the notes too),
and no raw control character reaches the output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomlkit

from tests.on_terminal import run_on_terminal, run_piped

KEY, EARLIER = "2024-11-15", "2024-02-09"
BREAKS = ["\n", "\u2028", "\r"]  # the ones that, raw, start a new line


def marked(tag: str) -> str:
    """One-line text whose words are apart by every kind of line break, then a tab and escape sequences:
    'Q1\\nQ2\\u2028Q3\\rQ4\\tQ5\\x1b]0;T\\x07\\x1b[2JQ6'. The first three words, shown on one line, take 8 cells and
    fit every table's narrowest column (and, being no name or amount, may be broken apart: views.wrap)."""
    words = [f"{tag}{n}" for n in range(1, 5)]
    broken = "".join(w + b for w, b in zip(words, BREAKS, strict=False)) + words[-1]
    return broken + f"\t{tag}5\x1b]0;T\x07\x1b[2J{tag}6"


# The tags of the texts set in the store: a capital letter that no word of the seed is, alone, followed by a digit.
FIELDS = {"place": "P", "item title": "I", "decision": "D", "followup title": "U", "status": "S",
          "owner": "O", "area": "A", "account": "K", "planned place": "L", "notes": "N"}


def _hostile(root: Path) -> None:
    path = root / "meetings" / f"{KEY}.toml"
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    area = marked(FIELDS["area"])
    doc["place"] = marked(FIELDS["place"])
    doc["item"][0]["title"] = marked(FIELDS["item title"])
    doc["item"][0]["notes"] = f"Lägesbild {marked(FIELDS['notes'])} i kommunen.\n"
    doc["item"][0]["areas"] = [area]
    doc["item"][0]["decision"][0]["text"] = marked(FIELDS["decision"])
    doc["followup"][0]["title"] = marked(FIELDS["followup title"])
    doc["followup"][0]["status"] = marked(FIELDS["status"])
    doc["followup"][0]["owners"] = [marked(FIELDS["owner"])]
    doc["followup"][0]["areas"] = [area]
    doc["risk"]["areas"] = {area: "red", "Hot och våld": "yellow"}
    doc["schedule"][0]["place"] = marked(FIELDS["planned place"])
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    earlier = root / "meetings" / f"{EARLIER}.toml"
    doc = tomlkit.parse(earlier.read_text(encoding="utf-8"))
    funded = next(d for item in doc["item"] for d in item.get("decision", []) if d.get("account"))
    funded["account"] = marked(FIELDS["account"])
    earlier.write_text(tomlkit.dumps(doc), encoding="utf-8")


COMMANDS = [["list"], ["list", "--all"], ["show", KEY], ["show", EARLIER], ["log"], ["log", "--all"],
            ["owner", "--none"], ["owner", marked(FIELDS["owner"])], ["risk"], ["decisions"], ["decisions", "--all"],
            ["search", "lägesbild"], ["search", "lägesbild", "--all"], ["check"], ["report", "2024"], ["status"],
            ["export", KEY, "--format", "md"], ["export", KEY, "--format", "html"], ["kallelse", "--format", "md"],
            ["export", KEY, "--format", "txt"], ["kallelse"]]
# Rich's own styles on a terminal; everything else that starts with ESC came from a file.
_STYLE = re.compile(r"\x1b\[[0-9;]*m")
_RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _lines(out: bytes, tabs: bool = False) -> list[str]:
    """The lines of out, checked to hold no raw control character (tabs: the text form of a document, which lays
    out its fields and cells with tabs)."""
    text = _STYLE.sub("", out.decode("utf-8")).replace("\r\n", "\n")
    if tabs:
        text = text.replace("\t", " ")
    notes = FIELDS["notes"]
    text = re.sub(rf"\b{notes}4\t", f"{notes}4 ", text)  # notes are text, a document keeps their tabs as written
    raw = sorted({repr(c) for c in _RAW.findall(text)})
    assert not raw, f"raw {raw} in {text[:3000]!r}"
    return text.split("\n")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c)[:20])
def test_file_text_stays_on_its_row(seed_store: Path, command: list[str]) -> None:
    """No raw control character on a pipe or a terminal; a text's first three words, apart by a line feed and a
    Unicode line separator, on one line wherever the text is shown (the notes only in search's one-line snippet,
    since bra show lays them out as text)."""
    _hostile(seed_store)
    outputs = {"pipe": run_piped("--store", seed_store, *command, size=(200, 24)),
               "terminal": run_on_terminal("--store", seed_store, *command, size=(200, 200))}
    for where, out in outputs.items():
        lines = _lines(out, tabs=command[0] in ("export", "kallelse") and command[-1] not in ("md", "html"))
        seen = []
        for field, tag in FIELDS.items():
            if field == "notes" and command[0] != "search":
                continue
            first = re.compile(rf"\b{tag}1\b")
            for line in filter(first.search, lines):
                seen.append(field)
                missing = [f"{tag}{n}" for n in (2, 3) if not re.search(rf"\b{tag}{n}\b", line)]
                assert not missing, (where, field, missing, line, lines)
        assert seen or command[0] == "check" or command[1:] == ["--none"], (where, lines)
