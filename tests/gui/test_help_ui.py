"""The help queue on one terminal: a resident asks, keeps working, a helper calls and closes.

Real kiosk (kiosk.app.build), real QtWebEngine against a local server, real
SQLite file through the storage worker; input through the widgets a person touches.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QScrollArea, QTableView, QWidget

from kiosk.core.help import queue as hq
from kiosk.core.config.site import parse_config
from kiosk.core.session.pin import hash_pin
from kiosk.log import setup_logging
from tests.configs import HELPER_PIN, local_config_text
from tests.helpers.fakes import wait_while
from tests.helpers.screen import settle

NAME = "Hilkka-Maaria"
OWN_PIN = "86420"
PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"
ALL_DAY = "".join(f'\n[[helpers.shifts]]\nday = "{d}"\nstart = "00:00"\nend = "23:59"\nwho = "eSeniorit"\n'
                  for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))


def help_config(urls: dict[str, str], *, shifts: bool = True, **kw):
    text = help_config_text(urls, shifts=shifts, **kw)
    cfg, errors = parse_config(text, "help-test.toml")
    assert not errors, [str(e) for e in errors]
    return cfg


def help_config_text(urls: dict[str, str], *, shifts: bool = True, **kw) -> str:
    text = local_config_text(urls, **kw)
    text = text.replace("[helpers]\n", "[helpers]\nwaiting_timeout_min = 30\n", 1)
    text += f'\n[[helpers.people]]\npseudonym = "Aino"\npin_hash = "{hash_pin(OWN_PIN)}"\n'
    text += """
[[helpers.other_places]]
name = { fi = "Pääkirjasto", sv = "Huvudbiblioteket", en = "Main library" }
phone = "+358 6 828 9111"
web = "https://kirjasto.example.fi/"
"""
    if shifts:
        text += ALL_DAY
    return text


def find(window: QWidget, name: str, cls=QWidget):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def click(window: QWidget, name: str) -> None:
    button = find(window, name, QAbstractButton)
    assert button.isVisible() and button.isEnabled(), name
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def text(window: QWidget, name: str) -> str:
    return find(window, name).text()


def type_pin(window: QWidget, pin: str) -> None:
    pad = find(window, "helper-login")      # the admin's pad has the same digit names
    for digit in pin:
        click(pad, f"pin-{digit}")
    click(pad, "pin-ok")
    wait_while(lambda: pad.checking)   # checked on another thread


def flush(kiosk) -> None:
    kiosk.help.storage.call(lambda db: None)


def raw_bytes(kiosk) -> bytes:
    db = kiosk.paths.database
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-journal"))
                    if p.exists())


@pytest.fixture
def log_file(data_dir):
    path = data_dir / "help-test.log"
    setup_logging(path, stderr=False)
    yield path
    setup_logging(None, stderr=False)


def ask(w, qtbot, name: str = NAME, topic: str = "omakanta") -> None:
    click(w, "nav-help")
    assert find(w, "help-request").isVisible()
    click(w, f"help-topic-{topic}")
    QTest.keyClicks(find(w, "help-name", QLineEdit), name)
    click(w, "help-name-ok")


def test_resident_asks_keeps_working_and_a_helper_calls_and_closes(make_kiosk, qtbot, web, log_file):
    kiosk = make_kiosk(help_config({"omakanta": web.add("/", PAGE)}))
    w = kiosk.window
    w.language.set("en")
    assert text(w, "help-hours").startswith("Help today 00:00-23:59")
    # The resident opens the service and a guide, goes two steps on, then asks.
    click(w, "tile-omakanta")
    qtbot.waitUntil(lambda: find(w, "browser").title() == "Local OmaKanta", timeout=15000)
    w.guides.open_guide("omakanta-login")
    click(w, "guide-next")
    ask(w, qtbot)
    assert text(w, "help-number") == "Your number is 1"
    assert text(w, "help-place") == "You are next in line."
    assert text(w, "help-wait") == "No helper is here right now."        # nobody marked on duty yet
    name_field = find(w, "help-name", QLineEdit)
    assert name_field.text() == "" and not name_field.isUndoAvailable()    # not even behind Ctrl+Z
    mine = kiosk.help.queue.my_request
    assert (mine.topic, mine.service, mine.guide, mine.step) == ("omakanta", "omakanta", "omakanta-login", 2)
    assert kiosk.idle.rules.idle_timeout_s == 30 * 60                       # waiting stretches the idle time
    # Back to work: to the guide help was asked from; the status stays in the bar on
    # the guides, home and the service.
    click(w, "help-back-to-work")
    assert w.current_screen() is w.guides and w.guides.viewer.index == 1
    click(w, "nav-home")
    for go in ("tile-omakanta", "nav-guides", "nav-home"):
        click(w, go)
        status = find(w, "help-status", QAbstractButton)
        assert status.isVisible() and status.text() == "Help: number 1 · place 1"

    # A helper logs in with their own PIN on the same window: the resident's screen is covered.
    click(w, "helper-entry")
    assert find(w, "helper-login").isVisible()
    type_pin(w, OWN_PIN)
    view = find(w, "helper-view")
    assert view.isVisible() and view.geometry() == w.rect()
    # No one helped yet: said plainly, no "waited about -" with figures that do not exist.
    assert text(w, "helper-figures") == "Today: no one helped yet · 1 waiting"
    table = find(w, "helper-queue", QTableView)
    model = table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    # Number, (terminal: hidden on a terminal of its own), topic, waited, name, what they do now, state.
    assert row[0] == "1" and row[2] == "omakanta en" and row[4] == NAME
    assert row[5] == "omakanta en · Log in to MyKanta, step 2" and row[6] == "waiting"
    assert table.isColumnHidden(1)
    assert find(w, "helper-duty", QAbstractButton).text() == "Start shift"     # buttons say what they do
    click(w, "helper-duty")
    assert find(w, "helper-duty", QAbstractButton).text() == "End shift"
    assert kiosk.help.queue.on_duty == ["Aino"]
    # The resident's estimate changes with a helper on duty.
    assert text(w, "help-wait") == "A helper will come to you soon."
    said = []

    class Voice:       # stands in for the system's speech engine (none on the test machine)
        def can_speak(self, lang):
            return True

        def say(self, text_, lang):
            said.append((text_, lang))
    kiosk.help._speaker, kiosk.help._speaker_asked = Voice(), True
    click(w, "helper-next")
    assert find(w, "help-status", QAbstractButton).text() == "Your turn: a helper is coming"
    assert said == [("Your turn: a helper is coming", "en")]
    click(w, "helper-done")
    click(w, "helper-outcome-referred_authority")
    assert model.rowCount() == 0 and text(w, "helper-queue-empty") == "Nobody is waiting."
    assert "1 helped" in text(w, "helper-figures")
    click(w, "helper-close")
    assert not view.isVisible()
    # The resident's request is over: no status, the usual idle time, the name gone from disk and log.
    assert not find(w, "help-status").isVisible()
    assert kiosk.idle.rules.idle_timeout_s == 180
    closed = kiosk.help.queue.request(mine.id)
    assert (closed.state, closed.outcome, closed.first_name) == (hq.DONE, "referred_authority", "")
    flush(kiosk)
    assert NAME.encode() not in raw_bytes(kiosk)
    assert NAME not in log_file.read_text()
    assert text(w, "help-hours") == "Help is here now (eSeniorit until 23:59)"


def test_wrong_helper_pin_is_refused_then_locked(make_kiosk, qtbot):
    kiosk = make_kiosk(help_config({"a": "http://127.0.0.1:9/"}))
    w = kiosk.window
    w.language.set("en")
    click(w, "helper-entry")
    for attempt in range(5):
        type_pin(w, "97531")
        assert not find(w, "helper-view").isVisible()
    pad = find(w, "helper-login")
    assert text(pad, "pin-message") == "Locked. Try again in 5 minutes."
    assert not find(pad, "pin-ok", QAbstractButton).isEnabled()
    assert find(w, "helper-login").isVisible()


def test_shared_helper_pin_works_and_view_closes_after_inactivity(make_kiosk, qtbot):
    kiosk = make_kiosk(help_config({"a": "http://127.0.0.1:9/"}))
    w = kiosk.window
    click(w, "helper-entry")
    type_pin(w, HELPER_PIN)
    assert find(w, "helper-view").isVisible()
    kiosk.help.auto_close.setInterval(200)
    kiosk.help.auto_close.start()
    qtbot.waitUntil(lambda: not find(w, "helper-view").isVisible(), timeout=3000)


def test_end_session_while_waiting_cancels_as_left(make_kiosk, qtbot):
    kiosk = make_kiosk(help_config({"a": "http://127.0.0.1:9/"}))
    w = kiosk.window
    ask(w, qtbot, topic="other")
    mine = kiosk.help.queue.my_request
    click(w, "nav-end-session")
    click(w, "end-yes")
    click(w, "feedback-skip")
    assert kiosk.help.queue.request(mine.id).state == hq.LEFT
    assert not find(w, "help-status").isVisible()
    assert kiosk.idle.rules.idle_timeout_s == 180
    flush(kiosk)
    assert NAME.encode() not in raw_bytes(kiosk)


def test_stretched_idle_timeout_ending_the_session_leaves_the_request(make_kiosk, qtbot):
    kiosk = make_kiosk(help_config({"a": "http://127.0.0.1:9/"}))
    w = kiosk.window
    ask(w, qtbot, topic="my_device")
    mine = kiosk.help.queue.my_request
    assert kiosk.idle.rules.idle_timeout_s == 30 * 60
    kiosk.idle.expired.emit()                 # what the idle clock does after 30 min + warning
    assert kiosk.help.queue.request(mine.id).state == hq.LEFT
    assert kiosk.idle.rules.idle_timeout_s == 180
    assert find(w, "signed-out").isVisible()


def test_outside_helper_hours_say_when_and_where_else(make_kiosk, qtbot):
    kiosk = make_kiosk(help_config({"a": "http://127.0.0.1:9/"}, shifts=False))
    w = kiosk.window
    w.language.set("sv")
    click(w, "nav-help")
    assert find(w, "help-outside-title").isVisible()
    assert not find(w, "help-leave-request").isVisible()          # queue_outside_hours is off
    place = text(w, "help-place-0-text")
    assert "Huvudbiblioteket" in place and "Telefon +358 6 828 9111" in place
    assert find(w, "help-place-0-qr").isVisible()


def overlaps(a: QWidget, b: QWidget, window: QWidget) -> bool:
    ra = a.rect().translated(a.mapTo(window, a.rect().topLeft()))
    rb = b.rect().translated(b.mapTo(window, b.rect().topLeft()))
    return ra.intersects(rb)


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)], ids=["landscape", "portrait"])
def test_bar_status_and_request_screen_hold_at_the_largest_text(make_kiosk, qtbot, size):
    from kiosk.ui.shell.theme import MIN_TARGET_PX

    kiosk = make_kiosk(help_config({"omakanta": "http://127.0.0.1:9/"}), size=size)
    w = kiosk.window
    w.language.set("fi")                      # the longest words of the three
    click(w, "text-size-up")
    click(w, "text-size-up")
    assert w.appearance.text_step == 2
    ask(w, qtbot)
    click(w, "help-back-to-work")
    settle(qtbot)   # the bar has taken in the status button
    bar = [find(w, n, QAbstractButton) for n in ("nav-home", "nav-guides", "nav-help", "nav-end-session")]
    status = find(w, "help-status", QAbstractButton)
    for b in (*bar, status):
        assert b.isVisible() and b.width() >= MIN_TARGET_PX and b.height() >= MIN_TARGET_PX, b.objectName()
        assert b.mapTo(w, b.rect().bottomRight()).x() <= w.width(), f"{b.objectName()} runs off the screen"
        # A crowded bar wraps its labels (never smaller type): each line drawn fits the button.
        lines = b.shown_text().split("\n") if hasattr(b, "shown_text") else [b.text()]
        assert max(b.fontMetrics().horizontalAdvance(t) for t in lines) <= b.width(), f"{b.objectName()} text cut"
    for a in bar:
        assert not overlaps(a, status, w), a.objectName()
    # Nothing grew past the screen: the window keeps its size, the home screen's parts are on it.
    assert w.height() == size[1] and w.width() == size[0]
    # The largest text may need more height than the screen has: home then scrolls to each part.
    home_scroll = find(w, "home-scroll", QScrollArea)
    for name in ("helper-entry", "help-hours", *(f"tile-{t}" for t in ("omakanta",))):
        widget = find(w, name)
        if widget.isVisible():
            home_scroll.ensureWidgetVisible(widget, 0, 0)
            assert widget.mapTo(w, widget.rect().bottomRight()).y() <= w.height(), name
    # The status strip is under the bar, above the screen.
    assert status.mapTo(w, status.rect().topLeft()).y() >= find(w, "nav-bar").height()
    click(w, "nav-help")
    for name in ("help-cancel", "help-back-to-work"):
        b = find(w, name, QAbstractButton)
        lines = b.shown_text().split("\n")
        assert b.isVisible() and max(b.fontMetrics().horizontalAdvance(t) for t in lines) <= b.width(), name


def test_outside_hours_a_request_for_the_next_shift_only_when_the_site_allows(make_kiosk, qtbot):
    text_ = help_config_text({"a": "http://127.0.0.1:9/"}, shifts=False).replace(
        "[helpers]\n", "[helpers]\nqueue_outside_hours = true\n", 1)
    cfg, errors = parse_config(text_, "help-test.toml")
    assert errors == []
    kiosk = make_kiosk(cfg)
    w = kiosk.window
    w.language.set("en")
    click(w, "nav-help")
    assert text(w, "help-next-time") == "No helper hours are planned at the moment."
    click(w, "help-leave-request")
    ask_button = find(w, "help-topic-my_device", QAbstractButton)
    assert ask_button.isVisible()
    click(w, "help-topic-my_device")
    click(w, "help-skip")
    assert text(w, "help-number") == "Your number is 1"
    assert text(w, "help-wait") == "No helper is here right now."
    assert find(w, "help-status").isVisible()


def test_home_line_says_when_help_is_here_in_each_language(make_kiosk, qtbot):
    from datetime import UTC, datetime

    text_ = help_config_text({"a": "http://127.0.0.1:9/"}, shifts=False)
    text_ += '\n[[helpers.shifts]]\nday = "tue"\nstart = "10:00"\nend = "12:00"\nwho = "eSeniorit"\n'
    cfg, errors = parse_config(text_, "help-test.toml")
    assert errors == []
    kiosk = make_kiosk(cfg)
    w, help_ = kiosk.window, kiosk.help

    def at(utc: datetime, lang: str) -> str:
        help_.queue._clock = lambda: utc
        w.language.set(lang)
        help_.update()
        return text(w, "help-hours")

    monday = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)        # Monday 14:00 in Helsinki
    assert at(monday, "fi") == "Seuraavan kerran apua: tiistaina 10:00-12:00"
    assert at(monday, "sv") == "Nästa hjälptid: tisdag 10:00-12:00"
    assert at(monday, "en") == "Next help: Tuesday 10:00-12:00"
    tuesday_early = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)   # Tuesday 08:00
    assert at(tuesday_early, "en") == "Help today 10:00-12:00"
    during = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)         # Tuesday 10:30, a helper on duty
    help_.queue.set_on_duty("Aino", True)
    assert at(during, "fi") == "Apua on paikalla nyt (eSeniorit klo 12:00 asti)"
