"""The screen with the live service: the browser view, the blocked panel or the error panel.

The view and its page live on the session's profile; `discard()` deletes them
before the profile goes. A slim toolbar above the view holds the Print button
(the page's own window.print() takes the same path), how printing went, and
the notice for refused downloads. A refused navigation shows the `blocked` panel (host
only, Back and Home). A top-level load that fails (no network, unknown name,
refused, timeout, TLS or certificate, HTTP 5xx, a refused password question) or
a renderer that ends shows the kiosk's own `service-error` panel instead of
Chromium's error page; its "Try again" keeps the panel up until the page has
really loaded.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from kiosk.core.config.site import Tile
from kiosk.core.browser.load_failure import Failure, is_service_host
from kiosk.core.browser.refusals import Origin
from kiosk.core.browser.url_policy import Policy
from kiosk.services.printing import PrintService
from kiosk.ui.browser.browser_toolbar import BrowserToolbar
from kiosk.ui.shell.i18n import Language
from kiosk.ui.browser.file_chooser import FileChooser
from kiosk.ui.browser.js_dialog import PageDialog
from kiosk.ui.browser.service_error import ServiceErrorPanel
from kiosk.ui.shell.widgets import BigButton, scrolling_column
from kiosk.web.page import KioskPage, ServiceView
from kiosk.web.session_profile import SessionProfile

log = logging.getLogger("kiosk.ui")


class BlockedPanel(QWidget):
    """'This page cannot be opened on this computer', with Back and Home."""

    back = Signal()
    home = Signal()

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blocked")
        self.setProperty("screen", True)
        self._host = ""
        self._title = QLabel(self)
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._host_label = QLabel(self)
        self._host_label.setObjectName("blocked-host")
        self._host_label.setProperty("role", "muted")
        self._back = BigButton("blocked-back", self)
        self._home = BigButton("blocked-home", self)
        self._back.clicked.connect(self.back)
        self._home.clicked.connect(self.home)
        box = scrolling_column(self, [self._title, self._body, self._host_label, self._back, self._home])
        box.setContentsMargins(48, 32, 48, 32)
        box.setSpacing(24)
        box.addWidget(self._title)
        box.addWidget(self._body)
        box.addWidget(self._host_label)
        box.addWidget(self._back)
        box.addWidget(self._home)
        box.addStretch(1)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def show_for(self, host: str) -> None:
        self._host = host
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("This page cannot be opened on this computer"))
        self._body.setText(self.tr("This computer only opens the services on its home screen. "
                                   "You can go back to the previous page or to the home screen."))
        self._host_label.setText(self.tr("Address: %1").replace("%1", self._host) if self._host else "")
        self._back.set_label(self.tr("Back to the previous page"))
        self._home.set_label(self.tr("Home screen"))


class BrowserScreen(QWidget):
    """Hosts the service view of the current session."""

    home_requested = Signal()
    guides_requested = Signal()  # from the "browser cannot start" panel
    # No view for this session (its profile failed to start): please make one
    # now. Whoever owns the profile answers by calling attach(), or does not.
    browser_wanted = Signal()
    refused = Signal(str, str, str)   # host, reason, origin (kiosk.core.browser.refusals): for counting blocked hosts
    failed = Signal(str, str)    # Failure value, host: for counting services that did not answer

    def __init__(self, language: Language, parent: QWidget | None = None, *,
                 printing: PrintService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browser-screen")
        self._language = language
        # Print button, print status and refused downloads sit in a slim row above the pages.
        self.toolbar = BrowserToolbar(language, self)
        self.toolbar.print_requested.connect(self.print_page)
        self.printing = printing if printing is not None else PrintService(self)
        self.printing.started.connect(self._on_print_started)
        self.printing.finished.connect(self._on_print_finished)
        pages = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.toolbar)
        outer.addWidget(pages, 1)
        self._stack = QStackedLayout(pages)
        self._blocked = BlockedPanel(language, self)
        self._blocked.back.connect(self.go_back)
        self._blocked.home.connect(self.home_requested)
        self._stack.addWidget(self._blocked)
        self.error_panel = ServiceErrorPanel(language, self)
        self.error_panel.retry.connect(self._retry)
        self.error_panel.back.connect(self.go_back)
        self.error_panel.home.connect(self.home_requested)
        self.error_panel.guides.connect(self.guides_requested)
        self._stack.addWidget(self.error_panel)
        self._page_dialog = PageDialog(language, self)
        # Over the whole kiosk window, like the other full-screen panels.
        self.file_chooser = FileChooser(language, self.window())
        self._view: ServiceView | None = None
        self._printing_view: ServiceView | None = None
        self._profile: SessionProfile | None = None
        self._pending_url = ""   # the service asked for while there was no view
        self._service: Tile | None = None   # the tile opened: the error panel names it
        self._stack.currentChanged.connect(self._on_page_switched)
        self._on_page_switched(0)

    @property
    def view(self) -> ServiceView | None:
        return self._view

    def attach(self, profile: SessionProfile, policy: Policy, *, video_policy: Policy | None,
               allow_uploads: bool) -> None:
        """Make a view and page on this session's profile (once per session)."""
        self.discard()
        self._profile = profile
        view = ServiceView(self)
        page = KioskPage(profile.profile, policy, video_policy=video_policy,
                         allow_uploads=allow_uploads, parent=view)
        profile.adopt_page(page)
        view.setPage(page)
        page.set_dialogs(self._page_dialog)
        page.set_file_chooser(self.file_chooser)
        # The session's own folder is a place; the rest of the data folder
        # (database, logs, other sessions: see Paths) never is.
        self.file_chooser.begin_session(profile.temp_dir, [profile.temp_dir.parent.parent])
        page.blocked.connect(self._on_blocked)
        # A certificate error also fails the load: the error panel explains it.
        page.certificate_refused.connect(lambda host: self.refused.emit(host, "certificate", str(Origin.CERTIFICATE)))
        page.load_failed.connect(self._on_failed)
        page.loadFinished.connect(self._on_load_finished)
        page.urlChanged.connect(self._on_url_changed)
        # window.print() of the page (and the PDF viewer's own print button).
        view.printRequested.connect(self.print_page)
        view.printRequestedByFrame.connect(lambda _frame: self.print_page())
        profile.refused.connect(self.refused)
        profile.download_refused.connect(self.toolbar.show_download_refused)
        self._view = view
        self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)

    def open(self, url: str, service: Tile | None = None) -> None:
        """Load a service's start address (of tile `service`); the calm error panel if the browser cannot start."""
        if self._view is None:
            self.browser_wanted.emit()   # one more try to make the session's profile
        self._service = service
        if self._view is None:
            self._pending_url = url
            self._stack.setCurrentWidget(self.error_panel)
            self.error_panel.show_for(Failure.NO_BROWSER)
            self.failed.emit(Failure.NO_BROWSER.value, "")
            return
        self._pending_url = ""
        self._stack.setCurrentWidget(self._view)
        self._view.load(QUrl(url))

    def go_back(self) -> None:
        """Back within the service; home when there is nothing to go back to."""
        if self._stack.currentWidget() is self.error_panel and self._view is not None:
            # The failed page is not worth going back to; the one before it is.
            if self._view.history().canGoBack():
                self._stack.setCurrentWidget(self._view)
                self._view.back()
            else:
                self.home_requested.emit()
            return
        if self._stack.currentWidget() is self._blocked and self._view is not None:
            self._stack.setCurrentWidget(self._view)
            # The refused navigation never happened: the page before it is
            # still there. Only a refused start page leaves nothing to go back to.
            if self._view.url().isEmpty() or self._view.url().scheme() == "kiosk":
                self.home_requested.emit()
            return
        if self._view is not None and self._view.history().canGoBack():
            self._view.back()
        else:
            self.home_requested.emit()

    def print_page(self) -> None:
        """Print what the view shows on the default printer (Print button and window.print())."""
        if self._view is None or self._stack.currentWidget() is not self._view:
            log.info("print request ignored: no service page on screen")
            return
        self._printing_view = self._view
        self.printing.print_view(self._view, requester=self)

    def _on_print_started(self) -> None:
        if self.printing.requester is self:
            self.toolbar.show_printing()

    def _on_print_finished(self, ok: bool, key: str) -> None:
        # A job that ends after its session did says nothing to the next resident.
        if self.printing.requester is self and self._printing_view is self._view:
            self.toolbar.show_print_result(ok, key)

    def _on_page_switched(self, _index: int) -> None:
        # Print only what the resident sees: never the page behind the blocked panel.
        self.toolbar.print_button.setVisible(self._view is not None
                                             and self._stack.currentWidget() is self._view)

    def _on_failed(self, kind: str, host: str) -> None:
        if self._stack.currentWidget() is self._blocked:
            return  # the blocked panel already says why nothing opened
        self._stack.setCurrentWidget(self.error_panel)
        service = self._service
        named = service is not None and is_service_host(host, service.url, service.hosts)
        self.error_panel.show_for(Failure(kind), service.label if named else None)
        self.failed.emit(kind, host)

    def _retry(self) -> None:
        if self._view is None or self.error_panel.kind is Failure.NO_BROWSER:
            if self._pending_url:
                self.open(self._pending_url, self._service)
            else:
                self.home_requested.emit()
            return
        page = self._view.page() if self._view is not None else None
        if page is not None:
            page.retry()

    def _on_load_finished(self, ok: bool) -> None:
        # The retried page is there: show it in place of the error panel.
        # (A load of a page already discarded at the session's end may still report.)
        if ok and self._view is not None and self._stack.currentWidget() is self.error_panel:
            self._stack.setCurrentWidget(self._view)

    def _on_blocked(self, host: str, reason: str) -> None:
        self._blocked.show_for(host)
        self._stack.setCurrentWidget(self._blocked)
        self.refused.emit(host, reason, str(Origin.NAVIGATION))

    def _on_url_changed(self, url: QUrl) -> None:
        if url.scheme() == "kiosk" and url.host() == "blocked":
            self._blocked.show_for(url.query().removeprefix("host="))
            self._stack.setCurrentWidget(self._blocked)

    def discard(self) -> None:
        """Delete the view and its page now (before the profile goes)."""
        self._page_dialog.abort()
        self.file_chooser.end_session()
        view, self._view = self._view, None
        if view is not None:
            self._stack.removeWidget(view)
            # The page is the view's child and goes with it. Deleting the page
            # on its own would make the view create a default page in its place.
            view.deleteLater()
        self._profile = None
        self._pending_url = ""
        self._service = None
        self.toolbar.clear_status()
        self.toolbar.clear_download_notice()
