"""Sending e-mail through SMTP (STARTTLS, SSL or plain, optional login) or the local sendmail; or into .eml files.

Every failure becomes one Swedish sentence: per message when only that message failed (a refused
recipient), for the rest of the run when the server cannot be used (unreachable, login refused).
"""

from __future__ import annotations

import base64
import os
import shlex
import smtplib
import ssl
import stat
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from brå_tui.model import MailSettings
from brå_tui.oserrors import cause
from brå_tui.store.folders import HomeError, expand_home

TIMEOUT_S = 30


class MailError(Exception):
    """A message could not be sent; the text is one Swedish sentence. fatal: no later message can be sent either."""

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


def password(settings: MailSettings, env: Mapping[str, str] | None = None) -> str | None:
    """The SMTP password: from the environment variable, else from a file only its owner can read; None if neither.

    MailError when the file is missing, not the user's own, or readable by others.
    """
    env = os.environ if env is None else env
    value = env.get(settings.password_env)
    if value:
        return value
    if not settings.password_file:
        return None
    try:
        path = expand_home(settings.password_file, " (password_file under [mail])")
    except HomeError as err:
        raise MailError(str(err), fatal=True) from None
    try:
        info = path.stat()
    except OSError as err:
        raise MailError(f"Lösenordsfilen {path} går inte att läsa: {cause(err)}.", fatal=True) from None
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise MailError(f"Lösenordsfilen {path} får bara kunna läsas av dig; kör: chmod 600 {shlex.quote(str(path))}.",
                        fatal=True)
    return path.read_text(encoding="utf-8").strip("\r\n")


def _port(settings: MailSettings) -> int:
    if settings.port is not None:
        return settings.port
    return {"ssl": 465, "starttls": 587}.get(settings.security, 25)


@dataclass
class Smtp:
    """One connection to the SMTP server, opened on the first message and reused; reopened once if dropped."""

    settings: MailSettings
    secret: str | None = None
    _conn: smtplib.SMTP | None = field(default=None, repr=False)

    def _open(self) -> smtplib.SMTP:
        s = self.settings
        where = f"{s.host}:{_port(s)}"
        try:
            context = ssl.create_default_context()
            conn: smtplib.SMTP
            if s.security == "ssl":
                conn = smtplib.SMTP_SSL(s.host, _port(s), timeout=TIMEOUT_S, context=context)
            else:
                conn = smtplib.SMTP(s.host, _port(s), timeout=TIMEOUT_S)
                if s.security == "starttls":
                    conn.starttls(context=context)
            if s.username:
                if self.secret is None:
                    conn.close()
                    raise MailError(f"Inget lösenord för {s.username}: sätt miljövariabeln {s.password_env} "
                                    "eller password_file under [mail] i dina egna inställningar "
                                    "(~/.config/bra/config.toml).", fatal=True)
                _login(conn, s.username, self.secret)
        except smtplib.SMTPAuthenticationError:
            raise MailError(f"E-postservern {where} godtog inte inloggningen för {s.username}.", fatal=True) from None
        except smtplib.SMTPNotSupportedError:
            asked = f"security = \"{s.security}\"" + (", inloggning" if s.username else "")
            raise MailError(f"E-postservern {where} kan inte det som [mail] i council.toml begär ({asked}).",
                            fatal=True) from None
        except ssl.SSLError as err:
            raise MailError(f"Krypteringen mot e-postservern {where} misslyckades: {err.reason or err}.",
                            fatal=True) from None
        except (OSError, smtplib.SMTPException) as err:
            raise MailError(f"Kan inte nå e-postservern {where}: {_reason(err)}.", fatal=True) from None
        return conn

    def send(self, message: EmailMessage) -> None:
        """Send one message; MailError when it did not go out."""
        to = str(message["To"])
        for attempt in (1, 2):
            if self._conn is None:
                self._conn = self._open()
            try:
                refused = self._conn.send_message(message)
            except smtplib.SMTPRecipientsRefused as err:
                code, text = next(iter(err.recipients.values()), (0, b""))
                raise MailError(f"Servern tog inte emot mottagaren {to}: {_text(code, text)}.") from None
            except smtplib.SMTPSenderRefused as err:
                raise MailError(f"Servern godtog inte avsändaren {err.sender}: {_text(err.smtp_code, err.smtp_error)}.",
                                fatal=True) from None
            except smtplib.SMTPDataError as err:
                said = _text(err.smtp_code, err.smtp_error)
                raise MailError(f"Servern tog inte emot meddelandet till {to}: {said}.") from None
            except (TimeoutError, smtplib.SMTPServerDisconnected, ConnectionError) as err:
                self._conn = None
                if attempt == 2:
                    raise MailError(f"Förbindelsen med e-postservern bröts när meddelandet till {to} skickades: "
                                    f"{_reason(err)}.") from None
                continue
            if refused:
                raise MailError(f"Servern tog inte emot mottagaren {to}.")
            return

    def close(self) -> None:
        """Say goodbye to the server, if a connection is open."""
        if self._conn is not None:
            try:
                self._conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._conn = None


@dataclass
class Sendmail:
    """The local sendmail program (its path and arguments split like a shell would, never run through one)."""

    settings: MailSettings

    def send(self, message: EmailMessage) -> None:
        """Hand one message to sendmail -t -oi; MailError when it fails."""
        command = [*shlex.split(self.settings.sendmail), "-t", "-oi"]
        try:
            result = subprocess.run(command, input=message.as_bytes(), capture_output=True, timeout=TIMEOUT_S,
                                    check=False)
        except FileNotFoundError:
            raise MailError(f"Programmet {command[0]} finns inte; ange sendmail eller method = \"smtp\" under [mail].",
                            fatal=True) from None
        except (OSError, subprocess.TimeoutExpired) as err:
            raise MailError(f"{command[0]} gick inte att köra: {_reason(err)}.", fatal=True) from None
        if result.returncode != 0:
            said = result.stderr.decode("utf-8", "replace").strip().splitlines()
            why = said[-1] if said else f"slutstatus {result.returncode}"
            raise MailError(f"{command[0]} skickade inte meddelandet till {message['To']}: {why}.")

    def close(self) -> None:
        """Nothing to close."""


@dataclass
class EmlFolder:
    """A dry run: each message written as an .eml file into a folder instead of being sent."""

    folder: Path
    written: list[Path] = field(default_factory=list)

    def send(self, message: EmailMessage) -> None:
        """Write the message as NN-address.eml; MailError when the folder cannot be written."""
        address = str(message["To"].addresses[0].addr_spec) if message["To"].addresses else "okand"
        safe = "".join(c if c.isalnum() or c in "@.-_" else "_" for c in address)
        path = self.folder / f"{len(self.written) + 1:02d}-{safe}.eml"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(path, "xb") as out:
                out.write(message.as_bytes())
        except FileExistsError:
            raise MailError(f"{path} finns redan; välj en tom mapp för --dry-run.", fatal=True) from None
        except OSError as err:
            raise MailError(f"Kan inte skriva {path}: {cause(err)}.", fatal=True) from None
        self.written.append(path)

    def close(self) -> None:
        """Nothing to close."""


def transport(settings: MailSettings, dry_run: Path | None = None) -> Smtp | Sendmail | EmlFolder:
    """The way this run sends: a dry-run folder, sendmail or SMTP as [mail] says."""
    if dry_run is not None:
        return EmlFolder(dry_run)
    if settings.method == "sendmail":
        return Sendmail(settings)
    return Smtp(settings, password(settings))


def _login(conn: smtplib.SMTP, user: str, secret: str) -> None:
    """Log in; a name or password beyond ASCII (a Swedish ö) goes as UTF-8 in AUTH PLAIN (RFC 4616), which
    smtplib's own login cannot send."""
    if (user + secret).isascii():
        conn.login(user, secret)
        return
    conn.ehlo_or_helo_if_needed()
    if "plain" not in conn.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN")
    token = base64.b64encode(b"\0" + user.encode("utf-8") + b"\0" + secret.encode("utf-8")).decode("ascii")
    code, said = conn.docmd("AUTH", f"PLAIN {token}")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, said)


def _text(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {said}".strip()


def _reason(err: BaseException) -> str:
    """Why talking to the mail server or program failed, in Swedish where the cause is the system's."""
    if isinstance(err, smtplib.SMTPServerDisconnected):
        return "servern stängde förbindelsen"
    if isinstance(err, smtplib.SMTPResponseException):
        return _text(err.smtp_code, err.smtp_error)
    if isinstance(err, subprocess.TimeoutExpired):
        return "ingen svarade inom tidsgränsen"
    if isinstance(err, OSError) and (err.errno is not None or isinstance(err, TimeoutError)):
        return cause(err)
    return str(err) or type(err).__name__
