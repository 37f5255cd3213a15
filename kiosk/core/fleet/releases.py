"""The releases folder as the updater sees it: the links, the updater's own state, its report to the kiosk.

Layout (install.sh makes it; DESTDIR / `--root` moves all of it for tests):

    /opt/digipiste/releases/NAME/     one folder per release (NAME = version-contenthash)
    /opt/digipiste/current -> releases/NAME     what the kiosk unit starts
    /opt/digipiste/previous -> releases/NAME    the one before: the rollback target
    /var/lib/digipiste-update/        the updater's own state (root only)
        state.json                    last accepted channel serial and ETag, refused archives
        trial.json                    present while a release is on trial (kiosk.core.fleet.gate)
        update.json                   the last update result, for the kiosk's health files (it reads it)
    /var/lib/digipiste/release-ready  written by the kiosk after it drew home (kiosk.core.fleet.ready)
    /var/lib/digipiste/status.json    written by the kiosk; the updater reads session_active

Root never writes in /var/lib/digipiste: the kiosk user owns that folder and could
plant a symlink where root writes (a browser escape must not become root). Root's
reads there go through read_kiosk_file(): no symlink followed, no FIFO waited on.

No Qt, no network. Links are switched atomically (a new link renamed over
the old one), as install.sh does.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.fleet.gate import Trial
from kiosk.paths import write_atomically

REPORT = "update.json"


@dataclass(frozen=True)
class Layout:
    """Every path the updater touches, under one root ("/" on a terminal)."""

    root: Path = Path("/")

    @property
    def prefix(self) -> Path:
        return self.root / "opt" / "digipiste"

    @property
    def state_dir(self) -> Path:
        return self.root / "var" / "lib" / "digipiste-update"

    @property
    def data_dir(self) -> Path:
        return self.root / "var" / "lib" / "digipiste"

    @property
    def config(self) -> Path:
        return self.root / "etc" / "digipiste" / "kiosk.toml"

    @property
    def trial_file(self) -> Path:
        return self.state_dir / "trial.json"

    @property
    def state_file(self) -> Path:
        return self.state_dir / "state.json"

    @property
    def report_file(self) -> Path:
        return self.state_dir / REPORT

    def link(self, name: str) -> str:
        """The folder name `current` or `previous` points at ("" when there is no link)."""
        try:
            return Path(os.readlink(self.prefix / name)).name
        except OSError:
            return ""

    def switch(self, name: str, release: str) -> None:
        """Point `current` or `previous` at releases/RELEASE, atomically."""
        link = self.prefix / name
        tmp = link.with_name(f"{name}.new")
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(f"releases/{release}", tmp)
        tmp.replace(link)

    def prune(self) -> list[str]:
        """Remove every release folder but current and previous (as install.sh keeps them); the names."""
        keep = {self.link("current"), self.link("previous")}
        gone = []
        releases = self.prefix / "releases"
        for folder in sorted(releases.iterdir()) if releases.is_dir() else ():
            if folder.name not in keep and not folder.name.startswith("."):
                _remove_tree(folder)
                gone.append(folder.name)
        return gone


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def read_json(path: Path) -> dict:
    """A state file's content; {} when it is missing or unreadable (the updater then starts afresh)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, indent=2, sort_keys=True) + "\n", mode)


def load_trial(layout: Layout) -> Trial | None:
    data = read_json(layout.trial_file)
    try:
        return Trial.from_json(data) if data.get("release") else None
    except TypeError:
        return None


def save_trial(layout: Layout, trial: Trial | None) -> None:
    if trial is None:
        layout.trial_file.unlink(missing_ok=True)
    else:
        write_json(layout.trial_file, trial.to_json(), 0o600)


def report(layout: Layout, result: str, *, version: str = "", rolled_back: bool | None = None,
           now: datetime | None = None) -> dict:
    """Write update.json for the kiosk's health files (status.json `update_result`,
    `digipiste_update_rolled_back`). A rollback stays reported until a later release is marked good."""
    old = read_json(layout.report_file)
    if rolled_back is None:
        rolled_back = bool(old.get("rolled_back", False))
    data = {"result": result, "version": version or old.get("version", ""), "rolled_back": rolled_back,
            "at": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")}
    layout.state_dir.mkdir(parents=True, exist_ok=True, mode=0o755)
    write_json(layout.report_file, data)
    return data


def update_dir(data_dir: Path) -> Path:
    """The updater's folder next to the kiosk's data folder: /var/lib/digipiste -> /var/lib/digipiste-update."""
    return Path(data_dir).parent / "digipiste-update"


def read_report(data_dir: Path) -> dict:
    """The updater's last result as the kiosk reads it (update.json in update_dir(data_dir)):
    update_result and update_rolled_back."""
    data = read_json(update_dir(data_dir) / REPORT)
    result = data.get("result", "")
    return {"update_result": result if isinstance(result, str) else "",
            "update_rolled_back": bool(data.get("rolled_back", False))}


class NotAFile(OSError):
    """A path in the kiosk's folder that is a symlink, FIFO, device or folder: root does not use it."""


def read_kiosk_file(path: Path, limit: int = 64 * 1024) -> bytes:
    """Root reading a file the kiosk user wrote: never through a symlink (O_NOFOLLOW), never blocked
    by a FIFO (O_NONBLOCK, then only a regular file is read), at most `limit` bytes.
    FileNotFoundError when missing, NotAFile (saying what it is) for anything else planted there."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if os.path.islink(path):
            raise NotAFile(f"{path} is a symbolic link, not the kiosk's file; ignored") from None
        raise exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(f"{path} is not a regular file (mode {stat.filemode(info.st_mode)}); ignored")
        return os.read(fd, limit)
    finally:
        os.close(fd)


def kiosk_file_mtime(path: Path) -> float:
    """The modification time of a kiosk file, not of what a symlink there points at (OSError if none)."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(f"{path} is not a regular file; ignored")
    return info.st_mtime


def boot_id() -> str:
    """This boot's id (Linux); "" elsewhere, which only means a reboot does not restart the trial clock."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""
