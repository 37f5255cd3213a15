"""Composition root: turns a configuration and a data directory into a running kiosk.

`before_qapplication()` does what Qt needs before the QApplication exists
(the kiosk: scheme, the Chromium flags, OpenGL context sharing). `build()`
reads as the list of install steps: paths, configuration, services, window,
then each feature plugs into the window's slots through its own
`install(parts)` with typed parts. What the home screen does not show is handed
to `window.defer()` and built just after the first frame (docs/architecture.md).
Every step that starts something adds how to stop it to the `Kiosk` record
(kiosk.running), which takes it down in reverse order. No event loop is
started, so tests drive it with pytest-qt.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.browser.chromium_flags import chromium_flags, qt_argv, scrub_environment
from kiosk.core.config.site import Config
from kiosk.core.browser.refusals import Origin
from kiosk.core.browser.url_policy import Policy
from kiosk.paths import DataDirUnusable, Paths
from kiosk.running import Kiosk, close_window, storage_state
from kiosk.services.first_frame import FALLBACK_MS, FirstFrame
from kiosk.services.threads import Answers
from kiosk.services.watchdog import Watchdog
from kiosk.start_services import Collaborators, Services, install_services
from kiosk.ui.admin.entrance import AdminEntrance, AdminParts
from kiosk.ui.browser.install import BrowserParts, install_browser
from kiosk.ui.guides.install import GuidesParts, SiteGuides
from kiosk.ui.help.install import HelpParts, install_help
from kiosk.ui.shell.fonts import install_fonts
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.placement import show_window
from kiosk.ui.shell.touch import TouchParts, install_touch
from kiosk.ui.shell.window_filters import FirstInput, WindowFilters
from kiosk.web.connection_guard import process_guard
from kiosk.web.scheme import register_scheme
from kiosk.start_config import (ResolvedConfig, SiteRead, config_source, fleet_lines, keep_last_good,
                                resolve_config, split_errors, start_failed_error)
from kiosk.wiring import connect_reports, kiosk_busy, register_resets, remove_stale_sessions

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinterInfo

    from kiosk.services.events import EventHub
    from kiosk.ui.admin.controller import AdminSources
    from kiosk.ui.guides.speech import SpeakerFactory

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


def build(config: Config | SiteRead | ResolvedConfig | str | Path | None = None, data_dir: str | Path | None = None,
          windowed: bool = True, *, clock: Callable[[], float] = time.monotonic,
          speaker_factory: SpeakerFactory | None = None,
          printer_lookup: Callable[[str], QPrinterInfo] | None = None,
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
    # The packaged fonts, before any widget: every language drawn with them (kiosk/ui/shell/fonts.py).
    install_fonts(app)
    collab = Collaborators(clock=clock, speaker_factory=speaker_factory, printer_lookup=printer_lookup,
                           quit_app=quit_app, storage_retry_s=storage_retry_s, restart_app=restart_app,
                           wall_clock=wall_clock)
    attempt = _Attempt(app)
    try:
        kiosk = _build(config, data_dir, windowed, collab, attempt=attempt)
    except Exception as exc:  # any fault of the start: the kiosk must come up all the same
        log.exception("the kiosk could not start with its configuration; starting on the last valid one")
        attempt.undo()
        try:
            kiosk = _build(config, data_dir, windowed, collab, attempt=attempt, failed=exc)
        except Exception as again:
            log.exception("the kiosk could not start on the last valid configuration either")
            attempt.undo()
            return _serviced(None, ResolvedConfig(None, [start_failed_error(config_source(config), again)]),
                             windowed)
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


def _build(config: Config | SiteRead | ResolvedConfig | str | Path | None, data_dir: str | Path | None, windowed: bool,
           collab: Collaborators, *, attempt: _Attempt | None = None, failed: BaseException | None = None) -> Kiosk:
    """build(), once: on `config`, or (`failed`: the first attempt raised that) on the last valid one."""
    t0 = time.perf_counter()
    app = QApplication.instance()
    before_qapplication()
    paths = _open_paths(data_dir)
    if paths is None:
        return _serviced(None, ResolvedConfig(None), windowed)
    resolved = resolve_config(config, paths, failed)
    t_config = time.perf_counter()
    if resolved.config is None:
        return _serviced(paths, resolved, windowed, collab)
    cfg = resolved.config
    remove_stale_sessions(paths.session_root)
    kiosk = Kiosk(None, paths, resolved)
    kiosk.on_stop("volatile data directory", paths.remove_volatile)
    services = install_services(kiosk, cfg, paths, collab, app)
    guides = SiteGuides(GuidesParts(cfg.guide_dirs, cfg.source, [t.id for t in cfg.tiles], cfg.default_language),
                        kiosk.timings)
    kiosk.guide_problems = guides.problems
    window = kiosk.window = MainWindow(cfg, services.language, services.appearance, services.idle, services.session,
                                       services.printing, guides, speaker_factory=services.speaker_factory)
    kiosk.first_frame = FirstFrame(window)   # READY, the ready marker, the deferred start, --smoke: all wait for it
    kiosk.on_stop("window", lambda: (window.stop(), window.language.detach(), close_window(window)))
    policy = cfg.browser_policy()   # the same policy check-config judges tiles by
    video = Policy.build(cfg.video_hosts, cfg.all_blocked_hosts()) if cfg.video_hosts else None
    kiosk.browser_session = install_browser(BrowserParts(
        window, policy, video, cfg.allow_uploads, paths.session_root, lambda: services.language.code, app))
    register_resets(services.session, window, kiosk.browser_session, services.idle, services.language,
                    services.appearance, cfg.default_language)
    connect_reports(services.events, services.session, window, services.printing, services.language,
                    services.appearance)
    # The event hub's subscribers: connected here and nowhere else (the usage log: after the first frame).
    services.events.subscribe("refused-host counter", services.refused_hosts.on_event)
    _install_guard(kiosk, policy, services.events, attempt)
    # The help queue's home row and status strip are in the first frame (its screens deferred).
    _logged("help queue", lambda: _install_help(kiosk, services))()
    show_window(window, windowed)
    # WORKAROUND for the PySide6 6.12 segfault of a Python event filter on the
    # QApplication (shiboken's dynamic_cast on a QtWebEngine QQuickItem under
    # construction): the filters sit on the window's native QWindow and follow
    # it when Qt replaces it, see kiosk/ui/shell/window_filters.py.
    filters = kiosk.filters = WindowFilters(window, (services.idle, services.key_guard))
    kiosk.on_stop("window filters", filters.remove)
    # The admin entrance: only its gesture before the first frame; the PIN pad
    # and the view with the rest, at the latest when the gesture is made.
    admin = AdminEntrance(AdminParts(window, lambda: _admin_sources(kiosk), services.session, services.idle, filters,
                                     collab.quit_app, collab.clock))
    kiosk.timings.update(config_ms=(t_config - t0) * 1000, build_ms=(time.perf_counter() - t0) * 1000)

    # Just after the first frame (or at the first input, whichever comes first):
    # the browser and guides screens, then these, in order. Features that add to
    # a working kiosk: a fault in one is logged and the kiosk serves residents without it.
    # The kiosk came up with its configuration: kept as the last valid one (a fetched one is confirmed).
    window.defer(_logged("last valid configuration", lambda: keep_last_good(resolved, paths)))
    window.defer(_logged("admin view", lambda: setattr(kiosk, "admin", admin.finish())))
    window.defer(_logged("usage log", lambda: _install_usage(kiosk, guides)))
    # What was reported before the usage log listened, in order; the database;
    # the connection guard's serving thread (if it fails here, the first
    # session's profile tries again). A fault in one never skips the others.
    window.defer(_logged("event hub", services.events.release))
    window.defer(_logged("storage", lambda: _start_storage(kiosk)))
    window.defer(_logged("connection guard", lambda: process_guard().serve()))
    if services.speech is not None:
        window.defer(_logged("read aloud", services.speech.start))   # returns at once: a child process starts
    deployment = cfg.deployment
    window.defer(_logged("on-screen keyboard", lambda: setattr(kiosk, "keyboard", install_touch(TouchParts(
        window, services.session, tuple(cfg.languages), deployment.hide_pointer, deployment.virtual_keyboard)))))
    window.defer(_logged("deployment", lambda: _install_deployment(kiosk, collab)))
    window.defer(_logged("configuration from a URL", lambda: _install_fleet_config(kiosk, collab)))
    _finish_start_at_first_input_or_frame(kiosk.first_frame, window)
    _install_watchdog(kiosk, "")   # after the deferred start: a release dying in it gets no ready marker
    return kiosk


def _open_paths(data_dir: str | Path | None) -> Paths | None:
    """The data directory; a temporary one (nothing kept) if it is unusable; None if neither works."""
    try:
        return Paths.create(data_dir)
    except DataDirUnusable as exc:
        try:
            paths = Paths.create_volatile(str(exc))
        except DataDirUnusable as again:
            log.error("%s, and %s; showing the 'being serviced' window", exc, again)
            return None
        log.error("%s; serving residents from %s, where nothing is kept past a restart", exc, paths.data_dir)
        return paths


def _install_guard(kiosk: Kiosk, policy: Policy, hub: EventHub, attempt: _Attempt | None) -> None:
    """This kiosk's policy on the connection guard; its refusals reported like the browser's."""
    # The guard refuses on its own thread; each refusal is handed to this one
    # (kiosk.services.threads) and reported like the others while the window lives.
    guard_answers = Answers(kiosk.window, "connection guard")
    token = kiosk.guard_token = process_guard(serve=False).attach(policy, lambda host, reason: guard_answers.to_main(
        lambda: hub.report("host.refused", host=host, reason=reason, origin=str(Origin.CONNECTION))))
    if attempt is not None:
        attempt.guard_token = token

    def detach() -> None:
        if kiosk.guard_token is not None:
            process_guard(serve=False).detach(kiosk.guard_token)
            kiosk.guard_token = None
    kiosk.on_stop("connection guard", detach)


def _install_watchdog(kiosk: Kiosk, serviced_reason: str) -> None:
    """READY=1 and the release's ready marker after the first frame and the deferred start, then WATCHDOG=1."""
    from kiosk.core.fleet.ready import mark_release_ready

    watchdog = kiosk.watchdog = Watchdog(QCoreApplication.instance())
    kiosk.first_frame.then(lambda: watchdog.ready(serviced_reason) if serviced_reason
                           else (watchdog.ready(), mark_release_ready(kiosk.paths)))

    def stop() -> None:
        watchdog.stopping()
        watchdog.deleteLater()
    kiosk.on_stop("watchdog", stop)


def _install_help(kiosk: Kiosk, services: Services) -> None:
    window = kiosk.window

    def guide_title(guide_id: str, lang: str) -> str:
        guide = window.guides.catalog.get(guide_id)
        return guide.title(lang, kiosk.config.default_language) if guide is not None else guide_id
    kiosk.help = install_help(HelpParts(
        window, kiosk.config, services.session, services.idle, services.storage, services.events,
        guide_position=lambda: window.guides.viewer.position(), guide_title=guide_title,
        speaker=lambda: window.guides.speaker()))
    kiosk.on_stop("help queue", kiosk.help.shutdown)   # after the session's end, so "left" is saved


def _admin_sources(kiosk: Kiosk) -> AdminSources:
    from kiosk.ui.admin.controller import AdminSources   # the view's imports wait for the first frame

    paths, storage = kiosk.paths, kiosk.storage
    own, fetched = split_errors(kiosk.resolved)   # a fetched file given up is not the site file's error
    return AdminSources(
        config=kiosk.config, config_errors=own,
        config_fallback=kiosk.config_fallback, log_file=paths.log_file, refused_hosts=kiosk.refused_hosts.rows,
        storage_state=lambda: storage_state(storage, paths),
        fleet_lines=lambda: fleet_lines(kiosk.fleet_config, fetched),
        broker_status=lambda: kiosk.help.link_status() if kiosk.help is not None else None)


def _install_usage(kiosk: Kiosk, guides: SiteGuides) -> None:
    """The usage log: the hub's second subscriber (what may leave the terminal, decided by its
    privacy filter), with the admin view's sync panel."""
    from kiosk.services.usage_log import install_usage_log
    from kiosk.ui.usage.admin_panel import attach_usage_panel

    kiosk.usage = install_usage_log(kiosk.events, kiosk.session, kiosk.storage, kiosk.config, kiosk.paths,
                                    guide_ids=guides.ids)
    kiosk.on_stop("usage log", kiosk.usage.close)
    guides.when_loaded(kiosk.usage.known_guides)
    if kiosk.admin is not None:
        attach_usage_panel(kiosk.admin, kiosk.usage)


def _start_storage(kiosk: Kiosk) -> None:
    """Start the storage thread and open (and migrate) the database on it now, so that a fault
    shows in the admin view and the log at once, not at the first write; jobs queued before
    the first frame run now."""
    kiosk.storage.start()
    kiosk.storage.submit(lambda db: None)


def _install_deployment(kiosk: Kiosk, collab: Collaborators) -> None:
    from kiosk.services.deployment import DeploymentParts, install_deployment   # after the first frame: start-up time

    paths = kiosk.paths
    kiosk.health, kiosk.nightly = install_deployment(DeploymentParts(
        kiosk.config, kiosk.config_fallback, paths.status_file, paths.metrics_file, kiosk.session, kiosk.storage,
        lambda state=None: storage_state(kiosk.storage, paths, state), kiosk.usage,
        busy=lambda quiet_s: kiosk_busy(kiosk, quiet_s), restart_app=collab.restart_app,
        wall_clock=collab.wall_clock, owner=kiosk.window))
    if kiosk.help is not None:   # status.json's broker fields and metric follow the shared queue's link
        kiosk.help.report_link(kiosk.health)


def _install_fleet_config(kiosk: Kiosk, collab: Collaborators) -> None:
    """[fleet] config_url: poll for a signed configuration, apply it by a restart between residents."""
    if not kiosk.resolved.fleet.enabled:
        return
    from kiosk.services.fleet_config import FleetConfigParts, install_fleet_config

    kiosk.fleet_config = install_fleet_config(FleetConfigParts(
        kiosk.resolved, busy=lambda quiet_s: kiosk_busy(kiosk, quiet_s), session=kiosk.session,
        restart_app=collab.restart_app or QCoreApplication.quit, health=kiosk.health, owner=kiosk.window))
    kiosk.on_stop("configuration from a URL", kiosk.fleet_config.stop)


def _finish_start_at_first_input_or_frame(first_frame: FirstFrame, window: MainWindow) -> None:
    """A tap before the deferred parts exist builds them first (the filter
    installed last runs first); the first QWindow lasts until a web page shows."""
    first_input = FirstInput(window.finish_start, parent=window)
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(first_input)
        window.defer(lambda: handle.removeEventFilter(first_input))
    first_frame.then(window.finish_start, fallback_ms=FALLBACK_MS)


def _logged(name: str, install: Callable[[], None]) -> Callable[[], None]:
    """`install`, with a fault logged instead of raised: the kiosk serves residents without that part."""
    def run() -> None:
        try:
            install()
        except Exception:
            log.exception("%s not available: it failed to start", name)
    return run


def _serviced(paths: Paths | None, resolved: ResolvedConfig, windowed: bool,
              collab: Collaborators | None = None) -> Kiosk:
    """The calm "being serviced" window; on a first boot ("being set up") it fetches the configuration."""
    from kiosk.ui.shell.serviced_window import ServicedWindow   # start-up time: only without a configuration
    first_boot = resolved.first_boot and paths is not None
    window = ServicedWindow(setting_up=first_boot)
    kiosk = Kiosk(window, paths, resolved, first_frame=FirstFrame(window))
    if paths is not None:
        kiosk.on_stop("volatile data directory", paths.remove_volatile)
    kiosk.on_stop("window", lambda: close_window(window))
    why = "no valid configuration" if paths is not None else "no folder to run from"
    _install_watchdog(kiosk, "first boot: being set up" if first_boot else f"{why}: being serviced")
    show_window(window, windowed)
    if paths is not None:
        _logged("configuration from a URL" if first_boot else "health files",
                lambda: _without_config(kiosk, window, collab, first_boot))()
    return kiosk


def _without_config(kiosk: Kiosk, window: QObject, collab: Collaborators | None, first_boot: bool) -> None:
    """Set up: fetch now, restart into the first good file; serviced: the health files say why (config "invalid")."""
    from kiosk.services.deployment import serviced_health
    from kiosk.services.fleet_config import install_first_boot

    if not first_boot:
        return kiosk.on_stop("health files", serviced_health(kiosk.paths, kiosk.config_errors, window).write_now)
    restart = (collab.restart_app if collab is not None else None) or QCoreApplication.quit
    kiosk.fleet_config = install_first_boot(kiosk.resolved, window, restart)
    kiosk.on_stop("configuration from a URL", kiosk.fleet_config.stop)
