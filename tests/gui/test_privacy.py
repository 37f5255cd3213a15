"""Nothing of one resident reaches the next: real QtWebEngine, real local server.

A page stores a cookie, localStorage, sessionStorage, IndexedDB, Cache Storage
and a service worker. After End session (and, separately, after an idle
timeout) a new session on the same origin finds none of them. A host the
resident tried to open is named by no file under the data folder afterwards.
"""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from tests.configs import local_config
from tests.helpers.fakes import FakeClock

pytestmark = pytest.mark.webengine

STORE = """<!doctype html><title>storing</title><script>
async function store() {
  document.cookie = "resident=ANNA; max-age=3600; path=/";
  localStorage.setItem("hetu", "010101-123N");
  sessionStorage.setItem("s", "1");
  await new Promise((ok, bad) => {
    const r = indexedDB.open("health", 1);
    r.onupgradeneeded = () => r.result.createObjectStore("records");
    r.onsuccess = () => { const tx = r.result.transaction("records", "readwrite");
      tx.objectStore("records").put("lab result", "k"); tx.oncomplete = () => { r.result.close(); ok(); }; };
    r.onerror = bad;
  });
  const c = await caches.open("v1"); await c.put("/cached", new Response("secret"));
  const reg = await navigator.serviceWorker.register("/sw.js"); await navigator.serviceWorker.ready;
  document.title = "stored";
}
store().catch(e => document.title = "error " + e);
</script>"""

CHECK = """<!doctype html><title>checking</title><script>
async function check() {
  const dbs = (await indexedDB.databases()).map(d => d.name);
  const regs = await navigator.serviceWorker.getRegistrations();
  const out = {cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
    idb: dbs, caches: await caches.keys(), workers: regs.length};
  document.title = "result " + JSON.stringify(out);
}
check().catch(e => document.title = "error " + e);
</script>"""

EMPTY = {"cookie": "", "local": 0, "session": 0, "idb": [], "caches": [], "workers": 0}


@pytest.fixture
def storage_site(web):
    web.add("/store.html", STORE)
    web.add("/check.html", CHECK)
    web.add("/sw.js", "self.addEventListener('fetch', () => {});", ctype="text/javascript")
    return web


def open_and_wait(qtbot, window, tile: str, prefix: str) -> str:
    qtbot.mouseClick(window.findChild(QWidget, f"tile-{tile}"), Qt.MouseButton.LeftButton)
    view = window.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title().startswith(prefix) or view.title().startswith("error"), timeout=20000)
    return view.title()


def check_storage(qtbot, window) -> dict:
    title = open_and_wait(qtbot, window, "check", "result ")
    assert title.startswith("result "), title
    return json.loads(title.removeprefix("result "))


def end_by_resident(qtbot, window):
    qtbot.mouseClick(window.findChild(QWidget, "nav-end-session"), Qt.MouseButton.LeftButton)
    assert window.findChild(QWidget, "end-confirm").isVisible()
    qtbot.mouseClick(window.findChild(QWidget, "end-yes"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QWidget, "feedback-skip"), Qt.MouseButton.LeftButton)


def test_storage_is_real_within_a_session(make_kiosk, qtbot, storage_site):
    """The check page can see what the store page wrote (so the next tests mean something)."""
    web = storage_site
    kiosk = make_kiosk(local_config({"store": web.url("/store.html"), "check": web.url("/check.html")}))
    w = kiosk.window
    assert open_and_wait(qtbot, w, "store", "stored") == "stored"
    w.go_home()
    seen = check_storage(qtbot, w)
    assert seen["cookie"] == "resident=ANNA"
    assert seen["local"] == 1 and seen["idb"] == ["health"] and seen["caches"] == ["v1"]
    assert seen["workers"] == 1


def test_end_session_removes_everything(make_kiosk, qtbot, storage_site, data_dir):
    web = storage_site
    kiosk = make_kiosk(local_config({"store": web.url("/store.html"), "check": web.url("/check.html")}))
    w = kiosk.window
    assert open_and_wait(qtbot, w, "store", "stored") == "stored"
    QGuiApplication.clipboard().setText("010101-123N")
    w.language.set("sv")
    w.appearance.next_text_size()
    session_dirs = list((data_dir / "sessions").iterdir())
    assert len(session_dirs) == 1
    end_by_resident(qtbot, w)
    assert w.findChild(QWidget, "signed-out").isVisible()
    assert QGuiApplication.clipboard().text() == ""
    # The signed-out screen speaks the language the resident used (the
    # language itself is already back to the site's: nothing of theirs stays) ...
    assert w.language.code == "fi"
    assert "utloggad" in " ".join(lbl.text() for lbl in w.signed_out.findChildren(QLabel)).lower()
    assert not session_dirs[0].exists()
    qtbot.waitUntil(lambda: not w.findChild(QWidget, "signed-out").isVisible(), timeout=5000)
    # ... and the next resident finds the site's language and the normal text size.
    assert w.language.code == "fi" and w.appearance.text_step == 0
    assert w.current_screen() is w.home
    assert check_storage(qtbot, w) == EMPTY


def test_idle_timeout_removes_everything(make_kiosk, qtbot, storage_site):
    web = storage_site
    clock = FakeClock(1000.0)
    kiosk = make_kiosk(local_config({"store": web.url("/store.html"), "check": web.url("/check.html")},
                                    idle_timeout_s=60, warning_s=20), clock=clock)
    w = kiosk.window
    assert open_and_wait(qtbot, w, "store", "stored") == "stored"
    kiosk.idle.keep_going()
    clock.t += 59
    kiosk.idle.poll()
    assert not w.findChild(QWidget, "idle-warning").isVisible()
    clock.t += 2
    kiosk.idle.poll()
    warning = w.findChild(QWidget, "idle-warning")
    assert warning.isVisible()
    assert "19" in " ".join(lbl.text() for lbl in warning.findChildren(QWidget) if hasattr(lbl, "text"))
    clock.t += 20
    kiosk.idle.poll()
    assert not warning.isVisible()
    assert w.findChild(QWidget, "signed-out").isVisible()
    assert not w.in_session
    qtbot.waitUntil(lambda: not w.findChild(QWidget, "signed-out").isVisible(), timeout=5000)
    assert check_storage(qtbot, w) == EMPTY


def test_idle_continue_keeps_the_session(make_kiosk, qtbot, web):
    clock = FakeClock(0.0)
    kiosk = make_kiosk(local_config({"a": web.add("/", "<title>a</title>")}, idle_timeout_s=60, warning_s=20),
                       clock=clock)
    w = kiosk.window
    open_and_wait(qtbot, w, "a", "a")
    kiosk.idle.keep_going()
    clock.t += 65
    kiosk.idle.poll()
    cont = w.findChild(QWidget, "idle-continue")
    assert cont.isVisible() and cont.hasFocus()
    qtbot.mouseClick(cont, Qt.MouseButton.LeftButton)
    assert not w.findChild(QWidget, "idle-warning").isVisible()
    clock.t += 30
    kiosk.idle.poll()
    assert w.in_session and w.current_screen() is w.browser


def test_idle_clock_does_not_run_on_untouched_home(kiosk):
    assert not kiosk.idle.running
    assert not kiosk.window.in_session


def test_no_profile_release_warning_after_many_sessions(tmp_path, repo):
    """Three sessions in a real process: QtWebEngine never warns about a released profile."""
    import os
    import subprocess
    import sys

    script = f"""
import sys
sys.path.insert(0, {str(repo)!r})
from kiosk.app import before_qapplication, build
argv = before_qapplication()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QEventLoop, QTimer
app = QApplication(argv)
kiosk = build(data_dir={str(tmp_path)!r})
w = kiosk.window
for i in range(3):
    w.open_tile("omakanta")
    loop = QEventLoop(); QTimer.singleShot(300, loop.quit); loop.exec()
    kiosk.session.end("resident")
    loop = QEventLoop(); QTimer.singleShot(300, loop.quit); loop.exec()
kiosk.shutdown()
print("done")
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "done" in result.stdout
    assert "Release of profile requested" not in result.stderr


# What a resident tried to open: a link to a site the kiosk does not allow. The
# page also loads a picture from another refused host by itself (a page's part).
VISITED = "mielenterveys-chat.digipiste-test.example"
PART = "kuvapalvelu.digipiste-test.example"
LINK_PAGE = f"""<!doctype html><title>links</title>
<style>a{{position:fixed;inset:0;display:block;font-size:40px}}</style>
<img src="https://{PART}/logo.png" alt="">
<a id=go href="https://{VISITED}/chat?name=Anna">Keskustele</a>
<script>onload = () => requestAnimationFrame(() => requestAnimationFrame(() => document.title = 'ready'));</script>"""


def _files_naming(root, name: str) -> list[str]:
    """Every file under `root` whose raw bytes hold `name` (the database, its WAL, logs, ...)."""
    needle = name.encode()
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and needle in p.read_bytes())


def test_a_host_a_resident_tried_to_open_never_reaches_the_disk(make_kiosk, qtbot, web, data_dir):
    """The admin view counts it while the kiosk runs; after the session no byte of any file
    under the data folder names it. A page's own refused part is kept (the control: the
    search would find a name that is written)."""
    from PySide6.QtTest import QTest

    from tests.gui.test_connections import refused_counts

    kiosk = make_kiosk(local_config({"links": web.add("/links.html", LINK_PAGE)}))
    w = kiosk.window
    assert open_and_wait(qtbot, w, "links", "ready") == "ready"
    view = w.findChild(QWidget, "browser")
    # A finger on the link (it covers the page): the navigation is refused.
    target = view.focusProxy() or view
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    qtbot.waitUntil(lambda: w.findChild(QWidget, "blocked").isVisible(), timeout=15000)
    counts = refused_counts(kiosk, qtbot)
    assert counts.get(VISITED, 0) >= 1 and counts.get(PART, 0) >= 1, counts   # the admin view has both
    end_by_resident(qtbot, w)
    assert w.findChild(QWidget, "signed-out").isVisible()
    assert kiosk.refused_hosts.flush_and_wait()      # what may be written, is written
    kiosk.storage.call(lambda db: None)               # and the storage thread is idle
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert _files_naming(data_dir, PART), "the control: a page's part is counted in the database"
    assert _files_naming(data_dir, VISITED) == []
    assert refused_counts(kiosk, qtbot).get(VISITED, 0) >= 1     # still in memory for the admin
