"""Who presented an item: 'X informerar …', 'X, polis, redogör …', 'X från Y deltar …', matched to the attendees."""

from __future__ import annotations

import re

from brå_tui.model import Attendee

VERBS = re.compile(r"\b(?:informerar|informerade|redogör|redogjorde|redovisar|redovisade|presenterar|presenterade|"
                   r"berättar|"
                   r"berättade|föredrar|deltar|deltog|inleder)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MAX_SUBJECT = 150


def written_forms(attendee: Attendee) -> list[str]:
    """How the notes may write an attendee: the full name, or first name and surname initial."""
    parts = attendee.name.split()
    forms = [attendee.name]
    if len(parts) >= 2:
        forms.append(f"{parts[0]} {parts[-1][0]}")
    return forms


def presenters_in(text: str, attendees: list[Attendee]) -> list[str]:
    """The attendees named as the subject of a presenting verb, as written, in order of mention."""
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    offset = 0
    sentences = [s for line in text.split("\n") for s in _SENTENCE_END.split(" ".join(line.split()))]
    for sentence in sentences:
        verb = VERBS.search(sentence)
        if verb is not None and verb.start() <= MAX_SUBJECT:
            subject = sentence[: verb.start()]
            for attendee in attendees:
                if attendee.name in seen:
                    continue
                for form in written_forms(attendee):
                    match = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", subject)
                    if match:
                        found.append((offset + match.start(), form))
                        seen.add(attendee.name)
                        break
        offset += len(sentence) + 1
    return [name for _, name in sorted(found)]


def split_title(line: str, attendees: list[Attendee]) -> tuple[str, list[str]]:
    """A heading that also names its presenter ('Insatser Gamla Byn AB. Sven-Olof Kvist, …, informerar')
    as the title and the presenters; other headings as they are."""
    for match in re.finditer(r"\.\s+|\s+[–—-]\s+", line):
        rest = line[match.end():]
        names = presenters_in(rest, attendees)
        if names:
            return line[: match.start()].strip(), names
    return line.strip(), []


def topic_title(paragraph: str, limit: int = 60) -> str:
    """A title for an untitled paragraph: what its presenter informs about, else its opening words."""
    text = " ".join(paragraph.split())
    first = _SENTENCE_END.split(text)[0].rstrip(".!?")
    match = re.search(r"\b(?:(?:informerar|redogör|berättar|presenterar)\s+(?:om|för)|"
                      r"(?:tar|tog)\s+upp\s+(?:att|om|frågan om)|(?:lyfter|lyfte)(?:\s+fram)?\s+(?:att|om))\s+"
                      r"(?:arbetet med\s+|läget (?:för|inom)\s+)?(.+)$", first)
    topic = match.group(1) if match else first
    if len(topic) > limit:
        topic = topic[:limit].rsplit(" ", 1)[0] + " …"
    return topic[:1].upper() + topic[1:]
