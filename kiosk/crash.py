"""What happens when something goes wrong in front of a resident.

An unhandled exception (in a slot, a timer, anywhere on the Qt thread) is
logged with its traceback and the kiosk goes back to the home screen instead
of dying. SIGTERM and SIGINT quit the event loop cleanly, so systemd can stop
and restart the kiosk without a dump.
"""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger("kiosk.crash")


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


def install_signal_handlers(app: QCoreApplication) -> QTimer:
    """Quit cleanly on SIGTERM/SIGINT; returns the timer that lets Python see signals."""

    def quit_(signum, _frame) -> None:  # noqa: ANN001
        log.info("signal %s received, quitting", signal.Signals(signum).name)
        app.quit()

    signal.signal(signal.SIGTERM, quit_)
    signal.signal(signal.SIGINT, quit_)
    # Python runs signal handlers only between bytecodes; while Qt's C++ loop
    # waits, a periodic no-op timer gives it the chance.
    timer = QTimer(app)
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer
