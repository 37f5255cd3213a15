"""A bootstrap site file (only [fleet]) on the terminal; the full file comes from the URL.

Real HTTPS with its own CA (tests/fleet_server.py), signatures by the real
`minisign` command, check-config run as IT runs it (`python -m kiosk`), and
the start's choice made by kiosk/start_config.py. No Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.config.bootstrap import Bootstrap
from kiosk.core.config.site import ConfigInvalid, load_config, load_site_file
from kiosk.core.config.terminal import ENV
from kiosk.core.fleet.config_poll import Result, poll_once
from kiosk.paths import Paths
from kiosk.services.fleet_fetch import fetch_signed
from kiosk.start_config import fleet_store, resolve_config
from tests.configs import local_config_text
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

NOW = datetime.now(UTC)
LATER = (NOW + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
# One file for every terminal: no site.terminal_id, each terminal's own label.
SHARED = local_config_text({"kela": "https://127.0.0.1:1/"}).replace('terminal_id = "t1"\n', "") + """
[terminals.kirjasto-1]
label = "Kirjasto, ikkunan vieressä"

[terminals.kirjasto-2]
label = "Kirjasto, hyllyjen takana"
printer = "Aula_HP"
"""


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    return make_key(tmp_path_factory.mktemp("keys") / "it")


@pytest.fixture
def server(tmp_path):
    with FleetServer(tmp_path) as running:
        yield running


def bootstrap_text(server, key, extra: str = "", site_id: str = "test") -> str:
    return (f'format = 2\n\n[site]\nid = "{site_id}"\n{extra}\n[fleet]\nconfig_url = "{server.url}"\n'
            f'public_keys = ["{key.public_line}"]\nca_file = "{server.ca_file}"\ninterval_s = 60\n')


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def publish(server, key, tmp_path, text: str, serial: int) -> None:
    source = write(tmp_path, "published.toml", text)
    server.publish(source.read_bytes(), key.sign(source, f"serial:{serial} expires:{LATER}").read_bytes())


def run_cli(*args: str, machine: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, ENV: str(machine)}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_a_bootstrap_file_is_valid_and_check_config_says_where_the_configuration_comes_from(server, key, tmp_path):
    site = write(tmp_path, "site.toml", bootstrap_text(server, key))
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-2"\n')
    done = run_cli("check-config", str(site), machine=machine)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"{site}: OK",
        f"bootstrap: the configuration comes from 127.0.0.1:{server.port}/site.toml",
        f"this computer is terminal 'kirjasto-2' (from {machine})",
    ]
    # The kiosk's own reader takes it as a bootstrap; the whole-file reader does not.
    assert isinstance(load_site_file(site), Bootstrap)
    with pytest.raises(ConfigInvalid):
        load_config(site)


def test_a_bootstrap_with_keys_of_a_full_file_names_each_of_them(server, key, tmp_path):
    text = bootstrap_text(server, key, extra='name = "Kirjasto"\n').replace(
        "[fleet]", "[session]\nidle_timeout_s = 100\n\n[fleet]")
    site = write(tmp_path, "site.toml", text)
    done = run_cli("check-config", str(site), machine=write(tmp_path, "terminal.toml", 'id = "k1"\n'))
    assert done.returncode == 2 and done.stdout == ""
    holds = ("not read here: a bootstrap file (fleet.config_url set, no [[tiles]]) holds only format, "
             "[site] id and [fleet]; this belongs in the fetched file")
    assert done.stderr.splitlines() == [f"{site}:5: site.name: {holds}", f"{site}:7: session: {holds}"]


def test_a_bootstrap_without_public_keys_is_refused(server, key, tmp_path):
    text = bootstrap_text(server, key).replace(f'public_keys = ["{key.public_line}"]\n', "")
    site = write(tmp_path, "site.toml", text)
    done = run_cli("check-config", str(site), machine=write(tmp_path, "terminal.toml", 'id = "k1"\n'))
    assert done.returncode == 2
    assert done.stderr.startswith(f"{site}:7: fleet.public_keys: needed when fleet.config_url is set")


def test_first_boot_has_no_configuration_then_the_fetched_one_serves(server, key, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')))
    site = write(tmp_path, "site.toml", bootstrap_text(server, key))
    paths = Paths.create(tmp_path / "data")
    first = resolve_config(site, paths)
    assert first.config is None and first.first_boot and first.errors == []
    assert first.fleet.config_url == server.url and first.base_dir == tmp_path

    publish(server, key, tmp_path, SHARED, 3)
    outcome = poll_once(first.fleet, fleet_store(paths), fetch_signed, now=NOW, base_dir=tmp_path)
    assert (outcome.result, outcome.serial) == (Result.STORED, 3)
    second = resolve_config(site, paths)
    assert not second.first_boot and second.fleet_serial == 3
    assert second.config.site_id == "test" and second.config.terminal.label == "Kirjasto, ikkunan vieressä"


def test_one_served_file_gives_each_terminal_its_own_part(server, key, tmp_path, monkeypatch):
    publish(server, key, tmp_path, SHARED, 4)
    seen = {}
    for tid in ("kirjasto-1", "kirjasto-2"):
        machine = tmp_path / tid
        machine.mkdir()
        monkeypatch.setenv(ENV, str(write(machine, "terminal.toml", f'id = "{tid}"\n')))
        site = write(machine, "site.toml", bootstrap_text(server, key))
        paths = Paths.create(machine / "data")
        boot = resolve_config(site, paths)
        assert boot.first_boot
        assert poll_once(boot.fleet, fleet_store(paths), fetch_signed, now=NOW,
                         base_dir=machine).result is Result.STORED
        config = resolve_config(site, paths).config
        seen[tid] = (config.terminal_id, config.terminal.label, config.terminal.printer)
    assert seen == {"kirjasto-1": ("kirjasto-1", "Kirjasto, ikkunan vieressä", ""),
                    "kirjasto-2": ("kirjasto-2", "Kirjasto, hyllyjen takana", "Aula_HP")}
    assert server.counts["GET /site.toml"] == 2


def test_check_config_fetched_checks_the_stored_file(server, key, tmp_path):
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-2"\n')
    site = write(tmp_path, "site.toml", bootstrap_text(server, key))
    data = tmp_path / "data"
    done = run_cli("--data-dir", str(data), "check-config", "--fetched", str(site), machine=machine)
    assert done.returncode == 2 and "no configuration fetched yet" in done.stderr
    publish(server, key, tmp_path, SHARED, 9)
    boot = load_site_file(site)
    assert poll_once(boot.fleet, fleet_store(Paths.create(data)), fetch_signed, now=NOW,
                     base_dir=tmp_path).result is Result.STORED
    done = run_cli("--data-dir", str(data), "check-config", "--fetched", str(site), machine=machine)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (f"{data / 'fleet' / 'pending.toml'}: OK (serial 9; this computer is "
                                            "terminal 'kirjasto-2', label 'Kirjasto, hyllyjen takana')")


def test_first_boot_asks_again_after_30_s_doubling_up_to_the_interval():
    import random

    from kiosk.core.fleet.config_poll import first_boot_wait_s

    rng = random.Random(1)
    waits = [first_boot_wait_s(n, 600, rng) for n in range(1, 8)]
    for wait, base in zip(waits, (30, 60, 120, 240, 480, 600, 600)):
        assert base <= wait <= base * 1.1


def test_a_fetched_file_of_another_site_is_refused(server, key, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')))
    site = write(tmp_path, "site.toml", bootstrap_text(server, key, site_id="kokkola-library"))
    paths = Paths.create(tmp_path / "data")
    publish(server, key, tmp_path, SHARED, 5)   # site.id "test": another service point's file
    boot = resolve_config(site, paths)
    outcome = poll_once(boot.fleet, fleet_store(paths), fetch_signed, now=NOW, base_dir=tmp_path)
    assert outcome.result is Result.REFUSED
    assert outcome.reason == (f"127.0.0.1:{server.port}/site.toml: site.id 'test' is not this terminal's site "
                              "'kokkola-library' (the site.id of its bootstrap file): is config_url the right "
                              "address?")
    assert resolve_config(site, paths).first_boot   # nothing stored: still being set up
