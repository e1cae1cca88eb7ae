"""The notice: what it lists for the seed store's next meeting, a planned agenda, every format, and sending it."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from brå_tui.questions.notice import build_notice
from brå_tui.store.load import load
from tests.mail.conftest import EMAILS, Server, configure_mail

Bra = Callable[..., tuple[int, str, str]]
OPEN_IN_NOVEMBER = ["Kartläggning av kunskapsläget för narkotikaprevention.", "Uppföljning samverkansöverenskommelse",
                    "Handlingsplan omsorg/bildning"]


def test_seed_next_meeting_lists_exactly_the_open_followups(seed_store: Path) -> None:
    notice = build_notice(load(seed_store), today=dt.date(2025, 1, 20), issued=dt.date(2025, 1, 31))
    assert notice.meeting.date == dt.date(2025, 2, 14)
    assert (notice.meeting.start, notice.meeting.end) == (dt.time(9), dt.time(11, 30))
    assert [f.title for f in notice.followups] == OPEN_IN_NOVEMBER
    assert [f.owners for f in notice.followups] == [["Mikael Jansson"], ["Mikael Jansson"], []]  # as one person
    assert all(f.due == dt.date(2025, 2, 14) and not f.overdue for f in notice.followups)
    assert [p.title for p in notice.points] == [
        "Lägesbild sociala risker", "Redovisning av genomförda åtgärder sedan senaste Lokala Brå",
        "Uppföljning SSPF", "Uppföljning av punkter från föregående Lokala Brå", "Övriga frågor"]
    assert [p.number for p in notice.points] == [1, 2, 3, 4, 5]
    assert (notice.chair, notice.secretary) == ("Blerta Krenzi", "Cornelia Gustafsson")


@pytest.mark.usefixtures("seed_day")
def test_text_notice_on_the_command_line(bra: Bra) -> None:
    status, out, err = bra("kallelse", "--issued", "2025-01-31")
    assert status == 0, err
    assert out.startswith("Kallelse\n\nBrottsförebyggande rådet\n")
    assert "Tid:\tDen 14 februari 2025 kl. 09.00–11.30" in out
    assert "Plats:\tVisenten, Stadshuset" in out
    assert "4. Uppföljning av punkter från föregående Lokala Brå\n" in out
    for title in OPEN_IN_NOVEMBER:
        assert f"\t{title}\n" in out
    assert "Kameraövervakning" not in out
    assert "\tingen ansvarig\n" in out
    assert "5. Övriga frågor" in out
    assert "den 31 januari 2025" in out
    assert out.rstrip().endswith("Cornelia Gustafsson\nsekreterare")


@pytest.mark.usefixtures("seed_day")
def test_a_planned_agenda_with_presenter_time_and_case_number(bra: Bra, seed_store: Path) -> None:
    assert bra("new", "2025-02-14")[0] == 0
    path = seed_store / "meetings" / "2025-02-14.toml"
    text = path.read_text(encoding="utf-8")
    added = ('\n[[item]]\ntitle = "Trygghetsmätning 2025"\ncase_number = "KS-2025/12.181"\nstart = 10:00:00\n'
             'end = 10:20:00\npresenters = ["Mikael J"]\n')
    marker = "\n[[followup]]"
    path.write_text(text.replace(marker, added + marker, 1), encoding="utf-8")
    status, out, err = bra("kallelse", "--format", "md")
    assert status == 0, err
    assert "### 4. Trygghetsmätning 2025" in out
    assert "*Föredragande: Mikael J*\\\n*Tid: 10.00–10.20*\\\n*Diarienummer: KS-2025/12.181*" in out
    assert "### 5. Uppföljning av punkter från föregående Lokala Brå" in out
    assert "| Kartläggning av kunskapsläget för narkotikaprevention. |" in out
    shown = bra("show", "2025-02-14")[1]
    assert "Trygghetsmätning 2025" in shown


def test_every_format(bra: Bra, tmp_path: Path) -> None:
    for fmt in ("md", "html", "txt", "docx"):
        target = tmp_path / f"kallelse.{fmt}"
        status, _, err = bra("kallelse", "--format", fmt, "-o", str(target))
        assert status == 0, err
        assert target.stat().st_size > 200
    page = (tmp_path / "kallelse.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<h1>Kallelse</h1>" in page and "<table>" in page
    document = docx.Document(str(tmp_path / "kallelse.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Kallelse" in texts and "4. Uppföljning av punkter från föregående Lokala Brå" in texts
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Ärende", "Status", "Ansvariga", "Senast"]
    assert [r.cells[0].text for r in table.rows[1:]] == OPEN_IN_NOVEMBER


def test_bad_dates_are_usage_errors(bra: Bra) -> None:
    assert bra("kallelse", "2025-02-30")[0] == 2
    assert bra("kallelse", "--issued", "i morgon")[0] == 2
    assert bra("kallelse", "--dry-run", "x")[0] == 2


@pytest.mark.usefixtures("seed_day")
def test_notice_sent_to_every_member_with_the_document_attached(bra: Bra, seed_store: Path,
                                                                 smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    status, _, err = bra("kallelse", "--send", "--yes")
    assert status == 1  # members without an address are named, and the exit says not everything went
    # Members: the meeting's attendees (November's) and those present at the four meetings before it
    # (February brought four more); eleven of the sixteen have no address.
    assert len(re.findall(r"Inte skickat till .*: saknar e-postadress", err)) == 11
    assert "Inte skickat till Patrik Sundin: saknar e-postadress" in err
    got = {r.recipients[0]: r.message for r in smtp_server.received}
    assert sorted(got) == sorted(EMAILS.values())
    message = got[EMAILS["Cornelia Gustafsson"]]
    assert message["Subject"] == "Kallelse till Lokala Brå 14 februari 2025"
    plain = message.get_body(preferencelist=("plain",)).get_content()
    assert plain.startswith("Hej Cornelia!") and "Uppföljning samverkansöverenskommelse" in plain
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "Hej Cornelia!" in html and "<h1>Kallelse</h1>" in html
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["kallelse-2025-02-14.docx"]
    document = docx.Document(io.BytesIO(attachments[0].get_content()))
    assert "Kallelse" in [p.text for p in document.paragraphs]
    before = len(smtp_server.received)
    status, _, err = bra("kallelse", "--send", "--yes")
    assert len(smtp_server.received) == before
    assert "Redan skickat" in err


def test_check_names_owners_without_an_address_once_mail_is_set_up(bra: Bra, seed_store: Path,
                                                                   smtp_server: Server) -> None:
    status, out, _ = bra("check")
    assert "saknar e-postadress" not in out  # no [mail]: addresses are not needed
    configure_mail(seed_store, smtp_server.port)
    people = seed_store / "people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace(f'email = "{EMAILS["Tobias Åsell"]}"\n', ""),
                      encoding="utf-8")
    status, out, _ = bra("check")
    assert status == 0
    lines = [line for line in out.splitlines() if "saknar e-postadress" in line]
    assert lines == [f"{people}:29:8: varning: Tobias Åsell ansvarar för öppna uppföljningar men saknar e-postadress; "
                     "påminnelser kan inte skickas"]


def test_due_dates_are_read_checked_and_listed(bra: Bra, seed_store: Path) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('status = "Återkommer på kommande Lokala Brå"\n',
                        'status = "Återkommer på kommande Lokala Brå"\ndue = 2099-01-31\n', 1)
    path.write_text(text, encoding="utf-8")
    status, out, err = bra("log", "--overdue")
    assert status == 0, err
    assert "Kartläggning" not in out  # due in 2099
    assert "Uppföljning samverkansöverenskommelse" in out and "FÖRSENAD" in out
    data = __import__("json").loads(bra("log", "--json")[1])
    by_id = {e["id"]: e for e in data["entries"]}
    assert by_id["kartlaggning-narkotikaprevention"]["due"] == "2099-01-31"
    assert by_id["kartlaggning-narkotikaprevention"]["overdue"] is False
    assert by_id["samverkansoverenskommelse"]["due"] == "2025-02-14"
    assert by_id["samverkansoverenskommelse"]["overdue"] is True
    assert by_id["kameraovervakning"]["due"] is None  # its status promises nothing for the next meeting
    path.write_text(text.replace("due = 2099-01-31", 'due = "snart"'), encoding="utf-8")
    status, out, _ = bra("check")
    assert status == 1 and "'due' ska vara ett datum (ÅÅÅÅ-MM-DD)" in out
    owner = bra("owner", "Mikael J")[1]
    assert owner  # the broken meeting is skipped, the command still answers


def test_control_characters_from_files_never_reach_a_notice_or_a_mail(bra: Bra, seed_store: Path, tmp_path: Path,
                                                                       smtp_server: Server) -> None:
    path = seed_store / "meetings" / "2024-11-15.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "Uppföljning samverkansöverenskommelse"',
                                 'title = "Uppföljning \\u001b]0;hackad\\u0007samverkan\\u009b2J"', 1),
                    encoding="utf-8")
    for fmt in ("txt", "md", "html"):
        status, out, _ = bra("kallelse", "--format", fmt)
        assert status == 0
        assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
        assert "␛" in out and "hackad" in out and "␇" in out
    configure_mail(seed_store, smtp_server.port)
    assert bra("remind", "--to", "Mikael J", "--yes")[0] == 0
    raw = smtp_server.received[0].message.get_body(preferencelist=("plain",)).get_content()
    assert "\x1b" not in raw and "␛]0;hackad␇samverkan" in raw


def test_help_and_readme_name_who_gets_the_notice() -> None:
    """Who --send mails (outbox.members_from: the meeting's attendees and those of the MEMBER_MEETINGS meetings
    before it) is what the help and the README's command table say."""
    from brå_tui.mail.outbox import MEMBER_MEETINGS
    from tests.on_terminal import run_piped

    assert MEMBER_MEETINGS == 4
    flat = " ".join(run_piped("kallelse", "--help").decode().split())
    assert "de fyra mötena före" in flat and "fyra föregående" in flat
    readme = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `bra kallelse"))
    assert "de fyra mötena före" in row
