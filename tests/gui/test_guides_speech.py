"""Read aloud: shown only when a voice for the guide's language exists, and then it speaks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.guides.speech import TEST_ENGINE, system_speaker
from tests.helpers.fakes import FakeSpeaker, no_speech_engine


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
    step = w.guides.viewer.shown_text().steps[1]
    assert len(fake.said) == 1
    text, lang = fake.said[0]
    assert lang == "fi" and text.startswith(step.title) and "Reseptit" in text
    assert "**" not in text and ".svg" not in text       # plain words, no Markdown, no file names
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


def test_system_speaker_never_offers_qt_test_engine():
    speaker = system_speaker()
    assert speaker is None or getattr(speaker, "engine", "") != TEST_ENGINE


@pytest.mark.qt_log_ignore("pipewire")
def test_qt_speaker_wraps_qtexttospeech(qapp, qtbot):
    # Qt's own "mock" engine is the one engine that works on a machine without
    # speech-dispatcher; the kiosk never uses it, but it exercises the wrapper.
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        pytest.skip(f"QtTextToSpeech cannot load here: {exc}")
    if TEST_ENGINE not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed")
    from kiosk.ui.guides.speech import QtSpeaker

    speaker = QtSpeaker(TEST_ENGINE)
    assert speaker.ready()
    assert speaker.can_speak("fi")          # the mock engine has a Finnish voice
    assert not speaker.can_speak("sv")      # and no Swedish one
    speaker.say("Napauta Jatka.", "fi")
    qtbot.waitUntil(speaker.speaking, timeout=5000)
    speaker.stop()
    speaker.deleteLater()
