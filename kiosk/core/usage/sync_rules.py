"""Arithmetic and wire formats of usage-log syncing (pure Python, tested alone).

- `backoff_s`: capped exponential backoff with jitter after failed attempts.
- `matomo_request`: one outbox record as a Matomo bulk tracking request (an
  event with category/action/name/value, its age as `cdo`, a new visit per
  session, no uid, no IP). The replies are read by kiosk.core.usage.delivery_rules.
- `idempotency_key`: the same batch always gets the same key, so a receiver
  can drop a batch it already has after the kiosk died before marking it sent.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from urllib.parse import urlencode

MATOMO_MAX_AGE_S = 24 * 3600


def backoff_s(failures: int, base_s: float = 30.0, cap_s: float = 3600.0,
              rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait after `failures` failed attempts in a row (0 after a success).

    Doubles from `base_s` up to `cap_s`; "equal jitter": the wait is between
    half and all of that, so terminals that lost the network together do not
    come back all in the same second, and no wait is ever near zero.
    """
    if failures <= 0:
        return 0.0
    ceiling = min(cap_s, base_s * (2 ** min(failures - 1, 32)))
    return ceiling / 2 + rand() * ceiling / 2


def idempotency_key(uuids: Sequence[str]) -> str:
    """A stable key for a batch: the same events give the same key."""
    digest = hashlib.sha256("\n".join(uuids).encode("ascii", "replace")).hexdigest()
    return f"digipiste-{digest[:40]}"


def parse_minute(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)


def age_s(record: dict, now: datetime) -> int:
    """Seconds since the record's minute; never negative (a clock set back)."""
    return max(0, int((now - parse_minute(record["at"])).total_seconds()))


def visitor_id(session_id: str, site_id: str) -> str:
    """Matomo's 16-hex visitor id, one per session; nothing ties two sessions together."""
    seed = session_id or "no-session"
    return hashlib.sha256(f"{site_id}:{seed}".encode()).hexdigest()[:16]


def matomo_event(record: dict) -> tuple[str, str, str, int | None]:
    """(category, action, name, value) for a record: e.g. ('guide', 'abandoned', 'kela-apply', 3)."""
    category, _, action = record["type"].partition(".")
    f = record.get("fields", {})
    value: int | None = None
    name = ""
    for key in ("tile", "guide", "topic", "lang", "mode", "kind", "reason", "answer"):
        if key in f:
            name = str(f[key])
            break
    if "outcome" in f:
        name = f"{name}/{f['outcome']}" if name else str(f["outcome"])
    if "on" in f:
        action = f"{action}-{'on' if f['on'] else 'off'}"
    if "ok" in f and not f["ok"]:
        action = f"{action}-failed"
    for key in ("length_min", "step", "steps", "pages", "handling_min", "wait_min", "count"):
        if key in f:
            value = int(f[key])
            break
    return category, action, name, value


def matomo_request(record: dict, site_id: int, now: datetime, with_token: bool = False) -> str:
    """One bulk-API request string ("?idsite=...&rec=1&...") for a record.

    `cdo` (seconds ago) instead of a timestamp: a terminal with a wrong clock
    still lands on the right day, because only the difference counts.
    """
    category, action, name, value = matomo_event(record)
    params: dict[str, str | int] = {
        "idsite": site_id, "rec": 1, "apiv": 1, "send_image": 0,
        "_id": visitor_id(record.get("session", ""), record.get("site", "")),
        "e_c": category, "e_a": action,
        "cdo": age_s(record, now),
        "url": f"app://digipiste/{record.get('site', '')}/{record.get('terminal', '')}",
    }
    if name:
        params["e_n"] = name
    if value is not None:
        params["e_v"] = value
    if record["type"] == "session.started":
        params["new_visit"] = 1
    return "?" + urlencode(params)


def matomo_payload(records: Sequence[dict], site_id: int, now: datetime, token: str = "") -> bytes:
    body: dict = {"requests": [matomo_request(r, site_id, now, bool(token)) for r in records]}
    if token:
        body["token_auth"] = token
    return json.dumps(body).encode()


def too_old_for_matomo(record: dict, now: datetime, has_token: bool) -> bool:
    """Matomo silently rejects events older than 24 h unless the token may set old dates."""
    return not has_token and age_s(record, now) >= MATOMO_MAX_AGE_S - 300


def ndjson(records: Sequence[dict]) -> bytes:
    """Newline-delimited JSON, one record per line (each carries its uuid)."""
    return b"".join(json.dumps(r, separators=(",", ":"), sort_keys=True).encode() + b"\n" for r in records)
