"""The kiosk's private speech-dispatcher: started for read aloud, removed with the kiosk.

Qt's speechd engine talks to speech-dispatcher through libspeechd, which
normally connects to (or starts) the user's server with the system's
settings, whose log level and log folder the kiosk does not control. Instead
the kiosk starts its own server with its own configuration
(kiosk/core/speechd_conf.py) in a private folder under $XDG_RUNTIME_DIR (a
tmpfs), points libspeechd at its socket with SPEECHD_ADDRESS, and makes
libspeechd's own autospawn fail (SPEECHD_CMD=/bin/false) so that no server
with other settings can ever start behind the kiosk's back. When the kiosk
stops, the server is stopped and the folder (its log included) deleted; a
kiosk that was killed leaves a server that ends by itself once its last client
is gone (speechd_conf.IDLE_TIMEOUT_S), and a folder that the next start
removes.

No widgets, no Qt: a child process and some files.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk.core.speechd_conf import PRIVATE_LOG_LEVEL, speechd_conf

log = logging.getLogger("kiosk.speech")

PROGRAM = "speech-dispatcher"
# libspeechd spawns this instead of speech-dispatcher when nothing answers on
# SPEECHD_ADDRESS: it fails, so nothing but the kiosk's server ever runs.
NO_AUTOSPAWN = "/bin/false"


class SpeechServer:
    """One private speech-dispatcher process; `start()` is cheap and idempotent."""

    def __init__(self, *, log_level: int = PRIVATE_LOG_LEVEL, program: str | None = None,
                 base_dir: str | os.PathLike | None = None) -> None:
        self.log_level = log_level
        self.program = program or shutil.which(PROGRAM)
        self._base = base_dir
        self.folder: Path | None = None
        self._process: subprocess.Popen | None = None

    @property
    def available(self) -> bool:
        """speech-dispatcher is installed on this computer."""
        return self.program is not None

    @property
    def socket_path(self) -> Path | None:
        return self.folder / "speechd.sock" if self.folder else None

    @property
    def log_dir(self) -> Path | None:
        return self.folder / "log" if self.folder else None

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket_path}"

    def start(self) -> bool:
        """Start the server in the background (not waiting); False when there is none to start."""
        if self._process is not None and self._process.poll() is None:
            return True
        if not self.available:
            return False
        self._remove_folder()
        self._remove_stale()
        # The socket path must stay under 108 bytes: the runtime dir, not a deep data dir.
        base = self._base or os.environ.get("XDG_RUNTIME_DIR") or None
        self.folder = Path(tempfile.mkdtemp(prefix="digipiste-speech-", dir=base))
        self.log_dir.mkdir()
        (self.folder / "modules").mkdir()
        (self.folder / "speechd.conf").write_text(speechd_conf(self.log_dir, log_level=self.log_level),
                                                  encoding="utf-8")
        command = [self.program, "--run-single", "--config-dir", str(self.folder),
                   "--communication-method", "unix_socket", "--socket-path", str(self.socket_path),
                   "--pid-file", str(self.folder / "speechd.pid")]
        try:
            self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL, cwd=self.folder)
        except OSError as exc:
            log.warning("read aloud unavailable: cannot start speech-dispatcher: %s", exc.strerror or exc)
            self._remove_folder()
            return False
        os.environ["SPEECHD_ADDRESS"] = self.address
        os.environ["SPEECHD_CMD"] = NO_AUTOSPAWN
        return True

    def wait_ready(self, timeout_s: float = 5.0) -> bool:
        """True once the server accepts connections; False if it died or is too slow."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                log.warning("read aloud unavailable: speech-dispatcher stopped at start")
                return False
            if self._answers():
                return True
            time.sleep(0.02)
        log.warning("read aloud unavailable: speech-dispatcher did not answer within %.0f s", timeout_s)
        return False

    def _answers(self) -> bool:
        path = self.socket_path
        if path is None or not path.exists():
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(path))
            except OSError:
                return False
        return True

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        """Stop the server and delete its folder (configuration, socket, log)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=3)
        self._remove_folder()

    def _remove_stale(self) -> None:
        # Folders of servers whose kiosk was killed (their server ended by itself).
        base = Path(self._base or os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir())
        for folder in base.glob("digipiste-speech-*"):
            try:
                if time.time() - folder.stat().st_mtime < 120:
                    continue     # another kiosk's server may still be starting
                pid = int((folder / "speechd.pid").read_text().strip())
                os.kill(pid, 0)
            except (OSError, ValueError):
                shutil.rmtree(folder, ignore_errors=True)

    def _remove_folder(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


_shared: SpeechServer | None = None


def shared_server() -> SpeechServer:
    """The kiosk process's one server (made on first use, stopped at exit)."""
    global _shared
    if _shared is None:
        _shared = SpeechServer()
        atexit.register(_shared.stop)
    return _shared
