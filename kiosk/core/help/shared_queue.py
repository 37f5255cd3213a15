"""One help queue for the whole service point: requests as published, a hybrid logical clock, the merge.

Pure Python (no Qt, no SQL). Every terminal keeps its own requests (kiosk.core.help.queue,
stored in its SQLite file) and publishes each one's state; every terminal merges what it
hears into one list for the point. The merge must make duplicates, reordering and QoS 1
redelivery harmless and make two terminals that were apart converge, so it is a join:
`merge(a, b)` is commutative, associative and idempotent (tests/unit/test_shared_queue.py
checks it with hypothesis). A request's published value has two independent parts:

- its progress: state (waiting < called < serving < closed), the attempt counter (a recall
  raises it), and who wrote it when (HLC, then terminal id). The greater progress wins whole,
  so two helpers calling the same request end with one winner everywhere, and `called_by`
  says who it was.
- what the resident is doing now (service, guide, step): only the resident's own terminal
  writes it; the newer HLC wins.

A closed request carries no first name, whatever the other side had.

Wire format: one JSON object per message (`to_wire` / `from_wire`); unknown keys are ignored
and a message that does not parse is dropped by the caller (`WireError`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace

from kiosk.core.help import queue as hq

WAITING, CALLED, SERVING, CLOSED = "waiting", "called", "serving", "closed"
RANK = {WAITING: 0, CALLED: 1, SERVING: 2, CLOSED: 3}

# The local states (kiosk.core.help.queue) as the point sees them.
FROM_LOCAL = {hq.WAITING: WAITING, hq.CALLED: CALLED, hq.IN_PROGRESS: SERVING,
              hq.DONE: CLOSED, hq.LEFT: CLOSED, hq.CANCELLED: CLOSED, hq.NOT_HERE: CLOSED}


# -- this terminal's name (its letter: config.terminal.queue_letter, by kiosk/core/config/terminal.py) --

def terminal_label(config) -> str:
    """What helpers call this terminal ("By the window"): [terminals.<id>] label, else its id."""
    return config.terminal.label or config.terminal_id


# -- the hybrid logical clock ----------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Hlc:
    """A hybrid logical clock reading: wall milliseconds, then a counter for the same millisecond.

    Readings from one terminal always increase, and a reading taken after hearing another
    terminal's is greater than it, even when that terminal's wall clock runs ahead.
    """

    ms: int = 0
    count: int = 0

    def tick(self, now_ms: int) -> Hlc:
        """The next reading for something that happens here now."""
        if now_ms > self.ms:
            return Hlc(now_ms, 0)
        return Hlc(self.ms, self.count + 1)

    def receive(self, remote: Hlc, now_ms: int) -> Hlc:
        """The reading after hearing `remote` (so what follows sorts after it)."""
        top = max(self.ms, remote.ms, now_ms)
        if top == self.ms == remote.ms:
            return Hlc(top, max(self.count, remote.count) + 1)
        if top == self.ms:
            return Hlc(top, self.count + 1)
        if top == remote.ms:
            return Hlc(top, remote.count + 1)
        return Hlc(top, 0)


# -- a request as the point sees it ---------------------------------------------------------------

@dataclass(frozen=True)
class Progress:
    """How far a request got, and who said so when; the greater one wins whole."""

    state: str = WAITING
    attempt: int = 0            # 1 at the first call; a recall raises it
    hlc: Hlc = Hlc()
    writer: str = ""            # terminal id that wrote this progress
    called_by: str = ""         # "helper name · terminal label" of the call, shown to the resident
    called_at: float = 0.0      # unix seconds
    closed_at: float = 0.0
    ended: str = ""             # the local closed state (done, left, cancelled, not_here)
    outcome: str = ""           # of a done one (kiosk.core.help.queue.OUTCOMES)

    def key(self) -> tuple:
        # Everything, so that two different progresses never tie (the merge stays a join).
        return (RANK[self.state], self.attempt, self.hlc, self.writer, self.called_by, self.called_at,
                self.closed_at, self.ended, self.outcome)


@dataclass(frozen=True)
class Doing:
    """What the resident is doing now; written only by the resident's own terminal."""

    service: str = ""
    guide: str = ""
    step: int = 0
    hlc: Hlc = Hlc()

    def key(self) -> tuple:
        return (self.hlc, self.service, self.guide, self.step)


@dataclass(frozen=True)
class SharedRequest:
    """One request of the point: what travels between terminals, nothing more."""

    id: str
    terminal: str               # the resident's terminal (its id = its certificate's name)
    letter: str                 # that terminal's queue letter ("B")
    number: int                 # that terminal's daily counter (12)
    day: str                    # local day of the number, YYYY-MM-DD
    topic: str
    created_at: float           # unix seconds
    progress: Progress = Progress()
    doing: Doing = Doing()
    first_name: str = ""        # only when given, only while open
    terminal_label: str = ""
    # The topic's words per language as the resident's terminal has them ((lang, label), sorted):
    # a helper on a terminal whose tiles differ still reads the topic in their own language.
    topic_labels: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """The number the resident and the helpers see, e.g. "B 12"."""
        return f"{self.letter} {self.number}" if self.letter else str(self.number)

    @property
    def state(self) -> str:
        return self.progress.state

    @property
    def is_open(self) -> bool:
        return self.progress.state != CLOSED


def merge(a: SharedRequest, b: SharedRequest) -> SharedRequest:
    """Two versions of one request: the greater progress, the newer doing; no name once closed."""
    if a.id != b.id:
        raise ValueError("merge needs two versions of one request")
    # The fixed facts are the same on both sides; pick one deterministically all the same.
    base = a if _facts(a) >= _facts(b) else b
    progress = a.progress if a.progress.key() >= b.progress.key() else b.progress
    doing = a.doing if a.doing.key() >= b.doing.key() else b.doing
    name = "" if progress.state == CLOSED else max(a.first_name, b.first_name)
    return replace(base, progress=progress, doing=doing, first_name=name)


def _facts(r: SharedRequest) -> tuple:
    return (r.terminal, r.letter, r.number, r.day, r.topic, r.created_at, r.terminal_label, r.topic_labels)


def merge_into(known: dict[str, SharedRequest], incoming: SharedRequest) -> bool:
    """Merge one heard request into `known` (by id); True when what is known changed."""
    old = known.get(incoming.id)
    new = incoming if old is None else merge(old, incoming)
    if old is not None and new == old:
        return False
    if new.progress.state == CLOSED and new.first_name:
        new = replace(new, first_name="")
    known[incoming.id] = new
    return True


def from_local(r: hq.Request, *, terminal: str, letter: str, label: str, progress: Progress,
               doing: Doing, topic_labels: dict[str, str] | None = None) -> SharedRequest:
    """This terminal's stored request as the point sees it (`topic_labels`: its tile's label per language)."""
    return SharedRequest(
        id=r.id, terminal=terminal, letter=letter, number=r.number, day=r.day.isoformat(),
        topic=r.topic, created_at=r.created_at.timestamp(), progress=progress, doing=doing,
        first_name=r.first_name if r.is_open else "", terminal_label=label,
        topic_labels=_labels(topic_labels or {}))


MAX_LABELS, MAX_LABEL_CHARS = 16, 80


def _labels(labels: dict) -> tuple[tuple[str, str], ...]:
    """Language -> label as a sorted tuple, bounded (a message from elsewhere is not trusted to be small)."""
    pairs = sorted((str(lang)[:8], str(text)[:MAX_LABEL_CHARS]) for lang, text in labels.items() if text)
    return tuple(pairs[:MAX_LABELS])


def readable_id(topic: str) -> str:
    """A topic or service id no label was found for, made readable: "my_device" -> "My device"."""
    words = topic.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else topic


# -- the action a helper takes ----------------------------------------------------------------------

def advance(r: SharedRequest, state: str, hlc: Hlc, writer: str, at: float, *, called_by: str = "",
            ended: str = "", outcome: str = "") -> SharedRequest:
    """`r` moved on by this terminal: a call (again: a recall), serving or closed."""
    p = r.progress
    if RANK[state] < RANK[p.state] or p.state == CLOSED:
        return r    # states only move forward
    attempt = p.attempt + 1 if state == CALLED else max(p.attempt, 1 if state != WAITING else 0)
    new = Progress(state=state, attempt=attempt, hlc=hlc, writer=writer,
                   called_by=called_by if state == CALLED else p.called_by,
                   called_at=at if state == CALLED else p.called_at,
                   closed_at=at if state == CLOSED else p.closed_at, ended=ended if state == CLOSED else "",
                   outcome=outcome if state == CLOSED else "")
    return replace(r, progress=new, first_name="" if state == CLOSED else r.first_name)


# -- the point's list, place in line and wait band ------------------------------------------------------

def in_order(requests: Iterable[SharedRequest]) -> list[SharedRequest]:
    """Open requests of the whole point, first come first served (ties by terminal, number)."""
    return sorted((r for r in requests if r.is_open), key=lambda r: (r.created_at, r.terminal, r.number))


def place_in_line(requests: Iterable[SharedRequest], request_id: str) -> int | None:
    """1 for the next to be served among everyone waiting at the point; None when not waiting."""
    waiting = [r for r in in_order(requests) if r.state == WAITING]
    for i, r in enumerate(waiting, start=1):
        if r.id == request_id:
            return i
    return None


def handling_minutes(requests: Iterable[SharedRequest], default: float, last: int = 10) -> float:
    """Median handling time (called -> closed) of the point's last `last` helped requests."""
    done = sorted((r for r in requests if r.progress.ended == hq.DONE and r.progress.called_at
                   and r.progress.closed_at), key=lambda r: r.progress.closed_at)[-last:]
    times = [(r.progress.closed_at - r.progress.called_at) / 60 for r in done]
    if not times:
        return default
    times.sort()
    mid = len(times) // 2
    return times[mid] if len(times) % 2 else (times[mid - 1] + times[mid]) / 2


def estimate(requests: Iterable[SharedRequest], request_id: str, helpers_on_duty: int,
             default_handling_min: float) -> hq.Estimate | None:
    """The wait band of one request from the whole point's figures (None: nobody on duty)."""
    requests = list(requests)
    place = place_in_line(requests, request_id)
    if place is None:
        return hq.Estimate(0, 0)
    busy = sum(1 for r in requests if r.state in (CALLED, SERVING))
    return hq.estimate(place, helpers_on_duty, busy, handling_minutes(requests, default_handling_min))


def figures(requests: Iterable[SharedRequest], day: str) -> dict:
    """Today's figures for the point: helped, typical wait and help time in whole minutes."""
    done = [r for r in requests if r.day == day and r.progress.ended == hq.DONE]
    waits = sorted((r.progress.called_at - r.created_at) / 60 for r in done if r.progress.called_at)
    helps = sorted((r.progress.closed_at - r.progress.called_at) / 60 for r in done
                   if r.progress.called_at and r.progress.closed_at)

    def middle(v: list[float]) -> int | None:
        return round(v[len(v) // 2]) if v else None
    return {"helped": len(done), "median_wait_min": middle(waits), "median_handling_min": middle(helps)}


# -- on the wire ------------------------------------------------------------------------------------------

class WireError(ValueError):
    """A message that is not a request of ours; dropped (and logged once) by the caller."""


_FIELDS = ("id", "terminal", "letter", "number", "day", "topic", "created_at", "first_name", "terminal_label")


def to_wire(r: SharedRequest, *, with_name: bool) -> bytes:
    """The message for `r`; the first name only when `with_name` (the owner's TLS topic) and open."""
    body = {k: getattr(r, k) for k in _FIELDS}
    if not with_name or not r.is_open or not r.first_name:
        body.pop("first_name")
    p = asdict(r.progress)
    p["hlc"] = [r.progress.hlc.ms, r.progress.hlc.count]
    d = asdict(r.doing)
    d["hlc"] = [r.doing.hlc.ms, r.doing.hlc.count]
    body.update(v=1, progress=p, doing=d)
    if r.topic_labels:
        body["topic_labels"] = dict(r.topic_labels)
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


# Numbers from the wire must be finite and in range: `1e400` is inf (int(inf) raises
# OverflowError) and a created_at of 1e300 would break datetime.fromtimestamp at every refresh.
_MAX_S = 2.0 ** 32            # seconds since 1970: well past 2100
_MAX_MS = _MAX_S * 1000       # the HLC counts milliseconds
_MAX_COUNT = 1_000_000        # numbers, attempts, steps, HLC counters


def _num(v, limit: float) -> float:
    x = float(v)
    if not math.isfinite(x) or not 0 <= x < limit:
        raise ValueError("out of range")
    return x


def _int(v, limit: float = _MAX_COUNT) -> int:
    if isinstance(v, float) and not v.is_integer():
        raise ValueError("not whole")
    return int(_num(v, limit))


def _hlc(v) -> Hlc:
    ms, count = v
    return Hlc(_int(ms, _MAX_MS), _int(count))


def from_wire(payload: bytes) -> SharedRequest:
    """A request from a message; WireError for anything else (wrong JSON, missing keys, bad state,
    a number that is not finite or out of range, nesting too deep)."""
    try:
        body = json.loads(payload)
        p, d = dict(body["progress"]), dict(body["doing"])
        progress = Progress(state=str(p["state"]), attempt=_int(p["attempt"]), hlc=_hlc(p["hlc"]),
                            writer=str(p["writer"]), called_by=str(p.get("called_by", "")),
                            called_at=_num(p.get("called_at", 0), _MAX_S),
                            closed_at=_num(p.get("closed_at", 0), _MAX_S),
                            ended=str(p.get("ended", "")), outcome=str(p.get("outcome", "")))
        doing = Doing(service=str(d.get("service", "")), guide=str(d.get("guide", "")), step=_int(d.get("step", 0)),
                      hlc=_hlc(d["hlc"]))
        r = SharedRequest(id=str(body["id"]), terminal=str(body["terminal"]), letter=str(body["letter"]),
                          number=_int(body["number"]), day=str(body["day"]), topic=str(body["topic"]),
                          created_at=_num(body["created_at"], _MAX_S), progress=progress, doing=doing,
                          first_name=str(body.get("first_name", ""))[:40],
                          terminal_label=str(body.get("terminal_label", "")),
                          topic_labels=_labels(dict(body.get("topic_labels") or {})))
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError, RecursionError) as exc:
        # The kind of fault only: the exception's text could quote a value (a name) into the log.
        raise WireError(f"not a help request ({type(exc).__name__})") from None
    if progress.state not in RANK:
        raise WireError(f"unknown state {progress.state!r}")
    if progress.state == CLOSED:
        r = replace(r, first_name="")
    return r


@dataclass(frozen=True)
class Presence:
    """A terminal as the point sees it: online or not, its label, the helpers on duty there."""

    terminal: str
    online: bool
    label: str = ""
    on_duty: tuple[str, ...] = field(default_factory=tuple)


def presence_to_wire(p: Presence) -> bytes:
    return json.dumps({"v": 1, "online": p.online, "label": p.label, "on_duty": list(p.on_duty)},
                      ensure_ascii=False).encode()


def presence_from_wire(terminal: str, payload: bytes) -> Presence:
    try:
        body = json.loads(payload)
        return Presence(terminal, bool(body["online"]), str(body.get("label", "")),
                        tuple(str(x) for x in body.get("on_duty", ())))
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError, RecursionError) as exc:
        raise WireError(f"not a presence message ({type(exc).__name__})") from None
