"""Screenshots of asking for help and of the helper view for the docs, Finnish and Swedish.

Run on an X display of 1280x800 (the kiosk full screen on xcb), from the repository root:

    Xvfb :40 -screen 0 1280x800x24 &
    DISPLAY=:40 QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 \\
        .venv/bin/python docs/screenshots/make_help_screenshots.py

It builds the kiosk on the demo configuration, fills the queue with two other
residents through the help queue service, presses the resident's buttons,
opens the helper view with the demo helper's PIN, and saves the X screen
itself (ImageMagick `import -window root`) as help-*-{fi,sv}.png here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
HELPER_PIN = "2468"     # the demo's "Aino (eSeniorit)"


def main() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.app import before_qapplication, build

    app = QApplication(before_qapplication("fi"))
    with tempfile.TemporaryDirectory() as data:
        kiosk = build(data_dir=data, windowed=False)
        w, help_ = kiosk.window, kiosk.help
        queue = help_.queue

        def settle(seconds: float = 0.6) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.02)

        def press(name: str, within: QWidget | None = None) -> None:
            (within or w).findChild(QWidget, name).click()
            settle(0.3)

        def shot(name: str) -> None:
            settle()
            path = HERE / name
            subprocess.run(["import", "-display", os.environ["DISPLAY"], "-window", "root", str(path)], check=True)
            print("saved", path)

        settle(1.5)
        for lang in ("fi", "sv"):
            press("nav-home")
            press(f"lang-{lang}")
            # Outside helper hours (nobody on duty, no shift now): when next, and where else.
            if not help_.accepting():
                press("nav-help")
                shot(f"help-outside-{lang}.png")
            # A helper on duty and two residents already waiting.
            queue.set_on_duty("Aino (eSeniorit)", True)
            queue.ask("omakela", first_name="Eino")
            queue.ask("my_device")
            queue._mine = None   # those two are other residents; this one asks through the screen
            help_.update()
            press("nav-help")
            shot(f"help-request-{lang}.png")
            press("help-topic-omakanta")
            press("help-skip")
            shot(f"help-status-{lang}.png")
            press("help-back-to-work")
            shot(f"help-bar-{lang}.png")
            press("helper-entry")
            pad = w.findChild(QWidget, "helper-login")
            for digit in HELPER_PIN:
                press(f"pin-{digit}", pad)
            press("pin-ok", pad)
            shot(f"helper-view-{lang}.png")
            press("helper-next")
            press("helper-done")
            shot(f"helper-done-{lang}.png")
            press("helper-outcome-solved")
            press("helper-close")
            # Empty the queue for the next language.
            for r in queue.queue():
                queue.not_here(r.id) if r.state != "in_progress" else queue.close(r.id, "solved")
            queue.set_on_duty("Aino (eSeniorit)", False)
            w.end_session("resident")
            settle(w.config.signed_out_s + 0.5)
        kiosk.shutdown()


if __name__ == "__main__":
    main()
