"""Recovery drafts: unsaved edits kept outside the store, per user, until they are restored or thrown away.

Every draft is a file of its own, named after the run of bra (the session) that wrote it, so two runs
editing the same meeting never write over each other's drafts. A run holds a lock on a session file in the
drafts folder while it lives; drafts of another run that still lives are not offered (they are still being
edited), and those of a run that ended, however it ended, are.

A draft holds the meeting as the edits left it, and what was typed but not yet taken into it: the text of a
field of the meeting itself that is not (yet) valid, and the forms open over the editor (OpenForm), every field as
typed, so that restoring it opens them again where they were. Drafts written before open forms were kept apart
(no format in [draft]) hold an open form's entry inside the meeting; they are read as they are.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import datetime as dt
import fcntl
import hashlib
import os
import secrets
import stat
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from brå_tui.model import Decision, Finding, Meeting
from brå_tui.oserrors import cause
from brå_tui.store.atomic import atomic_write
from brå_tui.store.convert import decisions_from_tables, meeting_from_table
from brå_tui.store.folders import user_folder
from brå_tui.store.locate import Locator
from brå_tui.store.parse import Unreadable, read_bytes, read_file
from brå_tui.store.paths import MEETING_KEY, check_key
from brå_tui.store.read import meeting_from_bytes
from brå_tui.store.save import fingerprint, merge
from brå_tui.store.serialize import decision_table, meeting_table, new_table
from brå_tui.text import quoted

FORMAT = 2  # the drafts' own format: 2 keeps open forms and field texts apart from the meeting (1: no format key)
Choice = str | bool  # a value chosen in a form's choice field, as the store keeps it


@dataclass(frozen=True)
class OpenForm:
    """A form that was open over the editor, as typed: reopened where it was when its draft is restored.

    in_list is the id of the list (in the editor, or in the form under this one) the form's entry belongs to; index
    is the entry it changes (None: a new entry), cursor the list's cursor as the form opened (a new entry goes
    after it). texts holds every one-line field's text as typed, valid or not, by field id; choices each choice
    made (a choice left blank is absent); notes the multi-line notes; decisions the decisions of the item the
    form edits, as the form holds them (None for a form of something else). focus is the field that had the
    cursor.
    """

    in_list: str
    index: int | None = None
    cursor: int | None = None
    texts: dict[str, str] = dataclasses.field(default_factory=dict)
    choices: dict[str, Choice] = dataclasses.field(default_factory=dict)
    notes: dict[str, str] = dataclasses.field(default_factory=dict)
    decisions: list[Decision] | None = None
    focus: str | None = None


@dataclass(frozen=True)
class Unfinished:
    """What an edit holds beside its meeting: texts of the meeting's own fields that the meeting does not hold
    (a time "25:99", by field id), and the forms open over the editor, outermost first."""

    texts: dict[str, str] = dataclasses.field(default_factory=dict)
    forms: list[OpenForm] = dataclasses.field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.texts or self.forms)


@dataclass
class Draft:
    """One recovery draft: which store and meeting it belongs to, and the meeting as it was being edited."""

    file: Path
    store: Path
    key: str
    meeting_path: Path | None
    new: bool
    base: str | None
    written: dt.datetime | None
    meeting: Meeting
    base_file: bytes | None = None  # the file as editing began (base is its fingerprint); None in older drafts
    unfinished: Unfinished = dataclasses.field(default_factory=Unfinished)  # typed, not yet in the meeting
    problem: str | None = None  # why part of what was typed could not be read back, in Swedish; None when all was

    def label(self) -> str:
        """A one-line Swedish description for a list of drafts."""
        when = f"{self.written:%Y-%m-%d %H:%M}" if self.written else "okänd tid"
        what = f"nytt möte {self.meeting.date}" if self.new else f"mötet {self.key}"
        return f"{what} (utkast från {when})"

    def began(self) -> Meeting | None:
        """The meeting as editing began, from the copy of its file the draft keeps; None when it keeps none (a new
        meeting, a draft from an earlier version of bra) or that copy cannot be read as a meeting."""
        if self.new or self.meeting_path is None or self.base_file is None:
            return None
        return meeting_from_bytes(self.meeting_path, self.base_file)

    def file_changed(self) -> bool | None:
        """Whether the meeting's file differs now from the one editing began from (its fingerprint, base); None when
        that cannot be told: a new meeting, no base kept, or the file cannot be read now."""
        if self.new or self.meeting_path is None or self.base is None:
            return None
        try:
            return fingerprint(read_bytes(self.meeting_path)) != self.base
        except Unreadable:
            return None


@dataclass(frozen=True)
class DamagedDraft:
    """A draft file of a store that cannot be restored, and why (finding, in Swedish, with its line where known).

    own: whether it is a regular file of this user's in their drafts folder (one that is only damaged: cut short,
    not TOML, not shaped as bra writes drafts), which may be thrown away; one that is not (a symbolic link, a file
    someone else owns or can change) is left as it is.
    """

    finding: Finding
    own: bool
    removable: bool = False  # this user may remove it: their own file, or a symbolic link, in their own folder
    link: bool = False  # a symbolic link: removing it removes the link, never what it points to

    @property
    def file(self) -> Path:
        """The draft's file."""
        return self.finding.path


def drafts_dir(env: Mapping[str, str] | None = None) -> Path:
    """Where this user's drafts live: $XDG_STATE_HOME/bra/drafts, else ~/.local/state/bra/drafts."""
    return user_folder("state", env) / "drafts"


def _store_tag(store: Path) -> str:
    return hashlib.sha256(str(store.resolve()).encode("utf-8")).hexdigest()[:16]


SESSION = secrets.token_hex(6)  # this run of bra; its drafts carry it in their file names
_held: dict[Path, int] = {}  # drafts folders this run has marked itself alive in, with the lock's descriptor


def _session_lock(folder: Path, session: str) -> Path:
    return folder / f".session-{session}.lock"


def _hold_session(folder: Path) -> None:
    """Mark this run alive in folder, once: a lock on its session file, held until the process ends."""
    if folder in _held:
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = _session_lock(folder, SESSION)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                break
        except FileNotFoundError:
            pass
        os.close(fd)  # another run found the file unlocked and cleared it away meanwhile: make it again
    _held[folder] = fd
    atexit.register(_release_session, path)


def _release_session(path: Path) -> None:
    path.unlink(missing_ok=True)


def _live_elsewhere(folder: Path, session: str | None) -> bool:
    """Whether another run that still lives wrote drafts as session (a stale session file is cleared away)."""
    if session is None or session == SESSION:
        return False
    path = _session_lock(folder, session)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        path.unlink(missing_ok=True)
        return False
    finally:
        os.close(fd)


def draft_session(file: Path) -> str | None:
    """The session that wrote a draft, from its name (None for drafts from before sessions were named)."""
    parts = file.name.split(".")
    return parts[1] if len(parts) == 4 else None


def new_draft_file(store: Path, key: str, new: bool = False, env: Mapping[str, str] | None = None) -> Path:
    """A draft file no other draft has, for a meeting of a store, in this run's name.

    The key is checked, so the name cannot leave the folder; StoreError when it is not a meeting's key.
    """
    return drafts_dir(env) / _in_this_session(_draft_prefix(store, key, new))


def _draft_prefix(store: Path, key: str, new: bool) -> str:
    """What a draft's file name says it is a draft of: the store, the meeting's key (checked), and -ny for a new
    meeting."""
    return f"{_store_tag(store)}-{check_key(key)}{'-ny' if new else ''}"


def _in_this_session(prefix: str) -> str:
    """A draft's file name: what it is a draft of (store and meeting), this run, and a part of its own."""
    return f"{prefix}.{SESSION}.{secrets.token_hex(4)}.toml"


def save_draft(store: Path, meeting: Meeting, meeting_path: Path | None, base: str | None = None,
               new: bool = False, env: Mapping[str, str] | None = None,
               now: dt.datetime | None = None, file: Path | None = None, base_file: bytes | None = None,
               unfinished: Unfinished | None = None) -> Path:
    """Write the meeting as a recovery draft, atomically, to file (else a new draft file); returns the file. A file
    named for another meeting (the date of a new meeting changed, or the meeting it was to become exists now) is
    replaced by one named for this one, so that its name always says which meeting it holds.

    unfinished is what is typed but not in the meeting: field texts and open forms (Unfinished).

    base is the fingerprint of the meeting's file as editing began; base_file, when given, that file's bytes
    (UTF-8, as every meeting file), kept so that a restored draft can be saved as the edit it was: what someone
    else changed in the file since is shown, and joined with it (base then defaults to its fingerprint).
    """
    key = meeting_path.stem if meeting_path is not None and not new else meeting.date.isoformat()
    target = file or new_draft_file(store, key, new, env)
    if file is not None and file.name.split(".")[0] != _draft_prefix(store, key, new):
        target = file.parent / _in_this_session(_draft_prefix(store, key, new))  # now of another meeting: renamed
    _hold_session(target.parent)
    doc = tomlkit.document()
    info = tomlkit.table()
    info["format"] = FORMAT
    info["store"] = str(store.resolve())
    info["meeting"] = key
    if meeting_path is not None:
        info["path"] = str(meeting_path)
    info["new"] = new
    if base is None and base_file is not None:
        base = fingerprint(base_file)
    if base is not None:
        info["base"] = base
    if base_file is not None:
        with contextlib.suppress(UnicodeDecodeError):
            info["base_file"] = base_file.decode("utf-8")
    info["written"] = (now or dt.datetime.now()).replace(microsecond=0)
    doc["draft"] = info
    doc["meeting"] = tomlkit.table()
    merge(doc["meeting"], meeting_table(meeting))
    if unfinished and unfinished.texts:
        doc["fields"] = dict(unfinished.texts)
    if unfinished and unfinished.forms:
        doc["form"] = tomlkit.aot()
        for form in unfinished.forms:
            doc["form"].append(_form_table(form))
    atomic_write(target, tomlkit.dumps(doc).encode("utf-8"), mode=0o600)  # this user's alone, like the folder
    if file is not None and target != file:
        file.unlink(missing_ok=True)
    return target


def _form_table(form: OpenForm) -> dict[str, object]:
    """An open form as the draft keeps it (a key without a value is left out)."""
    table: dict[str, object] = {"list": form.in_list}
    table.update({key: value for key, value in (("index", form.index), ("cursor", form.cursor),
                                                 ("focus", form.focus)) if value is not None})
    table.update({"texts": dict(form.texts), "choices": dict(form.choices), "notes": dict(form.notes)})
    if form.decisions is not None:
        table["decision"] = [new_table("item.decision", decision_table(d)) for d in form.decisions]
    return table


class _Unreadable(ValueError):
    """A part of a draft that is not as bra writes it."""


def _texts(value: object, what: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _Unreadable(f"{what} är inte text")
    return dict(value)


def _index(value: object, what: str) -> int | None:
    if value is None:
        return None
    if type(value) is not int or value < 0:
        raise _Unreadable(f"{what} är inget radnummer")
    return value


def _open_form(table: object) -> OpenForm:
    """An open form read back from the draft (_Unreadable when it is not as bra writes it)."""
    if not isinstance(table, dict) or not isinstance(table.get("list"), str):
        raise _Unreadable("det saknar sin lista")
    choices = table.get("choices", {})
    if not isinstance(choices, dict) or not all(isinstance(v, str | bool) for v in choices.values()):
        raise _Unreadable("ett val är varken text eller ja/nej")
    decisions = None
    if "decision" in table:
        decisions, _ = decisions_from_tables(table["decision"])
        if decisions is None:
            raise _Unreadable("ett beslut i det går inte att läsa")
    focus = table.get("focus")
    return OpenForm(in_list=table["list"], index=_index(table.get("index"), "ändrad rad"),
                    cursor=_index(table.get("cursor"), "markören"), texts=_texts(table.get("texts"), "ett fält"),
                    choices=dict(choices), notes=_texts(table.get("notes"), "en anteckning"),
                    decisions=decisions, focus=focus if isinstance(focus, str) else None)


def _unfinished(data: dict[str, object], version: object) -> tuple[Unfinished, str | None]:
    """What was typed but not in the meeting, read back; and why a part of it could not be, in Swedish (the forms
    from the first that cannot be read are left out: those over it belong in it)."""
    if version is None:
        return Unfinished(), None  # an older draft: its open forms are inside its meeting
    problem: str | None = None
    try:
        texts = _texts(data.get("fields"), "ett fält")
    except _Unreadable as err:
        texts, problem = {}, f"Utkastets ofärdiga fält kunde inte läsas ({err})."
    forms: list[OpenForm] = []
    tables = data.get("form", [])
    for n, table in enumerate(tables if isinstance(tables, list) else [tables]):
        try:
            forms.append(_open_form(table))
        except _Unreadable as err:
            problem = f"Formulär {n + 1} som var öppet i utkastet kunde inte läsas ({err}) och öppnas inte igen."
            break
    if problem is None and version != FORMAT:
        problem = f"Utkastet är skrivet av en annan version av bra (utkastformat {quoted(version)})."
    return Unfinished(texts, forms), problem


def claim_draft(draft: Draft) -> Draft | None:
    """Take a draft over for this run (it is renamed into this run's name); None when another run took it first."""
    target = draft.file.parent / _in_this_session(draft.file.name.split(".")[0])
    _hold_session(target.parent)
    try:
        os.rename(draft.file, target)
    except FileNotFoundError:
        return None
    return dataclasses.replace(draft, file=target)


def _untrusted(file: Path) -> str | None:
    """Why a draft file is not one this user's bra wrote, in Swedish; None when it is: a regular file (not a
    symbolic link), owned by this user, in a drafts folder of theirs, neither writable by anyone else."""
    try:
        held, folder = os.lstat(file), os.stat(file.parent)
    except OSError as err:
        return f"utkastet kan inte läsas: {cause(err)}"
    if stat.S_ISLNK(held.st_mode):
        return "utkastet är en symbolisk länk, inte en fil som bra har skrivit"
    for what, st in (("utkastet", held), ("mappen med utkast", folder)):
        if st.st_uid != os.getuid():
            return f"{what} ägs av någon annan"
        if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return f"{what} kan ändras av andra än du"
    return None


# What each key of a draft's [draft] table holds, when it is there: a test, and what it should be, in Swedish.
_DRAFT_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "store": (str, "en text"), "path": (str, "en text"), "new": (bool, "ja eller nej (true/false)"),
    "base": (str, "en text"), "base_file": (str, "en text"), "written": (dt.datetime, "en tidpunkt"),
    "format": (int, "ett heltal"),
}


def _odd_shape(info: dict[str, object]) -> tuple[str, str] | None:
    """The first key of a draft's [draft] table that is not as bra writes it, and what is wrong, in Swedish; None
    when every key is: the meeting's key a meeting's date, the others of their kind (_DRAFT_KEYS)."""
    key = info.get("meeting")
    if not isinstance(key, str) or not MEETING_KEY.match(key):
        return "meeting", f"meeting ska vara ett mötes datum, inte {quoted(key)}"
    for name, (kind, said) in _DRAFT_KEYS.items():
        value = info.get(name)
        if value is not None and (not isinstance(value, kind) or (kind is int and isinstance(value, bool))):
            return name, f"{name} ska vara {said}, inte {quoted(value)}"
    return None


def read_draft(file: Path) -> tuple[Draft | None, Finding | None]:
    """A draft read back from its file; or None and why not, in Swedish with the line where it is known: a file
    not this user's own (_untrusted), not a regular file (a FIFO is never waited on), not TOML, or not a draft (its
    [draft] table not as bra writes it, or its meeting not one)."""
    reason = _untrusted(file)
    if reason is not None:
        return None, Finding(file, reason)
    text, data, finding = read_file(file)
    if text is None or data is None:
        return None, finding
    info, table = data.get("draft"), data.get("meeting")
    if not isinstance(info, dict) or not isinstance(table, dict):
        return None, Finding(file, "filen är inget utkast: tabellerna [draft] och [meeting] saknas")
    odd = _odd_shape(info)
    if odd is not None:
        line, column = Locator(text).position(("draft", odd[0]))
        return None, Finding(file, f"utkastet har en form som bra inte känner igen: {odd[1]}", line, column)
    meeting, problems = meeting_from_table(table)
    if meeting is None:
        error = next((p for p in problems if p.severity == "error"), None)
        line, column = Locator(text).position(("meeting", *error.path)) if error is not None else (None, None)
        return None, Finding(file, f"mötet i utkastet går inte att läsa: {error.message if error else 'okänt fel'}",
                             line, column)
    path = Path(info["path"]) if isinstance(info.get("path"), str) else None
    meeting.path = None if info.get("new") else path
    written = info.get("written")
    base_text = info.get("base_file")
    base_file = base_text.encode("utf-8") if isinstance(base_text, str) else None
    if base_file is not None and fingerprint(base_file) != info.get("base"):
        base_file = None  # not the file the draft was measured against: it cannot tell what was changed since
    unfinished, problem = _unfinished(data, info.get("format"))
    return Draft(file=file, store=Path(str(info.get("store", ""))), key=str(info.get("meeting", "")),
                 meeting_path=path, new=bool(info.get("new", False)),
                 base=info.get("base") if isinstance(info.get("base"), str) else None,
                 written=written if isinstance(written, dt.datetime) else None, meeting=meeting, base_file=base_file,
                 unfinished=unfinished, problem=problem), None


def load_draft(file: Path) -> Draft | None:
    """A draft read back from its file, or None when the file is not a readable draft of this user's (read_draft)."""
    return read_draft(file)[0]


def list_drafts(store: Path, env: Mapping[str, str] | None = None) -> list[Draft]:
    """The readable drafts that belong to this store and no other living run, oldest first."""
    return find_drafts(store, env)[0]


def _removable(file: Path) -> tuple[bool, bool]:
    """(whether this user may remove a draft file, whether it is a symbolic link): a link, or a file of their own,
    in a drafts folder that is theirs and that nobody else can change. Removing a link never touches its target."""
    try:
        held, folder = os.lstat(file), os.stat(file.parent)
    except OSError:
        return False, False
    link = stat.S_ISLNK(held.st_mode)
    private = folder.st_uid == os.getuid() and not folder.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return private and (link or held.st_uid == os.getuid()), link


def _identity(file: Path) -> str | None:
    """What tells one draft file from another one put at the same name later: its name, device, inode, size and
    time of change (of the file itself, never of what a link points to); None when it is gone."""
    try:
        held = os.lstat(file)
    except OSError:
        return None
    return f"{held.st_dev}:{held.st_ino}:{held.st_size}:{held.st_mtime_ns}:{file.name}"


def _left_file(env: Mapping[str, str] | None = None) -> Path:
    """The user's list of the damaged draft files they chose to leave, one identity (_identity) a line."""
    return user_folder("state", env) / "left-drafts"


def _left(env: Mapping[str, str] | None = None) -> set[str]:
    try:
        return set(_left_file(env).read_text("utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return set()


def leave_damaged(damaged: list[DamagedDraft], env: Mapping[str, str] | None = None) -> None:
    """Remember that the user chose to leave these damaged draft files: they are not offered again at the next
    start while each is the same file (a file changed or put anew at the name is offered again)."""
    identities = {i for d in damaged if (i := _identity(d.file)) is not None}
    if not identities:
        return
    target = _left_file(env)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(target, "".join(f"{line}\n" for line in sorted(_left(env) | identities)).encode("utf-8"))


def find_drafts(store: Path, env: Mapping[str, str] | None = None) -> tuple[list[Draft], list[DamagedDraft]]:
    """The readable drafts that belong to this store and no other living run, oldest first; and the others of that
    store that cannot be read (read_draft), each with why: they are never restored or written over. A damaged file
    the user chose to leave (leave_damaged) is not among them while it is the same file."""
    folder = drafts_dir(env)
    if not folder.is_dir():
        return [], []
    found, broken = [], []
    left = _left(env)
    for file in sorted(folder.glob(f"{_store_tag(store)}-*.toml")):
        if _live_elsewhere(folder, draft_session(file)):
            continue  # still being edited by another run
        draft, finding = read_draft(file)
        if draft is not None:
            found.append(draft)
        elif finding is not None and _identity(file) not in left:
            removable, link = _removable(file)
            broken.append(DamagedDraft(finding, own=_untrusted(file) is None, removable=removable, link=link))
    return sorted(found, key=lambda d: d.written or dt.datetime.min), broken


def discard_draft(draft: Draft | Path) -> None:
    """Throw a draft away."""
    file = draft.file if isinstance(draft, Draft) else draft
    file.unlink(missing_ok=True)


class DraftKeeper:
    """The draft of one editing session: written again as the edits change, removed once saved or thrown away.

    write and remove may be called from worker threads. Each call carries the number of the change it is
    for; a call for an older change than the last one carried out is ignored, so a late write never brings
    back a draft that was removed after it, nor puts older edits over newer ones.
    """

    def __init__(self, store: Path, file: Path | None = None, env: Mapping[str, str] | None = None) -> None:
        self.store = store
        self.file = file
        self.env = env
        self._lock = threading.Lock()
        self._done = 0

    def write(self, change: int, meeting: Meeting, meeting_path: Path | None, base: str | None = None,
              new: bool = False, base_file: bytes | None = None, unfinished: Unfinished | None = None) -> Path | None:
        """Write the meeting as this session's draft (base, base_file, unfinished: as save_draft); the file, or None
        when a later change was already done."""
        with self._lock:
            if change <= self._done:
                return None
            self._done = change
            self.file = save_draft(self.store, meeting, meeting_path, base=base, new=new, env=self.env,
                                   file=self.file, base_file=base_file, unfinished=unfinished)
            return self.file

    def remove(self, change: int) -> None:
        """Remove this session's draft (the edits were saved or thrown away), unless a later change was done."""
        with self._lock:
            if change <= self._done:
                return
            self._done = change
            if self.file is not None:
                discard_draft(self.file)
