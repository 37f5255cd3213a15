"""Uploads go through the kiosk's own chooser: removable media and this visit's files only.

Real QtWebEngine against the local server: a real mouse click on the page's
<input type=file> makes Chromium ask KioskPage.chooseFiles, which waits in the
chooser's own event loop, so the test acts from a timer inside that loop (like
a resident would, while the page waits). The server receives what was uploaded.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget

from tests.configs import local_config
from tests.helpers.fakes import wait_while
from tests.helpers.screen import click_into_page, page_sentinel

pytestmark = pytest.mark.webengine

UPLOAD = """<!doctype html><title>ready</title>
<style>body {{ margin: 0 }} #file {{ position: absolute; left: 20px; top: 20px; width: 400px; height: 100px }}
#save, #pick, #dir {{ position: absolute; left: 20px; top: 200px; width: 400px; height: 100px }}
#pick {{ top: 320px }} #dir {{ top: 440px }}</style>
<form id=f method=post action="/upload" enctype="multipart/form-data">
<input id=file type=file name=doc {attrs}></form>
<button id=save>save</button><button id=pick>pick</button><button id=dir>dir</button>
<script>
const input = document.getElementById('file');
input.addEventListener('change', () => {{
  document.title = 'chosen:' + input.files.length;
  if (input.files.length && !input.hasAttribute('data-keep')) document.getElementById('f').submit();
}});
input.addEventListener('cancel', () => {{ document.title = 'cancelled'; }});
document.getElementById('save').addEventListener('click', async () => {{
  try {{
    const h = await window.showSaveFilePicker({{suggestedName: 'note.txt'}});
    const w = await h.createWritable(); await w.write('written by the page'); await w.close();
    document.title = 'saved';
  }} catch (e) {{ document.title = 'refused:' + e.name; }}
}});
document.getElementById('pick').addEventListener('click', async () => {{
  try {{ const [h] = await window.showOpenFilePicker(); document.title = 'read:' + (await (await h.getFile()).text()); }}
  catch (e) {{ document.title = 'refused:' + e.name; }}
}});
document.getElementById('dir').addEventListener('click', async () => {{
  try {{ await window.showDirectoryPicker(); document.title = 'dir'; }}
  catch (e) {{ document.title = 'refused:' + e.name; }}
}});
</script>"""


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A fake USB stick: a file, a folder with a photo, and links that try to escape."""
    root = tmp_path / "media" / "KINGSTON"
    (root / "Photos").mkdir(parents=True)
    (root / "hakemus.pdf").write_bytes(b"%PDF-1.4 application of the resident")
    (root / "Photos" / "passport.jpg").write_bytes(b"\xff\xd8\xff photo bytes")
    (root / ".hidden-note.txt").write_text("hidden")
    os.symlink("/etc", root / "system-link")
    os.symlink("/etc/passwd", root / "passwd-link")
    return root


def open_upload_page(make_kiosk, qtbot, web, stick, data_dir, *, attrs="", uploads=True):
    web.add("/", UPLOAD.format(attrs=attrs))
    web.add("/upload", "<title>uploaded</title>")
    kiosk = make_kiosk(local_config({"local": web.url("/")}, allow_uploads=uploads))
    w = kiosk.window
    chooser = w.browser.file_chooser   # the browser screen is built on first use
    chooser.find_removable = lambda: [stick]
    # The kiosk's own data folder is also "on the stick" by a link: never offered.
    os.symlink(data_dir, stick / "kiosk-data")
    qtbot.mouseClick(w.findChild(QWidget, "tile-local"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "ready" and not view.page().isLoading(), timeout=20000)
    session_folder = kiosk.browser_session.profile.temp_dir
    (session_folder / "kela-decision.pdf").write_bytes(b"%PDF-1.4 saved this visit")
    return kiosk, view, session_folder


def click_in_page(qtbot, view, x: int, y: int) -> None:
    """A real click (Chromium opens choosers only on a user gesture), until the page saw it."""
    click_into_page(qtbot, view, QPoint(x, y))


def when_open(w, action) -> QTimer:
    """Run `action(chooser)` once, inside the chooser's own loop, when it shows."""
    timer = QTimer(w)

    def poll():
        chooser = w.findChild(QWidget, "file-chooser")
        if chooser.isVisible():
            timer.stop()
            # If the action fails half-way, the chooser would keep the test in
            # its loop for ever: let it go after a while, the assertions fail.
            QTimer.singleShot(8000, chooser, lambda: shiboken6.isValid(chooser) and chooser.is_open
                              and chooser.abort())
            settle(chooser)
            action(chooser)

    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def settle(chooser) -> None:
    """Until the chooser's listing has arrived (it is made in the background, like for a resident)."""
    wait_while(lambda: chooser.checking)


def rows(chooser) -> dict[str, QPushButton]:
    settle(chooser)
    found = [b for b in chooser.findChildren(QPushButton) if b.objectName().startswith("file-chooser-row-")
             and b.isVisible()]
    return {b.text().split("\n")[0].removeprefix("✔  "): b for b in found}


def places(chooser) -> list[str]:
    settle(chooser)
    return [b.text() for b in chooser.findChildren(QPushButton)
            if b.objectName().startswith("file-chooser-place-") and b.isVisible()]


def no_file_dialog() -> bool:
    return not any(isinstance(t, QFileDialog) for t in QApplication.topLevelWidgets()) and \
        not any(t.findChildren(QFileDialog) for t in QApplication.topLevelWidgets())


def test_choosing_a_file_on_the_stick_uploads_it(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    seen = {}

    def act(chooser):
        seen["places"] = places(chooser)
        seen["top"] = sorted(rows(chooser))
        seen["open_enabled_before"] = chooser.findChild(QPushButton, "file-chooser-open").isEnabled()
        seen["dialog"] = no_file_dialog()
        seen["up_at_top"] = chooser.findChild(QPushButton, "file-chooser-up").isVisible()
        rows(chooser)["Photos"].click()           # into a folder
        seen["in_photos"] = sorted(rows(chooser))
        seen["up_in_photos"] = chooser.findChild(QPushButton, "file-chooser-up").isVisible()
        chooser.findChild(QPushButton, "file-chooser-up").click()
        settle(chooser)
        seen["up_back_at_top"] = chooser.findChild(QPushButton, "file-chooser-up").isVisible()
        rows(chooser)["hakemus.pdf"].click()
        chooser.findChild(QPushButton, "file-chooser-open").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "uploaded", timeout=20000)
    assert len(seen["places"]) == 2 and "KINGSTON" in seen["places"][0]
    # Only the stick's own file and folder: no hidden file, no link out of it, no kiosk folder.
    assert seen["top"] == ["Photos", "hakemus.pdf"]
    assert seen["in_photos"] == ["passport.jpg"]
    assert seen["open_enabled_before"] is False
    # "Up" only inside a folder of the stick, never above the stick itself.
    assert seen["up_at_top"] is False and seen["up_in_photos"] is True and seen["up_back_at_top"] is False
    assert seen["dialog"] and no_file_dialog()
    body = b"".join(b for p, b in web.bodies if p == "/upload")
    assert b"application of the resident" in body and b'filename="hakemus.pdf"' in body
    assert not w.findChild(QWidget, "file-chooser").isVisible()


def test_session_folder_lists_this_visits_files_and_uploads_several(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir, attrs="multiple")
    # A previous resident's folder that was left behind stays out of sight.
    old = data_dir / "sessions" / "previous-resident"
    old.mkdir()
    (old / "their-letter.pdf").write_text("theirs")
    w = kiosk.window
    seen = {}

    def act(chooser):
        chooser.findChild(QPushButton, "file-chooser-place-1").click()
        seen["session"] = sorted(rows(chooser))
        seen["where"] = chooser.findChild(QLabel, "file-chooser-location").text()
        rows(chooser)["kela-decision.pdf"].click()
        chooser.findChild(QPushButton, "file-chooser-place-0").click()
        rows(chooser)["hakemus.pdf"].click()
        seen["chosen_label"] = chooser.findChild(QPushButton, "file-chooser-open").text()
        chooser.findChild(QPushButton, "file-chooser-open").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "uploaded", timeout=20000)
    assert seen["session"] == ["kela-decision.pdf"]
    body = b"".join(b for p, b in web.bodies if p == "/upload")
    assert b"application of the resident" in body
    assert b"theirs" not in body


def test_multiple_selection_sends_every_chosen_file(make_kiosk, qtbot, web, stick, data_dir):
    (stick / "liite.pdf").write_bytes(b"%PDF second attachment")
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir, attrs="multiple")
    w = kiosk.window
    seen = {}

    def act(chooser):
        rows(chooser)["hakemus.pdf"].click()
        rows(chooser)["liite.pdf"].click()
        seen["label"] = chooser.findChild(QPushButton, "file-chooser-open").text()
        chooser.findChild(QPushButton, "file-chooser-open").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "uploaded", timeout=20000)
    body = b"".join(b for p, b in web.bodies if p == "/upload")
    assert b"application of the resident" in body and b"second attachment" in body
    assert "2" in seen["label"]


def test_accept_list_of_the_page_filters_files(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir, attrs='accept="image/*"')
    w = kiosk.window
    seen = {}

    def act(chooser):
        seen["top"] = sorted(rows(chooser))
        rows(chooser)["Photos"].click()
        seen["photos"] = sorted(rows(chooser))
        chooser.findChild(QPushButton, "file-chooser-cancel").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    assert seen["top"] == ["Photos"] and seen["photos"] == ["passport.jpg"]


def test_cancel_uploads_nothing(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    when_open(w, lambda c: c.findChild(QPushButton, "file-chooser-cancel").click())
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    page_sentinel(qtbot, view, web)   # an upload the page sent would have arrived before this
    assert ("POST", "/upload") not in web.requests and web.bodies == []
    assert not w.findChild(QWidget, "file-chooser").isVisible()


def test_a_second_request_starts_afresh(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    seen = []

    def first(chooser):
        rows(chooser)["Photos"].click()
        chooser.findChild(QPushButton, "file-chooser-cancel").click()

    def second(chooser):
        seen.append(chooser.findChild(QLabel, "file-chooser-location").text())
        seen.append(chooser.findChild(QPushButton, "file-chooser-open").isEnabled())
        chooser.findChild(QPushButton, "file-chooser-cancel").click()

    when_open(w, first)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    view.page().runJavaScript("document.title = 'ready'")
    qtbot.waitUntil(lambda: view.title() == "ready", timeout=5000)
    when_open(w, second)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    assert "Photos" not in seen[0] and seen[1] is False


def test_end_session_while_the_chooser_is_open_closes_it(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    ended, still_open = [], []

    def end(chooser):
        kiosk.session.end("timeout")
        ended.append(True)

        def check():
            # Were it still waiting, the test would hang in its loop: record and let go.
            still_open.append(chooser.is_open)
            chooser.abort()
        QTimer.singleShot(500, check)

    when_open(w, end)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: bool(still_open), timeout=20000)
    chooser = w.findChild(QWidget, "file-chooser")
    assert still_open == [False]
    assert not chooser.isVisible() and not kiosk.session.active
    assert w.findChild(QWidget, "signed-out").isVisible()
    assert web.bodies == [] and not session.exists()
    assert not [b for b in chooser.findChildren(QPushButton) if b.objectName().startswith("file-chooser-row-")
                and b.isVisible()]


def test_uploads_off_opens_nothing(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir, uploads=False)
    w = kiosk.window
    opened = []
    when_open(w, lambda c: (opened.append(True), c.abort()))
    click_in_page(qtbot, view, 100, 60)
    # The page's request was answered (with nothing): its input says "cancel".
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    page_sentinel(qtbot, view, web)
    assert not opened and no_file_dialog() and web.bodies == []


def test_save_file_picker_is_refused_and_nothing_is_written(make_kiosk, qtbot, web, stick, data_dir, tmp_path):
    kiosk, view, session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    opened = []
    when_open(w, lambda c: (opened.append(True), c.abort()))
    def files_now() -> set[Path]:
        # The kiosk's own database opens on its own schedule; anything else is new.
        return {p for p in tmp_path.rglob("*") if not p.name.startswith("kiosk.db")}

    before = files_now()
    click_in_page(qtbot, view, 100, 250)
    qtbot.waitUntil(lambda: view.title().startswith(("refused:", "saved")), timeout=20000)
    assert view.title() in ("refused:AbortError", "refused:SecurityError", "refused:NotAllowedError")
    assert not opened and no_file_dialog()
    assert files_now() == before
    assert not list(Path.home().glob("note.txt"))


def test_folder_upload_is_refused(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir, attrs="webkitdirectory")
    w = kiosk.window
    opened = []
    when_open(w, lambda c: (opened.append(True), c.abort()))
    click_in_page(qtbot, view, 100, 60)
    # The page's request was answered (with nothing): its input says "cancel".
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    page_sentinel(qtbot, view, web)
    assert not opened and no_file_dialog() and web.bodies == []


@pytest.mark.parametrize("y", [370, 490], ids=["showOpenFilePicker", "showDirectoryPicker"])
def test_file_system_access_pickers_are_refused(make_kiosk, qtbot, web, stick, data_dir, y):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    opened = []

    def act(chooser):  # if it ever opened, a file would be chosen: the page would read it
        opened.append(True)
        rows(chooser)["hakemus.pdf"].click()
        chooser.findChild(QPushButton, "file-chooser-open").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, y)
    qtbot.waitUntil(lambda: view.title().startswith(("refused:", "read:", "dir")), timeout=20000)
    # AbortError from the kiosk's refusal; NotAllowedError when Chromium already
    # refused for want of a fresh tap (a slow machine): either way nothing opened.
    assert view.title() in ("refused:AbortError", "refused:NotAllowedError")
    assert not opened and no_file_dialog()


def test_the_upload_field_asks_again_after_a_choice(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir, attrs="data-keep")
    w = kiosk.window

    def choose(chooser):
        rows(chooser)["hakemus.pdf"].click()
        chooser.findChild(QPushButton, "file-chooser-open").click()

    when_open(w, choose)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "chosen:1", timeout=20000)
    # The second request is an upload field's too (the page passes no start
    # folder), so the kiosk's chooser opens again; Cancel empties the field.
    again = []
    when_open(w, lambda c: (again.append(True), c.findChild(QPushButton, "file-chooser-cancel").click()))
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "chosen:0", timeout=20000)
    assert again and web.bodies == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_control_is_named_big_and_fits_at_the_largest_text(qapp, qtbot, stick, tmp_path, lang):
    """Without a page: the chooser itself, in each language, at the largest text size."""
    from kiosk.ui.browser.file_chooser import FileChooser
    from kiosk.ui.shell.appearance import Appearance
    from kiosk.ui.shell.i18n import Language
    from kiosk.ui.shell.theme import MIN_TARGET_PX

    language = Language(lang)
    appearance = Appearance()
    appearance.next_text_size()
    appearance.next_text_size()
    window = QWidget()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    behind = QPushButton("behind", window)   # like the bar under the chooser
    chooser = FileChooser(language, window, find_removable=lambda: [stick])
    session = tmp_path / "session"
    session.mkdir()
    (session / "kela-decision.pdf").write_text("x")
    chooser.begin_session(session, [tmp_path / "data"])
    window.show()
    qtbot.waitExposed(window)
    seen = {}

    def look():
        rows(chooser)["Photos"].click()   # inside a folder: "Up" and the location show too
        settle(chooser)
        buttons = [b for b in chooser.findChildren(QPushButton) if b.isVisible()]
        seen["unnamed"] = [b.objectName() for b in buttons if not b.accessibleName()]
        seen["small"] = [b.objectName() for b in buttons if b.height() < MIN_TARGET_PX]
        seen["clipped"] = [b.objectName() for b in buttons if b.height() < b.sizeHint().height()]
        seen["names"] = {b.objectName() for b in buttons}
        # The window's focus child (the application's needs an active window,
        # which a bare X server without a window manager may not give).
        focus = window.focusWidget()
        seen["focus"] = focus is not None and chooser.isAncestorOf(focus)
        # Tab and Shift+Tab stay among the chooser's controls.
        visited = set()
        for key in [Qt.Key.Key_Tab] * 12 + [Qt.Key.Key_Backtab] * 12:
            QTest.keyClick(window.focusWidget(), key)
            visited.add(window.focusWidget())
        seen["tab_escaped"] = [w.objectName() or w.text() for w in visited if not chooser.isAncestorOf(w)]
        seen["tab_reached"] = {w.objectName() for w in visited}
        focus = window.focusWidget()
        # Escape is Cancel, from wherever the focus is inside the chooser.
        QTest.keyClick(focus, Qt.Key.Key_Escape)
        seen["escape_closed"] = chooser.isHidden()
        QTimer.singleShot(0, chooser.abort)  # only if Escape did nothing

    try:
        QTimer.singleShot(200, look)
        assert chooser.choose(multiple=False, accepted=[]) == []
    finally:
        appearance.reset()
        language.detach()
    assert seen["unnamed"] == [] and seen["small"] == [] and seen["clipped"] == []
    assert {"file-chooser-open", "file-chooser-cancel", "file-chooser-up", "file-chooser-refresh",
            "file-chooser-place-0", "file-chooser-place-1", "file-chooser-row-0"} <= seen["names"]
    assert chooser.findChild(QWidget, "file-chooser-list").accessibleName()
    assert seen["focus"] and seen["escape_closed"]
    assert seen["tab_escaped"] == [] and {"file-chooser-cancel", "file-chooser-up"} <= seen["tab_reached"]
    assert behind.isVisible()


def test_a_file_gone_before_open_is_said_and_not_sent(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    seen = {}

    def act(chooser):
        rows(chooser)["hakemus.pdf"].click()
        (stick / "hakemus.pdf").unlink()          # the stick changed under the resident
        chooser.findChild(QPushButton, "file-chooser-open").click()
        settle(chooser)
        seen["open"] = chooser.isVisible()
        seen["message"] = chooser.findChild(QLabel, "file-chooser-empty").text()
        seen["rows"] = sorted(rows(chooser))
        chooser.findChild(QPushButton, "file-chooser-cancel").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    assert seen["open"] and "USB" in seen["message"] and seen["rows"] == ["Photos"]
    assert web.bodies == []


def test_the_idle_warning_shows_above_an_open_chooser(make_kiosk, qtbot, web, stick, data_dir):
    kiosk, view, _session = open_upload_page(make_kiosk, qtbot, web, stick, data_dir)
    w = kiosk.window
    seen = {}

    def act(chooser):
        w.idle_warning.show_seconds(25)      # what the idle watcher does near the timeout
        on_top = w.childAt(w.rect().center())
        seen["warning_on_top"] = on_top is w.idle_warning or w.idle_warning.isAncestorOf(on_top)
        w.idle_warning.continue_button.click()
        w.idle_warning.hide()
        seen["chooser_back"] = chooser.isVisible()
        chooser.findChild(QPushButton, "file-chooser-cancel").click()

    when_open(w, act)
    click_in_page(qtbot, view, 100, 60)
    qtbot.waitUntil(lambda: view.title() == "cancelled", timeout=20000)
    assert seen == {"warning_on_top": True, "chooser_back": True}


def test_a_slow_stick_never_freezes_the_screen(qapp, qtbot, stick, tmp_path):
    """Looking for the stick waits until the test lets it answer (a slow or failing USB stick):
    meanwhile the panel says so and answers."""
    import threading

    from kiosk.ui.browser.file_chooser import FileChooser
    from kiosk.ui.shell.i18n import Language

    language = Language("fi")
    window = QWidget()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    looking, release = threading.Event(), threading.Event()
    gave_up = []

    def slow_media():
        looking.set()
        if not release.wait(20):  # the stick's mount point does not answer until released
            gave_up.append(True)  # (a screen frozen by this wait fails the test, it does not hang it)
        return [stick]

    chooser = FileChooser(language, window, find_removable=slow_media)
    session = tmp_path / "session"
    session.mkdir()
    chooser.begin_session(session, [tmp_path / "data"])
    window.show()
    qtbot.waitExposed(window)
    seen = {}

    def look():
        # This runs on the interface thread while the stick is being read: the
        # panel is up, says it is checking, and Cancel works.
        seen["looking"] = looking.wait(20) and not release.is_set()
        seen["visible"] = chooser.isVisible()
        seen["checking"] = chooser.checking
        seen["message"] = chooser.findChild(QLabel, "file-chooser-empty").text()
        seen["cancel"] = chooser.findChild(QPushButton, "file-chooser-cancel").isEnabled()
        release.set()
        settle(chooser)
        seen["rows"] = sorted(rows(chooser))
        chooser.findChild(QPushButton, "file-chooser-cancel").click()

    try:
        QTimer.singleShot(0, look)   # runs inside the chooser's own loop
        assert chooser.choose(multiple=False, accepted=[]) == []
    finally:
        release.set()
        language.detach()
    assert not gave_up, "looking for the stick held the interface thread"
    assert seen["looking"] and seen["checking"]
    assert seen["visible"] and seen["message"] == "Tarkistetaan…" and seen["cancel"]
    assert seen["rows"] == ["Photos", "hakemus.pdf"]
