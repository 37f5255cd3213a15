"""The usage log inside a built kiosk: hub events reach the outbox, filtered, off the interface thread."""

import logging
import sqlite3

from kiosk.services.sync_targets import JsonLinesTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.storage.db import open_database
from tests.receivers import Receiver

from kiosk.storage import outbox


def _rows(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT type, session, body FROM usage_outbox ORDER BY id").fetchall()
    finally:
        conn.close()


def test_events_flow_to_the_outbox_and_private_values_do_not(kiosk, qtbot, data_dir, caplog):
    caplog.set_level(logging.DEBUG)
    hub, session, usage = kiosk.events, kiosk.session, kiosk.usage
    tile = kiosk.config.tiles[0].id
    committed = []
    usage.committed.connect(committed.append)
    session.ensure_started()          # reports session.started through the wiring
    sid = session.session_id
    hub.report("tile.opened", tile=tile)
    hub.report("tile.opened", tile="https://www.kela.fi/omakela?hetu=131052-308T")   # refused
    hub.report("language.changed", lang="sv")
    hub.report("appearance.changed", mode="text_size", on=True)
    hub.report("host.refused", host="tracker.evil.example", reason="not allowed")     # local only
    hub.report("guide.feedback", guide="Matti Meikäläinen", answer="yes")              # refused
    session.end("resident")           # reports session.ended (the language reset is no choice)
    hub.report("session.feedback", answer="no")   # after the end: no session, still anonymous
    qtbot.waitUntil(lambda: sum(committed) >= 6 and usage.queued == 0, timeout=5000)
    rows = _rows(data_dir / "kiosk.db")
    assert [r[0] for r in rows] == ["session.started", "tile.opened", "language.chosen", "accessibility.used",
                                    "session.ended", "session.feedback"]
    assert {r[1] for r in rows[:5]} == {sid}            # session.ended keeps the session's id
    assert rows[5][1] == ""
    assert usage.refused == 2
    raw = b"".join((data_dir / name).read_bytes() for name in ("kiosk.db", "kiosk.db-wal")
                   if (data_dir / name).exists())
    for secret in (b"131052-308T", b"tracker.evil.example", "Meikäläinen".encode(), b"kela.fi"):
        assert secret not in raw
    # ... nor in anything sent, nor in the log.
    with Receiver("jsonl", data_dir / "received.jsonl") as receiver:
        engine = SyncEngine(lambda: open_database(data_dir / "kiosk.db"), JsonLinesTarget(receiver.url))
        assert engine.run_once().sent == 6
        engine.close()
    sent = (data_dir / "received.jsonl").read_bytes()
    logged = "\n".join(r.getMessage() for r in caplog.records).encode()
    for secret in (b"131052-308T", b"tracker.evil.example", "Meikäläinen".encode(), b"kela.fi"):
        assert secret not in sent and secret not in logged


def test_storage_failure_keeps_events_in_memory(make_kiosk, qtbot, data_dir):
    kiosk = make_kiosk(storage_retry_s=0.2)                                     # no 30 s wait in a test
    usage = kiosk.usage
    kiosk.storage.call(lambda db: db.conn.execute("DROP TABLE usage_outbox"))   # a broken outbox
    kiosk.events.report("session.started")
    qtbot.waitUntil(lambda: not usage.writing, timeout=3000)
    assert usage.queued == 1
    conn = sqlite3.connect(data_dir / "kiosk.db")                                # storage repaired
    repaired = type("Db", (), {"executescript": conn.executescript, "conn": conn})()
    outbox.create_tables(repaired)
    outbox.add_delivery_columns(repaired)
    conn.commit()
    conn.close()
    qtbot.waitUntil(lambda: kiosk.storage.state[0] == "ok", timeout=5000)       # it tries again by itself
    with qtbot.waitSignal(usage.committed, timeout=3000, check_params_cb=lambda n: n == 2):
        kiosk.events.report("language.changed", lang="en")
    assert [r[0] for r in _rows(data_dir / "kiosk.db")] == ["session.started", "language.chosen"]
