"""The files and folders a configuration names: there, of the right kind, private when secret.

`kiosk check-config` and the kiosk at start look at what the file system says
(one os.stat) about each file or folder the configuration names, and turn
every way that can fail into words for `PATH:LINE: key: message`: a name too
long for the file system, a NUL character, a loop of symbolic links, a folder
on the way that may not be entered, `~name` for a user this computer does not
have. Nothing here raises for any text.

Secret files (the sync token) must not be readable by other users of the
computer: the message names the `chmod` to run. Folders are never created:
the sync folder is a share or a USB stick, and creating it would fill the
mount point of a stick that is not plugged in. Pure Python (no Qt).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.config.text import shown, shown_long

if TYPE_CHECKING:
    from kiosk.core.config.shape import Validator

MAX_SECRET_BYTES = 4096            # a token is a few dozen bytes
MAX_CA_BYTES = 16 * 1024 * 1024    # the whole system CA store is about 200 kB


def resolve(text: str, base: Path) -> tuple[Path | None, str | None]:
    """(absolute path, None) for `text` (relative to `base`, `~` expanded), or (None, why not)."""
    if "\x00" in text:
        return None, "contains a NUL character, which no file name can hold"
    try:
        path = Path(text).expanduser()
    except RuntimeError:
        # Path.expanduser: "Could not determine home directory" for ~name.
        user = text[1:].split("/", 1)[0]
        return None, f"there is no user '{shown(user)}' on this computer (the path starts with '~{shown(user)}')"
    return (path if path.is_absolute() else (base / path).absolute()), None


def look(path: Path) -> tuple[os.stat_result | None, str | None]:
    """(stat, None), or (None, why it cannot be looked at); follows symbolic links."""
    try:
        return path.stat(), None
    except (FileNotFoundError, NotADirectoryError):
        return None, "does not exist"
    except PermissionError:
        return None, "cannot be reached: a folder on the way may not be entered (permission denied)"
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return None, "the name is too long for the file system"
        if exc.errno == errno.ELOOP:
            return None, "is a loop of symbolic links"
        return None, f"cannot be looked at: {exc.strerror or exc}"
    except ValueError as exc:   # characters the file system cannot take
        return None, f"is not a usable file name ({shown(exc)})"


def _where(text: str, path: Path) -> str:
    return "" if Path(text).expanduser().is_absolute() else f" (looked for {shown_long(str(path))})"


def _located(v: Validator, key: str, text: str, hint: str = "") -> tuple[Path, os.stat_result] | None:
    """The path and its stat, or None after an error on `key` (`hint` added when it does not exist)."""
    path, problem = resolve(text, v.base)
    if path is None:
        v.error(key, problem or "not a usable path")
        return None
    st, problem = look(path)
    if st is None:
        extra = f"; {hint}" if hint and problem == "does not exist" else ""
        v.error(key, f"'{shown_long(text)}' {problem}{_where(text, path)}{extra}")
        return None
    return path, st


def check_folder(v: Validator, key: str, text: str, *, hint: str = "") -> str | None:
    """The absolute path of an existing folder, or None after an error on `key`."""
    found = _located(v, key, text, hint)
    if found is None:
        return None
    path, st = found
    if not stat.S_ISDIR(st.st_mode):
        v.error(key, f"'{shown_long(text)}' is a file, not a folder{_where(text, path)}")
        return None
    return str(path)


def read_file(v: Validator, key: str, text: str, *, private: bool, limit: int) -> tuple[str, bytes] | None:
    """(absolute path, at most `limit` + 1 bytes) of a readable regular file, or None after an error on `key`.

    `private`: nobody but its owner may read it (mode & 0o077 == 0): a token, a TLS key.
    """
    found = _located(v, key, text)
    if found is None:
        return None
    path, st = found
    if stat.S_ISDIR(st.st_mode):
        v.error(key, f"'{shown_long(text)}' is a folder, not a file{_where(text, path)}")
        return None
    if not stat.S_ISREG(st.st_mode):
        v.error(key, f"'{shown_long(text)}' is not a regular file (a device, pipe or socket){_where(text, path)}")
        return None
    if st.st_size > limit:
        v.error(key, f"'{shown_long(text)}' is too big ({st.st_size} bytes; at most {limit})")
        return None
    if private and st.st_mode & 0o077:
        v.error(key, f"'{shown_long(text)}' can be read by other users of this computer (mode "
                     f"{stat.S_IMODE(st.st_mode):04o}); run: chmod 600 {_quoted(path)}")
        return None
    try:
        with open(path, "rb") as fh:
            return str(path), fh.read(limit + 1)
    except PermissionError:
        v.error(key, f"'{shown_long(text)}' cannot be read (permission denied); the kiosk's user must be able "
                     "to read it")
    except OSError as exc:
        v.error(key, f"'{shown_long(text)}' cannot be read: {exc.strerror or exc}")
    return None


def check_file(v: Validator, key: str, text: str, *, secret: bool = False) -> str | None:
    """The absolute path of a readable regular file, or None after an error on `key`.

    `secret`: nobody but its owner may read it (mode & 0o077 == 0), and it
    holds a short text (a token), not nothing and not megabytes.
    """
    read = read_file(v, key, text, private=secret, limit=MAX_SECRET_BYTES if secret else MAX_CA_BYTES)
    if read is None:
        return None
    path, data = read
    if secret:
        try:
            token = data.decode("utf-8").strip()
        except UnicodeDecodeError:
            v.error(key, f"'{shown_long(text)}' is not UTF-8 text; a token is a line of text")
            return None
        if not token:
            v.error(key, f"'{shown_long(text)}' is empty; put the token in it, or remove this key")
            return None
    return path


def check_ca_file(v: Validator, key: str, text: str) -> str | None:
    """The absolute path of a PEM file of certificates that TLS can load, or None after an error."""
    found = check_file(v, key, text)
    if found is None:
        return None
    import ssl  # only when a CA file is named: its import is start-up time

    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=found)
    except ssl.SSLError as exc:
        v.error(key, f"'{shown_long(text)}' holds no certificate TLS can use ({shown(exc.reason or exc)}); "
                     "it must be PEM ('-----BEGIN CERTIFICATE-----')")
        return None
    except (OSError, ValueError) as exc:
        v.error(key, f"'{shown_long(text)}' cannot be read as certificates: {shown(exc)}")
        return None
    return found


def _quoted(path: Path) -> str:
    """`path` as one shell word (for the chmod the message asks for)."""
    import shlex

    return shlex.quote(str(path))
