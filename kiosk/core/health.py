"""The kiosk's health as a status document and as Prometheus text-format metrics.

Pure Python. IT staff (or node_exporter's textfile collector, Zabbix, osquery)
read two files the kiosk rewrites atomically: `status.json` and
`digipiste.prom`. No server of ours, no port opened.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass


WAITING = "waiting_for_first_configuration"   # Health.config of a terminal being set up


@dataclass
class Health:
    """What IT needs to know at a glance; every field has a safe default."""

    version: str = ""
    site_id: str = ""
    terminal_id: str = ""
    # valid | fallback | invalid | waiting_for_first_configuration (a bootstrap file and nothing fetched
    # yet: the terminal is being set up, kiosk/services/deployment.py first_boot_health)
    config: str = "valid"
    config_error: str = ""             # config "invalid": the first thing wrong (file:line: key: what), for IT
    storage: str = "ok"                # ok | unavailable | volatile (data directory unusable: nothing kept)
    storage_reason: str = ""
    last_session_end: str = ""         # ISO 8601 UTC, to the minute
    sessions_today: int = 0
    pending_sync: int = 0
    last_sync_error: str = ""
    # Usage delivery since the outbox began (kiosk.storage.delivery.totals).
    sync_rejected: int = 0             # refused for good by the receiver (Matomo's invalid)
    sync_set_aside: int = 0            # set aside after their last try
    sync_resent: int = 0               # copies sent again (split batches, single retries)
    events_redated: int = 0            # dated by the clock they were recorded with after it was set
    events_estimated: int = 0          # no clock to go by: dated by estimate
    renderer_restarts: int = 0
    started_at: str = ""
    # [fleet] config_url (kiosk/services/fleet_config.py): the fetched file in use, and the last refusal.
    config_serial: int = 0             # serial of the fetched configuration in use (0: none)
    config_source: str = "file"        # file (the site file on the terminal) | url (fetched and signed)
    #                                    | bootstrap (only [fleet] on the terminal, nothing fetched yet)
    config_refused: str = ""           # why the last fetched file was refused ("" when none was)
    config_fetch_error: str = ""       # why the last poll of config_url got no answer ("" when it got one)
    # -- fleet health (issue 20): is the kiosk alive, which terminal, which release --------
    heartbeat: float = 0.0             # Unix time the interface thread last stamped: a frozen interface stops it
    written_at: float = 0.0            # Unix time these files were written (by a thread of their own)
    terminal_label: str = ""           # the label helpers know the terminal by ([terminals.<id>])
    release: str = ""                  # the release running (kiosk.__version__)
    # Releases (issue 20): the release folder this kiosk runs from ("" from a source checkout), whether a resident is in
    # session (`kiosk update` restarts onto a new release only when not), and the updater's
    # last result (kiosk.core.fleet.releases.read_report).
    release_folder: str = ""
    session_active: bool = False
    update_result: str = ""
    update_rolled_back: bool = False
    # The shared help queue's broker (issue 19, [helpers.broker]): off (not configured) | connected |
    # not connected; why not (the log's line); terminals of the point online (this one included).
    broker: str = "off"
    broker_problem: str = ""
    broker_terminals: int = 0


def status_json(health: Health) -> str:
    return json.dumps(asdict(health), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def prometheus_text(health: Health) -> str:
    """Metrics in the Prometheus text exposition format (version 0.0.4)."""
    labels = f'site="{_label(health.site_id)}",terminal="{_label(health.terminal_id)}"'
    rows = [
        ("digipiste_info", "gauge", "Version of the kiosk (value is always 1).",
         f'{{{labels},version="{_label(health.version)}"}}', 1),
        ("digipiste_config_valid", "gauge", "1 when the site configuration loaded, 0 on fallback or error.",
         f"{{{labels}}}", 1 if health.config == "valid" else 0),
        ("digipiste_config_fallback", "gauge", "1 when the last valid configuration is in use.",
         f"{{{labels}}}", 1 if health.config == "fallback" else 0),
        ("digipiste_storage_ok", "gauge", "1 when the local database works.",
         f"{{{labels}}}", 1 if health.storage == "ok" else 0),
        ("digipiste_storage_volatile", "gauge",
         "1 when the data directory is unusable and the kiosk runs from a temporary folder (nothing kept).",
         f"{{{labels}}}", 1 if health.storage == "volatile" else 0),
        ("digipiste_sessions_today", "gauge", "Sessions that ended today on this terminal.",
         f"{{{labels}}}", health.sessions_today),
        ("digipiste_sync_pending", "gauge", "Usage events waiting to be sent.",
         f"{{{labels}}}", health.pending_sync),
        ("digipiste_sync_error", "gauge", "1 when the last sync attempt failed.",
         f"{{{labels}}}", 1 if health.last_sync_error else 0),
        ("digipiste_sync_rejected_total", "counter", "Usage events the receiver refused for good (invalid).",
         f"{{{labels}}}", health.sync_rejected),
        ("digipiste_sync_set_aside", "gauge", "Usage events set aside after their last try (kiosk stats says why).",
         f"{{{labels}}}", health.sync_set_aside),
        ("digipiste_sync_resent_total", "counter", "Copies of usage events sent again (split batches, retries).",
         f"{{{labels}}}", health.sync_resent),
        ("digipiste_usage_redated", "gauge", "Usage events re-dated by their monotonic time after a clock change.",
         f"{{{labels}}}", health.events_redated),
        ("digipiste_usage_estimated", "gauge", "Usage events dated by estimate (no clock to go by).",
         f"{{{labels}}}", health.events_estimated),
        ("digipiste_renderer_restarts_total", "counter", "Browser renderer processes that died.",
         f"{{{labels}}}", health.renderer_restarts),
        ("digipiste_config_serial", "gauge", "Serial of the fetched configuration in use (0: the site file).",
         f'{{{labels},source="{_label(health.config_source)}"}}', health.config_serial),
        ("digipiste_config_refused", "gauge",
         "1 when the last configuration fetched from the URL was refused (status.json says why).",
         f"{{{labels}}}", 1 if health.config_refused else 0),
        ("digipiste_config_invalid", "gauge",
         "1 when no valid configuration runs: the terminal shows 'being serviced' (status.json config_error).",
         f"{{{labels}}}", 1 if health.config == "invalid" else 0),
        ("digipiste_config_waiting", "gauge",
         "1 while the terminal is being set up: a bootstrap file and no configuration fetched yet.",
         f"{{{labels}}}", 1 if health.config == WAITING else 0),
        ("digipiste_config_fetch_failed", "gauge",
         "1 when the last poll of the configuration URL got no answer (status.json config_fetch_error says why).",
         f"{{{labels}}}", 1 if health.config_fetch_error else 0),
        ("digipiste_release_info", "gauge", "The release folder the kiosk runs from (value is always 1).",
         f'{{{labels},release="{_label(health.release_folder)}"}}', 1),
        ("digipiste_update_rolled_back", "gauge",
         "1 when the last new release failed its health check and the one before runs again.",
         f"{{{labels}}}", 1 if health.update_rolled_back else 0),
    ]
    rows += _fleet_rows(health, labels)
    if health.broker != "off":   # a site without [helpers.broker] has no such link to alert on
        rows.append(("digipiste_broker_connected", "gauge",
                     "1 when the shared help queue's broker accepts this terminal (status.json broker_problem "
                     "says why not).", f"{{{labels}}}", 1 if health.broker == "connected" else 0))
    out = []
    for name, kind, help_, label_set, value in rows:
        number = float(value)
        text = str(int(number)) if math.isfinite(number) and number == int(number) else repr(number)
        out += [f"# HELP {name} {help_}", f"# TYPE {name} {kind}", f"{name}{label_set} {text}"]
    return "\n".join(out) + "\n"


def _fleet_rows(health: Health, labels: str) -> list[tuple[str, str, str, str, float]]:
    """Issue 20: the heartbeat (alert rules: packaging/monitoring/digipiste.rules.yml), who and what runs."""
    return [
        ("digipiste_heartbeat_timestamp_seconds", "gauge",
         "Unix time the kiosk's interface thread last stamped; stops when the interface is frozen.",
         f"{{{labels}}}", health.heartbeat),
        ("digipiste_written_timestamp_seconds", "gauge",
         "Unix time the kiosk wrote this file (off the interface thread); stops when the kiosk is not running.",
         f"{{{labels}}}", health.written_at),
        ("digipiste_terminal_info", "gauge", "The terminal's label for helpers and the release it runs (always 1).",
         f'{{{labels},label="{_label(health.terminal_label)}",release="{_label(health.release)}"}}', 1),
    ]
