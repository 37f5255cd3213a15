"""A QR code of a guide's online address, to go on reading on one's own phone.

The code is drawn from the `qrcode` library's module matrix straight into a
QImage (no Pillow), black on white with the standard quiet zone of four
modules, whole pixels per module so that cameras read it at a glance. On the
reference 22-inch 1920x1080 screen it is `QR_MM` millimetres wide (at least
4 cm: phones held at arm's length read that easily).
"""

from __future__ import annotations

import math

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.ui.shell.theme import REFERENCE_PX_PER_MM

QR_MM = 45
QUIET_ZONE = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules of `text` (quiet zone included), row by row."""
    code = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(text: str, min_px: int) -> QImage:
    """`text` as a QR code at least `min_px` wide, each module a whole number of pixels."""
    matrix = qr_matrix(text)
    count = len(matrix)
    module = max(1, math.ceil(min_px / count))
    image = QImage(count * module, count * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * module, y * module, module, module, black)
    painter.end()
    return image


def display_address(address: str) -> str:
    """The address as a person types it on a phone: no https://, no trailing slash."""
    for prefix in ("https://", "http://"):
        if address.lower().startswith(prefix):
            address = address[len(prefix):]
    return address.rstrip("/")


def qr_min_px() -> int:
    """Pixels for `QR_MM` millimetres on the reference screen."""
    return math.ceil(QR_MM * REFERENCE_PX_PER_MM)


class QrCard(QFrame):
    """`guide-qr`: the QR code, what it is for, and the address written out beside it.

    The viewer hides it when there is no address (nothing to scan is better
    than a code that leads nowhere) and in the narrow side panel.
    """

    def __init__(self, parent: QWidget | None = None, name: str = "guide-qr") -> None:
        super().__init__(parent)
        # `name` and its -caption/-code/-address children: unique per card, so
        # a test (or an accessibility tool) finds the guide's code, not another.
        self.setObjectName(name)
        self.setProperty("role", "qr")
        self._address = ""
        self._caption = QLabel(self)
        self._caption.setObjectName(f"{name}-caption")
        self._caption.setWordWrap(True)
        self._code = QLabel(self)
        self._code.setObjectName(f"{name}-code")
        self._code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._code.setStyleSheet("background: white; padding: 0px; border: none;")
        self._url = QLabel(self)
        self._url.setObjectName(f"{name}-address")
        self._url.setWordWrap(True)
        self._url.setProperty("role", "muted")
        # Side by side (code, then what it is and the address): the picture above keeps its height.
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addStretch(1)
        words.addWidget(self._caption)
        words.addWidget(self._url)
        words.addStretch(1)
        self._box = box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        box.addWidget(self._code, 0, Qt.AlignmentFlag.AlignVCenter)
        box.addLayout(words, 1)
        self.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # Beside the code the words need about ten characters a line; else they go above it.
        room = self.width() - self._code.sizeHint().width() - self._box.spacing()
        stacked = room < 10 * self._caption.fontMetrics().averageCharWidth() * 1.2
        if stacked != (self._box.direction() == QBoxLayout.Direction.BottomToTop):
            self.set_stacked(stacked)

    def set_stacked(self, stacked: bool) -> None:
        """Words above the code (a narrow column), or the code beside the words."""
        self._box.setDirection(QBoxLayout.Direction.BottomToTop if stacked
                               else QBoxLayout.Direction.LeftToRight)
        self._box.setAlignment(self._code, Qt.AlignmentFlag.AlignLeading if stacked
                               else Qt.AlignmentFlag.AlignVCenter)

    @property
    def address(self) -> str:
        return self._address

    def code_pixmap(self) -> QPixmap:
        """The QR code as drawn on screen (for tests that read it back)."""
        return self._code.pixmap()

    def set_address(self, address: str | None) -> None:
        address = address or ""
        if address == self._address:
            return
        self._address = address
        if address:
            self._code.setPixmap(QPixmap.fromImage(qr_image(address, qr_min_px())))
            self._url.setText(display_address(address))
        else:
            self._code.clear()
            self._url.clear()
        self._update_accessible()

    def set_caption(self, text: str) -> None:
        self._caption.setText(text)
        self._update_accessible()

    def _update_accessible(self) -> None:
        self.setAccessibleName(f"{self._caption.text()} {self._address}".strip())
        self._code.setAccessibleName(self._address)
