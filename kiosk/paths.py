"""Where the kiosk writes: one module owns every path.

Everything the kiosk writes lives under one data directory, so `--data-dir`
moves all of it (tests and demos use a temporary one). The default follows
XDG: $XDG_DATA_HOME/digipiste, or ~/.local/share/digipiste.
"""

from __future__ import annotations

import os
import shutil
import tempfile
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


def write_atomically(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    """Temp file, fsync, rename: a reader never sees half a file, and a full or
    read-only disk leaves no temp file behind."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        tmp.replace(path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def _remove_stale_volatile(base: Path) -> None:
    """Volatile folders of this user that a killed kiosk left behind (they may hold a session's
    first names): removed before a new one is made. Only folders this user owns whose kiosk
    (the process named in their `.pid`) is gone."""
    try:
        found = [p for p in base.glob("digipiste-volatile-*") if p.is_dir() and p.stat().st_uid == os.getuid()]
    except OSError:
        return
    for folder in found:
        try:
            os.kill(int((folder / ".pid").read_text()), 0)
            continue                       # its kiosk still runs
        except ProcessLookupError:
            pass
        except (OSError, ValueError):      # no pid file (yet): leave it
            continue
        shutil.rmtree(folder, ignore_errors=True)


class DataDirUnusable(OSError):
    """The data directory cannot be made or written; the message names it and why."""


@dataclass(frozen=True)
class Paths:
    """All writable locations, derived from one data directory."""

    data_dir: Path
    # Not empty when the real data directory could not be used: why, and that
    # this one (a private temporary folder) keeps nothing past a restart.
    volatile_reason: str = ""

    @classmethod
    def create_volatile(cls, reason: str) -> "Paths":
        """A private temporary data folder, so residents are served when the data
        directory is read-only or unusable; nothing in it outlives the kiosk.

        In systemd's runtime directory of the unit when there is one (cleared
        when the unit stops), else $XDG_RUNTIME_DIR, else the system's temp folder.
        Raises `DataDirUnusable` when none of them can be written either.
        """
        runtime = os.environ.get("RUNTIME_DIRECTORY", "").split(":")[0]
        bases = [b for b in (runtime, os.environ.get("XDG_RUNTIME_DIR", ""), tempfile.gettempdir()) if b]
        last: OSError | None = None
        for base in bases:
            _remove_stale_volatile(Path(base))
            try:
                folder = tempfile.mkdtemp(prefix="digipiste-volatile-", dir=base)   # 0700
                Path(folder, ".pid").write_text(str(os.getpid()))
                return cls.create(folder).with_reason(reason)
            except OSError as exc:
                last = exc
        raise DataDirUnusable(f"no folder to run from: {last}")

    def with_reason(self, reason: str) -> "Paths":
        return Paths(self.data_dir, reason)

    @property
    def volatile_words(self) -> str:
        """For the admin view and the health files: why nothing is kept ("" with the real data directory)."""
        return f"{self.volatile_reason}; running from {self.data_dir}, nothing is kept" if self.volatile_reason else ""

    def remove_volatile(self) -> None:
        """At shutdown: a volatile folder goes with the kiosk (a real data directory stays)."""
        if self.volatile_reason:
            shutil.rmtree(self.data_dir, ignore_errors=True)

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
