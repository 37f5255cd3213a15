"""The kiosk's private speech-dispatcher: started for read aloud, removed with its speech host.

The kiosk never uses the system's or the user's speech-dispatcher (whose log
level and log folder it does not control): the speech host
(kiosk/services/speech_host.py, a child process of the kiosk) starts this
server with the kiosk's own configuration (kiosk/core/speech/speechd_conf.py) in a
private folder under $XDG_RUNTIME_DIR (a tmpfs) and talks to its socket
directly. The server runs in the speech host's process group, so that one
signal to that group ends the host, the server and its espeak-ng module
together; `stop()` kills the server and its module (a hung
speech-dispatcher ignores SIGTERM, measured with 0.11.4) and deletes the
folder. A server left behind by a killed host ends by itself once its last
client is gone (speechd_conf.IDLE_TIMEOUT_S), and its folder is removed by the
next start.

No widgets, no Qt: a child process and some files.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk.core.speech.speechd_conf import PRIVATE_LOG_LEVEL, speechd_conf
from kiosk.core.speech.ssip import SERVER_START_S

log = logging.getLogger("kiosk.speech")

PROGRAM = "speech-dispatcher"


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
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

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
        return True

    def wait_ready(self, timeout_s: float = SERVER_START_S) -> bool:
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
        """Kill the server and its modules, reap them, delete the folder (configuration, socket, log).

        SIGKILL at once: a speech-dispatcher that hangs ignores SIGTERM, and
        one that works has nothing to save. The modules are reaped here when
        this process is their subreaper (the speech host makes itself one).
        """
        process, self._process = self._process, None
        if process is not None:
            family = [process.pid, *descendants(process.pid)]
            for pid in family:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            process.wait()
            reap(family[1:])
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


def descendants(pid: int) -> list[int]:
    """Every living process under `pid` (children first), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop(0)
        found.append(child)
        todo.extend(children.get(child, []))
    return found


def reap(pids: list[int], timeout_s: float = 1.0) -> None:
    """Collect the exit of killed processes that became this process's children (bounded)."""
    deadline = time.monotonic() + timeout_s
    waiting = list(pids)
    while waiting and time.monotonic() < deadline:
        for pid in list(waiting):
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:   # not ours (no subreaper): init collects it
                waiting.remove(pid)
                continue
            if done:
                waiting.remove(pid)
        if waiting:
            time.sleep(0.01)
