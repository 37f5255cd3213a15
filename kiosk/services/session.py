"""The one owner of a resident's session: its start, its end and the wipe.

A session starts with the first thing a resident does that keeps state
(opening a service, a guide, asking for help) and ends by End session
("resident"), the idle timeout ("timeout"), an admin ("admin") or the kiosk
itself stopping or restarting ("shutdown": SIGTERM from systemd, the nightly
restart, a new release), so the figures never count a restart as an admin's
act. Features
register the steps that remove what they kept (`add_reset`); `end()` runs them
all in registration order, each on its own: a step that fails is logged and the
others still run, so one broken feature never leaves another resident's data
behind. Widgets only show what this service says.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("kiosk.session")

REASONS = ("resident", "timeout", "admin", "shutdown")


class SessionService(QObject):
    """`started` when a session begins, `ended(reason)` after its wipe."""

    started = Signal()
    ended = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._resets: list[tuple[str, Callable[[], None]]] = []
        self._started_at: float | None = None
        self.resetting = False   # True while the wipe runs: its changes are not a resident's choices
        self._id = ""

    @property
    def active(self) -> bool:
        return self._started_at is not None

    @property
    def session_id(self) -> str:
        """A random id, new every session and kept nowhere else ("" between sessions)."""
        return self._id

    def length_s(self) -> float:
        return 0.0 if self._started_at is None else self._clock() - self._started_at

    def add_reset(self, name: str, step: Callable[[], None]) -> None:
        """Register a step of the wipe; steps run in the order they were added."""
        self._resets.append((name, step))

    def ensure_started(self) -> bool:
        """Start a session unless one runs; True when this call started it."""
        if self._started_at is not None:
            return False
        self._started_at = self._clock()
        import secrets   # here, not at the top: start-up time (hashlib's OpenSSL, before the first frame)

        self._id = secrets.token_hex(16)
        log.info("session started")
        self.started.emit()
        return True

    def end(self, reason: str) -> None:
        """Wipe everything of the resident; emits `ended(reason)` even between sessions."""
        if reason not in REASONS:
            raise ValueError(f"unknown end reason {reason!r}")
        log.info("session ending: %s", reason)
        self.reset()
        self._started_at = None
        self._id = ""
        self.ended.emit(reason)

    def reset(self) -> None:
        """Run every registered reset step (also used without a session, e.g. settings)."""
        self.resetting = True
        try:
            for name, step in self._resets:
                try:
                    step()
                except Exception:
                    log.exception("session reset step %s failed; the other steps still run", name)
        finally:
            self.resetting = False
