"""What the kiosk's file chooser may show: places, folder listings, accept filters.

A page's upload asks the kiosk for files; the kiosk answers only from two kinds
of place: removable media (a USB stick, a camera card, mounted under /media or
/run/media) and the folder of the current session. Everything here is decided
on real paths (symlinks resolved), so a link on a stick pointing at /etc or at
the kiosk's data folder never leads out of its place, and a folder of the
kiosk itself (data, logs, database, earlier sessions) is never listed even if
it sits inside a place. Nothing is remembered: every call starts from the disk.

Pure Python (os, mimetypes): the widgets in kiosk/ui/browser/file_chooser.py
only show what this module returns.
"""

from __future__ import annotations

import mimetypes
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Where desktop Linux mounts removable media: /media/<label> (udev rules, or
# udisks with a shared /media), /media/<user>/<label> (udisks on Debian and
# Ubuntu) and /run/media/<user>/<label> (udisks on Fedora and Arch).
MEDIA_BASES = (Path("/media"), Path("/run/media"))

# A camera card can hold thousands of photos; the newest few hundred are
# what a resident looks for, and a longer list helps nobody.
MAX_ENTRIES = 300

SESSION = "session"
REMOVABLE = "removable"


@dataclass(frozen=True)
class Place:
    """A root the resident may browse: removable media or this session's folder."""

    kind: str     # REMOVABLE or SESSION
    root: Path    # resolved
    label: str    # the medium's name (folder name); "" for the session folder


@dataclass(frozen=True)
class Entry:
    """One row of a listing: a folder or a regular file, by its real path."""

    name: str
    path: Path    # resolved, inside its place
    is_dir: bool
    size: int
    mtime: float


def is_within(path: Path, folder: Path) -> bool:
    """True when `path` is `folder` or below it (both already resolved)."""
    return path == folder or folder in path.parents


def _real(path: Path) -> Path | None:
    try:
        return Path(os.path.realpath(path, strict=True))
    except (OSError, RuntimeError):
        return None


def discover_removable(bases: Sequence[Path] = MEDIA_BASES, *,
                       is_mount: Callable[[Path], bool] = os.path.ismount,
                       system_paths: Sequence[Path] = (Path("/"),)) -> list[Path]:
    """Mount points of removable media under `bases`, one or two levels deep.

    Only real mount points count (an empty /media/usb folder with no stick in
    it is not offered), and one on the same device as the system disk is
    skipped: a bind mount of the system disk is not removable media.
    """
    system_devs = set()
    for p in system_paths:
        try:
            system_devs.add(os.stat(p).st_dev)
        except OSError:
            pass
    found: list[Path] = []
    for base in bases:
        for first in _subdirs(base):
            candidates = [first] if is_mount(first) else _subdirs(first)
            for c in candidates:
                if not is_mount(c):
                    continue
                try:
                    if os.stat(c).st_dev in system_devs:
                        continue
                except OSError:
                    continue
                found.append(c)
    return found


def _subdirs(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as it:
            return sorted(Path(e.path) for e in it if e.is_dir(follow_symlinks=False)
                          and not e.name.startswith("."))
    except OSError:
        return []


@dataclass(frozen=True)
class AcceptFilter:
    """The page's `accept` list: extensions (".pdf") and MIME types ("image/*")."""

    extensions: frozenset[str] = frozenset()
    mime_types: frozenset[str] = frozenset()
    mime_prefixes: frozenset[str] = frozenset()

    @classmethod
    def from_page(cls, accepted: Iterable[str]) -> "AcceptFilter":
        exts, types, prefixes = set(), set(), set()
        for item in accepted:
            item = item.strip().lower()
            if not item:
                continue
            if item.startswith("."):
                exts.add(item)
            elif item.endswith("/*"):
                prefixes.add(item[:-1])
            elif "/" in item:
                types.add(item)
        return cls(frozenset(exts), frozenset(types), frozenset(prefixes))

    @property
    def accepts_all(self) -> bool:
        return not (self.extensions or self.mime_types or self.mime_prefixes)

    def matches(self, name: str) -> bool:
        if self.accepts_all:
            return True
        suffix = os.path.splitext(name)[1].lower()
        if suffix and suffix in self.extensions:
            return True
        mime, _enc = mimetypes.guess_type(name, strict=False)
        if mime is None:
            return False
        return mime in self.mime_types or any(mime.startswith(p) for p in self.mime_prefixes)


class FileArea:
    """The places of one chooser request and what may be listed and chosen in them.

    `forbidden` are the kiosk's own folders (its data folder with the database,
    logs and every session's folder): nothing inside them is listed or chosen,
    except the current session's folder, which is a place of its own.
    """

    def __init__(self, removable: Iterable[Path], session_folder: Path | None,
                 forbidden: Iterable[Path] = ()) -> None:
        self._forbidden = [r for r in (_real(Path(f)) for f in forbidden) if r is not None]
        self._session: Place | None = None
        if session_folder is not None:
            real = _real(Path(session_folder))
            if real is not None and real.is_dir():
                self._session = Place(SESSION, real, "")
        places: list[Place] = []
        seen: set[Path] = set()
        for root in removable:
            real = _real(Path(root))
            # A "stick" that is really a kiosk folder (a symlinked mount point) is not offered.
            if real is None or not real.is_dir() or real in seen or self._is_forbidden(real):
                continue
            seen.add(real)
            places.append(Place(REMOVABLE, real, Path(root).name))
        self.places = places
        # The session's folder is offered once something was saved in it; an
        # empty place to tap through helps nobody.
        if self._session is not None:
            self.places = places + [self._session]
            if not self.listing(self._session.root, limit=1)[0]:
                self.places = places

    def _is_forbidden(self, real: Path) -> bool:
        if self._session is not None and is_within(real, self._session.root):
            return False
        return any(is_within(real, f) for f in self._forbidden)

    def place_of(self, path: Path) -> Place | None:
        """The place a real path lies in, or None (outside, or in a kiosk folder)."""
        real = _real(path)
        if real is None or self._is_forbidden(real):
            return None
        for place in self.places:
            if is_within(real, place.root):
                return place
        return None

    def listing(self, folder: Path, accept: AcceptFilter = AcceptFilter(),
                limit: int = MAX_ENTRIES) -> tuple[list[Entry], int]:
        """Folders (by name), then the accepted files (newest first) of `folder`.

        Returns the entries and how many more there were beyond `limit`.
        Hidden names, special files, broken links and anything whose real path
        leaves the place or enters a kiosk folder are left out.
        """
        place = self.place_of(folder)
        if place is None:
            return [], 0
        real_folder = _real(folder)
        if real_folder is None:  # gone since place_of (a stick pulled out)
            return [], 0
        dirs: list[Entry] = []
        files: list[Entry] = []
        try:
            with os.scandir(real_folder) as it:
                items = list(it)
        except OSError:
            return [], 0
        for item in items:
            if item.name.startswith("."):
                continue
            try:
                if item.is_symlink():
                    # A link may point anywhere: judged by where it really leads.
                    real = _real(Path(item.path))
                    if real is None or not is_within(real, place.root) or self._is_forbidden(real):
                        continue
                    st = os.stat(real)
                else:
                    # Not a link: its real path is the (checked) folder's plus its
                    # name, so only a kiosk folder by exactly that path is left out.
                    real = real_folder / item.name
                    if real in self._forbidden and self._is_forbidden(real):
                        continue
                    st = item.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                dirs.append(Entry(item.name, real, True, 0, st.st_mtime))
            elif stat.S_ISREG(st.st_mode) and accept.matches(item.name):
                files.append(Entry(item.name, real, False, st.st_size, st.st_mtime))
        dirs.sort(key=lambda e: e.name.casefold())
        files.sort(key=lambda e: (-e.mtime, e.name.casefold()))
        entries = dirs + files
        return entries[:limit], max(0, len(entries) - limit)

    def parent(self, folder: Path) -> Path | None:
        """The folder above, or None at the top of a place (never above it)."""
        place = self.place_of(folder)
        real = _real(folder)
        if place is None or real is None or real == place.root:
            return None
        return real.parent

    def choosable(self, paths: Iterable[Path]) -> list[str]:
        """The real paths of regular files that may be handed to the page, checked again now.

        A stick can change between listing and choosing (a link swapped for
        one to /etc): the check repeats on the real path just before the page
        gets it, and the page gets the resolved path, never the link.
        """
        out = []
        for p in paths:
            real = _real(p)
            if real is not None and os.path.isfile(real) and self.place_of(real) is not None:
                out.append(str(real))
        return out
