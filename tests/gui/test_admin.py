"""The hidden admin entrance: corner taps, the PIN pad and its lock, the admin view."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QTableWidget, QWidget

from kiosk.core.session.pin import hash_pin
from kiosk.demo import demo_config_path
from kiosk.log import setup_logging
from kiosk.ui.shell.theme import MIN_TARGET_PX
from tests.configs import ADMIN_PIN, local_config
from tests.helpers.fakes import FakeClock, wait_while
from tests.helpers.screen import click, find, settle, tap_window

WRONG_PIN = "97531"


def type_pin(window: QWidget, pin: str) -> None:
    for digit in pin:
        click(window, f"pin-{digit}")
    click(window, "pin-ok")
    # The PIN is checked on another thread; the pad says "Checking…" until then.
    pad = find(window, "admin-pin")
    wait_while(lambda: pad.checking)


@pytest.fixture
def clock():
    """The kiosk's clock in these tests (gesture timing, PIN lock): moved by hand."""
    return FakeClock()


@pytest.fixture
def quits():
    """One entry each time "Leave kiosk mode" asked the application to quit."""
    return []


@pytest.fixture
def admin_kiosk(make_kiosk, clock, quits):
    kiosk = make_kiosk(local_config({"a": "http://127.0.0.1:9/"}), clock=clock,
                       quit_app=lambda: quits.append(True))
    kiosk.window.language.set("en")  # the texts below are checked in English
    return kiosk


@pytest.fixture
def log_file(admin_kiosk):
    """The kiosk's own log file, as `kiosk` writes it in production."""
    setup_logging(admin_kiosk.paths.log_file, stderr=False)
    yield admin_kiosk.paths.log_file
    setup_logging(None, stderr=False)


def open_pad(kiosk, qtbot) -> QWidget:
    pad = find(kiosk.window, "admin-pin")
    for _ in range(5):
        tap_window(kiosk.window)
    qtbot.waitUntil(pad.isVisible)
    return pad


# -- the gesture ------------------------------------------------------------------


def test_five_corner_taps_open_the_pin_pad(admin_kiosk, qtbot):
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    assert pad.geometry() == w.rect()
    assert find(w, "home").isVisible()  # under the pad: nothing else happened
    assert not admin_kiosk.window.in_session


def test_four_taps_do_not_open_it(admin_kiosk, qtbot):
    w = admin_kiosk.window
    for _ in range(4):
        tap_window(w)
    settle(qtbot)   # what the taps set off (a 0-ms timer, then the pad) has happened by now
    assert not find(w, "admin-pin").isVisible()
    tap_window(w)   # the fifth: the same way does open it
    qtbot.waitUntil(find(w, "admin-pin").isVisible)


def test_taps_in_the_middle_or_other_corners_do_not_open_it(admin_kiosk, qtbot):
    w = admin_kiosk.window
    for x, y in [(640, 400)] * 5 + [(w.width() - 5, 5)] * 5 + [(5, w.height() - 5)] * 5:
        tap_window(w, x, y)
    # A tap elsewhere in the middle of a corner series starts the count again.
    for x, y in [(5, 5)] * 3 + [(640, 400)] + [(5, 5)] * 3:
        tap_window(w, x, y)
    settle(qtbot)
    assert not find(w, "admin-pin").isVisible()


def test_taps_spread_over_more_than_three_seconds_do_not_open_it(admin_kiosk, qtbot, clock):
    w = admin_kiosk.window
    for _ in range(8):
        tap_window(w)
        clock.t += 0.8  # any five of these span 3.2 s
    settle(qtbot)
    assert not find(w, "admin-pin").isVisible()
    clock.t += 10
    for _ in range(5):
        tap_window(w)
        clock.t += 0.7  # five span 2.8 s
    qtbot.waitUntil(find(w, "admin-pin").isVisible)


def test_touch_taps_count_once_each(admin_kiosk, qtbot):
    w = admin_kiosk.window
    device = QTest.createTouchDevice()
    handle = w.windowHandle()
    for _ in range(4):
        QTest.touchEvent(handle, device).press(0, QPoint(6, 6)).commit()
        QTest.touchEvent(handle, device).release(0, QPoint(6, 6)).commit()
    settle(qtbot)
    # Each touch also arrives as a synthesised mouse press; counting both
    # would have made four touches into eight taps.
    assert not find(w, "admin-pin").isVisible()
    QTest.touchEvent(handle, device).press(0, QPoint(6, 6)).commit()
    QTest.touchEvent(handle, device).release(0, QPoint(6, 6)).commit()
    qtbot.waitUntil(find(w, "admin-pin").isVisible)


def test_the_gesture_never_takes_the_press_from_the_kiosk(admin_kiosk, qtbot):
    w = admin_kiosk.window
    under = w.childAt(5, 5)
    assert under is not None

    class Presses(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802, ANN001
            if event.type() == QEvent.Type.MouseButtonPress:
                self.count += 1
            return False

    presses = Presses()
    under.installEventFilter(presses)
    try:
        for _ in range(5):
            tap_window(w)
        qtbot.waitUntil(find(w, "admin-pin").isVisible)
    finally:
        under.removeEventFilter(presses)
    assert presses.count == 5


# -- the PIN pad ------------------------------------------------------------------


def test_pad_has_big_named_buttons(admin_kiosk, qtbot):
    pad = open_pad(admin_kiosk, qtbot)
    names = {f"pin-{d}" for d in "0123456789"} | {"pin-clear", "pin-ok", "pin-cancel"}
    for name in names:
        button = find(pad, name, QAbstractButton)
        assert button.isVisible()
        assert button.accessibleName().strip()
        assert button.height() >= MIN_TARGET_PX and button.width() >= MIN_TARGET_PX
        assert pad.rect().contains(button.geometry().translated(button.parentWidget().mapTo(pad, QPoint())))


def test_entry_is_masked_and_clear_and_cancel_work(admin_kiosk, qtbot):
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    display = find(pad, "pin-display", QLabel)
    for digit in "258":
        click(w, f"pin-{digit}")
    assert display.text() == "\u25cf" * 3
    assert "258" not in display.accessibleName() and "3" in display.accessibleName()
    click(w, "pin-clear")
    assert pad.entered_length == 0
    click(w, "pin-cancel")
    assert not pad.isVisible()
    assert find(w, "home").isVisible()


def test_keyboard_digits_enter_backspace_and_escape(admin_kiosk, qtbot):
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    qtbot.keyClicks(pad, "25809")
    assert pad.entered_length == 5
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.entered_length == 4
    with qtbot.waitSignal(pad.unlocked):
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(find(w, "admin-view").isVisible)
    click(w, "admin-close")
    pad = open_pad(admin_kiosk, qtbot)
    qtbot.keyClicks(pad, "12")
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert not pad.isVisible() and pad.entered_length == 0


def test_wrong_pin_says_how_many_attempts_are_left(admin_kiosk, qtbot):
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    type_pin(w, WRONG_PIN)
    message = find(pad, "pin-message", QLabel).text()
    assert message.startswith("Wrong PIN.") and "4" in message
    assert pad.isVisible() and pad.entered_length == 0
    assert not find(w, "admin-view").isVisible()


def test_five_wrong_pins_lock_the_pad_until_the_time_is_up(admin_kiosk, qtbot, clock):
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    for _ in range(5):
        type_pin(w, WRONG_PIN)
    message = find(pad, "pin-message", QLabel)
    assert message.text().startswith("Locked.") and "5" in message.text()
    for name in [f"pin-{d}" for d in "0123456789"] + ["pin-ok", "pin-clear"]:
        assert not find(pad, name, QAbstractButton).isEnabled(), name
    assert find(pad, "pin-cancel", QAbstractButton).isEnabled()
    # Neither the keyboard nor the right PIN gets through while locked.
    qtbot.keyClicks(pad, ADMIN_PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert not pad.checking      # nothing was even sent to be checked
    assert not find(w, "admin-view").isVisible()
    # Closing and reopening the pad does not lift the lock.
    click(w, "pin-cancel")
    pad = open_pad(admin_kiosk, qtbot)
    assert message.text().startswith("Locked.")
    assert not find(pad, "pin-5", QAbstractButton).isEnabled()
    clock.t += 4 * 60 + 1
    pad.update_lock()
    assert message.text().startswith("Locked.") and "1" in message.text()
    clock.t += 60
    pad.update_lock()
    assert find(pad, "pin-5", QAbstractButton).isEnabled()
    assert not message.text().startswith("Locked.")
    type_pin(w, ADMIN_PIN)
    qtbot.waitUntil(find(w, "admin-view").isVisible)


# -- the admin view -----------------------------------------------------------------


def _valid_config_text() -> str:
    text = demo_config_path().read_text(encoding="utf-8")
    text, n = re.subn(r'(\[admin\]\s*\npin_hash = )"[^"]*"', rf'\1"{hash_pin(ADMIN_PIN)}"', text)
    assert n == 1
    return text


def test_right_pin_shows_config_errors_and_blocked_hosts(make_kiosk, data_dir, tmp_path, qtbot):
    valid = _valid_config_text()
    (data_dir / "last-good-config.toml").write_text(valid, encoding="utf-8")
    broken = tmp_path / "site.toml"
    broken.write_text(valid.replace("idle_timeout_s = 180", 'idle_timeout_s = "soon"'), encoding="utf-8")
    kiosk = make_kiosk(broken)
    kiosk.window.language.set("en")
    assert kiosk.config_fallback and kiosk.config_errors
    # Refused twice through the event hub, as the browser reports it; one of
    # the two already written by the storage worker, the other still in memory.
    kiosk.events.report("host.refused", host="evil.example", reason="not-allowed")
    kiosk.refused_hosts.flush_and_wait()
    kiosk.events.report("host.refused", host="evil.example", reason="not-allowed")
    w = kiosk.window

    open_pad(kiosk, qtbot)
    type_pin(w, ADMIN_PIN)
    view = find(w, "admin-view")
    qtbot.waitUntil(view.isVisible)
    assert not find(w, "admin-pin").isVisible()
    assert "last valid configuration" in find(view, "admin-config-status", QLabel).text()
    errors = find(view, "admin-config-errors", QPlainTextEdit)
    assert errors.isVisible()
    assert "session.idle_timeout_s" in errors.toPlainText() and str(broken) in errors.toPlainText()
    # The file the errors are in is named, and the list opens at its first error.
    assert str(broken) in find(view, "admin-config-status", QLabel).text()
    assert errors.firstVisibleBlock().blockNumber() == 0
    # Log lines wrap instead of running off to the right.
    assert find(view, "admin-log", QPlainTextEdit).lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    about = find(view, "admin-about", QLabel).text()
    assert "0.1.0" in about and "soite-koivutupa" in about and "koivutupa-1" in about
    table = find(view, "admin-blocked-hosts", QTableWidget)
    qtbot.waitUntil(table.isVisible)   # the list comes from the storage thread
    assert [table.item(0, c).text() for c in range(2)] == ["evil.example", "2"]
    for name in ("admin-exit", "admin-end-session", "admin-close"):
        button = find(view, name, QAbstractButton)
        assert button.isVisible() and button.accessibleName().strip()
    assert not find(view, "admin-end-session", QAbstractButton).isEnabled()  # no session
    click(w, "admin-close")
    assert not view.isVisible() and find(w, "home").isVisible()


def test_view_without_errors_or_refusals(admin_kiosk, qtbot):
    w = admin_kiosk.window
    open_pad(admin_kiosk, qtbot)
    type_pin(w, ADMIN_PIN)
    view = find(w, "admin-view")
    qtbot.waitUntil(view.isVisible)
    assert "without errors" in find(view, "admin-config-status", QLabel).text()
    assert not find(view, "admin-config-errors").isVisible()
    assert not find(view, "admin-blocked-hosts", QTableWidget).isVisible()
    assert find(view, "admin-no-blocked-hosts", QLabel).isVisible()


def test_admin_exit_ends_the_session_and_quits(admin_kiosk, qtbot, quits):
    w = admin_kiosk.window
    admin_kiosk.session.ensure_started()
    assert w.in_session
    ended = []
    admin_kiosk.session.ended.connect(ended.append)
    open_pad(admin_kiosk, qtbot)
    type_pin(w, ADMIN_PIN)
    qtbot.waitUntil(find(w, "admin-view").isVisible)
    assert find(w, "admin-end-session", QAbstractButton).isEnabled()
    click(w, "admin-exit")
    assert quits == [True]
    assert ended == ["admin"] and not w.in_session
    assert not find(w, "admin-view").isVisible()


def test_admin_ends_the_residents_session(admin_kiosk, qtbot, quits):
    w = admin_kiosk.window
    admin_kiosk.session.ensure_started()
    open_pad(admin_kiosk, qtbot)
    type_pin(w, ADMIN_PIN)
    qtbot.waitUntil(find(w, "admin-view").isVisible)
    with qtbot.waitSignal(admin_kiosk.session.ended) as ended:
        click(w, "admin-end-session")
    assert ended.args == ["admin"]
    assert not w.in_session and quits == []
    assert not find(w, "admin-view").isVisible()
    assert find(w, "signed-out").isVisible()


def test_view_closes_itself_when_left_alone(make_kiosk, clock, qtbot, monkeypatch):
    from kiosk.ui.admin import controller

    monkeypatch.setattr(controller, "AUTO_CLOSE_S", 1)   # not two minutes in a test
    kiosk = make_kiosk(local_config({"a": "http://127.0.0.1:9/"}), clock=clock)
    w = kiosk.window
    open_pad(kiosk, qtbot)
    type_pin(w, ADMIN_PIN)
    view = find(w, "admin-view")
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=10000)
    assert find(w, "home").isVisible()


# -- the PIN stays secret ------------------------------------------------------------


def test_pin_digits_never_reach_the_log(admin_kiosk, log_file: Path, qtbot, caplog):
    caplog.set_level(logging.DEBUG)
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    type_pin(w, WRONG_PIN)
    qtbot.keyClicks(pad, ADMIN_PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    view = find(w, "admin-view")
    qtbot.waitUntil(view.isVisible)

    messages = [r.getMessage() for r in caplog.records if r.name.startswith("kiosk")]
    assert "admin PIN: wrong (4 left)" in messages
    assert "admin PIN: accepted" in messages
    for handler in logging.getLogger("kiosk").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "admin PIN: accepted" in text
    # Paths (temporary folders with numbers in them) are not what is checked.
    without_paths = re.sub(r"/\S*", "", text)
    for secret in (ADMIN_PIN, WRONG_PIN):
        assert secret not in without_paths
        assert not any(secret in re.sub(r"/\S*", "", m) for m in messages)
        assert not any(secret in repr(r.args) for r in caplog.records)
    # The view shows the end of that same log (read in the background as the view opened).
    qtbot.waitUntil(lambda: "admin PIN: accepted" in find(view, "admin-log", QPlainTextEdit).toPlainText())


def test_pad_locks_and_logs_it(admin_kiosk, qtbot, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.admin")
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    for _ in range(5):
        type_pin(w, WRONG_PIN)
    messages = [r.getMessage() for r in caplog.records if r.name == "kiosk.admin"]
    assert messages == ["admin PIN pad opened"] + [f"admin PIN: wrong ({n} left)" for n in (4, 3, 2, 1, 0)] \
        + ["admin PIN pad locked"]


def test_messages_follow_the_language(admin_kiosk, qtbot):
    w = admin_kiosk.window
    pad = open_pad(admin_kiosk, qtbot)
    type_pin(w, WRONG_PIN)
    message = find(pad, "pin-message", QLabel)
    english = message.text()
    w.language.set("fi")
    assert message.text() != english and "4" in message.text()
    assert find(pad, "pin-cancel", QAbstractButton).text() != "Cancel"


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)])
def test_everything_fits_with_the_largest_text(make_kiosk, qtbot, size, tmp_path, data_dir):
    # Twelve errors in the site's file; the kiosk runs on the last valid one.
    valid = _valid_config_text()
    (data_dir / "last-good-config.toml").write_text(valid, encoding="utf-8")
    broken = tmp_path / "site.toml"
    broken.write_text(valid.replace("idle_timeout_s = 180", "idle_timeout_s = 180\n" + "".join(
        f"idle_timout_{n} = 1\n" for n in range(12))), encoding="utf-8")
    kiosk = make_kiosk(broken, size=size)
    assert kiosk.config_fallback and len(kiosk.config_errors) == 12
    w = kiosk.window
    w.appearance.next_text_size()
    w.appearance.next_text_size()
    kiosk.events.report("host.refused", host="a-rather-long-host-name.example.com", reason="not-allowed")
    for overlay in (open_pad(kiosk, qtbot), None):
        if overlay is None:
            type_pin(w, ADMIN_PIN)
            overlay = find(w, "admin-view")
            qtbot.waitUntil(overlay.isVisible)
            # The refused hosts come from the storage thread a moment later.
            qtbot.waitUntil(find(w, "admin-blocked-hosts").isVisible)
        settle(qtbot)   # the layout has taken in what arrived
        for button in overlay.findChildren(QAbstractButton):
            if not button.isVisible():
                continue
            rect = button.rect().translated(button.mapTo(w, QPoint()))
            assert w.rect().contains(rect), button.objectName()
            assert button.width() >= button.sizeHint().width() - 1, button.objectName()
            assert button.height() >= MIN_TARGET_PX, button.objectName()
    for name in ("admin-blocked-hosts", "admin-log", "admin-config-errors"):
        assert find(w, name).height() >= 3 * MIN_TARGET_PX, name
    w.grab().save(str(tmp_path / "admin-view.png"))
