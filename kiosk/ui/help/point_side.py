"""The help queue with `[helpers.broker]`: the service point's shared queue, as the controller sees it.

`PointSide` is one of the three sides of `HelpController` (kiosk/ui/help/install.py): it starts
the point's queue (this terminal's HelpQueue + the broker, kiosk.services.help_point), tells
helpers elsewhere what the resident is doing now, makes the helper view's rows of every
terminal's requests, calls and closes another terminal's request, and says so when two helpers
called the same one. Without a broker `self.point` is None and none of this runs: the resident
side (resident_side.py) and the helper side (helper_side.py) use this terminal's own queue.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from kiosk.core.config.site import Config
    from kiosk.services.help_point import PointQueue
    from kiosk.services.help_queue import HelpQueue
    from kiosk.ui.help.helper_view import HelperView
    from kiosk.ui.help.install import HelpParts

# How often the resident's guide step is looked at while their request is open on a shared
# queue (helpers elsewhere see it move); a look is a tuple compare, publishing only on change.
DOING_MS = 1_000

log = logging.getLogger("kiosk.help")


class PointSide:
    """The shared queue's part of HelpController; its state is made in `_start_point`."""

    # Made by HelpController.__init__ (kiosk/ui/help/install.py):
    cfg: Config
    queue: HelpQueue
    point: PointQueue | None
    _parts: HelpParts
    _doing: QTimer
    _service: str
    _who: str
    _view: HelperView | None

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

    def _publish_doing(self) -> None:
        """Helpers elsewhere see what the resident is doing now (service, guide, step)."""
        mine = self.queue.my_request
        if mine is None or self.point is None:
            self._doing.stop()
            return
        position = self._parts.guide_position()
        guide, step = (position[0], position[1] + 1) if position else ("", 0)
        self.point.set_doing(mine.id, self._service, guide, step)

    def _refresh_shared_view(self) -> None:
        """The helper view lists every terminal's open requests (rows made again only when changed)."""
        from kiosk.ui.help.queue_model import shown_row
        point = self.point
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

    def _by_me(self) -> str:
        """How the resident's screen names the helper who called: helper, then this terminal."""
        from kiosk.core.help.shared_queue import terminal_label
        return f"{self._who} · {terminal_label(self.cfg)}" if self._who else terminal_label(self.cfg)

    def _call_shared(self, request_id: str) -> None:
        """Call the chosen request of any terminal, or the point's next one waiting."""
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
