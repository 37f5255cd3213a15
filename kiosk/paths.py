"""Where the kiosk writes: one module owns every path.

Everything the kiosk writes lives under one data directory, so `--data-dir`
moves all of it (tests and demos use a temporary one). The default follows
XDG: $XDG_DATA_HOME/digipiste, or ~/.local/share/digipiste.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


# Exit status of "Leave kiosk mode"; the kiosk session does not restart after it.
EXIT_LEFT_KIOSK_MODE = 10


def left_kiosk_mode_marker() -> Path | None:
    """The file that tells packaging/linux/session.sh an admin left on purpose.

    cage does not pass its application's exit status on, so the kiosk leaves
    this marker in the unit's runtime directory (systemd's RUNTIME_DIRECTORY).
    """
    runtime = os.environ.get("RUNTIME_DIRECTORY", "").split(":")[0]
    return Path(runtime) / "left-kiosk-mode" if runtime else None


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "digipiste"


class DataDirUnusable(OSError):
    """The data directory cannot be made or written; the message names it and why."""


@dataclass(frozen=True)
class Paths:
    """All writable locations, derived from one data directory."""

    data_dir: Path

    @classmethod
    def create(cls, data_dir: str | os.PathLike | None = None) -> "Paths":
        """Make the directories (private to the kiosk's user) and return the paths.

        Raises `DataDirUnusable` (one line, no traceback needed) when the
        directory is on a read-only file system, is a file, or cannot be written.
        """
        paths = cls(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir())
        try:
            for d in (paths.data_dir, paths.log_dir, paths.session_root):
                d.mkdir(parents=True, exist_ok=True)
                os.chmod(d, 0o700)
            # mkdir succeeds on an existing directory of a read-only file system:
            # only a write says whether the kiosk can keep anything here.
            probe = paths.data_dir / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise DataDirUnusable(f"data directory {paths.data_dir} is unusable: {reason}"
                                  + (f" ({exc.filename})" if exc.filename else "")) from exc
        return paths

    @property
    def status_file(self) -> Path:
        """Health for IT staff and monitoring (kiosk.core.health), JSON."""
        return self.data_dir / "status.json"

    @property
    def metrics_file(self) -> Path:
        """The same figures in Prometheus text format (node_exporter textfile collector)."""
        return self.data_dir / "digipiste.prom"

    @property
    def database(self) -> Path:
        return self.data_dir / "kiosk.db"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "kiosk.log"

    @property
    def last_good_config(self) -> Path:
        """Copy of the last configuration that validated on this terminal."""
        return self.data_dir / "last-good-config.toml"

    @property
    def session_root(self) -> Path:
        """Parent of the per-session temporary folders (wiped at session end)."""
        return self.data_dir / "sessions"
