"""StorageWorker.call answers at once when storage is unavailable (it used to wait for its timeout).

"At once" without a stopwatch: the timeout is long, and a call that waited for
it would fail with "did not answer in time" instead of the storage's own reason.
"""

import pytest

from kiosk.services.storage_worker import StorageUnavailable, StorageWorker


def test_call_fails_fast_when_storage_cannot_open(qapp, tmp_path):
    def opener(_path):
        raise OSError("read-only file system")
    worker = StorageWorker(tmp_path / "kiosk.db", opener=opener)
    try:
        with pytest.raises(StorageUnavailable, match="read-only file system"):
            worker.call(lambda db: 1, timeout=60.0)
        with pytest.raises(StorageUnavailable, match="read-only file system"):   # in its retry pause: still at once
            worker.call(lambda db: 1, timeout=60.0)
    finally:
        worker.stop()
