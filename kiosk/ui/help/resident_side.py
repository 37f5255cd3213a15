"""The resident's side of the help queue: asking, waiting, being called, leaving.

`ResidentSide` is one of the three sides of `HelpController` (kiosk/ui/help/install.py). The
request screen only reports what the resident pressed; this side asks the HelpQueue, stretches
the idle timeout to `helpers.waiting_timeout_min` while a request is open, shows the resident
their number, place and wait, rings (and reads aloud) "Your turn", and leaves the request when
the session ends. With a shared queue (point_side.py) the number, place and helper are the
point's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.core.help import queue as hq

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from kiosk.core.config.site import Config
    from kiosk.services.help_point import PointQueue
    from kiosk.services.help_queue import HelpQueue
    from kiosk.services.idle import IdleWatcher
    from kiosk.ui.help.install import HelpParts
    from kiosk.ui.help.request_screen import HelpScreen
    from kiosk.ui.help.status import HelpTexts
    from kiosk.ui.shell.main_window import MainWindow
    from kiosk.ui.shell.widgets import BigButton

log = logging.getLogger("kiosk.help")


class ResidentSide:
    """The resident's part of HelpController."""

    # Made by HelpController.__init__ (kiosk/ui/help/install.py):
    window: MainWindow
    cfg: Config
    idle: IdleWatcher | None
    queue: HelpQueue
    point: PointQueue | None
    texts: HelpTexts
    status_button: BigButton
    _parts: HelpParts
    _doing: QTimer
    _screen: HelpScreen | None
    _service: str
    _speaker: object | None
    _speaker_asked: bool

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
