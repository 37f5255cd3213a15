"""The text size control on the home screen: "A−", the size that is on, "A+".

A resident goes one size down (`text-size-down`) or up (`text-size-up`)
directly; the line between the two buttons says which size is on ("Tekstin
koko 2/3"), and each button says it to a screen reader in its description. At
the smallest size "A−" is off, at the largest "A+" is: nothing cycles back to
the smallest size behind the resident's back. The size goes back to the
normal one at the end of every session (Appearance.reset, a session reset).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.widgets import BigButton


class TextSizeControl(QWidget):
    """`text-size-down`, the current size (`text-size-state`), `text-size-up`."""

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not the older single button's `text-size`: a script that still taps that name must fail, not miss.
        self.setObjectName("text-size-control")
        self._appearance = appearance
        self.down = BigButton("text-size-down", self)
        self.up = BigButton("text-size-up", self)
        self.state = QLabel(self)
        self.state.setObjectName("text-size-state")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: 600;")
        # One unit, as wide as its words: a wide row gives its room to the other buttons,
        # not to a gap between "A−" and "A+".
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        for button in (self.down, self.up):
            # "A−" and "A+" stay as narrow as their two letters.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, button.sizePolicy().verticalPolicy())
        self.down.clicked.connect(self._smaller)
        self.up.clicked.connect(self._larger)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.down)
        row.addWidget(self.state)
        row.addWidget(self.up)
        appearance.changed.connect(self.retranslate)
        self.retranslate()

    def _smaller(self) -> None:
        self._appearance.smaller_text()
        self._keep_focus(self.down, self.up)

    def _larger(self) -> None:
        self._appearance.larger_text()
        self._keep_focus(self.up, self.down)

    def _keep_focus(self, pressed: BigButton, other: BigButton) -> None:
        # A button turned off at the end of the range would drop the keyboard focus
        # onto the next control; the other button of the pair is where it belongs.
        if not pressed.isEnabled() and other.isEnabled():
            other.setFocus(Qt.FocusReason.OtherFocusReason)

    def _size_name(self, step: int) -> str:
        names = (self.tr("normal"), self.tr("large"), self.tr("largest"))
        return names[step] if step < len(names) else str(step + 1)

    def retranslate(self) -> None:
        step, steps = self._appearance.text_step, self._appearance.text_steps
        number, count = str(step + 1), str(steps)
        self.state.setText(self.tr("Text size %1/%2").replace("%1", number).replace("%2", count))
        said = (self.tr("Text size: %1 (%2 of %3)").replace("%1", self._size_name(step))
                .replace("%2", number).replace("%3", count))
        self.state.setAccessibleName(said)
        self.down.set_label(self.tr("A−"), self.tr("Smaller text"))
        self.up.set_label(self.tr("A+"), self.tr("Larger text"))
        for button in (self.down, self.up):
            button.setAccessibleDescription(said)
        self.down.setEnabled(step > 0)
        self.up.setEnabled(step < steps - 1)
