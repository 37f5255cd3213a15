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

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.chromium_flags import chromium_flags, qt_argv, scrub_environment
from kiosk.core.config import Config, ConfigError, ConfigInvalid, load_config
from kiosk.core.session_rules import IdleRules
from kiosk.core.url_policy import Policy
from kiosk.demo import demo_config_path
from kiosk.paths import Paths
from kiosk.services.idle import IdleWatcher
from kiosk.storage.blocked_hosts import BlockedHosts
from kiosk.storage.db import open_database
from kiosk.ui.appearance import Appearance
from kiosk.ui.i18n import Language
from kiosk.ui.key_guard import KeyGuard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.serviced_window import ServicedWindow
from kiosk.web.scheme import register_scheme
from kiosk.web.session_profile import SessionProfile

log = logging.getLogger("kiosk.app")

_prepared = False


def before_qapplication(lang: str = "fi") -> list[str]:
    """Prepare Qt and Chromium; return the argv to give QApplication."""
    global _prepared
    scrubbed = scrub_environment(os.environ)
    if scrubbed:
        log.warning("ignored environment variables: %s", ", ".join(scrubbed))
    if not _prepared:
        register_scheme()
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        _prepared = True
    return qt_argv(sys.argv[0] if sys.argv else "kiosk", chromium_flags(lang=lang))


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
        self.blocked_hosts: BlockedHosts | None = None
        self.idle: IdleWatcher | None = None
        self.key_guard: KeyGuard | None = None
        self.timings: dict[str, float] = {}

    def recover(self) -> None:
        """After an unexpected error: close overlays and show the home screen."""
        if isinstance(self.window, MainWindow):
            self.window.confirm_end.hide()
            self.window.go_home()

    def shutdown(self) -> None:
        """End any session (wiping it), remove filters, close the window."""
        if isinstance(self.window, MainWindow):
            if self.window.in_session:
                self.window.end_session("admin")
            self.window._signed_out_timer.stop()
        handle = self.window.windowHandle()
        for filt in (self.idle, self.key_guard):
            if filt is not None and handle is not None:
                handle.removeEventFilter(filt)
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
        _show(window, windowed)
        return kiosk
    cfg = resolved.config
    kiosk = Kiosk(QWidget(), paths, resolved)  # window set below
    kiosk.db = open_database(paths.database)
    kiosk.blocked_hosts = BlockedHosts(kiosk.db)
    language = Language(cfg.default_language, app)
    appearance = Appearance(app)
    idle = IdleWatcher(IdleRules(cfg.idle_timeout_s, cfg.warning_s), parent=app)
    key_guard = KeyGuard(app)
    policy = Policy.build(cfg.allowed_host_rules(), cfg.all_blocked_hosts())
    video = Policy.build(cfg.video_hosts, cfg.all_blocked_hosts()) if cfg.video_hosts else None

    def make_profile() -> SessionProfile:
        return SessionProfile(policy, paths.session_root, lang=language.code)

    window = MainWindow(cfg, language, appearance, idle, policy, video, make_profile)
    window.refused.connect(lambda host, _reason: kiosk.blocked_hosts.record(host))
    kiosk.window = window
    kiosk.idle = idle
    kiosk.key_guard = key_guard
    _show(window, windowed)
    # WORKAROUND for a PySide6 6.12 crash: a Python event filter on the
    # QApplication gets QtWebEngine's internal QQuickItems while they are being
    # built (focus-in), and wrapping one segfaults in shiboken's dynamic_cast.
    # Every touch, click and key of a resident reaches the top-level QWindow
    # first, so the filters sit there instead.
    handle = window.windowHandle()
    handle.installEventFilter(idle)
    handle.installEventFilter(key_guard)
    kiosk.timings = {"config_ms": (t_config - t0) * 1000, "build_ms": (time.perf_counter() - t0) * 1000}
    return kiosk


def _show(window: QWidget, windowed: bool) -> None:
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # Without a window manager (cage gives one, bare X does not) full
        # screen is only a request: cover the screen ourselves as well.
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
