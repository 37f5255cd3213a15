"""Is there a sound output for speech-dispatcher? Looked at before any text is sent to it.

speech-dispatcher (configured by kiosk/core/speech/speechd_conf.py) tries PulseAudio
(PipeWire answers on the same socket) and then ALSA's default device. When
neither works its espeak-ng module starts a message and never ends it, and
speech-dispatcher 0.11.4 then stops answering (measured on Debian 12 without a
sound card: the module waits in its read loop, the server's main thread on a
mutex its speaking thread holds). So the speech host asks the same two outputs
first, the way speech-dispatcher would, and reports "no audio device" instead
of feeding a server that will hang. The time limits of kiosk/core/speech/ssip.py
still guard everything this check cannot foresee (a device that fails later).

No Qt: this runs in the speech host process (kiosk/services/speech_host.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import socket
import threading
from pathlib import Path

from kiosk.core.speech.ssip import AUDIO_CHECK_S

SND_PCM_STREAM_PLAYBACK = 0
SND_PCM_NONBLOCK = 1


def _pulse_sockets() -> list[str]:
    server = os.environ.get("PULSE_SERVER", "")
    found = [part[5:] if part.startswith("unix:") else part
             for part in server.split() if part.startswith(("unix:", "/"))]
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    found += [f"{runtime}/pulse/native", "/run/pulse/native", "/var/run/pulse/native"]
    return found


def pulse_answers() -> bool:
    """A PulseAudio (or PipeWire-pulse) server accepts connections on one of its sockets."""
    for path in _pulse_sockets():
        if not Path(path).exists():
            continue
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(path)
                return True
            except OSError:
                continue
    return False


def alsa_default_opens() -> tuple[bool | None, str]:
    """(True, "") when ALSA's default playback device opens; (None, why) when ALSA cannot be asked."""
    name = ctypes.util.find_library("asound")
    if name is None:
        return None, "libasound is not installed"
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        return None, str(exc)
    lib.snd_strerror.restype = ctypes.c_char_p
    pcm = ctypes.c_void_p()
    # ALSA prints its failures on stderr ("cannot find card '0'"): the reason goes in the answer instead.
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        rc = lib.snd_pcm_open(ctypes.byref(pcm), b"default", SND_PCM_STREAM_PLAYBACK, SND_PCM_NONBLOCK)
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    if rc < 0:
        return False, lib.snd_strerror(rc).decode("utf-8", "replace")
    lib.snd_pcm_close(pcm)
    return True, ""


def sound_output() -> tuple[bool, str]:
    """(True, how) when speech can be heard, else (False, why); within AUDIO_CHECK_S.

    A check that cannot be made (no libasound to ask, or it took too long)
    does not stop read aloud: the limits of the speech host decide then.
    """
    answer: list[tuple[bool, str]] = []

    def look() -> None:
        if pulse_answers():
            answer.append((True, "PulseAudio"))
            return
        opens, why = alsa_default_opens()
        answer.append((opens is not False, "ALSA default device" if opens else why))

    worker = threading.Thread(target=look, name="audio-check", daemon=True)
    worker.start()
    worker.join(AUDIO_CHECK_S)
    if not answer:
        return True, "the audio check did not finish"
    ok, detail = answer[0]
    if not ok:
        return False, f"no PulseAudio server and ALSA's default device does not open ({detail})"
    return True, detail
