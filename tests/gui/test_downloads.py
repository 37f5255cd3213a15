"""Downloads: a PDF opens in the built-in viewer and prints; anything else is refused.

Real QtWebEngine against the local server. Whatever a session may write lives
in its own temporary folder, which is gone after the session ends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services.printing import PRINT_TO_PDF_ENV, PRINTED
from tests.configs import local_config

pytestmark = pytest.mark.webengine

LINKS = """<!doctype html><title>Files</title>
<a id=zip href="/private/report-matti-virtanen.zip?token=SECRET">zip</a>
<a id=pdf href="/decision.pdf">pdf</a>"""


def tiny_pdf(pages: int = 3) -> bytes:
    """A small valid PDF, made with Qt."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(200, 200, f"Kela decision, page {n + 1}")
    painter.end()
    buf.close()
    return bytes(data)


@pytest.fixture
def files_site(web):
    web.add("/", LINKS)
    web.add("/private/report-matti-virtanen.zip", b"PK\x03\x04" + b"\0" * 2048,
            ctype="application/octet-stream",
            headers={"Content-Disposition": 'attachment; filename="report-matti-virtanen.zip"'})
    web.add("/decision.pdf", tiny_pdf(), ctype="application/pdf")
    return web


@pytest.fixture
def browsing(make_kiosk, qtbot, files_site):
    kiosk = make_kiosk(local_config({"files": files_site.url("/")}))
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-files"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "Files" and not view.page().isLoading(), timeout=20000)
    return kiosk


def session_dir(data_dir: Path) -> Path:
    dirs = list((data_dir / "sessions").iterdir())
    assert len(dirs) == 1
    return dirs[0]


def all_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_profile_downloads_go_to_the_session_folder(browsing, data_dir):
    profile = browsing.browser_session.profile
    assert Path(profile.profile.downloadPath()) == session_dir(data_dir) == profile.temp_dir


def test_zip_download_is_refused_with_a_message_and_nothing_written(browsing, qtbot, files_site, data_dir):
    w = browsing.window
    folder = session_dir(data_dir)
    view = w.findChild(QWidget, "browser")
    notice = w.findChild(QLabel, "download-refused")
    assert not notice.isVisible()
    # Chromium's own record of the download: it says when Chromium is done with it.
    states: list = []
    browsing.browser_session.profile.profile.downloadRequested.connect(
        lambda download: (states.append(download.state()), download.stateChanged.connect(states.append)))
    with qtbot.waitSignal(browsing.browser_session.profile.download_refused, timeout=20000) as refused:
        view.page().runJavaScript("document.getElementById('zip').click()")
    assert refused.args == ["127.0.0.1"]
    assert ("GET", "/private/report-matti-virtanen.zip?token=SECRET") in files_site.requests
    assert notice.isVisible() and notice.text()
    assert "127.0.0.1" in notice.text()
    assert "SECRET" not in notice.text() and "matti" not in notice.text().lower()
    # Cancelled, and so never completed; the part Chromium may have begun writing
    # before the kiosk was asked goes with the cancel.
    qtbot.waitUntil(lambda: QWebEngineDownloadRequest.DownloadState.DownloadCancelled in states, timeout=10000)
    assert QWebEngineDownloadRequest.DownloadState.DownloadCompleted not in states, states
    qtbot.waitUntil(lambda: all_files(folder) == [], timeout=5000)
    assert view.url().path() == "/"


def test_pdf_opens_in_the_view_and_prints(browsing, qtbot, data_dir, tmp_path, monkeypatch):
    out = tmp_path / "prints"
    monkeypatch.setenv(PRINT_TO_PDF_ENV, str(out))
    w = browsing.window
    view = w.findChild(QWidget, "browser")
    refused, blocked = [], []
    browsing.browser_session.profile.download_refused.connect(refused.append)
    browsing.events.happened.connect(lambda event: blocked.append(event) if event.kind == "host.refused" else None)
    # (The start page's own loadFinished may still be on its way: wait for the PDF's.)
    with qtbot.waitSignal(view.loadFinished, timeout=20000,
                          check_params_cb=lambda _ok: view.url().path() == "/decision.pdf") as loaded:
        view.page().runJavaScript("document.getElementById('pdf').click()")
    assert loaded.args == [True]
    # The viewer names the page after the file once it has read the document;
    # printing before that would print its empty frame.
    qtbot.waitUntil(lambda: view.title() == "decision.pdf", timeout=20000)
    assert not w.findChild(QLabel, "download-refused").isVisible()
    # The first PDF job of a process takes Chromium's software renderer several seconds.
    with qtbot.waitSignal(w.printing.finished, timeout=60000) as done:
        qtbot.mouseClick(w.findChild(QWidget, "browser-print"), Qt.MouseButton.LeftButton)
    assert done.args == [True, PRINTED]
    printed = QPdfDocument()
    assert printed.load(str(w.printing.last_output)) == QPdfDocument.Error.None_
    assert printed.pageCount() == 3   # the document's pages, not a picture of the screen
    assert refused == [] and blocked == []   # the viewer's own parts were let through
    assert all_files(session_dir(data_dir)) == []


def test_session_folder_is_gone_after_end_session(browsing, qtbot, data_dir):
    w = browsing.window
    folder = session_dir(data_dir)
    (folder / "left-behind.txt").write_text("anything a session wrote")
    w.session.end("resident")
    assert not folder.exists()
    assert list((data_dir / "sessions").iterdir()) == []


def test_refused_notice_goes_away_with_the_session(browsing, qtbot):
    w = browsing.window
    w.browser.toolbar.show_download_refused("example.fi")
    notice = w.findChild(QLabel, "download-refused")
    assert notice.isVisible()
    w.session.end("resident")
    assert not notice.isVisible() and notice.text() == ""
