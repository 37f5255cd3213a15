"""sd_notify: READY=1 after the first frame, WATCHDOG=1 only while the interface thread turns."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import time

import pytest


@pytest.fixture
def notify_socket(tmp_path):
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(0.2)
    yield sock, str(path)
    sock.close()


def drain(sock, seconds: float) -> list[tuple[float, str]]:
    out, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            out.append((time.monotonic(), sock.recv(4096).decode()))
        except TimeoutError:
            pass
    return out


def test_kiosk_pings_while_responsive_and_stops_when_its_loop_hangs(notify_socket, tmp_path):
    sock, path = notify_socket
    # A real kiosk process: it blocks its own interface thread for 3 s after 2 s.
    script = textwrap.dedent("""
        import sys, time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from kiosk.app import before_qapplication, build
        app = QApplication(before_qapplication())
        kiosk = build(data_dir=sys.argv[1], windowed=True)
        QTimer.singleShot(2000, lambda: time.sleep(3))     # the interface hangs
        QTimer.singleShot(6000, app.quit)
        app.exec()
        kiosk.shutdown()
    """)
    env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000", "QT_QPA_PLATFORM": "offscreen",
           "QTWEBENGINE_DISABLE_SANDBOX": "1", "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "data")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        seen = drain(sock, 9.0)
    finally:
        out = proc.communicate(timeout=30)[0].decode(errors="replace")
    assert proc.returncode == 0, out
    messages = [m for _t, m in seen]
    assert messages and messages[0].startswith("READY=1"), messages[:3]
    pings = [t for t, m in seen if m == "WATCHDOG=1"]
    assert len(pings) >= 5, f"too few keep-alives: {len(pings)}"
    gaps = [b - a for a, b in zip(pings, pings[1:])]
    # While the loop turned the pings came every ~0.2 s; during the hang none came for ~3 s.
    assert max(gaps) > 2.5, gaps
    assert sorted(gaps)[len(gaps) // 2] < 0.5, gaps
    assert any(m.startswith("STOPPING=1") for m in messages)
    # The same run left the health files for IT staff and monitoring.
    status = json.loads((tmp_path / "data" / "status.json").read_text())
    assert status["config"] == "valid" and status["site_id"] == "soite-koivutupa"
    prom = (tmp_path / "data" / "digipiste.prom").read_text()
    assert 'digipiste_config_valid{site="soite-koivutupa",terminal="koivutupa-1"} 1' in prom
