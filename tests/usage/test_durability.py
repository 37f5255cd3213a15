"""A kill at any moment loses no usage event the kiosk reported as committed."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import REPO


def _committed(out: bytes) -> set[str]:
    lines = out.decode().split("\n")[:-1]   # the last piece may be cut mid-line
    return {line[2:] for line in lines if line.startswith("C ") and len(line) == 38}


def test_sigkill_loses_nothing_committed(tmp_path):
    db = tmp_path / "kiosk.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    promised: set[str] = set()
    rng = random.Random(11)
    for run in range(22):
        child = subprocess.Popen([sys.executable, "-m", "tests.usage.append_child", str(db)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)
        first = child.stdout.readline()
        assert first == b"ready\n", child.stderr.read().decode()[-2000:]
        time.sleep(rng.uniform(0.05, 0.8))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        new = _committed(out)
        promised |= new
        # The database opens cleanly and holds every promised event.
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            made = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'usage_outbox'").fetchone()[0]
            # Killed before the first migration committed: then nothing was promised either.
            stored = {row[0] for row in conn.execute("SELECT uuid FROM usage_outbox")} if made else set()
        finally:
            conn.close()
        missing = promised - stored
        assert not missing, f"run {run}: {len(missing)} committed events lost"
    assert len(promised) > 500   # the runs really appended
