"""Shared set-up for the sync tests: an outbox full of records, a config file, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.storage import outbox
from kiosk.storage.db import open_database
from tests.conftest import REPO
from tests.unit.test_config import BASE


def make_records(n: int, at: datetime | None = None) -> list[dict]:
    """n records, each in its own session (so Matomo's visitor id tells them apart)."""
    at = at or datetime.now(UTC) - timedelta(minutes=5)
    return [{"uuid": str(uuid.uuid4()), "type": "tile.opened", "at": at.strftime("%Y-%m-%dT%H:%MZ"),
             "site": "test-site", "terminal": "t1", "session": uuid.uuid4().hex, "fields": {"tile": "kela"}}
            for _ in range(n)]


def fill(db_path: Path, records: list[dict]) -> None:
    db = open_database(db_path)
    outbox.append(db, records)
    db.conn.close()


def counts(db_path: Path) -> dict:
    db = open_database(db_path)
    try:
        return outbox.counts(db) | {"status": outbox.get_status(db)}
    finally:
        db.conn.close()


def write_config(path: Path, sync: str) -> Path:
    path.write_text(BASE + "\n[sync]\n" + sync, encoding="utf-8")
    return path


def kiosk_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO)


def start_cli(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-m", "kiosk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=REPO)
