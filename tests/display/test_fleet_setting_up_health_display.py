"""A terminal being set up reports to monitoring: the real `python -m kiosk` on Xvfb, real HTTPS.

The terminal's own file is a bootstrap (only [fleet]); nothing is fetched yet
and the server first serves a file signed by another key (refused), then is
gone (its port refuses connections). Meanwhile the kiosk writes status.json and
digipiste.prom like a serving one, with what it knows: which terminal, the
release, a heartbeat, "waiting for its first configuration", and why it has
none. Without them monitoring saw a terminal being set up as a terminal that
is down. `promtool check metrics` (Debian's prometheus package) reads the file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import kiosk as kiosk_package
from kiosk.core.config.terminal import ENV
from tests.configs import local_config_text
from tests.display.conftest import KioskProcess
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

LATER = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


def status_when(kiosk: KioskProcess, ready, timeout: float) -> dict:
    """status.json once `ready(doc)` holds (the kiosk rewrites it within a second of a change)."""
    path = kiosk.data_dir / "status.json"
    deadline = time.monotonic() + timeout
    doc: dict = {}
    while time.monotonic() < deadline:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):   # not written yet
            doc = {}
        if doc and ready(doc):
            return doc
        assert kiosk.proc.poll() is None, f"the kiosk exited: {kiosk.stderr_tail()}"
        time.sleep(0.1)
    raise AssertionError(f"status.json not as expected after {timeout} s: {doc or 'not written'}")


def prom_values(path: Path) -> dict[str, str]:
    """metric name -> its sample value (one sample each in the kiosk's file)."""
    return {line.split("{")[0]: line.rsplit(" ", 1)[1] for line in path.read_text().splitlines()
            if line and not line.startswith("#")}


def test_a_terminal_being_set_up_reports_why_it_has_no_configuration(xserver, tmp_path, monkeypatch):
    key, other = make_key(tmp_path / "key"), make_key(tmp_path / "other")
    machine = tmp_path / "terminal.toml"
    machine.write_text('id = "kirjasto-2"\nlabel = "Hyllyt"\n', encoding="utf-8")
    monkeypatch.setenv(ENV, str(machine))
    published = tmp_path / "published.toml"
    published.write_text(local_config_text({"kela": "https://127.0.0.1:1/"}).replace('terminal_id = "t1"\n', ""),
                         encoding="utf-8")
    minisig = other.sign(published, f"serial:1 expires:{LATER}")   # not a key the terminal trusts
    started = time.time()
    with FleetServer(tmp_path) as server:
        server.publish(published.read_bytes(), minisig.read_bytes())
        bootstrap = (f'format = 2\n[site]\nid = "test"\n\n[fleet]\nconfig_url = "{server.url}"\n'
                     f'public_keys = ["{key.public_line}"]\nca_file = "{server.ca_file}"\ninterval_s = 600\n')
        kiosk = KioskProcess(xserver, bootstrap, tmp_path)
        try:
            doc = status_when(kiosk, lambda d: d["config_refused"], timeout=90)
        except BaseException:
            kiosk.stop()
            raise
    try:
        # Refused: who the terminal is, what runs, and why it has no configuration yet.
        assert (doc["config"], doc["config_source"], doc["config_serial"]) == (
            "waiting_for_first_configuration", "bootstrap", 0)
        assert (doc["site_id"], doc["terminal_id"], doc["terminal_label"]) == ("test", "kirjasto-2", "Hyllyt")
        assert doc["release"] == kiosk_package.__version__ and doc["config_fetch_error"] == ""
        assert doc["heartbeat"] >= started - 1 and doc["written_at"] >= doc["heartbeat"] - 1
        assert "127.0.0.1" in doc["config_refused"] and "key" in doc["config_refused"]
        assert doc["config_refused"] in kiosk.log()   # the same reason as the log's line
        prom_file = kiosk.data_dir / "digipiste.prom"
        prom = prom_values(prom_file)
        assert (prom["digipiste_config_waiting"], prom["digipiste_config_refused"],
                prom["digipiste_config_fetch_failed"], prom["digipiste_config_valid"]) == ("1", "1", "0", "0")
        assert 'terminal="kirjasto-2",label="Hyllyt"' in prom_file.read_text()
        if shutil.which("promtool"):
            checked = subprocess.run(["promtool", "check", "metrics"], input=prom_file.read_text(),
                                     capture_output=True, text=True, timeout=60)
            assert checked.returncode == 0, checked.stdout + checked.stderr

        # The server is gone: the next try (30 s later, the first-boot back-off) gets no answer.
        doc = status_when(kiosk, lambda d: d["config_fetch_error"], timeout=150)
        assert "Connection refused" in doc["config_fetch_error"]
        assert doc["config"] == "waiting_for_first_configuration" and doc["config_refused"]   # the last refusal kept
        prom = prom_values(prom_file)
        assert (prom["digipiste_config_waiting"], prom["digipiste_config_fetch_failed"]) == ("1", "1")
        # The resident still sees the calm window; nothing went wrong inside the kiosk.
        assert kiosk.ask("label serviced-title-fi")["text"] == "Tämä kone otetaan käyttöön"
        assert "Traceback" not in kiosk.log() and "Traceback" not in kiosk.stderr_tail()
    finally:
        kiosk.stop()
