"""The end-of-session question: three answers and Skip, translated, reported with the session."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.ui.feedback.question import SessionFeedback


def _feedback_rows(kiosk):
    # Through the kiosk's own storage worker: after its migrations and the writes queued
    # before (a second connection could find the file there but not its tables yet).
    return kiosk.storage.call(lambda db: db.conn.execute(
        "SELECT session, body FROM usage_outbox WHERE type = 'session.feedback'").fetchall())


def _make(kiosk):
    return SessionFeedback(kiosk.window.language, kiosk.window, hub=kiosk.events)


def test_answer_is_reported_with_the_ending_session_then_the_session_ends(kiosk, qtbot):
    question = _make(kiosk)
    kiosk.session.ensure_started()
    sid = kiosk.session.session_id
    ended = []
    kiosk.session.ended.connect(ended.append)
    question.ask(lambda: kiosk.session.end("resident"))
    assert question.isVisible() and question.objectName() == "session-feedback"
    button = question.findChild(type(question.buttons["yes"]), "feedback-partly")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ended == ["resident"] and not question.isVisible()
    # Written by the storage thread (earlier events of the session may commit first).
    qtbot.waitUntil(lambda: len(_feedback_rows(kiosk)) == 1, timeout=5000)
    rows = _feedback_rows(kiosk)
    assert len(rows) == 1 and rows[0][0] == sid and '"answer":"partly"' in rows[0][1]


def test_skip_is_one_key_and_big_enough(kiosk, qtbot):
    question = _make(kiosk)
    answers = []
    question.answered.connect(answers.append)
    done = []
    question.ask(lambda: done.append(True))
    qtbot.waitUntil(lambda: question.buttons["skipped"].hasFocus() or not kiosk.window.isActiveWindow(),
                    timeout=2000)
    qtbot.keyClick(question.buttons["skipped"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: answers == ["skipped"], timeout=2000)
    assert done == [True]
    dpmm = kiosk.window.logicalDpiX() / 25.4
    for name, button in question.buttons.items():
        assert button.accessibleName(), name
        assert button.height() >= 9 * dpmm * 0.99 and button.width() >= 9 * dpmm * 0.99, name


def test_translated(kiosk):
    question = _make(kiosk)
    kiosk.window.language.set("sv")
    assert question.findChild(QLabel, "session-feedback-title").text() == "Fick du ditt ärende uträttat?"
    assert question.buttons["skipped"].text() == "Hoppa över"
    kiosk.window.language.set("fi")
    assert question.findChild(QLabel, "session-feedback-title").text() == "Saitko asiasi hoidettua?"
