"""Read aloud with the real engine: the speech host, speech-dispatcher and espeak-ng.

There is no sound card here (nor in CI). The engine still runs to the end:
ALSA's `file` plugin (a ~/.asoundrc in the test's own HOME) writes what
espeak-ng synthesised into a file and hands it on to ALSA's `null` device.
So these tests prove that the text went through the kiosk's speech host and
its own speech-dispatcher (whose log, at a debug level only tests use, names
the text and the voice) into espeak-ng, which produced sound in that
language's voice (the file fills with non-silent samples, and the engine
reports the utterance finished). They do not prove that a loudspeaker sounds.

What the engine must receive is written here by hand from the guide files
(kiosk/guides/renew-prescription/fi.md, sv.md), not asked from the kiosk.
"""

from __future__ import annotations

import array
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.services.speech import SpeechService, SpeechState
from tests.gui.test_help_ui import OWN_PIN, ask, click, find, help_config, type_pin

pytestmark = [
    pytest.mark.skipif(shutil.which("speech-dispatcher") is None or shutil.which("espeak-ng") is None,
                       reason="speech-dispatcher and espeak-ng are not installed "
                              "(apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng; "
                              "scripts/system_deps.py does it for ./dev test)"),
]

PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"

# renew-prescription, the steps "Kirjaudu OmaKantaan" (fi.md) and "Logga in på MittKanta" (sv.md):
# the heading, then the text without Markdown, one line per paragraph.
FI_STEP_1 = ("Kirjaudu OmaKantaan.\n"
             "Kirjaudu ensin OmaKantaan. Siitä on oma ohje tällä koneella.\n"
             "Kirjoita tunnuksesi itse. Avustaja ei kirjoita niitä puolestasi.")
SV_STEP_1 = ("Logga in på MittKanta.\n"
             "Logga först in på MittKanta. Det finns en egen guide för det på den här datorn.\n"
             "Skriv dina koder själv. Den som hjälper dig skriver dem inte åt dig.")


@pytest.fixture
def audio(monkeypatch):
    """A HOME whose ALSA default device writes raw samples to a file; returns that file."""
    home = Path(tempfile.mkdtemp(prefix="dp-home-"))
    out = home / "sound.raw"
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{out}"; format "raw" }}\n')
    monkeypatch.setenv("HOME", str(home))
    yield out
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def short_base():
    # A short base folder: a unix socket path must stay under 108 bytes.
    base = Path(tempfile.mkdtemp(prefix="dp-sd-"))
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def debug_speech(qapp, qtbot, audio, short_base):
    """The kiosk's speech host and server, logging everything (level 5) so the test sees what arrived."""
    speech = SpeechService(log_level=5, base_dir=short_base)
    speech.start()
    qtbot.waitUntil(lambda: speech.state != SpeechState.STARTING, timeout=20000)
    assert speech.state == SpeechState.READY, speech.reason
    yield speech
    speech.shutdown()


def heard(sound: Path) -> int:
    """How many 16-bit samples in the captured sound are not (near) silence."""
    if not sound.exists():
        return 0
    data = sound.read_bytes()
    samples = array.array("h", data[: len(data) // 2 * 2])
    return sum(1 for s in samples if abs(s) > 500)


def reached_engine(speech: SpeechService, text: str) -> str | None:
    """The espeak-ng voice speech-dispatcher handed `text` to, from its debug log; None if it did not."""
    log_text = (Path(speech.server_folder) / "log" / "speech-dispatcher.log").read_text(errors="replace")
    at = log_text.rfind(f"Queueing message |{text}|")
    if at < 0:
        return None
    voice = log_text.find("synthesis_voice=", at)
    return log_text[voice:].split("\n", 1)[0].split("=", 1)[1] if voice >= 0 else None


def wait_spoken(qtbot, speech, sound, text, before: int) -> str:
    qtbot.waitUntil(lambda: reached_engine(speech, text) is not None, timeout=10000)
    qtbot.waitUntil(lambda: heard(sound) > before + 2000, timeout=10000)
    return reached_engine(speech, text)


def test_the_engine_speaks_finnish_swedish_and_english_to_the_end(qtbot, debug_speech, audio):
    speech = debug_speech
    for lang, text, voice in (("fi", "Napauta Jatka.", "Finnish"), ("sv", "Tryck på Fortsätt.", "Swedish"),
                              ("en", "Tap Continue.", "English")):
        assert speech.can_speak(lang), lang
        before = heard(audio)
        speech.say(text, lang)
        assert wait_spoken(qtbot, speech, audio, text, before).startswith(voice), lang
        # The engine reported the end of the utterance: it ran to completion.
        qtbot.waitUntil(lambda: not speech.speaking(), timeout=10000)
    assert not speech.unavailable()


def test_read_aloud_in_a_guide_reaches_the_engine_in_the_residents_language(make_kiosk, qtbot,
                                                                          debug_speech, audio):
    w = make_kiosk(speaker_factory=lambda: debug_speech).window
    w.guides.open_guide("renew-prescription")
    button = find(w, "read-aloud", QAbstractButton)
    assert button.isVisible() and button.isEnabled()
    click(w, "read-aloud")
    assert wait_spoken(qtbot, debug_speech, audio, FI_STEP_1, 0).startswith("Finnish")
    w.language.set("sv")
    before = heard(audio)
    click(w, "read-aloud")
    assert wait_spoken(qtbot, debug_speech, audio, SV_STEP_1, before).startswith("Swedish")


def test_your_turn_is_said_in_the_residents_language(make_kiosk, qtbot, web, debug_speech, audio):
    kiosk = make_kiosk(help_config({"omakanta": web.add("/", PAGE)}), speaker_factory=lambda: debug_speech)
    w = kiosk.window
    w.language.set("sv")
    ask(w, qtbot)
    click(w, "help-back-to-work")
    click(w, "nav-home")
    click(w, "helper-entry")
    type_pin(w, OWN_PIN)
    click(w, "helper-next")
    said = find(w, "help-status", QAbstractButton).text()
    assert said.startswith("Din tur")
    assert wait_spoken(qtbot, debug_speech, audio, said, 0).startswith("Swedish")


def test_the_kiosk_keeps_nothing_it_read_aloud(qapp, qtbot, audio, short_base):
    """At the kiosk's own log level, no spoken text is written anywhere; its folder goes at shutdown."""
    speech = SpeechService(base_dir=short_base)
    try:
        speech.start()
        qtbot.waitUntil(lambda: speech.state == SpeechState.READY, timeout=20000)
        secret = "Hilkka-Maaria Virtanen soittaa numeroon 040 1234567"
        speech.say(secret, "fi")
        qtbot.waitUntil(lambda: heard(audio) > 2000, timeout=10000)     # it was spoken
        qtbot.waitUntil(lambda: not speech.speaking(), timeout=10000)
        folder = Path(speech.server_folder)
        assert "LogLevel 1" in (folder / "speechd.conf").read_text()
        written = [p for root in (short_base, audio.parent) for p in root.rglob("*") if p.is_file()]
        assert any(p.name == "speech-dispatcher.log" for p in written)
        for path in written:
            if path != audio:
                assert b"Hilkka" not in path.read_bytes() and b"1234567" not in path.read_bytes(), path
    finally:
        speech.shutdown()
    assert not folder.exists()
    assert speech.state == SpeechState.OFF


def test_read_aloud_switched_off_starts_no_speech(make_kiosk, qtbot, web):
    from kiosk.core.config.site import parse_config
    from tests.gui.test_help_ui import help_config_text

    text = help_config_text({"omakanta": web.add("/", PAGE)}) + "\n[deployment]\nread_aloud = false\n"
    cfg, errors = parse_config(text, "speech-off.toml")
    assert not errors
    kiosk = make_kiosk(cfg)
    w = kiosk.window
    w.guides.open_guide("bank-codes")
    assert find(w, "guide-view").isVisible()
    assert not find(w, "read-aloud", QWidget).isVisible()
    assert w.guides.speaker() is None and kiosk.speech is None
