"""A frozen kiosk goes stale in the health files while they are still written (issue 20).

The real kiosk process on Xvfb (xcb). Its interface thread is blocked the way
a hang blocks it: the test probe's `freeze` command does not return to the
event loop until the test creates a file (SIGSTOP would stop the writer too).
The files keep being written every 30 s by their own thread; the heartbeat in
them, stamped every 10 s by the interface thread, stops; after the thaw it
moves again. Slow on purpose (the kiosk's own intervals, about two minutes):
no interval is shortened for the test.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.configs import local_config_text


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
    # Alive: a later write carries a later heartbeat.
    wait_for(lambda: read(status).get("heartbeat", 0) > first["heartbeat"], "the heartbeat advanced")

    thaw = tmp_path / "thaw"
    assert kiosk.ask(f"freeze {thaw}") == {"freeze": str(thaw)}
    frozen_at = time.time()
    # Two writes after the freeze, 30 s apart: at 10 s a stamp, a live interface would have moved on.
    after = wait_for(lambda: (d := read(status)).get("written_at", 0) > frozen_at and d, "a write after the freeze")
    later = wait_for(lambda: (d := read(status)).get("written_at", 0) > after["written_at"] and d,
                     "a second write after the freeze")
    assert later["heartbeat"] == after["heartbeat"] <= frozen_at
    assert later["written_at"] - later["heartbeat"] >= 30

    thaw.touch()
    wait_for(lambda: read(status).get("heartbeat", 0) > frozen_at, "the heartbeat moved after the thaw")
    assert kiosk.state()["screen"] == "home"
