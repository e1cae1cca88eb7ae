"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the reminder and notice tests, and a seed store set up to mail."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from brå_tui.store.folders import user_folder

EMAILS = {
    "Mikael Jansson": "mikael.jansson@avesta.example",
    "Thomas Nordström": "thomas.nordstrom@polisen.example",
    "Blerta Krenzi": "blerta.krenzi@avesta.example",
    "Cornelia Gustafsson": "cornelia.gustafsson@avesta.example",
    "Tobias Åsell": "tobias.asell@avesta.example",
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    """What the server was given: the envelope and the parsed message."""

    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class Handler:
    """Keeps every message; refuses the recipients it is told to."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 Mottagaren finns inte"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 Message accepted"


@dataclass
class Server:
    """A running SMTP server: where it listens and what it received."""

    port: int
    handler: Handler

    @property
    def received(self) -> list[Received]:
        return self.handler.received


def _refuse_all(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    return AuthResult(success=False, handled=False)


@contextmanager
def _running(**options: Any) -> Iterator[Server]:
    """An aiosmtpd server on a free port of 127.0.0.1 with the given Controller options, stopped afterwards."""
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    try:
        yield Server(controller.port, handler)
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[Server]:
    """An SMTP server without login on 127.0.0.1."""
    with _running() as server:
        yield server


@pytest.fixture
def smtp_server_refusing_login() -> Iterator[Server]:
    """An SMTP server that asks for a login and refuses every one."""
    with _running(authenticator=_refuse_all, auth_required=True, auth_require_tls=False) as server:
        yield server


@pytest.fixture
def dropping_server() -> Iterator[int]:
    """A server that greets like SMTP and then drops every connection at once; yields its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            conn.sendall(b"220 127.0.0.1 ESMTP\r\n")
            conn.recv(1024)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join(timeout=2)
        listener.close()


def configure_mail(root: Path, port: int, extra: str = "", own: str | None = None) -> None:
    """Give a store's council.toml a [mail] table for a server on 127.0.0.1:port, and people e-mail addresses.

    extra is more of council.toml's [mail]; own, when given, is the rest of a [mail] table in the user's
    own config.toml ($XDG_CONFIG_HOME/bra) for the same server, where a login and sendmail belong.
    """
    council = root / "council.toml"
    server = f'host = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
    council.write_text(council.read_text(encoding="utf-8") + (
        f'\n[mail]\nfrom = "Lokala Brå <bra@avesta.example>"\n{server}{extra}'), encoding="utf-8")
    if own is not None:
        config = user_folder("config") / "config.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(f"[mail]\n{server}{own}", encoding="utf-8")
    people = root / "people.toml"
    text = people.read_text(encoding="utf-8")
    for name, address in EMAILS.items():
        text, n = re.subn(rf'(name = "{name}"\n)', rf'\1email = "{address}"\n', text)
        assert n == 1, name
    people.write_text(text, encoding="utf-8")
