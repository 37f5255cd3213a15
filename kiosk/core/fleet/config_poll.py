"""One poll of [fleet] config_url, and when a fetched configuration may be applied. Pure Python.

`poll_once()` is what a terminal does each interval, on a worker thread: ask
for the file with the stored ETag (`If-None-Match`); on 304, nothing more;
on 200, fetch its `.minisig`, judge both (kiosk.core.fleet.config_store) and
store a good file as pending. The network itself is a function handed in
(kiosk/services/fleet_fetch.py in the kiosk; the tests' own server, too).

`apply_now()` is the rule for applying a pending file: only between
residents, never while a session, the admin or the helper view is on.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.fleet.config_store import FleetStore, Refused, judge
from kiosk.core.fleet.https_get import FetchError
from kiosk.core.fleet.settings import FleetSettings

JITTER = 0.1            # each wait is the interval plus up to a tenth of it, at random
FIRST_POLL_MAX_S = 60   # the first poll after a start: within this, at random (a fleet booting at once)
FIRST_BOOT_RETRY_S = 30  # a first boot (only a bootstrap file) asks again after 30 s, 60 s, 120 s, ...


class Result(enum.Enum):
    UNCHANGED = "unchanged"   # 304, or the same file as the one stored
    STORED = "stored"         # a new, good file is pending
    REFUSED = "refused"       # a file came, and failed a check
    FAILED = "failed"         # no answer: network, TLS, HTTP error


@dataclass(frozen=True)
class Fetched:
    """What the network function returns: a 304 (data None) or the file, its signature and ETag."""

    status: int
    data: bytes | None = None
    minisig: bytes | None = None
    etag: str = ""


# The server could not be asked or did not answer as expected; str() says why. The one getter's
# error (kiosk/core/fleet/https_get.py), under the name the poll's callers and tests know.
FetchFailed = FetchError


@dataclass(frozen=True)
class Outcome:
    result: Result
    serial: int | None = None
    reason: str = ""


Fetch = Callable[[str, str, str], Fetched]   # (url, ca_file, etag) -> Fetched


def poll_once(settings: FleetSettings, store: FleetStore, fetch: Fetch, *, now: datetime,
              base_dir: Path) -> Outcome:
    """Ask once; judge and store what came. Never raises for what the server sends."""
    state = store.state()
    try:
        got = fetch(settings.config_url, settings.ca_file, state.etag)
    except FetchFailed as exc:
        return Outcome(Result.FAILED, reason=str(exc))
    if got.status == 304 or got.data is None:
        return Outcome(Result.UNCHANGED, store.current_serial(state))
    if store.holds(got.data):
        if got.etag and got.etag != state.etag:
            state.etag = got.etag
            store.save(state)
        return Outcome(Result.UNCHANGED, store.current_serial(state))
    try:
        judged = judge(got.data, got.minisig or b"", settings, applied_serial=store.current_serial(state),
                       now=now, base_dir=base_dir, source=settings.shown_url)
    except Refused as exc:
        store.refuse(str(exc))
        return Outcome(Result.REFUSED, reason=str(exc))
    store.store_pending(got.data, got.minisig or b"", judged, got.etag, settings.public_keys)
    return Outcome(Result.STORED, judged.serial)


def next_wait_s(interval_s: int, rng: random.Random, *, first: bool = False) -> float:
    """Seconds until the next poll: the interval plus jitter; the first one soon, spread over a fleet."""
    if first:
        return rng.uniform(1.0, max(1.0, min(FIRST_POLL_MAX_S, interval_s * JITTER)))
    return interval_s * (1.0 + rng.uniform(0.0, JITTER))


def first_boot_wait_s(failures: int, interval_s: int, rng: random.Random) -> float:
    """Seconds until a first-boot terminal asks again after `failures` polls without a good file:
    30 s doubled each time, at most the interval, plus jitter (a fleet set up at once)."""
    base = min(float(interval_s), FIRST_BOOT_RETRY_S * 2.0 ** min(max(failures - 1, 0), 20))
    return base * (1.0 + rng.uniform(0.0, JITTER))


def apply_now(busy_reason: str) -> bool:
    """Whether a pending configuration may be applied (the kiosk restarts): only when nobody needs it.

    `busy_reason` is the composition root's answer (kiosk.wiring.kiosk_busy):
    a resident's session, the admin or helper view open, recent input.
    """
    return not busy_reason
