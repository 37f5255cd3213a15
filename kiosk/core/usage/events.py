"""What happened in the kiosk, as plain data: the payload of the event hub.

Features report an `Event` (a kind from `KINDS` and a few fields) on the hub
(kiosk.services.events); subscribers wired in the composition root decide what
to do with it (count a refused host, append to the usage log, ...). Nothing
here knows Qt. Whether an event may leave the terminal is decided elsewhere
(the usage log's privacy filter): an event on the hub may carry a host name
for the admin view that the usage log never stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

# The closed list of kinds features may report, with the fields each carries.
KINDS: dict[str, tuple[str, ...]] = {
    "session.started": (),
    "session.ended": ("reason", "length_s"),          # reason: resident | timeout | admin | shutdown
    "tile.opened": ("tile",),
    "guide.opened": ("guide", "steps"),
    "guide.step": ("guide", "step"),
    "guide.completed": ("guide",),
    "guide.closed": ("guide", "step"),
    "guide.feedback": ("guide", "answer"),
    "print.started": ("kind",),                        # page | pdf | guide
    "print.finished": ("kind", "pages", "ok"),
    "language.changed": ("lang",),
    "appearance.changed": ("mode", "on"),              # text_size | contrast | read_aloud
    "host.refused": ("host", "reason", "origin"),      # local only: never synced; origin: kiosk.core.browser.refusals
    "session.feedback": ("answer",),                   # yes | partly | no | skipped
    "help.requested": ("topic",),
    "help.called": ("topic", "wait_s"),
    # outcome: a helper's outcome when done, else how it ended (cancelled | left | not_here)
    "help.closed": ("topic", "outcome", "wait_s", "handling_s"),
    "help.duty": ("on",),                              # a helper went on or off duty (no name)
}


@dataclass(frozen=True)
class Event:
    """One thing that happened; `at` is UTC.

    `mono`: the monotonic time of the same instant (kiosk.core.usage.event_time), so
    that a wall clock set later can be told apart from the time it happened.
    """

    kind: str
    fields: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    mono: float | None = None

    @classmethod
    def make(cls, kind: str, /, at: datetime | None = None, mono: float | None = None, **fields: Any) -> "Event":
        """Build an event; an unknown kind or field is a programming error."""
        allowed = KINDS.get(kind)
        if allowed is None:
            raise ValueError(f"unknown event kind {kind!r}")
        extra = set(fields) - set(allowed)
        if extra:
            raise ValueError(f"event {kind}: unknown fields {sorted(extra)}")
        return cls(kind, MappingProxyType(dict(fields)), at or datetime.now(UTC), mono)
