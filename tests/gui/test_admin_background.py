"""The PIN check and the log tail never stop the screen: they run in the background.

Slowness is made, not hoped for: the PIN check waits on an event the test
releases (then checks the PIN for real), and the log "file" is a named pipe
nobody writes to until the test says so (as a log on a hung disk would
behave). Meanwhile the interface handles its events: the screen answers.
Were the work on the interface thread, the click would not return until the
gate opened by itself (after GATE_S), and the test says so.
The cancel tests use a real scrypt hash at a cost `check-config` accepts.
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from kiosk.core.session.pin import hash_cost_problem, hash_pin, verify_pin
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.pin_pad import PinPad
from tests.configs import local_config
from tests.helpers.screen import settle

PIN = "2580"
GATE_S = 20   # a gate nobody opens opens by itself after this long, so a frozen screen fails, not hangs


def slow_hash(pin: str) -> str:
    salt = b"slow-salt-16byte"
    n, r, p = 2**16, 8, 1
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * n * r + (1 << 20))
    text = f"scrypt$n={n},r={r},p={p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert hash_cost_problem(text) is None      # a cost the configuration check lets through
    return text


class Gate:
    """Holds a background job until the test opens it; says whether it had to open by itself."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self.entered = threading.Event()
        self.opened_by_itself = False

    def wait(self) -> None:
        self.entered.set()
        if not self._open.wait(GATE_S):
            self.opened_by_itself = True

    def open(self) -> None:
        self._open.set()


def test_a_slow_pin_check_shows_checking_and_the_screen_answers(qapp, qtbot):
    language = Language("fi")
    window = QWidget()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    gate = Gate()

    def slow_verify(entry: str, pin_hash: str) -> bool:
        gate.wait()                              # a slow machine, a costly hash: as long as the test likes
        return verify_pin(entry, pin_hash)

    pad = PinPad(hash_pin(PIN), language, window, verify=slow_verify)
    window.show()
    qtbot.waitExposed(window)
    try:
        pad.present()
        for digit in PIN:
            pad.digits[digit].click()
        pad.ok_button.click()
        # The click returned with the check still waiting: it is not on this thread.
        assert not gate.opened_by_itself, "the PIN check held the interface thread"
        assert pad.checking and pad.findChild(QLabel, "pin-message").text() == "Tarkistetaan…"
        assert not pad.ok_button.isEnabled() and pad.cancel_button.isEnabled()
        # The screen answers meanwhile: its queued events are handled, the pad still waits.
        assert gate.entered.wait(GATE_S)
        settle(qtbot)
        assert pad.checking and pad.isVisible()
        with qtbot.waitSignal(pad.unlocked, timeout=30000):
            gate.open()
        assert not pad.checking and not pad.isVisible()
    finally:
        gate.open()
        language.detach()


def test_a_wrong_pin_cancelled_while_checking_still_counts(qapp, qtbot):
    language = Language("en")
    window = QWidget()
    qtbot.addWidget(window)
    pad = PinPad(slow_hash(PIN), language, window)
    window.show()
    unlocked = []
    pad.unlocked.connect(lambda: unlocked.append(True))
    try:
        def try_and_cancel(entry: str) -> None:
            pad.present()
            for digit in entry:
                pad.digits[digit].click()
            pad.ok_button.click()
            pad.cancel_button.click()                     # away before the answer
            qtbot.waitUntil(lambda: not pad.checking, timeout=30000)

        # Cancelling does not let anyone try PINs without the lock counting them...
        try_and_cancel("1111")
        assert pad.lockout.attempts_left == 4
        # ...and a right PIN whose pad was closed meanwhile opens nothing.
        try_and_cancel(PIN)
        assert unlocked == [] and not pad.isVisible()
    finally:
        language.detach()


def test_admin_view_opens_at_once_while_the_log_does_not_answer(make_kiosk, qtbot):
    kiosk = make_kiosk(local_config({"a": "http://127.0.0.1:9/"}))
    kiosk.window.language.set("en")
    log_file = kiosk.paths.log_file
    log_file.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(log_file)
    gate = Gate()

    def disk_answers_when_told() -> None:
        gate.wait()
        try:
            with open(log_file, "w") as fh:   # the reader's open() returns now
                fh.write("kiosk started\n")
        except BrokenPipeError:
            pass   # the reader had already given up on a file it cannot seek in

    writer = threading.Thread(target=disk_answers_when_told, daemon=True)
    writer.start()
    try:
        kiosk.admin.open_view()
        # open_view() returned while the disk still has not answered.
        assert not gate.opened_by_itself, "opening the admin view waited for the log"
        view = kiosk.window.findChild(QWidget, "admin-view")
        log_view = view.findChild(QPlainTextEdit, "admin-log")
        assert view.isVisible() and log_view.toPlainText() == "Checking…"
        settle(qtbot)                          # the screen answers meanwhile...
        assert log_view.toPlainText() == "Checking…"   # ...and the log is still on its way
        gate.open()
        # The answer (a pipe cannot be tailed: nothing to show) replaces "Checking…".
        qtbot.waitUntil(lambda: log_view.toPlainText() != "Checking…", timeout=15000)
    finally:
        gate.open()
        writer.join(5)


def test_a_check_cancelled_then_the_pad_opened_again_unlocks_nothing(qapp, qtbot):
    # Someone types the right PIN, presses OK and Cancel; the pad is opened
    # again before the answer: the old answer must not open the admin view.
    language = Language("en")
    window = QWidget()
    qtbot.addWidget(window)
    pad = PinPad(slow_hash(PIN), language, window)
    window.show()
    unlocked = []
    pad.unlocked.connect(lambda: unlocked.append(True))
    try:
        pad.present()
        for digit in PIN:
            pad.digits[digit].click()
        pad.ok_button.click()
        pad.cancel_button.click()
        pad.present()                                     # opened again, nothing typed
        assert pad.checking and pad.isVisible()
        qtbot.waitUntil(lambda: not pad.checking, timeout=30000)
        assert unlocked == [] and pad.isVisible()
    finally:
        language.detach()
