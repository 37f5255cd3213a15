"""End to end: what a resident types (in a service's page, in the help request) never reaches the
usage log's database, its WAL, the kiosk's log, or anything the sync sends.

A real kiosk, a real QtWebEngine page served on 127.0.0.1 that receives the typed form, the real
help queue, the real outbox, and a real JSON-lines receiver process.
"""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kiosk.log import setup_logging
from kiosk.services.sync_targets import JsonLinesTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.storage.db import open_database
from tests.gui.test_help_ui import click, find, help_config
from tests.receivers import Receiver

NAME = "Pirkko-Liisa"
HETU = "131052-308T"
FORM = ("<!doctype html><title>form</title><form action='/sent' method='post'>"
        "<input id=who name=who autofocus><input id=id name=id><button id=go>Go</button></form>")


def raw(data_dir) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file() and "kiosk.db" in p.name)


def test_typed_names_and_identity_numbers_go_nowhere(make_kiosk, qtbot, web, data_dir, tmp_path):
    log_path = tmp_path / "kiosk.log"
    setup_logging(log_path, stderr=False)
    try:
        web.add("/", FORM)
        web.add("/sent", "<title>sent</title>")
        kiosk = make_kiosk(help_config({"kela": web.url("/")}))
        w = kiosk.window
        click(w, "tile-kela")
        view = find(w, "browser")
        qtbot.waitUntil(lambda: view.title() == "form" and not view.page().isLoading(), timeout=20000)
        # Entered into the page's form and sent to the service (typing through the
        # X server into a page is tests/display's; offscreen key delivery to a
        # page is not reliable enough for a privacy test that must not flake).
        view.page().runJavaScript(f"document.getElementById('who').value = '{NAME}';"
                                  f"document.getElementById('id').value = '{HETU}';"
                                  "document.getElementById('go').click()")
        qtbot.waitUntil(lambda: view.title() == "sent", timeout=20000)
        assert any(p == "/sent" for p in web.paths_seen())
        posted = b"".join(body for _path, body in web.bodies)
        assert HETU.encode() in posted and NAME.encode() in posted   # the service really got both
        # The help request with a first name typed on the kiosk's own keyboard path.
        click(w, "nav-help")
        click(w, "help-topic-kela")
        QTest.keyClicks(find(w, "help-name", QLineEdit), NAME)
        click(w, "help-name-ok")
        # End the session as a resident does; the feedback question is answered.
        click(w, "nav-end-session")
        click(w, "end-yes")
        click(w, "feedback-yes")
        qtbot.waitUntil(lambda: not kiosk.session.active, timeout=5000)
        qtbot.waitUntil(lambda: kiosk.usage.queued == 0, timeout=10000)
        kiosk.storage.call(lambda db: db.execute("PRAGMA wal_checkpoint(PASSIVE)"))
    finally:
        setup_logging(None, stderr=False)

    # The errand was logged: usage events exist ...
    with Receiver("jsonl", tmp_path / "received.jsonl") as receiver:
        engine = SyncEngine(lambda: open_database(data_dir / "kiosk.db"), JsonLinesTarget(receiver.url))
        result = engine.run_once()
        engine.close()
    sent = (tmp_path / "received.jsonl").read_bytes()
    assert result.sent >= 4 and b"session.feedback" in sent and b"help.requested" in sent
    # ... and nothing typed is anywhere.
    everything = {"database and WAL": raw(data_dir), "log": log_path.read_bytes(), "sent": sent}
    for where, data in everything.items():
        for secret in (NAME.encode(), HETU.encode(), b"131052", web.url("/").encode()):
            assert secret not in data, f"{secret!r} found in the {where}"
