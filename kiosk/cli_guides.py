"""`kiosk guides check [DIR] [--config FILE] [--data-dir DIR]`: guides checked as the kiosk reads them.

Every guide file's shape, its steps, pictures (drawn by the kiosk's own code on Qt's offscreen
platform) and the services it names against the configuration's tiles; exit 2 on an error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID = 0, 2


def add_guides_command(sub) -> None:
    p = sub.add_parser("guides", help="guide tools")
    p.add_argument("guides_command", choices=["check"])
    p.add_argument("dir", nargs="?")
    p.add_argument("--config", dest="config", help="configuration whose tiles are the known services "
                   "(a bootstrap file: the configuration this terminal fetched)")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="data directory of the kiosk (for a bootstrap file)")
    p.set_defaults(func=cmd_guides)


def cmd_guides(args: argparse.Namespace) -> int:
    if args.guides_command != "check":
        print("usage: kiosk guides check [DIR]", file=sys.stderr)
        return EXIT_INVALID
    from kiosk.cli_fleet import NoConfiguration
    from kiosk.core.config.site import ConfigInvalid
    from kiosk.core.guides import check_guides_dir
    from kiosk.resources import shipped_guides_dir

    directory = Path(args.dir) if args.dir else shipped_guides_dir()
    try:
        services = _known_services(args.config, args.data_dir)
    except ConfigInvalid as exc:
        print("kiosk guides check: the configuration given with --config is not valid, so the "
              "guides cannot be checked against its tiles:", file=sys.stderr)
        for error in exc.errors:
            print(error, file=sys.stderr)
        return EXIT_INVALID
    except NoConfiguration as exc:
        print(f"kiosk guides check: {exc}", file=sys.stderr)
        return EXIT_INVALID
    draw = _picture_renderer()
    if draw is None:
        return EXIT_INVALID
    problems = check_guides_dir(directory, services=services, draw=draw)
    errors = [p for p in problems if p.is_error]
    for problem in problems:
        print(problem, file=sys.stderr if problem.is_error else sys.stdout)
    if errors:
        return EXIT_INVALID
    print(f"{directory}: OK ({len(problems)} plain-language warning(s))")
    return EXIT_OK


def _picture_renderer():
    """The kiosk's own picture drawing (QtSvg, QImage) on Qt's offscreen platform; None if Qt fails."""
    try:
        from PySide6.QtGui import QGuiApplication

        from kiosk.ui.guides.pictures import drawing_problem

        # Offscreen: the check draws into images and needs no screen (CI, ssh).
        app = QGuiApplication.instance() or QGuiApplication(["kiosk", "-platform", "offscreen"])
    except Exception as exc:  # noqa: BLE001 - any Qt start-up fault is reported, never a traceback
        print(f"kiosk guides check: cannot start Qt to draw the pictures ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        return None
    _picture_renderer.app = app   # kept alive while the check runs
    return drawing_problem


def _known_services(config_path: str | None, data_dir: str | None) -> set[str]:
    """Tile ids of the configuration (the demo's without one; a bootstrap file's fetched one);
    ConfigInvalid if it is broken, kiosk.cli_fleet.NoConfiguration if nothing is fetched yet."""
    from kiosk.cli_fleet import command_config
    from kiosk.demo import demo_config_path

    cfg = command_config(config_path or demo_config_path(), data_dir)
    return {t.id for t in cfg.tiles}
