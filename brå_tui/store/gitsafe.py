"""What keeps git from running programs that others named: the settings and environment of every git call.

A store on a shared server is often writable by a whole group, so anyone in it can put hooks in
`.git/hooks`, set `core.fsmonitor` in `.git/config`, or name a filter or merge driver in
`.gitattributes`; git would run each of them as whoever saves next. Git's repository config cannot be
skipped wholesale, but settings given on the command line win over every config file, so each call
turns off every setting in git-config(1) (git 2.39) that names a program or a script:

- hooks (core.hooksPath), core.fsmonitor, pagers (core.pager, pager.*), editors (core.editor,
  sequence.editor), password prompts (core.askPass, credential.helper), core.sshCommand, core.gitProxy,
  core.alternateRefsCommand, signing and signature checks (gpg.*, commit/tag/push.gpgSign,
  log.showSignature), the ext:: transport, and submodule recursion;
- nested repositories: a repository committed inside the store (a gitlink) is never looked into
  (diff.ignoreSubmodules=all, status.submoduleSummary=false, --ignore-submodules=all on status and diff),
  since git would start another git there, under that repository's own config and attributes;
- filter drivers (filter.*.clean/smudge/process) and merge drivers (merge.*.driver), found by name in
  every config file (includes too), since `.gitattributes` may point at any of them;
- external diffs and text conversion, with --no-ext-diff and --no-textconv on every diff, log and show;
- remote.*.uploadpack/receivepack, by naming git's own programs on every fetch and push; for a remote
  on this machine, those run with every setting above too, its own filter and merge drivers included,
  since git does not hand them these settings (a push into a non-bare remote with
  receive.denyCurrentBranch=updateInstead checks files out there, through that repository's filters).

Config includes (include.path, includeIf) only read more settings, which are overridden as above. The
system config (/etc/gitconfig) stays in force: only the administrator writes it, and it is where
safe.directory for a shared store belongs.
"""

from __future__ import annotations

import shlex

# Settings that each name a program (or decide whether one runs); given with -c, they win over every file.
NO_PROGRAMS: tuple[tuple[str, str], ...] = (
    ("core.hooksPath", "/dev/null"),
    ("core.fsmonitor", "false"),
    ("core.pager", "cat"),
    ("core.editor", "true"),
    ("sequence.editor", "true"),
    ("core.askPass", ""),
    ("credential.helper", ""),  # an empty value empties the list of helpers from every file
    ("core.sshCommand", "ssh"),
    ("core.alternateRefsCommand", ""),
    ("diff.external", ""),
    ("commit.gpgSign", "false"),
    ("tag.gpgSign", "false"),
    ("push.gpgSign", "false"),
    ("log.showSignature", "false"),
    ("merge.verifySignatures", "false"),
    ("gpg.program", "gpg"),
    ("gpg.openpgp.program", "gpg"),
    ("gpg.x509.program", "gpgsm"),
    ("gpg.ssh.program", "ssh-keygen"),
    ("gpg.ssh.defaultKeyCommand", ""),
    ("protocol.ext.allow", "never"),
    ("submodule.recurse", "false"),
    ("diff.ignoreSubmodules", "all"),  # never start git inside a repository committed into the store
    ("status.submoduleSummary", "false"),
    ("fetch.recurseSubmodules", "false"),
    ("push.recurseSubmodules", "no"),
)

# Merging with a merge driver named in the config: git's own line merge, exactly as when none is named.
SAFE_MERGE_DRIVER = "git merge-file --marker-size=%L %A %O %B"

# The git subcommands that can show a diff, and so run an external diff or a text conversion.
DIFF_COMMANDS = frozenset({"diff", "log", "show"})
# The subcommands that look into the work tree of a repository committed inside the store (a gitlink) by
# starting git there, with that repository's own config and attributes, unless told to leave it alone.
WORK_TREE_COMMANDS = frozenset({"status", "diff"})

# Environment that would point git at another repository or add settings of its own.
_REPOSITORY_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                   "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_CONFIG",
                   "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER")

DRIVER_KEYS = r"^(filter|merge)\..+\.(clean|smudge|process|driver)$"
# Subcommands that never read or write a file's content, so never start a filter or merge driver.
NO_CONTENT_COMMANDS = frozenset({"config", "rev-parse", "symbolic-ref", "remote", "rev-list"})


class UnsafeSetting(ValueError):
    """A driver name that cannot be turned off from the command line (it holds '=' or a line break)."""


def environment(base: dict[str, str]) -> dict[str, str]:
    """The environment for a git call: no pager, editor or prompt, and none of the caller's repository settings."""
    env = {k: v for k, v in base.items() if k not in _REPOSITORY_ENV and not k.startswith("GIT_CONFIG_KEY_")
           and not k.startswith("GIT_CONFIG_VALUE_")}
    env.update({"LC_ALL": "C", "LANGUAGE": "C", "GIT_EDITOR": "true", "GIT_SEQUENCE_EDITOR": "true",
                "GIT_MERGE_AUTOEDIT": "no", "GIT_PAGER": "cat", "PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"})
    # An empty proxy command makes git skip core.gitProxy, whose first match in any file would win over -c.
    env.setdefault("GIT_PROXY_COMMAND", "")
    return env


def driver_overrides(config_listing: str) -> list[tuple[str, str]]:
    """Settings that turn off each filter and merge driver named in `git config -z --name-only` output.

    Raises UnsafeSetting for a driver name that a -c setting cannot express.
    """
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for key in filter(None, config_listing.split("\0")):
        section, _, rest = key.partition(".")
        name = rest.rpartition(".")[0]
        if (section, name) in seen:
            continue
        seen.add((section, name))
        if "=" in name or "\n" in name:
            raise UnsafeSetting(key)
        if section.lower() == "filter":
            out += [(f"filter.{name}.{part}", "") for part in ("clean", "smudge", "process")]
            out.append((f"filter.{name}.required", "false"))
        else:
            out.append((f"merge.{name}.driver", SAFE_MERGE_DRIVER))
    return out


def config_arguments(settings: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> list[str]:
    """settings as git's leading -c KEY=VALUE arguments."""
    return [arg for key, value in settings for arg in ("-c", f"{key}={value}")]


def subcommand_flags(args: tuple[str, ...]) -> tuple[str, ...]:
    """args with --no-ext-diff --no-textconv after the subcommand when it can show a diff, and
    --ignore-submodules=all when it would look into a nested repository's work tree."""
    if not args:
        return args
    flags = []
    if args[0] in DIFF_COMMANDS:
        flags += ["--no-ext-diff", "--no-textconv"]
    if args[0] in WORK_TREE_COMMANDS:
        flags.append("--ignore-submodules=all")
    return (args[0], *flags, *args[1:])


def is_local_url(url: str) -> bool:
    """Whether git reaches a remote URL on this machine (a path or file://), by git's own rule."""
    if url.startswith("file://"):
        return True
    colon, slash = url.find(":"), url.find("/")
    return colon < 0 or (0 <= slash < colon)


def pack_program_option(url: str, push: bool, remote_drivers: list[tuple[str, str]] | None = None) -> str:
    """--receive-pack (push) or --upload-pack (fetch): git's own program, whatever the config names.

    For a remote on this machine the program runs with NO_PROGRAMS and remote_drivers (the settings that
    turn off the remote repository's own filter and merge drivers); git runs the option through the shell,
    so each argument is quoted.
    """
    program = "receive-pack" if push else "upload-pack"
    if is_local_url(url):
        arguments = config_arguments([*NO_PROGRAMS, *(remote_drivers or [])])
        return f"--{program}=" + shlex.join(["git", *arguments, program])
    return f"--{program}=git-{program}"
