"""An honest "coming soon" screen for parts that have not been built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.shell.i18n import Language


class ComingSoon(QWidget):
    """Says plainly that this part is not ready, and where help is meanwhile."""

    GUIDES = "guides"
    HELP = "help"

    def __init__(self, object_name: str, what: str, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("screen", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._what = what
        self._title = QLabel(self)
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(64, 48, 64, 48)
        box.addWidget(self._title)
        box.addWidget(self._body)
        box.addStretch(1)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        if self._what == self.GUIDES:
            self._title.setText(self.tr("Guides are coming soon"))
            self._body.setText(self.tr("Step-by-step guides are not on this computer yet. "
                                       "The staff of this service point can help you."))
        else:
            self._title.setText(self.tr("Asking for help here is coming soon"))
            self._body.setText(self.tr("You cannot ask for help on this computer yet. "
                                       "Please ask the staff of this service point."))
        self.setAccessibleName(self._title.text())
