"""The peer helpers' side of the help queue: PIN, the queue view, call, close, not here, shift.

`HelperSide` is one of the three sides of `HelpController` (kiosk/ui/help/install.py). The
"For helpers" entrance opens the PIN pad (the shell's pad, kiosk/ui/help/helper_view.py's
`helper_pin_pad`); a helper's own PIN names them, the shared one names the helper on the shift.
The view (`HelperView`) only reports what the helper pressed; this side acts on this terminal's
HelpQueue, or with a shared queue hands the other terminals' requests to point_side.py. The
view closes itself after `AUTO_CLOSE_S` without input: the next resident must not find the
queue with first names open.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.core.help import queue as hq
from kiosk.core.session.pin import verify_pin

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from kiosk.core.config.site import Config
    from kiosk.core.session.pin_lockout import PinLockout
    from kiosk.services.help_point import PointQueue
    from kiosk.services.help_queue import HelpQueue
    from kiosk.ui.help.helper_view import HelperView
    from kiosk.ui.help.install import HelpParts
    from kiosk.ui.shell.main_window import MainWindow
    from kiosk.ui.shell.pin_pad import PinPad

log = logging.getLogger("kiosk.help")

# The helper view closes itself after this long without input: the next
# resident must not find the queue with first names open.
AUTO_CLOSE_S = 120


class HelperSide:
    """The helpers' part of HelpController."""

    # Made by HelpController.__init__ (kiosk/ui/help/install.py):
    window: MainWindow
    cfg: Config
    queue: HelpQueue
    point: PointQueue | None
    auto_close: QTimer
    _parts: HelpParts
    _lockout: PinLockout
    _pin_pad: PinPad | None
    _view: HelperView | None
    _who: str

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
        if self.point is not None:
            self._refresh_shared_view()
            return
        from kiosk.ui.help.queue_model import row_of_local
        self.view.refresh([row_of_local(r) for r in self.queue.queue()], self.queue.now(),
                          self.queue.figures_today(), self._who, self._who in self.queue.on_duty)

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

    def _call(self, request_id: str = "") -> None:
        """Call the chosen request, or the next one waiting (a called one chosen: call again)."""
        if self.point is not None:
            self._call_shared(request_id)
            return
        if request_id and any(r.id == request_id and r.state == hq.WAITING for r in self.queue.queue()):
            self.queue.call(request_id)
        elif self.queue.call_next() is None:
            log.info("call next: nobody is waiting")

    def _call_next(self) -> None:
        self._call("")

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
