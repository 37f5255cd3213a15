"""The releases folder as the updater sees it: the links, the updater's own state, its report to the kiosk.

Layout (install.sh makes it; DESTDIR / `--root` moves all of it for tests):

    /opt/digipiste/releases/NAME/     one folder per release (NAME = version-contenthash)
    /opt/digipiste/current -> releases/NAME     what the kiosk unit starts
    /opt/digipiste/previous -> releases/NAME    the one before: the rollback target
    /var/lib/digipiste-update/        the updater's own state (root only)
        state.json                    last accepted channel serial and ETag, refused archives
        trial.json                    present while a release is on trial (kiosk.core.fleet.gate)
    /var/lib/digipiste/update.json    the last update result, for the kiosk's health files
    /var/lib/digipiste/release-ready  written by the kiosk after it drew home (kiosk.core.fleet.ready)

No Qt, no network. Links are switched atomically (a new link renamed over
the old one), as install.sh does.
"""

from __future__ import annotations

import json
import os
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
        return self.data_dir / REPORT

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
    if layout.data_dir.is_dir():
        write_json(layout.report_file, data)
    return data


def read_report(data_dir: Path) -> dict:
    """The updater's last result as the kiosk reads it: update_result and update_rolled_back."""
    data = read_json(Path(data_dir) / REPORT)
    result = data.get("result", "")
    return {"update_result": result if isinstance(result, str) else "",
            "update_rolled_back": bool(data.get("rolled_back", False))}


def boot_id() -> str:
    """This boot's id (Linux); "" elsewhere, which only means a reboot does not restart the trial clock."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""
