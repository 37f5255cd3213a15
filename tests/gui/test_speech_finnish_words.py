"""A guide's Finnish words read aloud in Finnish, with the real engine (speech host, speech-dispatcher, espeak-ng).

A Russian guide step quotes the service's Finnish button, **Reseptit**{fi}.
Read aloud must hand speech-dispatcher's espeak-ng module the Russian text in
the Russian voice, the Finnish word in the Finnish voice, then the rest in
Russian, in that order. What the module received, with its language and
voice, is read from speech-dispatcher's debug log (level 5, tests only): each
message sent to the module is logged as `Incoming text: |<speak>...</speak>|`
followed by the settings sent with it (`language=`, `synthesis_voice=`); the
server puts its own `<mark/>` between sentences, which are left out here.

The expected parts are written out here from kiosk/guides/renew-prescription/ru.md
("Откройте свои рецепты"), as a person reads the step.

Stopping: the sound goes into a named pipe that the test reads, so that the
first part's sound can be held (the pipe fills and espeak-ng's module waits)
while a new request arrives: whatever machine this runs on, the later parts
are still queued at that moment. The new request is the sentinel: once it has
reached the module, every earlier part that was going to be spoken would
have been (the queue is in order).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton

from kiosk.services.speech import SpeechService, SpeechState
from tests.configs import local_config
from tests.gui.test_help_ui import click, find
from tests.gui.test_speech_engine import (audio, debug_speech, heard, pytestmark,  # noqa: F401 (fixtures)
                                          short_base)

PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"

# renew-prescription/ru.md, step 2: heading, then "Нажмите в OmaKanta **Reseptit**{fi} (Рецепты)."
# and the next paragraph; one line per paragraph, as the engine receives it.
RU_STEP_2 = [
    ("Откройте свои рецепты.\nНажмите в OmaKanta", "ru", "Russian"),
    ("Reseptit", "fi", "Finnish"),
    ("(Рецепты).\nВы увидите список своих рецептов.", "ru", "Russian"),
]

_SENT = re.compile(r"Incoming text: \|<speak>(.*?)</speak>\|", re.S)


def server_log(folder: str) -> str:
    return (Path(folder) / "log" / "speech-dispatcher.log").read_text(errors="replace")


def sent_to_module(folder: str) -> list[tuple[str, str, str]]:
    """(text, language, voice) of each message speech-dispatcher gave espeak-ng, in order, from its log."""
    log_text = server_log(folder)
    sent = []
    for m in _SENT.finditer(log_text):
        settings = log_text[m.end():]
        lang = re.search(r"^language=(.*)$", settings, re.M)
        voice = re.search(r"^synthesis_voice=(.*)$", settings, re.M)
        text = re.sub(r"<mark [^>]*/>", " ", m.group(1))   # speech-dispatcher's own sentence marks
        sent.append((flat(text), lang.group(1) if lang else "",
                     voice.group(1) if voice else ""))
    return sent


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_russian_step_reads_its_finnish_words_in_the_finnish_voice(make_kiosk, qtbot, web, debug_speech,
                                                                     audio):
    kiosk = make_kiosk(local_config({"omakanta": web.add("/", PAGE)}), speaker_factory=lambda: debug_speech)
    w = kiosk.window
    w.language.set("ru")
    w.guides.open_guide("renew-prescription")
    click(w, "guide-next")
    button = find(w, "read-aloud", QAbstractButton)
    assert button.isVisible() and button.isEnabled()
    click(w, "read-aloud")
    expected = [(flat(text), lang, voice) for text, lang, voice in RU_STEP_2]
    # Until the step's last words reached the module (in whatever part they are).
    qtbot.waitUntil(lambda: any(t.endswith("Вы увидите список своих рецептов.")
                                for t, _, _ in sent_to_module(debug_speech.server_folder)), timeout=15000)
    got = sent_to_module(debug_speech.server_folder)
    assert [(t, lang, v.split()[0]) for t, lang, v in got] == expected, got
    # Spoken to the end: sound came out and the engine reported the last part finished.
    qtbot.waitUntil(lambda: heard(audio) > 2000, timeout=10000)
    qtbot.waitUntil(lambda: not debug_speech.speaking(), timeout=15000)
    assert not debug_speech.unavailable()


class HeldSound:
    """ALSA's default device writing into a named pipe; the test decides when the pipe is read."""

    def __init__(self, home: Path) -> None:
        self.path = home / "sound.fifo"
        os.mkfifo(self.path)
        (home / ".asoundrc").write_text(
            f'pcm.!default {{ type file; slave.pcm "null"; file "{self.path}"; format "raw" }}\n')
        self.bytes = 0
        self.flowing = threading.Event()
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        fd = os.open(self.path, os.O_RDONLY)   # waits for the module to open its sound device
        try:
            # The first 4 KB are read at once (the part has begun); then the pipe fills and the
            # module waits, until the test lets the sound flow.
            while not self.done.is_set():
                if self.bytes >= 4096:
                    self.flowing.wait(0.2)
                    if not self.flowing.is_set():
                        continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                self.bytes += len(chunk)
        finally:
            os.close(fd)

    def close(self) -> None:
        self.flowing.set()
        self.done.set()
        # Unblock a reader still waiting in open(): a writer that opens and closes at once.
        try:
            os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
        self._thread.join(5)


@pytest.fixture
def held_speech(qapp, qtbot, monkeypatch, short_base):
    home = Path(tempfile.mkdtemp(prefix="dp-home-"))
    monkeypatch.setenv("HOME", str(home))
    sound = HeldSound(home)
    speech = SpeechService(log_level=5, base_dir=short_base)
    try:
        speech.start()
        qtbot.waitUntil(lambda: speech.state != SpeechState.STARTING, timeout=20000)
        assert speech.state == SpeechState.READY, speech.reason
        yield speech, sound
    finally:
        sound.close()
        speech.shutdown()
        shutil.rmtree(home, ignore_errors=True)


def test_a_new_request_stops_every_part_of_the_one_before(qtbot, held_speech):
    speech, sound = held_speech
    first = "Сначала войдите в OmaKanta. Об этом есть отдельное руководство на этом компьютере. " * 4
    speech.say_parts([("ru", first), ("fi", "Kirjaudu OmaKantaan"), ("ru", "Вводите коды сами.")], "ru")
    # The first part is being spoken (its sound is held in the pipe); the others wait in the queue.
    qtbot.waitUntil(lambda: speech.speaking() and sound.bytes >= 4096, timeout=15000)
    speech.say("Napauta Jatka.", "fi")
    # The sound flows again only once the server has queued the new request (its log says so),
    # and so has had what the host sends before it to stop the old one.
    qtbot.waitUntil(lambda: "Queueing message |Napauta Jatka.|" in server_log(speech.server_folder),
                    timeout=15000)
    sound.flowing.set()
    qtbot.waitUntil(lambda: any(t == "Napauta Jatka." for t, _, _ in sent_to_module(speech.server_folder)),
                    timeout=15000)
    texts = [t for t, _, _ in sent_to_module(speech.server_folder)]
    assert texts == [flat(first), "Napauta Jatka."], texts
    qtbot.waitUntil(lambda: not speech.speaking(), timeout=15000)
    assert not speech.unavailable()


def test_parts_for_a_hung_engine_never_hold_up_the_interface(qapp, qtbot, monkeypatch, short_base):
    """A real speech-dispatcher frozen (SIGSTOP) before a request in three parts: the interface thread
    keeps running, the request's waits together stay within their limit, and everything is killed."""
    from PySide6.QtCore import QTimer

    from kiosk.core.speech.ssip import Reason
    from tests.helpers.speech import freeze_server, sound_file_home, speech_processes, thaw

    sound_file_home(monkeypatch)
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(20)
    speech = SpeechService(base_dir=short_base)
    speech.start()
    server = None
    try:
        qtbot.waitUntil(lambda: speech.state == SpeechState.READY, timeout=20000)
        server = freeze_server(os.getpid())
        speech.say_parts([("ru", "Нажмите"), ("fi", "Kirjaudu OmaKantaan"), ("ru", "(Войти).")], "ru")
        assert not speech.unavailable()              # returned at once, before any answer
        seen = ticks[0]
        qtbot.waitUntil(speech.unavailable, timeout=45000)
        assert speech.reason == Reason.NOT_ANSWERING
        assert ticks[0] > seen                        # the interface thread ran while the engine hung
        qtbot.waitUntil(lambda: not speech_processes(os.getpid()), timeout=10000)
    finally:
        timer.stop()
        if server is not None:
            thaw(server)
        speech.shutdown()
