"""The services a serving kiosk starts with, and the collaborators a test may replace.

`install_services(kiosk, config, paths, collaborators)` makes the language,
appearance, idle watcher, key guard, session, event hub, storage worker,
refused-host counter, printing and (if on) the read-aloud service, sets them
on the `Kiosk` record and adds how each is stopped to its teardown list. No
widget is made here; the window and the features come after (kiosk.app).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.config.site import Config
from kiosk.core.session.rules import IdleRules
from kiosk.paths import Paths
from kiosk.running import Kiosk
from kiosk.services.events import EventHub
from kiosk.services.idle import IdleWatcher
from kiosk.services.printing import PrintService
from kiosk.services.refused_hosts import RefusedHostCounter
from kiosk.services.session import SessionService
from kiosk.services.storage_worker import StorageWorker
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.key_guard import KeyGuard

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinterInfo

    from kiosk.ui.guides.speech import SpeakerFactory


@dataclass(frozen=True)
class Collaborators:
    """What a test hands `build()` instead of the real thing (see build()'s docstring)."""

    clock: Callable[[], float] = time.monotonic
    speaker_factory: SpeakerFactory | None = None
    printer_lookup: Callable[[str], QPrinterInfo] | None = None   # (queue name, "" the default)
    quit_app: Callable[[], None] | None = None
    storage_retry_s: float = 30.0
    restart_app: Callable[[], None] | None = None
    wall_clock: Callable[..., datetime] = field(default=datetime.now)


@dataclass(frozen=True)
class Services:
    """The kiosk's services (QObjects without widgets, plus the language and appearance state)."""

    language: Language
    appearance: Appearance
    idle: IdleWatcher
    key_guard: KeyGuard
    session: SessionService
    events: EventHub
    storage: StorageWorker
    refused_hosts: RefusedHostCounter
    printing: PrintService
    speech: object | None                # kiosk.services.speech.SpeechService, if read aloud is on
    speaker_factory: SpeakerFactory      # the guides' voice: the speech service, or a test's


def install_services(kiosk: Kiosk, cfg: Config, paths: Paths, collab: Collaborators, app: QObject) -> Services:
    """Make the services (parented to `app`), record them on `kiosk` with their teardown steps."""
    language = Language(cfg.default_language, app)
    appearance = Appearance(app)
    idle = IdleWatcher(IdleRules(cfg.idle_timeout_s, cfg.warning_s), clock=collab.clock, parent=app)
    key_guard = KeyGuard(app)
    session = SessionService(clock=collab.clock, parent=app)
    hub = EventHub(app)
    hub.hold()   # until the usage log listens, just after the first frame
    # The worker's thread starts just after the first frame (its first job imports sqlite-utils).
    storage = StorageWorker(paths.database, retry_s=collab.storage_retry_s, start=False, parent=app)
    refused_hosts = RefusedHostCounter(storage, parent=app)
    printer = {"find_printer": collab.printer_lookup} if collab.printer_lookup else {}
    printing = PrintService(app, printer_name=cfg.terminal.printer, **printer)   # [terminals.<id>] printer
    speech, speaker_factory = _read_aloud(cfg, session, collab, app)
    services = Services(language, appearance, idle, key_guard, session, hub, storage, refused_hosts, printing,
                        speech, speaker_factory)
    kiosk.session, kiosk.events, kiosk.storage, kiosk.refused_hosts = session, hub, storage, refused_hosts
    kiosk.printing, kiosk.idle, kiosk.key_guard, kiosk.speech = printing, idle, key_guard, speech
    # Run in reverse: the services go last, after everything that uses them.
    kiosk.on_stop("services", lambda: _let_go(refused_hosts, storage, hub, session, printing, idle, key_guard,
                                              speech))
    kiosk.on_stop("storage", storage.stop)
    kiosk.on_stop("refused-host counts", refused_hosts.flush_and_wait)
    # Held only if the start never finished (a very early stop): delivered before the counts are saved.
    kiosk.on_stop("event hub", hub.release)
    if speech is not None:
        # The speech host, its server and module: killed, never waited for (after the window is gone).
        kiosk.on_stop("read aloud", speech.shutdown)
    return services


def _read_aloud(cfg: Config, session: SessionService, collab: Collaborators,
                app: QObject) -> tuple[object | None, SpeakerFactory]:
    if collab.speaker_factory is not None:
        return None, collab.speaker_factory
    speech = None
    if cfg.deployment.read_aloud:
        # The speech engine runs in a child process started just after the first
        # frame (kiosk.app); the window only ever sends it requests (kiosk/services/speech.py).
        from kiosk.services.speech import SpeechService

        speech = SpeechService(parent=app)
        session.add_reset("speech", speech.session_ended)
    return speech, (lambda: speech)   # None: no read aloud on this terminal


def _let_go(*services: QObject | None) -> None:
    """The services hang on the application object: let them go with this kiosk."""
    for service in services:
        if service is not None:
            service.deleteLater()
