"""First boot of a terminal with only a bootstrap file: the real `python -m kiosk` on Xvfb, real HTTPS.

The terminal's own file holds only [fleet]; nothing is fetched yet. The
resident sees the calm "being set up" window (not a black screen, not an
error); the kiosk asks the server at once. The server holds that first answer
(no timers: the test decides when it answers) while the test reads the
window; then it serves a signed file, the kiosk quits with status 0 (its
systemd unit starts it again) and the next start shows the home screen of
the fetched file, with this terminal's own label from its [terminals.<id>].
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.core.config.terminal import ENV
from tests.configs import local_config_text
from tests.display.conftest import KioskProcess
from tests.display.screen_grab import ScreenGrabber
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

LATER = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_first_boot_shows_being_set_up_then_restarts_into_the_fetched_file(xserver, site, tmp_path, monkeypatch):
    key = make_key(tmp_path / "key")
    site.add("/kela", "<title>Kela</title>Kela")
    machine = tmp_path / "terminal.toml"
    machine.write_text('id = "kirjasto-2"\n', encoding="utf-8")
    monkeypatch.setenv(ENV, str(machine))
    shared = local_config_text({"kela": site.url("/kela")}).replace('terminal_id = "t1"\n', "") + (
        '\n[terminals.kirjasto-1]\nlabel = "Ikkuna"\n\n[terminals.kirjasto-2]\nlabel = "Hyllyt"\n')
    published = tmp_path / "published.toml"
    published.write_text(shared, encoding="utf-8")
    minisig = key.sign(published, f"serial:1 expires:{LATER}")
    with FleetServer(tmp_path) as server:
        bootstrap = (f'format = 2\n[site]\nid = "test"\n\n[fleet]\nconfig_url = "{server.url}"\n'
                     f'public_keys = ["{key.public_line}"]\nca_file = "{server.ca_file}"\ninterval_s = 600\n')
        server.hold()   # the first poll waits for the test
        kiosk = KioskProcess(xserver, bootstrap, tmp_path)
        try:
            assert server.received.wait(60), kiosk.stderr_tail()   # it asked at once, not within a minute
            # What the resident sees meanwhile: the calm window, in Finnish, Swedish and English.
            seen = [kiosk.ask(f"label serviced-title-{lang}") for lang in ("fi", "sv", "en")]
            assert [s["text"] for s in seen] == ["Tämä kone otetaan käyttöön", "Den här datorn tas i bruk",
                                                "This computer is being set up"]
            seen += [kiosk.ask(f"label serviced-text-{lang}") for lang in ("fi", "sv", "en")]
            assert [s["text"] for s in seen[3:]] == ["Kysy henkilökunnalta.", "Fråga personalen.",
                                                    "Please ask the staff."]
            assert all(s["visible"] for s in seen)
            kiosk.ask("settle")
            grabber = ScreenGrabber(xserver.display)
            try:
                pixels = grabber.grab()
            finally:
                grabber.close()
            dark = (pixels.max(axis=2) < 40).mean()
            assert dark < 0.5, f"{dark:.0%} of the screen is black"   # not a black screen
            server.publish(published.read_bytes(), minisig.read_bytes())
            server.release()
            assert kiosk.proc.wait(60) == 0, kiosk.stderr_tail()
            log = kiosk.log()
            assert "no configuration fetched from" in log and "applying configuration serial 1" in log
            assert "Traceback" not in log and "Traceback" not in kiosk.stderr_tail()
        finally:
            kiosk.stop()
        again = KioskProcess(xserver, bootstrap, tmp_path)
        try:
            again.wait_state(lambda s: s["screen"] == "home", timeout=60)
            assert again.ask("label tile-kela")["text"] == "kela fi"
            again.wait_log("configuration serial 1 came up", timeout=30)
            assert "this terminal is 'kirjasto-2'" in again.log() and "label 'Hyllyt'" in again.log()
        finally:
            again.stop()
