"""Reading guide steps aloud: a small `Speaker` interface over QtTextToSpeech.

The guide viewer only asks two things: can you speak this language, and say
this text. `QtSpeaker` answers with the system's speech engine; when there is
no engine, or no voice for the language, the viewer hides its Read aloud
button instead of showing one that does nothing.

Engines: speech-dispatcher ("speechd") on Linux, SAPI / WinRT on Windows,
"darwin" on macOS. Qt also ships "mock", its own test engine that reports
voices but makes no sound; the kiosk never uses it. On Linux the speechd
plugin needs libspeechd (package speech-dispatcher); without it loading the
plugin only logs an error, so `system_speaker` looks for the library first
and does not even import QtTextToSpeech (whose import also needs PulseAudio's
client library) when it is missing. The speechd engine talks only to the
kiosk's own speech-dispatcher (kiosk/services/speech_server.py), whose
settings keep no spoken text.
"""

from __future__ import annotations

import ctypes.util
import logging
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, Signal

from kiosk.services.speech_server import SpeechServer, shared_server

log = logging.getLogger("kiosk.speech")

# Qt's test engine: voices but no sound. Never offered to a resident.
TEST_ENGINE = "mock"


class Speaker(Protocol):
    """What the guide viewer needs from speech output."""

    def can_speak(self, lang: str) -> bool:
        """True when a voice for `lang` exists and is ready."""

    def say(self, text: str, lang: str) -> None:
        """Speak `text` in `lang` (stopping anything still being spoken)."""

    def stop(self) -> None:
        """Stop speaking."""


SpeakerFactory = Callable[[], "Speaker | None"]


def _language_of(code: str) -> QLocale.Language:
    return QLocale(code).language()


class QtSpeaker(QObject):
    """A `Speaker` on one QTextToSpeech engine. `changed` when its readiness changes."""

    changed = Signal()

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._state_enum = QTextToSpeech.State
        self._tts = QTextToSpeech(engine, self)
        self._voices: dict[str, bool] = {}   # language -> a voice exists
        self._tts.stateChanged.connect(self._on_state)
        self.engine = engine

    def _on_state(self, _state) -> None:
        # Some engines start up asynchronously: voices appear once they are ready.
        self._voices.clear()
        self.changed.emit()

    def ready(self) -> bool:
        return self._tts.state() not in (self._state_enum.Error,)

    def _locale_for(self, lang: str) -> QLocale | None:
        wanted = _language_of(lang)
        if wanted == QLocale.Language.C:
            return None
        matches = [loc for loc in self._tts.availableLocales() if loc.language() == wanted]
        if not matches:
            return None
        # Prefer the Finnish-region variant (sv_FI over sv_SE), then any.
        matches.sort(key=lambda loc: loc.territory() != QLocale.Country.Finland)
        return matches[0]

    def can_speak(self, lang: str) -> bool:
        if not self.ready():
            return False
        if lang not in self._voices:
            locale = self._locale_for(lang)
            self._voices[lang] = locale is not None and bool(self._voices_for(locale))
        return self._voices[lang]

    def _voices_for(self, locale: QLocale) -> list:
        previous = self._tts.locale()
        self._tts.setLocale(locale)
        voices = list(self._tts.availableVoices())
        self._tts.setLocale(previous)
        return voices

    def say(self, text: str, lang: str) -> None:
        locale = self._locale_for(lang)
        if locale is None or not text.strip():
            return
        self._tts.stop()
        self._tts.setLocale(locale)
        voices = self._tts.availableVoices()
        if voices:
            self._tts.setVoice(voices[0])
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()

    def speaking(self) -> bool:
        return self._tts.state() == self._state_enum.Speaking


def _engine_can_load(engine: str) -> bool:
    if engine == "speechd" and sys.platform.startswith("linux"):
        return ctypes.util.find_library("speechd") is not None
    return True


def system_speaker(parent: QObject | None = None, server: SpeechServer | None = None) -> Speaker | None:
    """The system's speech engine as a Speaker, or None when this computer has none.

    On Linux the engine is speech-dispatcher: the kiosk's private server
    (`server`, by default the process's shared one) is started first.
    """
    if sys.platform.startswith("linux"):
        server = server or shared_server()
        if not _engine_can_load("speechd") or not server.available:
            log.info("read aloud unavailable: speech-dispatcher (libspeechd) is not installed")
            return None
        if not server.start():
            return None
        if not server.wait_ready():
            server.stop()   # no half-started server left behind (read aloud stays off until a restart)
            return None
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # the module needs libraries the system may not have
        log.info("read aloud unavailable: %s", exc)
        return None
    for engine in QTextToSpeech.availableEngines():
        if engine == TEST_ENGINE or not _engine_can_load(engine):
            continue
        speaker = QtSpeaker(engine, parent)
        if speaker.ready():
            log.info("read aloud with the %s engine", engine)
            return speaker
        speaker.deleteLater()
    log.info("read aloud unavailable: no speech engine works here")
    return None
