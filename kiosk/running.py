"""The running kiosk: what `kiosk.app.build()` made, and how it is taken down.

`Kiosk` is a record of the parts (tests and the command line read them) with
one list of teardown steps. Each install step that starts something adds how
to stop it (`kiosk.on_stop(name, step)`); `shutdown()` first ends the
resident's session (the wipe, reported to every part still listening), then
runs the steps in the reverse order of start, so nothing is stopped while a
part started after it still uses it. No part of the kiosk needs to know the
order of the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.config.site import Config, ConfigError
from kiosk.paths import Paths
from kiosk.start_config import ResolvedConfig
from kiosk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from kiosk.services.events import EventHub
    from kiosk.services.first_frame import FirstFrame
    from kiosk.services.idle import IdleWatcher
    from kiosk.services.printing import PrintService
    from kiosk.services.refused_hosts import RefusedHostCounter
    from kiosk.services.session import SessionService
    from kiosk.services.storage_worker import StorageWorker
    from kiosk.services.usage_log import UsageLog
    from kiosk.services.watchdog import Watchdog
    from kiosk.ui.admin.controller import AdminController
    from kiosk.ui.help.install import HelpController
    from kiosk.ui.shell.key_guard import KeyGuard
    from kiosk.ui.shell.window_filters import WindowFilters
    from kiosk.ui.browser.install import BrowserSession

log = logging.getLogger("kiosk.app")


def storage_state(storage: StorageWorker | None, paths: Paths | None,
                  state: tuple[str, str] | None = None) -> tuple[str, str]:
    """("ok" | "unavailable" | "volatile" | "none", reason) for the admin view and the health files."""
    if storage is None:
        return "none", ""
    state_, reason = state or storage.state
    if state_ == "ok" and paths is not None and paths.volatile_reason:
        return "volatile", paths.volatile_words
    return state_, reason


@dataclass(frozen=True)
class Status:
    """What the kiosk can say about itself (admin view now, the status file later)."""

    serving: bool            # False: the "being serviced" window is shown
    storage: str             # "ok" | "unavailable" | "volatile" (nothing kept) | "none" (no data directory)
    storage_reason: str
    config_errors: int
    config_fallback: bool
    in_session: bool


@dataclass(eq=False)
class Kiosk:
    """Everything `build()` made; `.window` is shown, `.shutdown()` tears down.

    The services are None only when the kiosk cannot serve residents at all
    (the "being serviced" window). `admin`, `usage`, `health`, `nightly` and
    `keyboard` are set just after the first frame (`window.finish_start()`,
    or at the first input or use, whichever comes first).
    """

    window: QWidget | None
    paths: Paths | None
    resolved: ResolvedConfig
    session: SessionService | None = None
    events: EventHub | None = None
    storage: StorageWorker | None = None
    refused_hosts: RefusedHostCounter | None = None
    browser_session: BrowserSession | None = None
    printing: PrintService | None = None
    idle: IdleWatcher | None = None
    key_guard: KeyGuard | None = None
    admin: AdminController | None = None
    filters: WindowFilters | None = None   # idle watcher, key guard, admin gesture on the QWindow
    timings: dict[str, float] = field(default_factory=dict)
    guide_problems: list = field(default_factory=list)   # kiosk.core.guides.Problem: left-out guides
    guard_token: object | None = None      # this kiosk's policy on the connection guard
    usage: UsageLog | None = None          # the anonymous usage log and its sync
    help: HelpController | None = None     # the help queue: request screen, status, helper view
    # systemd's notify protocol (READY=1, WATCHDOG=1), health files, nightly restart
    watchdog: Watchdog | None = None
    first_frame: FirstFrame | None = None   # the window's first paint: READY, the deferred start, --smoke wait for it
    health: object | None = None           # kiosk.services.health_files.HealthFiles
    nightly: object | None = None          # kiosk.services.nightly.NightlyRestart
    keyboard: object | None = None         # kiosk.ui.shell.virtual_keyboard.OnScreenKeyboard
    speech: object | None = None           # kiosk.services.speech.SpeechService (read aloud), if on
    fleet_config: object | None = None     # kiosk.services.fleet_config.FleetConfigPoller, if [fleet] is on
    _teardown: list[tuple[str, Callable[[], object]]] = field(default_factory=list, repr=False)
    _shut_down: bool = field(default=False, repr=False)

    @property
    def config(self) -> Config | None:
        return self.resolved.config

    @property
    def config_errors(self) -> list[ConfigError]:
        return self.resolved.errors

    @property
    def config_fallback(self) -> bool:
        return self.resolved.fallback

    @property
    def status(self) -> Status:
        state, reason = storage_state(self.storage, self.paths)
        return Status(serving=isinstance(self.window, MainWindow), storage=state, storage_reason=reason,
                      config_errors=len(self.resolved.errors), config_fallback=self.resolved.fallback,
                      in_session=bool(self.session and self.session.active))

    def recover(self) -> None:
        """After an unexpected error: close overlays and show the home screen."""
        if isinstance(self.window, MainWindow):
            self.window.recover()

    def on_stop(self, name: str, step: Callable[[], object]) -> None:
        """At shutdown run `step` (named in the log if it fails), before the steps added earlier."""
        self._teardown.append((name, step))

    def shutdown(self) -> None:
        """End any session (wiping it), then take the parts down in reverse order of start. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        if self.session is not None and self.session.active:
            # Not an admin's act: systemd's SIGTERM, a restart or a stop ends it.
            self.session.end("shutdown")
        steps, self._teardown = self._teardown, []
        for name, step in reversed(steps):
            try:
                step()
            except Exception:   # one part that cannot stop must not keep the others running
                log.exception("%s could not be stopped cleanly", name)


def close_window(window: QWidget) -> None:
    """Close and delete the window now, pages before their profile.

    The deferred deletions run here so that nothing of the session outlives
    shutdown (and QtWebEngine never sees a profile released before its pages).
    """
    window.close()
    window.deleteLater()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
