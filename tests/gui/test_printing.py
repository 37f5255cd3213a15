"""Printing without a dialog: the Print button and window.print() make a job; real QtWebEngine.

Jobs go to PDF files (DIGIPISTE_PRINT_TO_PDF), read back with QtPdf. The
resident sees the status in `print-status` (state printing / done / error).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services.printing import BUSY, FAILED, NO_PRINTER, PRINT_TO_PDF_ENV, PRINTED, PrintService
from tests.configs import local_config
from tests.helpers.fakes import no_printer

pytestmark = pytest.mark.webengine

PAGE = """<!doctype html><title>Receipt</title><h1>Kela: decision</h1>
<p>Some text worth printing.</p><button id=p onclick="window.print()">Print</button>"""


def pdf_pages(path: Path) -> int:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return doc.pageCount()


def pdfs_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf")) if folder.exists() else []


@pytest.fixture
def pdf_dir(tmp_path, monkeypatch) -> Path:
    out = tmp_path / "prints"
    monkeypatch.setenv(PRINT_TO_PDF_ENV, str(out))
    return out


@pytest.fixture
def browsing(make_kiosk, qtbot, web):
    """A kiosk showing the local page in its browser view."""
    return browse(make_kiosk, qtbot, web)


def browse(make_kiosk, qtbot, web, **collaborators):
    kiosk = make_kiosk(local_config({"kela": web.add("/", PAGE)}), **collaborators)
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-kela"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "Receipt" and not view.page().isLoading(), timeout=20000)
    return w


def status_of(window) -> QLabel:
    return window.findChild(QLabel, "print-status")


def test_print_button_prints_the_page_to_pdf_and_says_printed(browsing, qtbot, pdf_dir):
    w = browsing
    button = w.findChild(QWidget, "browser-print")
    assert button.isVisible() and button.accessibleName()
    status = status_of(w)
    assert status.property("state") == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert status.property("state") == "printing" and status.text()
    printing_text = status.text()
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: status.property("state") != "printing", timeout=30000)
    assert status.property("state") == "done"
    assert status.text() and status.text() != printing_text
    assert button.isEnabled()
    files = pdfs_in(pdf_dir)
    assert len(files) == 1 and pdf_pages(files[0]) >= 1
    assert w.printing.last_output == files[0]


def test_status_goes_away_by_itself(browsing, qtbot, pdf_dir, monkeypatch):
    import kiosk.ui.browser.browser_toolbar as toolbar

    monkeypatch.setattr(toolbar, "DONE_SHOWN_MS", 200)
    w = browsing
    status = status_of(w)
    w.browser.print_page()
    qtbot.waitUntil(lambda: status.property("state") == "done", timeout=30000)
    qtbot.waitUntil(lambda: status.property("state") == "", timeout=3000)
    assert status.text() == ""


def test_window_print_from_javascript_prints_the_same_way(browsing, qtbot, pdf_dir):
    w = browsing
    status = status_of(w)
    with qtbot.waitSignal(w.printing.finished, timeout=30000) as done:
        w.findChild(QWidget, "browser").page().runJavaScript("window.print()")
    assert done.args == [True, PRINTED]
    assert status.property("state") == "done"
    files = pdfs_in(pdf_dir)
    assert len(files) == 1 and pdf_pages(files[0]) >= 1


def test_window_print_in_a_frame_prints_too(make_kiosk, qtbot, web, pdf_dir):
    web.add("/frame.html", "<title>inner</title><p>Prescription</p>")
    url = web.add("/", "<title>outer</title><iframe id=f src='/frame.html'></iframe>")
    kiosk = make_kiosk(local_config({"kanta": url}))
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-kanta"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "outer" and not view.page().isLoading(), timeout=20000)
    frames = []
    view.printRequestedByFrame.connect(frames.append)
    with qtbot.waitSignal(w.printing.finished, timeout=30000) as done:
        view.page().runJavaScript("document.getElementById('f').contentWindow.print()")
    assert done.args == [True, PRINTED]
    assert len(frames) == 1   # it came as the frame's request, not the page's
    assert len(pdfs_in(pdf_dir)) == 1


def test_no_printer_is_a_clear_error(make_kiosk, qtbot, web, monkeypatch):
    monkeypatch.delenv(PRINT_TO_PDF_ENV, raising=False)
    w = browse(make_kiosk, qtbot, web, printer_lookup=no_printer)
    assert not w.printing.printer_available()
    with qtbot.waitSignal(w.printing.finished, timeout=5000) as done:
        qtbot.mouseClick(w.findChild(QWidget, "browser-print"), Qt.MouseButton.LeftButton)
    assert done.args == [False, NO_PRINTER]
    status = status_of(w)
    assert status.property("state") == "error" and status.text()
    assert w.findChild(QWidget, "browser-print").isEnabled()


def test_second_request_while_printing_is_refused_as_busy(browsing, qtbot, pdf_dir):
    w = browsing
    results = []
    w.printing.finished.connect(lambda ok, key: results.append((ok, key)))
    w.browser.print_page()
    w.browser.print_page()
    assert results == [(False, BUSY)]
    qtbot.waitUntil(lambda: len(results) == 2, timeout=30000)
    assert results[1] == (True, PRINTED)
    assert len(pdfs_in(pdf_dir)) == 1


def test_end_of_session_while_printing_leaves_the_service_idle(browsing, qtbot, pdf_dir):
    w = browsing
    with qtbot.waitSignal(w.printing.finished, timeout=30000):
        w.browser.print_page()
        w.session.end("resident")
    qtbot.waitUntil(lambda: not w.printing.busy, timeout=30000)
    assert status_of(w).property("state") == ""


def test_print_document_for_guides(qapp, qtbot, pdf_dir):
    service = PrintService()
    doc = QTextDocument()
    doc.setHtml("<h1>Step 3 of 7</h1><p>Tap <b>Kirjaudu</b>.</p>" + "<p>line</p>" * 200)
    owner = QWidget()
    seen = []
    service.started.connect(lambda: seen.append(("started", service.requester)))
    with qtbot.waitSignal(service.finished, timeout=10000) as done:
        assert service.print_document(doc, requester=owner)
    assert done.args == [True, PRINTED]
    assert seen == [("started", owner)]
    files = pdfs_in(pdf_dir)
    assert len(files) == 1 and pdf_pages(files[0]) >= 2


def test_other_screens_jobs_do_not_show_in_the_browser(browsing, qtbot, pdf_dir):
    w = browsing
    doc = QTextDocument()
    doc.setPlainText("A guide")
    guide_screen = QWidget()
    with qtbot.waitSignal(w.printing.finished, timeout=10000):
        w.printing.print_document(doc, requester=guide_screen)
    assert status_of(w).property("state") == ""


def test_unusable_pdf_folder_is_a_failure_not_a_crash(qapp, qtbot, tmp_path, monkeypatch):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    monkeypatch.setenv(PRINT_TO_PDF_ENV, str(not_a_dir))
    service = PrintService()
    doc = QTextDocument()
    with qtbot.waitSignal(service.finished, timeout=5000) as done:
        assert not service.print_document(doc)
    assert done.args == [False, FAILED]
    assert not service.busy


def terminal_config(url: str, printer: str):
    """local_config with this terminal's ([terminals.t1]) printer queue."""
    from kiosk.core.config.site import parse_config
    from tests.configs import local_config_text

    table = f'\n[terminals.t1]\nprinter = "{printer}"\n\n[terminals.t2]\nprinter = "Toimisto"\n' if printer else ""
    config, errors = parse_config(local_config_text({"kela": url}) + table, "test.toml")
    assert not errors, errors
    return config


@pytest.mark.parametrize("queue", ["Aula_HP", ""])
def test_the_terminal_s_own_printer_queue_is_the_one_asked_for(make_kiosk, qtbot, web, monkeypatch, caplog, queue):
    # No CUPS on this machine: the lookup stands in for it (QPrinterInfo.printerInfo(name) /
    # defaultPrinter()), records the queue asked for and finds none, so the job stops before paper.
    monkeypatch.delenv(PRINT_TO_PDF_ENV, raising=False)
    asked: list[str] = []

    def lookup(name: str = ""):
        asked.append(name)
        return no_printer(name)
    kiosk = make_kiosk(terminal_config(web.add("/", PAGE), queue), printer_lookup=lookup)
    assert kiosk.config.terminal.printer == queue
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-kela"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "Receipt" and not view.page().isLoading(), timeout=20000)
    with qtbot.waitSignal(w.printing.finished, timeout=5000) as done:
        qtbot.mouseClick(w.findChild(QWidget, "browser-print"), Qt.MouseButton.LeftButton)
    assert done.args == [False, NO_PRINTER] and status_of(w).property("state") == "error"
    assert asked and set(asked) == {queue}   # t1's queue, never t2's and never the default instead
    said = "printer 'Aula_HP' ([terminals.<id>] printer) is not installed" if queue else "no default printer"
    assert any(said in r.getMessage() for r in caplog.records)


def test_a_named_queue_that_is_not_installed_is_no_printer_not_the_default(qapp):
    from kiosk.services.printing import default_printer

    # Real Qt print support: a queue CUPS does not have is a null printer, whatever the default is.
    assert default_printer("digipiste-no-such-queue").isNull()
