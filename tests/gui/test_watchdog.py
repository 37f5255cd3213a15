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


def drain_until(sock, last: str, timeout_s: float = 120.0) -> list[str]:
    """Every message until one starting with `last` (a bound only against a hang, not a measure)."""
    out, end = [], time.monotonic() + timeout_s
    while time.monotonic() < end:
        try:
            out.append(sock.recv(4096).decode())
        except TimeoutError:
            continue
        if out[-1].startswith(last):
            break
    return out


def test_kiosk_pings_while_responsive_and_stops_when_its_loop_hangs(notify_socket, tmp_path):
    sock, path = notify_socket
    # A real kiosk process. Once it has sent three keep-alives it blocks its own
    # interface thread for 2 s, saying so on the same socket before and after;
    # three keep-alives after the hang, it quits. Order, not timing, is checked.
    script = textwrap.dedent("""
        import os, socket, sys, time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from kiosk.app import before_qapplication, build
        app = QApplication(before_qapplication())
        kiosk = build(data_dir=sys.argv[1], windowed=True)

        def mark(text):
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
                s.sendto(text.encode(), os.environ["NOTIFY_SOCKET"])

        def hang():
            mark("TEST=hang-start")
            time.sleep(2)                          # the interface hangs
            mark("TEST=hang-end")

        step = {"hung": False, "after": 0}

        def watch():
            sent = kiosk.watchdog.sent
            if not step["hung"] and sent >= 3:
                step["hung"], step["after"] = True, sent
                QTimer.singleShot(0, hang)
            elif step["hung"] and sent >= step["after"] + 3:
                app.quit()
        timer = QTimer()
        timer.timeout.connect(watch)
        timer.start(10)
        app.exec()
        kiosk.shutdown()
    """)
    env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000", "QT_QPA_PLATFORM": "offscreen",
           "QTWEBENGINE_DISABLE_SANDBOX": "1", "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "data")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        messages = drain_until(sock, "STOPPING=1")
    finally:
        out = proc.communicate(timeout=60)[0].decode(errors="replace")
    assert proc.returncode == 0, out
    assert messages and messages[0].startswith("READY=1"), messages[:3]
    assert "TEST=hang-start" in messages and "TEST=hang-end" in messages, messages
    start, end = messages.index("TEST=hang-start"), messages.index("TEST=hang-end")
    # Keep-alives while the loop turned, before and after; none while it hung.
    assert messages[:start].count("WATCHDOG=1") >= 3, messages[:start]
    assert messages[start:end].count("WATCHDOG=1") == 0, messages[start:end]
    assert messages[end:].count("WATCHDOG=1") >= 3, messages[end:]
    assert any(m.startswith("STOPPING=1") for m in messages)
    # The same run left the health files for IT staff and monitoring.
    status = json.loads((tmp_path / "data" / "status.json").read_text())
    assert status["config"] == "valid" and status["site_id"] == "soite-koivutupa"
    prom = (tmp_path / "data" / "digipiste.prom").read_text()
    assert 'digipiste_config_valid{site="soite-koivutupa",terminal="koivutupa-1"} 1' in prom
