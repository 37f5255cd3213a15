"""systemd's notify protocol: READY=1 after the first frame, WATCHDOG=1 while responsive.

The kiosk runs as a `Type=notify` unit with `WatchdogSec=`. The keep-alive is
sent from a timer on the interface thread, so it stops by itself when the
event loop hangs (a blocked slot, a dead lock): systemd then kills and
restarts the kiosk. One datagram to `$NOTIFY_SOCKET` per message, no
dependency on libsystemd. Without `$NOTIFY_SOCKET` (a developer's machine)
everything here is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk.watchdog")


def notify(message: str, environ: os._Environ | dict | None = None) -> bool:
    """Send one sd_notify message; False when there is no socket or it failed."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):          # abstract namespace socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
        return True
    except OSError as exc:
        log.warning("sd_notify failed: %s", exc)
        return False


def watchdog_interval_ms(environ: os._Environ | dict | None = None) -> int | None:
    """Half of systemd's WATCHDOG_USEC, as it recommends; None when not asked for."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    # WATCHDOG_PID is not checked: in the kiosk session the unit's main process
    # is the session script, cage its child and the kiosk cage's child, and
    # NotifyAccess=all lets the kiosk ping for the whole unit.
    return max(100, usec // 2000) if usec > 0 else None


class Watchdog(QObject):
    """Tells systemd the kiosk is up, and keeps telling it while the loop turns."""

    def __init__(self, parent: QObject | None = None, environ: dict | None = None) -> None:
        super().__init__(parent)
        self._env = environ
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.ping)
        self.sent = 0

    def ready(self, status: str = "home screen shown") -> None:
        """After the first frame: READY=1, then the keep-alive starts if systemd wants one."""
        log.info("first frame painted: %s", status)
        notify(f"READY=1\nSTATUS={status}", self._env)
        interval = watchdog_interval_ms(self._env)
        if interval:
            self._timer.start(interval)
            log.info("watchdog keep-alive every %d ms", interval)

    def ping(self) -> None:
        if notify("WATCHDOG=1", self._env):
            self.sent += 1

    def stopping(self) -> None:
        self._timer.stop()
        notify("STOPPING=1", self._env)
