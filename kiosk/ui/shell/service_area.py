"""The service with a guide beside it: a splitter of the guide panel and the browser screen.

While a service is open, "Show guide" (`browser-show-guide`) opens the guide
panel next to the page and "Guides for this service" (`browser-guides`) opens
the guides list for the service. The resident drags the wide handle between
them to share the width; the width is kept for the rest of the session only
(`reset_width` at its end). The guide steps are independent of the page.

When the kiosk speaks a language the services do not (anything but Finnish,
Swedish and English), one calm line above the service (`service-language-note`)
says that the service itself is in Finnish, Swedish or English and that the
guide can stay beside it; it goes away while the guide is beside the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from kiosk.core.guides.finnish_words import SERVICE_LANGUAGES
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.theme import MIN_TARGET_PX
from kiosk.ui.shell.widgets import BigButton

# The panel's share of the width when it first opens in a session.
DEFAULT_PANEL_SHARE = 0.38
MIN_PANEL_PX = 380
MIN_SERVICE_PX = 420


class ServiceArea(QWidget):
    """Holds the browser screen; `show_panel(widget)` puts a widget beside it."""

    guides_wanted = Signal()          # "Guides for this service"
    show_guide_toggled = Signal(bool)  # "Show guide" pressed (True) / "Hide guide" (False)

    def __init__(self, browser: QWidget, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service-area")
        self.browser = browser
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("guide-splitter")
        self.splitter.setChildrenCollapsible(False)
        # A handle a finger can hold: at least 9 mm on the reference screen.
        self.splitter.setHandleWidth(MIN_TARGET_PX)
        self.splitter.setStyleSheet("QSplitter::handle { background: #6b7280; }"
                                    "QSplitter::handle:pressed { background: #1a1a1a; }")
        self.panel = QWidget(self.splitter)
        self.panel.setObjectName("guide-panel")
        self.panel.setProperty("screen", True)
        self.panel.setMinimumWidth(MIN_PANEL_PX)
        self._panel_box = QVBoxLayout(self.panel)
        self._panel_box.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(browser)
        browser.setMinimumWidth(MIN_SERVICE_PX)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.panel.hide()
        self._panel_px: int | None = None   # the resident's width, this session only
        self.splitter.splitterMoved.connect(self._remember_width)

        self.guides_button = BigButton("browser-guides", self)
        self.guides_button.clicked.connect(self.guides_wanted)
        self.show_guide_button = BigButton("browser-show-guide", self)
        self.show_guide_button.setCheckable(True)
        self.show_guide_button.clicked.connect(self._on_show_clicked)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        toolbar = getattr(browser, "toolbar", None)
        if toolbar is not None and hasattr(toolbar, "add_button"):
            # The browser's slim row above the page has room for two more buttons.
            toolbar.add_button(self.guides_button)
            toolbar.add_button(self.show_guide_button)
        else:
            row = QHBoxLayout()
            row.setContentsMargins(16, 6, 16, 6)
            row.addStretch(1)
            row.addWidget(self.guides_button)
            row.addWidget(self.show_guide_button)
            box.addLayout(row)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("service-language-note")
        self.language_note.setProperty("role", "muted")
        self.language_note.setWordWrap(True)
        self.language_note.setContentsMargins(16, 6, 16, 6)
        box.addWidget(self.language_note)
        box.addWidget(self.splitter, 1)
        self._language = language
        language.changed.connect(self.retranslate)
        self.retranslate()

    # -- the panel -------------------------------------------------------------------

    def panel_shown(self) -> bool:
        return not self.panel.isHidden()

    def _update_note(self) -> None:
        """The line about the service's languages: only in other languages, and not while the guide is beside."""
        self.language_note.setVisible(self._language.code not in SERVICE_LANGUAGES and not self.panel_shown())

    def show_panel(self, widget: QWidget) -> None:
        """Put `widget` in the panel and show it next to the service."""
        if widget.parentWidget() is not self.panel:
            self._panel_box.addWidget(widget)
        widget.show()
        was_hidden = self.panel.isHidden()
        self.panel.show()
        if was_hidden:
            self._apply_width()
        self._set_checked(True)

    def hide_panel(self) -> None:
        self.panel.hide()
        self._set_checked(False)

    def panel_width(self) -> int:
        return self.splitter.sizes()[0] if self.panel_shown() else 0

    def reset_width(self) -> None:
        """Forget the resident's width (end of session)."""
        self._panel_px = None
        if self.panel_shown():
            self._apply_width()

    def set_panel_width(self, px: int) -> None:
        """Give the panel `px` pixels (what dragging the handle does)."""
        total = sum(self.splitter.sizes()) or self.width()
        px = max(MIN_PANEL_PX, min(px, total - MIN_SERVICE_PX))
        self.splitter.setSizes([px, max(0, total - px)])
        self._remember_width()

    def _apply_width(self) -> None:
        total = sum(self.splitter.sizes()) or self.splitter.width() or self.width()
        px = self._panel_px if self._panel_px is not None else int(total * DEFAULT_PANEL_SHARE)
        px = max(MIN_PANEL_PX, min(px, max(MIN_PANEL_PX, total - MIN_SERVICE_PX)))
        self.splitter.setSizes([px, max(0, total - px)])

    def _remember_width(self, *_args) -> None:
        if self.panel_shown():
            self._panel_px = self.splitter.sizes()[0]

    # -- buttons ---------------------------------------------------------------------

    def _on_show_clicked(self, checked: bool) -> None:
        # The check mark follows the panel, not the click: the owner decides.
        self._set_checked(self.panel_shown())
        self.show_guide_toggled.emit(checked)

    def _set_checked(self, on: bool) -> None:
        self.show_guide_button.setChecked(on)
        self.retranslate()

    def retranslate(self) -> None:
        self.guides_button.set_label(self.tr("Guides for this service"))
        if self.show_guide_button.isChecked():
            self.show_guide_button.set_label(self.tr("Hide guide"), self.tr("Hide the guide next to the service"))
        else:
            self.show_guide_button.set_label(self.tr("Show guide"), self.tr("Show a guide next to the service"))
        note = self.tr("This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.")
        self.language_note.setText(note)
        self.language_note.setAccessibleName(note)
        self._update_note()
