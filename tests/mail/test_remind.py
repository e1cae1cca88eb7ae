"""`bra remind` against a real SMTP server on 127.0.0.1: who gets what, once, and every failure in one sentence."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import time_machine

from tests.mail.conftest import EMAILS, Server, configure_mail, free_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

Bra = Callable[..., tuple[int, str, str]]


def _logged(root: Path) -> list[str]:
    """The lines of the store's sent log (none when it does not exist)."""
    path = root / "sent.log"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _bodies(message) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    plain = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return plain, html


def test_each_owner_gets_one_reminder_with_their_open_items(bra: Bra, seed_store: Path, smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    # A day after the seed's first planned meeting (2025-02-14, when two of Mikael's follow-ups were due) and before
    # its next (2025-05-16), which the reminders are for.
    with time_machine.travel(dt.datetime(2025, 3, 3, 9, 0).astimezone(), tick=True):
        status, _, err = bra("remind", "--yes")
    assert status == 0, err
    by_address = {r.recipients[0]: r for r in smtp_server.received}
    assert sorted(by_address) == sorted(EMAILS[n] for n in
                                        ("Mikael Jansson", "Thomas Nordström", "Tobias Åsell", "Blerta Krenzi"))
    assert all(len(r.recipients) == 1 for r in smtp_server.received)
    mikael = by_address[EMAILS["Mikael Jansson"]].message
    assert mikael["To"].addresses[0].display_name == "Mikael Jansson"
    assert mikael["From"].addresses[0].display_name == "Lokala Brå"
    assert mikael["Subject"] == "Påminnelse: dina uppföljningar inför Lokala Brå 16 maj 2025"
    plain, html = _bodies(mikael)
    assert plain.startswith("Hej Mikael!")
    assert "fredag 16 maj 2025 kl. 09.00–11.30 i Visenten, Stadshuset" in plain
    assert "Försenade:" in plain
    assert "- Kartläggning av kunskapsläget för narkotikaprevention." in plain
    assert "- Uppföljning samverkansöverenskommelse" in plain
    assert "Senast: 2025-02-14 (försenad)" in plain
    assert "Lokalstrategin" not in plain  # Thomas N's, not Mikael's
    assert "Kartläggning av kunskapsläget för narkotikaprevention." in html and "<table" in html
    thomas_plain, _ = _bodies(by_address[EMAILS["Thomas Nordström"]].message)
    assert "Lokalstrategin för narkotikabekämpning" in thomas_plain
    assert "Kartläggning" not in thomas_plain
    raw = mikael.as_bytes()
    assert b"\xc3\xa5" in raw or b"=C3=A5" in raw or b"utf-8" in raw.lower()  # å, ä, ö travel as UTF-8


def test_running_twice_the_same_day_sends_nothing_twice(bra: Bra, seed_store: Path, smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    assert bra("remind", "--yes")[0] == 0
    assert len(smtp_server.received) == 4
    status, _, err = bra("remind", "--yes")
    assert status == 0
    assert len(smtp_server.received) == 4
    assert "Skickade 0 meddelanden" in err and "Redan skickat" in err
    lines = (seed_store / "sent.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(line.split("\t")[1] == "reminder" for line in lines)
    assert bra("remind", "--yes", "--again")[0] == 0
    assert len(smtp_server.received) == 8


def test_to_one_person_by_short_name(bra: Bra, seed_store: Path, smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    status, _, err = bra("remind", "--to", "Mikael J", "--yes")
    assert status == 0, err
    assert [r.recipients for r in smtp_server.received] == [[EMAILS["Mikael Jansson"]]]
    status, _, err = bra("remind", "--to", "Mikael", "--yes")
    assert status == 1 and "Mikael Jansson" in err and "Mikael Westberg" in err
    status, _, err = bra("remind", "--to", "Mikael Westberg", "--yes")
    assert status == 0 and "inget att skicka" in err
    assert bra("remind", "--to", "Ingen Alls")[0] == 1


def test_owner_without_address_is_named_and_the_rest_still_go(bra: Bra, seed_store: Path, smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    people = seed_store / "people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace(f'email = "{EMAILS["Tobias Åsell"]}"\n', ""),
                      encoding="utf-8")
    status, _, err = bra("remind", "--yes")
    assert status == 1
    assert "Inte skickat till Tobias Åsell: saknar e-postadress i people.toml." in err
    assert len(smtp_server.received) == 3
    assert "Traceback" not in err


def test_refused_recipient_fails_alone_and_is_sent_on_the_next_run(bra: Bra, seed_store: Path,
                                                                   smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    smtp_server.handler.refuse = {EMAILS["Mikael Jansson"]}
    status, _, err = bra("remind", "--yes")
    assert status == 1
    assert re.search(r"Inte skickat till Mikael Jansson: Servern tog inte emot mottagaren .*550", err), err
    assert len(smtp_server.received) == 3
    smtp_server.handler.refuse = set()
    status, _, err = bra("remind", "--yes")
    assert status == 0, err
    assert [r.recipients for r in smtp_server.received[3:]] == [[EMAILS["Mikael Jansson"]]]


def test_refused_login_sends_nothing(bra: Bra, seed_store: Path, smtp_server_refusing_login: Server,
                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    configure_mail(seed_store, smtp_server_refusing_login.port, own='username = "bra"\n')
    monkeypatch.setenv("BRA_SMTP_PASSWORD", "fel-lösenord")
    status, _, err = bra("remind", "--yes")
    assert status == 1
    assert "godtog inte inloggningen för bra" in err
    assert smtp_server_refusing_login.received == []
    assert _logged(seed_store) == []


def test_login_without_password_is_one_sentence(bra: Bra, seed_store: Path, smtp_server_refusing_login: Server,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    configure_mail(seed_store, smtp_server_refusing_login.port, own='username = "bra"\n')
    monkeypatch.delenv("BRA_SMTP_PASSWORD", raising=False)
    status, _, err = bra("remind", "--yes")
    assert status == 1 and "Inget lösenord för bra: sätt miljövariabeln BRA_SMTP_PASSWORD" in err


def test_password_file_readable_by_others_is_refused(bra: Bra, seed_store: Path, tmp_path: Path,
                                                     smtp_server_refusing_login: Server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "smtp-lösen"
    secret.write_text("hemligt\n", encoding="utf-8")
    secret.chmod(0o644)
    configure_mail(seed_store, smtp_server_refusing_login.port, own=f'username = "bra"\npassword_file = "{secret}"\n')
    monkeypatch.delenv("BRA_SMTP_PASSWORD", raising=False)
    status, _, err = bra("remind", "--yes")
    assert status == 1 and f"Lösenordsfilen {secret} får bara kunna läsas av dig" in err
    secret.chmod(0o600)
    status, _, err = bra("remind", "--yes")
    assert status == 1 and "godtog inte inloggningen" in err  # the file was read and its password tried


def test_unreachable_server(bra: Bra, seed_store: Path) -> None:
    port = free_port()
    configure_mail(seed_store, port)
    status, _, err = bra("remind", "--yes")
    assert status == 1
    assert f"Kan inte nå e-postservern 127.0.0.1:{port}: anslutningen nekades (ingen tjänst svarar där)." in err
    assert "Traceback" not in err and _logged(seed_store) == []


def test_an_unreadable_password_file_is_said_in_swedish(bra: Bra, seed_store: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "finns-inte" / "lösenord"
    configure_mail(seed_store, free_port(), own=f'username = "bra"\npassword_file = "{missing}"\n')
    monkeypatch.delenv("BRA_SMTP_PASSWORD", raising=False)
    status, _, err = bra("remind", "--yes")
    assert status == 1
    assert f"Lösenordsfilen {missing} går inte att läsa: filen eller mappen finns inte" in err


def test_server_dropping_the_connection(bra: Bra, seed_store: Path, dropping_server: int) -> None:
    configure_mail(seed_store, dropping_server)
    status, _, err = bra("remind", "--yes")
    assert status == 1
    assert "e-postservern" in err and "Traceback" not in err
    assert "servern stängde förbindelsen" in err and "okänt systemfel" not in err, err
    assert _logged(seed_store) == []


def test_dry_run_writes_eml_files_and_sends_nothing(bra: Bra, seed_store: Path, tmp_path: Path,
                                                    smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    out = tmp_path / "utkorg"
    status, _, err = bra("remind", "--dry-run", str(out))
    assert status == 0, err
    files = sorted(out.glob("*.eml"))
    assert len(files) == 4 and smtp_server.received == []
    parsed = [message_from_bytes(f.read_bytes(), policy=policy.default) for f in files]
    assert {m["To"].addresses[0].addr_spec for m in parsed} == {
        EMAILS[n] for n in ("Mikael Jansson", "Thomas Nordström", "Tobias Åsell", "Blerta Krenzi")}
    assert not (seed_store / "sent.log").exists()
    assert bra("remind", "--dry-run", str(out))[0] == 1  # an existing file is never overwritten


def test_no_mail_settings_is_one_sentence(bra: Bra) -> None:
    status, _, err = bra("remind")
    assert status == 1 and "E-post är inte inställt" in err


def test_sendmail_is_run_without_a_shell(bra: Bra, seed_store: Path, tmp_path: Path) -> None:
    got = tmp_path / "fick"
    got.mkdir()
    program = tmp_path / "min sendmail"
    program.write_text(f'#!/bin/sh\n[ "$1" = "-t" ] && [ "$2" = "-oi" ] || exit 3\n'
                       f'cat > "{got}/$$.eml"\n', encoding="utf-8")
    program.chmod(0o755)
    configure_mail(seed_store, 25, own=f'method = "sendmail"\nsendmail = "\'{program}\'"\n')
    status, _, err = bra("remind", "--yes")
    assert status == 0, err
    messages = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in got.iterdir()]
    assert len(messages) == 4
    assert all(m["Subject"].startswith("Påminnelse") for m in messages)
    assert os.access(program, os.X_OK)


def test_an_address_beyond_ascii_is_an_error_in_people_and_the_rest_still_go(bra: Bra, seed_store: Path,
                                                                            smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    people = seed_store / "people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace(EMAILS["Tobias Åsell"], "tobias.åsell@avesta.example"),
                      encoding="utf-8")
    status, _, err = bra("remind", "--yes")
    assert status == 1 and "Traceback" not in err
    assert "Inte skickat till Tobias Åsell: saknar e-postadress i people.toml" in err
    assert len(smtp_server.received) == 3
    status, out, _ = bra("check")
    assert status == 1 and "'tobias.åsell@avesta.example' går inte att skicka till" in out


def test_a_name_with_a_line_break_cannot_add_a_header(bra: Bra, seed_store: Path, smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    people = seed_store / "people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        'name = "Mikael Jansson"\n', 'name = "Mikael Jansson"\naliases = ["Mikael J"]\n', 1).replace(
        'name = "Mikael Jansson"', 'name = "Mikael Jansson\\nBcc: evil@example.com"', 1), encoding="utf-8")
    _, _, err = bra("remind", "--yes")
    assert "Traceback" not in err
    for r in smtp_server.received:
        assert "evil@example.com" not in r.recipients
        assert r.message["Bcc"] is None


def test_two_runs_at_once_send_nothing_twice(seed_store: Path, smtp_server: Server) -> None:
    import subprocess
    import sys

    configure_mail(seed_store, smtp_server.port)
    command = [sys.executable, "-m", "brå_tui", "--store", str(seed_store), "kallelse", "--send", "--yes"]
    runs = [subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert b"Traceback" not in err
    addresses = sorted(r.recipients[0] for r in smtp_server.received)
    assert addresses == sorted(EMAILS.values())  # each member once, though two runs sent at the same time
    lines = (seed_store / "sent.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(EMAILS)


def test_an_unwritable_sent_log_sends_nothing(bra: Bra, seed_store: Path, smtp_server: Server) -> None:
    configure_mail(seed_store, smtp_server.port)
    (seed_store / "sent.log").mkdir()  # a folder where the log should be: it cannot be opened for writing
    status, _, err = bra("remind", "--yes")
    assert status == 1 and "utskicksloggen" in err and "inget skickas" in err
    assert smtp_server.received == []


def test_a_program_or_password_named_in_the_store_is_never_used(bra: Bra, seed_store: Path, tmp_path: Path,
                                                                smtp_server: Server) -> None:
    """A colleague who may change council.toml cannot make bra run their program or send a password away."""
    marker = tmp_path / "ran"
    program = tmp_path / "someone-elses-sendmail"
    program.write_text(f'#!/bin/sh\nid -un >> "{marker}"\ncat > /dev/null\n', encoding="utf-8")
    program.chmod(0o755)
    secret = tmp_path / "my-secret"
    secret.write_text("hemligt\n", encoding="utf-8")
    secret.chmod(0o600)
    configure_mail(seed_store, smtp_server.port, f'sendmail = "{program}"\nusername = "bra"\n'
                                                 f'password_file = "{secret}"\n')
    status, out, _ = bra("check")
    assert status == 1
    for key in ("sendmail", "username", "password_file"):
        assert re.search(rf"council\.toml:\d+:\d+: fel: {key} får inte stå i lagringen", out), out

    status, _, err = bra("remind", "--yes")  # smtp, as the store says, but without the login it asked for
    assert status == 0, err
    assert len(smtp_server.received) == 4 and not marker.exists()

    council = seed_store / "council.toml"
    council.write_text(council.read_text(encoding="utf-8").replace('security = "none"\n',
                                                                   'security = "none"\nmethod = "sendmail"\n'),
                       encoding="utf-8")
    status, _, err = bra("remind", "--yes", "--again")
    assert not marker.exists()  # the standard sendmail is tried, never the one the store names
    assert status == 1 and "/usr/sbin/sendmail" in err, err


def test_own_settings_choose_the_server_whatever_the_store_says(bra: Bra, seed_store: Path,
                                                                smtp_server: Server) -> None:
    """With [mail] in the user's own config.toml the store's server is not used, so a login goes only there."""
    configure_mail(seed_store, smtp_server.port, own="")
    council = seed_store / "council.toml"
    council.write_text(council.read_text(encoding="utf-8").replace(
        f"port = {smtp_server.port}", f"port = {free_port()}"), encoding="utf-8")
    status, _, err = bra("remind", "--yes")
    assert status == 0, err
    assert len(smtp_server.received) == 4


@pytest.mark.parametrize("what", ["fifo", "folder", "fifo-with-a-reader"])
def test_a_sent_log_that_is_no_file_sends_nothing_and_never_waits(seed_store: Path, smtp_server: Server,
                                                                   what: str) -> None:
    """sent.log turned into a named pipe (with or without someone reading it) or a folder: one sentence, nothing
    sent, and bra does not hang waiting on the pipe."""
    import subprocess
    import sys
    import threading

    configure_mail(seed_store, smtp_server.port)
    log = seed_store / "sent.log"
    if what == "folder":
        log.mkdir()
    else:
        os.mkfifo(log)
    if what == "fifo-with-a-reader":
        reader = threading.Thread(target=lambda: Path(log).read_bytes(), daemon=True)
        reader.start()
    result = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(seed_store), "remind", "--yes"],
                            capture_output=True, text=True, timeout=60, check=False)
    if what == "fifo-with-a-reader":
        with open(log, "wb"):  # let the reader go
            pass
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    kind = "en mapp" if what == "folder" else "en namngiven pipe (FIFO)"
    assert f"utskicksloggen {log} kan inte skrivas (det är {kind}, inte en fil)" in result.stderr
    assert smtp_server.received == []


def test_check_never_waits_on_a_people_file_that_is_a_pipe(seed_store: Path) -> None:
    """With [mail] set up, `bra check` looks up owners in people.toml; a named pipe there is reported, not waited on."""
    import subprocess
    import sys

    configure_mail(seed_store, 25)
    people = seed_store / "people.toml"
    people.unlink()
    os.mkfifo(people)
    result = subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(seed_store), "check"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{people}: fel: filen kan inte läsas: det är en namngiven pipe (FIFO), inte en fil" in result.stdout
