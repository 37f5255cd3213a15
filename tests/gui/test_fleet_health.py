"""Fleet health (issue 20): a heartbeat that a frozen interface stops, the terminal and release in the files.

The health files are real files written by the real writer; the interface
thread is "frozen" the way a hang freezes it: this test's own code runs on it
and does not return to the event loop while it watches the files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from kiosk.core.config.site import parse_config
from kiosk.core.health import Health
from tests.configs import local_config_text


def read(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):   # not written yet
        return {}


def test_a_frozen_interface_stops_the_heartbeat_while_the_files_stay_fresh(qtbot, tmp_path):
    from kiosk.services.health_files import HealthFiles

    status, metrics = tmp_path / "status.json", tmp_path / "digipiste.prom"
    files = HealthFiles(status, metrics, Health(site_id="s", terminal_id="t"), interval_ms=100, heartbeat_ms=20)
    files.write_soon()
    # While the interface runs, the heartbeat in the file advances.
    first: list[float] = []
    qtbot.waitUntil(lambda: first.append(read(status).get("heartbeat", 0)) or len(set(first) - {0}) >= 3,
                    timeout=20_000)

    # Frozen: from here until the end of the loop no event of this thread is handled.
    stamped = files.health.heartbeat          # the last stamp the interface made
    frozen_at = time.time()
    writes: set[float] = set()
    deadline = time.monotonic() + 60
    while len(writes) < 3:                    # the sentinel: three writes by the writer after the freeze
        assert time.monotonic() < deadline, "the writer stopped writing when the interface froze"
        doc = read(status)
        if doc.get("written_at", 0) > frozen_at:
            writes.add(doc["written_at"])
            # At 20 ms a stamp, the heartbeat would have moved on between these writes 100 ms apart.
            assert doc["heartbeat"] == stamped <= frozen_at
        time.sleep(0.005)                     # polling for the writer's next write, not waiting for nothing
    prom = metrics.read_text()
    assert f'digipiste_heartbeat_timestamp_seconds{{site="s",terminal="t"}} {stamped!r}' in prom

    # The interface runs again: so does the heartbeat.
    qtbot.waitUntil(lambda: read(status).get("heartbeat", 0) > frozen_at, timeout=20_000)
    files.deleteLater()


def test_the_kiosk_reports_terminal_label_release_and_heartbeat(make_kiosk, data_dir, qtbot):
    import kiosk

    text = local_config_text({"a": "http://127.0.0.1:9/"}) + (
        '\n[terminals.t1]\nlabel = "By the window"\nqueue_letter = "K"\n')
    config, errors = parse_config(text, "test.toml")
    assert not errors, [str(e) for e in errors]
    assert (config.terminal.label, config.terminal.queue_letter) == ("By the window", "K")
    started = time.time()
    make_kiosk(config)
    status = data_dir / "status.json"
    qtbot.waitUntil(lambda: read(status).get("written_at", 0) > 0, timeout=20_000)
    doc = read(status)
    assert (doc["terminal_id"], doc["terminal_label"], doc["release"]) == ("t1", "By the window", kiosk.__version__)
    assert doc["heartbeat"] >= started - 1 and doc["written_at"] >= doc["heartbeat"] - 1
    prom = (data_dir / "digipiste.prom").read_text()
    assert (f'digipiste_terminal_info{{site="test",terminal="t1",label="By the window",'
            f'release="{kiosk.__version__}"}} 1') in prom


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool (Debian's prometheus package) not installed")
def test_promtool_accepts_the_metrics_file_the_kiosk_writes(make_kiosk, data_dir, qtbot):
    text = local_config_text({"a": "http://127.0.0.1:9/"}) + '\n[terminals.t1]\nlabel = "Ikkuna \\"A\\" \\\\ 2"\n'
    config, errors = parse_config(text, "test.toml")
    assert not errors, [str(e) for e in errors]
    make_kiosk(config)
    prom = data_dir / "digipiste.prom"
    qtbot.waitUntil(lambda: "digipiste_terminal_info" in (prom.read_text() if prom.exists() else ""),
                    timeout=20_000)
    done = subprocess.run(["promtool", "check", "metrics"], input=prom.read_text(), capture_output=True,
                          text=True, timeout=60)
    # promtool's linter writes nothing for a clean file; any complaint (name, HELP, TYPE, unit) is shown.
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr
