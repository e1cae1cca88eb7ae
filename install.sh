#!/bin/sh
# Install bra for every user of this server, the way Debian admins expect:
#   a Python environment of its own in $BRA_VENV        (default /opt/bra)
#   the command bra in $BRA_BINDIR                       (default /usr/local/bin)
#   bash completion and the manual page bra(1) under $BRA_DATADIR (default /usr/local/share)
#   a commented $BRA_CONFDIR/config.toml                 (default /etc/bra; never overwritten)
# Run as root from the folder of bra's source:   sh install.sh
# Upgrade: run it again from a newer copy of the source.   Remove:   sh install.sh --uninstall
# Debian's python3-venv, git, bash-completion and man-db are installed with apt-get when missing.
# The environment is made by Debian's /usr/bin/python3 (or $BRA_PYTHON), which every user can run.
set -eu
umask 022

BRA_VENV=${BRA_VENV:-/opt/bra}
BRA_BINDIR=${BRA_BINDIR:-/usr/local/bin}
BRA_DATADIR=${BRA_DATADIR:-/usr/local/share}
BRA_CONFDIR=${BRA_CONFDIR:-/etc/bra}
source_dir=$(cd "$(dirname "$0")" && pwd)
if [ -n "${BRA_PYTHON:-}" ]; then python=$BRA_PYTHON
elif [ -x /usr/bin/python3 ]; then python=/usr/bin/python3
else python=$(command -v python3 || true)
fi
man_dir=$BRA_DATADIR/man/man1
completion_dir=$BRA_DATADIR/bash-completion/completions

say() { printf 'install.sh: %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

is_our_venv() { [ -f "$BRA_VENV/pyvenv.cfg" ] && [ -e "$BRA_VENV/bin/bra" ]; }

is_our_link() { [ -L "$BRA_BINDIR/bra" ] && [ "$(readlink "$BRA_BINDIR/bra")" = "$BRA_VENV/bin/bra" ]; }

uninstall() {
    is_our_link && rm -f "$BRA_BINDIR/bra"
    rm -f "$man_dir/bra.1" "$completion_dir/bra"
    if is_our_venv; then
        rm -rf "$BRA_VENV"
    elif [ -e "$BRA_VENV" ]; then
        die "$BRA_VENV ser inte ut som bras miljö (ingen pyvenv.cfg och bin/bra); den får vara kvar."
    fi
    say "bra är borttaget. Kvar finns $BRA_CONFDIR/config.toml och rådens lagringar; ta bort dem för hand om de inte behövs."
}

missing_packages() {
    "$python" -c 'import ensurepip, venv' 2>/dev/null || printf ' python3-venv'
    command -v git >/dev/null 2>&1 || printf ' git'
    [ -f /usr/share/bash-completion/bash_completion ] || printf ' bash-completion'
    command -v man >/dev/null 2>&1 || printf ' man-db'
}

case "${1:-}" in
    --uninstall) uninstall; exit 0 ;;
    "") ;;
    *) die "okänt argument '$1'; kör 'sh install.sh' eller 'sh install.sh --uninstall'." ;;
esac

parent=$(dirname "$BRA_VENV")
while [ ! -e "$parent" ]; do parent=$(dirname "$parent"); done
[ -w "$parent" ] || die "kan inte skriva i $parent; kör skriptet som root (till exempel med sudo)."

[ -f "$source_dir/pyproject.toml" ] || die "hittar inte pyproject.toml bredvid install.sh; kör skriptet i bras källmapp."
[ -n "$python" ] && [ -x "$python" ] || die "python3 saknas; installera det med 'apt-get install python3'."
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "bra behöver Python 3.11 eller nyare; $python är $("$python" --version 2>&1)."
# Everyone runs bra with this interpreter: it must not sit in a folder only root may enter (pyenv in /root).
"$python" -c '
import os, stat, sys
path = os.path.realpath(sys.executable)
folders = [os.path.dirname(path)]
while folders[-1] != "/":
    folders.append(os.path.dirname(folders[-1]))
sys.exit(any(not os.stat(p).st_mode & stat.S_IXOTH for p in [path, *folders]))
' || die "$python ($("$python" -c 'import os, sys; print(os.path.realpath(sys.executable))')) kan inte köras av andra användare; ange en Python alla kan köra med BRA_PYTHON=/usr/bin/python3."

packages=$(missing_packages)
if [ -n "$packages" ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
        say "installerar Debian-paketen$packages"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        # shellcheck disable=SC2086  # one word per package
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $packages
    else
        say "saknar$packages (installera dem med apt-get som root)"
    fi
fi
"$python" -c 'import ensurepip, venv' 2>/dev/null || die "$python -m venv fungerar inte; installera paketet python3-venv."

if [ -e "$BRA_BINDIR/bra" ] && ! is_our_link; then
    die "$BRA_BINDIR/bra finns redan och är inte bras; flytta den eller välj en annan BRA_BINDIR."
fi

# The optional features a secretary needs: every extra in pyproject.toml except the developers' own and the
# accelerator, which is tried on its own below.
extras=$("$python" -c '
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    extras = tomllib.load(f)["project"].get("optional-dependencies", {})
print(",".join(name for name in extras if name not in ("test", "dev", "lint", "fast")))
' "$source_dir/pyproject.toml")
# The faster TOML parser (extra "fast"): only as a ready-built wheel, never compiled here; bra works without it.
fast=$("$python" -c '
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print(" ".join(tomllib.load(f)["project"].get("optional-dependencies", {}).get("fast", [])))
' "$source_dir/pyproject.toml")

# A venv made by another Python (after a Debian upgrade) cannot be upgraded in place: make it anew.
if is_our_venv && ! "$BRA_VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != tuple(map(int, sys.argv[1].split("."))))' \
        "$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" 2>/dev/null; then
    say "miljön i $BRA_VENV är gjord av en annan Python; gör om den"
    rm -rf "$BRA_VENV"
fi
if ! is_our_venv; then
    [ ! -e "$BRA_VENV" ] || [ -z "$(ls -A "$BRA_VENV")" ] || die "$BRA_VENV finns redan och är inte bras miljö."
    say "gör en Python-miljö i $BRA_VENV"
    "$python" -m venv "$BRA_VENV"
fi

say "installerar bra${extras:+ med $extras} från $source_dir"
# --force-reinstall for bra alone: a newer source with the same version number still replaces the old code.
"$BRA_VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$source_dir${extras:+[$extras]}"
"$BRA_VENV/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$source_dir"
if [ -n "$fast" ]; then
    # shellcheck disable=SC2086  # one word per requirement
    if "$BRA_VENV/bin/python" -m pip install --quiet --disable-pip-version-check --only-binary :all: $fast \
            >/dev/null 2>&1; then
        say "den snabba TOML-läsaren ($fast) är installerad"
    else
        say "den snabba TOML-läsaren ($fast) finns inte färdigbyggd för den här datorn; bra läser filerna med Pythons tomllib i stället"
    fi
fi

mkdir -p "$BRA_BINDIR" "$man_dir" "$completion_dir" "$BRA_CONFDIR"
ln -sfn "$BRA_VENV/bin/bra" "$BRA_BINDIR/bra"
"$BRA_VENV/bin/python" -m brå_tui.cli.manpage > "$man_dir/bra.1.new"
mv "$man_dir/bra.1.new" "$man_dir/bra.1"
"$BRA_VENV/bin/register-python-argcomplete" bra > "$completion_dir/bra.new"
mv "$completion_dir/bra.new" "$completion_dir/bra"
if [ ! -e "$BRA_CONFDIR/config.toml" ]; then
    "$BRA_VENV/bin/python" -c 'from brå_tui.store.config import EXAMPLE; print(EXAMPLE, end="")' > "$BRA_CONFDIR/config.toml"
fi

say "klart: $("$BRA_BINDIR/bra" --version) för alla användare, med Tab-komplettering och 'man bra'."
say "nästa steg: skapa rådets lagring med 'bra init --shared GRUPP /srv/bra/NAMN'."
