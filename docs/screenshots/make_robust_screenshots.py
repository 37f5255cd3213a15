"""Screenshots of the calm states added for robustness: no browser, "Checking…", a guide in portrait.

Run on X displays from the repository root (1920x1080 is the reference screen;
the portrait guide wants a 1080x1920 one):

    Xvfb :88 -screen 0 1920x1080x24 &
    DISPLAY=:88 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_robust_screenshots.py landscape
    Xvfb :89 -screen 0 1080x1920x24 &
    DISPLAY=:89 QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python docs/screenshots/make_robust_screenshots.py portrait

landscape: browser-cannot-start-{fi,sv}.png (the session's browser profile
made to fail), pin-checking-fi.png, admin-log-checking-fi.png and
file-chooser-checking-fi.png (each grabbed while its answer is on its way);
portrait: guide-portrait-login-fi-large.png (the OmaKanta button picture at
the largest text).
"""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def main(which: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    import kiosk.app
    import kiosk.web.session_profile
    from kiosk.app import before_qapplication, build

    app = QApplication(before_qapplication("fi"))

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(HERE / name))
        print("saved", name)

    with tempfile.TemporaryDirectory() as data:
        if which == "portrait":
            k = build(data_dir=data, windowed=False)
            w = k.window
            settle()
            w.appearance.next_text_size()
            w.appearance.next_text_size()
            w.guides.open_guide("omakanta-login", step=1)
            QTimer.singleShot(800, lambda: (save(w, "guide-portrait-login-fi-large.png"), app.quit()))
            app.exec()
            k.shutdown()
            return

        # The session's browser profile fails to start (as a broken QtWebEngine would).
        real_profile = kiosk.web.session_profile.SessionProfile

        def failing(*_args, **_kwargs):
            raise RuntimeError("screenshot: no browser profile")

        kiosk.web.session_profile.SessionProfile = failing
        k = build(data_dir=data, windowed=False)
        w = k.window
        settle()
        for lang in ("fi", "sv"):
            w.language.set(lang)
            w.findChild(QWidget, "tile-omakanta").click()
            save(w, f"browser-cannot-start-{lang}.png")
            k.session.end("admin")
            settle()
        kiosk.web.session_profile.SessionProfile = real_profile
        w.language.set("fi")

        # The admin PIN while it is checked, then the view while the log is read.
        k.admin.open_pin_pad()
        pad = k.admin.pin_pad
        for digit in "2580":
            pad.digits[digit].click()
        pad.ok_button.click()
        w.grab().save(str(HERE / "pin-checking-fi.png"))
        print("saved pin-checking-fi.png")
        while pad.checking:
            settle(1)
        k.admin.open_view()
        w.grab().save(str(HERE / "admin-log-checking-fi.png"))
        print("saved admin-log-checking-fi.png")
        k.admin.close_admin()

        # The file chooser while a slow USB stick is looked at.
        chooser = w.browser.file_chooser
        release = threading.Event()
        chooser.find_removable = lambda: (release.wait(5), [])[1]
        session = Path(data) / "sessions" / "screenshot"
        session.mkdir(parents=True)
        chooser.begin_session(session, [])

        def shoot() -> None:
            w.grab().save(str(HERE / "file-chooser-checking-fi.png"))
            print("saved file-chooser-checking-fi.png")
            release.set()
            chooser.abort()

        QTimer.singleShot(600, shoot)
        chooser.choose(multiple=False, accepted=[])
        k.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "landscape")
