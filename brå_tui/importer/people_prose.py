"""The people a line names in sentences or as a list under a label ('Närvarande var Per Hedlund (S), Mona Sjö och
Oskar Dahl från polisen samt Hanna Wirén. Frånvarande: Gunnar Loo (KD).'), each sentence as a people line under
its label: the one reader of such lines, for the import's heading and for the review's n and f keys."""

from __future__ import annotations

import re
from dataclasses import dataclass

from brå_tui.importer.attendees import JOIN, ROLE_CLAUSE, part_of_meeting, person_like
from brå_tui.importer.labels import label_of
from brå_tui.text import CAPITAL, SENTENCE_END


@dataclass(frozen=True)
class PeopleSentence:
    """One sentence of people. people: a people line, one person (or people joined by 'och' with what they share)
    a ';' part, as attendees.parse_people reads each part ('Per Hedlund (S); Mona Sjö och Oskar Dahl, polisen;
    Hanna Wirén'); group: the group its label gives (labels.LABELS: "absent" for Frånvarande, None for
    Närvarande or no label); labelled: whether a people label opened it; guessed: a name that only a comma parts
    from a name before it ('Ann Ek, Bo Ny'), read as a person of its own though it may be the first one's
    organisation."""

    people: str
    group: str | None
    labelled: bool
    guessed: tuple[str, ...] = ()
    self_unnamed: bool = False  # the writer counted themself ('samt jag själv') and no name for them was known


# 'Närvarande var A', 'Ej närvarande var A', 'Övriga deltagare på mötet var A': a people label said in a sentence.
_SAID = re.compile(r"^(?P<label>[^\W\d][\w ]{3,30}?)\s+(?:var\s+också|var\s+även|(?:på|vid)\s+mötet\s+var|var|är)\s+"
                   r"(?P<rest>[" + CAPITAL + r"].*)$")
# 'Deltog: A, B', 'Närvarade på mötet gjorde A': the verb instead of the label.
_TOOK_PART = re.compile(r"^(?:deltog|närvarade)(?:\s+(?:på|vid)\s+mötet)?(?:\s+gjorde)?\s*:?\s+"
                        r"(?P<rest>(?-i:[" + CAPITAL + r"]).*)$",
                        re.IGNORECASE)
# 'Vi var A, B och C', 'Där var A', 'Med var A': the people of a mail's or note's sentence, without a label.
_WE_WERE = re.compile(r"^(?:vi|där|dessa|med(?:\s+(?:på|vid)\s+(?:mötet|sammanträdet))?|på\s+mötet)\s+"
                      r"(?:som\s+deltog\s+)?(?:var|deltog)\s*:?\s+"
                      r"(?P<rest>(?-i:[" + CAPITAL + r"]).*)$", re.IGNORECASE)
# 'Ingela Bäck hade lämnat återbud', 'Bo Ny kunde inte komma', 'Ann Ek var sjuk': a sentence saying who was away;
# several such clauses joined by 'och', 'samt' or a comma ('Ingela Bäck hade lämnat återbud och Tomas Frid kunde inte
# komma') are each their people's.
_AWAY_VERB = (r"(?:(?:hade|har)\s+(?:lämnat\s+återbud|anmält\s+förhinder|förhinder)|"
              r"var\s+(?:sjuka?|förhindrad|förhindrade|frånvarande)|"
              r"kunde\s+inte\s+(?:komma|delta|närvara|vara\s+med))")
_AWAY_CLAUSE = re.compile(r"(?P<rest>(?-i:[" + CAPITAL + r"])[^.;]*?)\s+" + _AWAY_VERB +
                          r"(?:\s*,\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+|\.?$)", re.IGNORECASE)
# 'Anna Berg och Johan Ek var med', 'Ann Ek, Bo Ny och Cia Ur deltog i mötet', 'Per Lind var också där', 'Eva Ek
# var med som gäst': a sentence saying who was there, the people before the verb, the words after it in lower case.
_THERE_SAID = re.compile(r"^(?P<rest>(?-i:[" + CAPITAL + r"]).*?)\s+"
                         r"(?:var\s+(?:också\s+|även\s+)?(?:med|där|närvarande|på\s+plats)|"
                         r"(?:deltog|närvarade|medverkade)(?:\s+också|\s+även)?)"
                         # '… på mötet', '… som gäster', '… den första halvtimmen' (after: a part of the meeting)
                         r"(?!\s+(?:inte|ej)\b)(?P<after>(?-i:(?:\s+[a-zåäöé]+){0,4}))\.?$",
                         re.IGNORECASE)
# Where one person ends and the next begins: a comma or 'samt' ('och' joins people who share what follows them),
# never one within brackets ('Rune Fält (räddningstjänsten, via Teams)' is one person).
_APART = re.compile(r"\s*,(?![^()]*\))\s*(?:(?:och|samt)\s+)?|\s+samt\s+(?![^()]*\))")
# 'Oskar Dahl från polisen', 'Eva Ek på socialtjänsten': the organisation after the name(s), never a part of a
# meeting ('på punkt 3', 'vid mötet').
_AT = re.compile(r"\s+(?:från|på|vid)\s+(?!(?:punkt|paragraf|ärende|mötet|sammanträdet)\b)(?P<org>[^\W\d][^,;]*)$",
                 re.IGNORECASE)


def _opening(sentence: str) -> tuple[str | None, str] | None:
    """The group a sentence's people label gives and the text after it; None when no people label opens it."""
    labelled = label_of(sentence)
    if labelled is not None and labelled[0] == "people":
        return labelled[1], labelled[2]
    said = _SAID.match(sentence)
    labelled = label_of(f"{said.group('label')}:") if said is not None else None
    if said is not None and labelled is not None and labelled[0] == "people":
        return labelled[1], said.group("rest")
    away = _away_said(sentence)
    if away is not None:
        return "absent", away
    there = _THERE_SAID.match(sentence)
    if there is not None and part_of_meeting(there.group("after").strip()):
        return None, f"{there.group('rest')}, {there.group('after').strip()}"  # '… var med den första halvtimmen'
    took = _TOOK_PART.match(sentence) or _WE_WERE.match(sentence) or there
    return (None, took.group("rest")) if took is not None else None


def _away_said(sentence: str) -> str | None:
    """The people of a sentence made of clauses that each say who was away ('Ingela Bäck hade lämnat återbud och
    Tomas Frid kunde inte komma'), a ';' between the clauses' people; None for any other sentence."""
    at, found = 0, []
    while at < len(sentence) and (clause := _AWAY_CLAUSE.match(sentence, at)) is not None:
        found.append(clause.group("rest").strip())
        at = clause.end()
    return "; ".join(found) if found and at >= len(sentence.rstrip()) else None


def _sentences(text: str) -> list[str]:
    """text's sentences: parted by a full stop (SENTENCE_END), and by a ';' before a people label ('Närvarande: A;
    Frånvarande: B')."""
    out: list[str] = []
    for sentence in SENTENCE_END.split(text.strip()):
        parts = sentence.split(";")
        out.append(parts[0])
        for part in parts[1:]:
            if _opening(part.strip()) is not None:
                out.append(part)
            else:
                out[-1] += ";" + part
    return [s.strip() for s in out if s.strip()]


def _bare(text: str) -> bool:
    """Whether text is a name and nothing else: no party, title, organisation or second person."""
    return person_like(text) and not re.search(r"[(),;\t]", text)


def _own_places(text: str) -> list[str]:
    """People joined by 'och' as persons: one part sharing what follows the last ('Mona Sjö och Oskar Dahl från
    polisen' → 'Mona Sjö och Oskar Dahl, polisen'), or a part each when one before the last says where they are
    from ('Cia Ur från polisen och Dag Lo från kommunen' → 'Cia Ur, polisen', 'Dag Lo, kommunen')."""
    joined = re.split(r"\s+och\s+(?=[" + CAPITAL + r"])", text)
    if any(_AT.search(part) or "(" in part for part in joined[:-1]):
        return [_AT.sub(r", \g<org>", part) for part in joined]
    return [_AT.sub(r", \g<org>", text)]


# The writer of the notes counting themself among the people: 'samt jag själv', 'och undertecknad'.
_SELF = re.compile(r"(?:(?:och|samt)\s+)?(?:(?:jag|mig)(?:\s+själv)?|undertecknad[e]?|undertecknande)", re.IGNORECASE)
# The same joined by 'och' to the person before it: 'Sofie Lund från socialtjänsten och jag själv'.
_AND_SELF = re.compile(r"\s+(?=och\s+(?:(?:jag|mig)(?:\s+själv)?|undertecknad[e]?|undertecknande)$)", re.IGNORECASE)


def _persons(text: str, writer: str | None = None) -> tuple[list[str], list[str], bool]:
    """The persons of a list of people ('Per Hedlund (S), ordförande, Mona Sjö och Oskar Dahl från polisen samt
    Hanna Wirén'), each with what is written after them: a part that is no name (a title, an organisation) belongs
    to the person before it; the names guessed to be persons (PeopleSentence.guessed); and whether the writer
    counted themself ('samt jag själv') without a name for them (writer: their name, when the notes give it)."""
    persons: list[str] = []
    guessed: list[str] = []
    unnamed = False
    # 'Nora Björk som är rektor på Ydreskolan': her title and organisation, in brackets as a list writes them
    text = ROLE_CLAUSE.sub(lambda m: " (" + ", ".join(x for x in (m["title"], m["org"]) if x) + ")", text)
    for chunk in text.split(";"):
        bits = [part.strip() for bit in _APART.split(chunk) for part in _AND_SELF.split(bit) if part.strip()]
        first = len(persons)
        for bit in bits:
            if _SELF.fullmatch(bit):  # 'jag själv': the writer, never a title of the person before
                if writer:
                    persons.append(writer)
                unnamed = unnamed or not writer
                continue
            if len(persons) > first and not person_like(JOIN.split(_AT.sub("", bit))[0]):
                persons[-1] += ", " + _AT.sub(r", \g<org>", bit)  # 'Per Hedlund (S), ordförande': his title
            else:
                persons += _own_places(bit)
        if len(bits) == 2 and "," in chunk and all(_bare(bit) for bit in bits):
            guessed.append(bits[1])  # 'Ann Ek, Bo Ny': two people, or Ann Ek of an organisation 'Bo Ny'
    return persons, guessed, unnamed


def people_sentences(text: str, writer: str | None = None) -> list[PeopleSentence]:
    """Each sentence of text with the people it lists (PeopleSentence), in order: a sentence opened by a people label
    ('Närvarande:', 'Närvarande var', 'Frånvarande:', 'Ej närvarande var', 'Deltog:', 'Vi var', 'Med på mötet
    var') is labelled, its people those after the label, and so is one saying who was there after the names ('Anna
    Berg och Johan Ek var med.'), and so is one saying who was away ('Ingela Bäck hade lämnat återbud': absent);
    any other sentence is all people, unlabelled. Within a sentence a comma, a ';' or 'samt' parts persons, a title
    or organisation after a name is that person's, 'från X', 'på X' or 'vid X' after names is their organisation,
    and people joined by 'och' share what follows them ('Mona Sjö och Oskar Dahl från polisen': both from polisen).
    The writer counting themself ('samt jag själv', 'undertecknad') is writer, the name the notes give the one who
    wrote them (an e-mail's sender or signature), else left out and said (PeopleSentence.self_unnamed)."""
    out = []
    for sentence in _sentences(text):
        opening = _opening(sentence)
        group, rest = opening if opening is not None else (None, sentence)
        persons, guessed, unnamed = _persons(rest.strip().rstrip("."), writer)
        out.append(PeopleSentence("; ".join(persons), group, opening is not None, tuple(guessed), unnamed))
    return out
