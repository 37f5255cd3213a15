"""`PrintStatusLabel`: how a print job went, in words, for a screen that prints.

"Printing...", then "Printed" or a clear error from the `PrintService` key;
the result goes away by itself after a few seconds. Its `state` property
("", "printing", "done", "error") is for tests and style sheets.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services.printing import BUSY, CANCELLED, NO_PRINTER, PRINTED

DONE_SHOWN_MS = 8_000
ERROR_SHOWN_MS = 12_000


class PrintStatusLabel(QLabel):
    """Hidden while there is nothing to say."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("state", "")
        self.setWordWrap(True)
        self.hide()
        self._key = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def state(self) -> str:
        return self.property("state") or ""

    def show_printing(self) -> None:
        self._timer.stop()
        self._key = "printing"
        self.retranslate()

    def show_result(self, ok: bool, key: str) -> None:
        """The job's end; a cancelled job (the session ended) says nothing."""
        self._key = "" if key == CANCELLED else (PRINTED if ok else key)
        self.retranslate()
        if self._key:
            self._timer.start(DONE_SHOWN_MS if ok else ERROR_SHOWN_MS)

    def clear(self) -> None:
        self._timer.stop()
        self._key = ""
        self.retranslate()

    def retranslate(self) -> None:
        key = self._key
        state, text = "", ""
        if key == "printing":
            state, text = "printing", self.tr("Printing...")
        elif key == PRINTED:
            state, text = "done", self.tr("Printed. Take your paper from the printer.")
        elif key == NO_PRINTER:
            state, text = "error", self.tr("This computer cannot print right now. Ask for help.")
        elif key == BUSY:
            state, text = "error", self.tr("The printer is still busy. Wait a moment and try again.")
        elif key:
            state, text = "error", self.tr("Printing did not work. Ask for help.")
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if self.property("state") != state:
            self.setProperty("state", state)
            # Re-apply the style sheet so rules on [state=...] follow.
            self.style().unpolish(self)
            self.style().polish(self)
