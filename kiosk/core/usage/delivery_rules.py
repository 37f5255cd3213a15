"""What to do with a batch a receiver did not fully confirm (pure Python, tested alone).

A receiver answers a batch in one of four ways (`Verdict`): it took every
event (some perhaps refused for good, Matomo's `invalid`); its counts do not
add up (Matomo skips a request that waited too long on a database lock and
says only how many it tracked: which ones went missing is unknown); it
refused the batch (HTTP 400: one bad event spoils the lot); or no answer at
all (network, 5xx, a timeout: the receiver is away, the events are fine).

- A batch that is not fully confirmed is split (`pieces`) and the pieces sent
  again, down to single events. Then the one that will not go is known. A
  single event is the only thing that counts an attempt; after
  `MAX_ATTEMPTS` it is set aside with the reason, and it waits between
  attempts (`retry_delay_s`) without holding any later event back.
- Each resend of a piece of Matomo events duplicates the ones Matomo had
  tracked; splitting into more pieces at once costs more requests and fewer
  duplicates (`pieces` chooses), and a receiver that keeps dropping gets
  batches small enough to come back whole most of the time, until it stops
  (`next_batch_size`).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from kiosk.core.usage.sync_rules import backoff_s

MAX_ATTEMPTS = 5                 # single-event tries before an event is set aside
RETRY_BASE_S = 60.0
RETRY_CAP_S = 6 * 3600.0


class Verdict(Enum):
    CONFIRMED = "confirmed"      # every event accounted for (taken, or refused for good)
    PARTIAL = "partial"          # counts do not add up: some went missing, unknown which
    REFUSED = "refused"          # the receiver refused the batch itself (HTTP 400)
    FAILED = "failed"            # no usable answer: the receiver is away; nothing is held against the events


@dataclass(frozen=True)
class Ack:
    """A receiver's answer to one batch."""

    verdict: Verdict
    why: str = ""
    rejected: int = 0            # refused for good (Matomo's invalid): received, never counted
    missing: int = 0             # neither taken nor refused (PARTIAL only)


def matomo_ack(reply: bytes, sent: int) -> Ack:
    """Matomo's bulk reply to `sent` requests: {"tracked": t, "invalid": i, ...}.

    t + i == sent: every request accounted for. Less: Matomo skipped some
    (a lock wait, plugins/BulkTracking/Tracker/Handler.php) without saying
    which. More, or no counts (HTML, a proxy's page): nothing can be known.
    """
    counts = _counts(reply, "tracked", "invalid")
    if isinstance(counts, str):
        return Ack(Verdict.FAILED, counts)
    tracked, invalid = counts
    return _by_counts(tracked, invalid, sent, f"tracked {tracked}, invalid {invalid}")


def jsonl_ack(reply: bytes, sent: int) -> Ack:
    """A JSON-lines receiver's 2xx reply to `sent` lines.

    Vector, Fluent Bit and Logstash answer with an empty body (or "ok"): the
    status alone confirms the batch. A receiver may instead count, as
    {"accepted": a, "rejected": r}: `a` lines taken (ones it already had
    included), `r` refused for good. Then a + r < sent is a partial answer.
    """
    if not reply.strip().startswith(b"{"):
        return Ack(Verdict.CONFIRMED, "receiver took the batch")
    counts = _counts(reply, "accepted", "rejected")
    if isinstance(counts, str):
        return Ack(Verdict.CONFIRMED, "receiver took the batch")
    accepted, rejected = counts
    return _by_counts(accepted, rejected, sent, f"accepted {accepted}, rejected {rejected}")


def _counts(reply: bytes, taken: str, refused: str) -> tuple[int, int] | str:
    try:
        data = json.loads(reply.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "reply is not JSON"
    if not isinstance(data, dict):
        return "reply is not a JSON object"
    a, r = data.get(taken), data.get(refused, 0)
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (a, r)):
        return f"reply has no {taken}/{refused} counts"
    return a, r


def _by_counts(taken: int, refused: int, sent: int, said: str) -> Ack:
    if taken + refused == sent:
        return Ack(Verdict.CONFIRMED, said, rejected=refused)
    if taken + refused < sent:
        return Ack(Verdict.PARTIAL, f"reply counts do not add up: {said} of {sent} sent",
                   rejected=refused, missing=sent - taken - refused)
    return Ack(Verdict.FAILED, f"reply counts more than was sent: {said} of {sent} sent")


def pieces(n: int, missing: int = 1) -> list[tuple[int, int]]:
    """Slices [start, end) of a batch of `n` to send again; [] for a single event.

    Halved repeatedly, at least once, until each piece can expect at most
    half a missing event and there are at least about sqrt(n) pieces: every
    event of the batch is sent again once anyway (which ones arrived is
    unknown), and the small pieces keep the second round of copies short.
    """
    if n <= 1:
        return []
    want = max(2, 2 * max(1, missing), math.isqrt(n))
    k = 2
    while k < want and k < n:
        k *= 2
    k = min(k, n)
    return [(n * i // k, n * (i + 1) // k) for i in range(k)]


def next_batch_size(current: int, configured: int, sent: int = 0, missing: int = 0) -> int:
    """The size of the next new batch, after one of `sent` came back `missing` short.

    Short: at most half, and small enough that a batch is expected to come
    back whole four times in five at the rate just seen ((1 - m/s)^size >= 0.8,
    about size <= 0.22 s/m): every event of a short batch is sent again, so
    small batches mean few copies. Whole: larger again, up to the configured
    size, for a receiver whose trouble passed: slowly (an eighth
    each time), since one short batch costs more copies than a few small ones
    cost requests.
    """
    if missing <= 0:
        return max(1, min(configured, current + max(1, current // 8)))
    by_rate = int(-math.log(0.8) * max(sent, 1) / missing)
    return max(1, min(configured, current // 2, by_rate))


def retry_delay_s(attempts: int, rand: Callable[[], float] = random.random) -> float:
    """Wait before the next single try of an event that failed `attempts` times."""
    return backoff_s(attempts, base_s=RETRY_BASE_S, cap_s=RETRY_CAP_S, rand=rand)


def set_aside(attempts: int) -> bool:
    """Whether an event that failed `attempts` single tries is set aside now."""
    return attempts >= MAX_ATTEMPTS


def due_window(now: datetime) -> tuple[datetime, datetime]:
    """A retry is due when its time is at most the first value or, the clock having been set back, after the second."""
    return now, now + timedelta(seconds=RETRY_CAP_S * 1.5)
