"""`kiosk update` runs as root next to a folder the kiosk user owns: nothing planted there (a symlink,
a FIFO) makes root write, chmod or wait on anything, and no address with its token reaches the
journal, update.json or status.json.

Real processes (`python -m kiosk update --root THROWAWAY`), a real HTTPS server on 127.0.0.1 with its own
CA (tests/deploy/release_fixtures.py) and real minisign signatures. No install.sh: every case stops
before a release would be installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.core.fleet.gate import Trial
from kiosk.core.fleet.releases import Layout, read_report, report, save_trial
from tests.deploy.release_fixtures import REPO, ReleaseServer, make_ca
from tests.helpers.minisign import make_key

SECRET = "SECRET-0f3c"
ROOTS_FILE = "root's own file\n"


def run_update(root: Path, *args: str) -> subprocess.CompletedProcess:
    # A FIFO the updater waited on would hang it: the time limit turns that into a failure, not a stuck run.
    return subprocess.run([sys.executable, "-m", "kiosk", "update", "--root", str(root), *args],
                          env=dict(os.environ, PYTHONPATH=str(REPO)), capture_output=True, text=True, timeout=120)


def on_trial(root: Path) -> Layout:
    """A terminal whose `current` release 0.2.0 is on trial, 0.1.0 before it, as the updater leaves it."""
    layout = Layout(root)
    for name in ("0.1.0-aaa", "0.2.0-bbb"):
        (layout.prefix / "releases" / name).mkdir(parents=True)
    layout.switch("previous", "0.1.0-aaa")
    layout.switch("current", "0.2.0-bbb")
    layout.data_dir.mkdir(parents=True)
    layout.state_dir.mkdir(parents=True)
    save_trial(layout, Trial(release="0.2.0-bbb", previous="0.1.0-aaa", version="0.2.0", sha256="cd" * 32,
                             switched_at=time.time(), boot_id=""))
    return layout


def test_a_symlink_at_the_reports_old_names_does_not_make_root_overwrite_or_chmod_a_file(tmp_path: Path):
    layout = Layout(tmp_path / "root")
    layout.data_dir.mkdir(parents=True)
    victim = tmp_path / "shadow"
    victim.write_text(ROOTS_FILE)
    victim.chmod(0o600)
    # What the kiosk user can do in its own folder: links where root used to write update.json.
    (layout.data_dir / ".update.json.tmp").symlink_to(victim)
    (layout.data_dir / "update.json").symlink_to(victim)
    report(layout, "rolled back: 0.2.0 did not draw home in 3 starts", version="0.2.0", rolled_back=True)
    assert victim.read_text() == ROOTS_FILE and (victim.stat().st_mode & 0o777) == 0o600
    # The kiosk finds the result in the updater's own folder.
    assert read_report(layout.data_dir) == {"update_result": "rolled back: 0.2.0 did not draw home in 3 starts",
                                            "update_rolled_back": True}
    assert (layout.state_dir / "update.json").is_file() and not (layout.state_dir / "update.json").is_symlink()


def test_a_fifo_at_the_ready_marker_does_not_hang_the_gate_and_it_says_why(tmp_path: Path):
    layout = on_trial(tmp_path / "root")
    os.mkfifo(layout.data_dir / "release-ready")
    done = run_update(layout.root, "--gate")
    assert done.returncode == 0, done.stderr
    assert "release-ready is not a regular file" in done.stderr
    # The trial goes on (one start counted), as when there is no marker.
    trial = json.loads(layout.trial_file.read_text())
    assert trial["release"] == "0.2.0-bbb" and trial["starts"] == 1


def test_a_symlinked_ready_marker_does_not_mark_a_release_good(tmp_path: Path):
    layout = on_trial(tmp_path / "root")
    elsewhere = tmp_path / "says-good"
    elsewhere.write_text("0.2.0-bbb\n")
    (layout.data_dir / "release-ready").symlink_to(elsewhere)
    done = run_update(layout.root, "--gate")
    assert done.returncode == 0, done.stderr
    assert "release-ready is a symbolic link" in done.stderr
    assert layout.trial_file.exists()                  # still on trial, not marked good


def test_a_symlinked_status_file_is_not_read_by_root(tmp_path: Path):
    from kiosk.cli_update import resident_in_session

    layout = Layout(tmp_path / "root")
    layout.data_dir.mkdir(parents=True)
    busy = tmp_path / "elsewhere.json"
    busy.write_text(json.dumps({"session_active": True}))
    (layout.data_dir / "status.json").symlink_to(busy)
    assert resident_in_session(layout) == ""           # as if no kiosk ran: nothing read through the link
    (layout.data_dir / "status.json").unlink()
    shutil.copy(busy, layout.data_dir / "status.json")
    assert resident_in_session(layout) == "a resident is in session"


# -- no address with its token in the journal or the report --------------------------------------

@pytest.fixture
def server(tmp_path: Path):
    ca, cert, key_file = make_ca(tmp_path / "ca")
    www = tmp_path / "www"
    www.mkdir()
    server = ReleaseServer(www, cert, key_file)
    server.ca, server.www = ca, www
    try:
        yield server
    finally:
        server.close()


def site_file(tmp_path: Path, server, key, channel_url: str) -> Path:
    config = (REPO / "kiosk/demo/koivutupa.toml").read_text(encoding="utf-8")
    config += (f'\n[fleet]\npublic_keys = ["{key.public_line}"]\nrelease_url = "{channel_url}"\n'
               f'ca_file = "{server.ca}"\n')
    path = tmp_path / "kiosk.toml"
    path.write_text(config, encoding="utf-8")
    return path


def publish(server, key, archive_url: str, serial: int) -> None:
    channel = server.www / "channel.toml"
    channel.write_text(f'[release]\nversion = "0.2.0"\narchive_url = "{archive_url}"\n'
                       f'sha256 = "{"ab" * 32}"\nrollout_percent = 100\n')
    key.sign(channel, f"serial:{serial} expires:2099-01-01T00:00:00Z")


def no_secret_anywhere(layout: Layout, done: subprocess.CompletedProcess) -> None:
    assert SECRET not in done.stdout + done.stderr
    if layout.report_file.exists():
        assert SECRET not in layout.report_file.read_text()
    # status.json and digipiste.prom carry exactly what read_report gives the kiosk.
    assert SECRET not in json.dumps(read_report(layout.data_dir))


def test_no_token_from_a_channel_or_archive_address_reaches_the_journal_or_the_report(tmp_path: Path, server):
    key = make_key(tmp_path / "keys")
    layout = Layout(tmp_path / "root")
    layout.data_dir.mkdir(parents=True)
    with_token = f"{server.url}/channel.toml?token={SECRET}"

    # 1. the channel is not there (404): a failed fetch, named by host/…/file
    done = run_update(layout.root, "--config", str(site_file(tmp_path, server, key, with_token)))
    assert done.returncode == 1 and "127.0.0.1" in done.stderr and "404" in done.stderr, done.stderr
    no_secret_anywhere(layout, done)

    # 2. the channel is there, but its signature is not (the .minisig address carries the query too)
    publish(server, key, "https://updates.example.fi/digipiste-0.2.0.tar.zst", 1)
    (server.www / "channel.toml.minisig").unlink()
    done = run_update(layout.root, "--config", str(site_file(tmp_path, server, key, with_token)))
    assert done.returncode in (1, 2) and "channel" in done.stderr, done.stderr
    no_secret_anywhere(layout, done)

    plain = site_file(tmp_path, server, key, f"{server.url}/channel.toml")
    # 3. a signed channel whose archive address is not https (refused, with the address shown)
    publish(server, key, f"http://updates.example.fi/x/digipiste-0.2.0.tar.zst?token={SECRET}", 2)
    done = run_update(layout.root, "--config", str(plain))
    assert done.returncode == 2 and "updates.example.fi/…/digipiste-0.2.0.tar.zst" in done.stderr, done.stderr
    no_secret_anywhere(layout, done)
    assert read_report(layout.data_dir)["update_result"].startswith("channel refused")

    # 4. a signed channel whose archive is not on the server (the download fails)
    publish(server, key, f"{server.url}/releases/digipiste-0.2.0.tar.zst?token={SECRET}", 3)
    done = run_update(layout.root, "--config", str(plain))
    assert done.returncode == 1 and "download failed" in done.stderr, done.stderr
    assert "127.0.0.1" in read_report(layout.data_dir)["update_result"]
    no_secret_anywhere(layout, done)


# -- the update unit's hardening -----------------------------------------------------------------

LINUX = REPO / "packaging/linux"


def test_the_hardened_update_unit_may_write_everywhere_install_sh_writes(tmp_path: Path):
    unit = (LINUX / "digipiste-update.service").read_text()
    for line in ("ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "NoNewPrivileges=yes"):
        assert line in unit.splitlines()
    writable = [p.lstrip("-") for line in re.findall(r"^ReadWritePaths=(.*)$", unit, re.M) for p in line.split()]
    # install.sh --no-restart runs inside this unit: every $D/... it writes must be writable here.
    written = set(re.findall(r'\$D(/[\w./-]+)', (LINUX / "install.sh").read_text()))
    assert written and all(any(w == p or w.startswith(p.rstrip("/") + "/") for p in writable) for w in written), \
        sorted(w for w in written if not any(w == p or w.startswith(p.rstrip("/") + "/") for p in writable))
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    for name in ("digipiste-update.service", "digipiste-update.timer", "digipiste-kiosk.service"):
        shutil.copy(LINUX / name, tmp_path / name)
    done = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "digipiste-update.service"),
                           str(tmp_path / "digipiste-update.timer")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
