"""The kiosk's one window: the bar, the screens and the overlays.

The session itself belongs to `SessionService` (kiosk.services.session): the
window asks it to start one when a resident leaves the home screen, asks it to
end one after "End session" is confirmed, and shows the signed-out screen when
it says a session ended. What a session keeps, and how it is wiped, is wired
in the composition root (kiosk.app / kiosk.wiring), not here.

Only the bar, the home screen and the overlays are built before the first
frame. The browser, its guide panel and the guides screen (with their imports
and the guide catalog) are built by `build_screens()`, and what the
composition root and the features hand to `defer(builder)` (the help screens,
the admin view, the usage log, ...) by `finish_start()`, which runs both once:
just after the first frame, at the first input the window sees (before it is
delivered), or at the first use of `browser`, `service_area`, `guides` or
`help`, whichever comes first. `when_built(callback)` lets the composition
root wire the screens as soon as they exist.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.config.site import Config
from kiosk.services.idle import IdleWatcher
from kiosk.services.printing import PrintService
from kiosk.services.session import SessionService
from kiosk.ui.feedback.question import SessionFeedback
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.home import HomeScreen
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.language_picker import LanguagePicker
from kiosk.ui.shell.nav_bar import NavBar
from kiosk.ui.shell.overlays import ConfirmEnd, IdleWarning, SignedOut
from kiosk.ui.shell.placeholder import ComingSoon

if TYPE_CHECKING:
    from kiosk.core.guides.catalog import GuideCatalog
    from kiosk.ui.browser.browser_screen import BrowserScreen
    from kiosk.ui.guides.screen import GuidesScreen
    from kiosk.ui.guides.speech import SpeakerFactory
    from kiosk.ui.shell.service_area import ServiceArea

log = logging.getLogger("kiosk.session")


class MainWindow(QWidget):
    """Shell of the kiosk: shows screens and overlays; `tile_opened(id)` for the event hub."""

    tile_opened = Signal(str)
    help_opened = Signal()   # the help screen was asked for (the bar, the help strip): its feature fills it

    def __init__(self, config: Config, language: Language, appearance: Appearance,
                 idle: IdleWatcher, session: SessionService, printing: PrintService,
                 catalog: Callable[[], GuideCatalog], *, speaker_factory: SpeakerFactory | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("Digipiste")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.config = config
        self.language = language
        self.appearance = appearance
        self.idle = idle
        self.session = session
        self.printing = printing
        self._catalog = catalog
        self._speaker_factory = speaker_factory
        self._browser: BrowserScreen | None = None
        self._service_area: ServiceArea | None = None
        self._guides: GuidesScreen | None = None
        self._when_built: list[Callable[[], None]] = []
        self._deferred: list[Callable[[], None]] = []
        self._finished = False
        self._before_help: QWidget | None = None   # where "Ask for help" was tapped

        self.nav = NavBar(language, self)
        self.stack = QStackedWidget(self)
        self.home = HomeScreen(config, language, appearance, self.stack)
        # Replaced by the help queue's screen (set_help_screen); kept as the calm
        # fallback when the help queue could not start (build() logs why).
        self._help = ComingSoon("help-coming-soon", ComingSoon.HELP, language, self.stack)
        self.language_picker = LanguagePicker(list(config.languages), language, self.stack)
        self._before_languages: QWidget | None = None   # where the picker was opened
        for screen in (self.home, self._help, self.language_picker):
            self.stack.addWidget(screen)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.nav)
        box.addWidget(self.stack, 1)

        self.idle_warning = IdleWarning(language, self)
        self.confirm_end = ConfirmEnd(language, self)
        self.feedback = SessionFeedback(language, self)
        self.signed_out = SignedOut(language, self)
        self._signed_out_timer = QTimer(self)
        self._signed_out_timer.setSingleShot(True)
        self._signed_out_timer.timeout.connect(self._after_signed_out)

        self.home.tile_chosen.connect(self.open_tile)
        self.nav.home.connect(self.go_home)
        self.nav.back.connect(lambda: self.browser.go_back())
        self.nav.guides.connect(lambda: self.guides.resume_or_list())
        self.nav.help.connect(self.open_help)
        self.nav.end_session.connect(self.request_end)
        self.nav.languages.connect(self.open_languages)
        self.nav.btn_language.setVisible(len(config.languages) > 1)
        self.home.languages_wanted.connect(self.open_languages)
        self.language_picker.chosen.connect(self._language_chosen)
        self.language_picker.cancelled.connect(self._back_from_languages)
        # After "Yes, end": one optional question (never at a timeout), then the wipe.
        self.confirm_end.confirmed.connect(lambda: self.feedback.ask(lambda: session.end("resident")))
        session.ended.connect(lambda _reason: self.feedback.cancel())
        self.confirm_end.cancelled.connect(self.confirm_end.hide)
        session.ended.connect(self._show_signed_out)
        session.ended.connect(self._forget_before_help)
        if config.sound_cue:
            # The system bell once, when the warning first appears (connected
            # before the warning shows itself, so it sees it still hidden).
            idle.warning.connect(lambda _s: None if self.idle_warning.isVisible() else QApplication.beep())
        idle.warning.connect(self.idle_warning.show_seconds)
        idle.warning_cleared.connect(self.idle_warning.hide)
        self.idle_warning.keep_going.connect(idle.keep_going)
        language.changed.connect(self._retranslate)
        self._retranslate()
        self._show(self.home)

    # -- screens built after the first frame -----------------------------------------

    @property
    def screens_built(self) -> bool:
        return self._guides is not None

    def when_built(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the browser and guides screens exist (now, if they do)."""
        if self.screens_built:
            callback()
        else:
            self._when_built.append(callback)

    def build_screens(self) -> None:
        """Build the browser, its guide panel and the guides screen (once)."""
        if self._guides is not None:
            return
        from kiosk.ui.browser.browser_screen import BrowserScreen
        from kiosk.ui.shell.service_area import ServiceArea
        from kiosk.ui.guides.screen import GuidesScreen

        language, printing = self.language, self.printing
        browser = BrowserScreen(language, self.stack, printing=printing)
        # The browser sits in a splitter with the guide panel; the area is the stack's page.
        area = ServiceArea(browser, language, self.stack)
        extra = {"speaker_factory": self._speaker_factory} if self._speaker_factory else {}
        guides = GuidesScreen(self.config, self._catalog(), language, self.appearance, area,
                              printing=printing, parent=self.stack, **extra)
        self._browser, self._service_area, self._guides = browser, area, guides
        self.stack.insertWidget(1, area)
        self.stack.insertWidget(2, guides)
        guides.show_me.connect(lambda: self._show(guides))
        guides.service_wanted.connect(lambda: self._show(browser))
        browser.home_requested.connect(self.go_home)
        browser.guides_requested.connect(lambda: guides.open_list())
        callbacks, self._when_built = self._when_built, []
        for callback in callbacks:
            callback()

    def defer(self, builder: Callable[[], None]) -> None:
        """Run `builder` in `finish_start()` (now, if the start is finished)."""
        if self._finished:
            builder()
        else:
            self._deferred.append(builder)

    @property
    def start_finished(self) -> bool:
        return self._finished

    def finish_start(self) -> None:
        """Build what waited for the first frame: the screens, then the deferred parts in order. Once."""
        if self._finished:
            return
        self._finished = True
        self.build_screens()
        while self._deferred:
            builder = self._deferred.pop(0)
            try:
                builder()
            except Exception:   # one part's fault must not stop the others (build() logs the same way)
                log.exception("a part of the kiosk failed to start")

    @property
    def help(self) -> QWidget:
        """The help screen (the help queue's, once the start is finished; else the calm fallback)."""
        self.finish_start()
        return self._help

    # -- slots the features plug into (kiosk.app's install steps) ------------------------------

    def add_screen(self, screen: QWidget) -> None:
        """A screen of a feature in the stack, shown by that feature (or by the bar's buttons)."""
        self.stack.addWidget(screen)

    def set_help_screen(self, screen: QWidget) -> None:
        """The screen the bar's "Ask for help" shows, instead of the calm fallback."""
        self.add_screen(screen)
        self._help = screen

    def add_bar_strip(self, strip: QWidget) -> None:
        """A full-width strip right under the bar (the help queue's status)."""
        box = self.layout()
        box.insertWidget(box.indexOf(self.nav) + 1, strip)

    def add_home_row(self, line: QWidget, corner: QWidget | None = None) -> None:
        """A row under the home screen's prompt: `line` takes the room, `corner` sits at its far right."""
        row = QHBoxLayout()
        row.addWidget(line, 1)
        if corner is not None:
            row.addWidget(corner, 0, Qt.AlignmentFlag.AlignRight)
        self.home.add_under_prompt(row)

    @property
    def browser(self) -> BrowserScreen:
        self.finish_start()
        return self._browser

    @property
    def service_area(self) -> ServiceArea:
        self.finish_start()
        return self._service_area

    @property
    def guides(self) -> GuidesScreen:
        self.finish_start()
        return self._guides

    # -- screens ----------------------------------------------------------------

    @property
    def in_session(self) -> bool:
        return self.session.active

    def current_screen(self) -> QWidget:
        page = self.stack.currentWidget()
        return self._browser if page is not None and page is self._service_area else page

    def _show(self, screen: QWidget) -> None:
        browsing = screen is not None and screen is self._browser
        self.stack.setCurrentWidget(self._service_area if browsing else screen)
        self.nav.set_browsing(browsing)
        if screen is not self.home:
            self.session.ensure_started()
        if screen is self.home and self.home.tiles():
            self.home.tiles()[0].setFocus()
        elif not browsing:
            screen.setFocus()

    def go_home(self) -> None:
        """The home screen; a live session stays (and its idle clock keeps running)."""
        self._show(self.home)

    def open_help(self) -> None:
        """The help screen ("Ask for help", the help strip); remembers where the resident was."""
        current = self.current_screen()
        if current is not None and current is not self._help:
            self._before_help = current
        self._show(self.help)
        self.help_opened.emit()

    def back_from_help(self) -> None:
        """"Keep working": the screen help was asked from, as it was (the service's page is not reloaded)."""
        screen, self._before_help = self._before_help, None
        self._show(screen if screen is not None and screen is not self._help else self.home)

    def _forget_before_help(self, _reason: str = "") -> None:
        self._before_help = None
        self._before_languages = None

    def open_languages(self) -> None:
        """The language picker (home's "Other languages", the bar's language); remembers where the resident was."""
        current = self.current_screen()
        if current is not None and current is not self.language_picker:
            self._before_languages = current
        self.stack.setCurrentWidget(self.language_picker)
        self.nav.set_browsing(False)
        self.session.ensure_started()
        self.language_picker.focus_current()

    def _language_chosen(self, code: str) -> None:
        self.language.set(code)
        self._back_from_languages()

    def _back_from_languages(self) -> None:
        screen, self._before_languages = self._before_languages, None
        self._show(screen if screen is not None and screen is not self.language_picker else self.home)

    def open_tile(self, tile_id: str) -> None:
        tile = next((t for t in self.config.tiles if t.id == tile_id), None)
        if tile is None:
            log.error("unknown tile %s", tile_id)
            return
        self.session.ensure_started()
        self.guides.set_service(tile_id)
        self._show(self.browser)
        self.browser.open(tile.url, tile)
        log.info("tile opened: %s", tile_id)
        self.tile_opened.emit(tile_id)

    def recover(self) -> None:
        """After an unexpected error: close the question overlay and show the home screen."""
        self.confirm_end.hide()
        self.go_home()

    def stop(self) -> None:
        """At shutdown: no timer of the window fires any more."""
        self._signed_out_timer.stop()

    # -- the end of a session ----------------------------------------------------------

    def request_end(self) -> None:
        """End session asks once before removing anything."""
        if not self.session.active and self.current_screen() is self.home:
            # Nothing to remove but the settings a resident may have changed on home.
            self.session.reset()
            return
        self.confirm_end.pop_up()
        self.confirm_end.no.setFocus()

    def _show_signed_out(self, reason: str) -> None:
        """The session service wiped everything: say so, then home."""
        self.confirm_end.hide()
        self.idle_warning.hide()
        self.stack.setCurrentWidget(self.home)
        self.nav.set_browsing(False)
        self.signed_out.show_result(by_timeout=(reason == "timeout"))
        self._signed_out_timer.start(self.config.signed_out_s * 1000)

    def _after_signed_out(self) -> None:
        self.signed_out.hide()
        self._show(self.home)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Digipiste"))
