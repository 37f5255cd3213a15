"""The help queue's part of the start: `install_help(HelpParts(...))` (a step of kiosk.app.build).

Plugs into the window's slots: the request screen as its help screen (the
bar's "Ask for help" opens it), the resident's status as a strip under the bar,
the help-hours line with the helpers' entrance as a home row; the helper PIN
pad and view go over the window. What it needs of other features (the guide
open now, its title, the read-aloud voice) comes in `HelpParts` as callables,
so this module imports no other feature.
The controller talks to the HelpQueue service; the screens only report what
people pressed. While a resident's request is open the idle timeout stretches
to `helpers.waiting_timeout_min`; the end of the session (End session or the
stretched timeout) cancels the request as "left".

With `[helpers.broker]` the queue is the service point's (kiosk.services.help_point):
the helper view lists every terminal's requests and a helper calls or closes any of them;
the resident sees their place among everyone waiting at the point. Without it, this
terminal's own queue, exactly as before.

The helpers' entrance is a small "For helpers" button in the bottom-right
corner of the home screen, apart from the big tiles, and asks for a PIN, so a
resident who taps it by mistake only sees a PIN pad with a Cancel button.

`HelpController` is made here and wired to the window; what it does is in three sides, one
module each: the resident's (resident_side.py), the helpers' (helper_side.py) and the shared
queue of the point (point_side.py).
"""

from __future__ import annotations

import time as _time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import Schedule, WeeklyShift
from kiosk.core.session.pin_lockout import PinLockout
from kiosk.core.config.site import Config
from kiosk.services.events import EventHub
from kiosk.services.help_queue import HelpQueue
from kiosk.services.idle import IdleWatcher
from kiosk.services.session import SessionService
from kiosk.services.storage_worker import StorageWorker
from kiosk.ui.help.helper_side import AUTO_CLOSE_S, HelperSide
from kiosk.ui.help.point_side import DOING_MS, PointSide
from kiosk.ui.help.resident_side import ResidentSide
from kiosk.ui.help.status import HelpHoursLine, HelpStatusStrip, HelpTexts
from kiosk.ui.shell.theme import MIN_TARGET_PX
from kiosk.ui.shell.widgets import BigButton

if TYPE_CHECKING:
    from kiosk.ui.shell.main_window import MainWindow

__all__ = ["HelpController", "HelpParts", "install_help", "schedule_from_config"]

# How often the bar's status and the help-hours line are worked out again (a shift starts, ends).
REFRESH_MS = 30_000


def schedule_from_config(cfg) -> Schedule:
    def t(minutes: int) -> time:
        return time(minutes // 60, minutes % 60)
    return Schedule.build(
        cfg.time_zone,
        [WeeklyShift(s.day, t(s.start_min), t(s.end_min), s.who) for s in cfg.shifts],
        cfg.help.holidays,
        cfg.help.extra_dates)


@dataclass(frozen=True)
class HelpParts:
    """What the help queue needs: the window's slots, the kiosk's services, and three questions
    to other features (asked, never imported)."""

    window: MainWindow
    config: Config
    session: SessionService
    idle: IdleWatcher | None
    storage: StorageWorker             # the kiosk's own worker: the queue's requests are stored there
    events: EventHub
    guide_position: Callable[[], tuple[str, int] | None]   # (guide id, step index) open now, if any
    guide_title: Callable[[str, str], str]                 # (guide id, language) -> its title
    speaker: Callable[[], object | None]                   # the read-aloud voice ("Your turn"), or None


class HelpController(ResidentSide, HelperSide, PointSide, QObject):
    """Resident screen + bar status + home line + helper view, around one HelpQueue.

    Its state is made here; its three sides (the mixins) act on it.
    """

    def __init__(self, parts: HelpParts, *, clock=None, pin_clock=_time.monotonic) -> None:
        window = parts.window
        super().__init__(window)
        cfg = parts.config
        self.window, self.cfg, self.idle = window, cfg, parts.idle
        self._parts = parts
        self.storage = parts.storage
        self.queue = HelpQueue(schedule_from_config(cfg), self.storage, parts.events,
                               default_handling_min=float(cfg.help.default_handling_min),
                               clock=clock or (lambda: datetime.now(UTC)),
                               # the same wait as the storage worker's (build(storage_retry_s=...))
                               retry_s=getattr(self.storage, "retry_s", 30.0), parent=self)
        self.texts = HelpTexts(self)
        self._service = ""          # the tile opened in this session (recorded with a request)
        self._who = ""              # pseudonym of the helper logged in
        self._speaker = None        # made when first needed (kiosk/ui/guides/speech.py)
        self._speaker_asked = False

        # The request screen and the helpers' view are built after the first
        # frame (MainWindow.finish_start); before that only what home shows.
        self._screen = None
        self._view = None
        self._add_to_window(window, cfg)

        # Made on first use: its digit buttons share their names with the admin pad's.
        self._pin_pad = None
        self._lockout = PinLockout(clock=pin_clock)
        self.auto_close = QTimer(self)
        self.auto_close.setSingleShot(True)
        self.auto_close.setInterval(AUTO_CLOSE_S * 1000)
        self.auto_close.timeout.connect(self._close_after_inactivity)
        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self.update)
        self._tick.start()

        window.tile_opened.connect(self._service_opened)
        window.help_opened.connect(self.open_screen)
        self.status_button.clicked.connect(window.open_help)
        # A waiting request is left as a step of the wipe (still inside the
        # session, so its event belongs to it); the helpers' view closes too.
        parts.session.add_reset("help request", lambda: self._session_ended("ended"))
        parts.session.ended.connect(lambda _reason: self.close_view())
        self.entry.clicked.connect(self.open_login)
        self.queue.changed.connect(self.update)
        self.queue.my_turn.connect(self._my_turn)
        if self.idle is not None:
            self.idle.input_seen.connect(self._input_seen)
        window.language.changed.connect(self.update)
        self.point = None
        self._doing = QTimer(self)
        self._doing.setInterval(DOING_MS)
        self._doing.timeout.connect(self._publish_doing)
        if getattr(cfg, "broker", None) is not None:
            self._start_point(cfg)
        self.queue.load()
        self.update()
        window.defer(self.build_screens)

    def _add_to_window(self, window: MainWindow, cfg: Config) -> None:
        """What home shows from the first frame: the status strip under the bar, the help-hours row."""
        self.status_strip = HelpStatusStrip(window.appearance, window)
        self.status_button = self.status_strip.button
        window.add_bar_strip(self.status_strip)
        # One row under the prompt: when help is here, and at its far right the helpers' entrance.
        self.hours_line = HelpHoursLine()
        self.entry = BigButton("helper-entry")
        self.entry.setProperty("role", "helper-entry")
        # Small and plain (still a 9 mm target): not one of the resident's big buttons.
        self.entry.setStyleSheet(f"QPushButton#helper-entry {{ min-height: {MIN_TARGET_PX}px; padding: 2px 12px; }}")
        window.add_home_row(self.hours_line, self.entry)
        self.entry.setVisible(bool(cfg.helper_pin_hash or cfg.help.people))

    def build_screens(self) -> None:
        """The request screen and the helpers' view (once; MainWindow.finish_start calls it)."""
        if self._screen is not None:
            return
        from kiosk.ui.help.helper_view import HelperView
        from kiosk.ui.help.request_screen import HelpScreen

        window, cfg = self.window, self.cfg
        screen = HelpScreen([(t.id, t.label) for t in cfg.tiles], window.language, window.stack)
        screen.set_other_places(cfg.help.other_places)
        window.set_help_screen(screen)   # the bar's "Ask for help" shows it
        screen.asked.connect(self.ask)
        screen.cancel_wanted.connect(self.cancel)
        # Back to where help was asked from: the service's page stays as it was.
        screen.done_wanted.connect(window.back_from_help)
        view = HelperView(window.language, window)
        view.call_next.connect(self._call)
        view.done.connect(self._done)
        view.not_here.connect(self._not_here)
        view.duty_toggled.connect(self._duty)
        view.close_wanted.connect(self.close_view)
        self._screen, self._view = screen, view
        self.update()

    @property
    def screens_built(self) -> bool:
        """The request screen and the helpers' view exist (they are built after the first frame)."""
        return self._screen is not None

    @property
    def screen(self):
        """The resident's request screen (built now if the start is not finished yet)."""
        self.window.finish_start()
        self.build_screens()
        return self._screen

    @property
    def view(self):
        """The helpers' view (built now if the start is not finished yet)."""
        self.window.finish_start()
        self.build_screens()
        return self._view

    # -- everyone's view of the queue ------------------------------------------------------------

    def update(self) -> None:
        mine = self.queue.my_request
        screen = self._screen   # None before the start is finished: nothing on it to change
        if mine is None:
            self.status_strip.show_request(None, None, False)
            if screen is not None and screen.pages.currentWidget() is screen.status_page:
                self._request_over()
                if self.window.current_screen() is screen:
                    self.open_screen()
        else:
            number, place, _estimate, by = self._mine_shown(mine)
            self.status_strip.show_request(number, place, mine.state != hq.WAITING, by)
            if screen is not None and screen.pages.currentWidget() is screen.status_page:
                self._show_status()
        self.hours_line.set_line(self.texts.status_line(self._status()))
        self.entry.set_label(QCoreApplication.translate("HelperView", "For helpers"))
        if self._view is not None and self._view.isVisible():
            self.refresh_view()

    def shutdown(self) -> None:
        """Stop the timers and let the storage worker finish what it was given."""
        self._tick.stop()
        self._doing.stop()
        self.auto_close.stop()
        if self.point is not None:
            self.point.broker.stop()
        self.queue.stop()   # the storage worker is the kiosk's to stop


def install_help(parts: HelpParts, **kw) -> HelpController:
    """Plug the help queue into `parts.window`: home row and bar strip now, its screens after the first frame."""
    return HelpController(parts, **kw)
