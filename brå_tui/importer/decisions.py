"""Decisions in the prose: 'Beslut:' bullets, 'Rådet beslutar att …', amounts and accounts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from brå_tui.importer.bilingual import ENGLISH_HALF
from brå_tui.importer.ledger import as_line
from brå_tui.model import Decision
from brå_tui.text import CAPITAL, sentences

BULLETS = "·•-–—*"
# 'Beslut: …', also as a list's entry ('- Beslut: …', '* Beslut: …'): the label is the same with a bullet before it.
_BESLUT = re.compile(r"^\s*(?:[" + re.escape(BULLETS) + r"]\s+)?" + ENGLISH_HALF + r"beslut\s*:\s*(.*)$",
                     re.IGNORECASE)
# A decision paragraph opens with who decides within a few words ("Rådet beslutar att", "Lokala BRÅ
# överens om att"), or says that something becomes a standing point of the agenda (only the council
# can decide its agenda).
# 'Beslutades att …', 'Det beslöts att …': the decision without who made it.
# 'Ansökan om 15 000 kr avslås.', 'Ansökan beviljas med 5 000 kr.', 'Förslaget godkänns.': a verdict on an application
# or a proposal, in the passive as protocols write it.
_DECIDED = (r"^(?:[-–•*·]\s+)?(?:det\s+)?(?:beslutades|beslöts|beslutas)\s+(?:det\s+)?att\b|"
            r"^(?:[-–•*·]\s+)?(?:ansökan|ansökningen|begäran|framställan|förslaget|äskandet|yrkandet|motionen)\b"
            r"[^.;]{0,100}?\b(?:avslås|avslogs|beviljas|beviljades|bifalls|bifölls|godkänns|godkändes|tillstyrks|"
            r"avstyrks)\b")
# A decision told in everyday words rather than a council's: 'Vi bestämde att …', 'Gruppen kom överens om att …',
# 'Det bestämdes att …', 'Rådet enades om att …', 'Rådet godkände planen', 'Gruppen ställde sig bakom förslaget',
# also with the verb first after an opening ('Efter diskussion enades rådet om att …', 'Därefter godkände rådet …').
# Read as a decision, and marked unsure (informal_decision).
_WHO = r"(?:vi|rådet|gruppen|alla|styrgruppen|arbetsgruppen|samverkansgruppen|mötet|lokala\s+brå|brå)"
_OPENING = (r"(?:efter\s+(?:en\s+)?(?:\S+\s+)?(?:diskussion|genomgång|samtal|överläggning)\s*,?\s+|"
            r"(?:därefter|sedan|slutligen|till\s+sist)\s*,?\s+)?")
_INFORMAL = (r"^(?:[-–•*·]\s+)?" + _OPENING + r"(?:"
             r"(?:" + _WHO + r"\s+(?:bestämde|bestämmer|bestämde\s+oss\s+för|kom\s+överens\s+om|"
             r"kommer\s+överens\s+om|enades\s+om|enas\s+om)|det\s+bestämdes|"
             r"(?:enades|kom)\s+" + _WHO + r"\s+(?:överens\s+)?om)\s+(?:att\b|:)|"
             + _WHO + r"\s+(?:godkände|godkänner|ställde\s+sig\s+bakom|ställer\s+sig\s+bakom)\s+\S|"
             r"(?:godkände|godkänner)\s+" + _WHO + r"\s+\S|(?:ställde|ställer)\s+" + _WHO + r"\s+sig\s+bakom\s+\S)")
_INFORMAL_LINE = re.compile(_INFORMAL, re.IGNORECASE)
_DECIDES = re.compile(r"^(?:\S+\s+){0,4}?(?:beslutar|beslutade|beslöt|är överens om|överens om|enas om)\b|" + _DECIDED +
                      "|" + _INFORMAL,
                      re.IGNORECASE)
# The words that open a protocol's list of decisions, each entry on a line of its own below them: 'Rådet beslutar
# att' or 'Beslut:' over '- genomföra …', and also 'Rådet beslutar' over 'att bevilja …,'.
_LIST_OPENER = re.compile(r"(?:\batt|:|\b(?:beslutar|beslutade|beslöt|föreslår|föreslog|besluta))\s*$", re.IGNORECASE)
_STANDING = re.compile(r"\bstående punkt\b.*\bdagordning", re.IGNORECASE)
# An amount of money as Swedish minutes write it: '40 000 kr', '15.000 kr', '15 000:-', 'SEK 15 000', '15 000 SEK',
# '25 tkr', '1,5 miljoner kronor', '0,5 mkr', '2 mnkr'; the unit gives the factor (tkr 1 000, mkr 1 000 000).
_NUMBER = r"(\d{1,3}(?:[  .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_UNIT = (r"(tkr|tusen\s+kronor|mkr|mnkr|milj(?:oner|\.)?\s*(?:kronor|kr\b)|miljon(?:er)?\s+kronor|"
         r"miljon(?:er)?\b(?!\s+(?:invånare|människor|personer|besök|resor|timmar)\b)|kronor|kr\b|sek\b|:-)")
_AMOUNT = re.compile(r"(?<![\d,.])" + _NUMBER + r"\s*" + _UNIT + r"|\bsek\s+" + _NUMBER + r"(?![\d])", re.IGNORECASE)
_FACTORS = {"t": 1_000, "m": 1_000_000}
# Words before an amount that is not what the decision spends: what was applied for ('ansökan om', 'sökta'), beside
# what is granted; and a rejection, which spends nothing ('avslå ansökan om 40 000 kr', 'inte bevilja').
_APPLIED = re.compile(r"\b(?:ansökan|ansökt|ansöker|sökt[a]?|begärt[a]?|begäran)\s+(?:om\s+)?(?:[^\s,]+\s+){0,2}$",
                      re.IGNORECASE)
_REJECTED = re.compile(r"\b(?:avslå|avslår|avslogs|avslås|avstyrk\w*|inte\s+(?:bevilja|beviljar|beviljas|anslå))\b",
                       re.IGNORECASE)
# A proposal to another body, which decides the money itself: not the council's own ('föreslå KS att avsätta 1,5
# miljoner kronor', 'föreslår kommunstyrelsen att anslå 2 mnkr', 'hemställer hos nämnden om 40 000 kr').
_PROPOSED = re.compile(r"\b(?:föreslå|föreslår|föreslog|hemställa|hemställer|hemställde)\s+(?:hos\s+|till\s+)?"
                       r"(?!att\b|om\b)\S+(?:\s+\S+){0,3}?\s+(?:att|om)\b", re.IGNORECASE)
_IN_ALL = re.compile(r"\b(?:totalt|sammanlagt|sammantaget|summa|i\s+allt)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_ACCOUNT = re.compile(r"\b(?:genom|konto|kontot|ansvar|ansvaret|verksamhet|från|ur|via)\s+"
                      r"([" + CAPITAL + r"]{0,4}\d{2,}(?:\s\d{1,6})?)\b")


# What a protocol writes next to a decision that is none: a reservation, a note to the minutes, a member's conflict
# of interest ('Reservation: Mats Lind (SD) reserverar sig mot beslutet.', 'Protokollsanteckning: …', 'Eva Ek
# deltar inte i beslutet.', 'Jonas Berg deltar inte i handläggningen av ärendet.', 'Ola Berg anmäler jäv och lämnar
# sammanträdet under ärendet.', 'Jäv: Ola Berg').
_BESIDE_DECISION = re.compile(r"^\W*(?:(?:reservation|protokollsanteckning|särskilt\s+yttrande|jäv|yrkanden?)\s*[:.–-]|"
                              r".{0,80}?\b(?:reserverar|reserverade|reserverat)\s+sig\b|"
                              r".{0,80}?\b(?:deltar|deltog|deltar\s+inte|anmäler|anmälde)\s+(?:inte\s+|ej\s+)?"
                              r"(?:i\s+(?:beslutet|handläggningen|behandlingen|beredningen)|jäv|protokollsanteckning)\b|"
                              r".{0,80}?\b(?:lämnar|lämnade|lämnat|går\s+ut\s+ur|gick\s+ut\s+ur)\s+"
                              r"(?:sammanträdet|mötet|lokalen|rummet|salen)\b.{0,40}?\b(?:under|vid|på\s+grund\s+av)\s+"
                              r"(?:ärendet|punkten|paragrafen|behandlingen|handläggningen|jäv)\b|"
                              r"ansvarig[a]?\s*:)", re.IGNORECASE)


def beside_decision(line: str) -> bool:
    """Whether a line among the decisions is no decision but what is noted beside one: a reservation, a note to
    the minutes or a conflict of interest ('Reservation: Mats Lind (SD) reserverar sig mot beslutet.'). It ends
    the decisions and is the item's text."""
    return bool(_BESIDE_DECISION.match(line.strip()))


def beslut_heading(line: str) -> str | None:
    """The text after 'Beslut:' when the line opens a list of decisions, else None."""
    match = _BESLUT.match(line)
    return match.group(1).strip() if match else None


def is_decision(paragraph: str) -> bool:
    """Whether a paragraph of notes is itself a decision."""
    text = " ".join(paragraph.split())
    return bool(_DECIDES.match(text) or _STANDING.search(text))


# A line inside a paragraph that opens a decision: who decides within its first words, the verb followed by what
# is decided ('Rådet beslutar att', 'Nämnden beslöt enligt förslaget'); 'Vid förra mötet beslutade rådet att …'
# tells of an earlier decision and opens none.
_DECIDES_LINE = re.compile(r"^(?:\S+\s+){0,4}?(?:(?:fattade|fattar|fattat)\s+(?:\S+\s+)?beslut\s+(?:om|att)\b|"
                           r"(?:beslutar|beslutade|beslöt)\s+(?:(?:därför|därmed|också|även|"
                           r"vidare|dessutom|enhälligt)\s+)?(?:att\b|enligt\b|i\s+enlighet\b|:)|"
                           r"(?:är\s+)?överens\s+om\b|enas\s+om\b|(?:beslutar|beslutade|beslöt)\s*:?\s*$)|" + _DECIDED +
                           "|" + _INFORMAL,
                           re.IGNORECASE)
# A clause of a protocol's decision on a line of its own, 'att bevilja …,' under 'Arbetsutskottet beslutar'; one
# that ends in a comma, 'samt' or 'och' has the next clause after it.
_CLAUSE = re.compile(r"^att\s+\S", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r"(?:[,;]|\b(?:samt|och))\s*$", re.IGNORECASE)


def informal_decision(line: str) -> bool:
    """Whether a line tells a decision in everyday words ('Vi bestämde att köpa reflexer.'): a decision, but one the
    user should check."""
    return bool(_INFORMAL_LINE.match(line.strip()))


def opens_decision(line: str) -> bool:
    """Whether a line starts a decision: who decides within its first words with what they decide ('Rådet beslutar
    att …', 'Nämnden beslöt att …'), or 'Beslut: …'."""
    return bool(_DECIDES_LINE.match(line.strip())) or beslut_heading(line) is not None


def opens_list(line: str) -> bool:
    """Whether a line opens a list of decisions ('Rådet beslutar att', 'Beslut:', 'Arbetsutskottet beslutar' over
    its 'att …' clauses): the list below it belongs to it, also across a blank line."""
    return opens_decision(line) and _LIST_OPENER.search(line.strip()) is not None


def list_goes_on(line: str) -> bool:
    """Whether the list of decisions goes on below line, also across a blank line: line opens one (opens_list), or
    is a clause of one with the next after it ('att bevilja 85 000 kronor till trygghetsvärdar, samt')."""
    text = line.strip()
    return opens_list(text) or bool(_CLAUSE.match(text) and _CLAUSE_GOES_ON.search(text))


# A list line's marker: a bullet, or a number or letter with a full stop or parenthesis ('1.', '2)', 'a)').
_ENTRY = re.compile(r"^\s*(?:[" + re.escape(BULLETS) + r"]|\d{1,2}[.)]|[a-zåäö]\))\s+(?=\S)")


def list_entry(line: str) -> str | None:
    """The text of a list line without its bullet or number ('- genomföra …', '2) ta fram …'), None for a line
    that is no list entry."""
    match = _ENTRY.match(line)
    return line[match.end():].strip() if match else None


def ends_sentence(text: str) -> bool:
    """Whether text ends a sentence ('… vandringen.'): a decision written so is whole."""
    return text.rstrip().endswith((".", "!", "?"))


@dataclass
class _Reading:
    """A decision being read line by line: its opening line and the list entries below it."""

    head: str
    entries: list[str] = field(default_factory=list)

    def opens_list(self) -> bool:
        return not self.head or _LIST_OPENER.search(self.head) is not None

    def goes_on(self, text: str) -> bool:
        """Whether a line that is no list entry continues the decision's last sentence (a wrapped line)."""
        last = self.entries[-1] if self.entries else self.head
        return not last or (not ends_sentence(last) and (not self.entries or text[:1].islower()))

    def extend(self, text: str) -> None:
        if self.entries:
            self.entries[-1] += " " + text
        else:
            self.head = f"{self.head} {text}".strip()

    def texts(self) -> list[str]:
        if not self.entries:
            return [self.head]
        return [_joined(self.head, entry) for entry in self.entries]


def _joined(head: str, entry: str) -> str:
    """A listed decision with the words that open the list: 'Rådet beslutar att' + 'genomföra …' (or 'att
    genomföra …') → 'Rådet beslutar att genomföra …'; the comma, 'samt' or 'och' that joined the list left out."""
    head = head.rstrip(" :")
    if re.match(r"att\s", entry, re.IGNORECASE) and re.search(r"\batt$", head, re.IGNORECASE):
        head = head[:-3].rstrip()
    if head and re.match(r"[" + CAPITAL + r"][a-zåäö]+\s+[a-zåäö]", entry):
        entry = entry[0].lower() + entry[1:]  # 'Genomföra en …' in the sentence; a name ('Ida Grahn …') stays
    return re.sub(r"\s*(?:[,;]|,?\s+(?:samt|och))$", "", f"{head} {entry}".strip())


# A proposal for a decision, which a notice (kallelse) or a case's papers write before the meeting decides: its
# label, alone or before the proposal ('Förslag till beslut: Rådet beslutar att …', 'Beslutsförslag', 'Förvaltningens
# förslag'). What follows in its paragraph is the proposal, kept as the item's text.
PROPOSAL = re.compile(r"^(?:förslag\s+till\s+beslut|beslutsförslag|föreslaget\s+beslut|"
                      r"(?:förvaltningens|ordförandens|arbetsutskottets|utskottets)\s+förslag(?:\s+till\s+beslut)?|"
                      r"förslag)\s*(?::|$)", re.IGNORECASE)


# What is said of a line whose later sentence states a decision: the sentences before it stay the item's notes.
PARTED_DECISION = "beslutet står i en senare mening på raden; radens andra meningar står kvar i anteckningarna"


def _decisions_within(text: str) -> tuple[str, list[str], bool] | None:
    """A line of several sentences of which a later one states a decision ('Göran rapporterade om klotter. Rådet
    beslutade att anlita sanering för 12 000 kr.'): its other sentences (the notes), each sentence that states a
    decision, and whether the last sentence is one (it may go on below the line); None for any other line."""
    said = sentences(text)
    deciding = [opens_decision(x) and not PROPOSAL.match(x) for x in said]
    if len(said) < 2 or not any(deciding[1:]):
        return None
    notes = " ".join(x for x, d in zip(said, deciding, strict=True) if not d)
    return notes, [x for x, d in zip(said, deciding, strict=True) if d], deciding[-1]


def sort_paragraph(lines: list[str], parted: list[tuple[str, str]] | None = None) -> tuple[list[str], list[str]]:
    """A paragraph's lines as (notes lines, decision texts). Word's plain text keeps a paragraph's lines together
    without blank lines between them, so decisions are found line by line: a line that opens with a decision
    phrase (opens_decision) starts a decision, which goes on over the lines that continue its sentence and, when
    it ends in 'att' or ':', over the list below it (each entry a decision of its own: 'Rådet beslutar att
    genomföra …'). The other lines ('X får i uppdrag att …' after a decision, a sentence before one) are notes.
    A paragraph that makes something a standing point of the agenda is a decision as a whole. A proposal
    (PROPOSAL: 'Förslag till beslut: …' and the lines below it) is notes. A line whose later sentence states a
    decision ('Göran rapporterade om klotter. Rådet beslutade att …') gives that decision, its other sentences
    staying notes (not the source line: the line is the decision's); each such line is added to parted with what
    to say of it.
    """
    notes: list[str] = []
    readings: list[_Reading] = []
    reading: _Reading | None = None
    proposal = False  # below 'Förslag till beslut': what is proposed, never what was decided
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        if proposal or PROPOSAL.match(text):
            proposal = True
            reading = None
            notes.append(text)
            continue
        within = None if opens_decision(text) else _decisions_within(text)
        if within is not None:
            said, decided, last = within
            notes.append(said)  # a str, no longer the source line
            readings.extend(_Reading(x if beslut_heading(x) is None else str(beslut_heading(x))) for x in decided)
            reading = readings[-1] if last else None
            if parted is not None:
                parted.append((raw, PARTED_DECISION))
            continue
        if opens_decision(text) or (index == 0 and is_decision(text)):  # 'Rådet beslutar enligt förslaget.'
            inline = beslut_heading(text)
            reading = _Reading(text if inline is None else inline)
            readings.append(reading)
            continue
        if reading is not None and not beside_decision(text):
            entry = list_entry(text) or (text if _CLAUSE.match(text) else None)  # '- genomföra …', 'att bevilja …'
            if entry is not None and reading.opens_list():
                reading.entries.append(entry)
                continue
            if entry is None and reading.goes_on(text):
                reading.extend(text)
                continue
            reading = None
        notes.append(text)
    decisions = [text for r in readings for text in r.texts() if text]
    if not decisions and notes and not proposal and (_STANDING.search(" ".join(notes)) or
                                    (not ends_sentence(notes[0]) and is_decision("\n".join(notes)))):
        return [], ["\n".join(notes)]  # or who decides is named over two lines ('… i Sala kommun / beslutar att')
    return notes, decisions


def strip_bullet(line: str) -> str:
    """A list line without its bullet."""
    text = line.strip()
    if text and text[0] in BULLETS and (len(text) == 1 or text[1] in " \t"):
        return as_line(text[1:].strip(), line)
    return text


def _kronor(match: re.Match[str]) -> int:
    """The whole kronor of one amount written ('15.000 kr' → 15000, '25 tkr' → 25000, '1,5 miljoner kronor' →
    1500000)."""
    number = match.group(1) or match.group(3)
    unit = (match.group(2) or "").lower()
    factor = _FACTORS.get(unit[0], 1) if unit.startswith(("tkr", "tusen", "mkr", "mnkr", "milj")) else 1
    whole, _, part = re.sub(r"[  .]", "", number).partition(",")
    return int(whole) * factor + (int(part) * factor // 10 ** len(part) if part else 0)


def amount_of(text: str) -> int | None:
    """The kronor a decision spends, from the amounts its text writes (kronor, kr, :-, SEK, tkr, mkr, miljoner
    kronor): one written as the total ('totalt 15 000 kr'), else the sum of those granted ('12 000 kr till kameror
    och 3 000 kr till skyltar' → 15000) leaving out what was applied for beside them ('bevilja 20 000 kr av sökta
    40 000 kr' → 20000); None for none, for a rejection ('avslå ansökan om 40 000 kr', 'Ansökan om 15 000 kr avslås.'),
    which spends nothing, and for a proposal to another body ('föreslå KS att avsätta 1,5 miljoner kronor'), whose
    money it is."""
    if _REJECTED.search(text) or _PROPOSED.search(text):
        return None
    found = list(_AMOUNT.finditer(text))
    if not found:
        return None
    totals = [m for m in found if _IN_ALL.search(text[:m.start()])]
    if totals:
        return _kronor(totals[-1])
    granted = [m for m in found if not _APPLIED.search(text[:m.start()])] or found
    return sum(_kronor(m) for m in granted)


def account_of(text: str) -> str | None:
    """The account a cost is booked on ('finansieras genom ID110 16' → 'ID110 16')."""
    match = _ACCOUNT.search(text)
    return match.group(1) if match else None


def _opened(texts: list[str]) -> list[str]:
    """'Rådet beslutar att' followed by '- genomföra …', '- uppdra …', or a protocol's 'Rådet beslutar' followed by
    'att bevilja …,' / 'att …': each listed decision with the words that open them ('Rådet beslutar att genomföra
    …', without the comma or 'samt' that joined the list); the opening words alone are no decision."""
    texts = [" ".join(t.split()) for t in texts]
    out: list[str] = []
    i = 0
    while i < len(texts):
        j = i + 1
        if _LIST_OPENER.search(texts[i]):
            while j < len(texts) and next((c for c in texts[j] if c.isalpha()), "").islower():
                j += 1
            if j > i + 1:
                out.extend(_joined(texts[i], text) for text in texts[i + 1:j])
                i = j
                continue
        out.append(texts[i])
        i = j
    return out


# The marker of a list entry before a decision: a bullet, or a number as the minutes and Word's lists write it
# ('2.', '2)', '2.1', '2.1.', 'b)') before a capital ('2.1 Rådet beslutar …'; '2.5 miljoner kronor' is no number).
_MARKER = re.compile(r"^(?:[" + re.escape(BULLETS) + r"]\s+|(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|"
                     r"[a-zåäö]\))\s+(?=[" + CAPITAL + r"]))")


def without_marker(text: str) -> str:
    """A decision's text without the bullet or list number before it ('· Rådet beslutar …', '2.1 Rådet beslutar …'
    → 'Rådet beslutar …'): the number is the list's, not the decision's words."""
    match = _MARKER.match(text)
    return text[match.end():] if match else text


def make_decisions(texts: list[str]) -> list[Decision]:
    """Decisions from their texts, each without a list's bullet or number. When one decision books an amount on
    an account, that decision carries the amount; other decisions of the item naming the same amount do not (it
    would count twice)."""
    out: list[Decision] = []
    for text in _opened([without_marker(" ".join(t.split())) for t in texts]):
        text = " ".join(text.split())
        if text:
            out.append(Decision(text=text, amount_sek=amount_of(text), account=account_of(text)))
    booked = {d.amount_sek for d in out if d.account and d.amount_sek is not None}
    for d in out:
        if not d.account and d.amount_sek in booked:
            d.amount_sek = None
    return out


def decision_at(lines: Sequence[str], no: int) -> Decision:
    """The decision line no of lines (a note's lines) makes on its own, as the review moves it there: without its
    bullet or 'Beslut:', joined with the words that open its list when it is an entry under 'Rådet beslutar att'
    (without the comma that joined the list), with the amount and account it names."""
    line = lines[no].strip()
    entry = list_entry(line)
    text = beslut_heading(strip_bullet(line)) or strip_bullet(line)
    if entry is not None:
        above = no - 1
        while above >= 0 and list_entry(lines[above].strip()) is not None:
            above -= 1
        if above >= 0 and opens_list(lines[above].strip()) and beslut_heading(lines[above].strip()) is None:
            text = _joined(lines[above].strip(), entry)
    text = without_marker(" ".join(text.split()))
    return Decision(text=text, amount_sek=amount_of(text), account=account_of(text))


# A sentence in prose that tells what was decided in other words than 'beslutar': 'Vi bestämde att …', 'Gruppen
# kom överens om att …'.
_DECIDED_IN_PROSE = re.compile(r"^(?:\S+\s+){0,4}?(?:bestämde|bestämmer|bestämdes|kom\s+överens\s+om)\s+"
                               r"(?:(?:oss|sig|därför|också|även)\s+)?(?:för\s+)?att\b", re.IGNORECASE)


def decision_sentence(sentence: str) -> bool:
    """Whether a sentence of prose states a decision ('Rådet beslutade att …', 'Vi bestämde att …', 'Beslut: …'),
    not one that tells of an earlier one ('Vid förra mötet beslutade rådet att …')."""
    text = " ".join(sentence.split())
    return opens_decision(text) or bool(_DECIDED_IN_PROSE.match(text))
