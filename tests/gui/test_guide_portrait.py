"""In portrait at the largest text a step's picture gets the room its text leaves, not a sliver.

The text column was measured while the viewer's layout was still settling
(narrow, so tall): the text kept 60 % of the height with blank space under a
short text, and the picture of the OmaKanta button was 80 px high, its label
unreadable.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.helpers.fakes import no_speech_engine
from tests.helpers.screen import settle


def test_picture_gets_the_room_in_portrait_at_the_largest_text(make_kiosk, qtbot):
    # No speech engine: this is about the layout (and a machine's speech plugin may warn).
    kiosk = make_kiosk(size=(1080, 1920), speaker_factory=no_speech_engine)
    w = kiosk.window
    w.appearance.next_text_size()
    w.appearance.next_text_size()
    assert w.guides.open_guide("omakanta-login", step=1)
    picture = w.findChild(QWidget, "guide-picture")
    scroll = w.findChild(QWidget, "guide-step-scroll")
    text = w.findChild(QWidget, "guide-step-text")
    qtbot.waitUntil(lambda: picture.isVisible() and picture.width() > 500)
    settle(qtbot)   # the viewer's layout has settled (the bug: measured while it had not)
    natural = picture.height_for(picture.width())
    # The text shows whole, with no more than a line or two of blank under it...
    assert text.geometry().bottom() <= scroll.viewport().height() + 8
    assert scroll.height() < 2 * (text.geometry().bottom() + 40), (scroll.height(), text.geometry().bottom())
    # ...and the picture is drawn at least half its natural height for its width.
    assert picture.height() >= natural // 2, (picture.height(), natural)
