"""Read aloud in every interface language espeak-ng has a voice for, with the real engine.

The engine is the kiosk's own (speech host, its speech-dispatcher, espeak-ng),
as in tests/gui/test_speech_engine.py, whose fixtures capture the sound in a
file (no sound card here). For each of ru, uk, et, ar and fa a short sentence
written here by hand must reach espeak-ng in that language's voice (named in
speech-dispatcher's debug log) and come out as non-silent sound. Somali has no
voice: the engine says so (kiosk.core.languages has no voice for it either).
"""

from __future__ import annotations

import pytest

from kiosk.core.languages import LANGUAGES, speech_language
from tests.gui.test_speech_engine import (audio, debug_speech, heard, pytestmark,  # noqa: F401 (fixtures)
                                          short_base, wait_spoken)

# Language, what is said (a calm line of the kind the kiosk says), the voice's name in the log.
SENTENCES = (
    ("ru", "Ваша очередь: помощник идёт к вам.", "Russian"),
    ("uk", "Ваша черга: помічник іде до вас.", "Ukrainian"),
    ("et", "Sinu kord: abistaja tuleb.", "Estonian"),
    ("ar", "جاء دورك: المساعد قادم إليك.", "Arabic"),
    ("fa", "نوبت شماست: کمک‌کننده می‌آید.", "Persian"),
)


@pytest.mark.parametrize(("lang", "text", "voice"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_the_engine_speaks_each_language_in_its_own_voice(qtbot, debug_speech, audio, lang, text, voice):
    speech = debug_speech
    assert speech_language(lang) == lang
    assert speech.can_speak(lang), f"no {lang} voice among {sorted(speech.voices)}"
    before = heard(audio)
    speech.say(text, lang)
    assert wait_spoken(qtbot, speech, audio, text, before).startswith(voice)
    qtbot.waitUntil(lambda: not speech.speaking(), timeout=10000)
    assert not speech.unavailable()


def test_somali_has_no_voice(debug_speech):
    assert LANGUAGES["so"].voice is None and speech_language("so") is None
    assert not debug_speech.can_speak("so")
    assert {"fi", "sv", "en", "ru", "uk", "et", "ar", "fa"} <= debug_speech.voices
