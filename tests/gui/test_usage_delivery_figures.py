"""Delivery figures where IT staff look: the admin view and the health files (status.json, digipiste.prom).

A real kiosk syncing to a real Matomo-like receiver process on 127.0.0.1: one
event Matomo counts as invalid, and one poison event on its last try.
"""

import json
import sqlite3

from PySide6.QtWidgets import QLabel

from kiosk.core.config.site import parse_config
from kiosk.core.usage.delivery_rules import MAX_ATTEMPTS
from kiosk.core.usage.sync_rules import visitor_id
from tests.configs import ADMIN_PIN, local_config_text
from tests.gui.test_admin import find, open_pad, type_pin
from tests.gui.test_admin import clock  # noqa: F401 (fixture)
from tests.receivers import Receiver
from tests.usage.sync_helpers import fill, make_records


def test_set_aside_rejected_and_resent_reach_admin_view_and_health_files(make_kiosk, data_dir, clock,  # noqa: F811
                                                                        qtbot, tmp_path):
    records = make_records(30)
    fill(data_dir / "kiosk.db", records)
    poison = records[0]
    conn = sqlite3.connect(data_dir / "kiosk.db")
    with conn:    # as after four earlier passes in which Matomo did not count it
        conn.execute("UPDATE usage_outbox SET attempts = ?, sends = ? WHERE uuid = ?",
                     (MAX_ATTEMPTS - 1, MAX_ATTEMPTS - 1, poison["uuid"]))
    conn.close()
    with Receiver("matomo", tmp_path / "store.jsonl") as receiver:
        receiver.poison(f"_id={visitor_id(poison['session'], poison['site'])}")
        receiver.misbehave("invalid1")
        text = local_config_text({"a": "http://127.0.0.1:9/"}) + (
            f'\n[sync]\ntarget = "matomo"\nurl = "{receiver.url}"\nsite_id = 3\n')
        config, errors = parse_config(text, "test.toml")
        assert not errors, [str(e) for e in errors]
        k = make_kiosk(config, clock=clock)
        k.window.language.set("en")
        k.usage.sync.wake()                       # now, not after the first 20 s
        status_file = data_dir / "status.json"

        def figures() -> dict:
            try:
                return json.loads(status_file.read_text())
            except (OSError, ValueError):
                return {}
        labels = '{site="test",terminal="t1"}'
        prom_file = data_dir / "digipiste.prom"
        # status.json is written first, then digipiste.prom: wait for the second.
        qtbot.waitUntil(lambda: figures().get("sync_set_aside") == 1 and prom_file.exists()
                        and f"digipiste_sync_set_aside{labels} 1" in prom_file.read_text(), timeout=20_000)
    status = figures()
    assert status["sync_rejected"] == 1 and status["sync_resent"] == 1
    prom = prom_file.read_text()
    for line in (f"digipiste_sync_set_aside{labels} 1", f"digipiste_sync_rejected_total{labels} 1",
                 f"digipiste_sync_resent_total{labels} 1", f"digipiste_usage_redated{labels} 0"):
        assert line in prom, line
    open_pad(k, qtbot)
    type_pin(k.window, ADMIN_PIN)
    summary = find(k.window, "admin-usage-summary", QLabel)
    qtbot.waitUntil(lambda: "Set aside 1 · refused as invalid 1 · sent again 1 · re-dated 0"
                    in summary.text(), timeout=3000)
