"""What the features tell the event hub, in the order a resident's errand makes it happen.

The test taps as a resident would and listens on `kiosk.events.happened`, as
the usage log will. The session's length comes from the clock handed to build().
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.services.printing import PRINT_TO_PDF_ENV
from tests.configs import local_config
from tests.helpers.fakes import FakeClock


def tap(qtbot, window, name: str) -> None:
    widget = window.findChild(QWidget, name)
    assert widget is not None and widget.isVisible(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_an_errand_reports_every_step_on_the_hub(make_kiosk, qtbot, web, web2, tmp_path, monkeypatch):
    monkeypatch.setenv(PRINT_TO_PDF_ENV, str(tmp_path / "pdf"))
    clock = FakeClock(100.0)
    web.add("/", f"<title>kela</title><img src='{web2.url('/track.gif?id=123456-789A')}'>")
    kiosk = make_kiosk(local_config({"kela": web.url("/")}), clock=clock)
    w = kiosk.window
    events = []
    kiosk.events.happened.connect(events.append)

    tap(qtbot, w, "lang-sv")
    tap(qtbot, w, "contrast")
    tap(qtbot, w, "tile-kela")
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "kela", timeout=20000)
    qtbot.waitUntil(lambda: any(e.kind == "host.refused" for e in events), timeout=10000)

    w.guides.open_guide("log-out")
    steps = w.guides.viewer.guide.step_count
    for _ in range(steps):
        tap(qtbot, w, "guide-next")
    with qtbot.waitSignal(kiosk.printing.finished, timeout=20000):
        tap(qtbot, w, "guide-print")
    tap(qtbot, w, "guide-helped-yes")
    clock.t += 42
    tap(qtbot, w, "nav-end-session")
    tap(qtbot, w, "end-yes")
    tap(qtbot, w, "feedback-partly")

    kinds = [e.kind for e in events if e.kind != "host.refused"]
    assert kinds == (["language.changed", "appearance.changed", "session.started", "tile.opened",
                      "guide.opened"] + ["guide.step"] * steps
                     + ["guide.completed", "print.started", "print.finished", "guide.closed", "guide.feedback",
                        "session.feedback", "session.ended"])   # the wipe's resets are no resident's choice
    by_kind = {e.kind: dict(e.fields) for e in events}
    assert by_kind["tile.opened"] == {"tile": "kela"}
    assert by_kind["guide.opened"] == {"guide": "log-out", "steps": steps}
    assert by_kind["guide.completed"] == {"guide": "log-out"}
    assert by_kind["guide.feedback"] == {"guide": "log-out", "answer": "yes"}
    assert by_kind["print.finished"] == {"kind": "guide", "ok": True}
    assert by_kind["session.ended"] == {"reason": "resident", "length_s": 42.0}
    assert by_kind["session.feedback"] == {"answer": "partly"}
    assert [dict(e.fields) for e in events if e.kind == "guide.step"] == [
        {"guide": "log-out", "step": n} for n in range(1, steps + 1)]
    refused = [dict(e.fields) for e in events if e.kind == "host.refused"]
    assert refused[0]["host"] == "127.0.0.2"
    # Hosts only: no address, no path, nothing the resident's page carried.
    for event in events:
        for value in event.fields.values():
            assert "/" not in str(value) and "123456" not in str(value)


def test_refused_hosts_reach_the_database_through_the_hub(make_kiosk, qtbot, web, web2):
    web.add("/", f"<title>a</title><img src='{web2.url('/x.png')}'><script src='{web2.url('/y.js')}'></script>")
    kiosk = make_kiosk(local_config({"a": web.url("/")}))
    tap(qtbot, kiosk.window, "tile-a")
    qtbot.waitUntil(lambda: kiosk.refused_hosts.pending.get("127.0.0.2", (0, ""))[0] >= 2, timeout=20000)
    kiosk.shutdown()   # writes what is left, in one transaction, and waits for it
    from kiosk.storage.db import open_database

    db = open_database(kiosk.paths.database)
    assert [tuple(r)[:2] for r in db.execute("SELECT host, count FROM blocked_hosts")] == [("127.0.0.2", 2)]
    db.conn.close()
