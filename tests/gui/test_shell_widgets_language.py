"""The widgets more than one feature shows (kiosk/ui/shell: PIN pad, service area, print status) speak Swedish.

They moved from the admin, browser and guides rooms into the shell (issue 17); their strings moved
with them from admin_*.ts / browser_*.ts to shell_*.ts under the same translation contexts (the
class names). A resident who chose Swedish sees what shell_sv.ts says, read off the real widgets
of a real kiosk (kiosk.app.build, the demo site). The same test passed before the move; it fails
if the contexts are lost on the way (an English word on a Swedish screen).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.core.config.site import load_config
from kiosk.demo import demo_config_path
from tests.gui.test_admin import open_pad
from tests.helpers.fakes import FakeClock
from tests.helpers.screen import click, find


def test_the_shells_shared_widgets_show_swedish(make_kiosk, qtbot):
    kiosk = make_kiosk(load_config(demo_config_path()), clock=FakeClock(), quit_app=lambda: None)
    w = kiosk.window
    w.language.set("sv")

    open_pad(kiosk, qtbot)                                    # the admin's PIN pad (context PinPad)
    assert find(w, "pin-message", QLabel).text() == "Skriv PIN-koden och tryck på OK."
    assert find(w, "pin-cancel").text() == "Avbryt"
    assert find(w, "pin-clear").accessibleName() == "Rensa PIN-koden"
    click(w, "pin-cancel")

    w.service_area                                            # built at first use, as a tile tap does
    assert find(w, "browser-show-guide").text() == "Visa anvisning"         # context ServiceArea
    assert find(w, "browser-guides").text() == "Anvisningar för tjänsten"

    status = find(w, "guide-print-status", QLabel)            # the guide's print line (PrintStatusLabel)
    status.show_printing()
    assert status.text() == "Skriver ut..."
