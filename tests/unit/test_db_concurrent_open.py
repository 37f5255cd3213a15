"""Two connections opening a new database at once (the storage worker and the interface thread).

Both must end up on the latest schema, migrated once, and the file must never
be set aside as broken because the other connection held the lock.
"""

from __future__ import annotations

import threading

from kiosk.storage.db import MIGRATIONS, open_database, schema_version


def test_concurrent_opens_of_a_new_file_migrate_once_and_set_nothing_aside(tmp_path):
    for attempt in range(15):
        path = tmp_path / f"kiosk-{attempt}.db"
        results, errors = [], []
        start = threading.Barrier(3)

        def open_it():
            start.wait()
            try:
                db = open_database(path)
                results.append(schema_version(db))
                db.conn.close()
            except Exception as exc:  # reported below
                errors.append(exc)
        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert errors == []
        assert results == [len(MIGRATIONS)] * 3
        assert not list(tmp_path.glob(f"kiosk-{attempt}.db.broken-*"))
