"""install.sh --broker into a throwaway root (DESTDIR), and the real Mosquitto run from what it wrote.

No bundle needed: the broker is Mosquitto alone. systemctl and apt are not
run in a DESTDIR install; the configuration it writes is started with
/usr/sbin/mosquitto here (paths moved into the throwaway root), and a
terminal's certificate made by `kiosk broker-certs` connects to it.
"""

from __future__ import annotations

import os
import pwd
import re
import subprocess
import sys
import time
from pathlib import Path

from kiosk.core.help.broker_settings import BrokerSettings
from kiosk.services import broker_tls as T
from tests.helpers.broker import MOSQUITTO, free_port, needs_mosquitto

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "packaging" / "linux" / "install.sh"


def run(args, root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(INSTALL), *args], env=dict(os.environ, DESTDIR=str(root)), capture_output=True,
                          text=True, timeout=120)


def make_certs(folder: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kiosk", "broker-certs", "--out", str(folder), "--site", "kokkola",
                           "--terminals", "t1,t2", "--broker-host", "localhost", "--broker-ip", "127.0.0.1"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): f"{p.read_bytes()!r}:{oct(p.stat().st_mode & 0o777)}"
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_broker_install_writes_the_config_and_certificates_and_is_idempotent(tmp_path):
    certs, root = tmp_path / "certs", tmp_path / "root"
    make_certs(certs)
    first = run(["--broker", "--broker-certs", str(certs), "--no-apt"], root)
    assert first.returncode == 0, first.stderr + first.stdout
    etc = root / "etc" / "mosquitto"
    installed = {p.name: oct(p.stat().st_mode & 0o777) for p in (etc / "digipiste").iterdir()}
    assert installed == {"ca.pem": "0o644", "broker.pem": "0o644", "crl.pem": "0o644", "broker.key": "0o640",
                         "acl": "0o640"}   # and never ca.key
    assert "ca.key stays in" in first.stdout
    conf = (etc / "conf.d" / "digipiste.conf").read_text()
    lines = [line for line in conf.splitlines() if line and not line.startswith("#")]
    for expected in ("listener 8883", "require_certificate true", "use_identity_as_username true",
                     "allow_anonymous false", "acl_file /etc/mosquitto/digipiste/acl",
                     "crlfile /etc/mosquitto/digipiste/crl.pem", "persistence true",
                     "persistence_location /var/lib/mosquitto/"):
        assert expected in lines, (expected, lines)
    assert re.search(r"@[A-Z_]+@", conf) is None, conf
    before = snapshot(root)
    second = run(["--broker", "--broker-certs", str(certs), "--no-apt"], root)
    assert second.returncode == 0, second.stderr
    assert snapshot(root) == before


def test_debians_own_persistence_location_is_not_set_twice(tmp_path):
    """Mosquitto refuses a second persistence_location: with Debian's mosquitto.conf present, none is added."""
    certs, root = tmp_path / "certs", tmp_path / "root"
    make_certs(certs)
    (root / "etc" / "mosquitto").mkdir(parents=True)
    (root / "etc" / "mosquitto" / "mosquitto.conf").write_text("persistence true\npersistence_location /var/lib/"
                                                                "mosquitto/\ninclude_dir /etc/mosquitto/conf.d\n")
    assert run(["--broker", "--broker-certs", str(certs), "--no-apt"], root).returncode == 0
    assert "persistence_location" not in [line.split(" ")[0] for line in
                                          (root / "etc/mosquitto/conf.d/digipiste.conf").read_text().splitlines()]


def test_a_folder_without_the_broker_files_is_refused(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = run(["--broker", "--broker-certs", str(empty), "--no-apt"], tmp_path / "root")
    assert done.returncode == 1
    assert done.stderr.strip() == (f"digipiste install: {empty}/ca.pem is missing: make it with kiosk broker-certs "
                                   f"--out {empty}")
    assert not (tmp_path / "root" / "etc" / "mosquitto" / "conf.d").exists()
    done = run(["--broker", "--no-apt"], tmp_path / "root")
    assert done.returncode == 1 and "--broker needs --broker-certs DIR" in done.stderr


@needs_mosquitto()
def test_the_installed_configuration_runs_and_lets_a_terminal_in(tmp_path):
    certs, root = tmp_path / "certs", tmp_path / "root"
    make_certs(certs)
    port = free_port()
    assert run(["--broker", "--broker-certs", str(certs), "--broker-port", str(port), "--no-apt"],
               root).returncode == 0
    conf = (root / "etc/mosquitto/conf.d/digipiste.conf").read_text()
    # Moved into the throwaway root; as the test's user; bound to loopback only.
    conf = conf.replace("/etc/mosquitto/", f"{root}/etc/mosquitto/").replace(
        "/var/lib/mosquitto/", f"{tmp_path}/").replace(f"listener {port}", f"listener {port} 127.0.0.1")
    conf += f"\nuser {pwd.getpwuid(os.getuid()).pw_name}\n"
    (tmp_path / "run.conf").write_text(conf)
    proc = subprocess.Popen([MOSQUITTO, "-c", str(tmp_path / "run.conf")], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        settings = BrokerSettings("127.0.0.1", port, certs / "ca.pem", certs / "terminals/t1.pem",
                                  certs / "terminals/t1.key")
        answer = "not tried"
        for _ in range(200):   # until the listener is up (a refused connection), at most ~20 s
            answer = T.diagnose(settings, timeout=5)
            if answer is None or "cannot be reached" not in answer:
                break
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode())
            time.sleep(0.1)   # polling for the listener, not waiting for something to happen
        assert answer is None
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        proc.stderr.close()
