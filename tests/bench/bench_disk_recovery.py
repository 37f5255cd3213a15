"""A full disk freed: seconds until the kiosk's storage works again, its backlog is in and its WAL cut back.

The real kiosk (in-process, offscreen) on a 12 MiB tmpfs with the production
retry interval (`build()`'s default, 30 s): the disk is filled, a day's usage
events (3 000) arrive while it is full, then the filler is deleted. Measured
from that moment: storage `ok`, the in-memory backlog written, the WAL back
under `journal_size_limit`. The retry interval is the baseline: recovery can
take up to one interval by design, so the figure to read is recovery / retry.
Needs root (mount); says so and stops otherwise.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

EVENTS = 3_000


def _fill(path: Path) -> None:
    with open(path, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass


def _until(app, check, limit_s: float = 120.0) -> float:
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > limit_s:
            return float("nan")
        app.processEvents()
        time.sleep(0.01)
    return time.monotonic() - start


def main() -> None:
    if os.geteuid() != 0:
        print("bench_disk_recovery: needs root to mount a tmpfs; skipped")
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app import before_qapplication, build
    from kiosk.storage.db import WAL_KEEP_BYTES

    app = QApplication.instance() or QApplication(before_qapplication("fi"))
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small"
        small.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(small)], check=True)
        try:
            kiosk = build(data_dir=small, windowed=True)
            _until(app, lambda: getattr(kiosk.window, "start_finished", True))
            kiosk.storage.call(lambda db: None)
            retry_s = kiosk.storage.retry_s
            filler = small / "filler"
            _fill(filler)
            for n in range(EVENTS):
                kiosk.events.report("language.changed", lang=("fi", "sv", "en")[n % 3])
            _until(app, lambda: kiosk.status.storage == "unavailable")
            filler.unlink()
            t_ok = _until(app, lambda: kiosk.status.storage == "ok")
            t_in = _until(app, lambda: kiosk.usage.queued == 0)
            wal = small / "kiosk.db-wal"
            t_wal = _until(app, lambda: not wal.exists() or wal.stat().st_size <= WAL_KEEP_BYTES)
            kiosk.shutdown()
        finally:
            subprocess.run(["umount", "-l", str(small)], check=False)
    print(f"retry interval (baseline): {retry_s:.0f} s")
    print(f"storage ok again:          {t_ok:.1f} s after the disk was freed ({t_ok / retry_s:.2f}x the interval)")
    print(f"backlog of {EVENTS} written:   {t_ok + t_in:.1f} s")
    print(f"WAL cut back:              {t_ok + t_in + t_wal:.1f} s")


if __name__ == "__main__":
    main()
