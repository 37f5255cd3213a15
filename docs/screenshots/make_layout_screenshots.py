"""Screenshots of the home screen, the guides list and a portrait guide step, taken from a real X display.

Run from the repository root on an X display of the size each shot needs:

    Xvfb :88 -screen 0 1920x1080x24 &     # home-{fi,sv,en}.png
    DISPLAY=:88 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_layout_screenshots.py home
    Xvfb :89 -screen 0 1280x800x24 &      # home-{fi,sv,en}-large.png (largest text size)
    DISPLAY=:89 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_layout_screenshots.py home-large
    #                                       home-fi-size{1,2,3}.png (the three text sizes)
    DISPLAY=:89 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_layout_screenshots.py home-sizes
    #                                       guides-fi-large.png (the guides list, largest text)
    DISPLAY=:89 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_layout_screenshots.py guides-large
    Xvfb :90 -screen 0 1080x1920x24 &     # guide-portrait.png (a step of a guide, portrait)
    DISPLAY=:90 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_layout_screenshots.py guide-portrait
    #                                       home-fi-size3-portrait.png, guides-fi-large-portrait.png
    DISPLAY=:90 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_layout_screenshots.py portrait-large

It builds the kiosk on the demo configuration full screen, presses its buttons
as a resident would, and saves the whole X screen here: ImageMagick's `import`
where it is installed, else Qt reads the same pixels from the X server (the
root window), so the shot is what the display shows, not a widget's own paint.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

GUIDE = "omakanta-login"


def main(which: str) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.app import before_qapplication, build

    app = QApplication(before_qapplication("fi"))
    with tempfile.TemporaryDirectory() as data:
        kiosk = build(data_dir=data, windowed=False)
        w = kiosk.window

        def settle() -> None:
            for _ in range(40):
                app.processEvents()

        def press(name: str) -> None:
            w.findChild(QWidget, name).click()
            settle()

        def shoot(name: str) -> None:
            settle()
            if shutil.which("import"):
                subprocess.run(["import", "-window", "root", str(HERE / name)], check=True)
            else:
                from PySide6.QtGui import QGuiApplication

                QGuiApplication.primaryScreen().grabWindow(0).save(str(HERE / name))
            print("saved", HERE / name)

        def largest() -> None:
            while w.findChild(QWidget, "text-size-up").isEnabled():
                press("text-size-up")

        def guides_list() -> None:
            press("nav-guides")
            w.findChild(QWidget, "guides").verticalScrollBar().setValue(0)

        settle()
        if which == "home-sizes":
            for size in (1, 2, 3):
                w.findChild(QWidget, "tile-omakanta").setFocus()
                shoot(f"home-fi-size{size}.png")
                press("text-size-up")
        elif which == "guides-large":
            largest()
            guides_list()
            shoot("guides-fi-large.png")
        elif which == "portrait-large":
            largest()
            w.findChild(QWidget, "tile-omakanta").setFocus()
            shoot("home-fi-size3-portrait.png")
            guides_list()
            shoot("guides-fi-large-portrait.png")
        elif which in ("home", "home-large"):
            if which == "home-large":
                largest()
            for lang in ("fi", "sv", "en"):
                press(f"lang-{lang}")
                w.findChild(QWidget, "tile-omakanta").setFocus()
                shoot(f"home-{lang}-large.png" if which == "home-large" else f"home-{lang}.png")
        elif which == "guide-portrait":
            press("nav-guides")
            press(f"guide-{GUIDE}")
            press("guide-next")
            shoot("guide-portrait.png")
        kiosk.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "home")
