"""`kiosk update` end to end: a signed channel over HTTPS, the real install.sh into a throwaway root,
the health gate and the rollback, with fake release trees (tests/deploy/release_fixtures.py says what is fake).

Signatures are made by the real `minisign` command; the server is HTTPS on
127.0.0.1 with its own CA (the site file names it in `[fleet] ca_file`). systemd is simulated by running the units' own command
lines: the kiosk unit's ExecStartPre (the gate) and ExecStart (session.sh,
with a stand-in for cage that only runs the kiosk), the update unit's
ExecStart (which picks the previous release's updater during a trial).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.fleet.channel import rollout_bucket
from tests.deploy.release_fixtures import (REPO, ReleaseServer, install_base, make_archive, make_ca, sha256_of,
                                           unit_command)
from tests.helpers.minisign import make_key

pytestmark = pytest.mark.skipif(shutil.which("zstd") is None or shutil.which("openssl") is None,
                                reason="zstd and openssl are needed")

TERMINAL = "koivutupa-1"   # the demo configuration's terminal id


class Terminal:
    """One terminal in a throwaway root, with the HTTPS server its channel lives on."""

    def __init__(self, tmp: Path, server: ReleaseServer, ca: Path, www: Path, key, base: str = "0.1.0") -> None:
        self.tmp, self.server, self.ca, self.www, self.key = tmp, server, ca, www, key
        self.root = tmp / "root"
        config = (REPO / "kiosk/demo/koivutupa.toml").read_text(encoding="utf-8")
        config += (f'\n[fleet]\npublic_keys = ["{key.public_line}"]\n'
                   f'release_url = "{server.url}/channel.toml"\nca_file = "{ca}"\n')
        (self.root / "etc/digipiste").mkdir(parents=True)
        (self.root / "etc/digipiste/kiosk.toml").write_text(config, encoding="utf-8")
        self.base = install_base(self.root, tmp / "base", base)
        self.data = self.root / "var/lib/digipiste"
        self.cage = tmp / "cage"
        # cage's stand-in runs the kiosk with --smoke: it starts, draws home (the real kiosk writes its
        # ready marker then) and exits, a short kiosk session. The fake kiosks ignore the flag.
        self.cage.write_text('#!/bin/sh\n# stands in for cage: `cage -d -- PROGRAM ARGS` runs PROGRAM\nshift 2\n'
                             'exec "$@" --smoke\n')
        self.cage.chmod(0o755)

    def env(self) -> dict[str, str]:
        return dict(os.environ, PYTHONPATH=str(REPO))

    def publish(self, version: str, serial: int, *, behaviour: str = "good", percent: int = 100,
                expires: str = "2099-01-01T00:00:00Z", key=None, sha256: str | None = None,
                archive: Path | None = None) -> None:
        archive = archive or make_archive(self.www, version, behaviour)
        channel = self.www / "channel.toml"
        channel.write_text(f'# channel of {version}, serial {serial}\n[release]\nversion = "{version}"\n'
                           f'archive_url = "{self.server.url}/{archive.name}"\n'
                           f'sha256 = "{sha256 or sha256_of(archive)}"\nrollout_percent = {percent}\n')
        (key or self.key).sign(channel, f"serial:{serial} expires:{expires}")

    def update(self) -> subprocess.CompletedProcess:
        """What digipiste-update.timer starts: the update unit's ExecStart."""
        return subprocess.run(["/bin/sh", "-c", unit_command("digipiste-update.service", "ExecStart", self.root)],
                              env=self.env(), capture_output=True, text=True, timeout=300)

    def start_kiosk(self) -> None:
        """What systemd does to (re)start digipiste-kiosk.service: ExecStartPre (errors ignored), ExecStart."""
        env = dict(self.env(), QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1", DIGIPISTE_CAGE=str(self.cage), DIGIPISTE_PREFIX=str(self.root / "opt/digipiste"),
                   DIGIPISTE_CONFIG=str(self.root / "etc/digipiste/kiosk.toml"), DIGIPISTE_DATA=str(self.data),
                   RUNTIME_DIRECTORY=str(self.tmp))
        subprocess.run(["/bin/sh", "-c", unit_command("digipiste-kiosk.service", "ExecStartPre", self.root)],
                       env=env, capture_output=True, text=True, timeout=120)
        subprocess.run([str(self.root / "opt/digipiste/current/session.sh")], env=env, capture_output=True,
                       timeout=120)

    def link(self, name: str) -> str:
        return os.readlink(self.root / "opt/digipiste" / name).split("/")[-1]

    def report(self) -> dict:
        return json.loads((self.root / "var/lib/digipiste-update/update.json").read_text(encoding="utf-8"))

    def starts(self) -> list[str]:
        log = self.data / "starts.log"
        return log.read_text().split("\n")[:-1] if log.exists() else []


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def terminal(tmp_path: Path, pki):
    ca, cert, key_file = pki
    www = tmp_path / "www"
    www.mkdir()
    server = ReleaseServer(www, cert, key_file)
    try:
        yield Terminal(tmp_path, server, ca, www, make_key(tmp_path / "keys"))
    finally:
        server.close()


def test_a_good_release_is_installed_started_and_marked_good(terminal: Terminal):
    terminal.publish("0.2.0", serial=1)
    out = terminal.update()
    assert out.returncode == 0, out.stdout + out.stderr
    assert "installed 0.2.0-" in out.stdout and "restarting the kiosk" in out.stdout
    assert terminal.link("current").startswith("0.2.0-") and terminal.link("previous") == terminal.base
    assert terminal.report()["result"].startswith("trial: 0.2.0")
    # Not yet good: the kiosk has not drawn home on it. The next timer run only waits.
    waiting = terminal.update()
    assert "on trial (0 start(s)" in waiting.stdout and terminal.report()["result"].startswith("trial")

    terminal.start_kiosk()                       # the new release starts and draws home
    assert terminal.starts() == [f"started {terminal.link('current')}"]
    good = terminal.update()
    assert good.returncode == 0 and "marked good: 0.2.0 drew home after 1 start(s)" in good.stdout
    assert terminal.report()["rolled_back"] is False and terminal.report()["result"].startswith("good")
    assert not (terminal.root / "var/lib/digipiste-update/trial.json").exists()
    # The channel has not changed: the server answers 304 and nothing happens.
    again = terminal.update()
    assert "has not changed (304)" in again.stdout
    assert terminal.server.requests[-1] == ("/channel.toml", 304)


def test_a_release_that_crashes_at_start_rolls_back_by_itself_and_says_why(terminal: Terminal):
    terminal.publish("0.2.0", serial=1, behaviour="crash")
    assert terminal.update().returncode == 0
    bad = terminal.link("current")
    assert bad.startswith("0.2.0-")
    for _ in range(4):                           # systemd restarts it; the 4th start's gate rolls back first
        terminal.start_kiosk()
    assert terminal.starts() == [f"started {bad}"] * 3 + [f"started {terminal.base}"]
    assert terminal.link("current") == terminal.base and terminal.link("previous") == bad
    report = terminal.report()
    assert report["rolled_back"] is True
    assert report["result"] == ("rolled back: 0.2.0 did not draw home in 3 starts "
                                "(it crashed or never became ready)")
    # Nothing new in the channel: 304. The same archive signed again with a new serial is not taken again.
    assert "has not changed (304)" in terminal.update().stdout
    terminal.publish("0.2.0", serial=2, behaviour="crash")
    again = terminal.update()
    assert again.returncode == 0 and "not taken: 0.2.0 was rolled back on this terminal before" in again.stdout
    assert terminal.link("current") == terminal.base
    # The kiosk reports it: status.json and digipiste.prom of a real kiosk started on that data folder.
    smoke = subprocess.run([sys.executable, "-m", "kiosk", "--smoke", "--data-dir", str(terminal.data)],
                           env=dict(terminal.env(), QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1"),
                           capture_output=True, text=True, timeout=180)
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    status = json.loads((terminal.data / "status.json").read_text(encoding="utf-8"))
    assert status["update_rolled_back"] is True
    assert status["update_result"].startswith("not taken: 0.2.0 was rolled back on this terminal before")
    assert 'digipiste_update_rolled_back{site="soite-koivutupa",terminal="koivutupa-1"} 1' in \
        (terminal.data / "digipiste.prom").read_text(encoding="utf-8")


def test_a_release_that_never_draws_home_rolls_back_after_the_time_limit(terminal: Terminal):
    terminal.publish("0.2.0", serial=1, behaviour="silent")
    assert terminal.update().returncode == 0
    bad = terminal.link("current")
    terminal.start_kiosk()                        # it runs, but never says it drew home
    assert terminal.update().returncode == 0 and terminal.link("current") == bad   # still within the limit
    # Sixteen minutes later (the trial's first start moved back instead of waiting).
    trial_file = terminal.root / "var/lib/digipiste-update/trial.json"
    trial = json.loads(trial_file.read_text())
    trial["first_start"] -= 16 * 60
    trial_file.write_text(json.dumps(trial))
    out = terminal.update()
    assert "rolled back to" in out.stderr and "did not draw home within 15 minutes" in out.stderr
    assert terminal.link("current") == terminal.base and terminal.report()["rolled_back"] is True


def test_a_tampered_archive_is_never_installed(terminal: Terminal):
    terminal.publish("0.2.0", serial=1, sha256="0" * 64)
    out = terminal.update()
    assert out.returncode == 1 and "is not the 0000" in out.stderr and "nothing was installed" in out.stderr
    assert terminal.link("current") == terminal.base
    assert terminal.report()["result"].startswith("download failed:")
    assert not (terminal.root / "var/lib/digipiste-update/download").exists()


def test_a_channel_signed_with_another_key_is_refused(terminal: Terminal):
    stranger = make_key(terminal.tmp / "stranger")
    terminal.publish("0.2.0", serial=1, key=stranger)
    out = terminal.update()
    assert out.returncode == 2 and "which is not a trusted public key" in out.stderr
    assert terminal.link("current") == terminal.base
    assert terminal.report()["result"].startswith("channel refused:")


def test_an_older_serial_is_refused(terminal: Terminal):
    terminal.publish("0.2.0", serial=5, percent=0)          # accepted; nobody takes it yet
    first = terminal.update()
    assert first.returncode == 0 and "outside the 0% rollout" in first.stdout
    terminal.publish("0.2.0", serial=4)                    # an old file served again, at 100 %
    out = terminal.update()
    assert out.returncode == 2 and "serial 4 is older than 5" in out.stderr
    assert terminal.link("current") == terminal.base


def test_an_expired_channel_is_refused(terminal: Terminal):
    terminal.publish("0.2.0", serial=1, expires="2020-01-01T00:00:00Z")
    out = terminal.update()
    assert out.returncode == 2 and "expired" in out.stderr
    assert terminal.link("current") == terminal.base


def test_a_terminal_outside_the_rollout_waits_and_takes_it_when_the_percentage_grows(terminal: Terminal):
    bucket = rollout_bucket("0.2.0", TERMINAL)
    terminal.publish("0.2.0", serial=1, percent=bucket)       # this terminal's bucket is not under it
    out = terminal.update()
    assert f"outside the {bucket}% rollout of 0.2.0" in out.stdout
    assert terminal.link("current") == terminal.base
    terminal.publish("0.2.0", serial=2, percent=bucket + 1)
    out = terminal.update()
    assert "installed 0.2.0-" in out.stdout and terminal.link("current").startswith("0.2.0-")


def test_the_kiosk_is_not_restarted_in_a_residents_session(terminal: Terminal):
    (terminal.data / "status.json").write_text(json.dumps({"session_active": True}))
    terminal.publish("0.2.0", serial=1)
    out = terminal.update()
    assert "installed 0.2.0-" in out.stdout
    assert "starts the new release at its next restart: a resident is in session" in out.stdout
    assert "restarting the kiosk" not in out.stdout
    (terminal.data / "status.json").write_text(json.dumps({"session_active": False}))
    later = terminal.update()                               # the next timer run, between residents
    assert "restarting the kiosk" in later.stdout


def test_a_release_that_fails_its_smoke_test_is_not_switched_to(terminal: Terminal):
    terminal.publish("0.2.0", serial=1, behaviour="nosmoke")
    out = terminal.update()
    assert out.returncode == 0 and "not installed: install.sh of 0.2.0 failed" in out.stdout
    assert terminal.link("current") == terminal.base
    assert not (terminal.root / "var/lib/digipiste-update/trial.json").exists()


def test_the_real_kiosk_writes_the_ready_marker_after_home_and_not_for_being_serviced(tmp_path: Path):
    """The confirmation the gate waits for comes from the kiosk itself (kiosk/app.py, after READY):
    home drawn gives the marker (the release name, "" from a source checkout); the "being serviced"
    screen of a configuration with errors gives none, so such a release would be rolled back."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nid = "x"\n', encoding="utf-8")
    for config, data in ((None, tmp_path / "home"), (bad, tmp_path / "serviced")):
        extra = ["--config", str(config)] if config else []
        out = subprocess.run([sys.executable, "-m", "kiosk", "--smoke", *extra, "--data-dir", str(data)], env=env,
                             capture_output=True, text=True, timeout=180)
        assert "first frame painted" in out.stderr, out.stderr[-2000:]
    assert (tmp_path / "home" / "release-ready").read_text(encoding="utf-8") == "\n"
    assert not (tmp_path / "serviced" / "release-ready").exists()


def test_a_server_that_does_not_answer_changes_nothing(terminal: Terminal):
    terminal.publish("0.2.0", serial=1)
    terminal.server.close()                                  # the server is down
    out = terminal.update()
    assert out.returncode == 1 and "channel not fetched, trying again at the next run" in out.stderr
    assert terminal.link("current") == terminal.base


def test_a_rollback_by_hand_during_a_trial_ends_the_trial(terminal: Terminal):
    terminal.publish("0.2.0", serial=1, behaviour="silent")
    assert terminal.update().returncode == 0
    bad = terminal.link("current")
    back = subprocess.run([str(REPO / "packaging/linux/install.sh"), "--rollback"],
                          env=dict(os.environ, DESTDIR=str(terminal.root)), capture_output=True, text=True, timeout=60)
    assert back.returncode == 0, back.stderr
    out = terminal.update()
    assert f"trial ended: current is {terminal.base}, not the release on trial {bad}" in out.stdout
    assert terminal.link("current") == terminal.base
    assert not (terminal.root / "var/lib/digipiste-update/trial.json").exists()
    terminal.publish("0.2.0", serial=2, behaviour="silent")      # the same archive, signed again
    again = terminal.update()
    assert "not taken: 0.2.0 was rolled back on this terminal before (0.2.0 was replaced by hand)" in again.stdout


@pytest.mark.bundle
def test_the_real_bundle_is_taken_marked_good_and_then_rolls_back_a_bad_release_itself(bundle: Path, tmp_path: Path,
                                                                                         pki):
    """The PyInstaller bundle from a real archive (packaging/archive.py, zstd -1 for speed): installed
    over a fake 0.0.9, started, marked good by its own ready marker; then, as `current`, its frozen
    `kiosk update` takes a crashing fake 0.2.0, and as `previous` its frozen `--gate` rolls it back."""
    sys.path.insert(0, str(REPO / "packaging"))          # as tests/deploy/test_archive.py imports it
    from archive import make_archive as make_real_archive

    ca, cert, key_file = pki
    www = tmp_path / "www"
    www.mkdir()
    server = ReleaseServer(www, cert, key_file)
    try:
        terminal = Terminal(tmp_path, server, ca, www, make_key(tmp_path / "keys"), base="0.0.9")
        real = make_real_archive(www, bundle=bundle, name="digipiste-0.1.0", zstd_args=["-1", "-T0", "-q"])
        terminal.publish("0.1.0", serial=1, archive=real)
        out = terminal.update()
        assert "installed 0.1.0-" in out.stdout, out.stdout + out.stderr
        frozen = terminal.link("current")
        terminal.start_kiosk()
        assert (terminal.data / "release-ready").read_text(encoding="utf-8") == frozen + "\n"
        assert "marked good: 0.1.0 drew home after 1 start(s)" in terminal.update().stdout

        terminal.publish("0.2.0", serial=2, behaviour="crash")
        out = terminal.update()                      # the frozen updater: HTTPS, minisign, install.sh
        assert "installed 0.2.0-" in out.stdout, out.stdout + out.stderr
        for _ in range(4):
            terminal.start_kiosk()                   # the frozen gate, run from `previous`
        assert terminal.link("current") == frozen and terminal.report()["rolled_back"] is True
        assert (terminal.data / "release-ready").read_text(encoding="utf-8") == frozen + "\n"
    finally:
        server.close()
