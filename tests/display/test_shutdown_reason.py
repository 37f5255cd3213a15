"""A kiosk stopped under a resident's session (systemd's SIGTERM, a restart) is no admin's act.

The real kiosk process runs on Xvfb; a resident taps a service, so a session
is on; then the process gets SIGTERM, as `systemctl stop` or the nightly
restart gives it. `kiosk stats --json` on the same data folder must count that
session as ended by "shutdown", never as ended by an admin, whose count means
someone used the admin PIN.
"""

from __future__ import annotations

import json
import signal
import time

from tests.configs import local_config_text
from tests.usage.sync_helpers import kiosk_cli

PAGE = "<!doctype html><title>service</title><h1>Palvelu</h1>"


def test_sigterm_mid_session_is_counted_as_shutdown_not_admin(run_kiosk, site, tmp_path):
    site.add("/service", PAGE)
    kiosk = run_kiosk(local_config_text({"service": site.url("/service")}))
    kiosk.press("tile-service")                 # the resident's first tap starts a session
    deadline = time.monotonic() + 20
    while "/service" not in site.paths_seen():
        assert time.monotonic() < deadline, "the service page was never requested"
        time.sleep(0.1)
    kiosk.wait_log("session started", timeout=10)
    kiosk.proc.send_signal(signal.SIGTERM)
    assert kiosk.proc.wait(30) == 0, kiosk.stderr_tail()
    assert "session ending: shutdown" in kiosk.log()

    run = kiosk_cli("stats", "--json", "--config", str(tmp_path / "site.toml"),
                    "--data-dir", str(kiosk.data_dir))
    assert run.returncode == 0, run.stderr
    stats = json.loads(run.stdout)
    assert stats["sessions"] == 1
    assert stats["sessions_ended"] == {"shutdown": 1}
    text = kiosk_cli("stats", "--config", str(tmp_path / "site.toml"), "--data-dir", str(kiosk.data_dir)).stdout
    assert "Ended: kiosk stopped or restarted 1" in text
