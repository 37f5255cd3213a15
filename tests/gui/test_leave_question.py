"""A page's "leave this page?" question (beforeunload) is asked in the resident's language."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from tests.configs import local_config
from tests.helpers.screen import click_into_page, page_sentinel

FORM = """<!doctype html><title>Form</title>
<input id=name style="width:600px;height:80px">
<script>
window.addEventListener("beforeunload", (e) => { e.preventDefault(); e.returnValue = "unsaved"; });
</script>"""


def answer_when_shown(w, button: str, seen: list) -> QTimer:
    """The question waits in its own event loop, so the answer comes from a timer inside it."""
    timer = QTimer(w)

    def poll():
        dialog = w.findChild(QWidget, "page-dialog")
        if dialog is not None and dialog.isVisible():
            seen.append(" ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
                        + " | " + " ".join(b.text() for b in (w.findChild(QWidget, "page-dialog-ok"),
                                                              w.findChild(QWidget, "page-dialog-cancel"))))
            timer.stop()
            w.findChild(QWidget, button).click()

    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_leave_question_is_in_the_residents_language(make_kiosk, qtbot, web):
    url = web.add("/", FORM)
    web.add("/two", "<title>Two</title>")
    kiosk = make_kiosk(local_config({"svc": url}))
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-svc"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "Form", timeout=15000)
    # Chromium asks only on a page the person has used: a real click into the page.
    click_into_page(qtbot, view, QPoint(100, 30))

    seen: list[str] = []
    answer_when_shown(w, "page-dialog-cancel", seen)
    view.load(web.url("/two"))
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    assert "Haluatko poistua tältä sivulta?" in seen[0]
    assert "Poistu sivulta" in seen[0] and "Pysy sivulla" in seen[0]
    assert "Are you sure" not in seen[0] and "leave" not in seen[0].lower()
    # Had the page gone on to /two, it would have asked for it before the sentinel frame.
    assert page_sentinel(qtbot, view, web) == url
    assert view.title() == "Form" and "/two" not in web.paths_seen()   # stayed

    w.language.set("sv")
    answer_when_shown(w, "page-dialog-ok", seen)
    view.load(web.url("/two"))
    qtbot.waitUntil(lambda: view.title() == "Two", timeout=15000)
    assert "Vill du lämna den här sidan?" in seen[1] and "Lämna sidan" in seen[1]
    assert not w.findChild(QWidget, "page-dialog").isVisible()


def test_a_page_confirm_keeps_its_own_words(make_kiosk, qtbot, web):
    """Only the beforeunload text is replaced; a page's own confirm() says what the page says."""
    web.add("/", "<title>c</title><script>setTimeout(() => { document.title = "
                 "confirm('Poistetaanko ajanvaraus?') ? 'yes' : 'no'; }, 100);</script>")
    kiosk = make_kiosk(local_config({"svc": web.url("/")}))
    w = kiosk.window
    seen: list[str] = []
    answer_when_shown(w, "page-dialog-cancel", seen)
    qtbot.mouseClick(w.findChild(QWidget, "tile-svc"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "no", timeout=15000)
    assert "Poistetaanko ajanvaraus?" in seen[0] and "Haluatko poistua" not in seen[0]
