"""Text size and high contrast: the resident's accessibility settings.

Both apply to the whole application through one style sheet, and both go back
to the defaults at the end of every session.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.ui.shell.theme import HIGH_CONTRAST, NORMAL, TEXT_SIZES, Theme, style_sheet


class Appearance(QObject):
    """Current theme and text size; emits `changed` after restyling."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._step = 0
        self._high_contrast = False
        self.apply()

    @property
    def text_step(self) -> int:
        return self._step

    @property
    def text_steps(self) -> int:
        """How many text sizes there are (steps 0 .. text_steps - 1)."""
        return len(TEXT_SIZES)

    @property
    def text_px(self) -> int:
        return TEXT_SIZES[self._step]

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    @property
    def theme(self) -> Theme:
        return HIGH_CONTRAST if self._high_contrast else NORMAL

    def set_text_step(self, step: int) -> None:
        """Text size `step` (0 normal .. text_steps - 1 largest); out of range is held at the ends."""
        step = max(0, min(len(TEXT_SIZES) - 1, step))
        if step != self._step:
            self._step = step
            self.apply()

    def larger_text(self) -> None:
        """One size up; at the largest nothing changes (the resident's "A+")."""
        self.set_text_step(self._step + 1)

    def smaller_text(self) -> None:
        """One size down; at the normal size nothing changes (the resident's "A-")."""
        self.set_text_step(self._step - 1)

    def next_text_size(self) -> None:
        """Normal -> large -> largest -> normal: for scripts and tests that visit every size.

        A resident never cycles: the home screen's A- and A+ go one way each.
        """
        self._step = (self._step + 1) % len(TEXT_SIZES)
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.apply()

    def reset(self) -> None:
        """Back to the defaults (end of session)."""
        if self._step or self._high_contrast:
            self._step = 0
            self._high_contrast = False
            self.apply()

    def apply(self) -> None:
        app = QApplication.instance()
        font = QFont(app.font())
        font.setPixelSize(self.text_px)
        app.setFont(font)
        app.setStyleSheet(style_sheet(self.theme, self.text_px))
        self.changed.emit()
