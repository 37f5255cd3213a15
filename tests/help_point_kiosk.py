"""A real kiosk process on the point's shared help queue, for tests/gui/test_help_point_processes.py.

`python -m tests.help_point_kiosk CONFIG DATA_DIR FIRST_NAME` builds the kiosk (kiosk.app.build)
with that configuration (it has a [helpers.broker] table), waits until its link to the broker
is up, asks for help once (topic "kela", the first name if not "-"), waits until the point's
list holds the request, and prints `ready <request id>`. Then it prints one line each time
the resident's status in the bar changes (`status <text>`, in English), and runs until it is killed.
"""

from __future__ import annotations

import sys


def main(config: str, data_dir: str, first_name: str) -> None:
    from kiosk.app import before_qapplication, build

    argv = before_qapplication()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(argv)
    kiosk = build(config=config, data_dir=data_dir)
    kiosk.window.language.set("en")     # the tests read the status line in English
    help_ = kiosk.help
    point = help_.point
    asked: list[str] = []
    shown = [""]

    def step() -> None:
        if not asked and point.broker.state == "up":
            r = help_.queue.ask("kela", first_name="" if first_name == "-" else first_name,
                                guide="kela-benefit", step=3, service="kela")
            asked.append(r.id)
        if asked and asked[0] in point.known and shown[0] == "":
            shown[0] = "ready"
            print(f"ready {asked[0]}", flush=True)
        text = help_.status_button.text()
        if shown[0] not in ("", text) and asked:
            shown[0] = text
            print(f"status {text}", flush=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
