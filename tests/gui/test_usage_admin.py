"""The usage log's part of the admin view: pending count, sync status, 30-day chart."""

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.storage import outbox
from tests.configs import ADMIN_PIN
from tests.gui.test_admin import find, open_pad, type_pin
from tests.gui.test_admin import admin_kiosk, clock, quits  # noqa: F401 (fixtures)


def test_admin_view_shows_usage_status_and_chart(admin_kiosk, qtbot):  # noqa: F811
    k = admin_kiosk
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ")
    recs = [{"uuid": f"u{i}", "type": "session.started", "at": now, "site": "s", "terminal": "t",
             "session": f"{i:032x}", "fields": {}} for i in range(3)]
    # The kiosk's own first events (its language) are written first.
    qtbot.waitUntil(lambda: k.usage.queued == 0 and not k.usage.writing, timeout=5000)
    before = k.storage.call(lambda db: outbox.counts(db)).get("pending", 0)
    k.storage.call(lambda db: outbox.append(db, recs))
    k.storage.call(lambda db: outbox.set_status(db, last_error="2026-12-01T10:00:00Z HTTP 500",
                                                quarantined_batches=1))
    open_pad(k, qtbot)
    type_pin(k.window, ADMIN_PIN)
    qtbot.waitUntil(find(k.window, "admin-view").isVisible)
    summary = find(k.window, "admin-usage-summary", QLabel)
    qtbot.waitUntil(lambda: f"Waiting to be sent: {before + 3}" in summary.text(), timeout=3000)
    assert "Last error: 2026-12-01T10:00:00Z HTTP 500" in summary.text()
    assert "Set aside 0 · refused as invalid 0 · sent again 0 · re-dated 0" in summary.text()
    chart = find(k.window, "admin-sessions-chart", QWidget)
    assert len(chart.days) == 30 and chart.days[-1][1] == 3
    assert chart.isVisible() and chart.height() >= 60
