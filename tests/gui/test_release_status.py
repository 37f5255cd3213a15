"""What `kiosk update` reads from the kiosk's status.json: whether a resident is in session, the release,
and the updater's own last result (update.json) handed on to status.json and digipiste.prom."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def test_status_says_when_a_resident_is_in_session_and_carries_the_update_result(make_kiosk, qtbot, data_dir):
    (data_dir.parent / "digipiste-update").mkdir()
    (data_dir.parent / "digipiste-update" / "update.json").write_text(json.dumps(
        {"result": "rolled back: 0.2.0 did not draw home in 3 starts", "rolled_back": True}))
    kiosk = make_kiosk()
    qtbot.waitUntil(lambda: kiosk.health is not None)

    def status() -> dict:
        try:
            return json.loads(kiosk.paths.status_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
    # The kiosk writes the file by itself (at start, and 200 ms after each change).
    qtbot.waitUntil(lambda: "session_active" in status(), timeout=10000)
    first = status()
    assert first["session_active"] is False and first["release_folder"] == ""    # from a source checkout
    assert first["update_result"].startswith("rolled back: 0.2.0") and first["update_rolled_back"] is True
    qtbot.waitUntil(lambda: kiosk.paths.metrics_file.exists())
    metrics = kiosk.paths.metrics_file.read_text(encoding="utf-8").splitlines()
    assert [m.rsplit(" ", 1)[1] for m in metrics if m.startswith("digipiste_update_rolled_back{")] == ["1"]
    # A resident opens the guides from home: a session starts, and the updater must wait.
    qtbot.mouseClick(kiosk.window.findChild(QWidget, "nav-guides"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.session.active)
    qtbot.waitUntil(lambda: status().get("session_active") is True, timeout=10000)
    kiosk.session.end("resident")
    qtbot.waitUntil(lambda: status().get("session_active") is False, timeout=10000)
