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
"""

from __future__ import annotations

import logging
import time as _time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import Schedule, WeeklyShift
from kiosk.core.session.pin import verify_pin
from kiosk.core.session.pin_lockout import PinLockout
from kiosk.core.config.site import Config
from kiosk.services.events import EventHub
from kiosk.services.help_queue import HelpQueue
from kiosk.services.idle import IdleWatcher
from kiosk.services.session import SessionService
from kiosk.services.storage_worker import StorageWorker
from kiosk.ui.help.status import HelpHoursLine, HelpStatusStrip, HelpTexts
from kiosk.ui.shell.theme import MIN_TARGET_PX
from kiosk.ui.shell.widgets import BigButton

if TYPE_CHECKING:
    from kiosk.ui.shell.main_window import MainWindow

log = logging.getLogger("kiosk.help")

# The helper view closes itself after this long without input: the next
# resident must not find the queue with first names open.
AUTO_CLOSE_S = 120
REFRESH_MS = 30_000
# How often the resident's guide step is looked at while their request is open on a shared
# queue (helpers elsewhere see it move); a look is a tuple compare, publishing only on change.
DOING_MS = 1_000


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


class HelpController(QObject):
    """Resident screen + bar status + home line + helper view, around one HelpQueue."""

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

    def _start_point(self, cfg) -> None:
        """The shared queue of the point: this terminal's queue + the broker (never blocks here)."""
        from kiosk.core.help.shared_queue import terminal_label
        from kiosk.services.help_broker import HelpBroker
        from kiosk.services.help_point import PointQueue
        label = terminal_label(cfg)
        broker = HelpBroker(cfg.broker, cfg.site_id, cfg.terminal_id, label, parent=self)
        tiles = {t.id: dict(t.label) for t in cfg.tiles}
        # The letter by the one rule (kiosk/core/config/terminal.py queue_letter): the one the log printed.
        self.point = PointQueue(self.queue, broker, terminal_id=cfg.terminal_id, letter=cfg.terminal.queue_letter,
                                label=label, topic_labels=lambda topic: tiles.get(topic, {}), parent=self)
        self._rows: dict = {}                   # request id -> (what it was made from, its Row)
        self._my_calls: dict[str, str] = {}     # request id -> how this terminal's call named its helper
        self.point.changed.connect(self.update)
        self.point.changed.connect(self._check_my_calls)
        self.point.called_again.connect(lambda _rid: self._my_turn())
        broker.start()

    def link_status(self):
        """The shared queue's link for IT (admin view); None without [helpers.broker]."""
        return self.point.link_status() if self.point is not None else None

    def report_link(self, health) -> None:
        """status.json's broker fields and digipiste_broker_connected follow the shared queue's link."""
        if self.point is not None and health is not None:
            self.point.report_to(health)

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

    # -- the resident ----------------------------------------------------------------------

    def accepting(self) -> bool:
        """Requests are taken when a helper is on duty or a shift is on (or the site queues anyway)."""
        return bool(self._on_duty()) or self.queue.schedule.current(self.queue.now()) is not None

    def _on_duty(self) -> list[str]:
        """Helpers on duty: at this terminal, or (shared queue) anywhere at the point."""
        return self.point.helpers_on_duty() if self.point is not None else self.queue.on_duty

    def _status(self):
        from kiosk.core.help.schedule import help_status
        return help_status(self.queue.schedule, self.queue.now(), self._on_duty())

    def open_screen(self) -> None:
        mine = self.queue.my_request
        if mine is not None:
            self._show_status()
        elif self.accepting():
            self.screen.show_topics()
        else:
            self.screen.show_outside(self.texts.status_line(self._status()), self.cfg.help.queue_outside_hours)

    def ask(self, topic: str, first_name: str) -> None:
        position = self._parts.guide_position()
        guide, step = (position[0], position[1] + 1) if position else ("", 0)
        self.queue.ask(topic, first_name, guide=guide, step=step, service=self._service)
        if self.point is not None:
            self._doing.start()
        if self.idle is not None:
            self.idle.stretch(self.cfg.help.waiting_timeout_min * 60)
        self._show_status()

    def cancel(self) -> None:
        self.queue.cancel_mine()
        self._request_over()
        self.window.back_from_help()

    def _service_opened(self, tile_id: str) -> None:
        self._service = tile_id
        self._publish_doing()

    def _publish_doing(self) -> None:
        """Helpers elsewhere see what the resident is doing now (service, guide, step)."""
        mine = self.queue.my_request
        if mine is None or self.point is None:
            self._doing.stop()
            return
        position = self._parts.guide_position()
        guide, step = (position[0], position[1] + 1) if position else ("", 0)
        self.point.set_doing(mine.id, self._service, guide, step)

    def _session_ended(self, reason: str) -> None:
        if self.queue.my_request is not None:
            log.info("help request left: the session ended (%s)", reason)
            self.queue.cancel_mine(left=True)
        self._service = ""
        self._request_over()

    def _request_over(self) -> None:
        self._doing.stop()
        if self.idle is not None:
            self.idle.stretch(None)
        if self._screen is not None:
            self._screen.forget()

    def _my_turn(self) -> None:
        # Always a sound here (not only with session.sound_cue): being called is
        # the one moment a resident who looked away must notice.
        QApplication.beep()
        self.update()   # the bar says "Your turn" before it is read aloud
        speaker, lang = self.speaker(), self.window.language.code
        if speaker is not None and speaker.can_speak(lang):
            speaker.say(self.status_button.text(), lang)

    def speaker(self):
        """The guides' voice (the same engine and switch as read aloud); None without a voice."""
        if not self._speaker_asked:
            self._speaker_asked = True
            self._speaker = self._parts.speaker()
        return self._speaker

    def _show_status(self) -> None:
        mine = self.queue.my_request
        if mine is None:
            return
        number, place, estimate, by = self._mine_shown(mine)
        self.screen.show_status(number, place, estimate, mine.state != hq.WAITING, by)

    def _mine_shown(self, mine: hq.Request):
        """(number, place, wait band, who is coming) of this terminal's resident: the point's when shared."""
        if self.point is None:
            return mine.number, self.queue.place(mine.id), self.queue.estimate(mine.id), ""
        shared = self.point.known.get(mine.id)
        number = shared.label if shared is not None else mine.number
        return (number, self.point.place(mine.id),
                self.point.estimate(mine.id, float(self.cfg.help.default_handling_min)),
                self.point.called_by(mine.id))

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

    # -- the helpers ------------------------------------------------------------------------------

    def _verify(self, entry: str, _unused: str) -> tuple[str] | None:
        """Runs on the pad's background thread: pure checks of the hashes, no state touched.

        (pseudonym,) for a helper's own PIN, ("",) for the shared one, None for neither.
        """
        for person in self.cfg.help.people:
            if verify_pin(entry, person.pin_hash):
                return (person.pseudonym,)
        if self.cfg.helper_pin_hash and verify_pin(entry, self.cfg.helper_pin_hash):
            return ("",)
        return None

    def _logged_in(self) -> None:
        (who,) = self.pin_pad.accepted_as or ("",)
        if not who:
            # The shared PIN: the helper on the shift now, if the schedule names one.
            slot = self.queue.schedule.current(self.queue.now())
            who = slot.who if slot and slot.who else QCoreApplication.translate("HelperView", "Helper")
        self._who = who
        self.open_view()

    @property
    def showing(self) -> bool:
        """The helpers' PIN pad or view is open."""
        return self.view.isVisible() or (self._pin_pad is not None and self._pin_pad.isVisible())

    @property
    def pin_pad(self):
        if self._pin_pad is None:
            from kiosk.ui.help.helper_view import helper_pin_pad
            self._pin_pad = helper_pin_pad(self._verify, self.window.language, self.window, lockout=self._lockout)
            self._pin_pad.unlocked.connect(self._logged_in)
            self._pin_pad.cancelled.connect(self.auto_close.stop)
        return self._pin_pad

    def open_login(self) -> None:
        if self.pin_pad.isVisible() or self.view.isVisible():
            return
        log.info("helper PIN pad opened")
        self.pin_pad.present()
        self.auto_close.start()

    def open_view(self) -> None:
        names = {t.id: t.label.get(self.window.language.code) or t.id for t in self.cfg.tiles}
        names.update(self.screen.own_topic_names())
        if names != self.view.model.topic_names:      # buttons made again only after a language change
            self.view.set_topic_names(names)
        lang = self.window.language.code
        self.view.model.guide_title = lambda guide_id: self._parts.guide_title(guide_id, lang)
        self.view.model.language = lang
        self.refresh_view()
        self.view.pop_up()
        self.view.next_button.setFocus()
        self.auto_close.start()
        log.info("helper view opened")

    def refresh_view(self) -> None:
        from kiosk.ui.help.queue_model import row_of_local, shown_row
        point = self.point
        if point is None:
            self.view.refresh([row_of_local(r) for r in self.queue.queue()], self.queue.now(),
                              self.queue.figures_today(), self._who, self._who in self.queue.on_duty)
            return
        rows = []
        cache, self._rows = self._rows, {}
        for r in point.open_requests():
            label = point.terminal_label(r.terminal) if r.terminal != self.cfg.terminal_id \
                else r.terminal_label or r.terminal
            online = point.online(r.terminal)
            key = (r, label, online)
            # The same request as at the last refresh: its row as made then (500 rows, each refresh).
            row = cache[r.id][1] if r.id in cache and cache[r.id][0] == key else shown_row(
                r, label=label, online=online)
            if row is None:
                continue
            self._rows[r.id] = (key, row)
            rows.append(row)
        self.view.refresh(rows, self.queue.now(), point.figures_today(), self._who,
                          self._who in self.queue.on_duty, shared=True,
                          link_failure=None if point.broker.state == "up" else point.link_status().failure)

    def close_view(self) -> None:
        self.auto_close.stop()
        if self._pin_pad is not None:
            self._pin_pad.hide()
        if self._view is not None:
            if self._view.isVisible():
                log.info("helper view closed")
            self._view.hide()
        self._who = ""

    def _close_after_inactivity(self) -> None:
        log.info("helper view closed after %d s without input", AUTO_CLOSE_S)
        self.close_view()

    def _input_seen(self) -> None:
        if self.auto_close.isActive():
            self.auto_close.start()

    def _duty(self, on: bool) -> None:
        self.queue.set_on_duty(self._who, on)
        if self.point is not None:
            self.point.duty_changed()

    def _by_me(self) -> str:
        """How the resident's screen names the helper who called: helper, then this terminal."""
        from kiosk.core.help.shared_queue import terminal_label
        return f"{self._who} · {terminal_label(self.cfg)}" if self._who else terminal_label(self.cfg)

    def _call(self, request_id: str = "") -> None:
        """Call the chosen request, or the next one waiting (a called one chosen: call again)."""
        if self.point is None:
            if request_id and any(r.id == request_id and r.state == hq.WAITING for r in self.queue.queue()):
                self.queue.call(request_id)
            elif self.queue.call_next() is None:
                log.info("call next: nobody is waiting")
            return
        from kiosk.core.help import shared_queue as sq
        waiting = [r for r in self.point.open_requests() if r.state == sq.WAITING]
        chosen = self.point.known.get(request_id) if request_id else (waiting[0] if waiting else None)
        if chosen is None or not chosen.is_open:
            log.info("call: nobody is waiting")
            return
        me = self._by_me()
        if chosen.state != sq.WAITING and chosen.progress.called_by not in ("", me):
            self._tell_who_took(chosen)     # someone else has them: no second call
            return
        self.view.show_notice("")
        self._my_calls[chosen.id] = me
        self.point.act(chosen.id, sq.CALLED, called_by=me)

    def _tell_who_took(self, r) -> None:
        """Two helpers called the same request: the one who did not get it sees who did."""
        self.view.show_notice(QCoreApplication.translate("HelperView", "%1 was already called by %2")
                              .replace("%1", r.label).replace("%2", r.progress.called_by))

    def _check_my_calls(self) -> None:
        """A call of this helper lost to one made at the same time elsewhere (heard later): say so."""
        for rid, me in list(self._my_calls.items()):
            r = self.point.known.get(rid)
            if r is None or not r.is_open:
                del self._my_calls[rid]
            elif r.progress.called_by not in ("", me):
                del self._my_calls[rid]
                if self._view is not None:
                    self._tell_who_took(r)

    def _call_next(self) -> None:
        self._call("")

    def _point_close(self, request_id: str, ended: str, outcome: str = "") -> bool:
        """A request of another terminal closed from here (True); False: it is this terminal's."""
        if self.point is None:
            return False
        shared = self.point.known.get(request_id)
        if shared is None or shared.terminal == self.cfg.terminal_id:
            return False
        from kiosk.core.help import shared_queue as sq
        self.point.act(request_id, sq.CLOSED, ended=ended, outcome=outcome)
        return True

    def _done(self, request_id: str, topic: str, outcome: str) -> None:
        if self._point_close(request_id, hq.DONE, outcome):
            return
        try:
            if self.queue.queue() and next(r for r in self.queue.queue() if r.id == request_id).state == hq.WAITING:
                self.queue.start(request_id)
            self.queue.close(request_id, outcome, topic)
        except (hq.IllegalTransition, StopIteration) as exc:
            log.warning("help request not closed: %s", exc)

    def _not_here(self, request_id: str) -> None:
        if self._point_close(request_id, hq.NOT_HERE):
            return
        try:
            self.queue.not_here(request_id)
        except hq.IllegalTransition as exc:
            log.warning("help request not marked not here: %s", exc)

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
