"""A real kiosk with residents waiting for help, for the persistence test.

`python -m tests.help_kiosk CONFIG DATA_DIR N` builds the kiosk (kiosk.app.build)
with that configuration and data directory, asks for help N times through the
help queue service (topics in turn, a first name each), waits until the storage
worker has written them, prints "ready" and runs until it is killed.
"""

from __future__ import annotations

import sys


def main(config: str, data_dir: str, n: int) -> None:
    from kiosk.app import before_qapplication, build

    argv = before_qapplication()
    from PySide6.QtWidgets import QApplication

    app = QApplication(argv)
    kiosk = build(config=config, data_dir=data_dir)
    queue = kiosk.help.queue
    topics = ("omakanta", "my_device", "other")
    for i in range(n):
        queue.ask(topics[i % len(topics)], first_name=f"Waiting{i + 1}")
    kiosk.help.storage.call(lambda db: None)      # everything asked is on disk
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
