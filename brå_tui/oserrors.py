"""What an operating-system error means, in the words a user reads (Swedish), whatever the locale."""

from __future__ import annotations

import errno
import stat
import sys

# errno → the cause, as the end of a sentence ("Kunde inte spara X: disken är full.").
_CAUSES = {
    errno.ENOENT: "filen eller mappen finns inte (den kan ha tagits bort under tiden)",
    errno.EACCES: "du har inte behörighet",
    errno.EPERM: "du har inte behörighet",
    errno.ELOOP: "symboliska länkar pekar på varandra i en slinga",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "din diskkvot är slut",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EIO: "läsfel eller skrivfel på disken",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.EMFILE: "för många öppna filer",
    errno.ENFILE: "för många öppna filer i systemet",
    errno.ENXIO: "enheten finns inte",
    errno.EBUSY: "filen eller enheten är upptagen",
    errno.EEXIST: "det finns redan något med det namnet",
    errno.EAGAIN: "filen är inte redo att läsas (en pipe eller en enhet)",
    errno.ESTALE: "filen på nätverksdisken är inte längre giltig; försök igen",
    errno.EFBIG: "filen blir för stor",
    errno.EXDEV: "filen kan inte flyttas mellan två filsystem",
    errno.ETXTBSY: "filen används av ett program som kör",
    errno.EINVAL: "ogiltigt namn eller ogiltig åtgärd för filsystemet",
    errno.ECONNREFUSED: "anslutningen nekades (ingen tjänst svarar där)",
    errno.ETIMEDOUT: "ingen svarade inom tidsgränsen",
    errno.EHOSTUNREACH: "datorn går inte att nå",
    errno.ENETUNREACH: "nätverket går inte att nå",
    errno.ECONNRESET: "anslutningen bröts av den andra sidan",
    errno.ECONNABORTED: "anslutningen avbröts",
    errno.EPIPE: "mottagaren stängde anslutningen",
    errno.EADDRNOTAVAIL: "adressen finns inte på den här datorn",
}


def cause(err: OSError) -> str:
    """Why an operating-system call failed, in Swedish: 'disken är full', 'du har inte behörighet', …"""
    socket = sys.modules.get("socket")  # not imported for it: without sockets there is no lookup error
    if socket is not None and isinstance(err, socket.gaierror):
        return "namnet på servern går inte att slå upp"
    if isinstance(err, TimeoutError) and err.errno is None:
        return "ingen svarade inom tidsgränsen"
    if err.errno in _CAUSES:
        return _CAUSES[err.errno]
    name = errno.errorcode.get(err.errno or 0)
    return f"systemfel {name}" if name else "okänt systemfel"


def not_a_file(mode: int) -> str | None:
    """Why something with this st_mode is no regular file ('det är en mapp, inte en fil'), or None if it is one."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "det är en mapp, inte en fil"
    if stat.S_ISFIFO(mode):
        return "det är en namngiven pipe (FIFO), inte en fil"
    if stat.S_ISSOCK(mode):
        return "det är en socket, inte en fil"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "det är en enhet, inte en fil"
    return "det är ingen vanlig fil"
