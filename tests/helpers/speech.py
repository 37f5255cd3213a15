"""Helpers for read-aloud tests: a sound file as ALSA's default device, the speech processes of a kiosk.

The expectations here come from the machine and the guide files, never from
the kiosk's own code: the processes are found in /proc, the words a resident
must see are written out.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

# What the Read aloud button says while the engine fails (kiosk/assets/translations/guides_*.ts).
NOT_AVAILABLE = {"fi": "Ääneenluku ei ole nyt käytettävissä", "sv": "Uppläsning finns inte just nu",
                 "en": "Read aloud is not available now"}
READ_ALOUD = {"fi": "Lue ääneen", "sv": "Läs upp", "en": "Read aloud"}

needs_engine = pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None or shutil.which("espeak-ng") is None,
    reason="speech-dispatcher and espeak-ng are not installed (scripts/system_deps.py installs them "
           "for ./dev test as root)")


def no_sound_card() -> bool:
    """This machine has no sound card and no sound server (the case the tests of "no audio" need)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return not Path("/dev/snd").exists() and not Path(runtime, "pulse", "native").exists()


def sound_file_home(monkeypatch) -> Path:
    """A HOME whose ALSA default device writes raw samples to a file (returned); ALSA's null device plays them."""
    home = Path(tempfile.mkdtemp(prefix="dp-home-"))
    out = home / "sound.raw"
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{out}"; format "raw" }}\n')
    monkeypatch.setenv("HOME", str(home))
    return out


def processes_under(pid: int) -> dict[int, str]:
    """pid -> command name of every process below `pid` (from /proc; zombies left out)."""
    parent_of: dict[int, int] = {}
    names: dict[int, str] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text[text.index("(") + 1: text.rindex(")")], text[text.rindex(")") + 2:].split()
        if rest[0] == "Z":
            continue
        parent_of[int(stat.parent.name)] = int(rest[1])
        names[int(stat.parent.name)] = name
    found: dict[int, str] = {}
    for child in names:
        up = parent_of.get(child)
        while up is not None and up > 1:
            if up == pid:
                found[child] = names[child]
                break
            up = parent_of.get(up)
    return found


def speech_processes(pid: int) -> dict[int, str]:
    """speech-dispatcher, its espeak-ng module and the kiosk's speech host, below `pid`."""
    return {p: n for p, n in processes_under(pid).items()
            if n.startswith(("speech-dispatch", "sd_espeak")) or is_speech_host(p)}


def is_speech_host(pid: int) -> bool:
    """The process runs the kiosk's speech host (kiosk/services/speech_host.py)."""
    try:
        return b"speech-host" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def freeze_server(pid: int) -> int:
    """SIGSTOP the speech-dispatcher below `pid`: a real server that accepts connections and never answers."""
    servers = [p for p, n in processes_under(pid).items() if n.startswith("speech-dispatch")]
    assert len(servers) == 1, processes_under(pid)
    os.kill(servers[0], signal.SIGSTOP)
    return servers[0]


def thaw(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGCONT)
    except OSError:
        pass


def words(label: str) -> str:
    """A label as a person reads it, whatever its line breaks."""
    return " ".join(label.split())
