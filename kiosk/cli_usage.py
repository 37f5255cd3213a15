"""`kiosk sync --once` and `kiosk stats`: the usage log from the command line.

No Qt: IT staff run these over SSH, or a timer runs `kiosk sync --once` on a
terminal whose kiosk is stopped. Both accept --config and --data-dir after the
sub-command as well as before it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def add_usage_commands(sub) -> None:
    """Register `sync` and `stats` on the main parser's sub-parsers."""
    p = sub.add_parser("sync", help="send the pending usage events to the configured target")
    p.add_argument("--once", action="store_true", required=True,
                   help="one pass: exit 0 when nothing is left, 1 when the target failed")
    _common(p)
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("stats", help="local summary of the usage log")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--since", type=_date, help="only from this day on (YYYY-MM-DD, site time)")
    p.add_argument("--from", dest="from_dir", metavar="DIR",
                   help="the files of the directory sync target of many terminals, per terminal and in total")
    _common(p)
    p.set_defaults(func=cmd_stats)


def _common(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: not given here keeps the value given before the sub-command.
    p.add_argument("--config", default=argparse.SUPPRESS, help="site configuration (TOML)")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="data directory of the kiosk")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _load(args):
    """The configuration (a bootstrap file's fetched one: kiosk/cli_fleet.py) and the data directory."""
    from kiosk.cli_fleet import NoConfiguration, command_config
    from kiosk.core.config.site import ConfigInvalid
    from kiosk.demo import demo_config_path
    from kiosk.paths import Paths

    try:
        config = command_config(args.config or demo_config_path(), args.data_dir)
    except ConfigInvalid as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return None, None
    except NoConfiguration as exc:
        print(f"kiosk {args.command}: {exc}", file=sys.stderr)
        return None, None
    return config, Paths.create(args.data_dir)


def cmd_sync(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="kiosk sync: %(message)s", stream=sys.stderr)
    config, paths = _load(args)
    if config is None:
        return EXIT_INVALID
    from kiosk.services.sync_targets import target_from_config
    from kiosk.services.sync_worker import SyncEngine
    from kiosk.storage import outbox
    from kiosk.storage.db import open_database

    target = target_from_config(config.sync, config.site_id, config.terminal_id)
    if target is None:
        db = open_database(paths.database)
        counts = outbox.counts(db)
        db.conn.close()
        print(f"sync.target is none: {counts['pending']} events kept on this terminal, nothing sent")
        return EXIT_OK
    engine = SyncEngine(lambda: open_database(paths.database), target)
    result = engine.run_once()
    engine.close()
    where = config.sync.url or config.sync.directory
    print(f"sent {result.sent} events in {result.batches} batches to {target.name} ({where})")
    if result.split:
        print(f"{result.split} batches were not fully confirmed and were split; "
              f"{result.resent} copies of events sent again")
    if result.quarantined:
        print(f"set aside {result.quarantined} events after their last try: " + "; ".join(result.messages))
    if result.corrected or result.estimated:
        print(f"re-dated {result.corrected} events by the clock they were recorded with"
              + (f", {result.estimated} by estimate" if result.estimated else "") + " (see docs/sync.md)")
    if result.expired:
        print(f"{result.expired} events were older than 24 h: Matomo would drop them without a token; "
              "kept on the terminal (see docs/sync.md)")
    if result.rejected:
        print(f"Matomo counted {result.rejected} events as invalid")
    print(f"{result.pending} events pending" + (
        f", {result.waiting} of them waiting to be tried again alone" if result.waiting else ""))
    if result.failed:
        print(f"kiosk sync: the target failed: {result.message}; nothing was lost", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK if result.pending == 0 else EXIT_FAILED


def cmd_stats(args: argparse.Namespace) -> int:
    if args.from_dir:   # many terminals' files (issue 20): kiosk/cli_stats_from.py
        return _stats_from(args)
    config, paths = _load(args)
    if config is None:
        return EXIT_INVALID
    from kiosk.storage.db import open_database
    from kiosk.storage.usage_stats import summary, text_report

    db = open_database(paths.database)
    try:
        data = summary(db, args.since, config.time_zone)
    finally:
        db.conn.close()
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else text_report(data))
    return EXIT_OK


def _stats_from(args: argparse.Namespace) -> int:
    """Days in the time zone of --config when given, else Europe/Helsinki (no terminal's data needed)."""
    time_zone = "Europe/Helsinki"
    if getattr(args, "config", None):
        config, _paths = _load(args)
        if config is None:
            return EXIT_INVALID
        time_zone = config.time_zone
    from kiosk.cli_stats_from import cmd_stats_from

    return cmd_stats_from(args, time_zone)
