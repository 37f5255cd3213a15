"""The Prometheus alert rules shipped for IT (packaging/monitoring/), checked and tested by promtool itself.

`promtool test rules` feeds the series of healthy and troubled terminals in
packaging/monitoring/digipiste.rules.test.yml and expects each alert to fire
for the trouble and not before its time, nor for a healthy terminal. Here:
promtool agrees, every alert has such a test, and every metric the rules
read is one the kiosk writes (or one the other parts of issue 20 write).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.core.health import Health, prometheus_text

MONITORING = Path(__file__).resolve().parents[2] / "packaging" / "monitoring"
RULES = MONITORING / "digipiste.rules.yml"
TESTS = MONITORING / "digipiste.rules.test.yml"
# Every metric the rules read is one the kiosk's health files write (issue 20's items all merged).
WRITTEN_ELSEWHERE: set[str] = set()

promtool = pytest.mark.skipif(shutil.which("promtool") is None,
                              reason="promtool (Debian's prometheus package) is not installed")


def alert_names() -> list[str]:
    return re.findall(r"^\s*- alert: (\w+)$", RULES.read_text(), re.MULTILINE)


def run(*args: str, cwd: Path = MONITORING) -> subprocess.CompletedProcess:
    return subprocess.run(["promtool", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@promtool
def test_promtool_checks_the_rules():
    done = run("check", "rules", RULES.name)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"SUCCESS: {len(alert_names())} rules found" in done.stdout


@promtool
def test_every_alert_fires_and_stays_quiet_as_its_test_expects():
    done = run("test", "rules", TESTS.name)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


@promtool
def test_the_rule_tests_can_fail(tmp_path):
    # The same tests against rules whose heartbeat limit is 10 minutes instead of 2: the frozen
    # terminal is not reported in time, and promtool says so.
    (tmp_path / RULES.name).write_text(RULES.read_text().replace(
        "digipiste_heartbeat_timestamp_seconds > 120", "digipiste_heartbeat_timestamp_seconds > 600"))
    shutil.copy(TESTS, tmp_path / TESTS.name)
    done = run("test", "rules", TESTS.name, cwd=tmp_path)
    assert done.returncode != 0 and "alertname: DigipisteInterfaceFrozen" in done.stdout + done.stderr


def test_every_alert_is_tested_firing_and_not_firing():
    text = TESTS.read_text()
    # Each `alertname:` line of a test, and whether its test expects no alert ([]) or some.
    cases = re.findall(r"alertname: (\w+)\n\s*exp_alerts:( \[\])?", text)
    for name in alert_names():
        kinds = {bool(empty) for found, empty in cases if found == name}
        assert kinds == {True, False}, f"{name}: a test where it fires and one where it does not"


def test_the_rules_read_only_metrics_the_kiosk_writes():
    # A terminal of a site with a shared help queue ([helpers.broker]) writes the broker's metric too.
    written = set(re.findall(r"^# TYPE (\w+) ", prometheus_text(Health(broker="connected")), re.MULTILINE))
    read = set(re.findall(r"\bdigipiste_\w+", RULES.read_text())) - {"digipiste_"}
    assert read - written == WRITTEN_ELSEWHERE
    assert {"digipiste_heartbeat_timestamp_seconds", "digipiste_written_timestamp_seconds"} <= read


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_copy_units_pass_systemd_analyze_verify(tmp_path):
    units = [MONITORING / "digipiste-metrics.timer", MONITORING / "digipiste-metrics.service"]
    for unit in units:
        shutil.copy(unit, tmp_path / unit.name)
    done = subprocess.run(["systemd-analyze", "verify", *(str(tmp_path / u.name) for u in units)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
