"""The kiosk's own "service not answering" panel (`service-error`).

Shown in the browser screen in place of the page when a service does not
answer at the top level, its connection is not safe, its server fails, its
renderer ends, or it asks for a password. It says what happened in short
plain sentences (no error codes, no addresses), naming the service in the
resident's language when the service itself is at fault ("OmaKanta ei
vastaa"; an identification or bank host is not named), and offers big "Try again"
and "Home screen" buttons; a password question offers "Back" instead of
"Try again", as retrying cannot help.

A native panel rather than a kiosk: page: it must work when the renderer
itself is gone, it follows the kiosk's theme, text size and contrast, and it
retranslates at once when the resident changes the language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.browser.load_failure import Failure
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.widgets import BigButton, scrolling_column


class ServiceErrorPanel(QWidget):
    """What went wrong with the service, in plain words, with a way on."""

    retry = Signal()
    back = Signal()
    home = Signal()
    guides = Signal()   # the offline guides need no browser: offered when the browser cannot start

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service-error")
        self.setProperty("screen", True)
        self.kind = Failure.NOT_ANSWERING
        self._service: dict[str, str] = {}   # the failing service's name per language, if it is named
        self._language = language
        self._busy = False
        self._title = QLabel(self)
        self._title.setObjectName("service-error-title")
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self._body = QLabel(self)
        self._body.setObjectName("service-error-text")
        self._body.setWordWrap(True)
        self._retry = BigButton("service-error-retry", self)
        self._back = BigButton("service-error-back", self)
        self._home = BigButton("service-error-home", self)
        self._guides = BigButton("service-error-guides", self)
        self._retry.clicked.connect(self._on_retry)
        self._guides.clicked.connect(self.guides)
        self._back.clicked.connect(self.back)
        self._home.clicked.connect(self.home)
        box = scrolling_column(self, [self._title, self._body, self._retry, self._back, self._guides,
                                      self._home])
        box.setContentsMargins(48, 32, 48, 32)
        box.setSpacing(24)
        box.addWidget(self._title)
        box.addWidget(self._body)
        box.addWidget(self._retry)
        box.addWidget(self._back)
        box.addWidget(self._guides)
        box.addWidget(self._home)
        box.addStretch(1)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def show_for(self, kind: Failure, service: dict[str, str] | None = None) -> None:
        """Say what happened (to `service`, its name per language, if given); ready for the next "Try again"."""
        self.kind = kind
        self._service = dict(service or {})
        self._busy = False
        self.retranslate()
        # Keyboard and screen-reader users land on the way on, not in the bar.
        (self._retry if kind.can_retry else self._back).setFocus()

    def _on_retry(self) -> None:
        # The panel stays until the page has really loaded: a second failure
        # only changes the words, the resident never sees a half-loaded page.
        self._busy = True
        self.retranslate()
        self.retry.emit()

    def service_name(self) -> str:
        """The name the title gives the service now ("" when it names none)."""
        if not self._service or not self.kind.names_service:
            return ""
        return self._service.get(self._language.code) or next(iter(self._service.values()), "")

    def _title_naming(self, name: str) -> str:
        kind = self.kind
        if kind is Failure.NOT_FOUND:
            title = self.tr("%1 could not be found")
        elif kind is Failure.TIMEOUT:
            title = self.tr("%1 is taking too long")
        elif kind is Failure.SERVER:
            title = self.tr("%1 has a problem")
        else:
            title = self.tr("%1 is not answering")
        return title.replace("%1", name)

    def _texts(self) -> tuple[str, str]:
        title, body = self._generic_texts()
        name = self.service_name()
        return (self._title_naming(name) if name else title), body

    def _generic_texts(self) -> tuple[str, str]:
        kind = self.kind
        if kind is Failure.OFFLINE:
            return (self.tr("This computer is not connected to the internet"),
                    self.tr("The service cannot be opened now. Wait a moment and try again. "
                            "If it still does not work, ask for help."))
        if kind is Failure.NOT_FOUND:
            return (self.tr("The service could not be found"),
                    self.tr("This computer could not find the service. The network may have a problem. "
                            "Wait a moment and try again. If it still does not work, ask for help."))
        if kind is Failure.TIMEOUT:
            return (self.tr("The service is taking too long"),
                    self.tr("The service did not answer in time. It may be very busy. "
                            "Wait a moment and try again."))
        if kind is Failure.UNSAFE:
            return (self.tr("This page cannot be opened safely"),
                    self.tr("The connection to the service could not be checked, so the page was not opened. "
                            "Your information is safe. Try again later or ask for help."))
        if kind is Failure.SERVER:
            return (self.tr("The service has a problem"),
                    self.tr("The service is not working right now. It is not your fault. "
                            "Wait a moment and try again."))
        if kind is Failure.CRASHED:
            return (self.tr("The page stopped working"),
                    self.tr("The page closed suddenly. It is not your fault. "
                            "Press Try again to open the page again."))
        if kind is Failure.NO_BROWSER:
            return (self.tr("Services cannot be opened right now"),
                    self.tr("This computer could not start its browser. It is not your fault. "
                            "Wait a moment and try again. The guides work without it."))
        if kind is Failure.PASSWORD:
            return (self.tr("This page asks for a password that this computer cannot give"),
                    self.tr("You cannot use this page on this computer. "
                            "Go back to the previous page or to the home screen."))
        return (self.tr("The service is not answering"),
                self.tr("The service did not answer. It may be closed or busy. "
                        "Wait a moment and try again. If it still does not work, ask for help."))

    def retranslate(self) -> None:
        title, body = self._texts()
        self._title.setText(title)
        self.setAccessibleName(title)
        self._body.setText(self.tr("Opening the page again…") if self._busy else body)
        self._retry.setVisible(self.kind.can_retry)
        self._retry.setEnabled(not self._busy)
        self._back.setVisible(not self.kind.can_retry)
        self._guides.setVisible(self.kind is Failure.NO_BROWSER)
        self._retry.set_label(self.tr("Try again"))
        self._back.set_label(self.tr("Back to the previous page"))
        self._home.set_label(self.tr("Home screen"))
        self._guides.set_label(self.tr("Open the guides"))
