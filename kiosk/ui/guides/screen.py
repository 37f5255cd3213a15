"""The guides screen: the list, the viewer, and where a guide is shown.

One `GuideView` serves the whole kiosk. It sits full screen in this screen,
or narrow in the side panel next to the open service (`ServiceArea`); moving
it keeps the step the resident is on. Opening a guide from the list while a
service is open asks once: next to the service, or on the whole screen.
"Show guide" in the browser opens that service's guides: the guide already
beside it (at the same step) or an open guide of that service; otherwise the
list of the service's guides, where a choice then opens beside the service
straight away, or its only guide. Never the last guide of the session when it
belongs to something else (a resident in OmaKanta gets no Kela guide).

The screen never switches the main window's screens itself: it asks with
`show_me` and `service_wanted`, and MainWindow decides.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from kiosk.core.config.site import Config
from kiosk.core.guides.catalog import GuideCatalog
from kiosk.services.printing import PrintService
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.guides.listing import GuideList
from kiosk.ui.guides.view import GuideView
from kiosk.ui.shell.i18n import Language, directional
from kiosk.ui.shell.service_area import ServiceArea
from kiosk.ui.guides.speech import SpeakerFactory, no_speaker
from kiosk.ui.shell.widgets import BigButton

log = logging.getLogger("kiosk.guides")


class _OpenChoice(QWidget):
    """`guide-open-choice`: next to the service, or on the whole screen?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-open-choice")
        self.setProperty("screen", True)
        self.question = QLabel(self)
        self.question.setProperty("role", "title")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guide_title = QLabel(self)
        self.guide_title.setObjectName("guide-open-title")
        self.guide_title.setWordWrap(True)
        self.guide_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.beside = BigButton("guide-open-beside", self)
        self.full = BigButton("guide-open-full", self)
        self.cancel = BigButton("guide-open-cancel", self)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addStretch(1)
        row.addWidget(self.beside)
        row.addWidget(self.full)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(64, 48, 64, 48)
        box.setSpacing(24)
        box.addStretch(1)
        box.addWidget(self.question)
        box.addWidget(self.guide_title)
        box.addLayout(row)
        box.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)


class GuidesScreen(QWidget):
    """`guides-screen`: list (`guides`), the open-choice, and the full-screen viewer."""

    show_me = Signal()          # please show the guides screen
    service_wanted = Signal()   # please show the service (the guide went beside it)

    def __init__(self, config: Config, catalog: GuideCatalog, language: Language, appearance: Appearance,
                 area: ServiceArea, *, printing: PrintService | None = None,
                 speaker_factory: SpeakerFactory = no_speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides-screen")
        self.setProperty("screen", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.catalog = catalog
        self._config = config
        self._language = language
        self._area = area
        self.speaker_factory = speaker_factory   # build(speaker_factory=...) hands in a fake
        self._speaker_asked = False
        self._service: str | None = None      # the tile open in the browser, if any
        self._filter: str | None = None
        self._beside_next = False             # the next guide chosen opens beside the service
        self._pending: str | None = None      # chosen, waiting for the open-choice answer
        self._beside_of: str | None = None    # the service the open guide was last placed beside

        # -- the list page
        self._list_page = QWidget(self)
        self._heading = QLabel(self._list_page)
        self._heading.setObjectName("guides-heading")
        self._heading.setProperty("role", "title")
        self._heading.setWordWrap(True)
        self._all = BigButton("guides-all", self._list_page)
        self._all.clicked.connect(lambda: self.open_list(None, beside=self._beside_next))
        # While a service is open, the way back to it without choosing a guide.
        self._to_service = BigButton("guides-back-to-service", self._list_page)
        self._to_service.clicked.connect(self.service_wanted)
        self._empty = QLabel(self._list_page)
        self._empty.setObjectName("guides-empty")
        self._empty.setWordWrap(True)
        self.list = GuideList(config, catalog, language, appearance, self._list_page)
        self.list.chosen.connect(self._on_chosen)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._heading, 1)
        top.addWidget(self._all)
        top.addWidget(self._to_service)
        list_box = QVBoxLayout(self._list_page)
        list_box.setContentsMargins(32, 24, 32, 0)
        list_box.setSpacing(12)
        list_box.addLayout(top)
        list_box.addWidget(self._empty)
        list_box.addWidget(self.list, 1)

        # -- the open-choice page
        self._choice = _OpenChoice(self)
        self._choice.beside.clicked.connect(lambda: self._answer_choice(beside=True))
        self._choice.full.clicked.connect(lambda: self._answer_choice(beside=False))
        self._choice.cancel.clicked.connect(lambda: self._show_page(self._list_page))

        # -- the full-screen viewer page
        self._viewer_page = QWidget(self)
        self._viewer_box = QVBoxLayout(self._viewer_page)
        self._viewer_box.setContentsMargins(0, 0, 0, 0)
        self.viewer = GuideView(language, appearance, default_language=config.default_language,
                                printing=printing, parent=self._viewer_page)
        self._viewer_box.addWidget(self.viewer)
        self._beside_button = BigButton("guide-beside", self.viewer)
        self._beside_button.clicked.connect(self._place_beside)
        self.viewer.add_tool(self._beside_button)
        self.viewer.answered.connect(self._on_answered)
        self.viewer.close_requested.connect(self.close_guide)

        self._pages = QStackedLayout(self)
        for page in (self._list_page, self._choice, self._viewer_page):
            self._pages.addWidget(page)

        area.guides_wanted.connect(lambda: self.open_list(self._service))
        area.show_guide_toggled.connect(self._on_show_guide)
        language.changed.connect(self.retranslate)
        self.retranslate()

    # -- state -----------------------------------------------------------------------

    @property
    def area(self) -> ServiceArea:
        return self._area

    def set_service(self, tile_id: str | None) -> None:
        """The service now open in the browser (None: no service open).

        A guide beside the previous service that is not this one's goes out of
        sight (it comes back with that service's "Show guide").
        """
        self._service = tile_id
        guide = self.viewer.guide
        if self.beside() and self._area.panel_shown() and not self._belongs_here(guide):
            self._area.hide_panel()
        self.retranslate()

    def _belongs_here(self, guide) -> bool:
        """The guide is the open service's, or the resident put it beside this service."""
        return guide is not None and self._service is not None and self._service in (guide.service, self._beside_of)

    def current_page(self) -> QWidget:
        return self._pages.currentWidget()

    def showing_list(self) -> bool:
        return self._pages.currentWidget() is self._list_page

    def beside(self) -> bool:
        """True when the viewer is in the panel next to the service."""
        return self.viewer.parentWidget() is self._area.panel

    # -- the list --------------------------------------------------------------------

    def resume_or_list(self) -> None:
        """The Guides button: the guide open on the whole screen, else the list of all guides."""
        if self._pages.currentWidget() is self._viewer_page and self.viewer.guide is not None:
            self._focus(self.viewer.next_button if self.viewer.next_button.isVisible() else self.viewer)
            self.show_me.emit()
        else:
            self.open_list(None)

    def open_list(self, service: str | None = None, *, beside: bool = False) -> None:
        """Show the list (one service's guides, or all) and ask to be shown."""
        other_list = service != self._filter
        self._filter = service
        self._beside_next = beside
        self.list.set_service(service)
        if other_list:
            # A service's few guides open at their top, not where the whole list was scrolled to.
            self.list.back_to_top()
        self.retranslate()
        self._show_page(self._list_page)
        self.show_me.emit()

    def _show_page(self, page: QWidget) -> None:
        self._pages.setCurrentWidget(page)
        if page is self._list_page:
            ids = self.list.visible_ids()
            self._focus(self.list.buttons().get(ids[0]) if ids else self._all)
        elif page is self._choice:
            self._focus(self._choice.beside)

    def _focus(self, widget: QWidget) -> None:
        # MainWindow focuses the screen itself when it shows it: the proxy passes that on.
        self.setFocusProxy(widget)
        widget.setFocus()

    def _on_chosen(self, guide_id: str) -> None:
        if self._beside_next and self._service is not None:
            self.open_guide(guide_id, beside=True)
        elif self._service is not None:
            guide = self.catalog.get(guide_id)
            self._pending = guide_id
            if guide is not None:
                self._choice.guide_title.setText(guide.title(self._language.code, self._config.default_language))
            self.retranslate()
            self._show_page(self._choice)
        else:
            self.open_guide(guide_id, beside=False)

    def _answer_choice(self, *, beside: bool) -> None:
        guide_id, self._pending = self._pending, None
        if guide_id is not None:
            self.open_guide(guide_id, beside=beside)

    # -- the viewer ------------------------------------------------------------------

    def open_guide(self, guide_id: str, *, beside: bool = False, step: int = 0) -> bool:
        """Open a guide full screen or next to the service; False when there is no such guide."""
        guide = self.catalog.get(guide_id)
        if guide is None:
            log.error("no guide %s", guide_id)
            return False
        self._ensure_speaker()
        self.viewer.open(guide, step)
        self._beside_next = False
        self._beside_of = None
        if beside and self._service is not None:
            self._place_beside()
        else:
            self._place_full()
        return True

    def _place_full(self) -> None:
        if self.viewer.parentWidget() is not self._viewer_page:
            self._viewer_box.addWidget(self.viewer)
            self._area.hide_panel()
        self.viewer.set_compact(False)
        self._beside_button.setVisible(self._service is not None)
        self.viewer.show()
        self._pages.setCurrentWidget(self._viewer_page)
        self._focus(self.viewer.next_button)
        self.show_me.emit()

    def _place_beside(self) -> None:
        self._beside_of = self._service
        self._beside_button.hide()
        self.viewer.set_compact(True)
        self._area.show_panel(self.viewer)
        self._show_page(self._list_page)
        self.service_wanted.emit()
        self.viewer.next_button.setFocus()

    def _on_show_guide(self, show: bool) -> None:
        if not show:
            self._area.hide_panel()
            return
        if self._belongs_here(self.viewer.guide):
            self._place_beside()
        else:
            self.open_service_guides()

    def open_service_guides(self) -> None:
        """Beside the open service: its only guide, else the list of its guides."""
        guides = self.catalog.for_service(self._service, self._language.code) if self._service else []
        if len(guides) == 1:
            self.open_guide(guides[0].id, beside=True)
        else:
            self.open_list(self._service, beside=True)

    def close_guide(self) -> None:
        """Close the guide: back to the list (full screen) or back to the service (beside)."""
        was_beside = self.beside() and self._area.panel_shown()
        self.viewer.clear()
        if was_beside:
            self._area.hide_panel()
            self._place_viewer_home()
        else:
            self.open_list(self._filter)

    def _on_answered(self, _guide_id: str, _answer: str) -> None:
        self.close_guide()

    def _place_viewer_home(self) -> None:
        if self.viewer.parentWidget() is not self._viewer_page:
            self._viewer_box.addWidget(self.viewer)
        self.viewer.set_compact(False)

    def speaker(self):
        """The voice of read aloud (made on first use), shared with the help queue; None without one."""
        self._ensure_speaker()
        return self.viewer.speaker

    def _ensure_speaker(self) -> None:
        if self._speaker_asked or self.viewer.speaker_chosen:
            return
        self._speaker_asked = True
        # Returns at once: the kiosk's speaker was made (and started) by build(), which owns it.
        self.viewer.set_speaker(self.speaker_factory())

    # -- session ---------------------------------------------------------------------

    def end_session(self) -> None:
        """Close any guide, hide the side panel, forget its width and the service; the list back at its top."""
        self.viewer.clear()
        self._area.hide_panel()
        self._area.reset_width()
        self._place_viewer_home()
        self._service = None
        self._pending = None
        self._beside_of = None
        self._filter = None
        self._beside_next = False
        self.list.set_service(None)
        self.list.back_to_top()
        self.retranslate()
        self._pages.setCurrentWidget(self._list_page)

    # -- words -----------------------------------------------------------------------

    def retranslate(self) -> None:
        if self._filter is None:
            self._heading.setText(self.tr("Guides"))
        else:
            self._heading.setText(self.tr("Guides for %1").replace("%1", self.list.service_label(self._filter)))
        self._all.set_label(self.tr("Show all guides"))
        self._all.setVisible(self._filter is not None)
        self._empty.setText(self.tr("There are no guides for this service yet. "
                                    "Tap Show all guides to see the others."))
        self._empty.setVisible(self._filter is not None and not self.list.visible_ids())
        service = self.list.service_label(self._service) if self._service else ""
        self._choice.question.setText(self.tr("Where do you want to read the guide?"))
        self._choice.beside.set_label(self.tr("Next to %1").replace("%1", service) if service
                                      else self.tr("Next to the service"),
                                      self.tr("Show the guide next to the service"))
        self._choice.full.set_label(self.tr("On the whole screen"))
        self._choice.cancel.set_label(self.tr("Back to the guides"))
        self._to_service.set_label(directional(self.tr("← Back to %1")).replace("%1", service) if service else "",
                                   self.tr("Back to %1").replace("%1", service) if service else "")
        self._to_service.setVisible(bool(service))
        self._beside_button.set_label(self.tr("Next to %1").replace("%1", service) if service else "",
                                      self.tr("Show the guide next to the service"))
        self.setAccessibleName(self._heading.text())
