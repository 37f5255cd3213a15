"""Child process for the durability test: appends usage events until it is killed.

Runs the real path: QCoreApplication, StorageWorker, UsageLog (filter, queue,
one transaction per drain). Prints "C <uuid>" for every record the usage log
reported committed, flushed at once, so the parent knows what must survive.
Usage: python -m tests.usage.append_child DB
"""

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.core.usage.schema import Context, build_record
from kiosk.services.storage_worker import StorageWorker
from kiosk.services.usage_log import UsageLog

CTX = Context.make("site", "t1", ["kela", "kanta"], ["login-bank"])


def main() -> None:
    app = QCoreApplication(sys.argv)
    worker = StorageWorker(Path(sys.argv[1]))
    usage = UsageLog(worker, CTX)
    added: list[str] = []
    done = [0]

    def committed(n: int) -> None:
        if not done[0]:
            # "ready" once events really commit (the database opened and
            # migrated): the parent's random kill then always falls among appends,
            # however slowly this process started.
            sys.stdout.write("ready\n")
        for uuid in added[done[0]:done[0] + n]:
            sys.stdout.write(f"C {uuid}\n")
        sys.stdout.flush()
        done[0] += n

    usage.committed.connect(committed)

    def tick() -> None:
        for _ in range(random.randint(1, 20)):
            rec = build_record("tile.opened", {"tile": random.choice(["kela", "kanta"])},
                               datetime.now(UTC), CTX, "ab" * 16)
            added.append(rec["uuid"])
            usage.add(rec)

    timer = QTimer(app)
    timer.timeout.connect(tick)
    timer.start(1)
    app.exec()


if __name__ == "__main__":
    main()
