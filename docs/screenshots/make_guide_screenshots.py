"""Screenshots of a guide step for the docs: Finnish and Swedish, normal and large text.

Run on a 1920x1080 X display (the reference screen), from the repository root:

    Xvfb :88 -screen 0 1920x1080x24 &
    DISPLAY=:88 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_guide_screenshots.py

It builds the kiosk on the demo configuration full screen, opens a guide
through its buttons, and saves the window as guide-{fi,sv}[-large].png here.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

GUIDE = "renew-prescription"
STEP = 4   # "Choose the prescriptions": text and a picture


def main() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.app import before_qapplication, build

    app = QApplication(before_qapplication("fi"))
    with tempfile.TemporaryDirectory() as data:
        kiosk = build(data_dir=data, windowed=False)
        w = kiosk.window

        def settle() -> None:
            for _ in range(20):
                app.processEvents()

        def press(name: str) -> None:
            w.findChild(QWidget, name).click()
            settle()

        settle()
        press("nav-guides")
        press(f"guide-{GUIDE}")
        for _ in range(STEP - 1):
            press("guide-next")
        for large in (False, True):
            if large:
                press("nav-home")
                press("text-size-up")
                press("nav-guides")
            for lang in ("fi", "sv"):
                press("nav-home")
                press(f"lang-{lang}")
                press("nav-guides")
                name = f"guide-{lang}{'-large' if large else ''}.png"
                w.grab().save(str(HERE / name))
                print("saved", HERE / name)
        kiosk.shutdown()


if __name__ == "__main__":
    main()
