"""The slim row above the service: a Print button, how printing went, refused downloads.

`print-status` tells the resident what the printer is doing: "Printing...",
then "Printed" or a clear error, which goes away by itself after a few
seconds. Its `state` property ("", "printing", "done", "error") is for tests
and style sheets. `download-refused` says a file could not be saved, with the
host it came from (never the full address: those can carry personal tokens).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.printing import BUSY, CANCELLED, NO_PRINTER, PRINTED
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.widgets import BigButton

DONE_SHOWN_MS = 5_000
ERROR_SHOWN_MS = 10_000
DOWNLOAD_SHOWN_MS = 10_000


class BrowserToolbar(QWidget):
    """Emits `print_requested` when the Print button is pressed; shows results it is told."""

    print_requested = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browser-toolbar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.print_button = BigButton("browser-print", self)
        self.print_button.clicked.connect(self.print_requested)
        self.status = QLabel(self)
        self.status.setObjectName("print-status")
        self.status.setProperty("state", "")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.download_notice = QLabel(self)
        self.download_notice.setObjectName("download-refused")
        self.download_notice.setProperty("role", "notice")
        self.download_notice.setWordWrap(True)
        self.download_notice.hide()
        self._status_key = ""      # "" / "printing" / a PrintService key
        self._download_host: str | None = None
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.clear_status)
        self._download_timer = QTimer(self)
        self._download_timer.setSingleShot(True)
        self._download_timer.timeout.connect(self.clear_download_notice)
        row = self._row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.print_button)
        row.addWidget(self.status, 1)
        # Other parts' buttons: at the end of the row, or on a row of their own when the
        # service is narrow (a guide beside it, large text) and they would not fit.
        self._extra: list[QWidget] = []
        self._row2 = QHBoxLayout()
        self._row2.setSpacing(16)
        self._two_rows = False
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 6, 16, 6)
        box.setSpacing(6)
        box.addLayout(row)
        box.addLayout(self._row2)
        box.addWidget(self.download_notice)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def add_button(self, button: QWidget) -> None:
        """Another part's button at the end of the row (the guides put theirs here)."""
        self._extra.append(button)
        (self._row2 if self._two_rows else self._row).addWidget(button)

    def _arrange(self) -> None:
        shown = [b for b in (self.print_button, *self._extra) if not b.isHidden()]
        margins = self.layout().contentsMargins()
        # Their one-line widths: a row where they would all have to wrap is a crowded row.
        need = sum(b.sizeHint().width() for b in shown) + 16 * len(shown) + 40
        two = need > self.width() - margins.left() - margins.right()
        if two == self._two_rows:
            return
        self._two_rows = two
        for button in self._extra:
            self._row.removeWidget(button)
            self._row2.removeWidget(button)
            (self._row2 if two else self._row).addWidget(button, 1 if two else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def event(self, event) -> bool:  # noqa: N802 (Qt override)
        # A child's size changed (text size, language): check the rows again.
        if event.type() == event.Type.LayoutRequest:
            self._arrange()
        return super().event(event)

    # -- printing -----------------------------------------------------------------

    def show_printing(self) -> None:
        self._status_timer.stop()
        self._status_key = "printing"
        self.print_button.setEnabled(False)
        self._show_status()

    def show_print_result(self, ok: bool, key: str) -> None:
        self.print_button.setEnabled(True)
        if key == CANCELLED:
            self.clear_status()
            return
        self._status_key = PRINTED if ok else key
        self._show_status()
        self._status_timer.start(DONE_SHOWN_MS if ok else ERROR_SHOWN_MS)

    def clear_status(self) -> None:
        self._status_timer.stop()
        self._status_key = ""
        self.print_button.setEnabled(True)
        self._show_status()

    def _status_text(self) -> tuple[str, str]:
        """(state, sentence) for the current status."""
        key = self._status_key
        if not key:
            return "", ""
        if key == "printing":
            return "printing", self.tr("Printing...")
        if key == PRINTED:
            return "done", self.tr("Printed. Take your paper from the printer.")
        if key == NO_PRINTER:
            return "error", self.tr("This computer cannot print right now: no printer is connected. "
                                    "Ask for help.")
        if key == BUSY:
            return "error", self.tr("The printer is still busy. Wait a moment and try again.")
        return "error", self.tr("Printing did not work. Ask for help.")

    def _show_status(self) -> None:
        state, text = self._status_text()
        self.status.setText(text)
        self.status.setAccessibleName(text)
        if self.status.property("state") != state:
            self.status.setProperty("state", state)
            # Re-apply the style sheet so rules on [state=...] follow.
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    # -- downloads ----------------------------------------------------------------

    def show_download_refused(self, host: str) -> None:
        self._download_host = host
        self._show_download()
        self.download_notice.show()
        self._download_timer.start(DOWNLOAD_SHOWN_MS)

    def clear_download_notice(self) -> None:
        self._download_timer.stop()
        self._download_host = None
        self.download_notice.hide()
        self.download_notice.clear()

    def _show_download(self) -> None:
        if self._download_host is None:
            return
        text = self.tr("This file cannot be saved on this computer.")
        if self._download_host:
            text += " " + self.tr("Address: %1").replace("%1", self._download_host)
        self.download_notice.setText(text)
        self.download_notice.setAccessibleName(text)

    # -- language -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_button.set_label(self.tr("Print"), self.tr("Print this page"))
        self._show_status()
        self._show_download()
