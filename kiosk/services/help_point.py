"""The service point's shared help queue on one terminal: this terminal's queue + what the others say.

This terminal's HelpQueue (kiosk.services.help_queue, SQLite) stays the truth for its own
residents; this object publishes their requests through the HelpBroker, merges what every
terminal publishes (kiosk.core.help.shared_queue: a join, so duplicates, reordering and
redelivery are harmless), and holds the point's list in memory for the screens. Other
terminals' requests are not stored here: after a restart the broker's retained messages
bring them back within a second, and the resident of another terminal is that terminal's
to keep.

Days: a dead terminal's waiting residents stay listed (offline) for the rest of the day, so
a helper sees them and closes them; at midnight every terminal forgets every earlier day's
request, and an earlier day's request heard again (a retained leftover) is emptied, not
shown. A terminal's own request that its queue has forgotten is never published again: its
retained copy (which may carry a first name) is emptied when heard.

A helper's action (call, recall, serving, close) goes through `act`: on this terminal's own
request it is applied to the HelpQueue, which stores it and reports it; on another
terminal's it is merged and published, and that terminal applies it when it hears it
(at once, or when it comes back). Two helpers calling the same request: the merge keeps one
call everywhere, and `called_by` names who took it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from kiosk.core.help import queue as hq
from kiosk.core.help import shared_queue as sq

log = logging.getLogger("kiosk.help.point")

# The local state a point state becomes on the resident's terminal.
TO_LOCAL = {sq.CALLED: hq.CALLED, sq.SERVING: hq.IN_PROGRESS}


@dataclass(frozen=True)
class LinkStatus:
    """The link to the point for IT (admin view, status.json, digipiste_broker_connected)."""

    connected: bool
    terminals: int        # terminals of the point online now, this one included
    failure: str = ""     # broker_tls.Failure value ("" when connected, or not connected yet)
    line: str = ""        # the English line of the log ("" when connected)


class PointQueue(QObject):
    """`changed` whenever the point's list, the terminals or the link changed."""

    changed = Signal()
    called_again = Signal(str)     # own request id: a helper elsewhere called it again (a recall)

    def __init__(self, local, broker, *, terminal_id: str, letter: str, label: str,
                 wall_ms: Callable[[], int] = lambda: int(time.time() * 1000),
                 topic_labels: Callable[[str], dict[str, str]] = lambda _topic: {},
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local, self.broker = local, broker
        self.terminal_id, self.letter, self.label = terminal_id, letter, label
        self._wall_ms = wall_ms
        self._topic_labels = topic_labels      # a topic id -> its tile's label per language, published with it
        self.clock = sq.Hlc()
        self.known: dict[str, sq.SharedRequest] = {}
        self.terminals: dict[str, sq.Presence] = {}
        self._doing: dict[str, tuple[str, str, int]] = {}
        self._applying = False
        self._day = ""
        local.request_changed.connect(self._local_changed)
        local.changed.connect(self._local_loaded)
        broker.heard.connect(self._heard)
        broker.cleared.connect(lambda _rid, _topic: None)   # the /act tombstone says the rest
        broker.presence_heard.connect(self._presence)
        broker.connected.connect(self.republish)
        broker.link_changed.connect(lambda _state, _line: self.changed.emit())

    # -- what the screens ask -----------------------------------------------------------------------

    @property
    def link_line(self) -> str:
        """"" when the shared list is reachable; otherwise one line for helpers (never residents)."""
        return "" if self.broker.state == "up" else (self.broker.line or "not connected yet")

    def link_status(self) -> LinkStatus:
        up = self.broker.state == "up"
        failure = getattr(self.broker, "failure", None)
        others = sum(1 for p in self.terminals.values() if p.online and p.terminal != self.terminal_id)
        return LinkStatus(up, 1 + others,
                          "" if up or failure is None else failure.value, self.link_line if not up else "")

    def report_to(self, health) -> None:
        """Keep the health files' `broker` fields current (kiosk.services.health_files.HealthFiles)."""
        def write() -> None:
            s = self.link_status()
            health.update(broker="connected" if s.connected else "not connected", broker_problem=s.line,
                          broker_terminals=s.terminals if s.connected else 0)
        self.changed.connect(write)
        write()

    def open_requests(self) -> list[sq.SharedRequest]:
        self._take_local()
        return sq.in_order(self.known.values())

    def online(self, terminal: str) -> bool:
        if terminal == self.terminal_id:
            return True
        p = self.terminals.get(terminal)
        return p is not None and p.online

    def terminal_label(self, terminal: str) -> str:
        p = self.terminals.get(terminal)
        return (p.label if p and p.label else "") or terminal

    def helpers_on_duty(self) -> list[str]:
        """Everyone on duty at the point: this terminal's helpers and those of the terminals online."""
        names = list(self.local.on_duty)
        for p in self.terminals.values():
            if p.online and p.terminal != self.terminal_id:
                names += [n for n in p.on_duty if n not in names]
        return names

    def place(self, request_id: str) -> int | None:
        return sq.place_in_line(self.open_requests(), request_id)

    def estimate(self, request_id: str, default_handling_min: float) -> hq.Estimate | None:
        self._take_local()
        return sq.estimate(self.known.values(), request_id, len(self.helpers_on_duty()), default_handling_min)

    def figures_today(self) -> dict:
        self._take_local()
        return sq.figures(self.known.values(), self.local.today().isoformat())

    def called_by(self, request_id: str) -> str:
        r = self.known.get(request_id)
        return r.progress.called_by if r is not None and r.state == sq.CALLED else ""

    # -- what this terminal does ------------------------------------------------------------------------

    def set_doing(self, request_id: str, service: str, guide: str, step: int) -> None:
        """The resident moved on (another service or guide step): publish it if it changed."""
        r = self.known.get(request_id)
        if r is None or r.terminal != self.terminal_id or not r.is_open:
            return
        if (r.doing.service, r.doing.guide, r.doing.step) == (service, guide, step):
            return
        new = replace(r, doing=sq.Doing(service, guide, step, self._tick()))
        self.known[request_id] = new
        self.broker.publish_request(new)
        self.changed.emit()

    def act(self, request_id: str, state: str, *, called_by: str = "", ended: str = "",
            outcome: str = "") -> sq.SharedRequest | None:
        """A helper here calls (again), serves or closes a request of the point; the merged result."""
        r = self.known.get(request_id)
        if r is None:
            return None
        new = sq.advance(r, state, self._tick(), self.terminal_id, time.time(), called_by=called_by,
                         ended=ended, outcome=outcome)
        if new is r:
            return r
        self.known[request_id] = new
        if r.terminal == self.terminal_id:
            self._apply(new)                 # stored, then published by _local_changed
            self.broker.publish_request(self.known[request_id])
        else:
            self.broker.publish_act(new)
        self.changed.emit()
        return new

    def republish(self) -> None:
        """(Re)connected: say who this terminal is, publish what it holds of today; the merge dedups."""
        self.broker.publish_presence(tuple(self.local.on_duty))
        self._take_local()
        today = self.local.today().isoformat()
        for r in list(self.known.values()):
            if r.terminal == self.terminal_id and (r.is_open or r.day == today):
                self.broker.publish_request(r)
            elif r.progress.writer == self.terminal_id and r.day == today:
                self.broker.publish_act(r)

    def duty_changed(self) -> None:
        self.broker.publish_presence(tuple(self.local.on_duty))
        self.changed.emit()

    # -- what is heard ---------------------------------------------------------------------------------

    def _heard(self, incoming: sq.SharedRequest, topic: str) -> None:
        self.clock = self.clock.receive(max(incoming.progress.hlc, incoming.doing.hlc), self._wall_ms())
        if incoming.terminal == self.terminal_id and getattr(self.local, "loaded", True) \
                and self.local.request(incoming.id) is None:
            # Our own request that this terminal's queue has forgotten (closed on an earlier day while
            # the broker was away, so its topic was never emptied): the broker's copy may still carry
            # the resident's first name. Empty it and never publish it again.
            self.broker.clear(topic)
            if self.known.pop(incoming.id, None) is not None:
                self.changed.emit()
            return
        if incoming.day < self.local.today().isoformat():
            if not incoming.is_open or incoming.terminal != self.terminal_id:
                self.broker.clear(topic)     # an earlier day's leftover: the day-end clean-up happened elsewhere
                self.known.pop(incoming.id, None)
                return
        if not sq.merge_into(self.known, incoming):
            return
        merged = self.known[incoming.id]
        if merged.terminal == self.terminal_id:
            before = self.local.request(merged.id)
            self._apply(merged)
            if before is not None and before.state == hq.CALLED and merged.state == sq.CALLED \
                    and incoming.progress.attempt > 1 and incoming.progress.writer != self.terminal_id:
                self.called_again.emit(merged.id)
            self.broker.publish_request(self.known[merged.id])   # the owner's topic follows (closed: emptied)
        self.changed.emit()

    def _presence(self, p: sq.Presence) -> None:
        if p.terminal == self.terminal_id and not p.online and self.broker.state == "up":
            self.broker.publish_presence(tuple(self.local.on_duty))   # our own old last will: we are here
            return
        self.terminals[p.terminal] = p
        self.changed.emit()

    # -- this terminal's own requests ---------------------------------------------------------------------

    def _local_changed(self, local: hq.Request) -> None:
        """The HelpQueue stored a change of its own request (asked, cancelled, left, a helper here)."""
        old = self.known.get(local.id)
        shared = self._from_local(local)
        if shared == old:
            return      # the point already holds this (e.g. a change it asked for itself)
        self.known[local.id] = shared
        if not self._applying:
            self.broker.publish_request(shared)
        self.changed.emit()

    def _local_loaded(self) -> None:
        """Requests the HelpQueue read from its disk after the link came up: publish them too."""
        today = self.local.today().isoformat()
        if today != self._day:
            # A new day (the HelpQueue's midnight clean-up ran): yesterday's requests go, closed ones
            # and other terminals' open ones too. Within the day a dead terminal's waiting residents
            # stay listed (offline) for a helper to close; by the next day they have surely gone, and
            # showing them for ever is noise. (This terminal's own open ones its HelpQueue closed.)
            self._day = today
            for rid in [r.id for r in self.known.values()
                        if r.day < today and (not r.is_open or r.terminal != self.terminal_id)]:
                del self.known[rid]
        for local in self.local.requests():
            if local.id not in self.known and (local.is_open or local.day == self.local.today()):
                self.known[local.id] = self._from_local(local)
                self.broker.publish_request(self.known[local.id])

    def _from_local(self, local: hq.Request) -> sq.SharedRequest:
        old = self.known.get(local.id)
        state = sq.FROM_LOCAL[local.state]
        if old is not None and sq.RANK[state] <= sq.RANK[old.state]:
            return old
        hlc = self._tick()
        base = old or sq.from_local(local, terminal=self.terminal_id, letter=self.letter, label=self.label,
                                    progress=sq.Progress(hlc=hlc, writer=self.terminal_id),
                                    doing=sq.Doing(local.service, local.guide, local.step, hlc),
                                    topic_labels=self._topic_labels(local.topic))
        if state == sq.WAITING:
            return base
        return sq.advance(base, state, hlc, self.terminal_id,
                          (local.closed_at or local.state_at or local.created_at).timestamp(),
                          ended=local.state if state == sq.CLOSED else "", outcome=local.outcome)

    def _take_local(self) -> None:
        """Every request the HelpQueue holds (loaded from storage, made before the link) is in `known`."""
        for local in self.local.requests():
            if local.id not in self.known or sq.RANK[sq.FROM_LOCAL[local.state]] > sq.RANK[self.known[local.id].state]:
                self.known[local.id] = self._from_local(local)

    def _apply(self, merged: sq.SharedRequest) -> None:
        """The point moved this terminal's own request on: the HelpQueue stores it the same way."""
        local = self.local.request(merged.id)
        if local is None:
            return
        target = TO_LOCAL.get(merged.state) or (merged.progress.ended or hq.LEFT)
        if merged.state == sq.WAITING or sq.FROM_LOCAL[local.state] == merged.state:
            return
        self._applying = True
        try:
            self.local.apply(merged.id, target, outcome=merged.progress.outcome)
        except hq.IllegalTransition as exc:
            log.warning("request %s of the point not applied here: %s", merged.label, exc)
        finally:
            self._applying = False

    def _tick(self) -> sq.Hlc:
        self.clock = self.clock.tick(self._wall_ms())
        return self.clock
