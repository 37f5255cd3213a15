"""Composition root: turns a configuration and a data directory into a running kiosk.

`before_qapplication()` does what Qt needs before the QApplication exists
(the kiosk: scheme, the Chromium flags, OpenGL context sharing). `build()`
makes every object, wires them together and shows the window; what the home
screen does not show is handed to `window.defer()` and built just after the
first frame (see docs/design.md, Start-up). It starts no event loop, so tests
drive it with pytest-qt.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.chromium_flags import chromium_flags, qt_argv, scrub_environment
from kiosk.core.config import Config, ConfigError
from kiosk.core.refusals import Origin
from kiosk.core.session_rules import IdleRules
from kiosk.core.url_policy import Policy
from kiosk.paths import DataDirUnusable, Paths
from kiosk.resources import shipped_guides_dir
from kiosk.services.events import EventHub
from kiosk.services.idle import IdleWatcher
from kiosk.services.printing import PrintService
from kiosk.services.refused_hosts import RefusedHostCounter
from kiosk.services.session import SessionService
from kiosk.services.storage_worker import StorageWorker
from kiosk.ui.admin.gesture import AdminGesture
from kiosk.services.watchdog import FirstFrame, Watchdog
from kiosk.ui.help.install import HelpController, install_help
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.key_guard import KeyGuard
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.serviced_window import ServicedWindow
from kiosk.ui.shell.window_filters import FirstInput, WindowFilters
from kiosk.web.connection_guard import process_guard
from kiosk.web.interceptor import Reporter
from kiosk.web.scheme import register_scheme
# The configuration's fall-back at start; load_last_good is also the command line's.
from kiosk.start_config import (ResolvedConfig, keep_last_good, load_last_good, resolve_config,  # noqa: F401
                                start_failed_error)
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinterInfo

    from kiosk.ui.admin.controller import AdminController
    from kiosk.web.session_profile import SessionProfile
    from kiosk.services.usage_log import UsageLog
    from kiosk.ui.guides.speech import SpeakerFactory
from kiosk.wiring import (BrowserSession, after_first_frame, connect_reports, kiosk_busy, register_resets,
                          remove_stale_sessions)

log = logging.getLogger("kiosk.app")

_prepared = False


def before_qapplication(lang: str = "fi", extra_flags: tuple[str, ...] = ()) -> list[str]:
    """Prepare Qt and Chromium; return the argv to give QApplication.

    `extra_flags` are checked by chromium_flags (no debugging, no sandbox
    switches); the tests use it for a fake camera. The connection guard starts
    here, before Chromium: its port is part of the switches, and until a
    kiosk attaches its policy the guard lets nothing through.
    """
    global _prepared
    scrubbed = scrub_environment(os.environ)
    if scrubbed:
        log.warning("ignored environment variables: %s", ", ".join(scrubbed))
    if not _prepared:
        register_scheme()
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        _prepared = True
    guard = process_guard(serve=False)   # serves after the first frame (asyncio's import waits)
    return qt_argv(sys.argv[0] if sys.argv else "kiosk",
                   chromium_flags(lang=lang, extra=extra_flags, guard_port=guard.port))


def storage_state(storage: StorageWorker | None, paths: Paths | None,
                  state: tuple[str, str] | None = None) -> tuple[str, str]:
    """("ok" | "unavailable" | "volatile" | "none", reason) for the admin view and the health files."""
    if storage is None:
        return "none", ""
    state_, reason = state or storage.state
    if state_ == "ok" and paths is not None and paths.volatile_reason:
        return "volatile", f"{paths.volatile_reason}; running from {paths.data_dir}, nothing is kept"
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

    Made once: the services are None only when the kiosk cannot serve
    residents at all (the "being serviced" window). `admin`, `usage`,
    `health` and `nightly` are set by `window.finish_start()`, just after the
    first frame (or at the first input or use, whichever comes first).
    """

    window: QWidget
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
    health: object | None = None           # kiosk.services.health_files.HealthFiles
    nightly: object | None = None          # kiosk.services.nightly.NightlyRestart
    keyboard: object | None = None         # kiosk.ui.shell.virtual_keyboard.OnScreenKeyboard
    speech: object | None = None           # kiosk.services.speech.SpeechService (read aloud), if on
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

    def shutdown(self) -> None:
        """End any session (wiping it), save the counts, remove filters, close the window. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        if self.events is not None:
            self.events.release()   # held only if the start never finished (a very early stop)
        if self.watchdog is not None:
            self.watchdog.stopping()
            self.watchdog.deleteLater()
        if self.guard_token is not None:
            process_guard(serve=False).detach(self.guard_token)
            self.guard_token = None
        if isinstance(self.window, MainWindow):
            if self.session is not None and self.session.active:
                # Not an admin's act: systemd's SIGTERM, a restart or a stop ends it.
                self.session.end("shutdown")
            self.window.stop()
            self.window.language.detach()
        if self.help is not None:
            self.help.shutdown()   # after the session's end, so "left" is saved
        if self.speech is not None:
            self.speech.shutdown()   # the speech host, its server and module: killed, never waited for
        if self.filters is not None:
            self.filters.remove()
        if self.usage is not None:
            self.usage.close()
        self.window.close()
        self.window.deleteLater()
        # Run the deferred deletions now, pages before their profile, so that
        # nothing of the session outlives shutdown (and QtWebEngine never sees
        # a profile released before its pages).
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.refused_hosts is not None:
            self.refused_hosts.flush_and_wait()
        if self.storage is not None:
            self.storage.stop()
        # The services hang on the application object: let them go with this kiosk.
        for service in (self.refused_hosts, self.storage, self.events, self.session, self.printing,
                        self.idle, self.key_guard, self.speech):
            if service is not None:
                service.deleteLater()
        if self.paths is not None:
            self.paths.remove_volatile()


def build(config: Config | str | Path | None = None, data_dir: str | Path | None = None,
          windowed: bool = True, *, clock: Callable[[], float] = time.monotonic,
          speaker_factory: SpeakerFactory | None = None,
          printer_lookup: Callable[[], QPrinterInfo] | None = None,
          quit_app: Callable[[], None] | None = None, storage_retry_s: float = 30.0,
          restart_app: Callable[[], None] | None = None,
          wall_clock: Callable[..., datetime] = datetime.now) -> Kiosk:
    """Make and show the kiosk; a QApplication must exist, no event loop is started.

    The keyword arguments are the collaborators a test replaces: `clock`
    (idle timeout, session length, admin gesture and PIN lock), the speech
    engine, the printer lookup, what "Leave kiosk mode" calls, how
    soon storage is tried again after a fault, what the nightly restart calls
    and the wall clock it reads (`wall_clock(zone)`).

    A configuration the kiosk cannot start with (an exception while the
    objects are made from it) is treated like one that does not validate:
    what the first attempt made is taken down, and the kiosk starts again on
    the last valid configuration (or the "being serviced" window), with the
    error in the admin view. Only a configuration a kiosk was built with is
    kept as the last valid one.
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("build() needs a QApplication")
    collaborators = dict(clock=clock, speaker_factory=speaker_factory, printer_lookup=printer_lookup,
                         quit_app=quit_app, storage_retry_s=storage_retry_s, restart_app=restart_app,
                         wall_clock=wall_clock)
    attempt = _Attempt(app)
    try:
        kiosk = _build(config, data_dir, windowed, attempt=attempt, **collaborators)
    except Exception as exc:  # any fault of the start: the kiosk must come up all the same
        log.exception("the kiosk could not start with its configuration; starting on the last valid one")
        attempt.undo()
        try:
            kiosk = _build(config, data_dir, windowed, attempt=attempt, failed=exc, **collaborators)
        except Exception as again:
            log.exception("the kiosk could not start on the last valid configuration either")
            attempt.undo()
            source = config.source if isinstance(config, Config) else str(config or "")
            return _serviced(None, ResolvedConfig(None, [start_failed_error(source, again)]), windowed)
    if kiosk.paths is not None:
        keep_last_good(kiosk.resolved, kiosk.paths)
    return kiosk


class _Attempt:
    """What a start that failed half-way made, so that it can be taken down before the next one."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        # By identity: some of Qt's objects (QPointingDevice) are not hashable in PySide6.
        self._children = {id(c) for c in app.children()}
        self._windows = {id(w) for w in QApplication.topLevelWidgets()}
        self.guard_token: object | None = None

    def undo(self) -> None:
        if self.guard_token is not None:   # the failed start's policy must not stay in the guard
            process_guard(serve=False).detach(self.guard_token)
            self.guard_token = None
        for widget in QApplication.topLevelWidgets():
            if id(widget) not in self._windows:
                widget.close()
                widget.deleteLater()
        for child in self._app.children():
            # Only the kiosk's own services: Qt parents objects of its own to
            # the application too (input devices) and keeps using them.
            if id(child) not in self._children and type(child).__module__.startswith("kiosk."):
                child.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _build(config: Config | str | Path | None, data_dir: str | Path | None, windowed: bool, *,
           clock: Callable[[], float], speaker_factory: SpeakerFactory | None,
           printer_lookup: Callable[[], QPrinterInfo] | None, quit_app: Callable[[], None] | None,
           storage_retry_s: float, restart_app: Callable[[], None] | None,
           wall_clock: Callable[..., datetime], attempt: _Attempt | None = None,
           failed: BaseException | None = None) -> Kiosk:
    """build(), once: on `config`, or (`failed`: the first attempt raised that) on the last valid one."""
    t0 = time.perf_counter()
    app = QApplication.instance()
    before_qapplication()
    try:
        paths = Paths.create(data_dir)
    except DataDirUnusable as exc:
        try:
            paths = Paths.create_volatile(str(exc))
        except DataDirUnusable as again:
            log.error("%s, and %s; showing the 'being serviced' window", exc, again)
            return _serviced(None, ResolvedConfig(None), windowed)
        log.error("%s; serving residents from %s, where nothing is kept past a restart", exc, paths.data_dir)
    resolved = resolve_config(config, paths, failed)
    t_config = time.perf_counter()
    if resolved.config is None:
        return _serviced(paths, resolved, windowed)
    cfg = resolved.config
    remove_stale_sessions(paths.session_root)
    language = Language(cfg.default_language, app)
    appearance = Appearance(app)
    idle = IdleWatcher(IdleRules(cfg.idle_timeout_s, cfg.warning_s), clock=clock, parent=app)
    key_guard = KeyGuard(app)
    session = SessionService(clock=clock, parent=app)
    hub = EventHub(app)
    hub.hold()   # until the usage log listens, just after the first frame
    # The worker's thread starts just after the first frame (its first job imports sqlite-utils).
    storage = StorageWorker(paths.database, retry_s=storage_retry_s, start=False, parent=app)
    refused_hosts = RefusedHostCounter(storage, parent=app)
    printing = PrintService(app, **({"find_printer": printer_lookup} if printer_lookup else {}))
    policy = cfg.browser_policy()   # the same policy check-config judges tiles by
    video = Policy.build(cfg.video_hosts, cfg.all_blocked_hosts()) if cfg.video_hosts else None

    def make_profile() -> SessionProfile:
        from kiosk.web.session_profile import SessionProfile
        # Parented to the application: the profile must outlive the Python
        # reference BrowserSession drops at session end, until its pages are gone.
        return SessionProfile(policy, paths.session_root, lang=language.code, video_policy=video,
                              parent=app)

    guide_problems: list = []
    timings: dict[str, float] = {}
    usage_box: list = []   # the usage log, once made: told which guides exist when they load
    guide_ids: list[str] = []

    def load_catalog():
        # Called when the guides screen is built, just after the first frame.
        from kiosk.core.guide_catalog import GuideCatalog, load_site_guides, resolve_guide_dirs

        t_guides = time.perf_counter()
        guides, problems = load_site_guides(
            shipped_guides_dir(), resolve_guide_dirs(cfg.guide_dirs, cfg.source), [t.id for t in cfg.tiles])
        guide_problems.extend(problems)
        timings["guides_ms"] = (time.perf_counter() - t_guides) * 1000
        _log_guide_problems(problems, len(guides))
        guide_ids[:] = [g.id for g in guides]
        for usage_log in usage_box:
            usage_log.known_guides(guide_ids)
        return GuideCatalog(guides, [t.id for t in cfg.tiles], cfg.default_language)

    speech = None
    if speaker_factory is None:
        if cfg.deployment.read_aloud:
            # The speech engine runs in a child process started just after the first
            # frame (below); the window only ever sends it requests (kiosk/services/speech.py).
            from kiosk.services.speech import SpeechService

            speech = SpeechService(parent=app)
            session.add_reset("speech", speech.session_ended)
        speaker_factory = lambda: speech   # noqa: E731 - None: no read aloud on this terminal
    window = MainWindow(cfg, language, appearance, idle, session, printing, load_catalog,
                        speaker_factory=speaker_factory)
    browser_session = BrowserSession(window, make_profile, policy, video, cfg.allow_uploads)
    register_resets(session, window, browser_session, idle, language, appearance, cfg.default_language)
    connect_reports(hub, session, window, printing, language, appearance)
    # The event hub's subscribers: connected here and nowhere else.
    hub.subscribe("refused-host counter", refused_hosts.on_event)
    # The connection guard refuses on its own thread; the reporter, living on
    # this one, brings each refusal here (queued) to be reported like the others.
    guard_reports = Reporter(window)
    guard_reports.refused.connect(
        lambda host, reason, origin: hub.report("host.refused", host=host, reason=reason, origin=origin),
        Qt.ConnectionType.QueuedConnection)   # emitted on the guard's thread
    guard_token = process_guard(serve=False).attach(
        policy, lambda host, reason: guard_reports.refused.emit(host, reason, str(Origin.CONNECTION)))
    if attempt is not None:
        attempt.guard_token = guard_token

    watchdog = Watchdog(app)
    FirstFrame(window, watchdog.ready)   # systemd: READY=1, then WATCHDOG=1 while responsive
    kiosk = Kiosk(window, paths, resolved, session=session, events=hub, storage=storage,
                  refused_hosts=refused_hosts, browser_session=browser_session, printing=printing,
                  idle=idle, key_guard=key_guard, guide_problems=guide_problems,
                  timings=timings, guard_token=guard_token, watchdog=watchdog, speech=speech)
    # The help queue: its home-screen line, the helpers' entrance and the status
    # strip before the window is shown (the first frame has them); its screens
    # are deferred (sets kiosk.help). A fault is logged and the kiosk serves without it.
    _logged("help queue", lambda: install_help(kiosk))()
    _show(window, windowed)
    # WORKAROUND for the PySide6 6.12 segfault of a Python event filter on the
    # QApplication (shiboken's dynamic_cast on a QtWebEngine QQuickItem under
    # construction): the filters sit on the window's native QWindow and follow
    # it when Qt replaces it, see kiosk/ui/shell/window_filters.py.
    filters = kiosk.filters = WindowFilters(window, (idle, key_guard))
    # The admin entrance: only its gesture before the first frame; the PIN pad
    # and the view are built with the rest (finish_start), at the latest when
    # the gesture is made.
    gesture = AdminGesture(clock=clock, parent=window)
    filters.add(gesture)
    timings.update(config_ms=(t_config - t0) * 1000, build_ms=(time.perf_counter() - t0) * 1000)

    def open_admin() -> None:
        window.finish_start()
        if kiosk.admin is not None:
            kiosk.admin.open_pin_pad()
    gesture.triggered.connect(open_admin)

    def finish_admin() -> None:
        from kiosk.ui.admin.controller import AdminSources, install_admin

        kiosk.admin = install_admin(window, AdminSources(
            config=cfg, config_errors=tuple(str(e) for e in resolved.errors), config_fallback=resolved.fallback,
            log_file=paths.log_file, refused_hosts=refused_hosts.rows, storage_state=lambda: storage_state(storage, paths),
        ), session, idle, filters=filters, quit_app=quit_app, clock=clock, gesture=gesture)

    def finish_usage() -> None:
        # The usage log: the hub's second subscriber (what may leave the terminal,
        # decided by its privacy filter), with the admin view's sync panel.
        from kiosk.services.usage_log import install_usage_log
        from kiosk.ui.usage.admin_panel import attach_usage_panel

        kiosk.usage = install_usage_log(hub, session, storage, cfg, paths, guide_ids=guide_ids)
        usage_box.append(kiosk.usage)
        if kiosk.admin is not None:
            attach_usage_panel(kiosk.admin, kiosk.usage)

    # Just after the first frame (or at the first input, whichever comes first):
    # the browser and guides screens, then these, in order. Features that add to
    # a working kiosk: a fault in one is logged and the kiosk serves residents without it.
    window.defer(_logged("admin view", finish_admin))
    window.defer(_logged("usage log", finish_usage))
    # What was reported before the usage log listened, in order; the database
    # (opened and migrated on the storage thread, so a fault shows at once;
    # jobs queued before the first frame run now); the connection guard's
    # serving thread (if it fails here, the first session's profile tries again).
    # Three steps: a fault in one never skips the others.
    window.defer(_logged("event hub", hub.release))
    window.defer(_logged("storage", storage.start))
    window.defer(_logged("connection guard", lambda: process_guard().serve()))
    if speech is not None:
        window.defer(_logged("read aloud", speech.start))   # returns at once: a child process starts
    window.defer(_logged("on-screen keyboard", lambda: _install_touch(kiosk, window, cfg)))
    window.defer(_logged("deployment", lambda: _install_deployment(kiosk, window, cfg, paths, resolved,
                                                                  restart_app, wall_clock)))
    # A tap before the deferred parts exist builds them first (the filter
    # installed last runs first); the first QWindow lasts until a web page shows.
    first_input = FirstInput(window.finish_start, parent=window)
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(first_input)
        window.defer(lambda: handle.removeEventFilter(first_input))
    after_first_frame(window, window.finish_start)
    QTimer.singleShot(500, lambda: storage.submit(lambda db: None))
    return kiosk


def _logged(name: str, install: Callable[[], None]) -> Callable[[], None]:
    """`install`, with a fault logged instead of raised: the kiosk serves residents without that part."""
    def run() -> None:
        try:
            install()
        except Exception:
            log.exception("%s not available: it failed to start", name)
    return run


def _serviced(paths: Paths | None, resolved: ResolvedConfig, windowed: bool) -> Kiosk:
    window = ServicedWindow()
    watchdog = Watchdog(QCoreApplication.instance())
    FirstFrame(window, lambda: watchdog.ready("no valid configuration: being serviced"))
    _show(window, windowed)
    return Kiosk(window, paths, resolved, watchdog=watchdog)


def _install_deployment(kiosk: Kiosk, window: MainWindow, cfg: Config, paths: Paths,
                        resolved: ResolvedConfig, restart_app: Callable[[], None] | None,
                        wall_clock: Callable[..., datetime]) -> None:
    """Health files and the nightly restart (docs/deploy.md)."""
    from datetime import UTC

    import kiosk as kiosk_package
    from kiosk.core.health import Health
    from kiosk.services.health_files import HealthFiles
    from kiosk.services.nightly import QUIET_S, NightlyRestart

    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ")
    kiosk.health = HealthFiles(paths.status_file, paths.metrics_file, Health(
        version=kiosk_package.__version__, site_id=cfg.site_id, terminal_id=cfg.terminal_id,
        config="fallback" if resolved.fallback else "valid", started_at=started,
        **dict(zip(("storage", "storage_reason"), storage_state(kiosk.storage, paths)))), parent=window)
    kiosk.health.write_soon()
    if kiosk.storage is not None:
        kiosk.storage.state_changed.connect(
            lambda state, reason: kiosk.health.update(
                **dict(zip(("storage", "storage_reason"), storage_state(kiosk.storage, paths, (state, reason))))))
    from kiosk.services.usage_log import watch_health
    watch_health(kiosk.usage, kiosk.health)   # pending, set aside, resent, re-dated usage events

    def session_ended(_reason: str) -> None:
        now = datetime.now(UTC)
        today = now.strftime("%Y-%m-%d")
        count = kiosk.health.health.sessions_today if kiosk.health.health.last_session_end.startswith(today) else 0
        kiosk.health.update(last_session_end=now.strftime("%Y-%m-%dT%H:%MZ"), sessions_today=count + 1)
    kiosk.session.ended.connect(session_ended)
    deployment = cfg.deployment
    if deployment.nightly_restart is not None:
        kiosk.nightly = NightlyRestart(deployment.nightly_restart, cfg.time_zone,
                                       busy=lambda: kiosk_busy(kiosk, max(QUIET_S, cfg.idle_timeout_s)),
                                       quit_app=restart_app or QApplication.quit, clock=wall_clock,
                                       parent=window)


def _install_touch(kiosk: Kiosk, window: MainWindow, cfg: Config) -> None:
    """The on-screen keyboard and the hidden pointer: a step of their own, so a
    fault in the health files or the nightly restart never leaves a touch-only
    terminal without its keyboard (Qt would then load it by itself at the first
    focused field: the freeze kiosk/ui/shell/virtual_keyboard.py works around)."""
    deployment = cfg.deployment
    if deployment.hide_pointer:
        # cage cannot hide the pointer; on a touch screen it only distracts.
        QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
    if deployment.virtual_keyboard:
        # The input method itself was chosen before QApplication (kiosk.cli).
        from kiosk.ui.shell.virtual_keyboard import install as install_keyboard

        kiosk.keyboard = install_keyboard(window, list(cfg.languages), window.language)
        if kiosk.keyboard is None:
            log.warning("deployment.virtual_keyboard is on but Qt's on-screen keyboard is not available")
        else:
            kiosk.session.add_reset("on-screen keyboard", kiosk.keyboard.end_session)
def _log_guide_problems(problems: list, loaded: int) -> None:
    errors = [p for p in problems if p.is_error]
    for problem in errors:
        log.error("guide problem: %s", problem)
    log.info("guides: %d loaded, %d errors, %d warnings (kiosk guides check shows them)",
             loaded, len(errors), len(problems) - len(errors))


def _show(window: QWidget, windowed: bool) -> None:
    if windowed:
        window.resize(1280, 800)
        window.show()
    elif QGuiApplication.platformName().startswith("wayland"):
        # The compositor owns placement: full screen is asked for, cage makes
        # its one window fill the output. Frameless, stay-on-top and a
        # geometry are X11 window-manager hints with no meaning here.
        # cage 0.1.4 first configures a new window as 0x0 ("choose your
        # size"), so without a size of our own the first frame is the
        # widget's natural size in a corner of a black output until the
        # real configure arrives (seen for up to 2 s under load). Ask for the
        # output's size before showing, so the very first frame fills it.
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.resize(screen.size())
        window.showFullScreen()
    else:
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # Without a window manager (bare X has none) full screen is only a
        # request: cover the screen ourselves as well.
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
