"""The real kiosk program (`python -m kiosk` on Xvfb) with [fleet] config_url over real HTTPS.

A resident is in a service when a new signed configuration arrives: the kiosk
keeps serving them on the old one; when they end their session the kiosk
quits (exit status 0: its systemd unit starts it again, Restart=always), and
the next start shows the new tile label on the home screen.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.configs import local_config_text
from tests.display.conftest import KioskProcess, wait_path
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

LATER = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_a_signed_configuration_applies_after_the_session_not_during_it(xserver, site, tmp_path):
    key = make_key(tmp_path / "key")
    site.add("/kela", "<title>Kela</title>Kela")
    base = local_config_text({"kela": site.url("/kela")}, signed_out_s=2)
    published = tmp_path / "published.toml"
    published.write_text(base.replace('"kela fi"', '"Kela, uusi"'), encoding="utf-8")
    minisig = key.sign(published, f"serial:7 expires:{LATER}")
    with FleetServer(tmp_path) as server:
        server.publish(published.read_bytes(), minisig.read_bytes())
        bootstrap = base.replace('"kela fi"', '"Kela"') + (
            f'\n[fleet]\nconfig_url = "{server.url}"\npublic_keys = ["{key.public_line}"]\n'
            f'ca_file = "{server.ca_file}"\ninterval_s = 10\n')
        kiosk = KioskProcess(xserver, bootstrap, tmp_path)
        try:
            kiosk.wait_state(lambda s: s["screen"] == "home", timeout=30)
            assert kiosk.ask("label tile-kela")["text"] == "Kela"
            kiosk.press("tile-kela")
            wait_path(site, "/kela")
            kiosk.wait_log("configuration serial 7 fetched", timeout=30)
            kiosk.wait_log("configuration serial 7 waits: a resident's session", timeout=10)
            # The resident is still in their service: the kiosk answers (a sentinel) and did not restart.
            assert kiosk.state()["screen"] == "browser-screen" and kiosk.proc.poll() is None
            kiosk.press("nav-end-session")
            kiosk.press("end-yes")
            kiosk.wait_state(lambda s: "session-feedback" in s["overlays"])
            kiosk.press("feedback-skip")
            assert kiosk.proc.wait(30) == 0, kiosk.stderr_tail()
            assert "applying configuration serial 7" in kiosk.log()
        finally:
            kiosk.stop()
        # systemd's restart: the same site file and data directory.
        again = KioskProcess(xserver, bootstrap, tmp_path)
        try:
            again.wait_state(lambda s: s["screen"] == "home", timeout=30)
            assert again.ask("label tile-kela")["text"] == "Kela, uusi"
            again.wait_log("configuration serial 7 came up", timeout=20)
            assert server.counts["GET /site.toml"] >= 1
        finally:
            again.stop()
