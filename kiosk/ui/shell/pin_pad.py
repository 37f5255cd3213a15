"""The big digit pad that asks for a PIN: the admin's (kiosk/ui/admin) and the helpers' (kiosk/ui/help).

A shared piece of the shell, so that neither feature imports the other. The admin
corner-tap gesture that opens it for IT staff is `AdminGesture` (kiosk/ui/admin/gesture.py).
`PinPad` asks for the PIN on a big digit pad; five wrong PINs lock it for five minutes
(the pure `PinLockout`).

The PIN itself never leaves this module: it is not logged, not put in an
accessible name, and forgotten after each attempt. Checking it (scrypt, tens
to hundreds of milliseconds by design) runs off the interface thread
(kiosk.services.threads) while the pad says "Checking…"; every answer
counts towards the lock, even when the pad was cancelled meanwhile.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.core.session.pin import verify_pin
from kiosk.core.session.pin_lockout import PinLockout
from kiosk.services.threads import Background
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.widgets import BigButton

log = logging.getLogger("kiosk.admin")

__all__ = ["PinPad"]

MAX_DIGITS = 12  # the longest PIN `kiosk hash-pin` accepts
_MASK = "\u25cf"  # a filled circle per digit


class PinPad(Overlay):
    """Full-window digit pad for the admin PIN; emits `unlocked` for the right one.

    `verify(entry, pin_hash)` runs on another thread; what it returns, when
    true, is kept as `accepted_as` (the helper login says who it was).
    """

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, pin_hash: str, language: Language, parent: QWidget, *,
                 lockout: PinLockout | None = None,
                 verify: Callable[[str, str], object] = verify_pin, object_name: str = "admin-pin",
                 title: Callable[[], str] | None = None, log_name: str = "admin PIN") -> None:
        # object_name, title and log_name let the helper login reuse the pad
        # (kiosk/ui/help/helper_view.py) without a subclass, whose self.tr would
        # look the pad's strings up under another translation context.
        super().__init__(object_name, language, parent)
        self._title_text = title
        self._log_name = log_name
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lockout = lockout or PinLockout()
        self._pin_hash = pin_hash
        self._verify = verify
        self._entry = ""
        self._state = ""  # "", "wrong", "locked" or "checking": which message the body shows
        self._checking = False
        # Which opening of the pad a check belongs to: hiding the pad starts a
        # new one, so a check that answers after Cancel never unlocks a pad
        # opened again meanwhile (by anyone, with nothing typed).
        self._attempt = 0
        self.accepted_as: object = None
        self._background = Background("pin-check", self)
        self._attempts_left = 0

        box = self.layout()
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(16)
        self._display = QLabel(self)
        self._display.setObjectName("pin-display")
        self._display.setProperty("role", "title")
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setObjectName("pin-message")
        box.insertWidget(2, self._display)

        self.digits: dict[str, BigButton] = {}
        grid = self._grid = QGridLayout()
        grid.setSpacing(12)
        for digit in "1234567890":
            self._digit_button(digit)
        self.clear_button = BigButton("pin-clear", self)
        self.ok_button = BigButton("pin-ok", self)
        self._place_keys()
        for button in (*self.digits.values(), self.clear_button, self.ok_button):
            button.setMinimumWidth(150)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(grid)
        centred.addStretch(1)
        box.insertLayout(4, centred)

        self.cancel_button = BigButton("pin-cancel", self)
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.cancel_button)
        self._buttons.addStretch(1)

        self.clear_button.clicked.connect(self.clear_entry)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self.update_lock)
        self.retranslate()

    def _place_keys(self) -> None:
        """The keys in a telephone's order, 1 2 3 from the left, in a right-to-left language too.

        A keypad is not mirrored (the residents' own phones are not); the grid
        mirrors its columns in a right-to-left layout, so they are given mirrored.
        """
        keys = {**self.digits, "C": self.clear_button, "K": self.ok_button}
        mirror = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for key in keys.values():
            self._grid.removeWidget(key)
        for r, row in enumerate(("123", "456", "789", "C0K")):
            for c, key in enumerate(row):
                self._grid.addWidget(keys[key], r, 2 - c if mirror else c)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_keys()

    def _digit_button(self, digit: str) -> BigButton:
        button = BigButton(f"pin-{digit}", self)
        button.setProperty("role", "pin-digit")
        button.clicked.connect(lambda: self.add_digit(digit))
        self.digits[digit] = button
        return button

    # -- what a person does ---------------------------------------------------

    def present(self) -> None:
        """Show an empty pad (or the lock message), with the keyboard on the pad."""
        self._entry = ""
        if self._state == "wrong":
            self._state = ""
        self.pop_up()
        self.update_lock()
        self.setFocus()

    def add_digit(self, digit: str) -> None:
        if self.lockout.locked or self._checking or len(self._entry) >= MAX_DIGITS:
            return
        self._entry += digit
        self._show_entry()

    def erase(self) -> None:
        self._entry = self._entry[:-1]
        self._show_entry()

    def clear_entry(self) -> None:
        self._entry = ""
        self._show_entry()

    def cancel(self) -> None:
        self._entry = ""
        self.hide()
        self.cancelled.emit()

    @property
    def checking(self) -> bool:
        """A PIN is being checked (the pad waits and says so)."""
        return self._checking

    def submit(self) -> None:
        """Check the entered PIN in the background; an empty entry does nothing."""
        if self.lockout.locked or not self._entry or self._checking:
            return
        entry, self._entry = self._entry, ""
        verify, pin_hash = self._verify, self._pin_hash
        self._checking = True
        self._state = "checking"
        self._enable_pad()
        self.retranslate()
        attempt = self._attempt
        # The entry lives on only in this job, and goes with it.
        self._background.run(lambda: verify(entry, pin_hash), lambda ok: self._checked(ok, attempt),
                             lambda _exc: self._checked(False, attempt))

    def _checked(self, accepted: object, attempt: int) -> None:
        self._checking = False
        if self._state == "checking":
            self._state = ""
        if accepted:
            self.lockout.success()
            self._enable_pad()
            self.retranslate()
            # Not when cancelled (or closed by a timeout) meanwhile, even if
            # the pad has been opened again since.
            if attempt == self._attempt and self.isVisible():
                log.info("%s: accepted", self._log_name)
                self.accepted_as = accepted
                self.hide()
                self.unlocked.emit()
            else:
                log.info("%s: right PIN, but the pad was closed meanwhile: nothing opened", self._log_name)
            return
        locked_now = self.lockout.failure()
        self._attempts_left = self.lockout.attempts_left
        log.warning("%s: wrong (%d left)", self._log_name, self._attempts_left)
        self._state = "wrong"
        if locked_now:
            log.warning("%s pad locked", self._log_name)
        self.update_lock()
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, text = event.key(), event.text()
        if len(text) == 1 and text in "0123456789":
            self.add_digit(text)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Backspace:
            self.erase()
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Nothing typed outlives the pad, nor does a check still running.
        self._entry = ""
        self._attempt = getattr(self, "_attempt", 0) + 1
        # Overlay.__init__ hides the pad before this class made its timer: on a
        # window already shown (the pad is built after the first frame) that sends this event.
        timer = getattr(self, "_lock_timer", None)
        if timer is not None:
            timer.stop()
        super().hideEvent(event)

    # -- state shown ------------------------------------------------------------

    @property
    def entered_length(self) -> int:
        return len(self._entry)

    def update_lock(self) -> None:
        """Enable or disable the pad after the lock; refresh the minutes left."""
        locked = self.lockout.locked
        self._enable_pad()
        if locked:
            self._state = "locked"
            if self.isVisible() and not self._lock_timer.isActive():
                self._lock_timer.start()
        else:
            self._lock_timer.stop()
            if self._state == "locked":
                self._state = ""
        self.retranslate()

    def _enable_pad(self) -> None:
        off = self.lockout.locked or self._checking
        if off and self.ok_button.isEnabled() and self.isVisible():
            # Disabling the focused digit would pass the focus to a widget
            # under the pad; keep it on the one button that still works.
            self.cancel_button.setFocus()
        for button in (*self.digits.values(), self.clear_button, self.ok_button):
            button.setEnabled(not off)

    def _show_entry(self) -> None:
        self._display.setText(_MASK * len(self._entry) if self._entry else " ")
        self._display.setAccessibleName(
            self.tr("%n digit(s) entered", "", len(self._entry)))

    def retranslate(self) -> None:
        self._title.setText(self._title_text() if self._title_text else self.tr("Administrator PIN"))
        if self._state == "locked":
            minutes = max(1, math.ceil(self.lockout.locked_for() / 60))
            message = self.tr("Locked. Try again in %n minute(s).", "", minutes)
        elif self._state == "checking":
            message = self.tr("Checking…")
        elif self._state == "wrong":
            message = self.tr("Wrong PIN. %n attempt(s) left.", "", self._attempts_left)
        else:
            message = self.tr("Type the PIN and press OK.")
        self._body.setText(message)
        self._body.setAccessibleName(message)
        for digit, button in self.digits.items():
            button.set_label(digit)
        self.clear_button.set_label(self.tr("Clear"), self.tr("Clear the PIN"))
        self.ok_button.set_label(self.tr("OK"))
        self.cancel_button.set_label(self.tr("Cancel"))
        self._show_entry()
