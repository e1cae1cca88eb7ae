"""A synthetic three-year store whose every figure is known: meetings, attendance, follow-ups, decisions, marks."""

from __future__ import annotations

from pathlib import Path

import pytest

COUNCIL = '''format = 1
name = "Brottsförebyggande rådet"
short_name = "Lokala Brå"
municipality = "Exempelby kommun"

[risk]
areas = ["ANDT", "Hot och våld", "Ungdomar/skolor"]
'''

PEOPLE = '''format = 1

[[person]]
name = "Anna Andersson"
party = "S"

[[person]]
name = "Bertil Berg"
org = "Polisen"

[[person]]
name = "Cecilia Ek"
title = "sekreterare"

[[person]]
name = "David Dahl"
party = "M"
'''


def meeting(date: str, present: list[str], body: str = "") -> str:
    """A meeting file: the date, the people present, and whatever else is given."""
    people = "".join(f'\n[[attendee]]\nname = "{name}"\n' for name in present)
    return f"format = 1\ndate = {date}\nstart = 09:00:00\nend = 11:00:00\n{people}\n{body}"


def followup(fid: str, title: str, state: str, status: str = "Pågår", owners: str = '["Bertil B"]',
             areas: str = "[]") -> str:
    return (f'\n[[followup]]\nid = "{fid}"\ntitle = "{title}"\nstatus = "{status}"\nowners = {owners}\n'
            f'state = "{state}"\nareas = {areas}\n')


MEETINGS = {
    "2023-03-10": meeting("2023-03-10", ["Anna Andersson", "Bertil Berg", "Cecilia Ek", "David Dahl"],
                          '[risk]\nperiod = "2023-02"\n[risk.areas]\n"ANDT" = "yellow"\n"Hot och våld" = "green"\n'
                          + followup("kameror", "Kameror i centrum", "open", areas='["Hot och våld"]')
                          + followup("skolvakter", "Skolvakter", "open", owners='["Anna A"]')),
    "2023-10-06": meeting("2023-10-06", ["Anna Andersson", "Cecilia Ek", "David Dahl"],
                          '[risk]\nperiod = "2023-09"\n[risk.areas]\n"ANDT" = "red"\n"Hot och våld" = "yellow"\n'
                          '\n[[item]]\ntitle = "Narkotika i skolan"\nareas = ["ANDT"]\n\n[[item.decision]]\n'
                          'text = "Rådet avsätter medel till föräldravandring."\namount_sek = 20000\n'
                          'account = "ID200 1"\ncarried_out = 2023-12-01\ncarried_out_by = "Anna A"\n'
                          + followup("kameror", "Kameror i centrum", "done", "Kamerorna är uppsatta")
                          + followup("skolvakter", "Skolvakter", "open", owners='["Anna A"]')),
    "2024-02-02": meeting("2024-02-02", ["Anna Andersson", "Cecilia Ek"],
                          '\n[[item]]\ntitle = "Trygghetsvandring"\n\n[[item.decision]]\n'
                          'text = "Rådet genomför en trygghetsvandring i maj."\n'
                          + followup("skolvakter", "Skolvakter", "open", owners='["Anna A"]')
                          + followup("belysning", "Belysning i parken", "open", owners='["David D"]')),
    "2024-05-17": meeting("2024-05-17", ["Anna Andersson", "Cecilia Ek"],
                          '[risk]\nperiod = "2024-04"\n[risk.areas]\n"ANDT" = "yellow"\n"Hot och våld" = "red"\n'
                          '"Ungdomar/skolor" = "yellow"\n'
                          + followup("skolvakter", "Skolvakter", "open", owners='["Anna A"]')
                          + followup("belysning", "Belysning i parken", "done", "Klart", owners='["David D"]')
                          + followup("langning", "Langning till unga", "open", owners='["Bertil B"]',
                                     areas='["ANDT"]')),
    "2024-11-08": meeting("2024-11-08", ["Anna Andersson", "Cecilia Ek", "Bertil Berg"],
                          '\n[[item]]\ntitle = "Ungdomsgården"\nareas = ["Ungdomar/skolor"]\n'
                          + followup("skolvakter", "Skolvakter", "dropped", "Avskrivs", owners='["Anna A"]')
                          + followup("langning", "Langning till unga", "open", owners='["Bertil B"]',
                                     areas='["ANDT"]')),
}


@pytest.fixture
def years_store(tmp_path: Path) -> Path:
    """The synthetic store on disk; returns its root."""
    root = tmp_path / "store"
    (root / "meetings").mkdir(parents=True)
    (root / "council.toml").write_text(COUNCIL, encoding="utf-8")
    (root / "people.toml").write_text(PEOPLE, encoding="utf-8")
    for key, text in MEETINGS.items():
        (root / "meetings" / f"{key}.toml").write_text(text, encoding="utf-8")
    return root
