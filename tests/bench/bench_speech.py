"""Session end with read aloud in use: no speech engine, a working one, and one that hangs.

Each round opens a guide, taps Read aloud (the request goes to the speech
host), and times `session.end("resident")`: the whole wipe, the guide's stop
of speech included. The working engine speaks into ALSA's file plugin (no
sound card needed); the hung one is the real speech-dispatcher frozen with
SIGSTOP once it was ready. Baseline in the same run: the same session end
with no speech engine at all. (Before the speech host, a4acf0d: the hung case
never returned; the interface thread waited in libspeechd.)
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_SPEECH_ROUNDS", "5"))


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    if shutil.which("speech-dispatcher") is None:
        print("speech-dispatcher is not installed: nothing to measure")
        return
    home = Path(tempfile.mkdtemp(prefix="dp-home-"))
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{home / "sound.raw"}"; format "raw" }}\n')
    os.environ["HOME"] = str(home)
    from kiosk.app import before_qapplication, build

    argv = before_qapplication()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.services.speech import SpeechService, SpeechState
    from tests.configs import local_config
    from tests.helpers.speech import freeze_server, thaw

    app = QApplication(argv)

    def wait_until(cond, timeout=20.0) -> bool:
        end = time.monotonic() + timeout
        while not cond() and time.monotonic() < end:
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return cond()

    with tempfile.TemporaryDirectory() as data:
        kiosk = build(local_config({"omakanta": "http://127.0.0.1:9/"}, signed_out_s=2), data_dir=data,
                      speaker_factory=lambda: None)
        w = kiosk.window
        wait_until(lambda: w.start_finished)

        def one_end(speech, hang: bool) -> float:
            w.guides.viewer.set_speaker(speech)
            frozen = None
            if speech is not None:
                speech.start()
                wait_until(lambda: speech.state != SpeechState.STARTING)
                if hang:
                    frozen = freeze_server(os.getpid())
            w.session.ensure_started()
            w.guides.open_guide("omakanta-login")
            w.guides.viewer.speak_step()
            t0 = time.perf_counter()
            w.session.end("resident")
            took = time.perf_counter() - t0
            if frozen is not None:
                thaw(frozen)
            if speech is not None:
                speech.shutdown()
            wait_until(lambda: False, 0.05)
            w.signed_out.hide()
            return took

        cases = (("no engine", lambda: None, False), ("working engine", SpeechService, False),
                 ("hung engine", SpeechService, True))
        one_end(None, False)   # warm-up: the first guide and the first wipe load what they need
        times: dict[str, list[float]] = {name: [] for name, _make, _hang in cases}
        for _ in range(ROUNDS):   # interleaved, so that a busy moment of the machine hits all three
            for name, make, hang in cases:
                times[name].append(one_end(make(), hang))
        figures = {name: statistics.median(values) * 1000 for name, values in times.items()}
        base = figures["no engine"]
        for name, ms in figures.items():
            print(f"session end after Read aloud, {name}: median {ms:.1f} ms over {ROUNDS} rounds "
                  f"({ms / base:.2f}x the no-engine baseline)")
        kiosk.shutdown()
    shutil.rmtree(home, ignore_errors=True)
    app.processEvents()
