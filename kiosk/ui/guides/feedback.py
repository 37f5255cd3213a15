"""The last screen of a guide (`guide-feedback`): "Did this guide help you?" and two big answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.shell.widgets import BigButton

ANSWERS = ("yes", "no")


class GuideFeedback(QWidget):
    """Emits `answered("yes" | "no")`."""

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-feedback")
        self._question = QLabel(self)
        self._question.setObjectName("guide-feedback-question")
        self._question.setProperty("role", "title")
        self._question.setWordWrap(True)
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.helped_yes = BigButton("guide-helped-yes", self)
        self.helped_no = BigButton("guide-helped-no", self)
        self.helped_yes.clicked.connect(lambda: self.answered.emit("yes"))
        self.helped_no.clicked.connect(lambda: self.answered.emit("no"))
        self._answers = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._answers.setSpacing(32)
        self._answers.addStretch(1)
        self._answers.addWidget(self.helped_yes)
        self._answers.addWidget(self.helped_no)
        self._answers.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        box.addWidget(self._question)
        box.addSpacing(24)
        box.addLayout(self._answers)
        box.addStretch(2)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """Answers one above the other in the narrow side panel."""
        self._answers.setDirection(QBoxLayout.Direction.TopToBottom if compact
                                   else QBoxLayout.Direction.LeftToRight)
        # The title size would leave a long word wider than the narrow panel.
        self._question.setStyleSheet("font-size: 36px; font-weight: 600;" if compact else "")

    def retranslate(self) -> None:
        self._question.setText(self.tr("Did this guide help you?"))
        self.helped_yes.set_label(self.tr("Yes, it helped"))
        self.helped_no.set_label(self.tr("No, it did not help"))
