"""Read aloud with the real engine: speech-dispatcher + espeak-ng, through Qt's speechd plugin.

There is no sound card here (nor in CI). The engine still runs to the end:
ALSA's `file` plugin (a ~/.asoundrc in the test's own HOME) writes what
espeak-ng synthesised into a file and hands it on to ALSA's `null` device.
So these tests prove that the text went through the kiosk's own
speech-dispatcher (its log, at a debug level only tests use, names the text
and the voice) into espeak-ng, which produced sound in that language's voice
(the file fills with non-silent samples, and Qt reports the utterance
finished). They do not prove that a loudspeaker sounds.
"""

from __future__ import annotations

import array
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.services.speech_server import SpeechServer
from kiosk.ui.guides.speech import system_speaker
from tests.gui.test_help_ui import OWN_PIN, ask, click, find, help_config, type_pin

pytestmark = [
    pytest.mark.skipif(shutil.which("speech-dispatcher") is None or shutil.which("espeak-ng") is None,
                       reason="speech-dispatcher and espeak-ng are not installed "
                              "(apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng; "
                              "scripts/system_deps.py does it for ./dev test)"),
]

PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"


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


def _server(level: int):
    # A short base folder: a unix socket path must stay under 108 bytes.
    base = Path(tempfile.mkdtemp(prefix="dp-sd-"))
    server = SpeechServer(log_level=level, base_dir=base)
    return server, base


@pytest.fixture
def debug_server(audio):
    """The kiosk's private server, logging everything (level 5) so the test can see what arrived."""
    server, base = _server(5)
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


def heard(sound: Path) -> int:
    """How many 16-bit samples in the captured sound are not (near) silence."""
    if not sound.exists():
        return 0
    samples = array.array("h", sound.read_bytes()[: len(sound.read_bytes()) // 2 * 2])
    return sum(1 for s in samples if abs(s) > 500)


def reached_engine(server: SpeechServer, text: str) -> str | None:
    """The espeak-ng voice speech-dispatcher handed `text` to, from its debug log; None if it did not."""
    log_text = (server.log_dir / "speech-dispatcher.log").read_text(errors="replace")
    at = log_text.rfind(f"Queueing message |{text}|")
    if at < 0:
        return None
    voice = log_text.find("synthesis_voice=", at)
    return log_text[voice:].split("\n", 1)[0].split("=", 1)[1] if voice >= 0 else None


def wait_spoken(qtbot, server, sound, text, before: int) -> str:
    qtbot.waitUntil(lambda: reached_engine(server, text) is not None, timeout=10000)
    qtbot.waitUntil(lambda: heard(sound) > before + 2000, timeout=10000)
    return reached_engine(server, text)


def test_the_engine_speaks_finnish_swedish_and_english_to_the_end(qapp, qtbot, debug_server, audio):
    speaker = system_speaker(server=debug_server)
    assert speaker is not None and speaker.engine == "speechd"
    assert debug_server.running()
    for lang, text, voice in (("fi", "Napauta Jatka.", "Finnish"), ("sv", "Tryck på Fortsätt.", "Swedish"),
                              ("en", "Tap Continue.", "English")):
        assert speaker.can_speak(lang), lang
        before = heard(audio)
        speaker.say(text, lang)
        assert wait_spoken(qtbot, debug_server, audio, text, before).startswith(voice), lang
        # Qt hears the end of the utterance from speech-dispatcher: it ran to completion.
        qtbot.waitUntil(lambda: not speaker.speaking(), timeout=10000)
    speaker.deleteLater()


def test_read_aloud_in_a_guide_reaches_the_engine_in_the_residents_language(make_kiosk, qtbot,
                                                                          debug_server, audio):
    kiosk = make_kiosk(speaker_factory=lambda: system_speaker(server=debug_server))
    w = kiosk.window
    w.guides.open_guide("renew-prescription")
    button = find(w, "read-aloud", QAbstractButton)
    assert button.isVisible()
    click(w, "read-aloud")
    title = w.guides.viewer.shown_text().steps[0].title
    assert wait_spoken(qtbot, debug_server, audio, w.guides.viewer.step_speech(), 0).startswith("Finnish")
    assert title in w.guides.viewer.step_speech()
    w.language.set("sv")
    before = heard(audio)
    click(w, "read-aloud")
    assert wait_spoken(qtbot, debug_server, audio, w.guides.viewer.step_speech(), before).startswith("Swedish")


def test_your_turn_is_said_in_the_residents_language(make_kiosk, qtbot, web, debug_server, audio):
    kiosk = make_kiosk(help_config({"omakanta": web.add("/", PAGE)}),
                       speaker_factory=lambda: system_speaker(server=debug_server))
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
    assert wait_spoken(qtbot, debug_server, audio, said, 0).startswith("Swedish")


def test_the_kiosk_keeps_nothing_it_read_aloud(qapp, qtbot, audio):
    """At the kiosk's own log level, no spoken text is written anywhere; its folder goes at stop."""
    server, base = _server_default()
    try:
        speaker = system_speaker(server=server)
        assert speaker is not None
        secret = "Hilkka-Maaria Virtanen soittaa numeroon 040 1234567"
        speaker.say(secret, "fi")
        qtbot.waitUntil(lambda: heard(audio) > 2000, timeout=10000)     # it was spoken
        qtbot.waitUntil(lambda: not speaker.speaking(), timeout=10000)
        conf = (server.folder / "speechd.conf").read_text()
        assert "LogLevel 1" in conf
        written = [p for root in (base, audio.parent) for p in root.rglob("*") if p.is_file()]
        assert any(p.name == "speech-dispatcher.log" for p in written)
        for path in written:
            if path != audio:
                assert b"Hilkka" not in path.read_bytes() and b"1234567" not in path.read_bytes(), path
        folder = server.folder
        speaker.deleteLater()
        server.stop()
        assert not folder.exists()
        assert not server.running()
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def _server_default():
    base = Path(tempfile.mkdtemp(prefix="dp-sd-"))
    return SpeechServer(base_dir=base), base


def test_read_aloud_switched_off_starts_no_speech(make_kiosk, qtbot, web):
    from kiosk.core.config import parse_config
    from tests.gui.test_help_ui import help_config_text

    text = help_config_text({"omakanta": web.add("/", PAGE)}) + "\n[deployment]\nread_aloud = false\n"
    cfg, errors = parse_config(text, "speech-off.toml")
    assert not errors
    w = make_kiosk(cfg).window
    w.guides.open_guide("bank-codes")
    assert find(w, "guide-view").isVisible()
    assert not find(w, "read-aloud", QWidget).isVisible()
    assert w.guides.speaker() is None
