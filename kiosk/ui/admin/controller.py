"""The wiring of the hidden admin entrance into a kiosk (the view itself: kiosk.ui.admin.view).

Five taps in the top-left corner (`AdminGesture`) open the PIN pad
(`PinPad`, objectName `admin-pin`); the right PIN opens `AdminView`
(`admin-view`): version, site and terminal, the configuration errors the kiosk
started with, the hosts the browser refused, the end of the log, and the ways
out: leave kiosk mode (`admin-exit`), end the resident's session, or go back.

`install_admin(window, sources, session, idle)` builds all of it over the
main window. The controller gets what it shows as `AdminSources` (the
configuration, its errors, the log file, the refused-host list and the storage
state, both asked through callables that never touch the disk on this thread;
the end of the log is read in the background, kiosk.services.threads); the
view takes a plain `AdminReport`, so it never reads the database or the log
itself, and says "Checking…" where an answer is still on its way.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

import kiosk
from kiosk.core.config.site import Config
from kiosk.paths import EXIT_LEFT_KIOSK_MODE
from kiosk.core.session.pin_lockout import PinLockout
from kiosk.core.translation_status import StatusFileError, read_status
from kiosk.log import tail
from kiosk.resources import asset
from kiosk.services.threads import Background
from kiosk.services.idle import IdleWatcher
from kiosk.services.session import SessionService
from kiosk.ui.admin.gesture import AdminGesture
from kiosk.ui.admin.view import AdminReport, AdminView
from kiosk.ui.shell.pin_pad import PinPad
from kiosk.ui.shell.window_filters import WindowFilters

__all__ = ["AdminController", "AdminGesture", "AdminReport", "AdminSources", "AdminView", "PinPad",
           "install_admin"]

log = logging.getLogger("kiosk.admin")

LOG_LINES = 40
# The pad and the view close by themselves when nobody touches the kiosk for
# this long: the view shows the log, and must not stay open for the next resident.
AUTO_CLOSE_S = 120


HostRow = tuple[str, int, str]   # host, times refused, last day


@dataclass(frozen=True)
class AdminSources:
    """What the admin view reads, handed in by the composition root."""

    config: Config
    config_errors: tuple[str, ...]
    config_fallback: bool
    log_file: Path
    # Asks for the refused hosts; the answer comes later (the storage worker).
    refused_hosts: Callable[[Callable[[list[HostRow]], None]], None]
    storage_state: Callable[[], tuple[str, str]]   # ("ok" | "unavailable" | "volatile", reason)
    # Lines about the configuration fetched from [fleet] config_url (a refusal, a wait), read when shown.
    fleet_lines: Callable[[], tuple[str, ...]] = lambda: ()
    # The shared help queue's link (kiosk.services.help_point.LinkStatus); None: no [helpers.broker].
    broker_status: Callable[[], Any] = lambda: None


class AdminController(QObject):
    """Wires gesture -> PIN pad -> admin view, and does what the view's buttons ask."""

    def __init__(self, window: Any, sources: AdminSources, session: SessionService,
                 idle: IdleWatcher | None = None, *, quit_app: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.monotonic, gesture: AdminGesture | None = None) -> None:
        super().__init__(window)
        self._sources = sources
        self._session = session
        self.main_window = window
        # Exit status 10 tells the kiosk session (packaging/linux) not to restart.
        self.quit_app = quit_app or (lambda: QApplication.exit(EXIT_LEFT_KIOSK_MODE))
        # A gesture handed in (kiosk.app installs it before the first frame) is
        # connected by whoever made it; one made here opens the pad itself.
        own_gesture = gesture is None
        self.gesture = AdminGesture(clock=clock, parent=self) if own_gesture else gesture
        self.pin_pad = PinPad(sources.config.admin_pin_hash, window.language, window,
                              lockout=PinLockout(clock=clock))
        self.view = AdminView(window.language, window)
        self._background = Background("admin-log", self)
        self._blocked: tuple[HostRow, ...] = ()
        self._log_lines: tuple[str, ...] | None = None
        self._auto_close = QTimer(self)
        self._auto_close.setSingleShot(True)
        self._auto_close.setInterval(AUTO_CLOSE_S * 1000)
        self._auto_close.timeout.connect(self._close_after_inactivity)

        if own_gesture:
            self.gesture.triggered.connect(self.open_pin_pad)
        self.pin_pad.unlocked.connect(self.open_view)
        self.pin_pad.cancelled.connect(self._auto_close.stop)
        self.view.close_button.clicked.connect(self.close_admin)
        self.view.end_session_button.clicked.connect(self.end_resident_session)
        self.view.exit_button.clicked.connect(self.leave_kiosk)
        # A timeout ends the session under the pad: the resident's flow wins.
        session.ended.connect(lambda _reason: self.close_admin())
        if idle is not None:
            idle.input_seen.connect(self._input_seen)

    @property
    def showing(self) -> bool:
        return self.pin_pad.isVisible() or self.view.isVisible()

    def open_pin_pad(self) -> None:
        if self.showing:
            return
        log.info("admin PIN pad opened")
        self.pin_pad.present()
        self._auto_close.start()

    def open_view(self) -> None:
        """Show the view now; the refused hosts and the log fill in as they arrive."""
        self._blocked, self._log_lines = (), None
        self.view.show_report(self.report())
        self._auto_close.start()
        self._sources.refused_hosts(self._hosts_arrived)
        log_file = self._sources.log_file
        self._background.run(lambda: tuple(tail(log_file, LOG_LINES)), self._log_arrived,
                             lambda exc: self._log_arrived((f"({type(exc).__name__})",)))

    def _hosts_arrived(self, rows: list[HostRow]) -> None:
        self._blocked = tuple(rows)
        self._refresh()

    def _log_arrived(self, lines: tuple[str, ...]) -> None:
        self._log_lines = lines
        self._refresh()

    def _refresh(self) -> None:
        # The answers come from other threads' queues: the window may be gone by now.
        if shiboken6.isValid(self.view) and self.view.isVisible():
            self.view.show_report(self.report())

    def report(self, blocked: tuple[HostRow, ...] | None = None) -> AdminReport:
        """What the view shows now (`blocked` in place of the refused hosts that arrived)."""
        src = self._sources
        state, reason = src.storage_state()
        return AdminReport(
            version=kiosk.__version__, site_id=src.config.site_id, terminal_id=src.config.terminal_id,
            config_errors=src.config_errors, fleet_lines=src.fleet_lines(),
            config_fallback=src.config_fallback,
            blocked_hosts=self._blocked if blocked is None else blocked,
            log_lines=self._log_lines,
            in_session=self._session.active,
            storage_ok=(state == "ok"), storage_reason=reason, storage_volatile=(state == "volatile"),
            config_path=_config_path(src.config_errors, src.config),
            translations=_translations_unchecked(src.config.languages),
            broker=src.broker_status(),
        )

    def close_admin(self) -> None:
        self._auto_close.stop()
        self.pin_pad.hide()
        self.view.hide()

    def end_resident_session(self) -> None:
        self.close_admin()
        if self._session.active:
            log.info("admin ended the session")
            self._session.end("admin")

    def leave_kiosk(self) -> None:
        """End any session (wiping it), then quit the application."""
        log.warning("admin: leaving kiosk mode")
        self.close_admin()
        if self._session.active:
            self._session.end("admin")
        self.quit_app()

    def _input_seen(self) -> None:
        if self._auto_close.isActive():
            self._auto_close.start()

    def _close_after_inactivity(self) -> None:
        if self.showing:
            log.info("admin closed after %d s without input", AUTO_CLOSE_S)
        self.close_admin()

def _translations_unchecked(languages) -> tuple[str, ...] | None:
    """The offered languages no native speaker has checked (STATUS.md); None when the file is unreadable."""
    try:
        status = read_status(asset("translations", "STATUS.md"))
    except StatusFileError as exc:
        log.error("translation status: %s", exc)
        return None
    return tuple(code for code in languages if code in status and not status[code].reviewed)


def _config_path(errors, config) -> str:
    """The file the errors are in (the one asked for), else the file in use."""
    if errors:
        first = errors[0]
        return getattr(first, "file", None) or str(first).split(":", 1)[0]
    return getattr(config, "source", "") or ""


def install_admin(window: Any, sources: AdminSources, session: SessionService, idle: IdleWatcher | None = None,
                  *, filters: WindowFilters, quit_app: Callable[[], None] | None = None,
                  clock: Callable[[], float] = time.monotonic, gesture: AdminGesture | None = None) -> AdminController:
    """Build the admin entrance over the main `window`; its gesture joins `filters`."""
    controller = AdminController(window, sources, session, idle, quit_app=quit_app, clock=clock, gesture=gesture)
    # WORKAROUND for the PySide6 6.12 crash described in
    # kiosk/ui/shell/window_filters.py: a Python event filter on the
    # QApplication segfaults once QtWebEngine builds its items, so the gesture
    # sits on the top-level QWindow, and WindowFilters moves it to each new
    # QWindow (the first web page replaces it). Kiosk.shutdown() takes it off.
    if gesture is None:
        # (A gesture handed in is on the window already: adding it again while
        # an input event is being filtered would move it in the filter list.)
        filters.add(controller.gesture)
    return controller
