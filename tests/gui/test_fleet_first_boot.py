"""First boot with only a bootstrap file, offscreen: what the resident sees while nothing is fetched.

Real parts: the kiosk built by kiosk.app.build, a real HTTPS server with its
own CA on 127.0.0.1 (or its port closed: the server is down), signatures by
the `minisign` command. "Applying" is a restart: `restart_app` records it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.core.config.terminal import ENV
from kiosk.core.fleet.config_poll import Result
from kiosk.ui.shell.serviced_window import ServicedWindow
from tests.configs import local_config_text
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

LATER = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    return make_key(tmp_path_factory.mktemp("key"))


@pytest.fixture(autouse=True)
def machine(tmp_path, monkeypatch):
    path = tmp_path / "terminal.toml"
    path.write_text('id = "kirjasto-1"\n', encoding="utf-8")
    monkeypatch.setenv(ENV, str(path))


def bootstrap(tmp_path, url: str, key, ca_file) -> str:
    path = tmp_path / "site.toml"
    path.write_text(f'format = 2\n[site]\nid = "test"\n\n[fleet]\nconfig_url = "{url}"\n'
                    f'public_keys = ["{key.public_line}"]\nca_file = "{ca_file}"\ninterval_s = 600\n',
                    encoding="utf-8")
    return str(path)


def titles(kiosk, part: str = "title") -> list[str]:
    return [kiosk.window.findChild(QLabel, f"serviced-{part}-{lang}").text() for lang in ("fi", "sv", "en")]


def poll_again(kiosk, qtbot) -> None:
    """One more poll, waited for (the poller's own back-off is 30 s; the test does not wait for it)."""
    poller = kiosk.fleet_config
    poller.last = None
    poller.poll_now()
    qtbot.waitUntil(lambda: poller.last is not None, timeout=30_000)


def test_server_down_at_first_boot_keeps_the_calm_window_and_logs_once(make_kiosk, key, tmp_path, qtbot, caplog):
    with FleetServer(tmp_path) as server:
        url, ca_file = server.url, server.ca_file
    # The server is gone: its port refuses connections.
    restarts: list[int] = []
    caplog.set_level(logging.INFO)
    kiosk = make_kiosk(bootstrap(tmp_path, url, key, ca_file), restart_app=lambda: restarts.append(1))
    assert isinstance(kiosk.window, ServicedWindow) and kiosk.window.isVisible()
    assert titles(kiosk) == ["Tämä kone otetaan käyttöön", "Den här datorn tas i bruk",
                             "This computer is being set up"]
    assert titles(kiosk, "text") == ["Kysy henkilökunnalta.", "Fråga personalen.", "Please ask the staff."]
    qtbot.waitUntil(lambda: kiosk.fleet_config.last is not None, timeout=30_000)   # it asked at once
    assert kiosk.fleet_config.last.result is Result.FAILED
    poll_again(kiosk, qtbot)
    poll_again(kiosk, qtbot)
    said = [r.getMessage() for r in caplog.records if "configuration not fetched" in r.getMessage()]
    assert len(said) == 1, said
    assert said[0].startswith("configuration not fetched (no configuration yet): 127.0.0.1:")
    assert "Connection refused" in said[0]
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert restarts == [] and kiosk.window.isVisible() and titles(kiosk)[0] == "Tämä kone otetaan käyttöön"


def test_a_good_file_at_first_boot_restarts_into_it_at_once(make_kiosk, key, tmp_path, qtbot):
    source = tmp_path / "published.toml"
    source.write_text(local_config_text({"kela": "https://127.0.0.1:1/"}).replace('terminal_id = "t1"\n', "")
                      + '\n[terminals.kirjasto-1]\nlabel = "Ikkuna"\n', encoding="utf-8")
    minisig = key.sign(source, f"serial:2 expires:{LATER}")
    with FleetServer(tmp_path) as server:
        server.publish(source.read_bytes(), minisig.read_bytes())
        config = bootstrap(tmp_path, server.url, key, server.ca_file)
        restarts: list[int] = []
        first = make_kiosk(config, restart_app=lambda: restarts.append(1))
        assert isinstance(first.window, ServicedWindow)
        qtbot.waitUntil(lambda: restarts == [1], timeout=30_000)   # nobody to wait for on this window
        first.shutdown()
        again = make_kiosk(config, data=first.paths.data_dir)   # systemd starts it again
        assert not isinstance(again.window, ServicedWindow)
        assert again.config.terminal.label == "Ikkuna" and again.resolved.fleet_serial == 2
        assert again.fleet_config is not None   # it keeps asking for newer files
