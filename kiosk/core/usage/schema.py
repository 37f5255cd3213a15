"""The anonymous usage log's schema and its privacy filter (pure Python).

DOMAIN.md "What may be recorded" decides what may leave the terminal: which
button or guide was used, where a guide was left, languages and accessibility
modes, session length and how it ended, help figures, feedback. Never names,
identity numbers, phone numbers, web addresses, page content or anything typed.

So the usage log stores nothing it has not recognised: every record type has a
closed set of fields, and every field value must be one of an enumeration (the
configured tile ids and the known guide ids count as enumerations), a small
integer in range, or a duration that is rounded to whole minutes. `to_record`
turns a hub `Event` into an outbox record or refuses it (returns None); the
refusal never carries the value that was refused. `host.refused` is counted by
the admin view and never reaches the usage log.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk.core.help import queue as help_queue
from kiosk.core.usage.events import Event
from kiosk.core.languages import UI_LANGUAGES

# "shutdown": the kiosk stopped or restarted under a session (SIGTERM, nightly restart).
END_REASONS = ("resident", "timeout", "admin", "shutdown")
ANSWERS = ("yes", "partly", "no")
FEEDBACK_ANSWERS = (*ANSWERS, "skipped")
PRINT_KINDS = ("page", "pdf", "guide")
ACCESSIBILITY_MODES = ("large_text", "high_contrast", "read_aloud")
# The hub's appearance modes, and the names the usage log gives them.
_APPEARANCE_TO_MODE = {"text_size": "large_text", "contrast": "high_contrast", "read_aloud": "read_aloud",
                       **{m: m for m in ACCESSIBILITY_MODES}}
# The help queue's own topics (kiosk.core.help.queue) besides the site's tiles.
HELP_TOPICS = (help_queue.OWN_DEVICE, help_queue.OTHER)
# A helper's outcomes, then how a request ended without one.
HELP_OUTCOMES = (*help_queue.OUTCOMES, help_queue.CANCELLED, help_queue.LEFT, help_queue.NOT_HERE)
MAX_MINUTES = 24 * 60
MAX_STEP = 99
MAX_PAGES = 500
MAX_COUNT = 10_000_000
DROP_REASONS = ("too_old", "full")     # older than the age bound; the outbox over its count bound


@dataclass(frozen=True)
class Context:
    """What the filter needs to know about this terminal (from the configuration)."""

    site_id: str
    terminal_id: str
    tile_ids: frozenset[str]
    guide_ids: frozenset[str]
    languages: frozenset[str] = frozenset(UI_LANGUAGES)

    @classmethod
    def make(cls, site_id: str, terminal_id: str, tile_ids: Iterable[str], guide_ids: Iterable[str],
             languages: Iterable[str] = UI_LANGUAGES) -> "Context":
        return cls(site_id, terminal_id, frozenset(tile_ids), frozenset(guide_ids),
                   frozenset(languages) & frozenset(UI_LANGUAGES))


class Refused(ValueError):
    """A value is not allowed; the message names the field, never the value."""


# -- field checkers: (context, value) -> the value to store, or raise Refused ----------

Check = Callable[[Context, Any], Any]


def enum(*allowed: str) -> Check:
    def check(_ctx: Context, value: Any) -> str:
        if isinstance(value, str) and value in allowed:
            return value
        raise Refused("not one of the allowed values")
    return check


def _tile(ctx: Context, value: Any) -> str:
    if isinstance(value, str) and value in ctx.tile_ids:
        return value
    raise Refused("not a configured tile id")


def _guide(ctx: Context, value: Any) -> str:
    if isinstance(value, str) and value in ctx.guide_ids:
        return value
    raise Refused("not a known guide")


def _lang(ctx: Context, value: Any) -> str:
    if isinstance(value, str) and value in ctx.languages:
        return value
    raise Refused("not a user-interface language")


def _topic(ctx: Context, value: Any) -> str:
    if isinstance(value, str) and (value in HELP_TOPICS or value in ctx.tile_ids):
        return value
    raise Refused("not a help topic")


def _mode(_ctx: Context, value: Any) -> str:
    if isinstance(value, str) and value in _APPEARANCE_TO_MODE:
        return _APPEARANCE_TO_MODE[value]
    raise Refused("not an accessibility mode")


def small_int(low: int, high: int) -> Check:
    def check(_ctx: Context, value: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        raise Refused(f"not an integer in {low}..{high}")
    return check


def _flag(_ctx: Context, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise Refused("not true or false")


def _minutes(_ctx: Context, value: Any) -> int:
    """A duration in seconds, stored as whole minutes (capped at a day)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        raise Refused("not a duration in seconds")
    return min(MAX_MINUTES, int(round(min(float(value), MAX_MINUTES * 60.0) / 60.0)))


@dataclass(frozen=True)
class RecordType:
    """One kind of usage record: its name, and for each stored field the hub field and check."""

    name: str
    fields: dict[str, tuple[str, Check]]   # stored name -> (hub field, check)
    optional: frozenset[str] = frozenset()


def _rt(name: str, optional: Iterable[str] = (), **fields: tuple[str, Check]) -> RecordType:
    return RecordType(name, fields, frozenset(optional))


# Hub kind -> record type. The closed list: anything else is refused.
RECORD_TYPES: dict[str, RecordType] = {
    "session.started": _rt("session.started"),
    "session.ended": _rt("session.ended", reason=("reason", enum(*END_REASONS)),
                         length_min=("length_s", _minutes)),
    "tile.opened": _rt("tile.opened", tile=("tile", _tile)),
    "guide.opened": _rt("guide.opened", ["steps"], guide=("guide", _guide),
                        steps=("steps", small_int(1, MAX_STEP))),
    "guide.step": _rt("guide.step", guide=("guide", _guide), step=("step", small_int(1, MAX_STEP))),
    "guide.completed": _rt("guide.completed", guide=("guide", _guide)),
    # A guide closed before its end: abandoned at that step.
    "guide.closed": _rt("guide.abandoned", guide=("guide", _guide), step=("step", small_int(1, MAX_STEP))),
    "guide.feedback": _rt("guide.feedback", guide=("guide", _guide), answer=("answer", enum(*ANSWERS))),
    "language.changed": _rt("language.chosen", lang=("lang", _lang)),
    "appearance.changed": _rt("accessibility.used", mode=("mode", _mode), on=("on", _flag)),
    "print.started": _rt("print.started", kind=("kind", enum(*PRINT_KINDS))),
    "print.finished": _rt("print.finished", ["pages"], kind=("kind", enum(*PRINT_KINDS)),
                          pages=("pages", small_int(0, MAX_PAGES)), ok=("ok", _flag)),
    "help.requested": _rt("help.requested", topic=("topic", _topic)),
    "help.called": _rt("help.called", ["wait_s"], topic=("topic", _topic), wait_min=("wait_s", _minutes)),
    "help.closed": _rt("help.closed", ["wait_s", "handling_s"], topic=("topic", _topic),
                       outcome=("outcome", enum(*HELP_OUTCOMES)), wait_min=("wait_s", _minutes),
                       handling_min=("handling_s", _minutes)),
    "session.feedback": _rt("session.feedback", answer=("answer", enum(*FEEDBACK_ANSWERS))),
    # Reported by the usage log itself when the bounded outbox dropped unsent events, and why.
    "usage.dropped": _rt("usage.dropped", count=("count", small_int(1, MAX_COUNT)),
                         reason=("reason", enum(*DROP_REASONS))),
}

# Hub kinds that are deliberately kept out of the usage log.
# A helper going on or off duty is about the volunteers, not the residents' errands.
LOCAL_ONLY = frozenset({"host.refused", "help.duty"})

RECORD_NAMES = tuple(sorted({t.name for t in RECORD_TYPES.values()}))


def minute_of(at: datetime) -> str:
    """UTC timestamp to the minute: '2026-12-01T10:31Z'."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def _session_ok(session_id: str) -> bool:
    # SessionService makes 32 hex digits; anything else (a name, a number) is refused.
    return session_id == "" or (len(session_id) == 32 and all(c in "0123456789abcdef" for c in session_id))


def to_record(event: Event, ctx: Context, session_id: str,
              new_uuid: Callable[[], str] = lambda: str(uuid.uuid4())) -> dict | None:
    """The outbox record for `event`, or None when the privacy filter refuses it."""
    try:
        return build_record(event.kind, dict(event.fields), event.at, ctx, session_id, new_uuid)
    except Refused:
        return None


def build_record(kind: str, fields: dict[str, Any], at: datetime, ctx: Context, session_id: str,
                 new_uuid: Callable[[], str] = lambda: str(uuid.uuid4())) -> dict:
    """Like `to_record` but raises `Refused` (naming the field, never the value)."""
    if kind in LOCAL_ONLY:
        raise Refused(f"{kind} is kept on the terminal only")
    rtype = RECORD_TYPES.get(kind)
    if rtype is None:
        raise Refused(f"{kind}: not a usage-log event")
    if not _session_ok(session_id):
        raise Refused(f"{kind}: malformed session id")
    hub_fields = {hub for hub, _check in rtype.fields.values()}
    extra = set(fields) - hub_fields
    if extra:
        raise Refused(f"{kind}: {len(extra)} field(s) outside the schema")   # names could be anything
    out: dict[str, Any] = {}
    for stored, (hub, check) in rtype.fields.items():
        if hub not in fields or fields[hub] is None:
            if stored in rtype.optional:
                continue
            raise Refused(f"{kind}: missing {hub}")
        try:
            out[stored] = check(ctx, fields[hub])
        except Refused as exc:
            raise Refused(f"{kind}.{hub}: {exc}") from None
    return {"uuid": new_uuid(), "type": rtype.name, "at": minute_of(at), "site": ctx.site_id,
            "terminal": ctx.terminal_id, "session": session_id, "fields": out}


def check_record(record: dict, ctx: Context) -> bool:
    """True when a stored record (e.g. read back for sending) is still inside the schema."""
    rtype = next((t for t in RECORD_TYPES.values() if t.name == record.get("type")), None)
    if rtype is None or not isinstance(record.get("fields"), dict):
        return False
    for stored, value in record["fields"].items():
        if stored not in rtype.fields:
            return False
        hub, check = rtype.fields[stored]
        try:
            if stored.endswith("_min"):
                ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_MINUTES
            else:
                ok = check(ctx, value) == value
        except Refused:
            return False
        if not ok:
            return False
    return _session_ok(record.get("session", ""))
