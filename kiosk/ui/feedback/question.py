"""'Did you get your matter done?': one optional question at End session.

Shown after the resident confirmed End session and before the wipe, so the
answer belongs to the session that is ending; never at an idle timeout
(nobody is there to answer). Three big answers and a Skip that is just as
easy to reach; any choice reports `session.feedback` on the event hub and then
calls the continuation (the session's end). The question holds nothing: the
answer is one of four fixed words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.widgets import BigButton

ANSWERS = ("yes", "partly", "no", "skipped")


class SessionFeedback(Overlay):
    """Full-window question; `answered(answer)` with yes | partly | no | skipped."""

    answered = Signal(str)

    def __init__(self, language: Language, parent: QWidget, hub=None) -> None:
        super().__init__("session-feedback", language, parent)
        self._hub = hub
        self._then: Callable[[], None] | None = None
        self.buttons: dict[str, BigButton] = {}
        for answer in ANSWERS:
            name = "feedback-skip" if answer == "skipped" else f"feedback-{answer}"
            button = BigButton(name, self)
            button.clicked.connect(lambda _checked=False, a=answer: self._answer(a))
            self._buttons.addWidget(button)
            self.buttons[answer] = button
        self.retranslate()

    def ask(self, then: Callable[[], None]) -> None:
        """Show the question; after any answer (or Skip) report it and call `then`."""
        self._then = then
        self.pop_up()
        self.buttons["skipped"].setFocus()   # Enter right away = skip: one tap or one key

    def cancel(self) -> None:
        """Hide without an answer (e.g. the session ended by timeout meanwhile)."""
        self._then = None
        self.hide()

    def _answer(self, answer: str) -> None:
        then, self._then = self._then, None
        self.hide()
        if self._hub is not None:
            self._hub.report("session.feedback", answer=answer)
        self.answered.emit(answer)
        if then is not None:
            then()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Did you get your matter done?"))
        self._body.setText(self.tr("Your answer is anonymous. It helps us improve this service point."))
        self.buttons["yes"].set_label(self.tr("Yes"))
        self.buttons["partly"].set_label(self.tr("Partly"))
        self.buttons["no"].set_label(self.tr("No"))
        self.buttons["skipped"].set_label(self.tr("Skip"), self.tr("Skip the question"))
