"""What happens when something goes wrong in front of a resident.

An unhandled exception (in a slot, a timer, anywhere on the Qt thread) is
logged with its traceback and the kiosk goes back to the home screen instead
of dying. SIGTERM and SIGINT quit the event loop cleanly, so systemd can stop
and restart the kiosk without a dump.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer

log = logging.getLogger("kiosk.crash")

_wakeup_sockets: tuple[socket.socket, socket.socket] | None = None


class CrashHandler:
    """sys.excepthook that logs and calls `recover` on the next event-loop turn."""

    def __init__(self, recover: Callable[[], None]) -> None:
        self._recover = recover
        self._previous = sys.excepthook
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type, exc, tb) -> None:  # noqa: ANN001 (excepthook signature)
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.count += 1
        log.error("unhandled exception, returning to the home screen:\n%s",
                  "".join(traceback.format_exception(exc_type, exc, tb)))
        QTimer.singleShot(0, self._safe_recover)

    def _safe_recover(self) -> None:
        try:
            self._recover()
        except Exception:  # noqa: BLE001 - the recovery itself must never take the kiosk down
            log.exception("recovery failed")


def install_signal_handlers(app: QCoreApplication) -> QSocketNotifier:
    """Quit cleanly on SIGTERM/SIGINT; returns the notifier that lets Python see signals.

    Python runs signal handlers only between bytecodes, and while Qt's C++
    loop waits no bytecode runs. Instead of a timer waking the process every
    250 ms all day, the C-level handler writes the signal number to a socket
    (`signal.set_wakeup_fd`) and a QSocketNotifier wakes the loop only then.
    """

    def again(_signum, _frame) -> None:  # noqa: ANN001
        """Later stop signals: the kiosk is already on its way out."""

    def quit_(signum, _frame) -> None:  # noqa: ANN001
        # From here on a stop signal does nothing: run again inside Qt's shutdown
        # it re-entered it (and logging, mid-write). Not SIG_IGN: a signal already
        # pending for Python would then print "ignored due to race condition".
        # A shutdown that hangs is ended by systemd's SIGKILL (TimeoutStopSec).
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, again)
        log.info("signal %s received, quitting", signal.Signals(signum).name)
        # exit(), from the event loop: Qt 6's quit() first asks every window to
        # close, and a second signal whose handler ran inside that close event
        # re-entered it; the nested closeAllWindows() spun forever (100 % CPU,
        # memory growing by gigabytes) and the kiosk never stopped. The windows
        # are torn down by Kiosk.shutdown() after exec() returns.
        QTimer.singleShot(0, lambda: app.exit(0))

    receive, send = socket.socketpair()
    for end in (receive, send):
        end.setblocking(False)
    signal.set_wakeup_fd(send.fileno(), warn_on_full_buffer=False)
    signal.signal(signal.SIGTERM, quit_)
    signal.signal(signal.SIGINT, quit_)
    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        # Reading is enough: the Python handler runs as soon as control is
        # back in Python, i.e. in this very slot.
        try:
            while receive.recv(64):
                pass
        except BlockingIOError:
            pass

    notifier.activated.connect(drain)
    global _wakeup_sockets
    _wakeup_sockets = (receive, send)   # both ends stay open as long as the process runs
    return notifier
