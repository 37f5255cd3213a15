"""StorageWorker.call answers at once when storage is unavailable (it used to wait for its timeout)."""

import time

import pytest

from kiosk.services.storage_worker import StorageUnavailable, StorageWorker


def test_call_fails_fast_when_storage_cannot_open(qapp, tmp_path):
    def opener(_path):
        raise OSError("read-only file system")
    worker = StorageWorker(tmp_path / "kiosk.db", opener=opener)
    try:
        t = time.monotonic()
        with pytest.raises(StorageUnavailable):
            worker.call(lambda db: 1, timeout=5.0)
        assert time.monotonic() - t < 1.0
        with pytest.raises(StorageUnavailable):     # in its retry pause: still at once
            worker.call(lambda db: 1, timeout=5.0)
        assert time.monotonic() - t < 1.0
    finally:
        worker.stop()
