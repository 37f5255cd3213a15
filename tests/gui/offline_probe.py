"""Run by test_service_errors in a network namespace without network: what does the resident see?

Builds the real kiosk in this process, opens a tile whose service is on the
internet, waits for the kiosk's own error page and prints one JSON line with
what is on screen. Not a test module itself (pytest does not collect it).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from kiosk.app import before_qapplication, build


def main() -> None:
    args = before_qapplication(sys.argv[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    from tests.configs import local_config

    app = QApplication(args)
    kiosk = build(config=local_config({"svc": "https://www.suomi.fi/"}), data_dir=Path(tempfile.mkdtemp()),
                  windowed=True)
    w = kiosk.window
    w.language.set(sys.argv[1])
    result: dict = {"shown": False}

    def poll() -> None:
        panel = w.findChild(QWidget, "service-error")
        if panel is not None and panel.isVisible():
            result["shown"] = True
            result["text"] = " ".join(lbl.text() for lbl in panel.findChildren(QLabel) if lbl.isVisibleTo(w))
            w.findChild(QWidget, "browser").page().toHtml(finish)
        else:
            QTimer.singleShot(100, poll)

    def finish(html: str) -> None:
        result["html"] = html
        kiosk.shutdown()
        app.quit()

    w.open_tile("svc")
    poll()
    QTimer.singleShot(30000, app.quit)
    app.exec()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
