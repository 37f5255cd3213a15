"""The help queue's rules: request states, order, and an honest wait estimate.

Pure Python. A request moves waiting -> called -> in progress -> done, or ends
early as left (session ended), cancelled (by the resident) or not here (a
no-show). Every state has a rank, and every request a UUID, so that the queues
of several terminals of one service point can later be merged by keeping, per
request, the state with the highest rank (the furthest along wins) without
changing these rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

WAITING = "waiting"
CALLED = "called"
IN_PROGRESS = "in_progress"
DONE = "done"
LEFT = "left"
CANCELLED = "cancelled"
NOT_HERE = "not_here"

RANK = {WAITING: 0, CALLED: 1, IN_PROGRESS: 2, DONE: 3, LEFT: 3, CANCELLED: 3, NOT_HERE: 3}
OPEN_STATES = frozenset({WAITING, CALLED, IN_PROGRESS})
CLOSED_STATES = frozenset({DONE, LEFT, CANCELLED, NOT_HERE})

# Which state may follow which. A helper may close a request they helped
# without calling it first (someone walked up to the desk).
TRANSITIONS: dict[str, frozenset[str]] = {
    WAITING: frozenset({CALLED, IN_PROGRESS, CANCELLED, LEFT, NOT_HERE}),
    CALLED: frozenset({IN_PROGRESS, DONE, CANCELLED, LEFT, NOT_HERE}),
    IN_PROGRESS: frozenset({DONE, LEFT}),
    DONE: frozenset(), LEFT: frozenset(), CANCELLED: frozenset(), NOT_HERE: frozenset(),
}

OUTCOMES = ("solved", "referred_authority", "referred_bank", "needs_appointment", "not_solved")
# Topics offered besides the site's services.
OWN_DEVICE = "my_device"
OTHER = "other"


class IllegalTransition(ValueError):
    """A state change the rules refuse; the message says why."""


@dataclass(frozen=True)
class Request:
    """One resident's request for help. Times are aware datetimes (UTC)."""

    id: str
    number: int
    day: date                       # local day the number belongs to
    topic: str
    created_at: datetime
    state: str = WAITING
    state_at: datetime | None = None
    first_name: str = ""            # optional; removed when the request closes
    guide: str = ""                 # guide slug open when help was asked
    step: int = 0                   # that guide's step (1-based), 0 = none
    service: str = ""               # tile id of the service open, if any
    called_at: datetime | None = None
    started_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str = ""

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def rank(self) -> int:
        return RANK[self.state]


def transition(request: Request, new_state: str, at: datetime, *, outcome: str = "",
               topic: str = "") -> Request:
    """Move `request` to `new_state` at `at`; raises IllegalTransition with a reason."""
    if new_state not in RANK:
        raise IllegalTransition(f"unknown state {new_state!r}")
    if new_state not in TRANSITIONS[request.state]:
        if request.state in CLOSED_STATES:
            raise IllegalTransition(f"request {request.number} is already {request.state}")
        raise IllegalTransition(f"request {request.number} cannot go from {request.state} to {new_state}")
    if new_state == DONE and outcome not in OUTCOMES:
        raise IllegalTransition(f"closing request {request.number} needs an outcome ({', '.join(OUTCOMES)})")
    if new_state != DONE and outcome:
        raise IllegalTransition(f"only a done request has an outcome, not a {new_state} one")
    changes: dict = {"state": new_state, "state_at": at}
    if new_state == CALLED:
        changes["called_at"] = at
    if new_state == IN_PROGRESS:
        changes["started_at"] = at
        if request.called_at is None:
            changes["called_at"] = at
    if new_state in CLOSED_STATES:
        changes.update(closed_at=at, outcome=outcome, first_name="")
        if new_state == DONE and request.started_at is None:
            changes["started_at"] = request.called_at or at
    if topic:
        changes["topic"] = topic
    return replace(request, **changes)


def merge(a: Request, b: Request) -> Request:
    """The same request seen on two terminals: the furthest state wins."""
    if a.id != b.id:
        raise ValueError("merge needs two versions of one request")
    if a.rank != b.rank:
        return a if a.rank > b.rank else b
    at_a, at_b = a.state_at or a.created_at, b.state_at or b.created_at
    return a if at_a >= at_b else b


def in_order(requests: Iterable[Request]) -> list[Request]:
    """Open requests in the order they are served: first come, first served."""
    return sorted((r for r in requests if r.is_open), key=lambda r: (r.created_at, r.number))


def next_number(requests: Iterable[Request], day: date) -> int:
    """Numbers restart at 1 each local day."""
    return 1 + max((r.number for r in requests if r.day == day), default=0)


def place_in_line(requests: Sequence[Request], request_id: str) -> int | None:
    """1 for the next to be served among those still waiting; None when not waiting."""
    waiting = [r for r in in_order(requests) if r.state == WAITING]
    for i, r in enumerate(waiting, start=1):
        if r.id == request_id:
            return i
    return None


def handling_minutes(closed: Sequence[Request], default: float, last: int = 10) -> float:
    """Rolling median of the last `last` handling times (started -> closed), in minutes."""
    times = [
        (r.closed_at - r.started_at).total_seconds() / 60
        for r in sorted((r for r in closed if r.state == DONE and r.started_at and r.closed_at),
                        key=lambda r: r.closed_at)
    ][-last:]
    import statistics  # only when needed: its import is start-up time
    return statistics.median(times) if times else default


@dataclass(frozen=True)
class Estimate:
    """A wait as a band in whole minutes; `None` from estimate() means nobody is on duty."""

    low: int
    high: int

    @property
    def now(self) -> bool:
        return self.high == 0


def estimate(place: int, helpers_on_duty: int, busy_helpers: int, handling_min: float) -> Estimate | None:
    """How long the resident at `place` (1 = next) will wait, as an honest band.

    People who still need a helper after the free helpers are taken, plus one,
    times the handling time, divided by the helpers on duty.
    """
    if helpers_on_duty <= 0:
        return None
    free = max(0, helpers_on_duty - busy_helpers)
    if place <= free:
        return Estimate(0, 0)
    still_needing = place - 1 - free
    minutes = (still_needing + 1) * handling_min / helpers_on_duty
    return band(minutes)


def band(minutes: float) -> Estimate:
    """Round an estimate to a band such as 10-20 minutes: never false precision."""
    if minutes < 5:
        return Estimate(0, 5)
    low = 5 * int(minutes // 5)
    width = max(5, 5 * round(minutes * 0.5 / 5))
    return Estimate(low, low + width)


def names_to_purge(requests: Iterable[Request], today: date) -> list[str]:
    """Ids of requests whose first name must go: closed ones, and any from an earlier day."""
    return [r.id for r in requests if r.first_name and (not r.is_open or r.day < today)]


def stale_open(requests: Iterable[Request], today: date) -> list[Request]:
    """Open requests from an earlier day (the kiosk was off at midnight): they are left."""
    return [r for r in requests if r.is_open and r.day < today]
