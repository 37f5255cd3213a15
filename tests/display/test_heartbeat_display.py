"""A frozen kiosk goes stale in the health files while they are still written (issue 20).

The real kiosk process on Xvfb (xcb). Its interface thread is blocked the way
a hang blocks it: the test probe's `freeze` command does not return to the
event loop until the test creates a file (SIGSTOP would stop the writer too).
The files keep being written by their own thread; the heartbeat in them,
stamped by the interface thread, stops; after the thaw it moves again. The
kiosk's own intervals (a write every 30 s, a stamp every 10 s) made this take
two minutes: the probe's `health-intervals` makes them 1 s and 0.25 s for
this process, the same two threads doing the same work.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.configs import local_config_text

WRITE_MS, BEAT_MS = 1000, 250   # the kiosk's: 30_000 and 10_000


def read(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def wait_for(predicate, what: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"{what} within {timeout} s")


def test_the_heartbeat_stops_when_the_interface_freezes_and_the_files_stay_fresh(run_kiosk, site, tmp_path):
    kiosk = run_kiosk(local_config_text({"a": site.url("/a")}) + '\n[terminals.t1]\nlabel = "Ikkuna"\n')
    status = kiosk.data_dir / "status.json"
    first = wait_for(lambda: read(status).get("heartbeat") and read(status), "status.json written")
    assert first["terminal_label"] == "Ikkuna"
    assert kiosk.ask(f"health-intervals {WRITE_MS} {BEAT_MS}") == {"health-intervals": [WRITE_MS, BEAT_MS]}
    # Alive: a later write carries a later heartbeat.
    wait_for(lambda: read(status).get("heartbeat", 0) > first["heartbeat"], "the heartbeat advanced")

    thaw = tmp_path / "thaw"
    assert kiosk.ask(f"freeze {thaw}") == {"freeze": str(thaw)}
    frozen_at = time.time()
    # Two writes after the freeze, a write interval apart: a live interface would have stamped meanwhile.
    after = wait_for(lambda: (d := read(status)).get("written_at", 0) > frozen_at and d, "a write after the freeze")
    later = wait_for(lambda: (d := read(status)).get("written_at", 0) > after["written_at"] and d,
                     "a second write after the freeze")
    assert later["heartbeat"] == after["heartbeat"] <= frozen_at
    assert later["written_at"] - later["heartbeat"] >= WRITE_MS / 1000

    thaw.touch()
    wait_for(lambda: read(status).get("heartbeat", 0) > frozen_at, "the heartbeat moved after the thaw")
    assert kiosk.state()["screen"] == "home"
