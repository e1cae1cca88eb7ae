"""Small text helpers shared by the core: folding, ids, safe printing, Swedish calendar words, written states."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")


# Letters that Unicode gives no decomposition into a base letter and an accent, folded as they are
# spelt without the letter (Danish and Norwegian ø and æ, Icelandic þ and ð, Polish ł, …); casefold()
# has already made ẞ and ß "ss", and NFKD has split ligatures (ﬁ → fi) and compatibility forms.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ħ": "h",
                          "ŧ": "t", "ı": "i", "ŀ": "l", "ĸ": "k", "ŋ": "n"})


def folded(text: str) -> str:
    """Text for comparison: without case, accents or surrounding space (å → a, Ö → o, Ø → o, æ → ae, ß → ss,
    ﬁ → fi). The same folding serves names, areas and full-text search (at indexing and in what is typed)."""
    if text.isascii():
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _BEYOND_ASCII.sub(_without_marks, decomposed).translate(_LETTERS).strip()


# Runs of characters beyond ASCII, the only ones that can be combining marks: looked at one by one, the rest of a
# long text is not.
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


fold = lru_cache(maxsize=1 << 16)(folded)  # names are folded again and again over a large store; long texts
# (a meeting's notes for the full-text index) go to folded() itself and are not kept
# The lines of a note being imported, folded by one reader of the importer after another while the note is read and
# hardly ever after: a cache of their own, large enough for the lines of a note of thousands of items (each pass
# over them finds them folded), small enough that a long note (a hundred thousand lines) does not keep a folded copy
# of every line, nor every line through its key, until the import ends; fold's cache stays the names'.
fold_line = lru_cache(maxsize=1 << 14)(folded)


def slug(text: str, limit: int = 48) -> str:
    """An ASCII id made from a title: 'Kameraövervakning ' → 'kameraovervakning'."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit and out:
            break
        out = candidate
    return out or "punkt"



LISTED = 5  # the most names a message lists before it counts the rest


def listed(names: Iterable[str], last: str = ", ", limit: int = LISTED) -> str:
    """names for a message, at most limit of them and then how many more: 'A, B, C, D, E och 12 till'; last joins
    the last two of a list short enough to show whole ('A, B eller C' with last=' eller ')."""
    shown = list(names)
    if len(shown) > limit:
        return ", ".join(shown[:limit]) + f" och {len(shown) - limit} till"
    return ", ".join(shown[:-1]) + last + shown[-1] if len(shown) > 1 else "".join(shown)


# The words of the meeting's roles, compared folded: in a name field they are a role written where a name goes.
ROLE_WORDS = ("ordforande", "ordf", "sekreterare", "justerare", "justerande", "ledamot", "ersattare", "adjungerad")
_NAME_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def name_problem(name: str) -> str | None:
    """Why a name field's text is no name (Swedish, for `bra check`): a tab or control character in it, or a role
    word ('ordförande', 'justerare') in it; None for a name."""
    if _NAME_CONTROL.search(name):
        return "innehåller en tabb eller ett styrtecken"
    words = re.findall(r"[a-z]+", fold(name))
    role = next((w for w in words if w in ROLE_WORDS), None)
    return f"innehåller rollordet {quoted(role)}, inget namn" if role else None


# Characters that reach a terminal or a document as something other than text: C0 controls (ESC starts
# escape sequences), DEL, C1 controls (U+009B is a one-character CSI), the Unicode line and paragraph
# separators, the two code points XML refuses, lone surrogates (the bytes of a file name that are no UTF-8:
# os.fsdecode keeps byte 0x9B, a one-byte CSI, as U+DC9B, and a terminal would get the byte back), and the
# invisible ones that change what text seems to say: the bidirectional overrides, embeddings, isolates and marks
# (U+202E turns "gpj.exe" around), the zero-width space, word joiner and byte-order mark. Line feeds and tabs
# are text.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff"
                    "\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
LINE_BREAKS = "\r\v\f\x85\u2028\u2029"  # besides \n; vertical tab and form feed are what Word leaves for line breaks
# C0 controls and DEL as Unicode's Control Pictures (ESC → ␛, BEL → ␇); C1 and the rest as U+FFFD.
_PICTURES = {**{c: chr(0x2400 + c) for c in range(0x20)}, 0x7F: "\u2421"}


def _shown(match: re.Match[str]) -> str:
    char = match.group(0)
    return "\n" if char in LINE_BREAKS else _PICTURES.get(ord(char), "\ufffd")


def visible(text: str) -> str:
    """Text safe to print or put in a document: each control character shown as a symbol, never obeyed.

    Tabs, line feeds and CR LF pairs stay; a lone CR, vertical tab, form feed, NEL and the Unicode line and
    paragraph separators become line feeds; ESC becomes ␛ (every other C0 control and DEL its picture,
    U+2400–U+2421); C1 controls (U+0080–U+009F), U+FFFE, U+FFFF, lone surrogates (undecodable bytes of a
    file name) and the invisible bidirectional and zero-width characters (U+202E, U+200B, …) become U+FFFD,
    so they show where they are and do nothing.
    """
    if not UNSAFE.search(text):
        return text
    return "\r\n".join(UNSAFE.sub(_shown, part) for part in text.split("\r\n"))


def quoted(text: object) -> str:
    """text in single quotes for a one-line message ('Eve␛[2J'), its control characters shown as symbols (visible;
    line feeds and tabs too, as ␊ and ␉), never escaped the way Python's repr() writes them ('Eve\\x1b[2J')."""
    shown = visible(str(text)).replace("\r\n", "\n")
    return "'" + shown.replace("\n", "\u240a").replace("\t", "\u2409") + "'"  # one line: ␊ and ␉ as well


def council_area(area: str, areas: Iterable[str]) -> str | None:
    """The council's own area that a written area means when it is written otherwise, in case, accents or the
    space around it ('hot och vald', 'andt' → 'Hot och våld', 'ANDT'); None when no area is written so. What
    `bra check` suggests for an area the council does not list, and what a form says and saves."""
    key = fold(area)
    return next((a for a in areas if fold(a) == key), None)


def case_only(area: str, meant: str) -> bool:
    """Whether an area differs from the council's only in case ('andt' for 'ANDT'): then it is the same area, saved
    in the council's spelling without a question."""
    return area.strip().casefold() == meant.casefold()


def unknown_area(area: str, areas: Iterable[str]) -> str:
    """That an area is not among the council's, and which one it may mean: the words of `bra check`."""
    meant = council_area(area, areas)
    hint = f" (menar du {quoted(meant)}?)" if meant is not None else ""
    return f"området {quoted(area)} finns inte bland områdena i council.toml{hint}"


def titled(text: object) -> str:
    """A title (or another text the user wrote) inside a sentence, in Swedish quotation marks, on one line:
    ”Kartläggning av kunskapsläget.” är redan öppen, never a full stop followed by a lower-case word."""
    return "\u201d" + one_line(str(text)) + "\u201d"


ORDINALS = ("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
            "elfte", "tolfte")
NUMBER_WORDS = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def ordinal(n: int) -> str:
    """The n:th in words (1 → 'första', 3 → 'tredje'), beyond twelve in digits ('13:e')."""
    return ORDINALS[n - 1] if 1 <= n <= len(ORDINALS) else f"{n}:e"


def counted(n: int, one: str, many: str) -> str:
    """n things in words: 'ett möte', 'två möten', '13 möten' (one is the word for a single thing, neuter)."""
    return f"{NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else n} {one if n == 1 else many}"


def not_a_date(text: str, example: str = "2024-11-15") -> str:
    """The one sentence for a date argument or field that is no date, with an example that bra would accept there."""
    return f"{quoted(text)} är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel {example}."


_ANY_BREAK = re.compile("\\s*(?:\r\n|[\n\t" + LINE_BREAKS + "])\\s*")
_LINE_BREAK = re.compile("[^\\S\t]*(?:\r\n|[\n" + LINE_BREAKS + "])[^\\S\t]*")
_BREAK_OR_TAB = re.compile("[\n\t" + LINE_BREAKS + "]")


# A sentence's closing full stop: one '.' at the end, not after an initial ('Ann E.'), an abbreviation in lower case
# ('ordf.', 'vån.', 'resp.', 'bl.a.') or another full stop ('…', '..').
_CLOSING_STOP = re.compile(r"(?<![.\s])(?<!\b[^\W\d_])(?<!\b[a-zåäö]{2})(?<!\b[a-zåäö]{3})(?<!\b[a-zåäö]{4})"
                           r"(?<![.][a-zåäö])(?<![.][a-zåäö]{2})\.\s*$")


# Where a sentence of prose ends and the next begins: a full stop (or '!', '?') after a word, never after an initial
# ('Ann E. Ek') or a number ('§ 5. Lägesbild'), or after a bracket, before a capital.
# The capital letters of the Latin alphabet as the body of a regex character class ('A-Z', then 'Å', 'Ç', 'Ø',
# 'É', 'Ł', 'Š' …): a name or a sentence may begin with any of them (Çelik, Øystein, Ådahl, Émile, Łukasz).
CAPITAL = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper() and chr(c).isalpha())
# The small words some family names carry between the given name and the rest ('Karl von Essen', 'Eva af Klint',
# 'Jan van der Berg', 'Sara de Geer'), written in lower case inside a name.
NAME_PARTICLES = ("von", "af", "de", "van", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ter", "ten",
                  "zu", "y", "dos", "das", "do", "el", "al", "bin", "ibn")
# The space between two words of a name, with any particles in it: 'Karl von Essen', 'Jan van der Berg'; and a
# nickname in quotes between them: 'Johan "Jocke" Eriksson', 'Per ”Pelle” Lind', 'Eva «Evi» Ek'.
NICKNAME_QUOTES = "\"'„”“‟«»‘’‚‹›"
NAME_GAP = r"\s+(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+)*(?:[" + NICKNAME_QUOTES + r"][" + CAPITAL + \
    r"][\w-]*[" + NICKNAME_QUOTES + r"]\s+)?"
SENTENCE_END = re.compile(r"(?:(?<=[^\W\d]{2})|(?<=\)))[.!?]\s+(?=[" + CAPITAL + r"])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of text starts and ends (offsets into text), parted at SENTENCE_END."""
    starts = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]


# Where a sentence may end in a paragraph of prose: '.', '!' or '?' (or several), a closing quote or bracket, then
# space and a capital, a digit or a quote; what stands before it decides (_ends_sentence).
_SENTENCE_BREAK = re.compile(r"[.!?]+[”\"')]*\s+(?=[A-ZÅÄÖ0-9”\"])")
# Swedish abbreviations a full stop closes that end no sentence ('t.ex.', 'bl.a.', 'kl.', 'fr.o.m.'), folded and
# without their full stops; an abbreviation written with dots between lower-case letters ('o.s.v.', 'm.fl.') is
# one whatever its letters.
_ABBREVIATIONS = frozenset(
    "tex bla kl ca resp ang enl inkl exkl jfr nr tel st sk mm osv dvs etc ev obs fd tf ordf sekr ledam ers adj "
    "kap s p sid forts avd bil tom from fom mfl mha pga ffa iom ist inom tv tillf kvm kr milj tkr mkr "
    "jan feb mar apr jun jul aug sep sept okt nov dec man tis ons tors tor fre lor son vard".split())


def _ends_sentence(before: str) -> bool:
    """Whether the word before a full stop (its last run of non-space characters, the stop left off) closes a
    sentence: never an abbreviation ('t.ex', 'kl', 'bl.a'), an initial ('Ann E'), a paragraph sign or a number
    after one ('§ 5', '5 §'), a number after 'kl.' ('kl. 13.00' ends the sentence only when more follows it)."""
    words = before.split()
    if not words:
        return False
    word = words[-1].strip("(”\"'")
    bare = folded(word).replace(".", "")
    if word.endswith("§") or (len(words) > 1 and words[-2] == "§" and word[:1].isdigit()):
        return False
    if len(word) == 1 and word.isalpha():  # an initial, or 's.' of 's. 4'
        return False
    if re.fullmatch(r"(?:[a-zåäö]{1,4}\.)+[a-zåäö]{1,4}", word):  # 't.ex', 'bl.a', 'o.s.v', 'fr.o.m'
        return False
    return bare not in _ABBREVIATIONS


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph of prose, each with its closing full stop, in order ('Polisen berättade om
    läget. Rådet beslutade att …' → two); a full stop after a Swedish abbreviation ('t.ex.', 'bl.a.', 'kl. 13.00'),
    an initial or '§' ends none. The text itself (stripped) when it is one sentence."""
    text = " ".join(text.split())
    out, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        said = text[start:match.start()]
        if any(c.isalpha() for c in said) and _ends_sentence(said):  # '1. Mötets öppnande' is one
            out.append(text[start:match.end()].strip())
            start = match.end()
    rest = text[start:].strip()
    return [*out, rest] if rest else out


def shown_name(name: object) -> str:
    """A file's name (or path) as a line of the screen or a message shows it: its control characters, line feeds
    and tabs as symbols (visible; '␊', '␉'), never obeyed or breaking the line."""
    return visible(str(name)).replace("\r\n", "\n").replace("\n", "\u240a").replace("\t", "\u2409")


def without_full_stop(text: str) -> str:
    """text without the full stop that closes a sentence ('Sala stadshus, sessionssalen.' → 'Sala stadshus,
    sessionssalen', 'Moa Dahl.' → 'Moa Dahl', 'Rum 2.' → 'Rum 2'); one after an initial ('Ann E.'), a short
    abbreviation in lower case ('ordf.', 'vån.', 'bl.a.') or another full stop is kept."""
    return _CLOSING_STOP.sub("", text.rstrip())


def one_line(text: str, tabs: bool = True) -> str:
    """text from a file with every line break and tab (and the spaces around it) made one space: what a table cell
    or any other one-line place shows of it, since a cell's own line breaks are the view's ('title\\nstatus') and
    its columns are the table's. tabs=False keeps the tabs (a document's line, where a tab is its layout)."""
    if not _BREAK_OR_TAB.search(text):
        return text
    return (_ANY_BREAK if tabs else _LINE_BREAK).sub(" ", text)


def without_controls(text: str) -> str:
    """text with every control character removed (line feeds and tabs stay); for text already laid out."""
    return UNSAFE.sub("", text) if UNSAFE.search(text) else text


# A terminal's escape sequence, removed whole from text read from a file so that none of its bytes is left as
# text ('R\x1b]0;HACKED\x07ådhuset' → 'Rådhuset'): CSI ('\x1b[2J', '\x1b[?1049h', C1 '\x9b2J'), OSC, DCS, APC, PM
# and SOS strings up to BEL or ST ('\x1b]8;;http://…\x07'), and a two-character sequence ('\x1bc').
_ESCAPE = re.compile("(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*"
                     "(?:\x07|\x1b\\\\|\x9c)?|\x1b[ -~]?")


def without_escapes(text: str) -> str:
    """Text read from a file without its escape sequences (removed whole, _ESCAPE) and every other control
    character (tabs and line feeds stay; a vertical tab, Word's line break, becomes a space)."""
    if not UNSAFE.search(text):
        return text
    return UNSAFE.sub("", _ESCAPE.sub("", text.replace("\v", " ")))


def printable(value: T) -> T:
    """A copy of value with visible() applied to every string in it, through dataclasses, lists, tuples and dicts."""
    if isinstance(value, str):
        return visible(value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: printable(getattr(value, f.name)) for f in fields(value) if f.init}
        return replace(value, **changes)
    if isinstance(value, (list, tuple)):
        items = [printable(v) for v in value]
        return items if isinstance(value, list) else tuple(items)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {printable(k): printable(v) for k, v in value.items()}  # type: ignore[return-value]
    return value


MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)


def is_month(text: str) -> bool:
    """Whether text is a month written ÅÅÅÅ-MM (2023-12), as a risk picture's period is."""
    match = _MONTH.fullmatch(text)
    return match is not None and 1 <= int(match.group(2)) <= 12


def period_label(period: str | None) -> str | None:
    """A reporting period 'ÅÅÅÅ-MM' as 'dec 2023'; other text as written; None when there is none."""
    if not period:
        return None
    if len(period) >= 7 and period[4] == "-" and period[:4].isdigit() and period[5:7].isdigit():
        month = int(period[5:7])
        if 1 <= month <= 12:
            return f"{MONTHS[month - 1][:3]} {period[:4]}"
    return period


_DONE = ("klar", "klart", "klara", "avslutad", "avslutat", "genomford", "genomfort", "slutford", "slutfort", "stangd",
         "stangt", "atgardad", "atgardat", "avklarad", "avklarat", "fardig", "fardigt", "gjord", "gjort")
_DROPPED = ("utgar", "utgatt", "avskriven", "avskrivet", "avskrivs", "struken", "struket", "stryks", "avbruten",
            "avbrutet")
# The words that open a status of something not done yet ('Pågår', 'Ej påbörjad', 'Inte klart', 'Försenad').
_UNDER_WAY = ("pagar", "pagaende", "paborjad", "paborjat", "ej", "inte", "oppen", "oppet", "vilande", "forsenad",
              "forsenat", "vantar", "planerad", "planerat", "startad", "startat", "aterstar")


def is_status(text: str) -> bool:
    """Whether text is a status, not a date: it opens with a word that says how far a task has come ('Klart',
    'Pågår', 'Ej påbörjad', 'Stängd', 'Utgår')."""
    first = re.match(r"[^\w]*([a-z]+)\b", fold(text))  # the text's first word: '2025-02-14 (försenad)' is a date
    return first is not None and first.group(1) in (*_DONE, *_DROPPED, *_UNDER_WAY)


def state_of(status: str) -> str:
    """What a written status says: done/dropped when it opens with a word that says so ('Klart 2024'), else open."""
    words = re.findall(r"[a-z]+", fold(status))
    if words and words[0] in _DONE:
        return "done"
    if words and words[0] in _DROPPED:
        return "dropped"
    return "open"

# Format 2's values in the words of Swedish minutes.
GROUP_WORDS = {"member": "ledamot", "substitute": "ersättare", "adjunct": "adjungerad", "invited": "inbjuden",
               "other": "övrig deltagare"}
KIND_WORDS = {"information": "informationsärende", "decision": "beslutsärende", "pause": "paus",
              "adjournment": "ajournering"}
# What the notice writes for a follow-up without an owner (export and views), and the importer reads back as none.
NO_OWNER = "ingen ansvarig"
DOCUMENT_WORDS = {"anteckningar": "Anteckningar", "minnesanteckningar": "Minnesanteckningar",
                  "protokoll": "Protokoll", "kallelse": "Kallelse"}


def document_word(kind: str | None) -> str:
    """The document's name for its heading: 'Protokoll'; notes of unknown kind are 'Anteckningar'."""
    return DOCUMENT_WORDS.get(kind or "", "Anteckningar")


# The body text size, in points, of the Word documents bra writes: a blank line of their layout is this much
# spacing above the next paragraph (export.word), and the importer reads such spacing back as blank lines.
WORD_LINE_PT = 11


# A day written in numbers with its year, day before month as Swedes write it: '5/5 2026', '5/5-2026', '05/05/2026',
# '5/5/26', '5.5.2026', '05.05.2026' (with dots only with four digits of year, so that an item's number '1.2.3' is
# none); never 'm/d'. No groups, for use inside other patterns.
NUMERIC_DATE = (r"(?<![\d/.-])(?:\d{1,2}/\d{1,2}(?:\s*[-/]\s*|\s+)(?:\d{4}|(?<=[-/])\d{2})|\d{1,2}\.\d{1,2}\.\d{4})"
                r"(?![\d/:-]|\.\d)")
_NUMERIC_DATE = re.compile(NUMERIC_DATE)


# A day written year first in numbers otherwise than ISO: with dots ('2027.06.03') or without any separator
# ('20270603', a year from 1900 to 2099).
_YEAR_FIRST = re.compile(r"(?<![\d/.-])(?:(\d{4})\.(\d{1,2})\.(\d{1,2})|"
                         r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?![\d/:-]|\.\d)")


def with_iso_dates(text: str) -> str:
    """text with every day written in numbers with its year (NUMERIC_DATE: '5/5 2026'; year first with dots or
    without separators: '2026.05.05', '20260505') as ISO ('2026-05-05'), so that every reader of dates reads it as it
    reads '2026-05-05'; a day no year has ('31/4 2026') is left as written."""
    def iso(match: re.Match[str]) -> str:
        day, month, year = (int(n) for n in re.findall(r"\d+", match.group(0)))
        try:
            return dt.date(year + (2000 if year < 100 else 0), month, day).isoformat()
        except ValueError:
            return match.group(0)

    def year_first(match: re.Match[str]) -> str:
        year, month, day = (int(n) for n in (match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)))
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return match.group(0)
    return _NUMERIC_DATE.sub(iso, _YEAR_FIRST.sub(year_first, text))
