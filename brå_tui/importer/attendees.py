"""Närvarande lines: 'Blerta Krenzi (S) ordförande', 'Tobias Åsell, kommundirektör', 'Lars Ilmoni, ICA'."""

from __future__ import annotations

import re
from itertools import pairwise

from brå_tui.importer.ledger import PLACED, Fate, Ledger, Line
from brå_tui.model import Attendee, Person
from brå_tui.questions.people import Directory
from brå_tui.text import CAPITAL, NAME_GAP, NAME_PARTICLES, NICKNAME_QUOTES, without_full_stop
from brå_tui.text import fold_line as fold

ROLES = ("ordförande", "vice ordförande", "sekreterare")
# Words that mark an organisation rather than a title, compared folded, as whole words or word endings.
ORG_WORDS = ("polisen", "kommun", "kommunen", "forvaltningen", "forvaltning", "region", "regionen",
             "lansstyrelsen", "raddningstjansten", "ab", "bolag", "forening", "foreningen", "forsamling",
             "kyrkan", "bostader", "hus", "byn", "skolan", "ica", "coop", "socialtjansten", "polismyndigheten",
             "kriminalvarden", "frivarden",
             # the nouns a name-shaped organisation ends with ('Hedemora Energi', 'Mälarenergi' aside)
             "energi", "vatten", "bygg", "fastigheter", "trafik", "lanstrafiken", "taxi", "centrum", "center",
             "service", "gruppen", "forbund", "forbundet", "gymnasium", "gymnasiet", "stiftelse", "stiftelsen",
             # and in English, as bilingual minutes write them ('Border Guard', 'City Council')
             "guard", "police", "municipality", "council", "city", "county", "agency", "office", "board")
# How a title ends, compared folded: 'Kommunpolis', 'Brottsförebyggande samordnare', 'rektor', 'fältare'.
_TITLE_ENDINGS = ("are", "chef", "polis", "or", "ist", "log", "ansvarig", "ombud", "representant", "strateg",
                  "tekniker", "assistent", "pedagog", "vard", "kommissarie", "kommunalrad", "direktor")
# How a workplace noun in its definite form ends, compared folded: 'fritidsgården', 'biblioteket'.
_DEFINITE = ("en", "et", "an")  # 'elevhälsan', 'fritidsgården', 'biblioteket'
# The parties of the Riksdag by letter and name (Folkpartiet: Liberalerna before 2015), compared folded.
PARTIES = {"S", "M", "C", "V", "L", "KD", "MP", "SD", "FP"}
PARTY_NAMES = ("socialdemokraterna", "moderaterna", "sverigedemokraterna", "centerpartiet", "vansterpartiet",
               "kristdemokraterna", "liberalerna", "miljopartiet", "miljopartiet de grona", "folkpartiet")
# A local party by its shape: 'Sjöbopartiet', 'Kommunens väl', 'Vellingealternativet', 'Lokala listan'.
_LOCAL_PARTY = re.compile(r"(?:partiet|partiet\s+\w+|alternativet|listan|s\s+val|kommunens\s+val|"
                          r"\w+demokraterna)$")
# Who someone is at the meeting, written beside or under their name: a group of ATTENDEE_GROUPS (compared folded).
GROUP_WORDS = {"ledamot": "member", "ordinarie ledamot": "member", "beslutande": "member", "ersattare": "substitute",
               "tjanstgorande ersattare": "substitute", "adjungerad": "adjunct", "adjungerade": "adjunct",
               "inbjuden": "invited", "inbjudna": "invited", "gast": "invited"}
# A tick in an attendance table's box: 'X', '✓', 'Ja', and the ticks of Teams and Loop notes ('✅', '☑', '✔️').
TICKS = ("x", "✓", "✔", "ja", "*", "✅", "☑", "✔\ufe0f", "☑\ufe0f", "☒")
# The words an attendance table's Närvaro cell says someone was there with, folded: 'Närvarande', 'Deltog', 'Närv.'.
THERE_WORDS = ("narvarande", "narvarade", "narv", "narv.", "deltog", "deltar", "deltagande", "deltagit", "pa plats")
_LINE = re.compile(r"^(?P<name>[^,(]+)(?:\((?P<party>[^)]{1,60})\))?\s*,?\s*(?P<rest>.*)$")
# Partial attendance as written: "t.o.m. punkt 5", "(från kl. 10.00)", "t.o.m. § 14", "(§ 1–3)", "punkt 1-3",
# "del av mötet".
# "deltog från punkt 3", "lämnade mötet efter § 4", "anslöt kl. 10.00": the same with the verb before it.
# "kom först kl. 15.40", "gick redan kl. 11": a word between the verb and the time; "– närvarande §§ 12–15" after a
# dash; "kl. 08.15–09.00" alone: the span of the meeting someone was at.
# A part of the meeting said in words: 'den första halvtimmen', 'första timmen', 'sista halvtimmen', 'andra halvan av
# mötet', 'en stund', 'en del av mötet'.
_PART_OF_MEETING = (r"(?:under\s+)?(?:(?:den|de)\s+)?(?:första|sista|andra|senare|tidigare)\s+"
                    r"(?:halvtimmen|timmen|timmarna|halvan|delen|minuterna)(?:\s+av\s+(?:mötet|sammanträdet))?|"
                    r"(?:en\s+)?(?:stund|del\s+av\s+(?:mötet|sammanträdet))")
_PARTIAL_VERB = (r"(?:deltog|deltar|närvarade|närvarande|lämnade(?:\s+mötet)?|anslöt|kom|gick|var\s+med)\s+"
                 r"(?:först\s+|redan\s+|tidigare\s+)?")
_PARTIAL = re.compile(r"\s*[(,–—]?\s*((?:" + _PARTIAL_VERB + r"(?:under\s+|vid\s+)?)?(?:"
                      r"(?:t\.?\s?o\.?\s?m\.?|till och med|fr\.?\s?o\.?\s?m\.?|från|efter|(?:fram\s+)?till)\s+"
                      r"(?:(?:punkt|§|kl\.?|klockan|ärende)\s*[\d.:]+|\d{1,2}[.:]\d{2}(?![\d.:]))"
                      r"(?:\s*[-–]\s*[\d.:]+)?|"
                      r"(?:§§?|punkt(?:erna)?|ärende(?:na)?|paragraf(?:erna)?)\s*\d+(?:\s*(?:[-–]|och|,)\s*\d+)*|"
                      r"del av (?:mötet|sammanträdet)|" + _PART_OF_MEETING + r")|" + _PARTIAL_VERB +
                      r"(?:(?:kl\.?|klockan)\s*[\d.:]+|\d{1,2}[.:]\d{2}(?![\d.:]))|"
                      r"(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2})"
                      r"\s*\)?", re.IGNORECASE)
# Attendance from elsewhere, which is attendance and neither a title nor an organisation: 'på distans', '(via Teams)',
# 'deltog på distans', a Närvaro cell's 'Distans'; kept, as written, in the attendee's partial.
_REMOTE = re.compile(r"\s*[(,–—]?\s*(?<!\w)(?:(?:deltog|deltar|närvarade|närvarande|var\s+med|medverkade)\s+)?"
                     r"(?:på\s+distans|via\s+(?:länk|teams|zoom|skype|telefon|video(?:länk)?)|digitalt|distans)"
                     r"(?!\w)\s*\)?", re.IGNORECASE)
# Absence written beside a name: 'Märta Åkerlund (C), sjuk', '(anmält förhinder)', 'deltog inte', 'var sjuk', a
# mail's 'Ingela Bäck hade lämnat återbud', 'kunde inte komma'.
_AWAY = re.compile(r"\s*[(,–—]?\s*(?<!\w)(?:(?:var|är|hade|har)\s+)?(?:sjuk(?:anmäld)?|anmält\s+förhinder|"
                   r"förhinder|frånvarande|(?:ej|inte)\s+närvarande|deltog\s+inte|ej\s+deltagande|(?:tjänst|föräldra)?ledig|"
                   r"(?:på\s+)?semester|"
                   r"(?:lämnat\s+)?återbud|kunde\s+inte\s+(?:komma|delta|närvara|vara\s+med))"
                   r"(?!\w)\s*\)?\s*(?=,|$)", re.IGNORECASE)
_NAME_PARTY = re.compile(r"^[" + CAPITAL + r"][\w-]+(?:" + NAME_GAP + "[" + CAPITAL + r"][\w-]+)+"
                         r"\s*\((?:S|M|C|V|L|KD|MP|SD|FP)\)(?:\s.*)?$")
# Whom a substitute stands in for: "ersättare för Ulf Berg (SD)", "i stället för Ulf Berg", "ersätter Ulf Berg".
_STANDS_IN = re.compile(r"\b(?:ersättare\s+för|i\s*stället\s+för|ersätter)\s+[" + CAPITAL + r"]")
# Serving in someone's place, said with the verb only: 'tjänstgörande för Sara Lindqvist', 'tjänstgör för Ulf Berg'
# (in a Närvaro cell: 'X, tjänstgörande för Sara Lindqvist'); the group is the name.
_SERVES_FOR = re.compile(r"\b(?:tjänstgör(?:ande|de)?|tjänstg\.?|tjg\.?)\s+(?:som\s+ersättare\s+)?"
                         r"(?:för|i\s*stället\s+för)\s+(?P<whom>[" + CAPITAL + r"][^,;]*?)\s*$", re.IGNORECASE)
# A people line that names nobody: '–', 'Inga', also after an organisation's or group's label ('Fritid: –').
_NOBODY = re.compile(r"^(?:[^:\t]{1,40}:\s*)?(?:[-–—]+|inga|ingen|inga anmälda|ej tillämpligt)\.?$", re.IGNORECASE)


def is_party(text: str, written_as_party: bool = False) -> bool:
    """Whether text names a political party: a Riksdag party's letters ('S', 's') or name, or a local party by
    its shape ('Sjöbopartiet', 'Kommunens väl'); where a party is written (in brackets after a name, in a Parti
    column: written_as_party) also a local party's letters ('TP', 'SPI'). An organisation ('Polisen', 'ICA')
    never is."""
    text = text.strip()
    if text.upper() in PARTIES:
        return True
    if written_as_party and re.fullmatch(r"[" + CAPITAL + r"]{1,4}", text) and fold(text) not in ORG_WORDS:
        return True
    folded = " ".join(fold(text).split())
    return folded in PARTY_NAMES or bool(text[:1].isupper() and _LOCAL_PARTY.search(folded))


def group_of(text: str) -> str | None:
    """The group of ATTENDEE_GROUPS a word beside a name gives ('Ledamot' → "member", 'ersättare' →
    "substitute"), or None."""
    return GROUP_WORDS.get(" ".join(fold(text).rstrip(".").split()))


# A role's abbreviation or English word, folded: 'ordf.', 'sekr', 'v. ordf', '(chair)'.
_ROLE_SHORT = {"ordf": "ordforande", "sekr": "sekreterare", "chair": "ordforande", "chairman": "ordforande",
               "chairperson": "ordforande", "secretary": "sekreterare"}


# Beside a name, folded: the one who wrote the notes ('(antecknade)', '(förde anteckningar)', 'vid pennan').
_WROTE_NOTES = {"antecknade", "antecknare", "antecknar", "forde anteckningar", "forde anteckningarna",
                "skrev anteckningarna", "forde protokollet", "protokollforare", "vid pennan", "vid tangenterna",
                "motessekreterare"}


def role_of(text: str) -> str | None:
    """The meeting role a word beside a name gives, as ROLES spell it ('Ordf.' → 'ordförande', 'vice ordf' and
    'v. ordf' → 'vice ordförande', 'sekr.' → 'sekreterare', 'chair' → 'ordförande'), or None."""
    if " ".join(fold(text).strip(" .()").split()) in _WROTE_NOTES:
        return "sekreterare"  # 'Rebecka Alm, fältsekreterare (antecknade)': who wrote the notes
    words = re.sub(r"^v\.\s*", "vice ", " ".join(fold(text).rstrip(".").split())).split()
    folded = " ".join([*words[:-1], _ROLE_SHORT.get(words[-1], words[-1])] if words else [])
    return next((r for r in ROLES if fold(r) == folded), None)


def is_title(text: str) -> bool:
    """Whether text reads as a title rather than an organisation: written in lower case ('kommunpolis'), or
    ending as titles do ('Kommunpolis', 'Brottsförebyggande samordnare', 'Rektor'), and no organisation word."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    if not words or _org_word(words):
        return False
    return (text[:1].islower() and not _workplace(words)) or words[-1].endswith(_TITLE_ENDINGS)


# Endings a first name may have too ('Viktor', 'Krist', 'Ragnare' are names): a title in front of a name with a
# capital ends otherwise, or is one of these words (compared folded).
_NAME_LIKE_ENDINGS = ("or", "ist", "log", "are")
_TITLES_BEFORE = ("rektor", "direktor", "kurator", "koordinator", "inspektor", "samordnare", "handlaggare",
                  "utredare", "sekreterare", "praktikant", "kommunalrad", "ledare", "radgivare", "arbetare",
                  "pedagog", "assistent", "tekniker", "strateg", "ombud", "representant", "kommissarie",
                  "ansvarig", "forvaltare", "skoterska", "vardare")


def title_first(text: str) -> tuple[str | None, str]:
    """A name written after its title ('Kommunpolis Mats Orre', 'rektor Anna Ek', 'Brottsförebyggande samordnare
    Eva Ek'): the title and the name; (None, text) for any other text. A title in lower case is any is_title; one
    with a capital must not end as a first name may ('Viktor Ek Sand' is a name) unless it ends as a title word does
    (_TITLES_BEFORE: 'Fältsekreterare', 'Fritidsledare')."""
    words = text.split()
    for k in range(1, len(words) - 1):
        title, name = " ".join(words[:k]), " ".join(words[k:])
        last = fold(words[k - 1])
        if looks_like_name(name) and is_title(title) and (  # 'Fältsekreterare Ahmed Noor': a compound of one
                title[:1].islower() or last.endswith(_TITLES_BEFORE) or not last.endswith(_NAME_LIKE_ENDINGS)):
            return title, name
    return None, text


def _workplace(words: list[str]) -> bool:
    """Whether the folded words are one workplace noun in its definite form that ends as no title does
    ('fritidsgarden', 'biblioteket'; never 'kommunpolis' or 'rektor')."""
    return len(words) == 1 and words[0].endswith(_DEFINITE) and not words[0].endswith(_TITLE_ENDINGS)


def names_org(text: str) -> bool:
    """Whether text has an organisation's word in it ('Polisen', 'Socialtjänsten', 'Kiruna kommun')."""
    return _org_word(re.findall(r"[a-z0-9]+", fold(text)))


def _org_word(words: list[str]) -> bool:
    return any(w in ORG_WORDS or w.endswith(("forvaltningen", "kommun", "bolaget")) for w in words)


# A nickname in quotes between a person's names, straight or typographic: 'Johan "Jocke" Eriksson', 'Maria ”Mia”
# Lind', "Per 'Pelle' Ek", 'Lena «Lenny» Ek'; one or two words.
_NICKNAME = re.compile(r"(?<=\w)\s+[" + NICKNAME_QUOTES + r"]\s*[" + CAPITAL + r"][\w-]*(?:\s[\w-]+)?\s*[" +
                       NICKNAME_QUOTES + r"](?=\s+[" + CAPITAL + r"])")


def without_nickname(text: str) -> str:
    """text without a nickname in quotes between a person's names ('Johan "Jocke" Eriksson' → 'Johan Eriksson'): the
    attendee is the person by their names, as people.toml and the notes' prose write them."""
    return _NICKNAME.sub("", text)


def looks_like_name(name: str) -> bool:
    """Whether text reads as a person's name: two to five words, each starting with a capital but for particles
    inside it ('Karl von Essen', 'Jan van der Berg'), no digits; a nickname in quotes between them ('Johan "Jocke"
    Eriksson') is no word of the name."""
    words = without_nickname(name).split()
    inner = words[1:-1]
    return (2 <= len(words) - sum(w in NAME_PARTICLES for w in inner) <= 5 and not re.search(r"\d", name)
            and all(w[:1].isupper() or (0 < n < len(words) - 1 and w in NAME_PARTICLES)
                    for n, w in enumerate(words)))


# A list number before a name, as a numbered list of people writes it: '1. ', '2) '.
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)] +(?=[" + CAPITAL + r"])")


def without_list_number(text: str) -> str:
    """A people line without the list number before its name ('1. Anna-Karin Sjöberg, ordförande' →
    'Anna-Karin Sjöberg, ordförande'); text as it is when no name follows a number ('1. Mötets öppnande')."""
    match = _LIST_NUMBER.match(text)
    if match is None:
        return text
    rest = text[match.end():]
    first = re.split(r"\t|,|;|\s+och\s+|\s+[–—-]\s+", re.sub(r"\s*\([^)]*\)", "", rest))[0].strip()
    return rest if looks_like_name(first) else text


def looks_like_org(text: str) -> bool:
    """Whether a word after a name is an organisation: a known organisation word, written with a capital, or a
    workplace in lower case in its definite form ('fritidsgården', 'biblioteket') that ends as no title does."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    if _org_word(words):
        return True
    if text[:1].islower():
        return _workplace(words)
    return text[:1].isupper() and not is_title(text)


def _titled(part: str) -> bool:
    """Whether a part of a comma list is a title or meeting role ('kommunpolis', 'Kommunpolis', 'ordförande'): what
    follows a person's name, never a name or an organisation."""
    return role_of(part) is not None or (is_title(part) and not person_like(part))


def _org_of_someone(text: str, people: list[Person]) -> bool:
    """Whether text is the organisation people.toml gives someone ('Hedemora Energi')."""
    return any(p.org and fold(p.org) == fold(text) for p in people)


def _person(name: str, people: list[Person]) -> Person | None:
    key = fold(name)
    matches = [p for p in people if fold(p.name) == key]
    return matches[0] if len(matches) == 1 else None


def parse_attendee(line: str, people: list[Person]) -> Attendee | None:
    """One attendee from a Närvarande line, or None when the line names nobody."""
    found = parse_people(line, people)
    return found[0] if found else None


def person_like(part: str) -> bool:
    """Whether a part of a comma list is a person's name rather than an organisation ('Bo Ny', not 'Region
    Dalarna' or 'Polisen Bergslagen')."""
    name = _bare_name(part)
    words = re.findall(r"[a-z0-9]+", fold(name))
    return looks_like_name(name) and not any(w in ORG_WORDS or w.endswith(("forvaltningen", "kommun", "bolaget"))
                                             for w in words)


# The organisation or sector the people after a dash are from, written before them: 'Skola – Annika Persson (rektor
# Slätta), Mikael Sjöberg (rektor Västra skolan)', 'Polis – Nils Ahl (områdespolis)'.
_SECTOR = re.compile(r"^(?P<org>[^\W\d][^–—,()\t:;]{0,40}?)\s+[–—-]\s+(?P<rest>[" + CAPITAL + r"].*)$")


def sector_of(text: str) -> tuple[str, str] | None:
    """The organisation or sector written before a dash and the people after it ('Skola – Annika Persson (rektor
    Slätta), Mikael Sjöberg' → ('Skola', 'Annika Persson (rektor Slätta), Mikael Sjöberg')); None when no such
    dash opens the text, or what stands before it is a name ('Eva Lindqvist – ordf.'), a role or a group."""
    sector = _SECTOR.match(text.strip())
    if sector is None:
        return None
    org = sector.group("org").strip()
    if person_like(org) or role_of(org) is not None or group_of(org) is not None:
        return None
    return org, sector.group("rest")


# What joins people on one line: "och", "samt", "&" ("Kent Alm (SD) och Maja Frid (V)").
JOIN = re.compile(r"\s+(?:och|samt)\s+|\s*&\s*")
# A join word that opens a part of a comma list ('…, och Tove Lind, Region Örebro län').
_JOINED_PART = re.compile(r"^(?:och|samt|&)\s+")


# A comma or a bracket: a comma no bracket encloses ('Rune Fält (räddningstjänsten, via Teams), Sofie Lind' is two
# people, never three) is one whose next bracket is not a closing one.
_COMMA_OR_BRACKET = re.compile(r"[,()]")


def comma_parts(text: str) -> list[str]:
    """text parted at its commas outside brackets ('Ann Ek (polisen, via Teams), Bo Ny' → ['Ann Ek (polisen, via
    Teams)', ' Bo Ny']); the parts as written, unstripped. Time grows with the length of text (one pass from
    its end), whatever the number of commas."""
    if "," not in text:
        return [text]
    parts: list[str] = []
    end = len(text)
    closing_next = False  # whether the next bracket after this point closes one
    for mark in reversed(list(_COMMA_OR_BRACKET.finditer(text))):
        if mark.group() != ",":
            closing_next = mark.group() == ")"
        elif not closing_next:
            parts.append(text[mark.end():end])
            end = mark.start()
    parts.append(text[:end])
    parts.reverse()
    return parts


def _bare_name(part: str) -> str:
    """A part of a people line without its party in brackets and its partial attendance: 'Kent Alm (SD)' →
    'Kent Alm'; a bracket the partial attendance closed goes too ('Ann Ek (polisen, t.o.m. punkt 2)')."""
    return " ".join(re.sub(r"\s*\([^)]*(?:\)|$)", "", _PARTIAL.sub("", part)).split())


def _joined_people(text: str) -> list[str] | None:
    """The people of a line that joins them with 'och', 'samt' or '&' and gives each nothing but a name and a
    party in brackets ('Kent Alm (SD) och Maja Frid (V)', 'Ann Ek, Bo Ny och Cia Ur'), one part a person; None
    for any other line ('Ann Ek och Bo Ny, Polisen' gives both the organisation and is read as a whole)."""
    pieces = [piece.strip() for part in comma_parts(text) for piece in JOIN.split(part)]
    if len(pieces) < 2 or len(pieces) == len(comma_parts(text)):
        return None
    if not all(piece and looks_like_name(_bare_name(piece)) and person_like(piece) for piece in pieces):
        return None
    return pieces


# Common Swedish first names, folded: with the first names people.toml gives, what tells a name from an organisation
# written as a name ('Insynsplats Ekby  Johan Ek') when nothing else does.
FIRST_NAMES = frozenset("""
agneta alexander alice amanda andreas anders ann anna anne annika anton arvid astrid axel bengt birgitta bo britt
carina carl caroline cecilia charlotte christer christina daniel david ebba elin elisabeth ella ellen emelie emil
emma erik eva filip fredrik gunilla gustav hanna hans helena henrik ida inger ingrid isak jan jenny jessica joakim
johan johanna jonas josefin karin karl kerstin kjell lars lena lennart leo linda linnea lisa lotta louise lucas
magnus malin margareta maria marie martin mats mattias mikael moa monica nils olle oskar patrik per peter pia ronja
rasmus robert sara sebastian simon sofia sofie stefan sven thomas tobias tomas ulf ulla viktor wilma yvonne
""".split())
# How a word of an organisation's name ends that no first name or surname does, folded: 'Insynsplats',
# 'Fritidsgården', 'Ungdomsrådet', 'Trygghetsgruppen'.
_ORG_ENDINGS = ("plats", "gard", "garden", "skola", "rad", "radet", "grupp", "gruppen", "foreningen", "namnden",
                "enheten", "verket", "huset", "stationen", "boende", "butiken", "kyrka", "myndighet", "sektionen",
                "kontoret", "biblioteket", "teatern", "arena", "arenan", "hallen")
# Two cells of a people line parted by a tab, or by two spaces or more as a table typed by hand ('Insynsplats Ekby
# Johan Ek').
_SPACED = re.compile(r"\s*\t\s*|(?<=\S) {2,}(?=\S)")


def _personal(cell: str, people: list[Person]) -> int:
    """How much a cell reads as a person's name rather than an organisation's: a name people.toml knows, a first
    name people.toml or FIRST_NAMES has, less a word that ends as an organisation's (_ORG_ENDINGS)."""
    words = [fold(w) for w in _bare_name(cell).split()]
    known = {fold(p.name) for p in people}
    firsts = FIRST_NAMES | {fold(p.name.split()[0]) for p in people if len(p.name.split()) > 1}
    return (2 * (" ".join(words) in known) + (bool(words) and re.split(r"-", words[0])[0] in firsts)
            - any(w.endswith(_ORG_ENDINGS) for w in words))


def spaced_columns(line: str, people: list[Person]) -> tuple[str, str, str | None] | None:
    """A people line written as two columns parted by spaces, a name and what is said of the person in either order
    ('Johan Ek  Insynsplats Ekby', 'Insynsplats Ekby  Johan Ek', 'Lisa Lind  Socialtjänsten'): the person's cell,
    the other, and a doubt when it is not clear which side is the person (both look like names and nothing tells
    them apart: the first is taken); None for any other line, a role or group before a name among them ('Ledamot
    Nadia Haddad (V)', read as such)."""
    cells = [c.strip() for c in _SPACED.split(line.strip())]
    if len(cells) != 2 or any(role_of(c) is not None or group_of(c) is not None or _NAME_PARTY.match(c)
                              for c in cells) or "," in cells[0]:
        return None  # 'Kalle Öberg (S)<TAB>Britt Nyberg (S)': two people, each with their party
    first, second = cells
    heads = [first, second.partition(",")[0].strip()]  # 'Eva Ek  Lind, Polisen': the name, then what she is
    lone = [c for c in heads if len(c.split()) == 1 and c[:1].isupper()]
    if lone and "\t" not in line and looks_like_name(" ".join(heads)) and not names_org(lone[0]) and \
            not is_title(lone[0]) and _personal(lone[0], people) >= 0:
        return None  # 'Anna Maria  Berg': a name typed with two spaces in it, no table
    if person_like(first) and not person_like(second):
        return first, second, None
    if person_like(second) and not person_like(first):
        return second, first, None
    if not person_like(first):
        return None
    ahead, behind = _personal(first, people), _personal(second, people)
    if behind > ahead:
        return second, first, None
    if ahead == behind and "\t" in line:
        return None  # 'Ann Ek<TAB>Bo Ny': read as two names are, by the lines around it
    return first, second, None if ahead > behind else (
        f"två kolumner: ”{first}” lästes som personen och ”{second}” som organisation, men det kan vara "
        "tvärtom")


def parse_people(line: str, people: list[Person], split_off: list[Attendee] | None = None) -> list[Attendee]:
    """The people a line names: 'Name, title', 'Name (party)', 'Name<TAB>Organisation', 'A och B, Org' (two),
    'Name, rektor Domarhagsskolan' (title and organisation), 'A, ordförande, B, Polisen' (a comma list of people
    with their titles), 'Skola – A (rektor Slätta), B' (the organisation before a dash is each one's), with partial
    attendance taken apart. split_off gets the people a comma list gave after its first, whom nothing but the shape
    of their name tells from an organisation."""
    line = without_nickname(line)
    spaced = spaced_columns(line, people)
    if spaced is not None and not person_like(spaced[1]):  # 'Polisen  Anna Berg': the person first, as usual
        line = f"{spaced[0]}, {spaced[1]}"
    elif spaced is not None:  # 'Insynsplats Ekby  Johan Ek': the person, with the other column as a table's cell
        persons = parse_people(spaced[0], people)
        for one in persons:
            _put(one, "title/org", spaced[1])
        return persons
    text = without_full_stop(", ".join(c.strip() for c in re.split(r"\t+", line.strip()) if c.strip()))
    if not text or _NOBODY.match(text):
        return []
    sector = sector_of(text)
    if sector is not None:
        within = parse_people(sector[1], people, split_off)
        if within and all(looks_like_name(a.name) for a in within):
            for one in within:  # 'rektor Slätta' after the name: the school within the sector
                one.org = sector[0] if one.org is None else f"{sector[0]}, {one.org}"
            return within
    # 'Kent Alm (SD) och Maja Frid (V)', 'Ann Ek, Bo Ny och Cia Ur': people joined by 'och'/'samt'/'&' are each
    # a person of their own, as when commas part them.
    joined = _joined_people(text)
    if joined is not None:
        return [a for part in joined for a in parse_people(part, people)]
    # Several people on one line: "Anna Ahl, Bo Berg, Carl Ceder" (three or more names), or
    # "Sara Svensson (S), ordf., Tom Torn (M)" (a later part that is a name with a party).
    # 'Nils Roos, Länsstyrelsen, och Tove Lind, Region Örebro län': a join word after a comma opens the next person.
    parts = [_JOINED_PART.sub("", p.strip()) if person_like(_JOINED_PART.sub("", p.strip())) else p.strip()
             for p in comma_parts(text)]
    text = ", ".join(parts)
    if len(parts) >= 2 and all(short_name(p, people) or looks_like_name(p) for p in parts) and any(
            short_name(p, people) for p in parts):  # 'Anna L, Erik, Sanden, Maria': short names, a person each
        return [Attendee(name=" ".join(p.split())) for p in parts]
    if len(parts) >= 3 and all(looks_like_name(_PARTIAL.sub("", p).strip()) for p in parts):
        return [a for p in parts for a in parse_people(p, people)]
    starts = [i for i, p in enumerate(parts) if i and _NAME_PARTY.match(p)]
    if starts:
        bounds = [0, *starts, len(parts)]
        return [a for start, stop in pairwise(bounds) for a in parse_people(", ".join(parts[start:stop]), people)]
    starts = [i for i, p in enumerate(parts) if i and person_like(p) and not _STANDS_IN.search(parts[i - 1]) and
              ((i > 1 and not person_like(parts[i - 1])) or _person(p, people) is not None or
               "(" in parts[i - 1] or (i + 1 < len(parts) and _titled(parts[i + 1])) or
               (i > 1 and i + 1 < len(parts) and _org_word(re.findall(r"[a-z0-9]+", fold(parts[i + 1])))) or
               (len(parts) == 2 and person_like(parts[0]) and not _org_of_someone(p, people)))]
    if starts:  # 'Ann Ek, ordförande, Bo Ny, Polisen': after a title, a part that is a name is the next person;
        # so is a person the store knows, one after a name with its party ('Ann Ek (S), Bo Ny'), one with a title
        # after it ('Ann Ek, Bo Ny, kommunpolis'), a later one with an organisation after it ('…, Anna Ek, Sunne
        # Kraft, Bo Ny, Sunne kommun') and a name after a name ('Ann Ek, Bo Ny': two people, as the
        # review reads them; unsure, since 'Bo Ny' may be an organisation, unless the store knows either)
        bounds = [0, *starts, len(parts)]
        found = [parse_people(", ".join(parts[start:stop]), people) for start, stop in pairwise(bounds)]
        if split_off is not None:
            split_off.extend(a for group in found[1:] for a in group)
        return [a for group in found for a in group]
    partial, absent, text = _attendance(text)
    head, comma, tail = text.partition(",")
    names = re.split(r"\s+och\s+|\s*&\s*", head.strip())
    if len(names) > 1 and all(looks_like_name(n) for n in names):
        out = []
        for name in names:
            attendee = _one(f"{name}{comma}{tail}", people)
            if attendee is not None:
                attendee.partial, attendee.absent = partial, attendee.absent or absent
                out.append(attendee)
        return out
    attendee = _one(text, people)
    if attendee is None:
        return []
    attendee.partial, attendee.absent = partial, attendee.absent or absent
    return [attendee]


# What a sentence or a list says of someone after their name in words: 'från polisen', 'på socialtjänsten', 'som är
# rektor på Ydreskolan', 'som arbetar som fältassistent vid kommunen'.
_FROM = re.compile(r"\s+(?:från|på|vid)\s+(?!(?:punkt|paragraf|ärende|mötet|sammanträdet|distans|plats)\b)"
                   r"(?P<org>[^\W\d][^,;()]*)$", re.IGNORECASE)
ROLE_CLAUSE = re.compile(r"\s+som\s+(?:är|var|jobbar\s+som|arbetar\s+som)\s+(?:en\s+|ny\s+)?"
                         r"(?!(?:med|där|här|närvarande|frånvarande|sjuk|borta|inte|ej)\b)(?P<title>[a-zåäöé][\w-]*(?:\s+[a-zåäöé][\w-]*){0,2}?)"
                         r"(?:\s+(?:på|vid|i|inom|för)\s+(?P<org>[^\W\d][^,;()]*?))?"
                         r"(?=\s+(?:och|samt)\s+[" + CAPITAL + r"]|\s*[,;.]|$)")


def said_in_words(name: str) -> tuple[str, list[str]]:
    """A name with what words after it say of the person ('Siv Hall från polisen' → ('Siv Hall', ['polisen']),
    'Nora Björk som är rektor på Ydreskolan' → ('Nora Björk', ['rektor', 'Ydreskolan'])); (name, []) for any other
    text, and where what stands before the words is no name."""
    clause = ROLE_CLAUSE.search(name)
    if clause is not None and clause.end() == len(name) and looks_like_name(name[: clause.start()]):
        return name[: clause.start()], [x for x in (clause["title"], clause["org"]) if x]
    at = _FROM.search(name)
    if at is not None and looks_like_name(name[: at.start()]):
        return name[: at.start()], [at["org"].strip()]
    return name, []


def came_for_part(partial: str | None) -> bool:
    """Whether partial attendance as read says someone came or was there for part of the meeting ('kom kl. 13.40',
    'deltog t.o.m. § 3', 'från kl. 10'), not only why they were away ('sjuk')."""
    return any(_PARTIAL.fullmatch(part) for part in (partial or "").split(", ") if part)


def part_of_meeting(text: str) -> bool:
    """Whether text is nothing but a part of the meeting someone was at ('den första halvtimmen', 't.o.m. § 4')."""
    return bool(text) and _PARTIAL.fullmatch(text) is not None


# A first name and the surname's initial: 'Anna L', 'Anna L.' (never a short surname: 'Lisa Ek').
_INITIAL = re.compile(r"^[" + CAPITAL + r"][\w-]+ [" + CAPITAL + r"]\.?$")


def short_name(text: str, people: list[Person]) -> bool:
    """Whether text is a short form of someone's name, as informal notes write them: a first name and the start of
    the surname ('Anna L'), or one word that is a first name (FIRST_NAMES or people.toml's) or that people.toml
    knows as someone's alias, first name or surname ('Sanden'); never an organisation's word ('Polisen')."""
    text = text.strip()
    if _INITIAL.match(text):
        return True
    if not re.fullmatch(r"[" + CAPITAL + r"][\w-]+", text) or _org_word([fold(text)]):
        return False
    return fold(text) in FIRST_NAMES or bool(Directory.from_people(people, []).resolve(text).candidates)


def organisations_only(text: str, people: list[Person]) -> bool:
    """Whether a people line lists organisations and no person ('Polisen, Socialtjänsten, Fältgruppen', as a
    samverkansgrupp's notes list who took part): two parts or more, none a name or a short name, one at least
    with an organisation's word."""
    parts = [p.strip() for p in comma_parts(without_full_stop(text.strip())) if p.strip()]
    pieces = [piece.strip() for part in parts for piece in JOIN.split(re.sub(r"\s*\([^)]*\)", "", part))]
    return len(parts) >= 2 and any(names_org(p) for p in parts) and not any(
        looks_like_name(piece) or short_name(piece, people) for piece in pieces if piece)


def full_names(attendees: list[Attendee], people: list[Person]) -> list[str]:
    """Write in full the names of attendees written short ('Anna L', 'Erik', 'Sanden'), as people.toml gives them
    when it names exactly one person so; what to check about each (Swedish words): a name read from a first name
    or surname alone (which may be someone else), and a short name no one or several have (kept as written)."""
    doubts = []
    directory = Directory.from_people(people, [])
    for attendee in attendees:
        if looks_like_name(attendee.name) and not _INITIAL.match(attendee.name):
            continue
        if not short_name(attendee.name, people):
            continue
        found = directory.resolve(attendee.name)
        if found.person is not None:
            if found.rule in ("förnamn", "efternamn"):
                doubts.append(f"”{attendee.name}” lästes som {found.person.name} ({found.rule}et i people.toml)")
            attendee.name = found.person.name
        elif found.ambiguous:
            doubts.append(f"”{attendee.name}” kan vara " + " eller ".join(p.name for p in found.candidates)
                          + "; skriv hela namnet")
        else:
            doubts.append(f"”{attendee.name}” är inget helt namn och ingen i people.toml; skriv hela namnet")
    return doubts


def _attendance(text: str) -> tuple[str | None, bool, str]:
    """What a people line says of someone's attendance, and the line without it: partial attendance as written
    ('t.o.m. punkt 5'; brackets read whole: '(del av mötet, t.o.m. punkt 2)'), whether they were away ('sjuk',
    '(anmält förhinder)'); attendance from elsewhere ('på distans', '(via Teams)') is attendance, taken out of the
    line and kept with the partial attendance ('t.o.m. punkt 2, via Teams')."""
    away_from = remote_in(text)
    text = _REMOTE.sub("", text).strip(" ,")
    partial, away, text = _in_part(text)
    return ", ".join(x for x in (partial, away_from) if x) or None, away, text


def remote_in(text: str) -> str | None:
    """The attendance from elsewhere text writes, as written ('Närvarande via Teams' → 'via Teams'), or None."""
    found = _REMOTE.search(text)
    return remote_words(found.group(0)) if found is not None else None


def remote_words(written: str) -> str:
    """Attendance from elsewhere as written, without the brackets and commas around it ('(via Teams)' → 'via
    Teams')."""
    return " ".join(written.strip(" ,–—()").split())


def _in_part(text: str) -> tuple[str | None, bool, str]:
    """_attendance without the attendance from elsewhere; why someone was away ('sjuk', 'föräldraledig'), as
    written, is kept with the partial attendance."""
    away = _AWAY.search(text)
    reason = None
    if away:
        text = (text[: away.start()] + text[away.end():]).strip(" ,–—")
        said = remote_words(away.group(0))
        reason = said if _REASON.search(said) else None  # 'anmält förhinder', 'frånvarande' say no more than absent
    bracket = next((m for m in re.finditer(r"\s*\(([^()]*)\)", text)
                    if all(_PARTIAL.fullmatch(part) for part in re.split(r"\s*,\s*|\s+och\s+", m.group(1)))), None)
    match = bracket or _PARTIAL.search(text)
    if match is None:
        return reason, away is not None, text
    partial = ", ".join(x for x in (match.group(1).strip(), reason) if x)
    return partial, away is not None, (text[: match.start()] + text[match.end():]).strip(" ,")


# Why someone was away, beyond their being away: 'sjuk', 'föräldraledig', 'på semester'.
_REASON = re.compile(r"(?<!\w)(?:sjuk(?:anmäld)?|(?:tjänst|föräldra)?ledig|(?:på\s+)?semester)(?!\w)", re.IGNORECASE)


def without_reason(partial: str | None) -> str | None:
    """partial without why someone was away ('t.o.m. punkt 2, sjuk' → 't.o.m. punkt 2'), for someone who was
    there after all (the review's n on a line that says they were away)."""
    if not partial:
        return partial
    kept = [p for p in partial.split(", ") if not _REASON.search(p)]
    return ", ".join(kept) or None


# The first word of a line that says who is called without naming anyone, compared folded: 'Ledamöter och ersättare
# i samverkansgruppen', 'Samtliga ledamöter', 'Alla i rådet'.
_GROUP_NOUNS = ("ledamoter", "ersattare", "samtliga", "alla", "medlemmar", "representanter", "tjanstepersoner",
                "deltagare")


def names_a_group(text: str) -> bool:
    """Whether a people line's text describes a group rather than naming a person ('Ledamöter och ersättare i
    samverkansgruppen', 'Samtliga ledamöter'): its first word a group's (_GROUP_NOUNS), and no name's shape."""
    words = re.findall(r"[a-z]+", fold(text))
    return bool(words) and words[0] in _GROUP_NOUNS and not looks_like_name(text)


def _one(line: str, people: list[Person]) -> Attendee | None:
    line = line.strip()
    if line.count("(") > line.count(")"):
        line += ")"  # 'Helsingborgshem (gäst, punkt 3)' with its part of the meeting taken out: '… (gäst'
    match = _LINE.match(line)
    if not match or not match.group("name").strip():
        return None
    name, rest = " ".join(match.group("name").split()), match.group("rest")
    bracket = (match.group("party") or "").strip()
    if bracket and not looks_like_name(name) and person_like(bracket) and looks_like_org(name):
        # 'Fritidsgården (Ali Rahimi)': the organisation, and the person who stands for it in brackets
        name, rest, bracket = bracket, f"{name}, {rest}", ""
    name, in_words = said_in_words(name)  # 'Anna Berg från polisen': her organisation, as after a comma
    if in_words:
        rest = ", ".join([*in_words, rest]) if rest.strip() else ", ".join(in_words)
    dash = re.fullmatch(r"(.+?)\s+[–—-]\s+(.+)", name)
    if dash and looks_like_name(dash.group(1)):  # 'Eva Lindqvist – ordf., kommunstyrelsen (L)': what follows a dash
        name, rest = dash.group(1), f"{dash.group(2)}, {rest}"  # is said of her, as after a comma
    rest = re.sub(r"^[–—-]\s+", "", rest)  # 'Dag Ek (S) – ledamot'
    if group_of(name) is not None or role_of(name) is not None or names_a_group(name):
        return None  # 'Ersättare', 'Ordförande', 'Ledamöter och ersättare i gruppen': never a person
    for role in ROLES:
        if fold(name).endswith(" " + fold(role)):
            name, rest = name[: -len(role)].strip(), f"{role}, {rest}"
    words = name.split()
    for size in (2, 1):  # 'Ledamot Nadia Haddad', 'Vice ordförande Kjell Lundgren': the role column before the name
        lead = " ".join(words[:size])
        if len(words) > size + 1 and (role_of(lead) or group_of(lead)) and looks_like_name(" ".join(words[size:])):
            name, rest = " ".join(words[size:]), f"{lead.lower()}, {rest}"
            break
    else:
        title, name = title_first(name)
        if title is not None:  # 'Kommunpolis Mats Orre': the title before the name
            rest = f"{title}, {rest}"
    attendee = Attendee(name=name, party=bracket if is_party(bracket, written_as_party=True) else None)
    if bracket and attendee.party is None:
        rest = f"{bracket}, {rest}"  # 'Olle Ek (Polisen)', 'Bo Berg (kommunpolis)': read as if after a comma
    person = _person(attendee.name, people)
    for part in [p.strip() for p in rest.split(",") if p.strip()]:
        said = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", part)  # '(S)' alone: a party cell of a table's row
        if said and not said.group(1) and is_party(said.group(2), written_as_party=True) and attendee.party is None:
            attendee.party = said.group(2)
            continue  # 'kommunalråd (ordförande)': a role or group after it
        if said and is_party(said.group(2), written_as_party=True) and attendee.party is None and not (
                _STANDS_IN.search(said.group(1)) or _SERVES_FOR.search(said.group(1))
                or re.match(r"^för\s", said.group(1))):  # '…, ersättare för Lars Gren (C)': the party is his
            attendee.party, part = said.group(2), said.group(1)  # 'ordf., kommunstyrelsen (L)': the party at the end
        elif said and (role_of(said.group(2)) or group_of(said.group(2))):
            if role_of(said.group(2)) and attendee.role is None:
                attendee.role = role_of(said.group(2))
            elif group_of(said.group(2)) and attendee.group is None:
                attendee.group = group_of(said.group(2))
            part = said.group(1)
        folded = fold(part)
        if is_party(part) and attendee.party is None:
            attendee.party = part
            continue
        if group_of(part) is not None and attendee.group is None:
            attendee.group = group_of(part)  # 'Ledamot', 'ersättare': the group, never a title or organisation
            continue
        if folded in TICKS or folded in THERE_WORDS:
            continue  # a ticked box or 'Närvarande' of an attendance table: present, as the line itself says
        if folded in ("nej", "ej", "franvarande", "forhinder", "anmalt forhinder"):
            attendee.absent = True  # the attendance column's 'Nej', 'Frånvarande': never an organisation or title
            continue
        words = part.split()
        split_at = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
        whom = re.match(r"^för\s+(.+)$", part)
        if whom and attendee.title is None and looks_like_name(re.sub(r"\s*\([^)]*\)", "", whom.group(1))):
            attendee.title = f"ersättare {part}"  # 'Peter Nyström (L)<TAB>för Karin Holm (C)' stands in for her
            attendee.group = attendee.group or "substitute"
            continue
        serves = _SERVES_FOR.search(part)
        if serves and attendee.title is None:
            attendee.title = f"ersättare för {serves['whom']}"  # 'tjänstgörande för Sara Lindqvist': a substitute
            attendee.group = attendee.group or "substitute"
            continue
        if _STANDS_IN.search(part) and attendee.title is None:
            attendee.title = part  # "tjänstgörande ersättare för Ulf Berg (SD)": whom they stand in for is no org
            attendee.group = attendee.group or "substitute"
            continue
        if split_at and attendee.org is None and fold(" ".join(words[:split_at])) in ORG_WORDS:
            attendee.org = part  # "räddningstjänsten Dala Mitt": an organisation and its name
            continue
        if (split_at and words[0][:1].islower() and attendee.title is None and attendee.org is None
                and fold(" ".join(words[:split_at])) not in [fold(r) for r in ROLES]):
            title = re.sub(r"\s+(?:för|på|vid|i|inom)$", "", " ".join(words[:split_at]))  # "enhetschef för"
            attendee.title, attendee.org = title, " ".join(words[split_at:])
            continue
        if role_of(part) is not None and attendee.role is None:
            attendee.role = role_of(part)
        elif person is not None and person.org and fold(person.org) == folded and attendee.org is None:
            attendee.org = part
        elif person is not None and person.title and fold(person.title) == folded and attendee.title is None:
            attendee.title = part
        elif looks_like_org(part) and attendee.org is None:
            attendee.org = part
        elif attendee.title is None:
            attendee.title = part
        elif attendee.org is None:
            attendee.org = part
        else:
            attendee.role = f"{attendee.role}, {part}" if attendee.role else part
    return attendee


def parse_row(line: str, columns: list[str], people: list[Person], ticked_table: bool = True) -> list[Attendee]:
    """The people of one row of an attendance table whose header row gave columns (the fields of
    sections.TABLE_COLUMNS, "party|org" for a cell naming two): the name cell read as a people line, every other
    cell put in its column's field unless it says more (a group, a role, a party; a party column's 'Polisen' is
    the organisation, a 'Titel/organisation' column's cell is told by its shape). A column of ticks says who was
    present, a member without a tick being absent; a serving substitute on a member's row stands in for them
    ('ersättare för Bo Andersson (M)'), and the member was then absent unless ticked. An empty Närvaro cell says
    absent only in a table whose other rows tick someone (ticked_table); where no row is ticked it says nothing."""
    cells = [c.strip() for c in line.strip().split("\t")]
    named = dict(zip(columns, cells, strict=False))
    found = parse_people(named.get("name", ""), people)
    if not found:
        return []
    for kind, cell in zip(columns, cells, strict=False):
        if kind in ("name", "present", "absent", "substitute") or not cell:
            continue
        partial, away, cell = _attendance(cell)  # 'enhetschef, från kl. 10.15': when, never the title
        for attendee in found:
            attendee.partial = attendee.partial or partial
            attendee.absent = attendee.absent or away
            if cell:
                _put(attendee, kind, cell)
    stands_in = parse_people(named.get("substitute", ""), people)
    ticked = {kind: fold(named.get(kind, "")) in TICKS for kind in ("present", "absent")}
    cell, serves = _serving_in(named.get("present", ""))
    there, partial = presence(cell) if cell.strip() or ticked_table else (True, None)
    said = group_of(cell.partition(",")[0])  # a Närvaro cell's 'Adjungerad', 'Ersättare': there, in that group
    for attendee in found:  # 'X, tjänstgörande för Sara Lindqvist': there, in her place
        if serves:
            attendee.title = attendee.title if attendee.title and serves in attendee.title else \
                f"ersättare för {serves}"
            attendee.group = "substitute"
    for attendee in found:
        attendee.absent = ticked["absent"] or (not there if "present" in columns else
                                               attendee.absent or bool(stands_in))
        attendee.partial = attendee.partial or partial
        if said and there:
            attendee.group = attendee.group or said
    member = found[0]
    for substitute in stands_in:
        substitute.group = "substitute"
        substitute.title = substitute.title or f"ersättare för {member.name}" + (
            f" ({member.party})" if member.party else "")
    return [*found, *stands_in]


def _serving_in(cell: str) -> tuple[str, str | None]:
    """A Närvaro cell without the words saying whose place the person served in ('X, tjänstgörande för Sara
    Lindqvist' → ('X', 'Sara Lindqvist'); 'Tjänstgör för Ulf Berg (SD)' alone → ('X', 'Ulf Berg (SD)'): serving is
    being there), and that person; the cell as it is and None when it says no such thing."""
    head, comma, tail = cell.partition(",")
    found = _SERVES_FOR.search(tail if comma else cell) or _STANDS_IN_CELL.search(tail if comma else cell)
    if found is None:
        return cell, None
    return (head.strip() if comma and head.strip() else "X"), found["whom"].strip()


# 'ersättare för Ulf Berg', 'i stället för Ulf Berg' as a Närvaro cell's words.
_STANDS_IN_CELL = re.compile(r"^\s*(?:ersättare\s+för|i\s*stället\s+för|ersätter)\s+"
                             r"(?P<whom>[" + CAPITAL + r"][^,;]*?)\s*$", re.IGNORECASE)


# What an attendance table's Närvaro cell writes for someone who was not there: 'Nej', '–', 'Frånvarande',
# 'Anmält förhinder', 'Nej, anmält förhinder' (compared folded).
_NOT_THERE = re.compile(r"^(?:nej|ej|inte|[-–—]+|franvarande|(?:anmalt\s+)?forhinder)\b|^[-–—]*$|^[❌✗✘⛔]")


def presence(cell: str) -> tuple[bool | None, str | None]:
    """What an attendance table's Närvaro cell says (read_presence); a cell that opens by saying the person was
    there and goes on in words read_presence cannot read is presence, those words the partial attendance
    (unread_presence: 'Ja, men gick tidigt' → (True, 'men gick tidigt'))."""
    there, partial = read_presence(cell)
    if there is None and (rest := unread_presence(cell)) is not None:
        return True, rest
    return there, partial


def read_presence(cell: str) -> tuple[bool | None, str | None]:
    """What an attendance table's Närvaro cell says: (True, None) for a tick ('X', 'Ja'), (True, partial) for
    attendance in part ('§§ 1–3', 'Ja, t.o.m. § 5', 'Delvis, § 3', 'från kl. 10.00', 'Delvis'), (False, None) for
    an empty cell or a no ('Nej', '–', 'anmält förhinder'), (True, how) for attendance from elsewhere ('Distans',
    'Ja, via Teams': how as written), and (None, None) for anything else, which says nothing sure."""
    text = cell.strip()
    folded = fold(text)
    if folded in TICKS or folded in THERE_WORDS or group_of(text) is not None:
        return True, None  # 'Närvarande', 'Deltog', and 'Adjungerad', 'Ersättare': there, in that group
    if folded == "delvis":
        return True, text  # there for part of the meeting, which part unsaid
    head, comma, tail = text.partition(",")
    first, space, rest = text.partition(" ")
    if comma and (fold(head) in (*TICKS, *THERE_WORDS, "delvis") or group_of(head) is not None):
        text = tail.strip()  # 'Ja, §§ 1–3', 'Delvis, § 3', 'Närvarande, t.o.m. § 5'
    elif space and fold(first) in (*TICKS, *THERE_WORDS, "delvis") and (
            rest.strip()[:1] in ("(", *"0123456789") or _attendance_parts(rest)):
        text = rest.strip()  # 'Närvarande (§ 1–3)', 'Ja (via Teams)', 'Ja till 14.00'
    if text and (parts := _attendance_parts(text)):
        return True, ", ".join(parts)  # 'från 13:20', 'Kom 13.20', 'via Teams, från 13.20': there, in part
    if _NOT_THERE.match(folded) or _AWAY.fullmatch(text):
        return False, None  # 'Nej', 'Frånvarande', 'Anmält förhinder', 'Sjuk', 'Återbud'
    return None, None


# The verbs a Närvaro cell opens with for someone who came or went during the meeting ('Kom 13.20', 'Gick tidigt').
_CAME_OR_WENT = ("kom", "gick", "anslot", "lamnade")


def unread_presence(cell: str) -> str | None:
    """What more a Närvaro cell that opens by saying the person was there says, when presence could not read it:
    the words after the tick ('Ja, men gick tidigt' → 'men gick tidigt'), or the whole cell when it opens with
    coming or going ('Kom sent'); None for any other cell. The person was there: the words are their partial
    attendance, and the row is marked unsure."""
    text = cell.strip()
    first = re.split(r"[\s,(]", text, maxsplit=1)[0]
    rest = text[len(first):].strip(" ,")
    if not rest or _NOT_THERE.match(fold(rest)) or _AWAY.fullmatch(rest):
        return None
    if fold(first) in (*TICKS, *THERE_WORDS):
        return rest
    return text if fold(first) in _CAME_OR_WENT else None


def _attendance_parts(text: str) -> list[str]:
    """The parts of a Närvaro cell's words after its tick, each partial attendance ('från 13:20', 'Närvarande till
    14.00', '§ 1–3', 'Kom 13.20') or attendance from elsewhere ('via Teams', 'Distans'), as written; [] when any of
    its words is neither."""
    parts: list[str] = []
    rest = text.strip()
    while rest:
        match = _PARTIAL.match(rest)
        if match is not None and match.group(1).strip():
            parts.append(_without_there_word(match.group(1).strip()))
        else:
            match = _REMOTE.match(rest)
            if match is None or not match.group().strip(" ,–—()"):
                return []
            parts.append(_without_there_word(remote_words(match.group())))
        rest = rest[match.end():].strip(" ,")
    return parts


# A Närvaro cell's word that says the person was there or came, before the part of the meeting they were at
# ('Närvarande till 14.00', 'Deltog från punkt 3', 'Kom efter § 4', 'Var med via Teams'). Never a word saying they
# left ('Gick', 'Lämnade'): 'efter § 4' alone would say the opposite of 'Lämnade efter § 4'.
_THERE_WORD = re.compile(r"^(?:närvarande|närvarade|närv\.?|deltog|deltar|deltagit|var\s+med|medverkade|kom|anslöt)"
                         r"\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _without_there_word(part: str) -> str:
    """A part of a Närvaro cell without the word before it that says the person was there ('Närvarande en stund' →
    'en stund', 'Deltog på distans' → 'på distans'): the column says so already. The word stays when it is what
    gives the rest its sense ('Kom 13.20', 'Kom först kl. 15.40')."""
    said = _THERE_WORD.match(part)
    if said is None or not (_PARTIAL.fullmatch(said["rest"]) or _REMOTE.fullmatch(said["rest"])):
        return part
    return said["rest"]


# A part of the meeting that does not say which part: 'Delvis', 'en stund', 'del av mötet' (compared folded).
_WHICH_PART_UNSAID = re.compile(r"delvis|(?:en\s+)?stund|(?:en\s+)?del\s+av\s+(?:motet|sammantradet)")


def which_part_unsaid(partial: str | None) -> bool:
    """Whether partial attendance says someone was there in part but not which part ('Delvis', 'en stund', 'del av
    mötet'), as a Närvaro cell may write it."""
    return bool(partial) and all(_WHICH_PART_UNSAID.fullmatch(" ".join(fold(part).split()))
                                 for part in (partial or "").split(","))


def _put(attendee: Attendee, kind: str, cell: str) -> None:
    """A table cell into its column's field (kind), or where it says it belongs; a party in brackets after it
    ('Kommunstyrelsen (S)') is the party, and a meeting role or group among its comma parts ('säkerhetssamordnare,
    sekreterare') is the role or group, the rest staying in the cell."""
    parts = [part.strip() for part in cell.split(",") if part.strip()]
    if len(parts) > 1:
        rest = []
        for part in parts:
            if role_of(part) is not None and attendee.role is None:
                attendee.role = role_of(part)
            elif group_of(part) is not None and attendee.group is None:
                attendee.group = group_of(part)
            else:
                rest.append(part)
        cell = ", ".join(rest)
        if not cell:
            return
    bracket = re.fullmatch(r"(.*?)\s*\(([^)]+)\)", cell)
    if bracket and is_party(bracket.group(2), written_as_party=True):
        attendee.party = attendee.party or bracket.group(2)
        cell = bracket.group(1)  # '(S)' alone in a Parti cell: the party, nothing left
        if not cell:
            return
    if group_of(cell) is not None:
        attendee.group = attendee.group or group_of(cell)
    elif role_of(cell) is not None:
        attendee.role = attendee.role or role_of(cell)
    elif is_party(cell, written_as_party="party" in kind) and attendee.party is None:
        attendee.party = cell
    elif "title" in kind and ("org" not in kind or is_title(cell)) and attendee.title is None:
        title, comma, place = cell.rpartition(",")
        if comma and is_title(title.strip()) and place.strip()[:1].isupper() and attendee.org is None and \
                looks_like_org(place.strip()):
            attendee.title, attendee.org = title.strip(), place.strip()  # 'fritidsledare, Ungdomens hus'
        else:
            attendee.title = cell
    elif attendee.org is None and kind != "title":
        attendee.org = cell
    elif attendee.title is None:
        attendee.title = cell


# A clock time or a paragraph in what was read as someone's title or organisation.
_WHEN_WRITTEN = re.compile(r"\b(?:kl|klockan)\b|§|(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:])", re.IGNORECASE)


def parse_groups(lines: list[tuple[str, str | None]], people: list[Person], ledger: Ledger,
                 tables: dict[int, list[str]] | None = None,
                 spread: dict[int, list[str | None]] | None = None,
                 remote: dict[int, str] | None = None) -> list[Attendee]:
    """The attendees of people lines under their labels (group, "absent", or "partial": there for part of the
    meeting); ledger records what each line became: the people it named, nothing to place ('Inga', '–', a group
    without names: 'Samtliga ledamöter'), or unplaced when it named nobody. A line read as
    a person whose name does not look like one is placed with a doubt, and so is a line of several people
    ('Ulla Ur, Polisen; Vera Vik') of which a part named nobody. tables: the columns of the attendance table each
    line at that index is a row of (a row is one member, with whoever stands in for them; 'Ulla Ur, Polisen; Vera
    Vik' elsewhere is two people). A group the line itself gives (a serving substitute in a members' table) stands
    before its label's. spread: the groups of the columns each line at that index has its cells in, one person a
    cell ('Ledamöter<TAB>Ersättare' over 'Britt Nyberg (S)<TAB>Kalle Öberg (S)'). remote: the attendance from
    elsewhere of the people of each line at that index ('via Teams' under 'Närvarande via Teams:')."""
    attendees: list[Attendee] = []
    alone: list[tuple[str, Attendee]] = []  # the lines that named one person, for a name read as their organisation
    known = {fold(p.name) for p in people}
    source: str = ""  # the last source line read
    pairs: list[tuple[Line, Attendee, Attendee]] = []  # lines read as two bare names: a person and one more
    again: set[int] = set()  # the people of lines listing people for the part of the meeting they were at
    ticked: dict[int, bool] = {}  # each table (by its columns) → whether any row's Närvaro cell says something
    for index, (line, _) in enumerate(lines):
        if (columns := (tables or {}).get(index)) is not None and "present" in columns:
            cell = dict(zip(columns, line.strip().split("\t"), strict=False)).get("present", "")
            ticked[id(columns)] = ticked.get(id(columns), False) or bool(cell.strip())
    for index, (line, label_group) in enumerate(lines):
        columns = (tables or {}).get(index)
        spread_groups = (spread or {}).get(index)
        # 'Ulla Ur, Polisen; Vera Vik, …' is two people; a table's row is read by its columns
        if columns:
            parts = [(line.strip(), label_group)]
        elif spread_groups:
            parts = [(cell.strip(), spread_groups[n] if n < len(spread_groups) else label_group)
                     for n, cell in enumerate(line.split("\t")) if cell.strip()]
        else:
            parts = [(part.strip(), label_group) for part in line.split(";") if part.strip()]
        found: list[Attendee] = []
        there_in_part: list[Attendee] = []  # listed under an absent label, yet there for part of the meeting
        split_off: list[Attendee] = []
        which: list[str] = []
        lost = []
        for part, group in parts:
            if not columns and organisations_only(part, people):
                lost.append(part)  # 'Deltagare: Polisen, Socialtjänsten, …': no person to list, left unplaced
                continue
            named = parse_row(part, columns, people, ticked.get(id(columns), True)) if columns else \
                parse_people(part, people, split_off)
            spaced = None if columns else spaced_columns(without_nickname(part), people)
            if named and spaced is not None and spaced[2]:
                which.append(spaced[2])  # 'Anna Ek  Sunne Kraft': which side is the person, unclear
            if not named and not _NOBODY.match(part):
                lost.append(part)
            for attendee in named:
                how = (remote or {}).get(index)
                if how and fold(how) not in fold(attendee.partial or ""):
                    attendee.partial = ", ".join(x for x in (attendee.partial, how) if x)
                if group == "absent" and not attendee.absent and came_for_part(attendee.partial):
                    # 'Frånvaro: Elin Grahn kom kl. 13.40, Per Hed (KD) anmält förhinder': she came, late
                    there_in_part.append(attendee)
                elif group == "absent":
                    attendee.absent = True
                elif group == "partial":  # 'Delvis närvarande: Ulf Ek kl. 08.15–09.00'
                    attendee.partial = attendee.partial or "del av mötet"
                    again.add(id(attendee))
                elif group is not None:
                    attendee.group = attendee.group or group
            found += named
        for doubt in full_names(found, people):  # 'Anna L, Erik, Sanden': the names people.toml gives
            ledger.doubt(line, doubt)
        attendees += found
        unread = (dict(zip(columns, line.strip().split("\t"), strict=False)).get("present", "")
                  if columns and found else "")
        if unread and presence(_serving_in(unread)[0])[0] is None:
            ledger.doubt(line, f"närvarokolumnen säger ”{unread.strip()}”; lästes som frånvarande")
        elif unread and read_presence(_serving_in(unread)[0])[0] is None and \
                (rest := unread_presence(_serving_in(unread)[0])) is not None:
            ledger.doubt(line, f"närvarokolumnen säger ”{unread.strip()}”; lästes som närvarande, med ”{rest}” "
                         "som närvaro under en del av mötet")
        elif unread and which_part_unsaid(read_presence(_serving_in(unread)[0])[1]):
            ledger.doubt(line, f"närvarokolumnen säger ”{unread.strip()}” men inte vilken del av mötet; lästes som "
                         "närvarande")
        if not found:
            if lost and all(names_a_group(part) for part in lost):
                ledger.placed(line, "heading", None, "anger en grupp, inga namn")
            elif lost:
                ledger.unplaced(line)
            else:
                ledger.placed(line, "heading", None, "ingen att ta upp (”inga”)")
            continue
        if isinstance(line, Line):
            ledger.named(line, tuple(found))
            source = line
        else:  # a further sentence of the line before ('… samt D. Frånvarande: E (KD).'): its people are that line's
            ledger.more_people(source, tuple(found))
        for doubt in which:
            ledger.doubt(line, doubt)
        for attendee in there_in_part:
            ledger.doubt(line, f"{attendee.name} står bland de frånvarande men ”{attendee.partial}” säger att "
                               "personen var med en del av mötet; lästes som närvarande")
        odd = [a.name for a in found if not looks_like_name(a.name)]
        bare = [a.name for a in split_off if not (a.title or a.org or a.role or a.party) and fold(a.name) not in known]
        if bare and len(found) == 2 and len(parts) == 1 and not columns and not found[0].org \
                and not found[0].party and isinstance(line, Line):  # 'Lars Gren (C), Susanne Ek': two people
            pairs.append((line, found[0], found[1]))  # 'Anna Ek, Sunne Kraft': read again below, by the other lines
        if bare:  # 'Anna Ek, Hedemora Energi' is written as 'Ann Ek, Bo Ny' is
            ledger.doubt(line, "lästes som flera personer: " + ", ".join(f"”{a.name}”" for a in found)
                         + "; " + ", ".join(f"”{name}”" for name in bare) + " kan vara en organisation")
        named_org = [a.org for a in found if not columns and len(found) > 1 and a.org and person_like(a.org) and
                     "," not in a.org and  # 'Skola, Noret': a sector and its school, never a name
                     not any(p.org and fold(p.org) == fold(a.org or "") for p in people)]
        if named_org:  # 'Ann Ek (S), Bo Ny, Polisen, Cia Ur, Dag Ek': Dag Ek may be the next person or Cia Ur's org
            ledger.doubt(line, ", ".join(f"”{org}”" for org in named_org) + " lästes som organisation men kan vara "
                         "en person")
        timed = [value for a in found for value in (a.title, a.org) if value and (
            _WHEN_WRITTEN.search(value) or (a.partial and f"{value} {a.partial}" in line))]
        if timed:  # 'anlände strax efter kl. 15', 'halva § 4': when someone was there, in words not read
            ledger.doubt(line, ", ".join(f"”{value}”" for value in timed) + " lästes som titel eller organisation "
                         "men kan säga när personen var med")
        if odd:
            ledger.doubt(line, "lästes som personen " + ", ".join(f"”{name}”" for name in odd))
        elif lost:
            ledger.doubt(line, "en del av raden blev ingen person: " + "; ".join(lost))
        if len(found) == 1 and not columns:
            alone.append((line, found[0]))
    if len([a for _, a in alone if a.org]) >= 2:  # the list writes one person a line with their organisation
        for line, person, second in pairs:
            if _personal(second.name, people) > 0:
                continue  # 'Sven Tor, Kerstin Al': a first name opens it, a person of her own
            person.org = second.name  # 'Anna Ek, Sunne Kraft' among 'Per Lund, Polisen', 'Bo Ny, Sunne kommun'
            attendees = [a for a in attendees if a is not second]
            ledger.redo(line.no, Fate(PLACED, "people", (person,)))
            ledger.doubt(line, f"”{second.name}” lästes som organisation, som raderna runt den skriver "
                               "organisationen, men kan vara en person")
    for line, attendee in alone:
        if attendee.org and name_of_someone(attendee.org, people, attendees):
            ledger.doubt(line, f"”{attendee.org}” lästes som organisation men kan vara en person")
    return once(attendees, ledger, again)


# What is said once of an attendee, which a second place that lists them fills in when the first leaves it out, with
# the words for a doubt when the two differ.
SAID_ONCE = ("party", "title", "org", "role", "group")
_SAID_WORDS = {"party": "parti", "title": "titel", "org": "organisation", "role": "roll", "group": "grupp"}
# The doubt on the line listing again, with other details, someone a line above lists on the same side.
TWICE = "personen står två gånger, med olika uppgifter; ta bort det som är fel"


def once(attendees: list[Attendee], ledger: Ledger | None = None, again: set[int] | None = None) -> list[Attendee]:
    """The attendees with a person the notes list twice on the same side (a Markdown file's header list and its
    table below; 'Ledamöter: … Sven Dahl (SD)' and 'Delvis närvarande: Sven Dahl (SD) till kl. 09.15') once, at
    their first place, with what each place says of them (parts of the meeting joined), when the two places agree:
    each of party, title, organisation, role and group the same or said in one place only. A later place with
    other details is another attendee, as written ('Övriga: Olle Sund, Polisen' and 'Adjungerade: Olle Sund,
    Räddningstjänsten'), and its line is unsure (TWICE) -- unless it is a line listing people again for the part
    of the meeting they were at (again: the ids of its people), which names someone listed already: one attendee
    then too, the first value kept and the line unsure. Listed present in one place and absent in the other they
    stay twice (the doubt is said by the caller). Each line in ledger that named a person kept once names the one
    attendee (the review moving either line moves them)."""
    kept: list[Attendee] = []
    first: dict[tuple[str, bool], Attendee] = {}
    for attendee in attendees:
        key = (fold(attendee.name), attendee.absent)
        seen = first.get(key)
        if seen is None:
            first[key] = attendee
            kept.append(attendee)
            continue
        differ = [f"{_SAID_WORDS[field]} ”{mine}” eller ”{theirs}”" for field in SAID_ONCE
                  if (mine := getattr(seen, field)) is not None and (theirs := getattr(attendee, field)) is not None
                  and fold(str(mine)) != fold(str(theirs))]
        if differ and id(attendee) not in (again or set()):
            kept.append(attendee)  # the same name with other details: perhaps two people, said as written
            if ledger is not None:
                ledger.doubt_about(attendee, TWICE)
            continue
        for field in SAID_ONCE:
            if getattr(seen, field) is None:
                setattr(seen, field, getattr(attendee, field))
        if attendee.partial and fold(attendee.partial) not in fold(seen.partial or ""):
            seen.partial = f"{seen.partial}, {attendee.partial}" if seen.partial else attendee.partial
        seen.extra = {**attendee.extra, **seen.extra}
        if ledger is None:
            continue
        for no in ledger.at(attendee):
            place = ledger.fates[no].place
            if isinstance(place, tuple):
                held = tuple(seen if p is attendee else p for p in place)  # in its place in the line's order
                ledger.rehome(no, tuple(p for n, p in enumerate(held) if not any(p is q for q in held[:n])))
            if differ:
                ledger.doubt(ledger.lines[no], f"”{attendee.name}” står redan i listan och räknas en gång, men "
                                               f"uppgifterna skiljer sig: {', '.join(differ)}; den första behölls")
    return kept


def name_of_someone(org: str, people: list[Person], attendees: list[Attendee]) -> bool:
    """Whether what was read as a person's organisation ('Ann Ek, Bo Ny') looks like someone's name: two to five
    capitalised words, no organisation's (person_like), either a name in people.toml or among the attendees, or
    opening with a first name one of them has; an organisation people.toml gives someone is none."""
    if not person_like(org) or _org_of_someone(org, people):
        return False
    names = [p.name for p in people] + [a.name for a in attendees]
    firsts = {fold(name.split()[0]) for name in names if len(name.split()) > 1}
    return fold(org) in {fold(name) for name in names} or fold(org.split()[0]) in firsts
