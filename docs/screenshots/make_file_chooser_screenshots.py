"""Screenshots of the kiosk's upload file chooser for the docs: Finnish, normal and largest text.

Run on an X display with the xcb platform, from the repository root:

    Xvfb :80 -screen 0 1280x800x24 &
    DISPLAY=:80 QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 \
        .venv/bin/python docs/screenshots/make_file_chooser_screenshots.py

It serves a page with <input type=file multiple> on 127.0.0.1, builds the kiosk
with uploads allowed, puts a fake USB stick in a temporary folder, clicks the
field with a real mouse event, picks two files and saves the screen (the
chooser waits in its own loop, so everything happens from a timer inside it)
as file-chooser-fi[-large].png here.
"""

from __future__ import annotations

import subprocess
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

FILES = [("Vuokrasopimus 2026 allekirjoitettu.pdf", 412_000), ("Palkkalaskelma marraskuu.pdf", 88_300),
         ("Lääkärintodistus.pdf", 230_100), ("Tiliote_lokakuu_2026_OP_kayttotili.pdf", 51_000),
         ("Kuva henkilökortista.jpg", 2_400_000)]
PAGE = ("<title>ready</title><style>body{margin:0}#f{position:absolute;left:20px;top:20px;"
        "width:400px;height:100px}</style><input id=f type=file multiple>")


def shoot(app, tmp: Path, out: Path, text_steps: int) -> None:
    from PySide6.QtCore import QPoint, QTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton, QWidget

    from kiosk.app import build
    from tests.configs import local_config
    from tests.webserver import WebServer

    stick = tmp / "media" / "KINGSTON"
    if not stick.exists():
        (stick / "Kuvat").mkdir(parents=True)
        (stick / "Kela-hakemus liitteet").mkdir()
        for name, size in FILES:
            (stick / name).write_bytes(b"x" * size)
    with WebServer("127.0.0.1") as web:
        web.add("/", PAGE)
        kiosk = build(config=local_config({"kela": web.url("/")}, allow_uploads=True),
                      data_dir=tmp / f"data{text_steps}", windowed=True)
        w = kiosk.window
        w.resize(1280, 800)
        for _ in range(text_steps):
            w.appearance.next_text_size()
        chooser = w.findChild(QWidget, "file-chooser")
        chooser.find_removable = lambda: [stick]
        QTest.mouseClick(w.findChild(QWidget, "tile-kela"), Qt.MouseButton.LeftButton)
        view = w.findChild(QWidget, "browser")
        deadline = time.monotonic() + 20
        while not (view.title() == "ready" and not view.page().isLoading()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

        def act() -> None:
            if not chooser.isVisible():
                QTimer.singleShot(100, act)
                return
            rows = [b for b in chooser.findChildren(QPushButton)
                    if b.objectName().startswith("file-chooser-row-") and b.isVisible()]
            rows[2].click()
            rows[3].click()

            def snap() -> None:
                subprocess.run(["import", "-display", os.environ["DISPLAY"], "-window", "root", str(out)],
                               check=True)
                print("saved", out)
                chooser.abort()
                QTimer.singleShot(300, app.quit)
            QTimer.singleShot(800, snap)

        QTimer.singleShot(200, act)
        QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(100, 60))
        app.exec()
        kiosk.shutdown()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.app import before_qapplication

    app = QApplication(before_qapplication("fi"))
    with tempfile.TemporaryDirectory() as tmp:
        shoot(app, Path(tmp), HERE / "file-chooser-fi.png", 0)
        shoot(app, Path(tmp), HERE / "file-chooser-fi-large.png", 2)


if __name__ == "__main__":
    main()
