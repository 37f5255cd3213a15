"""alert() and confirm() of a page, shown inside the kiosk instead of a native dialog.

A native QDialog is a second window (a kiosk has no window manager to place
it) and runs a nested event loop that a session end would pull the page out
from under. Here an alert is a message with one OK button that does not block
the page; a confirm waits in a local event loop that `abort()` ends (with
"No") before the session's page is deleted. prompt() is refused. A page's
"leave this page?" question (beforeunload) arrives as a confirm with Qt's
English text; it is asked here in the kiosk's own words (`confirm_leave`).
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.widgets import BigButton


class PageDialog(Overlay):
    """The page's message, with OK (alert) or Yes/No (confirm)."""

    answered = Signal(bool)

    def __init__(self, language: Language, parent: QWidget) -> None:
        super().__init__("page-dialog", language, parent)
        self._text = ""
        self._confirm = False
        self._leave = False
        self._loop: QEventLoop | None = None
        self._answer = False
        self.ok = BigButton("page-dialog-ok", self)
        self.cancel = BigButton("page-dialog-cancel", self)
        self.ok.clicked.connect(lambda: self._finish(True))
        self.cancel.clicked.connect(lambda: self._finish(False))
        self._buttons.addWidget(self.cancel)
        self._buttons.addWidget(self.ok)
        self.retranslate()

    def alert(self, text: str) -> None:
        """Show a page's alert; returns at once."""
        self._text, self._confirm, self._leave = text, False, False
        self.pop_up()
        self.ok.setFocus()

    def confirm(self, text: str) -> bool:
        """Ask the resident; blocks in a local loop until answered or aborted."""
        return self._ask(text, leave=False)

    def confirm_leave(self) -> bool:
        """The page's beforeunload question, in the resident's language; True leaves."""
        return self._ask("", leave=True)

    def _ask(self, text: str, *, leave: bool) -> bool:
        if self._loop is not None:
            return False  # a page asking twice at once gets "No"
        self._text, self._confirm, self._leave = text, True, leave
        self._answer = False
        self.pop_up()
        self.cancel.setFocus()
        self._loop = QEventLoop()
        self._loop.exec()
        self._loop = None
        return self._answer

    def abort(self) -> None:
        """The session is ending: answer "No" and close."""
        self._finish(False)

    def _finish(self, answer: bool) -> None:
        self._answer = answer
        self.hide()
        if self._loop is not None:
            self._loop.quit()
        self.answered.emit(answer)

    def retranslate(self) -> None:
        self.cancel.setVisible(self._confirm)
        if self._leave:
            self._title.setText(self.tr("Do you want to leave this page?"))
            self._body.setText(self.tr("What you wrote on this page may not be saved."))
            self.ok.set_label(self.tr("Leave the page"))
            self.cancel.set_label(self.tr("Stay on the page"))
            return
        self._title.setText(self.tr("The service says:"))
        self._body.setText(self._text)
        if self._confirm:
            self.ok.set_label(self.tr("Yes"))
            self.cancel.set_label(self.tr("No"))
        else:
            self.ok.set_label(self.tr("OK"))
            self.cancel.set_label(self.tr("No"))
