"""Command line: `kiosk` (run), check-config, hash-pin, --smoke; the other commands (guides
check, usage, speech, broker, update) each in a kiosk/cli_*.py of their own.

Sub-commands that only check files never import Qt, so IT staff can run them
on any machine with the package installed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time

log = logging.getLogger("kiosk.cli")

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
# What home does not need and the kiosk imports only after the first frame (start-up
# time, issue 17): --smoke names any of them loaded before it (numpy: only a dependency
# of sqlite-utils' optional parts, and of the tests' opencv). A package's modules count
# too; a dotted name is that module alone (the fleet's signature code: only with [fleet];
# the shared queue's settings: only with [helpers.broker]; the tests' probe: only for a test;
# the "being serviced" window: only without a valid configuration).
AFTER_FIRST_FRAME = ("sqlite_utils", "sqlite3", "cryptography", "hashlib", "numpy", "dateutil", "asyncio", "pluggy",
                     "kiosk.core.fleet.signature", "kiosk.core.fleet.config_store", "kiosk.core.help.broker_settings",
                     "kiosk.ui.shell.probe", "kiosk.ui.shell.serviced_window")


def _process_start_time() -> float:
    """Wall-clock time this process started (Linux /proc), or now."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return time.time() - uptime + start_ticks / ticks
    except (OSError, ValueError, IndexError):
        return time.time()


def cmd_check_config(args: argparse.Namespace) -> int:
    """Exit 0, or 2 with every error as PATH:LINE: key.path: message; never a traceback."""
    from kiosk.core.config.bootstrap import Bootstrap
    from kiosk.core.config.site import ConfigInvalid, load_site_file
    from kiosk.core.config.shape import fault_words

    from kiosk.core.help.broker_settings import checking_for_kiosk_user

    try:
        with checking_for_kiosk_user():   # [helpers.broker]'s files readable by the kiosk's user too
            config = load_site_file(args.path)
    except ConfigInvalid as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return EXIT_INVALID
    except Exception as exc:  # load_config raises only ConfigInvalid; the net in case it ever does not
        # The kiosk would not start with this file either (kiosk/start_config.py): exit 2 like it.
        print(f"{args.path}:1: (file): {fault_words(exc)}", file=sys.stderr)
        return EXIT_INVALID
    for warning in config.warnings:   # a key read under its new name (kiosk/core/config/upgrade.py)
        print(f"{warning} (warning)", file=sys.stderr)
    if isinstance(config, Bootstrap):   # only [fleet]: the rest comes from the fetched file
        print(f"{args.path}: OK")
        print(config.summary())
        print(f"this computer is terminal '{config.terminal_id}' (from {config.terminal.id_source})")
        if getattr(args, "fetched", False):
            from kiosk.cli_fleet import check_fetched
            return check_fetched(config, args)
        return EXIT_OK
    if config.broker is not None:   # [helpers.broker]: the terminal's certificate about to expire
        from kiosk.core.help.broker_settings import certificate_warnings
        for key, message in certificate_warnings(config.broker):
            print(f"{args.path}: {key}: {message} (warning)", file=sys.stderr)
    print(f"{args.path}: OK")
    # One site file for many terminals (issue 20): each one it names was checked; with the shared
    # help queue the letter matters even when no terminal is named, so it is said then too.
    if config.terminals or config.broker is not None:
        from kiosk.core.config.terminal import summary_lines
        print("\n".join(summary_lines(config.terminals, config.terminal)))
    return EXIT_OK


def cmd_hash_pin(args: argparse.Namespace) -> int:
    """Read a PIN (twice on a terminal, one line from a pipe); print its hash."""
    import getpass   # here, not at the top: start-up time (the kiosk's own start does not read a PIN)

    from kiosk.core.session.pin import hash_pin, pin_problem, trivial_pin

    if sys.stdin.isatty():
        try:
            pin = getpass.getpass("PIN (4-12 digits): ")
            if pin_problem(pin) is None and getpass.getpass("The same PIN again: ") != pin:
                print("kiosk hash-pin: the two PINs differ; nothing was made, try again", file=sys.stderr)
                return EXIT_INVALID
        except (EOFError, KeyboardInterrupt):
            print("kiosk hash-pin: no PIN given", file=sys.stderr)
            return EXIT_INVALID
    else:
        pin = sys.stdin.readline().strip()
    problem = pin_problem(pin)
    if problem is not None:
        print(f"kiosk hash-pin: {problem}", file=sys.stderr)
        return EXIT_INVALID
    weak = trivial_pin(pin)
    if weak is not None:
        print(f"kiosk hash-pin: warning: this PIN is easy to guess ({weak}); choose another one "
              "unless this is only a test", file=sys.stderr)
    print(hash_pin(pin))
    return EXIT_OK


def _config_before_qt(config_path: str | None, paths) -> tuple[object, str]:
    """The configuration the kiosk starts on, resolved once before QApplication exists, and Chromium's language.

    Resolved as build() would (kiosk.start_config.resolve_config: the site file, a fetched one for
    a [fleet] or bootstrap file, the last valid copy for a broken one) and handed to build(), so the
    file is read once and the on-screen keyboard and Chromium's language (its texts inside pages:
    form checks, date pickers, the PDF viewer: the site's default language) come from the file the
    kiosk really runs. `paths`: kiosk.paths.Paths, or None when the data directory is unusable
    (build() then serves from a temporary folder: the file as read decides). Never raises.
    """
    from kiosk.core.config.site import Config
    from kiosk.start_config import read_site_file, resolve_config

    site = read_site_file(config_path) if config_path else None
    if paths is None:
        return site or config_path, _settings_before_qt(site.loaded if site is not None
                                                        and isinstance(site.loaded, Config) else None)
    try:
        resolved = resolve_config(site or config_path, paths)
    except Exception:  # never before Qt starts (that would be a black screen): build() tries again
        log.exception("the configuration could not be resolved before Qt started")
        return site or config_path, "fi"
    return resolved, _settings_before_qt(resolved.config)


def _settings_before_qt(cfg) -> str:
    """Qt's on-screen keyboard (deployment.virtual_keyboard) is chosen before QApplication exists;
    Chromium's language too (returned): the configuration's default language, "fi" without one."""
    if cfg is None:
        return "fi"
    if cfg.deployment.virtual_keyboard:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    return cfg.default_language


def _smoke(qapp, kiosk, started: float, t_import: float, t_built: float) -> int:
    """--smoke: wait for the first frame (and what waits for it), print the JSON report, stop."""
    from PySide6.QtCore import QTimer

    # Timed at the paint itself (and CPU time of every thread since the process
    # started), as tests/bench/bench_startup.py times the bare program; it
    # quits after what else waits for the first frame (READY, the deferred start).
    first = kiosk.first_frame
    first.then(qapp.quit)
    kiosk.window.update()
    QTimer.singleShot(20_000, qapp.quit)  # never hang CI
    qapp.exec()
    ok = first.painted_at is not None and kiosk.config is not None
    painted, painted_cpu = first.painted_at or (time.time(), time.process_time())
    report = {
        "smoke": "ok" if ok else "failed",
        "imports_ms": round((t_import - started) * 1000, 1),
        "build_ms": round((t_built - t_import) * 1000, 1),
        "first_paint_ms": round((painted - started) * 1000, 1),
        # CPU time the process used until then: steadier than wall time on a busy machine.
        "first_paint_cpu_ms": round(painted_cpu * 1000, 1),
        "config_errors": len(kiosk.config_errors),
        "imported_before_first_paint": sorted(
            name for name in first.imported_at_paint
            if name in AFTER_FIRST_FRAME or name.partition(".")[0] in AFTER_FIRST_FRAME),
    }
    print(json.dumps(report))
    kiosk.shutdown()
    return EXIT_OK if ok else EXIT_FAILED


def run(args: argparse.Namespace) -> int:
    """Start the kiosk (or, with --smoke, start, paint once and report)."""
    started = _process_start_time()
    from kiosk.log import route_qt_messages, setup_logging
    from kiosk.paths import DataDirUnusable, Paths

    try:
        paths = Paths.create(args.data_dir)
    except DataDirUnusable:
        # build() says why, once, and serves from a temporary folder that keeps
        # nothing; without a log directory the line goes to stderr (the journal).
        data_dir, paths = args.data_dir, None
        setup_logging(None)
    else:
        data_dir = paths.data_dir
        setup_logging(paths.log_file)
    from kiosk.qt_import import import_qt
    import_qt()   # before any other Qt import: see kiosk/qt_import.py
    from PySide6.QtWidgets import QApplication

    from kiosk import app as app_module
    from kiosk.crash import CrashHandler, install_signal_handlers

    # The configuration is resolved once, here, and handed to build() (parsing takes milliseconds of the start).
    config, site_language = _config_before_qt(args.config, paths)
    argv = app_module.before_qapplication(args.lang or site_language)
    route_qt_messages()
    t_import = time.time()
    qapp = QApplication(argv)
    qapp.setApplicationName("digipiste")
    kiosk = app_module.build(config=config, data_dir=data_dir, windowed=args.windowed)
    if args.lang and hasattr(kiosk.window, "language"):
        kiosk.window.language.set(args.lang)
    probe_ = None   # the tests' probe: kept alive while the kiosk runs
    if os.environ.get("DIGIPISTE_TEST_PROBE") == "1":   # probe.ENV
        # start-up time: the probe's module (~4 ms of CPU) is imported only when a test asks for it.
        from kiosk.ui.shell import probe
        probe_ = probe.attach(kiosk)  # noqa: F841
    crash = CrashHandler(kiosk.recover)
    crash.install()
    install_signal_handlers(qapp)
    t_built = time.time()

    if args.smoke:
        return _smoke(qapp, kiosk, started, t_import, t_built)

    code = qapp.exec()
    kiosk.shutdown()
    crash.uninstall()
    from kiosk.paths import EXIT_LEFT_KIOSK_MODE, left_kiosk_mode_marker

    marker = left_kiosk_mode_marker()
    if code == EXIT_LEFT_KIOSK_MODE and marker is not None:
        try:
            marker.touch()
        except OSError as exc:
            log.error("could not leave the left-kiosk-mode marker %s: %s", marker, exc)
    log.info("kiosk stopped (exit status %d)", code)
    return code


def cmd_selftest(args: argparse.Namespace) -> int:
    """Import every module of the kiosk (the bundle's check that nothing was pruned too far)."""
    import importlib
    import pkgutil

    import kiosk

    failed = []
    names = [m.name for m in pkgutil.walk_packages(kiosk.__path__, "kiosk.")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # every failure is reported, not only the first
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    for line in failed:
        print(line, file=sys.stderr)
    print(f"selftest: {len(names) - len(failed)} of {len(names)} modules import")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_serviced(args: argparse.Namespace) -> int:
    """Only the calm "being serviced" screen, full screen (the recovery unit shows it)."""
    from kiosk.qt_import import import_qt
    import_qt()
    from PySide6.QtWidgets import QApplication

    from kiosk.crash import install_signal_handlers
    from kiosk.ui.shell.serviced_window import ServicedWindow

    qapp = QApplication(sys.argv[:1])
    install_signal_handlers(qapp)
    window = ServicedWindow()
    window.showFullScreen()
    return qapp.exec()


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands` only the kiosk's own options (see main())."""
    # Without commands no -h either: help shows the whole command line.
    parser = argparse.ArgumentParser(prog="kiosk", description="Digipiste kiosk for digi service points.",
                                     add_help=commands)
    from kiosk import __version__

    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--config", help="site configuration (TOML); default: the shipped demo")
    parser.add_argument("--data-dir", help="where the database, logs and session files go")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    from kiosk.core.languages import UI_LANGUAGES   # a dict and a dataclass: cheap at every start

    # Checked here: 'f i' would stop Chromium's flags before Qt starts (a black screen under systemd).
    parser.add_argument("--lang", choices=UI_LANGUAGES, metavar="CODE",
                        help=f"start in this language ({', '.join(UI_LANGUAGES)}; "
                        "default: the site's default_language)")
    parser.add_argument("--smoke", action="store_true",
                        help="start, show the home screen, print startup timings as JSON, exit")
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("check-config", help="validate a configuration file")
    p.add_argument("path")
    p.add_argument("--fetched", action="store_true",
                   help="a bootstrap file: also check the configuration fetched and stored in the data directory")
    p.set_defaults(func=cmd_check_config)
    p = sub.add_parser("hash-pin", help="read a PIN on stdin, print the hash for the configuration")
    p.set_defaults(func=cmd_hash_pin)
    p = sub.add_parser("selftest", help="import every module (checks a bundle)")
    p.set_defaults(func=cmd_selftest)
    p = sub.add_parser("serviced", help="show only the 'being serviced' screen (recovery)")
    p.set_defaults(func=cmd_serviced)
    from kiosk.cli_guides import add_guides_command   # kiosk guides check
    add_guides_command(sub)
    # -- usage log (issue 11): sync --once, stats --------------------------------
    from kiosk.cli_usage import add_usage_commands
    add_usage_commands(sub)
    from kiosk.cli_speech import add_speech_command
    add_speech_command(sub)
    from kiosk.cli_broker import add_broker_command; add_broker_command(sub)   # shared queue (issue 19)
    from kiosk.cli_update import add_update_command   # releases from the signed channel (issue 20)
    add_update_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["speech-host"]:
        # The kiosk's own child process for read aloud (kiosk/services/speech_host.py):
        # not a command for people, so not in --help; started before any parsing or Qt.
        from kiosk.services.speech_host import main as speech_host

        return speech_host(argv[1:])
    # start-up time: starting the kiosk (no command) does not import every
    # command's module to build its parser; anything else gets the whole one.
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:
        args = build_parser().parse_args(argv)
    func = getattr(args, "func", None)
    if func is not None:
        return func(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
