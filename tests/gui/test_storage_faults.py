"""Storage faults never reach the resident: the errand goes on, the fault is logged once and shown.

Each fault is real, on a real kiosk.db: a read-only file (a read-only bind
mount when running as root, whom file modes do not stop), a full file system
(a 256 KiB tmpfs), a schema from a newer kiosk, a file locked by another
connection, a file deleted under the kiosk. In each the resident opens a
service, the page asks for a host that is not allowed, and they end the
session; no exception reaches the crash handler and nobody is sent home.
An unusable data directory (read-only, a file in the way) still serves residents from a
temporary folder that keeps nothing, and says so in one line, the admin view and the health files.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.crash import CrashHandler
from kiosk.storage.db import open_database
from tests.configs import local_config

ERRAND = "<title>errand</title><p>Your prescriptions</p><img src='{evil}'>"


def mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or result.returncode}): "
                    "this fault needs a real read-only or full file system")


def umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def crash(make_kiosk):
    handlers = []

    def install(kiosk):
        handler = CrashHandler(kiosk.recover)
        handler.install()
        handlers.append(handler)
        return handler

    yield install
    for handler in handlers:
        handler.uninstall()


def errand(kiosk, qtbot, web, web2) -> None:
    """A resident opens the service; its page asks for a refused host; they keep reading."""
    w = kiosk.window
    refused = []
    kiosk.events.happened.connect(lambda e: refused.append(e) if e.kind == "host.refused" else None)
    qtbot.mouseClick(w.findChild(QWidget, "tile-service"), Qt.MouseButton.LeftButton)
    view = w.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "errand", timeout=20000)
    qtbot.waitUntil(lambda: bool(refused), timeout=10000)
    assert refused[0].fields["host"] == "127.0.0.2"
    assert web2.requests == []
    for _ in range(3):                        # the timer's writes, without waiting 10 s each
        kiosk.events.report("host.refused", host="127.0.0.2", reason="not-allowed", origin="part")
        kiosk.refused_hosts.flush()
        storage_answered(kiosk, qtbot)
    assert w.current_screen() is w.browser and w.in_session


def storage_answered(kiosk, qtbot) -> None:
    """Until the storage worker has answered everything submitted so far (it works in order),
    whether storage works or not."""
    answered = []
    kiosk.storage.submit(lambda db: None, done=answered.append, failed=answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=15000)


def end_session(kiosk, qtbot) -> None:
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "nav-end-session"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.findChild(QWidget, "end-yes"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.findChild(QWidget, "feedback-skip"), Qt.MouseButton.LeftButton)
    assert w.findChild(QWidget, "signed-out").isVisible() and not w.in_session


def storage_faults_logged(caplog) -> int:
    return sum("storage unavailable" in r.getMessage() for r in caplog.records)


def make(make_kiosk, web, web2, data_dir=None, **kw):
    web.add("/", ERRAND.format(evil=web2.url("/pixel.png")))
    return make_kiosk(local_config({"service": web.url("/")}), data=data_dir, storage_retry_s=0.3, **kw)


def check_admin_view_says_unavailable(kiosk, qtbot) -> None:
    admin = kiosk.admin
    admin.view.show_report(admin.report())
    status = kiosk.window.findChild(QLabel, "admin-storage-status")
    assert status.isVisible() and "cannot be used" in status.text()
    admin.close_admin()


def wait_for_fault(kiosk, qtbot) -> None:
    qtbot.waitUntil(lambda: kiosk.status.storage == "unavailable", timeout=15000)


def test_newer_schema(make_kiosk, qtbot, web, web2, data_dir, crash, caplog):
    conn = sqlite3.connect(data_dir / "kiosk.db")
    conn.execute("CREATE TABLE from_the_future (x)")
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()
    kiosk = make(make_kiosk, web, web2)
    handler = crash(kiosk)
    kiosk.window.language.set("en")
    errand(kiosk, qtbot, web, web2)
    wait_for_fault(kiosk, qtbot)
    assert "newer kiosk" in kiosk.status.storage_reason
    check_admin_view_says_unavailable(kiosk, qtbot)
    end_session(kiosk, qtbot)
    assert handler.count == 0 and storage_faults_logged(caplog) == 1
    # Counted in memory all along; the newer file is left exactly as it was.
    qtbot.waitUntil(lambda: kiosk.refused_hosts.pending.get("127.0.0.2", (0, ""))[0] >= 4)
    conn = sqlite3.connect(data_dir / "kiosk.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 42
    assert not list(data_dir.glob("kiosk.db.broken-*"))


def test_read_only_file_then_writable_again(make_kiosk, qtbot, web, web2, data_dir, crash, caplog):
    db_file = data_dir / "kiosk.db"
    open_database(db_file).conn.close()
    if os.geteuid() == 0:
        mount("--bind", str(db_file), str(db_file))
        try:
            mount("-o", "remount,bind,ro", str(db_file))
        except BaseException:
            umount(db_file)
            raise
    else:
        db_file.chmod(0o444)
    try:
        kiosk = make(make_kiosk, web, web2)
        handler = crash(kiosk)
        kiosk.window.language.set("en")
        errand(kiosk, qtbot, web, web2)
        wait_for_fault(kiosk, qtbot)
        assert "readonly" in kiosk.status.storage_reason.replace("-", "").replace(" ", "")
        check_admin_view_says_unavailable(kiosk, qtbot)
        end_session(kiosk, qtbot)
        assert handler.count == 0 and storage_faults_logged(caplog) == 1
    finally:
        umount(db_file) if os.geteuid() == 0 else db_file.chmod(0o644)
    # Writable again: the worker's retry finds out by itself, the counts kept in memory arrive.
    qtbot.waitUntil(lambda: kiosk.status.storage == "ok", timeout=15000)
    assert kiosk.refused_hosts.flush_and_wait()
    rows = sqlite3.connect(db_file).execute("SELECT host, count FROM blocked_hosts").fetchall()
    assert rows and rows[0][0] == "127.0.0.2" and rows[0][1] >= 4


def test_full_disk_then_room_again(make_kiosk, qtbot, web, web2, tmp_path, crash, caplog):
    small = tmp_path / "small"
    small.mkdir()
    mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(small))
    try:
        kiosk = make(make_kiosk, web, web2, data_dir=small)
        handler = crash(kiosk)
        kiosk.window.language.set("en")
        kiosk.storage.call(lambda db: None)      # the database exists before the disk fills up
        filler = small / "filler"
        with open(filler, "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass
        # Many hosts, so the write needs pages the disk no longer has.
        for n in range(300):
            kiosk.events.report("host.refused", host=f"h{n}.tracker-{'x' * 40}.example", reason="not-allowed",
                                origin="part")
        errand(kiosk, qtbot, web, web2)
        wait_for_fault(kiosk, qtbot)
        assert "full" in kiosk.status.storage_reason
        check_admin_view_says_unavailable(kiosk, qtbot)
        end_session(kiosk, qtbot)
        assert handler.count == 0 and storage_faults_logged(caplog) == 1
        filler.unlink()
        qtbot.waitUntil(lambda: kiosk.status.storage == "ok", timeout=15000)
        assert kiosk.refused_hosts.flush_and_wait()
        count = sqlite3.connect(small / "kiosk.db").execute("SELECT count(*) FROM blocked_hosts").fetchone()[0]
        assert count == 301
    finally:
        umount(small)


def test_locked_file(make_kiosk, qtbot, web, web2, data_dir, crash, caplog):
    open_database(data_dir / "kiosk.db").conn.close()
    other = sqlite3.connect(data_dir / "kiosk.db", isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    kiosk = make(make_kiosk, web, web2)
    handler = crash(kiosk)
    errand(kiosk, qtbot, web, web2)
    wait_for_fault(kiosk, qtbot)          # after SQLite's own 5 s wait, on the storage thread
    assert "locked" in kiosk.status.storage_reason
    end_session(kiosk, qtbot)
    other.execute("ROLLBACK")
    other.close()
    qtbot.waitUntil(lambda: kiosk.status.storage == "ok", timeout=15000)
    assert handler.count == 0 and storage_faults_logged(caplog) == 1


def test_deleted_file_is_made_again(make_kiosk, qtbot, web, web2, data_dir, crash):
    kiosk = make(make_kiosk, web, web2)
    handler = crash(kiosk)
    kiosk.storage.call(lambda db: None)
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"kiosk.db{suffix}").unlink(missing_ok=True)
    errand(kiosk, qtbot, web, web2)
    end_session(kiosk, qtbot)
    assert kiosk.refused_hosts.flush_and_wait()
    assert kiosk.status.storage == "ok" and handler.count == 0
    rows = sqlite3.connect(data_dir / "kiosk.db").execute("SELECT host FROM blocked_hosts").fetchall()
    assert rows == [("127.0.0.2",)]


def test_stale_session_folders_are_removed_at_start(make_kiosk, data_dir):
    stale = data_dir / "sessions" / "0123abcd"
    (stale / "downloads").mkdir(parents=True)
    (stale / "downloads" / "resident-letter.pdf").write_bytes(b"%PDF-1.4")
    make_kiosk()
    assert list((data_dir / "sessions").iterdir()) == []


# -- an unusable data directory -----------------------------------------------------


def run_kiosk(data_dir: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", "--smoke", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=60, env=env)


def test_a_file_where_the_data_directory_should_be(tmp_path):
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("someone saved a file here")
    result = run_kiosk(not_a_dir)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0 and json.loads(result.stdout.splitlines()[-1])["smoke"] == "ok"
    lines = [line for line in result.stderr.splitlines() if "data directory" in line]
    assert len(lines) == 1 and str(not_a_dir) in lines[0] and "serving residents from" in lines[0]
    assert not_a_dir.read_text() == "someone saved a file here"
    volatile = Path(re.search(r"serving residents from (\S+),", lines[0]).group(1))
    assert not volatile.exists()           # nothing of the run is left behind


def test_read_only_data_directory_still_serves_residents_and_says_so_once(make_kiosk, qtbot, tmp_path, caplog):
    """Before, a read-only data directory showed the "being serviced" window: nobody was served."""
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "kept.txt").write_text("what was there stays")
    mount("--bind", str(ro), str(ro))
    try:
        mount("-o", "remount,bind,ro", str(ro))
        caplog.set_level(logging.ERROR, logger="kiosk")
        kiosk = make_kiosk(data=ro)
        w = kiosk.window
        assert w.objectName() != "serviced" and kiosk.status.serving is True
        qtbot.waitUntil(lambda: kiosk.status.storage == "volatile", timeout=15000)
        assert "Read-only" in kiosk.status.storage_reason
        # A resident's session works: storage (in the temporary folder) takes the events.
        qtbot.mouseClick(w.findChild(QWidget, "lang-en"), Qt.MouseButton.LeftButton)
        kiosk.storage.call(lambda db: None)
        lines = [r.getMessage() for r in caplog.records if "data directory" in r.getMessage()]
        assert len(lines) == 1 and "Read-only" in lines[0] and "serving residents" in lines[0]
        admin = kiosk.admin
        admin.view.show_report(admin.report())
        status = w.findChild(QLabel, "admin-storage-status")
        assert status.isVisible() and "keeps nothing" in status.text()
        admin.close_admin()
        kiosk.health.write_now()
        health = json.loads(kiosk.paths.status_file.read_text())
        assert health["storage"] == "volatile" and str(ro) in health["storage_reason"]
        assert "digipiste_storage_volatile{" in kiosk.paths.metrics_file.read_text()
        assert kiosk.paths.data_dir != ro and (ro / "kept.txt").read_text() == "what was there stays"
        result = run_kiosk(ro / "sub")
        assert "Traceback" not in result.stderr
        assert sum("data directory" in line for line in result.stderr.splitlines()) == 1
    finally:
        umount(ro)


def _fill(path: Path, leave: int = 0) -> None:
    """Write zeros into `path` until the file system has only `leave` bytes left (or none)."""
    with open(path, "wb", buffering=0) as fh:
        try:
            while True:
                st = os.statvfs(path.parent)
                room = st.f_bavail * st.f_frsize - leave
                if room <= 0:
                    break
                fh.write(b"\0" * min(room, 65536))
        except OSError:
            pass


def settle_storage(kiosk, qtbot) -> None:
    """Every job queued before has run, and its answer reached the interface thread."""
    try:
        kiosk.storage.call(lambda db: None)
    except Exception:
        pass
    qtbot.wait(20)


def test_full_disk_logs_once_leaves_no_temp_files_and_gives_its_space_back(
        make_kiosk, qtbot, web, web2, tmp_path, crash, capfd):
    """The disk fills during the day, then IT frees it: one line each, and the kiosk recovers by itself.

    Before: a traceback on stderr for every log record (512 in 40 s), the usage
    log's "kept in memory" warning at every retry, 0-byte .tmp files of the
    health files, and a WAL that kept the space its failed writes took.
    """
    from kiosk.log import setup_logging
    from kiosk.storage.db import WAL_KEEP_BYTES

    small = tmp_path / "small"
    small.mkdir()
    # Room for the outage's backlog twice (WAL + database) once the disk is freed:
    # a checkpoint copies the WAL's pages into the database before cutting it back.
    mount("-t", "tmpfs", "-o", "size=12m", "tmpfs", str(small))
    root_logger = logging.getLogger("kiosk")
    try:
        kiosk = make(make_kiosk, web, web2, data_dir=small)
        handler = crash(kiosk)
        setup_logging(kiosk.paths.log_file)          # the file and stderr, as `kiosk` itself logs
        kiosk.storage.call(lambda db: None)
        capfd.readouterr()
        filler = small / "filler"
        _fill(filler)
        # A day of use while the disk is full: events, log lines, health files.
        for n in range(4000):
            kiosk.events.report("language.changed", lang=("fi", "sv", "en")[n % 3])
        for n in range(300):
            logging.getLogger("kiosk.test").warning("line %d of a busy day", n)
        kiosk.health.write_now()
        wait_for_fault(kiosk, qtbot)
        for n in range(50):                          # each new event tries the disk again
            kiosk.events.report("language.changed", lang="sv")
            settle_storage(kiosk, qtbot)
        assert kiosk.usage.queued >= 4050
        err = capfd.readouterr().err
        assert "Logging error" not in err and "Traceback" not in err
        assert sum("cannot write the log file" in line for line in err.splitlines()) == 1
        assert sum("kept in memory" in line for line in err.splitlines()) == 1
        assert sum("storage unavailable" in line for line in err.splitlines()) == 1
        assert not [p.name for p in small.rglob("*.tmp")]
        assert kiosk.window.current_screen() is not None and handler.count == 0
        # IT frees the disk: everything goes in, the WAL is cut back, the log file works again.
        filler.unlink()
        qtbot.waitUntil(lambda: kiosk.status.storage == "ok" and kiosk.usage.queued == 0, timeout=60000)
        kiosk.storage.call(lambda db: None)
        reader = sqlite3.connect(small / "kiosk.db")
        stored = reader.execute("SELECT count(*) FROM usage_outbox WHERE type = 'language.chosen'").fetchone()[0]
        reader.close()
        assert stored == 4050                        # every event of the full-disk hours
        wal = small / "kiosk.db-wal"
        # Once the worker is idle after the outage the WAL is cut back (it waits 2 s for that).
        qtbot.waitUntil(lambda: not wal.exists() or wal.stat().st_size <= WAL_KEEP_BYTES, timeout=15000)
        logging.getLogger("kiosk.test").warning("after the disk was freed")
        assert "after the disk was freed" in kiosk.paths.log_file.read_text()
        assert sum("log file" in line and "written again" in line for line in capfd.readouterr().err.splitlines()) == 1
    finally:
        setup_logging(None, stderr=False)
        for h in list(root_logger.handlers):
            if getattr(h, "_kiosk", False):
                root_logger.removeHandler(h)
        umount(small)
