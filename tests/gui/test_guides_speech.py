"""Read aloud: shown only when a voice for the guide's language exists, and then it speaks."""

from __future__ import annotations

import enum
import sys
import types

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.guides.speech import TEST_ENGINE, system_speaker


class FakeSpeaker:
    """Stands in for a real speech engine, which this machine (and CI) does not have:
    speech-dispatcher is not installed, so QtTextToSpeech has no working engine here."""

    def __init__(self, languages=("fi",)) -> None:
        self.languages = set(languages)
        self.said: list[tuple[str, str]] = []
        self.stopped = 0

    def can_speak(self, lang: str) -> bool:
        return lang in self.languages

    def say(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def stop(self) -> None:
        self.stopped += 1


def read_aloud(window) -> QWidget:
    button = window.findChild(QWidget, "read-aloud")
    assert button is not None
    return button


def test_hidden_when_there_is_no_speech_engine(kiosk, qtbot):
    w = kiosk.window
    w.guides.speaker_factory = lambda: None
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
    w.end_session("resident")
    assert fake.stopped > stops


def test_hidden_when_the_engine_has_no_voice_at_all(kiosk, qtbot):
    w = kiosk.window
    w.guides.viewer.set_speaker(FakeSpeaker(languages=()))
    w.guides.open_guide("bank-codes")
    for lang in ("fi", "sv", "en"):
        w.language.set(lang)
        assert w.findChild(QWidget, "guide-view").isVisible()
        assert not read_aloud(w).isVisible(), lang


def test_button_follows_this_machines_real_speech_engine(kiosk, qtbot):
    """With the kiosk's own speaker factory: the button is shown exactly when a Finnish voice exists.

    On a machine without speech-dispatcher (like CI) that means hidden; on a
    terminal with a Finnish voice, shown. Either way the check is real.
    """
    w = kiosk.window
    w.guides.open_guide("bank-codes")
    probe = system_speaker()
    has_voice = probe is not None and probe.can_speak("fi")
    assert w.findChild(QWidget, "guide-view").isVisible()
    assert read_aloud(w).isVisible() == has_voice


class FakeEngine(QObject):
    """Stands in for QTextToSpeech, to drive system_speaker's choice of engine.

    QtTextToSpeech cannot even be imported without PulseAudio's client
    library, which this machine does not have; the engine list is the input
    here, the choice is the real code's.
    """

    engines: list[str] = []
    stateChanged = Signal(object)  # noqa: N815 - Qt's name

    class State(enum.Enum):
        Ready = 0
        Speaking = 1
        Error = 3

    def __init__(self, engine: str, parent=None) -> None:
        super().__init__(parent)
        self._engine = engine

    @staticmethod
    def availableEngines() -> list[str]:  # noqa: N802
        return list(FakeEngine.engines)

    def state(self):
        return self.State.Error if self._engine.startswith("broken") else self.State.Ready


@pytest.mark.parametrize("engines,chosen", [
    (["mock"], None),                       # Qt's silent test engine is never offered
    (["mock", "flite"], "flite"),
    (["mock", "broken", "espeak"], "espeak"),  # one that fails to start is skipped
    (["broken"], None),
    ([], None),
])
def test_system_speaker_never_offers_qt_test_engine(qapp, monkeypatch, engines, chosen):
    from kiosk.ui.guides import speech

    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = FakeEngine
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    monkeypatch.setattr(speech, "_engine_can_load", lambda engine: True)
    monkeypatch.setattr(FakeEngine, "engines", engines)
    speaker = speech.system_speaker()
    assert (speaker.engine if speaker is not None else None) == chosen


def test_system_speaker_of_this_machine_is_never_qt_test_engine():
    speaker = system_speaker()
    if speaker is None:
        pytest.skip("this machine has no working speech engine (speech-dispatcher/libspeechd or "
                    "PulseAudio's client library is missing); the engine choice is tested above")
    assert speaker.engine != TEST_ENGINE


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
