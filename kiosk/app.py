"""Composition root: turns a configuration and a data directory into a running kiosk.

`before_qapplication()` does what Qt needs before the QApplication exists
(the kiosk: scheme, the Chromium flags, OpenGL context sharing). `build()`
makes every object, wires them together and shows the window; it starts no
event loop, so tests drive it with pytest-qt.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.chromium_flags import chromium_flags, qt_argv, scrub_environment
from kiosk.core.config import Config, ConfigError, ConfigInvalid, load_config
from kiosk.core.guide_catalog import load_site_guides, resolve_guide_dirs
from kiosk.core.session_rules import IdleRules
from kiosk.core.url_policy import Policy
from kiosk.demo import demo_config_path
from kiosk.paths import Paths
from kiosk.resources import shipped_guides_dir
from kiosk.services.idle import IdleWatcher
from kiosk.services.watchdog import FirstFrame, Watchdog
from kiosk.ui.admin.controller import AdminController, install_admin
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.key_guard import KeyGuard
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.serviced_window import ServicedWindow
from kiosk.ui.shell.window_filters import WindowFilters
from kiosk.web.scheme import register_scheme
from kiosk.web.session_profile import SessionProfile

log = logging.getLogger("kiosk.app")

_prepared = False


def before_qapplication(lang: str = "fi", extra_flags: tuple[str, ...] = ()) -> list[str]:
    """Prepare Qt and Chromium; return the argv to give QApplication.

    `extra_flags` are checked by chromium_flags (no debugging, no sandbox
    switches); the tests use it for a fake camera.
    """
    global _prepared
    scrubbed = scrub_environment(os.environ)
    if scrubbed:
        log.warning("ignored environment variables: %s", ", ".join(scrubbed))
    if not _prepared:
        register_scheme()
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        _prepared = True
    return qt_argv(sys.argv[0] if sys.argv else "kiosk", chromium_flags(lang=lang, extra=extra_flags))


@dataclass
class ResolvedConfig:
    """The configuration in use, and what was wrong with the one asked for."""

    config: Config | None
    errors: list[ConfigError] = field(default_factory=list)
    fallback: bool = False


def resolve_config(config: Config | str | Path | None, paths: Paths) -> ResolvedConfig:
    """Load the configuration; fall back to the last valid one on this terminal."""
    if isinstance(config, Config):
        return ResolvedConfig(config)
    path = Path(config) if config is not None else demo_config_path()
    try:
        loaded = load_config(path)
    except ConfigInvalid as exc:
        for error in exc.errors:
            log.error("configuration error: %s", error)
        if paths.last_good_config.exists():
            try:
                previous = load_config(paths.last_good_config)
            except ConfigInvalid:
                log.error("the saved last valid configuration is unusable too")
            else:
                log.warning("using the last valid configuration of this terminal (%s)",
                            paths.last_good_config)
                return ResolvedConfig(previous, exc.errors, fallback=True)
        return ResolvedConfig(None, exc.errors)
    try:
        text = path.read_text(encoding="utf-8")
        tmp = paths.last_good_config.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(paths.last_good_config)
    except OSError as exc:
        log.warning("could not keep a copy of the valid configuration: %s", exc)
    return ResolvedConfig(loaded)


class Kiosk:
    """Everything `build()` made; `.window` is shown, `.shutdown()` tears down."""

    def __init__(self, window: QWidget, paths: Paths, resolved: ResolvedConfig) -> None:
        self.window = window
        self.paths = paths
        self.config = resolved.config
        self.config_errors = resolved.errors
        self.config_fallback = resolved.fallback
        self.db = None
        self._blocked_hosts = None
        self.idle: IdleWatcher | None = None
        self.key_guard: KeyGuard | None = None
        self.admin: AdminController | None = None
        self.filters: WindowFilters | None = None
        self.watchdog = Watchdog(QCoreApplication.instance())
        self.health = None        # kiosk.services.health_files.HealthFiles, with a configuration
        self.nightly = None
        self.timings: dict[str, float] = {}
        self.guide_problems: list = []   # kiosk.core.guides.Problem: broken guides were left out
        self._shut_down = False

    @property
    def blocked_hosts(self):
        """The blocked-host counts; opens the database on first use.

        sqlite-utils costs about 80 ms to import, so the database is opened
        just after the first frame (see build), not before it.
        """
        if self._blocked_hosts is None:
            from kiosk.storage.blocked_hosts import BlockedHosts
            from kiosk.storage.db import open_database

            self.db = open_database(self.paths.database)
            self._blocked_hosts = BlockedHosts(self.db)
        return self._blocked_hosts

    def recover(self) -> None:
        """After an unexpected error: close overlays and show the home screen."""
        if isinstance(self.window, MainWindow):
            self.window.confirm_end.hide()
            self.window.go_home()

    def shutdown(self) -> None:
        """End any session (wiping it), remove filters, close the window. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self.watchdog.stopping()
        self.watchdog.deleteLater()
        if isinstance(self.window, MainWindow):
            if self.window.in_session:
                self.window.end_session("admin")
            self.window._signed_out_timer.stop()
            self.window.language.detach()
        if self.filters is not None:
            self.filters.remove()
        self.window.close()
        self.window.deleteLater()
        # Run the deferred deletions now, pages before their profile, so that
        # nothing of the session outlives shutdown (and QtWebEngine never sees
        # a profile released before its pages).
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.db is not None:
            self.db.conn.close()
            self.db = None


def build(config: Config | str | Path | None = None, data_dir: str | Path | None = None,
          windowed: bool = True) -> Kiosk:
    """Make and show the kiosk; a QApplication must exist, no event loop is started."""
    t0 = time.perf_counter()
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("build() needs a QApplication")
    before_qapplication()
    paths = Paths.create(data_dir)
    resolved = resolve_config(config, paths)
    t_config = time.perf_counter()
    if resolved.config is None:
        window = ServicedWindow()
        kiosk = Kiosk(window, paths, resolved)
        FirstFrame(window, lambda: kiosk.watchdog.ready("no valid configuration: being serviced"))
        _show(window, windowed)
        return kiosk
    cfg = resolved.config
    kiosk = Kiosk(QWidget(), paths, resolved)  # window set below
    language = Language(cfg.default_language, app)
    appearance = Appearance(app)
    idle = IdleWatcher(IdleRules(cfg.idle_timeout_s, cfg.warning_s), parent=app)
    key_guard = KeyGuard(app)
    policy = Policy.build(cfg.allowed_host_rules(), cfg.all_blocked_hosts())
    video = Policy.build(cfg.video_hosts, cfg.all_blocked_hosts()) if cfg.video_hosts else None

    def make_profile() -> SessionProfile:
        # Parented to the application: the profile must outlive the Python
        # reference MainWindow drops at session end, until its pages are gone.
        return SessionProfile(policy, paths.session_root, lang=language.code, parent=app)

    t_guides = time.perf_counter()
    guides, kiosk.guide_problems = load_site_guides(
        shipped_guides_dir(), resolve_guide_dirs(cfg.guide_dirs, cfg.source), [t.id for t in cfg.tiles])
    guides_ms = (time.perf_counter() - t_guides) * 1000
    _log_guide_problems(kiosk.guide_problems, len(guides))
    window = MainWindow(cfg, language, appearance, idle, policy, video, make_profile, guides=guides)
    window.refused.connect(lambda host, _reason: kiosk.blocked_hosts.record(host))
    kiosk.window = window
    kiosk.idle = idle
    kiosk.key_guard = key_guard
    FirstFrame(window, kiosk.watchdog.ready)   # systemd: READY=1, then WATCHDOG=1 while responsive
    _install_deployment(kiosk, window, cfg, paths, resolved)
    _show(window, windowed)
    # WORKAROUND for the PySide6 6.12 segfault of a Python event filter on the
    # QApplication (shiboken's dynamic_cast on a QtWebEngine QQuickItem under
    # construction): the filters sit on the window's native QWindow and follow
    # it when Qt replaces it, see kiosk/ui/shell/window_filters.py.
    kiosk.filters = WindowFilters(window, (idle, key_guard))
    install_admin(kiosk)  # adds its gesture to kiosk.filters
    QTimer.singleShot(500, lambda: kiosk._shut_down or kiosk.blocked_hosts)
    kiosk.timings = {"config_ms": (t_config - t0) * 1000, "guides_ms": guides_ms,
                     "build_ms": (time.perf_counter() - t0) * 1000}
    return kiosk


def _install_deployment(kiosk: Kiosk, window: MainWindow, cfg: Config, paths: Paths,
                        resolved: ResolvedConfig) -> None:
    """Health files, nightly restart and the hidden pointer (docs/deploy.md)."""
    from datetime import UTC, datetime

    import kiosk as kiosk_package
    from kiosk.core.health import Health
    from kiosk.services.health_files import HealthFiles
    from kiosk.services.nightly import NightlyRestart

    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ")
    kiosk.health = HealthFiles(paths.status_file, paths.metrics_file, Health(
        version=kiosk_package.__version__, site_id=cfg.site_id, terminal_id=cfg.terminal_id,
        config="fallback" if resolved.fallback else "valid", started_at=started), parent=window)
    kiosk.health.write_soon()

    def session_ended(_reason: str) -> None:
        now = datetime.now(UTC)
        today = now.strftime("%Y-%m-%d")
        count = kiosk.health.health.sessions_today if kiosk.health.health.last_session_end.startswith(today) else 0
        kiosk.health.update(last_session_end=now.strftime("%Y-%m-%dT%H:%MZ"), sessions_today=count + 1)
    window.session_ended.connect(session_ended)
    deployment = cfg.deployment or {}
    if deployment.get("nightly_restart") is not None:
        kiosk.nightly = NightlyRestart(deployment["nightly_restart"], cfg.time_zone,
                                       busy=lambda: window.in_session, quit_app=QApplication.quit,
                                       parent=window)
    if deployment.get("hide_pointer"):
        # cage cannot hide the pointer; on a touch screen it only distracts.
        QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)


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
        window.showFullScreen()
    else:
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # Without a window manager (bare X has none) full screen is only a
        # request: cover the screen ourselves as well.
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
