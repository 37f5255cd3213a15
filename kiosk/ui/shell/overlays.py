"""Full-screen messages: idle warning, "are you done?", signed out.

Each covers the whole window, says one thing in large text and offers at most
two big buttons. They are plain widgets raised over the window, not dialogs:
a kiosk has no window manager to trust with modal windows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.widgets import BigButton


class Overlay(QWidget):
    """A full-window panel that follows its parent's size."""

    def __init__(self, object_name: str, language: Language, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAutoFillBackground(True)
        self._title = QLabel(self)
        self._title.setObjectName(f"{object_name}-title")
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(32)
        box = QVBoxLayout(self)
        box.setContentsMargins(64, 64, 64, 64)
        box.setSpacing(32)
        box.addStretch(1)
        box.addWidget(self._title)
        box.addWidget(self._body)
        box.addLayout(self._buttons)
        box.addStretch(1)
        parent.installEventFilter(self)
        self.hide()
        language.changed.connect(self.retranslate)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def pop_up(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.retranslate()
        self.show()
        self.raise_()

    def retranslate(self) -> None:  # pragma: no cover - every subclass sets its texts
        raise NotImplementedError


class IdleWarning(Overlay):
    """'Are you still there?' with a countdown and one big Continue."""

    keep_going = Signal()

    def __init__(self, language: Language, parent: QWidget) -> None:
        super().__init__("idle-warning", language, parent)
        self._seconds = 0
        self.continue_button = BigButton("idle-continue", self)
        self.continue_button.clicked.connect(self.keep_going)
        self._buttons.addWidget(self.continue_button)
        self.retranslate()

    def show_seconds(self, seconds: int) -> None:
        first = not self.isVisible()
        self._seconds = seconds
        if first:
            self.pop_up()
            self.continue_button.setFocus()
        else:
            self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Are you still using this computer?"))
        self._body.setText(self.tr("If you do not continue, everything you did will be removed in "
                                   "%n second(s).", "", self._seconds))
        self.continue_button.set_label(self.tr("Continue"))


class ConfirmEnd(Overlay):
    """'Are you done?' before End session removes everything."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, language: Language, parent: QWidget) -> None:
        super().__init__("end-confirm", language, parent)
        self.yes = BigButton("end-yes", self, role="danger")
        self.no = BigButton("end-no", self)
        self.yes.clicked.connect(self.confirmed)
        self.no.clicked.connect(self.cancelled)
        self._buttons.addWidget(self.no)
        self._buttons.addWidget(self.yes)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Are you done?"))
        self._body.setText(self.tr("Your information will be removed from this computer."))
        self.yes.set_label(self.tr("Yes, end and remove"))
        self.no.set_label(self.tr("No, continue"))


class SignedOut(Overlay):
    """Says what was removed, then the home screen comes back by itself."""

    def __init__(self, language: Language, parent: QWidget) -> None:
        super().__init__("signed-out", language, parent)
        self._by_timeout = False
        # The words in the resident's language, kept while the wipe resets the language:
        # this screen still speaks to the resident who just left (None: follow the language).
        self._kept: dict[bool, tuple[str, str]] | None = None
        self.retranslate()

    def keep_language(self) -> None:
        """A session reset step, before the language goes back to the site's default."""
        self._kept = {flag: self._words(flag) for flag in (False, True)}

    def show_result(self, by_timeout: bool) -> None:
        self._by_timeout = by_timeout
        self.pop_up()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        if hasattr(self, "_kept"):   # the base class hides it before __init__ is done
            self._kept = None
            self.retranslate()

    def _words(self, by_timeout: bool) -> tuple[str, str]:
        lines = [self.tr("The pages you opened, your logins, downloaded files and what you copied "
                         "are gone from this computer.")]
        if by_timeout:
            lines.insert(0, self.tr("The session ended because nobody used the computer."))
        return self.tr("You are signed out. Everything was removed."), "\n\n".join(lines)

    def retranslate(self) -> None:
        kept = self._kept
        title, body = kept[self._by_timeout] if kept is not None else self._words(self._by_timeout)
        self._title.setText(title)
        self._body.setText(body)
