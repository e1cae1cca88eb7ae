"""bra's configuration files: one for the whole server, one per user; TOML with the store to open.

    /etc/bra/config.toml            (or the file $BRA_CONFIG_SYSTEM names)   set by the administrator
    $XDG_CONFIG_HOME/bra/config.toml (else ~/.config/bra/config.toml)         set by the user

Both hold the same keys: `store`, the folder of the store to open when neither `--store` nor
`BRA_STORE` names one, and `[mail]`, how this user sends e-mail (brå_tui.store.convert.OWN_MAIL_KEYS
may be set only here, never in the store). A relative path is taken from the folder the file is in,
and `~` is the home of whoever runs bra, so `store = "~/bra"` in the system file means each
user's own folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from brå_tui.model import MailSettings
from brå_tui.store.convert import own_mail_from_table
from brå_tui.store.folders import HomeError, expand_home, user_folder
from brå_tui.store.locate import Locator
from brå_tui.store.parse import read_file

SYSTEM_CONFIG = Path("/etc/bra/config.toml")
KNOWN_KEYS = {"store": "lagringen som öppnas när varken --store eller BRA_STORE anges",
              "mail": "hur du skickar e-post: server, inloggning, lösenord eller sendmail"}


@dataclass(frozen=True)
class ConfigFile:
    """One configuration file as read: where it is, whether it exists, what it sets, what is wrong in it.

    kind is "system" or "user"; store is the store path it sets (already made absolute), or None;
    errors are what makes the file unusable, every one found, each one Swedish sentence beginning with the file
    and line (error: the first, for a one-sentence message); unknown lists keys bra does not know.
    """

    path: Path
    kind: str
    exists: bool = False
    store: Path | None = None
    mail: MailSettings | None = None
    errors: tuple[str, ...] = ()
    unknown: list[str] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        """The first error as one sentence (and how to see the others), or None when the file can be used."""
        if not self.errors:
            return None
        if len(self.errors) == 1:
            return self.errors[0]
        return f"{self.errors[0].rstrip('.')}; 'bra doctor' visar alla {len(self.errors)} fel i filen."

    @property
    def label(self) -> str:
        """'systemets inställningar' or 'dina inställningar', for messages."""
        return "systemets inställningar" if self.kind == "system" else "dina inställningar"


def system_config_path() -> Path:
    """The server-wide file: $BRA_CONFIG_SYSTEM if set (like GIT_CONFIG_SYSTEM for git), else /etc/bra/config.toml."""
    named = os.environ.get("BRA_CONFIG_SYSTEM", "").strip()
    return Path(named) if named else SYSTEM_CONFIG


def user_config_path() -> Path:
    """This user's file: $XDG_CONFIG_HOME/bra/config.toml, else ~/.config/bra/config.toml (XDG base directories)."""
    return user_folder("config") / "config.toml"


def read_config(path: Path, kind: str) -> ConfigFile:
    """Read one configuration file; a missing file is no error, a broken one gives `errors`, every one found, each
    with its line (a file that is no TOML has only the first, where the parser stopped)."""
    if not path.exists():
        return ConfigFile(path, kind)
    text, table, finding = read_file(path)
    if table is None or text is None:
        assert finding is not None
        return ConfigFile(path, kind, exists=True,
                          errors=(f"{_where(path, finding.line, finding.column)}: {finding.message}.",))
    data = text.encode("utf-8")
    unknown = sorted(key for key in table if key not in KNOWN_KEYS)
    mail, errors = _mail(path, text, table.get("mail"))
    store, store_error = _store(path, data, table.get("store"))
    if store_error is not None:
        errors.append(store_error)
    errors.sort(key=_line_number)
    return ConfigFile(path, kind, exists=True, store=None if errors else store, mail=None if errors else mail,
                      errors=tuple(text for _, text in errors), unknown=unknown)


def _store(path: Path, data: bytes, store: object) -> tuple[Path | None, tuple[int, str] | None]:
    """The store a configuration file names, made absolute, or the error in it (its line and one sentence)."""
    if store is None:
        return None, None
    line = _line_of(data, "store")
    where = f"{path}:{line}" if line else str(path)
    if not isinstance(store, str) or not store.strip():
        return None, (line or 0, f'{where}: store ska vara en sökväg inom citattecken, till exempel '
                                 'store = "/srv/bra/avesta".')
    try:
        chosen = expand_home(store)
    except HomeError as err:
        return None, (line or 0, f"{where}: {_lower_first(str(err))}")
    return (chosen if chosen.is_absolute() else path.parent / chosen), None


def _line_number(error: tuple[int, str]) -> int:
    return error[0]


def _mail(path: Path, text: str, table: object) -> tuple[MailSettings | None, list[tuple[int, str]]]:
    """A configuration file's [mail] table, or every error in it, each its line and one sentence naming it."""
    if table is None:
        return None, []
    locator = Locator(text)
    if not isinstance(table, dict):
        where = locator.line(("mail",)) or 1
        return None, [(where, f"{path}:{where}: mail ska vara en tabell, [mail].")]
    settings, problems = own_mail_from_table(table)
    errors = []
    for problem in problems:
        if problem.severity == "error":
            line, column = locator.position(problem.path)
            errors.append((line or 0, f"{_where(path, line, column)}: {problem.message}."))
    return (None if errors else settings), errors


def own_mail_settings() -> MailSettings | None:
    """[mail] from the user's configuration file, else the system's; None when neither has one or it is broken."""
    return next((file.mail for file in config_files() if file.mail is not None and not file.error), None)


def _where(path: Path, line: int | None, column: int | None) -> str:
    """path:line:column for a message, leaving out what is not known."""
    return ":".join(str(part) for part in (path, line, column) if part)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _line_of(data: bytes, key: str) -> int | None:
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        if line.strip().startswith(key) and line.strip()[len(key):].lstrip().startswith("="):
            return number
    return None


def config_files() -> list[ConfigFile]:
    """Both configuration files, the user's first (it wins), then the system's."""
    return [read_config(user_config_path(), "user"), read_config(system_config_path(), "system")]


EXAMPLE = '''\
# Inställningar för bra på den här servern. Varje användare kan ha egna i
# ~/.config/bra/config.toml; de gäller före dessa, och --store och BRA_STORE
# gäller före båda. `bra doctor` visar vilken lagring och vilka filer som används.

# Lagringen som öppnas när varken --store eller BRA_STORE anges:
# store = "/srv/bra/avesta"
'''


def set_system_store(store: Path) -> tuple[bool, str]:
    """Make store the server's store in the system file, unless that file already names one or is broken.

    Returns (written, the store the file names afterwards or the reason it was left alone). Keeps the
    file's comments; makes the file from EXAMPLE when there is none. OSError if it cannot be written.
    """
    import tomlkit

    path = system_config_path()
    current = read_config(path, "system")
    if current.error:
        return False, current.error
    if current.store is not None:
        return False, str(current.store)
    document = tomlkit.parse(path.read_text(encoding="utf-8") if current.exists else EXAMPLE)
    document["store"] = str(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomlkit.dumps(document), encoding="utf-8")
    return True, str(store)
