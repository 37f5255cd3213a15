"""Read aloud in the guide viewer: shown when a voice for the guide's language exists, and then it speaks.

The speaker here is a fake (tests/helpers/fakes.py): these tests are about
the viewer. The real engine is in tests/gui/test_speech_engine.py, and a
hanging or soundless one in tests/gui/test_speech_hang.py.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from tests.helpers.fakes import FakeSpeaker, no_speech_engine
from tests.helpers.speech import NOT_AVAILABLE, READ_ALOUD, words

# renew-prescription, step 2 "Avaa reseptit" of kiosk/guides/renew-prescription/fi.md, as a person
# reads it: the heading, then each paragraph, without Markdown and without the picture's file name.
FI_STEP_2 = "Avaa reseptit.\nNapauta OmaKannassa Reseptit.\nNäet listan resepteistäsi."


def read_aloud(window) -> QWidget:
    button = window.findChild(QWidget, "read-aloud")
    assert button is not None
    return button


def test_hidden_when_there_is_no_speech_engine(make_kiosk, qtbot):
    w = make_kiosk(speaker_factory=no_speech_engine).window
    w.guides.open_guide("bank-codes")
    assert w.findChild(QWidget, "guide-view").isVisible()
    assert not read_aloud(w).isVisible()


def test_hidden_when_no_voice_for_the_guide_language(kiosk, qtbot):
    w = kiosk.window
    w.guides.viewer.set_speaker(FakeSpeaker(languages=("en",)))
    w.guides.open_guide("bank-codes")
    assert not read_aloud(w).isVisible()
    w.language.set("en")
    assert read_aloud(w).isVisible()


def test_shown_and_speaks_the_step_in_the_guide_language(kiosk, qtbot):
    w = kiosk.window
    fake = FakeSpeaker(languages=("fi", "sv"))
    w.guides.viewer.set_speaker(fake)
    w.guides.open_guide("renew-prescription")
    button = read_aloud(w)
    assert button.isVisible() and button.accessibleName()
    qtbot.mouseClick(w.findChild(QWidget, "guide-next"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fake.said == [(FI_STEP_2, "fi")]
    stops = fake.stopped
    qtbot.mouseClick(w.findChild(QWidget, "guide-next"), Qt.MouseButton.LeftButton)
    assert fake.stopped > stops                          # a new step stops the old one
    w.language.set("sv")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fake.said[-1][1] == "sv"
    w.language.set("en")                                 # no English voice: no button
    assert not button.isVisible()


def test_end_of_session_stops_speaking(kiosk, qtbot):
    w = kiosk.window
    fake = FakeSpeaker()
    w.guides.viewer.set_speaker(fake)
    w.guides.open_guide("log-out")
    qtbot.mouseClick(read_aloud(w), Qt.MouseButton.LeftButton)
    stops = fake.stopped
    w.session.end("resident")
    assert fake.stopped > stops


def test_hidden_when_the_engine_has_no_voice_at_all(kiosk, qtbot):
    w = kiosk.window
    w.guides.viewer.set_speaker(FakeSpeaker(languages=()))
    w.guides.open_guide("bank-codes")
    for lang in ("fi", "sv", "en"):
        w.language.set(lang)
        assert w.findChild(QWidget, "guide-view").isVisible()
        assert not read_aloud(w).isVisible(), lang


class _Changes(QObject):
    changed = Signal()


class FailingSpeaker(FakeSpeaker):
    """An engine that exists but fails now (dead, hanging or without sound); `changed` as the real one."""

    def __init__(self) -> None:
        super().__init__(languages=("fi", "sv", "en"))
        self.failing = False
        self._changes = _Changes()
        self.changed = self._changes.changed

    def can_speak(self, lang: str) -> bool:
        return not self.failing and super().can_speak(lang)

    def unavailable(self) -> bool:
        return self.failing


def test_a_failing_engine_keeps_the_button_and_says_it_is_not_available(kiosk, qtbot):
    w = kiosk.window
    speaker = FailingSpeaker()
    w.guides.viewer.set_speaker(speaker)
    w.guides.open_guide("bank-codes")
    assert read_aloud(w).isVisible() and read_aloud(w).text() == READ_ALOUD["fi"]
    speaker.failing = True
    speaker.changed.emit()
    for lang in ("fi", "sv", "en"):
        w.language.set(lang)
        button = read_aloud(w)
        assert button.isVisible() and not button.isEnabled(), lang
        assert words(button.text()) == NOT_AVAILABLE[lang]
    qtbot.mouseClick(read_aloud(w), Qt.MouseButton.LeftButton)
    assert speaker.said == []
    speaker.failing = False                  # working again (a new speech host after a session)
    speaker.changed.emit()
    assert read_aloud(w).isEnabled() and read_aloud(w).text() == READ_ALOUD["en"]
