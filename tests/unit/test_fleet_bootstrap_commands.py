"""`kiosk stats`, `kiosk sync --once` and `kiosk guides check` given a terminal's bootstrap file.

A bootstrap file (only [fleet]) is what /etc/digipiste/kiosk.toml is on a
terminal fed from a URL. The commands read the configuration the terminal
fetched (kiosk/cli_fleet.py command_config), and with nothing fetched yet say
so in one line naming the file, never a traceback nor the "missing tiles"
errors of a full file. Run as IT runs them (`python -m kiosk`), the file
fetched from a real HTTPS server with its own CA, signed by `minisign`, and
stored and confirmed the way a kiosk start does (kiosk/start_config.py).
"""

from __future__ import annotations

import json
import os

import pytest

from kiosk.core.config.terminal import ENV
from kiosk.core.fleet.config_poll import Result, poll_once
from kiosk.paths import Paths
from kiosk.services.fleet_fetch import fetch_signed
from kiosk.start_config import fleet_store, resolve_config
from tests.configs import local_config_text
from tests.helpers.minisign import make_key
from tests.unit.test_fleet_bootstrap import (LATER, NOW, bootstrap_text, key, publish,  # noqa: F401 (fixtures)
                                             run_cli, server, write)

# Every service the shipped guides are for, so `guides check` passes against the fetched tiles.
SERVICES = ("omakanta", "omakela", "valtuudet", "viestit")
PUBLISHED = local_config_text({s: "https://127.0.0.1:1/" for s in SERVICES}).replace('terminal_id = "t1"\n', "")


def fetched_and_started(server, key, tmp_path, site, machine, text: str, serial: int, monkeypatch) -> Paths:
    """What a first boot does: poll, store, start on the file (the try recorded) and confirm it."""
    publish(server, key, tmp_path, text, serial)
    paths = Paths.create(tmp_path / "data")
    with monkeypatch.context() as env:
        env.setenv(ENV, str(machine))
        boot = resolve_config(site, paths)
        assert poll_once(boot.fleet, fleet_store(paths), fetch_signed, now=NOW,
                         base_dir=tmp_path).result is Result.STORED
        assert resolve_config(site, paths).fleet_serial == serial   # choose() records the try
        assert fleet_store(paths).confirm()                          # the kiosk drew its first frame
    return paths


def test_nothing_fetched_yet_is_one_line_naming_the_file_and_what_to_do(server, key, tmp_path):
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    data = tmp_path / "data"
    for command, args in (("stats", ["stats", "--json"]), ("sync", ["sync", "--once"]),
                          ("guides check", ["guides", "check"])):
        done = run_cli(*args, "--config", str(site), "--data-dir", str(data), machine=machine)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stdout == "" and "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1, done.stderr   # one line
        assert done.stderr.startswith(f"kiosk {command}: {site} is a bootstrap file (only [fleet]): the "
                                      f"configuration comes from 127.0.0.1:{server.port}/site.toml, and nothing "
                                      f"is fetched yet in {data / 'fleet'}: start the kiosk on this terminal"), \
            done.stderr
        assert "missing required key" not in done.stderr   # not judged as a full site file


def test_stats_sync_and_guides_check_read_the_configuration_the_terminal_fetched(server, key, tmp_path, monkeypatch):
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    paths = fetched_and_started(server, key, tmp_path, site, machine, PUBLISHED, 7, monkeypatch)
    good = paths.data_dir / "fleet" / "good.toml"
    note = (f"{site} is a bootstrap file: reading the configuration fetched from 127.0.0.1:{server.port}/site.toml "
            f"(serial 7, {good})")

    done = run_cli("stats", "--json", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == note
    assert isinstance(json.loads(done.stdout), dict)   # stdout is the JSON alone

    done = run_cli("--data-dir", str(paths.data_dir), "sync", "--once", "--config", str(site), machine=machine)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sync.target is none: 0 events kept on this terminal")

    # The shipped guides checked against the fetched file's tiles: all their services are there.
    done = run_cli("guides", "check", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr.strip() == note and "OK" in done.stdout.splitlines()[-1]


def test_guides_check_uses_the_fetched_tiles_and_a_damaged_fetched_file_is_one_line(server, key, tmp_path,
                                                                                     monkeypatch):
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    only_kela = local_config_text({"kela": "https://127.0.0.1:1/"}).replace('terminal_id = "t1"\n', "")
    paths = fetched_and_started(server, key, tmp_path, site, machine, only_kela, 8, monkeypatch)
    done = run_cli("guides", "check", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
    assert done.returncode == 2
    assert "unknown service 'omakanta'; use one of: general, kela" in done.stderr   # the fetched file's tiles

    good = paths.data_dir / "fleet" / "good.toml"
    good.write_text(good.read_text() + "\n# edited by hand\n", encoding="utf-8")   # its signature no longer holds
    done = run_cli("stats", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"kiosk stats: {site} is a bootstrap file (only [fleet]): the configuration "
                                  f"comes from 127.0.0.1:{server.port}/site.toml; the fetched {good} is not usable: ")


def test_a_fetched_file_signed_by_a_key_only_state_json_names_is_refused_by_the_commands(server, key, tmp_path,
                                                                                         monkeypatch):
    # state.json sits in the kiosk user's own folder: whoever runs as the kiosk can plant a good.toml
    # (its sync.url and sync.token_file) signed by their own key and name that key there. IT runs
    # these commands as root; they trust only the root-owned bootstrap file's keys.
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))   # trusts `key` only
    paths = fetched_and_started(server, key, tmp_path, site, machine, PUBLISHED, 7, monkeypatch)
    fleet = paths.data_dir / "fleet"
    planted = make_key(tmp_path / "planted")
    good = write(fleet, "good.toml", PUBLISHED + "\n# planted\n")
    planted.sign(good, f"serial:99 expires:{LATER}")
    state = json.loads((fleet / "state.json").read_text())
    (fleet / "state.json").write_text(json.dumps({**state, "applied_serial": 99,
                                                  "applied_keys": [planted.public_line]}))
    # The kiosk's own start still trusts the keys a fetched file was taken with (a key rotation).
    with monkeypatch.context() as env:
        env.setenv(ENV, str(machine))
        assert resolve_config(site, paths).fleet_serial == 99

    for command, args in (("stats", ["stats"]), ("sync", ["sync", "--once"]), ("guides check", ["guides", "check"])):
        done = run_cli(*args, "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stdout == "" and "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1, done.stderr   # one line
        assert done.stderr.startswith(f"kiosk {command}: {site} is a "
                                      f"bootstrap file (only [fleet]): the configuration comes from "
                                      f"127.0.0.1:{server.port}/site.toml; the fetched {good} is not usable: "), \
            done.stderr
        assert "which is not a trusted public key" in done.stderr
        assert "these commands trust only the bootstrap file's fleet.public_keys" in done.stderr

    done = run_cli("--data-dir", str(paths.data_dir), "check-config", "--fetched", str(site), machine=machine)
    assert done.returncode == 2 and "which is not a trusted public key" in done.stderr, done.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="root's reads in the kiosk's folder are what is tested")
def test_as_root_a_symlinked_fetched_file_is_refused_and_a_fifo_state_json_does_not_hang(server, key, tmp_path,
                                                                                         monkeypatch):
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    paths = fetched_and_started(server, key, tmp_path, site, machine, PUBLISHED, 7, monkeypatch)
    fleet = paths.data_dir / "fleet"
    good = fleet / "good.toml"

    # A FIFO where state.json was: root reads nothing from it (the old code waited for ever); the
    # honest good.toml is checked with the bootstrap file's keys and used.
    (fleet / "state.json").unlink()
    os.mkfifo(fleet / "state.json")
    done = run_cli("stats", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
    assert done.returncode == 0, done.stderr
    assert f"(serial None, {good})" in done.stderr

    # good.toml a symlink (to a file root may read, holding the same signed text): refused in one line.
    elsewhere = tmp_path / "elsewhere.toml"
    good.replace(elsewhere)
    good.symlink_to(elsewhere)
    done = run_cli("stats", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith(f"kiosk stats: {site} is a bootstrap file (only [fleet]): the configuration "
                                  f"comes from 127.0.0.1:{server.port}/site.toml; the fetched {good} is not usable: "
                                  f"{good} is a symbolic link, not the kiosk's file; ignored"), done.stderr

    done = run_cli("--data-dir", str(paths.data_dir), "check-config", "--fetched", str(site), machine=machine)
    assert done.returncode == 2 and f"{good} is a symbolic link" in done.stderr, done.stderr


def test_the_kiosk_starts_chromium_and_the_keyboard_on_the_fetched_file_not_the_bootstrap(server, key, tmp_path,
                                                                                             monkeypatch):
    """Chromium's language and the on-screen keyboard are chosen before Qt starts, from the file the
    kiosk really runs: on a fleet terminal the fetched one (before: the bootstrap's last valid copy,
    one start behind, and Finnish with no keyboard at the first start)."""
    from kiosk.cli import _config_before_qt

    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    swedish = PUBLISHED.replace('default_language = "fi"', 'default_language = "sv"', 1)
    assert swedish != PUBLISHED
    publish(server, key, tmp_path, swedish + '\n[deployment]\nvirtual_keyboard = true\n', 8)
    paths = Paths.create(tmp_path / "data")
    monkeypatch.setenv(ENV, str(machine))
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    assert poll_once(resolve_config(site, paths).fleet, fleet_store(paths), fetch_signed, now=NOW,
                     base_dir=tmp_path).result is Result.STORED
    resolved, language = _config_before_qt(str(site), paths)
    assert (language, resolved.fleet_serial) == ("sv", 8)
    assert os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
    # build() starts on that same resolution: the pending file's one try is not recorded twice.
    assert resolve_config(resolved, paths) is resolved


def test_a_damaged_state_json_leaves_the_bootstrap_files_keys_never_a_traceback(server, key, tmp_path, monkeypatch):
    # state.json is the kiosk user's and may be damaged by hand or disk: keys that are not text
    # (the old code raised AttributeError from parse_public_key(1) in root's `kiosk stats`).
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    paths = fetched_and_started(server, key, tmp_path, site, machine, PUBLISHED, 7, monkeypatch)
    state_file = paths.data_dir / "fleet" / "state.json"
    state = json.loads(state_file.read_text())
    for damaged in ([1], [None, key.public_line], {"a": 1}, 5, key.public_line):
        state_file.write_text(json.dumps({**state, "applied_keys": damaged, "pending_keys": damaged}))
        done = run_cli("stats", "--json", "--config", str(site), "--data-dir", str(paths.data_dir), machine=machine)
        assert "Traceback" not in done.stderr, (damaged, done.stderr)
        assert done.returncode == 0, (damaged, done.stderr)   # the bootstrap file's key holds good.toml
        assert isinstance(json.loads(done.stdout), dict)


def test_a_damaged_state_json_never_stops_the_kiosk_starting_on_its_fetched_file(server, key, tmp_path, monkeypatch):
    """The kiosk's own start reads state.json too: a key that is not text or a serial that is not a number
    is ignored (before: AttributeError out of the signature check, TypeError out of max() of serials)."""
    machine = write(tmp_path, "terminal.toml", 'id = "kirjasto-1"\n')
    site = write(tmp_path, "kiosk.toml", bootstrap_text(server, key))
    paths = fetched_and_started(server, key, tmp_path, site, machine, PUBLISHED, 7, monkeypatch)
    state_file = paths.data_dir / "fleet" / "state.json"
    state = json.loads(state_file.read_text())
    monkeypatch.setenv(ENV, str(machine))
    for damaged in ({"applied_keys": [1]}, {"applied_keys": "x", "applied_serial": "7"},
                    {"pending_serial": True, "given_up_serial": [3], "etag": 5}):
        state_file.write_text(json.dumps({**state, **damaged}))
        resolved = resolve_config(site, paths)
        assert resolved.config is not None, (damaged, resolved.errors)
        if "applied_serial" not in damaged:   # good.toml's serial still known: it stays in use
            assert resolved.fleet_serial == 7, damaged
    state_file.write_text("[1, 2]")
    assert resolve_config(site, paths).config is not None
