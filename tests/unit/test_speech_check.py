"""`kiosk speech-check` finishes in its stated time, says what is wrong, and leaves nothing running.

Real processes: the command as IT staff run it, its speech host, the real
speech-dispatcher and espeak-ng. Each run gets its own XDG_RUNTIME_DIR, so that
what it started (the host's environment, the server's folder in its command
line) can be told from other kiosks running on the same machine.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kiosk.core.speech.ssip import CHECK_TOTAL_S
from tests.helpers.speech import needs_engine, no_sound_card

pytestmark = needs_engine

REPO = Path(__file__).resolve().parents[2]
# Beyond the command's own limit: reaching it means the command hung.
HANG_S = CHECK_TOTAL_S + 30

# A real speech-dispatcher, frozen with SIGSTOP as soon as it listens: it accepts
# connections and never answers, as one that hung does. Put first on PATH for one run.
FROZEN_SERVER = """#!/bin/sh
sock=""
prev=""
for arg in "$@"; do
    [ "$prev" = "--socket-path" ] && sock="$arg"
    prev="$arg"
done
{real} "$@" &
server=$!
while [ ! -S "$sock" ]; do sleep 0.02; done
kill -STOP $server
wait $server
"""


def leftovers(marker: str) -> list[str]:
    """Processes (not zombies) whose command line or environment names `marker`."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                continue
            blob = (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
        except OSError:
            continue
        if marker.encode() in blob and int(proc.name) != os.getpid():
            found.append(f"{proc.name}: {(proc / 'cmdline').read_bytes().replace(b'\0', b' ').decode(errors='replace')}")
    return found


def run_check(tmp_path: Path, *, home: Path | None = None, path_first: Path | None = None):
    runtime = Path(tempfile.mkdtemp(prefix="dp-rt-"))   # short: the server's socket lives here
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PYTHONPATH=str(REPO))
    if home is not None:
        env["HOME"] = str(home)
    if path_first is not None:
        env["PATH"] = f"{path_first}:{env['PATH']}"
    try:
        done = subprocess.run([sys.executable, "-m", "kiosk", "speech-check"], env=env, capture_output=True,
                              text=True, timeout=HANG_S, cwd=tmp_path)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"speech-check did not finish within {HANG_S:.0f} s: {exc.stderr!r}")
    return done, str(runtime)


def sound_home(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "home"
    home.mkdir()
    sound = home / "sound.raw"
    (home / ".asoundrc").write_text(f'pcm.!default {{ type file; slave.pcm "null"; file "{sound}"; format "raw" }}\n')
    return home, sound


def test_without_a_sound_card_it_says_so_fails_and_leaves_nothing(tmp_path):
    if not no_sound_card():
        pytest.skip("this machine has a sound card or a sound server")
    done, marker = run_check(tmp_path)
    assert done.returncode == 1
    assert "no audio device" in done.stderr
    assert "Traceback" not in done.stderr
    assert leftovers(marker) == []


def test_a_server_that_does_not_answer_is_named_and_ended(tmp_path):
    home, _sound = sound_home(tmp_path)          # a sound output: the engine itself is the fault
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "speech-dispatcher"
    wrapper.write_text(FROZEN_SERVER.format(real=shutil.which("speech-dispatcher")))
    wrapper.chmod(0o755)
    done, marker = run_check(tmp_path, home=home, path_first=bin_dir)
    assert done.returncode == 1
    assert "speech-dispatcher is not answering" in done.stderr
    assert "Traceback" not in done.stderr
    assert leftovers(marker) == []                # the frozen server included (SIGKILL works on it)


def test_with_a_sound_output_it_speaks_every_language_with_a_voice(tmp_path):
    home, sound = sound_home(tmp_path)
    done, marker = run_check(tmp_path, home=home)
    assert done.returncode == 0, done.stderr
    # Every interface language but Somali, which espeak-ng has no voice for.
    assert done.stdout.split() == [word for lang in ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa")
                                   for word in (f"{lang}:", "spoken")]
    samples = array.array("h", sound.read_bytes()[: sound.stat().st_size // 2 * 2])
    assert sum(1 for s in samples if abs(s) > 500) > 10000          # real speech, not silence
    assert leftovers(marker) == []


class VoicelessHost:
    """Stands in for the speech host of an espeak-ng without a Swedish voice (every real install has
    one, so the case cannot be made with the real engine): it answers as the host would."""

    def __init__(self) -> None:
        self.events = [{"event": "ready", "voices": ["en", "fi"]}]
        self.sent = []

    def next_event(self, until):
        return self.events.pop(0) if self.events else None

    def send(self, **request):
        self.sent.append(request)
        self.events.append({"event": "end", "id": request["id"]})


def test_a_language_without_a_voice_is_named(capsys):
    import time

    from kiosk.cli_speech import EXIT_FAILED, _check

    host = VoicelessHost()
    assert _check(host, ["fi", "sv", "en"], time.monotonic()) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert out.split() == ["fi:", "spoken", "en:", "spoken"]
    assert "sv: no voice for this language" in err
    assert [r["lang"] for r in host.sent] == ["fi", "en"]
