"""The labels of a note's heading ('Plats:', 'Närvarande', 'Anmält förhinder'), each with the field it fills."""

from __future__ import annotations

import re

from brå_tui.importer.bilingual import ENGLISH_HALF
from brå_tui.text import CAPITAL, NAME_GAP

# Labels of the heading, as Swedish minutes, notes and notices write them, with or without a colon.
# Each gives the field it fills and, for people, their group (ATTENDEE_GROUPS), "absent" or "partial" (there for part
# of the meeting).
LABELS: list[tuple[str, str, str | None]] = [
    # the day written with the time, the place or both: 'Dag och tid: Måndag 16 mars 2026, kl. 08.30–11.45',
    # 'Datum, tid och plats: …', 'Plats och datum: …'
    (r"(?:dag|datum|sammanträdesdag|mötesdag)(?:\s*,\s*|\s+och\s+)tid(?:\s*,\s*|\s+och\s+)plats|"
     r"(?:dag|datum)\s+och\s+plats|plats\s+och\s+(?:dag|datum)", "place_time", None),
    (r"(?:dag|datum|sammanträdesdag|mötesdag)(?:\s*,\s*|\s+och\s+)tid|tid\s+och\s+(?:dag|datum)", "time", None),
    (r"plats\s+och\s+tid", "place_time", None),
    (r"tid\s+och\s+plats", "place_time", None),
    (r"var\s+och\s+när|när\s+och\s+var", "place_time", None),  # 'Var och när: Rådhuset, 4 mars kl. 9–11'
    (r"samling", "place_time", None),  # a walk's meeting point: 'Samling: kl. 18.00 vid Domkyrkan'
    (r"när", "time", None),  # 'När: Onsdag 4 februari 2026, 8.15–9.45', as a Tid line
    (r"var", "place", None),  # 'Var: Teams'
    (r"mötesplats\s+och\s+tid", "place_time", None),
    (r"mötesplats", "place", None),
    (r"sammanträdes(?:dag|datum)", "meeting_date", None),
    (r"mötes(?:dag|datum)", "meeting_date", None),
    (r"(?:sammanträde|möte)t?", "meeting_date", None),  # 'Sammanträde: Torsdag 16 april 2026, kl. 08.30 – 11.30'
    (r"utfärdad|utfärdat|utskicksdatum", "issued", None),
    (r"datum", "date", None),
    (r"tid", "time", None),
    (r"plats", "place", None),
    (r"lokal", "place", None),
    (r"delvis\s+närvarande|närvarande\s+(?:delvis|del\s+av\s+(?:mötet|sammanträdet))", "people", "partial"),
    (r"närvarande\s+(?:ledamöter|beslutande)", "people", "member"),
    (r"närvarande\s+ersättare", "people", "substitute"),
    (r"(?:närvarande\s+|övriga\s+|kallade\s+)?(?:tjänstem(?:än|ännen)|tjänstepersoner(?:na)?|sekretariat(?:et)?)",
     "people",
     "other"),
    (r"närvarande", "people", None),
    (r"närvaro(?:lista)?|deltagarlista", "people", None),
    (r"beslutande(?:\s+ledamöter)?", "people", "member"),
    (r"ledamöter", "people", "member"),
    (r"tjänstgörande\s+ersättare", "people", "substitute"),
    (r"(?:(?:icke|ej|inte)\s+tjänstgörande\s+)?ersättare", "people", "substitute"),
    (r"kallade\s+ledamöter", "people", "member"),
    (r"kallade\s+ersättare", "people", "substitute"),
    (r"kallade", "people", None),
    (r"övriga\s+(?:närvarande|deltagare|deltagande|medverkande)|närvarande\s+övriga", "people", "other"),
    (r"övriga", "people", "other"),
    (r"deltagare", "people", None),
    (r"adjungerade?", "people", "adjunct"),
    (r"inbjud(?:en|na)", "people", "invited"),
    (r"med\s+(?:på|vid)\s+(?:mötet|sammanträdet|träffen)", "people", None),  # 'Med på mötet:'
    (r"kunde\s+inte(?:\s+(?:komma|delta|närvara|vara\s+med))?", "people", "absent"),  # 'Kunde inte: Jenny Mattsson'
    (r"anmält\s+förhinder", "people", "absent"),
    (r"frånvarande(?:\s+(?:ledamöter|ersättare|beslutande))?", "people", "absent"),
    (r"frånvaro(?:lista)?", "people", "absent"),  # 'Frånvaro: Märta Lundqvist – sjuk'
    (r"(?:lämnat\s+|anmält\s+)?återbud|anmälda\s+förhinder|förhindrade", "people", "absent"),
    (r"ej\s+närvarande", "people", "absent"),
    (r"inte\s+närvarande", "people", "absent"),
    (r"förhinder", "people", "absent"),
    (r"(?:mötes)?ordförande|ordf\.?|mötesledare|ledare\s+för\s+mötet", "chair", None),  # 'Mötesledare': Teams
    # who keeps the minutes, however the template says it: 'Sekr.:', 'Protokollförare', 'Vid tangenterna'
    (r"(?:mötes)?sekreterare|sekr\.?|protokollförare|antecknare|anteckningsförare|"
     r"vid\s+(?:tangenterna|tangentbordet|pennan|protokollet|anteckningarna)|för\s+anteckningarna|antecknat\s+av|"
     r"(?:protokollet|anteckningarna)\s+(?:fördes|förs|förda)\s+av|(?:protokoll|anteckningar)\s+förda\s+av",
     "secretary", None),
    # 'Anteckningar: Lisa Berg' names who took the notes only with a name after it (label_of); alone, it is a heading
    (r"anteckningar", "secretary", None),
    (r"utses\s+att\s+justera", "adjusters", None),
    (r"justerare", "adjusters", None),
    # 'Justeringens plats och tid', also its first line when the label column wraps it ('Justeringens plats' over
    # 'och tid': sections.wrapped_labels)
    (r"justeringens\s+(?:plats|tid|dag|datum)(?:\s+och\s+(?:plats|tid|dag|datum))?", "adjusting", None),
    (r"justering(?:s(?:dag|datum|tid|plats))?", "adjusting", None),
    (r"paragrafer", "paragraphs", None),
]
# The words of a label part at spaces, never at a tab: 'Beslutande<TAB>Ledamöter<TAB>Tjänstgörande ersättare' is a row
# of three cells, the first a label of its own ('Beslutande ledamöter' is one).
_IN_CELL = r"[^\S\t]+"
_LABEL = re.compile(r"^\s*" + ENGLISH_HALF + r"(?P<label>" +
                    "|".join(f"(?:{p.replace(chr(92) + 's+', _IN_CELL)})" for p, _, _ in LABELS) + r")"
                    r"(?:\s*:\s*(?P<a>.*)|(?:\t|\s{2,})\s*(?P<b>\S.*)|\s*$)", re.IGNORECASE)
_LABEL_PARTS = [(re.compile(rf"^(?:{p})$", re.IGNORECASE), kind, group) for p, kind, group in LABELS]


# A role's label and a name with a slash between them: 'Vid pennan/Lisa Berg', 'Ordf./Eva Ek'.
_SLASHED = re.compile(r"^\s*(?P<label>[^/:\t]{2,40}?)\s*/\s*(?P<name>[" + CAPITAL + r"].*)$")
# The labels that may stand without a name after them only as headings: 'Anteckningar' over the notes.
_NAME_ONLY = ("anteckningar",)


def label_of(line: str) -> tuple[str, str | None, str] | None:
    """(field, group, the text after the label) when the line opens with a heading label, else None. A role's
    label may be parted from its name by a slash ('Vid pennan/Lisa Berg')."""
    match = _LABEL.match(line)
    if not match:
        slashed = _SLASHED.match(line)
        labelled = label_of(slashed["label"] + ":") if slashed else None
        if slashed and labelled is not None and labelled[0] in ("chair", "secretary", "adjusters") \
                and _NAME_FIRST.match(slashed["name"]):
            return labelled[0], None, slashed["name"].strip()
        return None
    if " ".join(match.group("label").split()).lower() in _NAME_ONLY:
        rest = (match.group("a") if match.group("a") is not None else match.group("b")) or ""
        if not _NAME_FIRST.match(rest.strip()):
            return None
    label = " ".join(match.group("label").split())
    rest = (match.group("a") if match.group("a") is not None else match.group("b")) or ""
    for pattern, kind, group in _LABEL_PARTS:
        if pattern.match(label):
            if kind in ("chair", "secretary") and not rest.strip() and match.group("a") is None:
                return None  # "Ordförande" alone on a line is a signature label, not a field
            return kind, group, rest.strip()
    return None


# A name as a role's line without a colon writes it: two to five capitalised words ('Moa Dahl', 'Anna-Karin Ek'),
# up to a party in brackets, a comma or a second person's 'och'.
_NAME_FIRST = re.compile(r"(?P<name>[" + CAPITAL + r"][\w'-]*(?:" + NAME_GAP + "[" + CAPITAL + r"][\w'-]*){1,4})"
                         r"\s*(?:$|\(|,|\s+och\s+[" + CAPITAL + r"])")


def role_before_name(line: str) -> tuple[str, str | None, str] | None:
    """A role's or a group's label with a single space and no colon before a name, as a head writes it on a line
    of its own, or a protocol's label column filled to its edge ('Sekreterare Moa Dahl', 'Ordförande Lena Ek (S)',
    'Justerare Per Lind och Eva Ek', 'Övriga deltagande Johan Ek, kommunpolis'): (field, group, the text after the
    label) as label_of gives it; None for any other line, a sentence among them ('Ordförande Lena Ek hälsade
    alla välkomna.')."""
    words = line.split()
    if line.rstrip().endswith((".", "!", "?")) and len(words) >= 4:
        return None  # a sentence of prose: 'Övriga deltagare Per Ek och Eva Ny kom sent.'
    for k in range(1, min(4, len(words))):
        labelled = label_of(" ".join(words[:k]) + ":")
        rest = " ".join(words[k:])
        if labelled is not None and labelled[0] in ("chair", "secretary", "adjusters") and _NAME_FIRST.match(rest):
            return labelled[0], None, rest
        if labelled is not None and labelled[0] == "people" and _NAME_FIRST.match(rest):
            return labelled[0], labelled[1], rest  # 'Anmält förhinder Per Ek (KD)', 'Närvarande Eva Ek, Bo Ny'
    return None


# Where a line's second column starts: a tab, or the wide gap (three spaces or more) of text pasted from a PDF.
COLUMN_GAP = re.compile(r"(?<=\S)(?:\s*\t\s*| {3,})(?=\S)")


def field_beside(line: str) -> tuple[str, str] | None:
    """A labelled field with a second column beside it, as a two-column head writes it ('Plats: Forum,
    Munkedal<TAB>Annika Holm (M)', 'Tid: 15:00 - 17:15      Karl Svensson (S), ordf' from a PDF): the field's
    line and the second column's text; None when the line opens with no label other than a people label, or has
    one column only."""
    labelled = label_of(line)
    if labelled is None or labelled[0] == "people":
        return None
    parts = COLUMN_GAP.split(line.strip(), maxsplit=1)
    field = label_of(parts[0]) if len(parts) == 2 else None
    if field is None or not field[2]:  # 'Plats:<TAB>Forum': the field's value in the second cell
        return None
    return parts[0], parts[1].strip()
