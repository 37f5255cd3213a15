"""Polls [fleet] config_url for a signed site configuration and applies a new one between residents.

Each poll runs on a thread of its own (kiosk.services.threads.run_task): the
network (kiosk/services/fleet_fetch.py), the signature and validator checks
and the atomic writes never touch the interface thread, which only gets the
outcome. A refused file leaves the terminal on its configuration: the exact
reason goes to the log, the admin view (`lines()`) and the health files
(`config_refused`).

A good new file is stored as pending and applied by the path every start
takes (kiosk/start_config.py): the kiosk quits and its systemd unit starts it
again (Restart=always), as the nightly restart does. That happens only when
nobody needs the kiosk (kiosk.core.fleet.config_poll.apply_now): right after
a resident's session ended and its "everything was removed" screen was shown,
or on a check every minute while nobody is in session and nobody touched it.

On a first boot (only a bootstrap file, nothing fetched: the "being set up"
window, no session) the poller asks at once, again after 30 s, 60 s, ... up to
the interval, and restarts into the first good file as soon as it is stored.
A failure is logged once per reason, not at every retry. That window writes
the health files as well (kiosk.services.deployment.first_boot_health), with
the last failure (`config_fetch_error`) or refusal, so monitoring tells "being
set up, cannot fetch" from "down".
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer

from kiosk.core.fleet.config_poll import (Fetch, Outcome, Result, apply_now, first_boot_wait_s, next_wait_s,
                                          poll_once)
from kiosk.services.fleet_fetch import fetch_signed
from kiosk.services.session import SessionService
from kiosk.services.threads import Background
from kiosk.start_config import ResolvedConfig

log = logging.getLogger("kiosk.fleet")

QUIET_S = 120          # no input this long (and no session): nobody is reading the home screen
CHECK_MS = 60_000      # how often a waiting configuration asks again whether it may apply


@dataclass(frozen=True)
class FleetConfigParts:
    resolved: ResolvedConfig
    busy: Callable[[float], str]            # kiosk.wiring.kiosk_busy: why the kiosk is needed now
    session: SessionService | None          # None on the "being set up" window (a first boot)
    restart_app: Callable[[], None]         # quits; systemd starts the kiosk again
    health: object | None                   # kiosk.services.health_files.HealthFiles, if it started
    owner: QObject
    fetch: Fetch = fetch_signed
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    rng: random.Random = field(default_factory=random.Random)
    first_boot: bool = False                # the "being set up" window: ask now, retry soon, apply at once


class FleetConfigPoller(QObject):
    """The poll timer, the worker hand-off, and the wait for a moment between residents."""

    def __init__(self, parts: FleetConfigParts) -> None:
        super().__init__(parts.owner)
        self._parts = parts
        resolved = parts.resolved
        self._settings = resolved.fleet
        self._store = resolved.fleet_store
        self._base = resolved.base_dir or (resolved.loaded_from.parent if resolved.loaded_from else None)
        self._background = Background("fleet-config", self)
        self._polling = False
        self._stopped = False
        self.pending_serial: int | None = None
        self.last: Outcome | None = None
        self.refused = self._store.state().refused if self._store is not None else ""
        self._waiting_for = ""
        self._failed_reason = ""            # the last failure logged: the same one is not logged again
        self._failures = 0                  # polls in a row without a good file (first boot's back-off)
        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.timeout.connect(self.poll_now)
        self._apply_timer = QTimer(self)
        self._apply_timer.setInterval(CHECK_MS)
        self._apply_timer.timeout.connect(self.try_apply)
        if parts.session is not None:
            parts.session.ended.connect(self._session_ended)
        self._update_health()
        self._schedule(first=True)

    def lines(self) -> tuple[str, ...]:
        """The admin view's lines about the fetched configuration (a refusal, a wait)."""
        rows = []
        if self.refused:
            rows.append(f"fetched configuration refused (the terminal keeps its own): {self.refused}")
        if self.pending_serial is not None:
            rows.append(f"{self._settings.shown_url}: serial {self.pending_serial} fetched; it applies "
                        "when no resident is in session")
        return tuple(rows)

    def poll_now(self) -> None:
        """Ask the server now (on a worker); a poll already under way is not doubled."""
        if self._polling or self._stopped or self._store is None or self._base is None:
            return
        self._polling = True
        settings, store, fetch, base, now = self._settings, self._store, self._parts.fetch, self._base, self._parts.now
        self._background.run(lambda: poll_once(settings, store, fetch, now=now(), base_dir=base),
                             self._polled, self._poll_failed)

    def _polled(self, outcome: Outcome) -> None:
        self._polling = False
        self.last = outcome
        if outcome.result is Result.REFUSED:
            if outcome.reason != self.refused:
                log.error("fetched configuration refused, the terminal keeps its configuration: %s",
                          outcome.reason)
            self.refused = outcome.reason
        elif outcome.result is Result.FAILED:
            if outcome.reason != self._failed_reason:
                keeps = "no configuration yet" if self._parts.first_boot else "the terminal keeps its configuration"
                log.warning("configuration not fetched (%s): %s", keeps, outcome.reason)
            self._failed_reason = outcome.reason
        elif outcome.result is Result.STORED:
            self.refused = self._failed_reason = ""
            self.pending_serial = outcome.serial
            log.info("configuration serial %s fetched from %s; it applies when no resident is in session",
                     outcome.serial, self._settings.shown_url)
        if outcome.result is not Result.FAILED:
            self._failed_reason = ""   # a later failure of the same kind is news again
        self._failures = 0 if outcome.result is Result.STORED else self._failures + 1
        self._update_health()
        self._schedule()
        if self.pending_serial is not None:
            self.try_apply()

    def _poll_failed(self, exc: Exception) -> None:
        # poll_once turns what the server sends into an Outcome; this is a disk fault or a bug.
        self._polling = False
        log.error("configuration poll failed: %s: %s", type(exc).__name__, exc)
        self._polled(Outcome(Result.FAILED, reason=f"{type(exc).__name__}: {exc}"))

    def try_apply(self, quiet_s: float = QUIET_S) -> bool:
        """Apply the pending configuration now if nobody needs the kiosk; True when it restarts."""
        if self.pending_serial is None or self._stopped:
            self._apply_timer.stop()
            return False
        reason = self._parts.busy(quiet_s)
        if not apply_now(reason):
            if reason != self._waiting_for:
                log.info("configuration serial %s waits: %s", self.pending_serial, reason)
                self._waiting_for = reason
            if not self._apply_timer.isActive():
                self._apply_timer.start()
            return False
        log.info("applying configuration serial %s: the kiosk restarts between residents", self.pending_serial)
        self._stopped = True
        self._apply_timer.stop()
        self._poll_timer.stop()
        self._parts.restart_app()
        return True

    def _session_ended(self, reason: str) -> None:
        if reason == "shutdown" or self.pending_serial is None:
            return
        # After the "everything was removed" screen: the resident reads that their data is gone.
        signed_out_s = self._parts.resolved.config.signed_out_s if self._parts.resolved.config else 5
        QTimer.singleShot((signed_out_s + 1) * 1000, self, lambda: self.try_apply(quiet_s=signed_out_s))

    def _schedule(self, first: bool = False) -> None:
        if not self._stopped:
            if self._parts.first_boot:   # nothing to serve residents with yet: ask now, then soon again
                wait = 0.0 if first else first_boot_wait_s(self._failures, self._settings.interval_s, self._parts.rng)
            else:
                wait = next_wait_s(self._settings.interval_s, self._parts.rng, first=first)
            self._poll_timer.start(int(wait * 1000))

    def _update_health(self) -> None:
        health = self._parts.health
        if health is not None:
            resolved = self._parts.resolved
            source = "bootstrap" if self._parts.first_boot else "url" if resolved.fleet_serial is not None else "file"
            health.update(config_serial=resolved.fleet_serial or 0, config_source=source,
                          config_refused=self.refused, config_fetch_error=self._failed_reason)

    def stop(self) -> None:
        self._stopped = True
        self._poll_timer.stop()
        self._apply_timer.stop()


def install_fleet_config(parts: FleetConfigParts) -> FleetConfigPoller:
    """Start polling [fleet] config_url (the first poll within a minute, at random)."""
    return FleetConfigPoller(parts)


def install_first_boot(resolved: ResolvedConfig, owner: QObject, restart_app: Callable[[], None]) -> FleetConfigPoller:
    """The "being set up" window's poller: no session, nobody to wait for; ask now, retry soon.

    It writes the health files too (status.json, digipiste.prom: "waiting for its first
    configuration", and why the last fetch failed or was refused), so monitoring tells a terminal
    being set up from one that is down."""
    from kiosk.services.deployment import first_boot_health

    try:
        health = first_boot_health(resolved, owner)
    except Exception:  # the files are for IT: the poll that sets the terminal up goes on without them
        log.exception("health files not written while the terminal is being set up")
        health = None
    return FleetConfigPoller(FleetConfigParts(resolved, busy=lambda quiet_s: "", session=None,
                                              restart_app=restart_app, health=health, owner=owner, first_boot=True))
