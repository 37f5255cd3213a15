"""The admin view (`admin-view`): what IT staff see after the admin PIN.

Version, site and terminal, whether storage works, the configuration errors
the kiosk started with, the hosts the browser refused, the end of the log,
and the ways out. It shows a plain `AdminReport` and reads nothing itself;
kiosk.ui.admin.controller gathers the report and wires the buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

import kiosk

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kiosk.ui.shell.broker_texts import BrokerTexts
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.theme import MIN_TARGET_PX, TEXT_SIZES
from kiosk.ui.shell.widgets import BigButton


# Language names in the staff's language (the admin view's translations).
_LANGUAGE_NAMES = {
    "fi": QT_TRANSLATE_NOOP("AdminView", "Finnish"), "sv": QT_TRANSLATE_NOOP("AdminView", "Swedish"),
    "en": QT_TRANSLATE_NOOP("AdminView", "English"), "ru": QT_TRANSLATE_NOOP("AdminView", "Russian"),
    "uk": QT_TRANSLATE_NOOP("AdminView", "Ukrainian"), "et": QT_TRANSLATE_NOOP("AdminView", "Estonian"),
    "ar": QT_TRANSLATE_NOOP("AdminView", "Arabic"), "fa": QT_TRANSLATE_NOOP("AdminView", "Persian"),
    "so": QT_TRANSLATE_NOOP("AdminView", "Somali"),
}


@dataclass(frozen=True)
class AdminReport:
    """Everything the admin view shows, gathered when it opens (and again as answers arrive)."""

    version: str
    site_id: str
    terminal_id: str
    config_errors: tuple[str, ...] = ()
    config_fallback: bool = False
    blocked_hosts: tuple[tuple[str, int, str], ...] = ()
    log_lines: tuple[str, ...] | None = ()     # None: still being read
    in_session: bool = False
    storage_ok: bool = True
    storage_reason: str = ""
    storage_volatile: bool = False    # the data directory is unusable: a temporary folder, nothing kept
    config_path: str = ""
    # Offered languages no native speaker has checked (kiosk/assets/translations/STATUS.md);
    # None: that file could not be read.
    translations: tuple[str, ...] | None = ()
    # The configuration fetched from [fleet] config_url: a refusal, a file waiting (not the site file's errors).
    fleet_lines: tuple[str, ...] = ()
    # The shared help queue's link (kiosk.services.help_point.LinkStatus: connected, terminals,
    # failure kind); None: the site has no [helpers.broker].
    broker: object | None = None


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
        self.fleet_status = QLabel(self)
        self.fleet_status.setObjectName("admin-fleet-status")
        self.fleet_status.setWordWrap(True)
        self.fleet_status.setTextFormat(Qt.TextFormat.PlainText)   # a server's words are never markup
        self.storage_status = QLabel(self)
        self.storage_status.setObjectName("admin-storage-status")
        self.storage_status.setWordWrap(True)
        self.broker_status = QLabel(self)
        self.broker_status.setObjectName("admin-broker-status")
        self.broker_status.setWordWrap(True)
        self._broker_texts = BrokerTexts(self)
        self.translation_status = QLabel(self)
        self.translation_status.setObjectName("admin-translations")
        self.translation_status.setWordWrap(True)

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
        box.insertWidget(6, self.fleet_status)
        # Storage and the shared queue's link side by side: the view has no height to spare
        # at 1280x800, and the tables below need theirs.
        status_row = QHBoxLayout()
        status_row.setSpacing(24)
        status_row.addWidget(self.storage_status, 1, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.broker_status, 1, Qt.AlignmentFlag.AlignTop)
        box.insertLayout(7, status_row)
        box.insertWidget(8, self.translation_status)
        box.insertLayout(8, columns, 2)

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
        self.fleet_status.setVisible(bool(report.fleet_lines))
        # Opens at the first error, however many there are.
        self.config_errors.verticalScrollBar().setValue(0)
        self.config_errors.moveCursor(self.config_errors.textCursor().MoveOperation.Start)
        self.log_view.setPlainText(self.tr("Checking…") if report.log_lines is None
                                   else "\n".join(report.log_lines))
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

    def _translation_text(self, unchecked: tuple[str, ...] | None) -> str:
        """The offered languages no native speaker has checked (STATUS.md says who made each)."""
        if unchecked is None:
            return self.tr("The translation status file (STATUS.md) cannot be read; see the log.")
        names = {code: self.tr(name) for code, name in _LANGUAGE_NAMES.items()}
        # One line of names, not a phrase each: the view has no height to spare at 1280x800.
        return self.tr("Not checked by a native speaker: %1").replace(
            "%1", ", ".join(names.get(code, code) for code in unchecked))

    def _broker_text(self, link) -> str:
        """The shared help queue for IT: off, connected (how many terminals), or why not."""
        if link is None:
            return self.tr("Shared help queue: not in use")
        if link.connected:
            return self.tr("Shared help queue: connected (%n terminal(s))", "", link.terminals)
        return (self.tr("Shared help queue: not connected. %1 This terminal keeps its own queue.")
                .replace("%1", self._broker_texts.failure(link.failure)))

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
        if r.fleet_lines:
            self.fleet_status.setText("\n".join((self.tr("Configuration fetched from the network:"), *r.fleet_lines)))
        if r.storage_ok:
            self.storage_status.setText(self.tr("Storage works."))
        elif r.storage_volatile:
            self.storage_status.setText(
                self.tr("The data directory cannot be written; the kiosk serves residents from a temporary "
                        "folder and keeps nothing past a restart. Reason: %1").replace("%1", r.storage_reason))
        else:
            self.storage_status.setText(
                self.tr("Storage cannot be used; the kiosk serves residents without it and tries again "
                        "by itself. Reason: %1").replace("%1", r.storage_reason))
        self.broker_status.setText(self._broker_text(r.broker))
        self.translation_status.setText(self._translation_text(r.translations))
        self.translation_status.setVisible(r.translations != ())
        self._hosts_heading.setText(self.tr("Refused addresses"))
        self.hosts_table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Times"), self.tr("Last day")])
        self._no_hosts.setText(self.tr("The browser has not refused any address."))
        self._log_heading.setText(self.tr("End of the log"))
        self.close_button.set_label(self.tr("Back to the kiosk"))
        self.end_session_button.set_label(self.tr("End the resident's session"))
        self.exit_button.set_label(self.tr("Leave kiosk mode"))
