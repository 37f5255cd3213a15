"""A kiosk with [fleet] config_url: a signed configuration applies between residents, never during a session.

Real parts: the kiosk built by kiosk.app.build, a real HTTPS server with its
own CA on 127.0.0.1, signatures made by the `minisign` command. "Applying"
is a restart (systemd starts the kiosk again): `restart_app` records it, and
the test starts the next kiosk on the same data directory as systemd would.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from tests.configs import local_config_text
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

LATER = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    return make_key(tmp_path_factory.mktemp("key"))


@pytest.fixture
def server(tmp_path):
    with FleetServer(tmp_path) as running:
        yield running


def site_text(label: str, fleet: str = "") -> str:
    text = local_config_text({"kela": "https://127.0.0.1:1/"}, signed_out_s=2)
    return text.replace('"kela fi"', f'"{label}"') + fleet


@pytest.fixture
def site(tmp_path, server, key):
    """The terminal's own site file: a working configuration plus [fleet]."""
    path = tmp_path / "site.toml"
    path.write_text(site_text("Kela", f"""
[fleet]
config_url = "{server.url}"
public_keys = ["{key.public_line}"]
ca_file = "{server.ca_file}"
interval_s = 10
"""), encoding="utf-8")
    return path


@pytest.fixture
def publish(server, key, tmp_path):
    def _publish(label: str, serial: int, *, tamper: bool = False) -> None:
        source = tmp_path / "published.toml"
        source.write_text(site_text(label), encoding="utf-8")
        minisig = key.sign(source, f"serial:{serial} expires:{LATER}")
        server.publish(source.read_bytes() + (b"# x\n" if tamper else b""), minisig.read_bytes())
    return _publish


def tile_label(kiosk) -> str:
    return kiosk.window.findChild(QWidget, "tile-kela").text()


def test_a_new_configuration_waits_for_the_session_to_end(make_kiosk, site, publish, qtbot, data_dir):
    publish("Kela, uusi", 1)
    restarts: list[int] = []
    kiosk = make_kiosk(site, restart_app=lambda: restarts.append(1))
    assert tile_label(kiosk) == "Kela" and kiosk.fleet_config is not None
    kiosk.session.ensure_started()   # a resident opened a service
    qtbot.waitUntil(lambda: kiosk.fleet_config.pending_serial == 1, timeout=20_000)
    # The poll's answer asked at once whether it may apply: a resident is in session, so no.
    assert restarts == [] and kiosk.session.active and tile_label(kiosk) == "Kela"
    assert kiosk.fleet_config.lines() == (
        f"{kiosk.resolved.fleet.shown_url}: serial 1 fetched; it applies when no resident is in session",)
    kiosk.session.end("resident")
    qtbot.waitUntil(lambda: restarts == [1], timeout=15_000)
    kiosk.shutdown()
    # systemd starts the kiosk again: it comes up on the fetched file.
    again = make_kiosk(site, restart_app=lambda: restarts.append(2))
    assert tile_label(again) == "Kela, uusi"
    assert again.resolved.fleet_serial == 1
    state = json.loads((data_dir / "fleet" / "state.json").read_text())
    assert state["applied_serial"] == 1 and state["pending_serial"] is None
    qtbot.waitUntil(lambda: again.health is not None and again.health.health.config_serial == 1)
    assert again.health.health.config_source == "url"


def test_a_refused_file_is_named_in_the_admin_view_and_health_files(make_kiosk, site, publish, qtbot, data_dir):
    publish("Kela, muutettu", 2, tamper=True)
    restarts: list[int] = []
    kiosk = make_kiosk(site, restart_app=lambda: restarts.append(1))
    qtbot.waitUntil(lambda: kiosk.fleet_config.refused != "", timeout=20_000)
    reason = kiosk.fleet_config.refused
    assert "does not match the file: it was changed after signing" in reason
    assert restarts == [] and tile_label(kiosk) == "Kela"
    assert any(reason in line for line in kiosk.admin.report().fleet_lines)
    status = data_dir / "status.json"
    qtbot.waitUntil(lambda: status.exists() and json.loads(status.read_text())["config_refused"] == reason,
                    timeout=10_000)
    # status.json is written before digipiste.prom: wait for the second file too.
    prom = data_dir / "digipiste.prom"
    qtbot.waitUntil(lambda: 'digipiste_config_refused{site="test",terminal="t1"} 1' in prom.read_text(),
                    timeout=10_000)


def test_a_slow_server_never_holds_the_interface(make_kiosk, site, publish, server, qtbot):
    publish("Kela, uusi", 1)
    server.hold()   # every answer waits until the test releases it
    kiosk = make_kiosk(site, restart_app=lambda: None)
    qtbot.waitUntil(server.received.is_set, timeout=20_000)
    # The poll now waits on the server. The interface still runs: a harmless
    # sentinel posted to it arrives, and a tile press starts a session.
    arrived = []
    QTimer.singleShot(0, lambda: arrived.append(1))
    qtbot.waitUntil(lambda: arrived == [1])
    qtbot.mouseClick(kiosk.window.findChild(QWidget, "tile-kela"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.session.active)
    assert kiosk.fleet_config.pending_serial is None   # the answer has not come
    server.release()
    qtbot.waitUntil(lambda: kiosk.fleet_config.pending_serial == 1, timeout=20_000)


def test_with_nobody_at_the_kiosk_a_new_configuration_applies_at_once(make_kiosk, site, publish, qtbot):
    """No session and no input for longer than the quiet time: the poll's answer restarts the kiosk."""
    from kiosk.services.fleet_config import QUIET_S

    now = [1000.0]
    restarts: list[int] = []
    kiosk = make_kiosk(site, clock=lambda: now[0], restart_app=lambda: restarts.append(1))
    now[0] += QUIET_S + 1   # nobody touched it since the start
    publish("Kela, uusi", 1)
    qtbot.waitUntil(lambda: restarts == [1], timeout=20_000)
    assert not kiosk.session.active


def test_recent_input_on_home_holds_it_back(make_kiosk, site, publish, qtbot):
    """Someone reading the home screen (no session yet) is not interrupted by a restart."""
    now = [1000.0]
    restarts: list[int] = []
    kiosk = make_kiosk(site, clock=lambda: now[0], restart_app=lambda: restarts.append(1))
    publish("Kela, uusi", 1)
    qtbot.waitUntil(lambda: kiosk.fleet_config.pending_serial == 1, timeout=20_000)
    assert restarts == [] and not kiosk.session.active   # asked at once: recent input, so no


def test_a_configuration_the_kiosk_did_not_come_up_with_is_left_for_the_previous_one(
        make_kiosk, site, publish, qtbot, data_dir):
    import subprocess
    import sys

    publish("Kela 1", 1)
    restarts: list[int] = []
    first = make_kiosk(site, restart_app=lambda: restarts.append(1))
    first.session.ensure_started()
    qtbot.waitUntil(lambda: first.fleet_config.pending_serial == 1, timeout=20_000)
    first.shutdown()
    assert tile_label(make_kiosk(site, restart_app=lambda: None)) == "Kela 1"   # came up: serial 1 is good
    second = make_kiosk(site, restart_app=lambda: None)
    second.session.ensure_started()
    publish("Kela 2", 2)
    second.fleet_config.poll_now()
    qtbot.waitUntil(lambda: second.fleet_config.pending_serial == 2, timeout=20_000)
    second.shutdown()
    # A start with serial 2 that dies before its first frame (a real process, aborted
    # right after it chose its configuration, as a crash in Qt or Chromium would).
    crash = subprocess.run([sys.executable, "-c", (
        "import os, sys; from kiosk.paths import Paths; from kiosk.start_config import resolve_config; "
        "r = resolve_config(sys.argv[1], Paths.create(sys.argv[2])); "
        "assert r.fleet_serial == 2, r.fleet_serial; os.abort()"), str(site), str(data_dir)],
        capture_output=True, text=True, timeout=60)
    assert crash.returncode < 0, crash.stderr
    # systemd starts it again: it runs on serial 1 and says why.
    third = make_kiosk(site, restart_app=lambda: None)
    assert tile_label(third) == "Kela 1" and third.resolved.fleet_serial == 1
    why = ("the kiosk did not come up with configuration serial 2 (it stopped before its first frame); "
           "it runs on the previous one")
    assert [e.message for e in third.config_errors] == [why]
    assert any(why in line for line in third.admin.report().fleet_lines)
    assert third.admin.report().config_errors == ()   # the site file itself is fine
    qtbot.waitUntil(lambda: third.health is not None and third.health.health.config_refused == why)


def test_the_admin_sees_a_refused_fetched_file_apart_from_the_site_file_s_errors(make_kiosk, site, publish, qtbot):
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from tests.configs import ADMIN_PIN
    from tests.gui.test_admin import open_pad, type_pin
    from tests.helpers.screen import find

    publish("Kela, muutettu", 2, tamper=True)
    kiosk = make_kiosk(site, restart_app=lambda: None)
    qtbot.waitUntil(lambda: kiosk.fleet_config.refused != "", timeout=20_000)
    open_pad(kiosk, qtbot)
    type_pin(kiosk.window, ADMIN_PIN)
    view = find(kiosk.window, "admin-view")
    qtbot.waitUntil(view.isVisible)
    # The terminal's own file is fine, and the admin is told so (in Finnish, the site's language) ...
    status = find(view, "admin-config-status", QLabel).text()
    assert status.startswith("Asetukset latautuivat ilman virheitä.") and "virhe " not in status
    assert not find(view, "admin-config-errors", QPlainTextEdit).isVisible()
    # ... and the refused fetched file has its own heading, with the exact reason.
    fleet = find(view, "admin-fleet-status", QLabel)
    assert fleet.isVisible()
    lines = fleet.text().splitlines()
    assert lines[0] == "Verkosta haettu asetustiedosto:"
    assert lines[1] == ("fetched configuration refused (the terminal keeps its own): "
                        f"{kiosk.fleet_config.refused}")
    assert "it was changed after signing" in lines[1]


def test_a_serving_terminal_reports_why_the_server_did_not_answer_until_it_does(make_kiosk, site, publish, qtbot,
                                                                                 data_dir):
    # Nothing published yet: the server answers 404, which is no answer to use.
    kiosk = make_kiosk(site, restart_app=lambda: None)
    status = data_dir / "status.json"

    def reported() -> dict:
        return json.loads(status.read_text()) if status.exists() else {}
    kiosk.fleet_config.poll_now()
    qtbot.waitUntil(lambda: "404" in reported().get("config_fetch_error", ""), timeout=20_000)
    assert reported()["config"] == "valid" and reported()["config_source"] == "file"
    prom = data_dir / "digipiste.prom"
    qtbot.waitUntil(lambda: 'digipiste_config_fetch_failed{site="test",terminal="t1"} 1' in prom.read_text(),
                    timeout=10_000)
    publish("Kela, uusi", 1)
    kiosk.fleet_config.poll_now()
    qtbot.waitUntil(lambda: kiosk.fleet_config.pending_serial == 1, timeout=20_000)
    qtbot.waitUntil(lambda: reported().get("config_fetch_error") == "", timeout=10_000)
