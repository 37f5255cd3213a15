"""The kiosk's one window: the bar, the screens, the overlays, and the session flow.

A session begins when a resident opens a service (or anything else that keeps
their state) and ends by End session, by the idle timeout or by an admin. The
end removes everything of the resident (see `end_session`) and shows the
signed-out screen before the home screen comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.config import Config
from kiosk.core.guide_catalog import GuideCatalog
from kiosk.core.guides import Guide
from kiosk.core.url_policy import Policy
from kiosk.services.idle import IdleWatcher
from kiosk.services.printing import PrintService
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.browser.browser_screen import BrowserScreen
from kiosk.ui.guides.screen import GuidesScreen
from kiosk.ui.shell.home import HomeScreen
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.nav_bar import NavBar
from kiosk.ui.shell.overlays import ConfirmEnd, IdleWarning, SignedOut
from kiosk.ui.shell.placeholder import ComingSoon
from kiosk.ui.browser.service_area import ServiceArea
from kiosk.web.session_profile import SessionProfile

log = logging.getLogger("kiosk.session")


class MainWindow(QWidget):
    """Shell of the kiosk. `session_ended(reason)` after every wipe."""

    session_started = Signal()
    session_ended = Signal(str)   # "resident", "timeout" or "admin"
    refused = Signal(str, str)    # host, reason

    def __init__(self, config: Config, language: Language, appearance: Appearance,
                 idle: IdleWatcher, policy: Policy, video_policy: Policy | None,
                 make_profile: Callable[[], SessionProfile], *, guides: Sequence[Guide] = ()) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("Digipiste")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.config = config
        self.language = language
        self.appearance = appearance
        self.idle = idle
        self._policy = policy
        self._video_policy = video_policy
        self._make_profile = make_profile
        self._profile: SessionProfile | None = None

        self.nav = NavBar(language, self)
        self.stack = QStackedWidget(self)
        self.home = HomeScreen(config, language, appearance, self.stack)
        # One printer queue for the whole kiosk: the browser and the guides share it.
        self.printing = PrintService(self)
        self.browser = BrowserScreen(language, self.stack, printing=self.printing)
        # The browser sits in a splitter with the guide panel; the area is the stack's page.
        self.service_area = ServiceArea(self.browser, language, self.stack)
        catalog = GuideCatalog(guides, [t.id for t in config.tiles], config.default_language)
        self.guides = GuidesScreen(config, catalog, language, appearance, self.service_area,
                                   printing=self.printing, parent=self.stack)
        self.help = ComingSoon("help-coming-soon", ComingSoon.HELP, language, self.stack)
        for screen in (self.home, self.service_area, self.guides, self.help):
            self.stack.addWidget(screen)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.nav)
        box.addWidget(self.stack, 1)

        self.idle_warning = IdleWarning(language, self)
        self.confirm_end = ConfirmEnd(language, self)
        self.signed_out = SignedOut(language, self)
        self._signed_out_timer = QTimer(self)
        self._signed_out_timer.setSingleShot(True)
        self._signed_out_timer.timeout.connect(self._after_signed_out)

        self.home.tile_chosen.connect(self.open_tile)
        self.nav.home.connect(self.go_home)
        self.nav.back.connect(self.browser.go_back)
        self.nav.guides.connect(self.guides.resume_or_list)
        self.guides.show_me.connect(lambda: self._show(self.guides))
        self.guides.service_wanted.connect(lambda: self._show(self.browser))
        self.nav.help.connect(lambda: self._show(self.help))
        self.nav.end_session.connect(self.request_end)
        self.browser.home_requested.connect(self.go_home)
        self.browser.refused.connect(self.refused)
        self.confirm_end.confirmed.connect(lambda: self.end_session("resident"))
        self.confirm_end.cancelled.connect(self.confirm_end.hide)
        if config.sound_cue:
            # The system bell once, when the warning first appears (connected
            # before the warning shows itself, so it sees it still hidden).
            idle.warning.connect(lambda _s: None if self.idle_warning.isVisible() else QApplication.beep())
        idle.warning.connect(self.idle_warning.show_seconds)
        idle.warning_cleared.connect(self.idle_warning.hide)
        idle.expired.connect(lambda: self.end_session("timeout"))
        self.idle_warning.keep_going.connect(idle.keep_going)
        language.changed.connect(self._retranslate)
        self._retranslate()
        self._show(self.home)

    # -- screens ----------------------------------------------------------------

    @property
    def in_session(self) -> bool:
        return self._profile is not None

    def current_screen(self) -> QWidget:
        page = self.stack.currentWidget()
        return self.browser if page is self.service_area else page

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(self.service_area if screen is self.browser else screen)
        self.nav.set_browsing(screen is self.browser)
        if screen is not self.home:
            self._ensure_session()
        if screen is self.home and self.home.tiles():
            self.home.tiles()[0].setFocus()
        elif screen is not self.browser:
            screen.setFocus()

    def go_home(self) -> None:
        """The home screen; a live session stays (and its idle clock keeps running)."""
        self._show(self.home)

    def open_tile(self, tile_id: str) -> None:
        tile = next((t for t in self.config.tiles if t.id == tile_id), None)
        if tile is None:
            log.error("unknown tile %s", tile_id)
            return
        self._ensure_session()
        self.guides.set_service(tile_id)
        self._show(self.browser)
        self.browser.open(tile.url)
        log.info("tile opened: %s", tile_id)

    # -- session ------------------------------------------------------------------

    def _ensure_session(self) -> None:
        if self._profile is not None:
            return
        self._profile = self._make_profile()
        self.browser.attach(self._profile, self._policy, video_policy=self._video_policy,
                            allow_uploads=self.config.allow_uploads)
        self.idle.start()
        log.info("session started")
        self.session_started.emit()

    def request_end(self) -> None:
        """End session asks once before removing anything."""
        if self._profile is None and self.current_screen() is self.home:
            self._reset_resident_settings()
            return
        self.confirm_end.pop_up()
        self.confirm_end.no.setFocus()

    def end_session(self, reason: str) -> None:
        """Remove everything of the resident, show the signed-out screen, then home."""
        log.info("session ending: %s", reason)
        self.idle.stop()
        self.confirm_end.hide()
        self.idle_warning.hide()
        self.signed_out.show_result(by_timeout=(reason == "timeout"))
        self._wipe()
        self._signed_out_timer.start(self.config.signed_out_s * 1000)
        self.session_ended.emit(reason)

    def _wipe(self) -> None:
        self.browser.discard()
        profile, self._profile = self._profile, None
        if profile is not None:
            profile.destroy()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(clipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(clipboard.Mode.Selection)
        self.guides.end_session()
        # Language and text size go back after the signed-out screen, not under it:
        # it speaks to the resident who just left, in their language.
        self.stack.setCurrentWidget(self.home)
        self.nav.set_browsing(False)

    def _reset_resident_settings(self) -> None:
        self.language.set(self.config.default_language)
        self.appearance.reset()

    def _after_signed_out(self) -> None:
        self._reset_resident_settings()
        self.signed_out.hide()
        self._show(self.home)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Digipiste"))
