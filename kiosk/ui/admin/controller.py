"""The admin view, and the wiring of the hidden admin entrance into a kiosk.

Five taps in the top-left corner (`AdminGesture`) open the PIN pad
(`PinPad`, objectName `admin-pin`); the right PIN opens `AdminView`
(`admin-view`): version, site and terminal, the configuration errors the kiosk
started with, the hosts the browser refused, the end of the log, and the ways
out: leave kiosk mode (`admin-exit`), end the resident's session, or go back.

`install_admin(window, sources, session, idle)` builds all of it over the
main window. The controller gets what it shows as `AdminSources` (the
configuration, its errors, the log file, the refused-host list and the storage
state, both asked through callables that never touch the disk on this thread);
the view takes a plain `AdminReport`, so it never reads the database or the
log itself.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

import kiosk
from kiosk.core.config import Config
from kiosk.paths import EXIT_LEFT_KIOSK_MODE
from kiosk.core.pin_lockout import PinLockout
from kiosk.log import tail
from kiosk.services.idle import IdleWatcher
from kiosk.services.session import SessionService
from kiosk.ui.admin.pin_pad import AdminGesture, PinPad
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.theme import MIN_TARGET_PX, TEXT_SIZES
from kiosk.ui.shell.widgets import BigButton
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
    storage_state: Callable[[], tuple[str, str]]   # ("ok" | "unavailable", reason)


@dataclass(frozen=True)
class AdminReport:
    """Everything the admin view shows, gathered when it opens."""

    version: str
    site_id: str
    terminal_id: str
    config_errors: tuple[str, ...] = ()
    config_fallback: bool = False
    blocked_hosts: tuple[tuple[str, int, str], ...] = ()
    log_lines: tuple[str, ...] = ()
    in_session: bool = False
    storage_ok: bool = True
    storage_reason: str = ""
    config_path: str = ""


class AdminView(Overlay):
    """What IT staff see after the PIN; reports button presses as signals."""

    def __init__(self, language: Language, parent: QWidget) -> None:
        super().__init__("admin-view", language, parent)
        self._report = AdminReport(kiosk.__version__, "", "")
        # The resident's text size is theirs: with the largest one the tables
        # would not fit a 1280x800 screen. Staff read this at the normal size,
        # which is large already; colours still follow the theme.
        self.setStyleSheet(f"QWidget {{ font-size: {TEXT_SIZES[0]}px; }} "
                           f'QLabel[role="title"] {{ font-size: {int(TEXT_SIZES[0] * 1.6)}px; }}')
        box: QVBoxLayout = self.layout()
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(16)
        # The content takes the height; the base class's centring stretches give it up.
        box.setStretch(0, 0)
        box.setStretch(box.count() - 1, 0)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body.setObjectName("admin-about")

        self._config_heading = self._heading()
        self.config_status = QLabel(self)
        self.config_status.setObjectName("admin-config-status")
        self.config_status.setWordWrap(True)
        # Every error, scrolling when there are many, so the tables keep their room.
        self.config_errors = QPlainTextEdit(self)
        self.config_errors.setObjectName("admin-config-errors")
        self.config_errors.setReadOnly(True)
        # At least three lines of errors, whatever else the view holds: they are
        # what IT opens the view for.
        self.config_errors.setMinimumHeight(3 * MIN_TARGET_PX)
        self.storage_status = QLabel(self)
        self.storage_status.setObjectName("admin-storage-status")
        self.storage_status.setWordWrap(True)

        self._hosts_heading = self._heading()
        self.hosts_table = QTableWidget(0, 3, self)
        self.hosts_table.setObjectName("admin-blocked-hosts")
        self.hosts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hosts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.hosts_table.verticalHeader().hide()
        header = self.hosts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.hosts_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._no_hosts = QLabel(self)
        self._no_hosts.setObjectName("admin-no-blocked-hosts")
        self._no_hosts.setWordWrap(True)

        self._log_heading = self._heading()
        self.log_view = QPlainTextEdit(self)
        self.log_view.setObjectName("admin-log")
        self.log_view.setReadOnly(True)
        # Long lines wrap: staff read the whole line without scrolling sideways.
        self.log_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.log_view.document().setDefaultFont(mono)

        hosts_column = QVBoxLayout()
        hosts_column.addWidget(self._hosts_heading)
        hosts_column.addWidget(self.hosts_table, 1)
        hosts_column.addWidget(self._no_hosts)
        # With no table the heading and the sentence stay at the top, not in the middle.
        hosts_column.addStretch(0)
        log_column = QVBoxLayout()
        log_column.addWidget(self._log_heading)
        log_column.addWidget(self.log_view, 1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(hosts_column, 1)
        columns.addLayout(log_column, 1)
        # Base layout: stretch, title, body, buttons, stretch.
        box.insertWidget(3, self._config_heading)
        box.insertWidget(4, self.config_status)
        box.insertWidget(5, self.config_errors, 1)
        box.insertWidget(6, self.storage_status)
        box.insertLayout(7, columns, 2)

        self.close_button = BigButton("admin-close", self)
        self.end_session_button = BigButton("admin-end-session", self)
        self.exit_button = BigButton("admin-exit", self, role="danger")
        self._button_grid = QGridLayout()
        self._button_grid.setHorizontalSpacing(24)
        self._button_grid.setVerticalSpacing(12)
        self._button_grid.setColumnStretch(1, 1)
        self._buttons.addLayout(self._button_grid, 1)
        self._two_rows: bool | None = None
        self.retranslate()
        self._arrange_buttons()

    def _heading(self) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", "heading")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def show_report(self, report: AdminReport) -> None:
        """Fill the view from `report` and show it on top."""
        self._report = report
        self.hosts_table.setRowCount(len(report.blocked_hosts))
        for row, (host, count, last_seen) in enumerate(report.blocked_hosts):
            cells = (host, str(count), last_seen)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.hosts_table.setItem(row, col, item)
        self.hosts_table.setVisible(bool(report.blocked_hosts))
        self._no_hosts.setVisible(not report.blocked_hosts)
        self.config_errors.setPlainText("\n".join(report.config_errors))
        self.config_errors.setVisible(bool(report.config_errors))
        # Opens at the first error, however many there are.
        self.config_errors.verticalScrollBar().setValue(0)
        self.config_errors.moveCursor(self.config_errors.textCursor().MoveOperation.Start)
        self.log_view.setPlainText("\n".join(report.log_lines))
        self.log_view.verticalScrollBar().setValue(self.log_view.verticalScrollBar().maximum())
        self.end_session_button.setEnabled(report.in_session)
        self.pop_up()
        self._arrange_buttons()
        self.close_button.setFocus()

    def _arrange_buttons(self) -> None:
        """One row when the three buttons fit, else the two actions above Back.

        With the largest text size (a resident may have left it on) the
        labels are too long for one row of a 1280-pixel screen.
        """
        buttons = (self.close_button, self.end_session_button, self.exit_button)
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = sum(b.sizeHint().width() for b in buttons) + 3 * self._button_grid.horizontalSpacing()
        two_rows = needed > room
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for button in buttons:
            self._button_grid.removeWidget(button)
        if two_rows:
            self._button_grid.addWidget(self.end_session_button, 0, 0, 1, 2)
            self._button_grid.addWidget(self.exit_button, 0, 2)
            self._button_grid.addWidget(self.close_button, 1, 0, 1, 3)
        else:
            self._button_grid.addWidget(self.close_button, 0, 0)
            self._button_grid.addWidget(self.end_session_button, 0, 2)
            self._button_grid.addWidget(self.exit_button, 0, 3)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange_buttons()

    def retranslate(self) -> None:
        r = self._report
        self._title.setText(self.tr("Administration"))
        self._body.setText(self.tr("Digipiste %1 · site %2 · terminal %3")
                           .replace("%1", r.version).replace("%2", r.site_id).replace("%3", r.terminal_id))
        self._config_heading.setText(self.tr("Configuration"))
        if not r.config_errors:
            status = self.tr("The configuration loaded without errors.")
        else:
            status = self.tr("The configuration file has %n error(s).", "", len(r.config_errors))
            if r.config_fallback:
                status += " " + self.tr("The kiosk is using the last valid configuration of this terminal.")
        if r.config_path:
            status += "\n" + self.tr("Configuration file: %1").replace("%1", r.config_path)
        self.config_status.setText(status)
        if r.storage_ok:
            self.storage_status.setText(self.tr("Storage works."))
        else:
            self.storage_status.setText(
                self.tr("Storage cannot be used; the kiosk serves residents without it and tries again "
                        "by itself. Reason: %1").replace("%1", r.storage_reason))
        self._hosts_heading.setText(self.tr("Refused addresses"))
        self.hosts_table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Times"), self.tr("Last day")])
        self._no_hosts.setText(self.tr("The browser has not refused any address."))
        self._log_heading.setText(self.tr("End of the log"))
        self.close_button.set_label(self.tr("Back to the kiosk"))
        self.end_session_button.set_label(self.tr("End the resident's session"))
        self.exit_button.set_label(self.tr("Leave kiosk mode"))


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
        """Show the view now; the refused hosts fill in when storage answers."""
        self.view.show_report(self.report())
        self._auto_close.start()
        self._sources.refused_hosts(self._hosts_arrived)

    def _hosts_arrived(self, rows: list[HostRow]) -> None:
        # The answer comes from another thread's queue: the window may be gone by now.
        if shiboken6.isValid(self.view) and self.view.isVisible():
            self.view.show_report(self.report(tuple(rows)))

    def report(self, blocked: tuple[HostRow, ...] = ()) -> AdminReport:
        src = self._sources
        state, reason = src.storage_state()
        return AdminReport(
            version=kiosk.__version__, site_id=src.config.site_id, terminal_id=src.config.terminal_id,
            config_errors=src.config_errors,
            config_fallback=src.config_fallback,
            blocked_hosts=blocked,
            log_lines=tuple(tail(src.log_file, LOG_LINES)),
            in_session=self._session.active,
            storage_ok=(state == "ok"), storage_reason=reason,
            config_path=_config_path(src.config_errors, src.config),
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
