"""The frozen bundle's read aloud and on-screen keyboard: the prune list keeps what they load.

Read aloud: `kiosk speech-check` of the bundle speaks every language with a voice through the
kiosk's own speech-dispatcher and espeak-ng (sound captured by ALSA's file
plugin, as in tests/gui/test_speech_engine.py). The keyboard: the bundle,
started on Xvfb (xcb) with `virtual_keyboard = true`, shows Qt's keyboard in
the Finnish layout when the help request's name field gets the focus. This
needs the keyboard's plugin, QML and layouts, and PySide6's QtQml and QtQuick
modules (the layout follows the language through VirtualKeyboardSettings).
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.display.conftest import KioskProcess
from tests.display.xserver import start_xvfb
from tests.gui.test_help_ui import help_config_text
from tests.webserver import WebServer

pytestmark = pytest.mark.bundle


@pytest.mark.skipif(shutil.which("speech-dispatcher") is None, reason="speech-dispatcher is not installed "
                    "(apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)")
def test_frozen_read_aloud_speaks_every_language_with_a_voice(bundle: Path):
    home = Path(tempfile.mkdtemp(prefix="dp-home-"))
    sound = home / "sound.raw"
    (home / ".asoundrc").write_text(f'pcm.!default {{ type file; slave.pcm "null"; file "{sound}"; format "raw" }}\n')
    try:
        done = subprocess.run([str(bundle / "kiosk"), "speech-check"], capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen"))
        assert done.returncode == 0, done.stderr[-2000:]
        # Every interface language with an espeak-ng voice (Somali has none).
        assert done.stdout.split() == [word for lang in ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa")
                                       for word in (f"{lang}:", "spoken")]
        samples = array.array("h", sound.read_bytes()[: sound.stat().st_size // 2 * 2])
        assert sum(1 for s in samples if abs(s) > 500) > 10000          # real speech, not silence
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_frozen_keyboard_appears_in_the_finnish_layout(bundle: Path, tmp_path: Path):
    try:
        xserver = start_xvfb()
    except RuntimeError as exc:
        pytest.fail(f"cannot start an X server: {exc}")
    try:
        with WebServer("127.0.0.1") as web:
            web.add("/", "<title>x</title>x")
            config = help_config_text({"form": web.url("/")}) + "\n[deployment]\nvirtual_keyboard = true\n"
            kiosk = KioskProcess(xserver, config, tmp_path, program=[str(bundle / "kiosk")])
            try:
                kiosk.wait_state(lambda s: s["screen"] == "home", timeout=60)
                kiosk.press("nav-help")
                kiosk.press("help-topic-form")
                deadline = time.monotonic() + 15
                while not ((state := kiosk.ask("keyboard")["keyboard"])["visible"] and state["rect"][3] > 0):
                    assert time.monotonic() < deadline, f"the keyboard never appeared: {kiosk.stderr_tail()}"
                    time.sleep(0.2)
                assert state["locale"] == "fi_FI", ("the layout does not follow the language: does the bundle "
                                                    "keep PySide6's QtQml and QtQuick modules?", kiosk.stderr_tail())
            finally:
                kiosk.stop()
    finally:
        xserver.stop()
