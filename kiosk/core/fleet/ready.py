"""The ready marker: "this release reached READY and drew home", the confirmation the gate waits for.

The kiosk writes `<data-dir>/release-ready` just after READY=1 with the home
screen drawn (never for the "being serviced" screen); it holds the name of the
release folder it runs from (/opt/digipiste/releases/NAME/kiosk), or "" when
it runs from a source checkout. `kiosk update` (root) reads it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from kiosk.paths import write_atomically

MARKER = "release-ready"

log = logging.getLogger("kiosk.fleet")


def running_release(executable: str | None = None) -> str:
    """The release folder's name when this is a bundle under .../releases/NAME/kiosk, else ""."""
    if executable is None:
        if not getattr(sys, "frozen", False):
            return ""
        executable = sys.executable
    folder = Path(executable).resolve().parent
    return folder.name if folder.parent.name == "releases" else ""


def write_ready_marker(data_dir: Path, release: str) -> None:
    """Written atomically (the updater may read it at any moment); OSError to the caller."""
    write_atomically(Path(data_dir) / MARKER, release + "\n")


def read_ready_marker(data_dir: Path) -> str | None:
    """The release that last drew home, "" for a source checkout, None when there is no marker.
    Read by root from the kiosk user's folder: a symlink or FIFO planted there raises
    releases.NotAFile (the gate says so and goes on as if there were no marker)."""
    from kiosk.core.fleet.releases import NotAFile, read_kiosk_file

    try:
        return read_kiosk_file(Path(data_dir) / MARKER, 4096).decode("utf-8").strip()
    except NotAFile:
        raise
    except (OSError, UnicodeDecodeError):
        return None


def mark_release_ready(paths) -> None:
    """READY with home drawn (kiosk/app.py): write the marker in the data directory (`paths`:
    kiosk.paths.Paths or None). Not in a volatile folder: the updater looks in the real one only."""
    if paths is None or paths.volatile_reason:
        return
    try:
        write_ready_marker(paths.data_dir, running_release())
    except OSError as exc:
        log.warning("ready marker not written (a release on trial cannot be marked good): %s", exc)
