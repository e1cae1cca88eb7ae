"""An e-mail address that cannot be used, wherever addresses are read (council.toml's [mail] from and reply_to,
people.toml, one's own config.toml), is said in Swedish with file and line, never a traceback, and nothing is
sent from it or to it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brå_tui.store.folders import user_folder
from tests.mail.conftest import configure_mail


def bra(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `bra --store STORE ARGS…`, its output into pipes."""
    return subprocess.run([sys.executable, "-m", "brå_tui", "--store", str(store), *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "300"},
                          stdin=subprocess.DEVNULL)


def line_of(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout and "oväntat fel" not in result.stderr + result.stdout


@pytest.mark.parametrize("sender", ["<", "Lokala Brå <bra@avesta", "inte en adress", "Brå <x@[1.2.3>",
                                    "Brå, Avesta <bra@avesta.example>", "bra@avesta.example, annan@avesta.example"])
def test_an_unusable_sender_in_council_is_said_with_file_and_line(seed_store: Path, tmp_path: Path,
                                                                   sender: str) -> None:
    configure_mail(seed_store, 25)
    council = seed_store / "council.toml"
    council.write_text(council.read_text(encoding="utf-8").replace(
        'from = "Lokala Brå <bra@avesta.example>"', f'from = "{sender}"'), encoding="utf-8")
    line = line_of(council, "from = ")
    out = tmp_path / "utkorg"
    result = bra(seed_store, "remind", "--dry-run", str(out))
    no_traceback(result)
    assert result.returncode == 1 and not out.exists()
    assert f"bra: Fel i {council}: " in result.stderr and f"(rad {line})" in result.stderr
    assert ("bra: E-post kan inte skickas: from under [mail] i council.toml saknas eller är ingen e-postadress"
            in result.stderr)
    assert "går inte att använda" not in result.stderr  # never blamed on the recipients
    check = bra(seed_store, "check")
    no_traceback(check)
    assert any(row.startswith(f"{council}:{line}:8: fel: ") for row in check.stdout.splitlines()), check.stdout


def test_an_unusable_reply_address_is_said_with_file_and_line(seed_store: Path) -> None:
    configure_mail(seed_store, 25, extra='reply_to = "svara inte"\n')
    council = seed_store / "council.toml"
    check = bra(seed_store, "check")
    no_traceback(check)
    assert (f"{council}:{line_of(council, 'reply_to')}:12: fel: 'svara inte' är ingen e-postadress "
            '(skriv t.ex. "namn@kommun.se")') in check.stdout.splitlines()


def test_an_address_the_mail_parser_chokes_on_in_people_is_said_with_its_line(seed_store: Path) -> None:
    people = seed_store / "people.toml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        'name = "Mikael Jansson"\n', 'name = "Mikael Jansson"\nemail = "mikael@[1.2.3"\n', 1), encoding="utf-8")
    check = bra(seed_store, "check")
    no_traceback(check)
    assert f"{people}:{line_of(people, 'email')}:9: fel: 'mikael@[1.2.3' går inte att skicka till" in check.stdout


def test_an_unusable_sender_in_ones_own_settings_stops_the_mail(seed_store: Path, tmp_path: Path) -> None:
    """--store does not need the config file, but the mail does: its error is said, and nothing goes out another
    way."""
    configure_mail(seed_store, 25, own='from = "Cornelia <cornelia@avesta"\n')
    config = user_folder("config") / "config.toml"
    out = tmp_path / "utkorg"
    result = bra(seed_store, "remind", "--dry-run", str(out))
    no_traceback(result)
    assert result.returncode == 1 and not out.exists()
    assert f"bra: {config}:{line_of(config, 'from')}:8: 'Cornelia <cornelia@avesta' är ingen e-postadress" \
           in result.stderr
