"""A speech engine that hangs, or has no sound, costs the resident nothing.

Real processes throughout: the kiosk's speech host, speech-dispatcher and
espeak-ng. "Hangs" is a real speech-dispatcher stopped with SIGSTOP once it
was ready (it still accepts connections, and never answers), and the real
speech-dispatcher 0.11.4 of this machine, which has no sound card, and which
stops answering after its module failed to open one. In each case the
session ends at the idle timeout or at "End session" as always, the
interface keeps running (a QTimer keeps ticking while the test waits), and
the guide's Read aloud button says that reading aloud is not available now.

A hang of the old kind (the interface thread waiting in libspeechd, holding
Python's GIL) would stop this test too, so a watchdog thread of
faulthandler, which needs no GIL, ends the run with a traceback instead of
letting it hang for ever.
"""

from __future__ import annotations

import faulthandler
import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.configs import local_config
from tests.gui.test_help_ui import click, find
from tests.helpers.fakes import FakeClock
from tests.helpers.speech import (NOT_AVAILABLE, READ_ALOUD, freeze_server, needs_engine, no_sound_card, words,
                                  sound_file_home, speech_processes, thaw)

pytestmark = needs_engine

HANG_LIMIT_S = 90   # far beyond every limit of read aloud; only a real hang reaches it


@pytest.fixture
def no_hang():
    faulthandler.dump_traceback_later(HANG_LIMIT_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def ticks(qapp):
    """A timer on the interface thread, counting: proof that the thread is free while the test waits."""
    count = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start(20)
    yield count
    timer.stop()


def button(w) -> QAbstractButton:
    return find(w, "read-aloud", QAbstractButton)


def open_guide(w, guide: str = "renew-prescription") -> None:
    click(w, "nav-guides")
    click(w, f"guide-{guide}")
    assert find(w, "guide-view").isVisible() and w.in_session


def wait_not_available(qtbot, w, lang: str = "fi") -> None:
    qtbot.waitUntil(lambda: button(w).isVisible() and words(button(w).text()) == NOT_AVAILABLE[lang],
                    timeout=30000)
    assert not button(w).isEnabled()


def end_by_idle_timeout(kiosk, clock) -> None:
    kiosk.idle.keep_going()
    clock.t += 61
    kiosk.idle.poll()
    assert find(kiosk.window, "idle-warning").isVisible()
    clock.t += 21
    kiosk.idle.poll()


def end_by_button(w) -> None:
    click(w, "nav-end-session")
    click(w, "end-yes")
    click(w, "feedback-skip")


def test_a_hung_engine_never_holds_up_the_idle_timeout(make_kiosk, qtbot, monkeypatch, no_hang, ticks):
    sound_file_home(monkeypatch)          # a sound output, so that the engine gets ready and is used
    clock = FakeClock(1000.0)
    kiosk = make_kiosk(local_config({"omakanta": "http://127.0.0.1:9/"}, idle_timeout_s=60, warning_s=20), clock=clock)
    w = kiosk.window
    open_guide(w)
    qtbot.waitUntil(lambda: button(w).isVisible() and button(w).isEnabled(), timeout=20000)
    assert button(w).text() == READ_ALOUD["fi"]
    server = freeze_server(os.getpid())
    try:
        click(w, "read-aloud")           # the request goes to a server that will never answer
        end_by_idle_timeout(kiosk, clock)
        # The wipe ran to its end: signed out, out of the session, the guide closed.
        assert find(w, "signed-out").isVisible() and not w.in_session
        assert not find(w, "guide-view").isVisible()
        # The next resident opens a guide: the button says why nothing will be heard.
        qtbot.waitUntil(lambda: not find(w, "signed-out").isVisible(), timeout=10000)
        open_guide(w)
        wait_not_available(qtbot, w)
        assert ticks[0] > 0
        # The hung server, its module and the host are gone (killed as a group).
        qtbot.waitUntil(lambda: not speech_processes(os.getpid()), timeout=10000)
    finally:
        thaw(server)


def test_no_sound_card_means_not_available_and_the_session_ends(make_kiosk, qtbot, no_hang, ticks):
    """This machine as it is: a real speech-dispatcher and espeak-ng, and no sound card."""
    if not no_sound_card():
        pytest.skip("this machine has a sound card or a sound server")
    kiosk = make_kiosk(local_config({"omakanta": "http://127.0.0.1:9/"}))
    w = kiosk.window
    open_guide(w)
    wait_not_available(qtbot, w)
    for lang in ("sv", "en"):
        w.language.set(lang)
        assert button(w).isVisible() and words(button(w).text()) == NOT_AVAILABLE[lang], lang
        assert button(w).accessibleName()
    end_by_button(w)
    assert find(w, "signed-out").isVisible() and not w.in_session
    assert ticks[0] > 0
    assert not speech_processes(os.getpid())   # nothing was left running for it


def test_no_sound_card_found_by_the_engine_itself(make_kiosk, qtbot, no_hang, ticks, tmp_path):
    """Without the kiosk's look for a sound output: the real server takes the text and then hangs.

    This is the failure seen on a terminal (speech-dispatcher could not open
    audio, then stopped answering); the look for a sound output is left out
    (`audio_check=False`) so that the engine meets it for real.
    """
    if not no_sound_card():
        pytest.skip("this machine has a sound card or a sound server")
    from kiosk.services.speech import SpeechService, SpeechState

    speech = SpeechService(audio_check=False)
    speech.start()
    try:
        kiosk = make_kiosk(local_config({"omakanta": "http://127.0.0.1:9/"}), speaker_factory=lambda: speech)
        w = kiosk.window
        qtbot.waitUntil(lambda: speech.state != SpeechState.STARTING, timeout=20000)
        open_guide(w)
        assert button(w).isEnabled()       # the server started and has voices: it does not know yet
        click(w, "read-aloud")
        end_by_button(w)                    # while the module fails to open a sound device
        assert find(w, "signed-out").isVisible() and not w.in_session
        qtbot.waitUntil(lambda: not find(w, "signed-out").isVisible(), timeout=10000)
        open_guide(w)
        if button(w).isEnabled():
            click(w, "read-aloud")          # the next resident tries: no answer, no sound
        wait_not_available(qtbot, w)
        end_by_button(w)
        assert not w.in_session and ticks[0] > 0
        qtbot.waitUntil(lambda: not speech_processes(os.getpid()), timeout=10000)
    finally:
        speech.shutdown()


def test_a_speech_host_that_stops_answering_is_killed_with_its_server(qapp, qtbot, monkeypatch, ticks):
    """The kiosk's last line: its own host frozen (SIGSTOP), as if it hung; the kiosk's watchdog ends it."""
    import signal

    from kiosk.core.speech.ssip import Reason
    from kiosk.services.speech import SpeechService, SpeechState
    from tests.helpers.speech import is_speech_host, processes_under

    sound_file_home(monkeypatch)
    speech = SpeechService()
    speech.start()
    try:
        qtbot.waitUntil(lambda: speech.state == SpeechState.READY, timeout=20000)
        hosts = [p for p in processes_under(os.getpid()) if is_speech_host(p)]
        assert len(hosts) == 1
        os.kill(hosts[0], signal.SIGSTOP)
        speech.say("Napauta Jatka.", "fi")   # written to a pipe nobody reads: returns at once
        qtbot.waitUntil(lambda: speech.unavailable(), timeout=45000)
        assert speech.reason == Reason.HOST_LOST and ticks[0] > 0
        qtbot.waitUntil(lambda: not speech_processes(os.getpid()), timeout=10000)
    finally:
        speech.shutdown()


def test_a_failed_engine_is_tried_again_at_a_session_end(qapp, qtbot, monkeypatch):
    if not no_sound_card():
        pytest.skip("this machine has a sound card or a sound server")
    from kiosk.core.speech.ssip import Reason
    from kiosk.services.speech import SpeechService, SpeechState

    clock = FakeClock(100.0)
    speech = SpeechService(retry_s=600, clock=clock)
    speech.start()
    try:
        qtbot.waitUntil(lambda: speech.state != SpeechState.STARTING, timeout=20000)
        assert speech.unavailable() and speech.reason == Reason.NO_AUDIO
        sound_file_home(monkeypatch)                     # a headset is plugged in
        speech.session_ended()
        assert speech.unavailable()                      # too soon: not tried again yet
        clock.t += 600
        speech.session_ended()
        qtbot.waitUntil(lambda: speech.state == SpeechState.READY, timeout=20000)
        assert speech.can_speak("fi")
    finally:
        speech.shutdown()
