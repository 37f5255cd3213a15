"""Health figures as JSON and Prometheus text, parsed back the way collectors do."""

from __future__ import annotations

import json
import re

from kiosk.core.health import Health, prometheus_text, status_json

LINE = re.compile(r'^([a-z_]+)\{([^}]*)\} (-?[0-9.e+]+)$')


def parse_prom(text: str) -> dict[str, tuple[dict, float]]:
    out = {}
    types = {}
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ")
            types[name] = kind
            continue
        if line.startswith("#"):
            continue
        m = LINE.match(line)
        assert m, f"not a valid sample line: {line!r}"
        labels = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group(2)))
        out[m.group(1)] = (labels, float(m.group(3)))
    assert set(types) == set(out), "every metric has exactly one TYPE line"
    return out


def test_status_json_round_trips_every_field():
    h = Health(version="1.2.3", site_id="soite", config="fallback", storage="unavailable",
               storage_reason="OperationalError: attempt to write a readonly database", pending_sync=42)
    doc = json.loads(status_json(h))
    assert doc["config"] == "fallback" and doc["storage"] == "unavailable" and doc["pending_sync"] == 42
    assert set(doc) == set(Health.__dataclass_fields__)


def test_prometheus_text_parses_and_reflects_faults():
    ok = parse_prom(prometheus_text(Health(version="1", site_id="s", terminal_id="t-1")))
    assert ok["digipiste_storage_ok"][1] == 1 and ok["digipiste_config_valid"][1] == 1
    assert ok["digipiste_info"][0] == {"site": "s", "terminal": "t-1", "version": "1"}
    bad = parse_prom(prometheus_text(Health(site_id='we"ird\nsite', storage="unavailable",
                                            config="fallback", last_sync_error="timeout",
                                            renderer_restarts=3)))
    assert bad["digipiste_storage_ok"][1] == 0 and bad["digipiste_config_fallback"][1] == 1
    assert bad["digipiste_sync_error"][1] == 1 and bad["digipiste_renderer_restarts_total"][1] == 3
    assert bad["digipiste_info"][0]["site"] == 'we\\"ird\\nsite'


def test_delivery_figures_in_both_files():
    h = Health(site_id="s", terminal_id="t", sync_rejected=2, sync_set_aside=1, sync_resent=37, events_redated=100)
    doc = json.loads(status_json(h))
    assert (doc["sync_rejected"], doc["sync_set_aside"], doc["sync_resent"], doc["events_redated"]) == (2, 1, 37, 100)
    prom = parse_prom(prometheus_text(h))
    assert prom["digipiste_sync_rejected_total"][1] == 2 and prom["digipiste_sync_set_aside"][1] == 1
    assert prom["digipiste_sync_resent_total"][1] == 37 and prom["digipiste_usage_redated"][1] == 100
    assert prom["digipiste_usage_estimated"][1] == 0


def test_nightly_restart_only_in_its_window_when_idle_and_once():
    from datetime import datetime

    from kiosk.services.nightly import due

    boot = datetime(2026, 12, 1, 8, 0)
    at = 3 * 60 + 30
    assert due(datetime(2026, 12, 2, 3, 30), at, boot, busy=False)
    assert due(datetime(2026, 12, 2, 4, 29), at, boot, busy=False)
    assert not due(datetime(2026, 12, 2, 4, 30), at, boot, busy=False)     # window over
    assert not due(datetime(2026, 12, 2, 3, 29), at, boot, busy=False)
    assert not due(datetime(2026, 12, 2, 3, 40), at, boot, busy=True)      # a resident is there
    restarted = datetime(2026, 12, 2, 3, 31)
    assert not due(datetime(2026, 12, 2, 3, 45), at, restarted, busy=False)  # already done tonight


def test_a_terminal_being_set_up_is_told_apart_from_a_configured_one():
    from kiosk.core.health import WAITING

    waiting = Health(site_id="s", terminal_id="t", config=WAITING, config_source="bootstrap",
                     config_fetch_error="config.example.fi/…/site.toml: [Errno 111] Connection refused")
    doc = json.loads(status_json(waiting))
    assert (doc["config"], doc["config_source"]) == ("waiting_for_first_configuration", "bootstrap")
    assert doc["config_fetch_error"].endswith("Connection refused")
    prom = parse_prom(prometheus_text(waiting))
    assert prom["digipiste_config_waiting"][1] == 1 and prom["digipiste_config_fetch_failed"][1] == 1
    assert prom["digipiste_config_valid"][1] == 0 and prom["digipiste_config_serial"][0]["source"] == "bootstrap"
    serving = parse_prom(prometheus_text(Health(site_id="s", terminal_id="t", config_source="url", config_serial=4)))
    assert serving["digipiste_config_waiting"][1] == 0 and serving["digipiste_config_fetch_failed"][1] == 0
