"""Printing without a print dialog: this terminal's printer, A4 portrait, one job at a time.

A resident never sees printer settings: `PrintService` prints a web page
(the Print button, or the page's own `window.print()`) or a QTextDocument
(a guide) on this terminal's printer (`[terminals.<id>] printer`, a CUPS queue;
empty: the system's default printer) and reports through signals, which
the screens turn into "Printing..." / "Printed" or a clear error. It never
opens a dialog.

Diagnostic and test setting: when the environment variable
``DIGIPISTE_PRINT_TO_PDF`` names a directory, every job becomes a PDF file in
that directory instead of going to a printer (tests use it; IT staff can use
it to check printing on a terminal without wasting paper). Those files are
not part of any session and are not removed at session end.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:   # a service imports no widget module; the view is only handed in
    # The print classes are imported when a printer is needed: each Qt class
    # (and its enums) made at import time is start-up time.
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWebEngineWidgets import QWebEngineView

log = logging.getLogger("kiosk.print")

PRINT_TO_PDF_ENV = "DIGIPISTE_PRINT_TO_PDF"

# Keys of `finished(ok, key)`; screens turn them into translated sentences.
PRINTED = "printed"
NO_PRINTER = "no-printer"
BUSY = "busy"
FAILED = "failed"
CANCELLED = "cancelled"   # what was being printed went away (the session ended)

# A web page that never reports back (a hung renderer) must not keep the
# printer "busy" for the rest of the day.
_VIEW_TIMEOUT_MS = 120_000

_counter = itertools.count(1)


def default_printer(name: str = "") -> QPrinterInfo:
    """The CUPS queue `name`, or the system's default printer for "" (a null QPrinterInfo when there is none).

    A named queue that is not installed is no printer: never the default one
    instead, which may stand in another room (a resident's papers there).
    """
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()


class PrintService(QObject):
    """Prints on the default printer; `started()`, then `finished(ok, message_key)`.

    Only one job runs at a time: asking again while busy reports
    `finished(False, BUSY)` for the new request and leaves the running job
    alone. Several screens share one service, so each request names its
    `requester`; while `started` or `finished` is being emitted, the
    `requester` property says whose request it is, and a screen shows only
    its own. `printer_name` is this terminal's queue ("" the default);
    `find_printer(name)` the lookup tests replace (no printer, a fake one).
    """

    started = Signal()
    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None, *, printer_name: str = "",
                 find_printer: Callable[[str], QPrinterInfo] = default_printer) -> None:
        super().__init__(parent)
        self.find_printer = find_printer
        self.printer_name = printer_name
        self._printer: QPrinter | None = None
        self._view: QWebEngineView | None = None
        self._document: QTextDocument | None = None
        self._output: Path | None = None
        self._job_requester: QObject | None = None
        self._requester: QObject | None = None
        self.last_output: Path | None = None   # the PDF of the last job in PDF mode
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(_VIEW_TIMEOUT_MS)
        self._watchdog.timeout.connect(self._view_timed_out)

    @property
    def requester(self) -> QObject | None:
        """Whose request `started` / `finished` is about (valid only inside a slot)."""
        return self._requester

    @property
    def busy(self) -> bool:
        return self._printer is not None

    def printer_available(self) -> bool:
        """True when a job would go somewhere (a default printer, or the PDF folder)."""
        return bool(os.environ.get(PRINT_TO_PDF_ENV)) or not self.find_printer(self.printer_name).isNull()

    # -- what can be printed ----------------------------------------------------

    def print_view(self, view: QWebEngineView, requester: QObject | None = None) -> bool:
        """Print what `view` shows (a page or the built-in PDF viewer's document).

        Returns False when the job could not start (busy, no printer); the
        reason still arrives as `finished(False, key)`.
        """
        if not self._begin(requester):
            return False
        self._view = view
        view.printFinished.connect(self._view_finished)
        view.destroyed.connect(self._view_destroyed)
        self._watchdog.start()
        try:
            view.print(self._printer)
        except Exception:
            log.exception("printing the page could not start")
            self._disconnect_view()
            self._end(False, FAILED)
            return False
        return True

    def print_document(self, doc: QTextDocument, requester: QObject | None = None) -> bool:
        """Print a rich-text document (a guide). Runs on the next turn of the event loop,
        so "Printing..." is on screen before the printer is busy."""
        if not self._begin(requester):
            return False
        self._document = doc
        QTimer.singleShot(0, self._print_document_now)
        return True

    # -- the job ------------------------------------------------------------------

    def _begin(self, requester: QObject | None) -> bool:
        if self.busy:
            log.info("print request ignored: a job is running")
            self._emit(requester, self.finished, False, BUSY)
            return False
        try:
            printer = self._make_printer()
        except OSError as exc:   # the PDF folder cannot be made
            log.error("print to PDF impossible: %s", exc)
            self._emit(requester, self.finished, False, FAILED)
            return False
        if printer is None:
            if self.printer_name:
                log.warning("print request refused: this terminal's printer '%s' ([terminals.<id>] printer) "
                            "is not installed; `lpstat -e` lists the queues", self.printer_name)
            else:
                log.warning("print request refused: no default printer")
            self._emit(requester, self.finished, False, NO_PRINTER)
            return False
        self._printer = printer
        self._job_requester = requester
        self._emit(requester, self.started)
        return True

    def _emit(self, requester: QObject | None, signal, *args) -> None:
        previous, self._requester = self._requester, requester
        try:
            signal.emit(*args)
        finally:
            self._requester = previous

    def _make_printer(self) -> QPrinter | None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        pdf_dir = os.environ.get(PRINT_TO_PDF_ENV)
        if pdf_dir:
            folder = Path(pdf_dir)
            folder.mkdir(parents=True, exist_ok=True)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self._output = folder / f"digipiste-{time.strftime('%Y%m%d-%H%M%S')}-{next(_counter)}.pdf"
            printer.setOutputFileName(str(self._output))
        else:
            info = self.find_printer(self.printer_name)
            if info.isNull():
                return None
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            self._output = None
        printer.setDocName("Digipiste")
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        return printer

    def _print_document_now(self) -> None:
        doc, self._document = self._document, None
        if doc is None or not shiboken6.isValid(doc):
            self._end(False, CANCELLED)
            return
        try:
            doc.print_(self._printer)
        except Exception:
            log.exception("printing a document failed")
            self._end(False, FAILED)
            return
        from PySide6.QtPrintSupport import QPrinter

        self._end(self._printer.printerState() != QPrinter.PrinterState.Error, "")

    def _view_finished(self, ok: bool) -> None:
        self._disconnect_view()
        self._end(ok, "")

    def _view_destroyed(self, _obj=None) -> None:
        self._view = None
        self._end(False, CANCELLED)

    def _view_timed_out(self) -> None:
        log.error("the page did not finish printing in time")
        self._disconnect_view()
        self._end(False, FAILED)

    def _disconnect_view(self) -> None:
        view, self._view = self._view, None
        self._watchdog.stop()
        if view is not None and shiboken6.isValid(view):
            view.printFinished.disconnect(self._view_finished)
            view.destroyed.disconnect(self._view_destroyed)

    def _end(self, ok: bool, key: str) -> None:
        if self._printer is None:
            return
        self._watchdog.stop()
        self._printer = None   # a PDF file is complete once its QPrinter is gone
        if ok and self._output is not None and not self._output.exists():
            ok = False
        self.last_output = self._output if ok else None
        key = key or (PRINTED if ok else FAILED)
        log.info("print job %s", key)
        requester, self._job_requester = self._job_requester, None
        self._emit(requester, self.finished, ok, key)
