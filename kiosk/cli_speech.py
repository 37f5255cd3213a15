"""`kiosk speech-check`: does read aloud work on this terminal? For IT staff after installing.

Starts the kiosk's own speech host exactly as the kiosk does (a child process
that starts the private speech-dispatcher, kiosk/services/speech_host.py) and
has it say one fixed sentence in Finnish, Swedish and English. Prints one line
per language and exits 0 when every voice exists and each sentence was spoken
to the end; otherwise 1, with what is wrong: speech-dispatcher not installed,
no audio device, no voice for a language, the server not answering, speech
that never finished. It finishes within CHECK_TOTAL_S (60 s) on every machine:
every wait has a limit, and at the end the host's whole process group
(host, speech-dispatcher, espeak-ng module) is ended, so nothing is left
running. No Qt, no display. Nothing a resident typed or saw is involved: the
sentences are fixed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time

from kiosk.core.speech import ssip
from kiosk.core.speech.ssip import Reason

EXIT_OK, EXIT_FAILED = 0, 1

# One sentence per language espeak-ng can speak (kiosk.core.languages: Somali has no voice).
SENTENCES = {"fi": "Ääneen lukeminen toimii.", "sv": "Uppläsningen fungerar.", "en": "Read aloud works.",
             "ru": "Чтение вслух работает.", "uk": "Читання вголос працює.", "et": "Ettelugemine töötab.",
             "ar": "القراءة بصوت عالٍ تعمل.", "fa": "خواندن با صدای بلند کار می‌کند."}
INSTALL = "apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
HINTS = {
    Reason.NOT_INSTALLED: f"install it: {INSTALL}",
    Reason.NO_AUDIO: "check `aplay -l`, that a sound server runs or ALSA's default device works, "
                     "and that the kiosk user is in the `audio` group",
    Reason.NO_SERVER: "run speech-dispatcher by hand to see why",
    Reason.NOT_ANSWERING: "speech-dispatcher hung; often it could not open the sound device",
    Reason.SOUNDLESS: "the sound device did not take the speech (check `aplay -l` and the volume)",
}


class HostProcess:
    """The speech host as a child of this command, read with deadlines."""

    def __init__(self, deadline: float) -> None:
        from kiosk.services.speech import host_command

        self.deadline = deadline
        self.proc = subprocess.Popen(host_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     start_new_session=True)
        self._buffer = b""

    def send(self, **request) -> None:
        with contextlib.suppress(OSError):
            self.proc.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
            self.proc.stdin.flush()

    def next_event(self, until: float) -> dict | None:
        """The host's next message, or None at `until` (or the overall deadline) or when it ended."""
        until = min(until, self.deadline)
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            left = until - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError:
            return {}

    def end(self) -> None:
        """Ask the host to remove its server, then end its whole group whatever happened."""
        self.send(op="quit")
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(OSError):
            os.killpg(self.proc.pid, signal.SIGKILL)   # the group: host, server, module
        self.proc.wait()


def _problem(reason: Reason, detail: str = "") -> str:
    text = f"speech-check: {reason.value}"
    if detail:
        text += f": {detail}"
    hint = HINTS.get(reason)
    return f"{text}\n  {hint}" if hint else text


def cmd_speech_check(args: argparse.Namespace) -> int:
    started = time.monotonic()
    deadline = started + ssip.CHECK_TOTAL_S
    if shutil.which("speech-dispatcher") is None:
        print(_problem(Reason.NOT_INSTALLED), file=sys.stderr)
        return EXIT_FAILED
    host = HostProcess(deadline)
    try:
        return _check(host, args.lang or list(SENTENCES), started)
    finally:
        host.end()


def _check(host: HostProcess, langs: list[str], started: float) -> int:
    first = host.next_event(time.monotonic() + ssip.HOST_START_S)
    if first is None or first.get("event") not in ("ready", "unavailable"):
        print(_problem(Reason.HOST_LOST, f"no answer within {ssip.HOST_START_S:.0f} s"), file=sys.stderr)
        return EXIT_FAILED
    if first["event"] == "unavailable":
        reason = Reason.__members__.get(first.get("reason", ""), Reason.NOT_ANSWERING)
        print(_problem(reason, first.get("detail", "")), file=sys.stderr)
        return EXIT_FAILED
    voices = set(first.get("voices", ()))
    failed = False
    for number, lang in enumerate(langs, start=1):
        if lang not in voices:
            print(f"{lang}: no voice for this language (espeak-ng has none; {INSTALL})", file=sys.stderr)
            failed = True
            continue
        text = SENTENCES[lang]
        host.send(op="say", id=number, text=text, lang=lang)
        outcome = _wait_spoken(host, number, ssip.REPLY_S * 4 + ssip.speaking_s(text))
        if outcome == "spoken":
            print(f"{lang}: spoken")
            continue
        failed = True
        print(f"{lang}: {outcome}", file=sys.stderr)
        if outcome.startswith("speech-check:") or outcome.startswith("no answer"):
            break   # the engine is gone: the other languages cannot be tried
    print(f"speech-check: {time.monotonic() - started:.1f} s", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _wait_spoken(host: HostProcess, request: int, limit_s: float) -> str:
    until = time.monotonic() + limit_s
    while True:
        event = host.next_event(until)
        if event is None:
            return f"no answer within {limit_s:.0f} s ({Reason.NOT_ANSWERING.value})"
        kind = event.get("event")
        if kind == "end" and event.get("id") == request:
            return "spoken"
        if kind == "unavailable":
            reason = Reason.__members__.get(event.get("reason", ""), Reason.NOT_ANSWERING)
            return _problem(reason, event.get("detail", ""))


def add_speech_command(sub) -> None:
    summary = ("say a sentence in each language through the kiosk's speech engine; "
               f"finishes within {ssip.CHECK_TOTAL_S:.0f} s and leaves no process running; "
               "exit 1 with the reason (no audio device, no voice, server not answering) if it fails")
    p = sub.add_parser("speech-check", help=summary, description=summary)
    p.add_argument("--lang", action="append", choices=sorted(SENTENCES), help="only this language (repeatable)")
    p.set_defaults(func=cmd_speech_check)
