"""The PIN check and the log tail never stop the screen: they run in the background.

A real scrypt hash at a cost `check-config` accepts (n=2**16: about a second
on a loaded machine, where the default takes 0.2 s), and a real log "file"
that does not answer (a named pipe nobody writes to yet, as a log on a hung
disk would behave). Meanwhile a timer of the interface keeps firing: the
screen answers.
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from kiosk.core.session.pin import hash_cost_problem
from kiosk.ui.admin.pin_pad import PinPad
from kiosk.ui.shell.i18n import Language
from tests.configs import local_config

PIN = "2580"


def slow_hash(pin: str) -> str:
    salt = b"slow-salt-16byte"
    n, r, p = 2**16, 8, 1
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * n * r + (1 << 20))
    text = f"scrypt$n={n},r={r},p={p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert hash_cost_problem(text) is None      # a cost the configuration check lets through
    return text


class Ticks:
    """A 20 ms timer of the interface thread; the longest gap says whether the screen froze."""

    def __init__(self, parent: QWidget) -> None:
        self.times: list[float] = [time.monotonic()]
        self.timer = QTimer(parent)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start(20)

    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.times, self.times[1:]))


def test_a_slow_pin_check_shows_checking_and_the_screen_answers(qapp, qtbot):
    language = Language("fi")
    window = QWidget()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    pad = PinPad(slow_hash(PIN), language, window)
    window.show()
    qtbot.waitExposed(window)
    try:
        pad.present()
        for digit in PIN:
            pad.digits[digit].click()
        ticks = Ticks(window)
        started = time.monotonic()
        pad.ok_button.click()
        clicked = time.monotonic() - started               # the click returned at once (checked below)
        assert pad.checking and pad.findChild(QLabel, "pin-message").text() == "Tarkistetaan…"
        assert not pad.ok_button.isEnabled() and pad.cancel_button.isEnabled()
        with qtbot.waitSignal(pad.unlocked, timeout=30000):
            pass
        took = time.monotonic() - started
        assert took > 0.2                                  # it really was slow
        # Relative to the check's own time, so a loaded machine slows both
        # sides: on the interface thread the click and the longest gap would
        # each be the whole check.
        assert clicked < took / 4, (clicked, took)
        assert ticks.longest_gap() < took / 2, (ticks.longest_gap(), took)
        assert not pad.isVisible()
    finally:
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
    # What the kiosk builds just after its first frame is built now, not while measuring.
    kiosk.window.build_screens()
    kiosk.storage.call(lambda db: None)
    qtbot.wait(200)
    log_file = kiosk.paths.log_file
    log_file.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(log_file)

    def disk_answers_late() -> None:
        time.sleep(2)
        try:
            with open(log_file, "w") as fh:   # the reader's open() returns now
                fh.write("kiosk started\n")
        except BrokenPipeError:
            pass   # the reader had already given up on a file it cannot seek in

    writer = threading.Thread(target=disk_answers_late, daemon=True)
    ticks = Ticks(kiosk.window)
    writer.start()
    started = time.monotonic()
    kiosk.admin.open_view()
    opened_in = time.monotonic() - started
    view = kiosk.window.findChild(QWidget, "admin-view")
    log_view = view.findChild(QPlainTextEdit, "admin-log")
    assert view.isVisible() and opened_in < 0.5, opened_in
    assert log_view.toPlainText() == "Checking…"
    qtbot.waitUntil(lambda: log_view.toPlainText() != "Checking…", timeout=15000)
    assert time.monotonic() - started > 1.5
    assert ticks.longest_gap() < 0.5, ticks.longest_gap()
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
