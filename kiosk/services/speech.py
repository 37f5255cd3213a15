"""Read aloud for the interface: requests to the speech host, never a wait.

The interface thread only writes a line to the speech host's stdin
(kiosk/services/speech_host.py, a child process that owns speech-dispatcher)
and reads its answers when they come, through QProcess's signals. Saying,
stopping at the end of a session, a language change and shutdown are all
fire-and-forget. Every request must be confirmed within ssip.HOST_ACK_S and the
host must be ready within ssip.HOST_START_S; a host that misses either, dies,
or reports a dead, hanging or soundless engine makes read aloud "not
available" (`unavailable()`): the guide's button says so in the resident's
language, and nothing else changes. The host and its server are then killed
as a process group (SIGKILL: a hung speech-dispatcher ignores SIGTERM). After
`retry_s`, the end of a session starts a new host in the background.

A request may come in parts, each in its own language (`say_parts`: a
guide's Finnish words in the Finnish voice); it is still one request, stopped
whole by the next one or by `stop()`.

Started just after the first frame (kiosk.app); a guide opened before the
host is ready shows no Read aloud button until it is.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from kiosk.core.languages import UI_LANGUAGES
from kiosk.core.speech import ssip
from kiosk.core.speech.speechd_conf import PRIVATE_LOG_LEVEL
from kiosk.core.speech.ssip import Reason

log = logging.getLogger("kiosk.speech")

RETRY_S = 600.0   # a failed engine is tried again at a session end after this long


class SpeechState(enum.StrEnum):
    OFF = "off"                  # not started, not installed, or shut down: no button
    STARTING = "starting"        # the host is starting the server: no button yet
    READY = "ready"              # voices known: a button for each language with a voice
    UNAVAILABLE = "unavailable"  # installed but failing now: the button says "not available now"


def host_command(*args: str) -> list[str]:
    """How to start the speech host: the bundle's own program, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-host", *args]
    return [sys.executable, "-m", "kiosk", "speech-host", *args]


class SpeechService(QObject):
    """A `Speaker` (kiosk/ui/guides/speech.py) backed by the speech host; `changed` on every state change."""

    changed = Signal()

    def __init__(self, *, log_level: int = PRIVATE_LOG_LEVEL, program: str | None = None,
                 base_dir: str | os.PathLike | None = None, audio_check: bool = True,
                 retry_s: float = RETRY_S, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._args = ["--log-level", str(log_level)]
        self._program = program
        if program:
            self._args += ["--program", program]
        if base_dir:
            self._args += ["--base-dir", str(base_dir)]
        if not audio_check:
            self._args.append("--no-audio-check")
        self.retry_s = retry_s
        self._clock = clock
        self.state = SpeechState.OFF
        self.reason: Reason | None = None
        self.voices: frozenset[str] = frozenset()
        self.server_pid: int | None = None
        self.server_folder: str | None = None
        self._failed_at = 0.0
        self._process: QProcess | None = None
        self._buffer = b""
        self._next_id = 0
        self._pending: dict[int, float] = {}   # request id -> when its confirmation is due
        self._speaking: int | None = None      # the request being spoken (begin seen, end not yet)
        self._said = False                     # something was said since the last stop
        self._watch = QTimer(self)
        self._watch.setSingleShot(True)
        self._watch.timeout.connect(self._check_overdue)
        self._reaper = QTimer(self)   # a host that reported failure and did not end by itself
        self._reaper.setSingleShot(True)
        self._reaper.timeout.connect(self._end_host)

    # -- what the interface asks --------------------------------------------------------------

    def can_speak(self, lang: str) -> bool:
        return self.state == SpeechState.READY and lang.split("-")[0].lower() in self.voices

    def unavailable(self) -> bool:
        return self.state == SpeechState.UNAVAILABLE

    def speaking(self) -> bool:
        return self._speaking is not None

    def say(self, text: str, lang: str) -> None:
        """Speak `text` (stopping what is being said); nothing when there is no voice for `lang`."""
        self.say_parts([(lang, text)], lang)

    def say_parts(self, parts: list[tuple[str, str]], lang: str) -> None:
        """Speak the (language, text) parts in order, each in its own language's voice.

        `lang` is the request's language: without a voice for it nothing is
        said; a part in a language without a voice is read in `lang`'s. The
        whole request is one: a new one or `stop()` ends all its parts.
        """
        if not any(text.strip() for _, text in parts) or not self.can_speak(lang):
            return
        self._said = True
        base = lang.split("-")[0].lower()
        self._send({"op": "say", "lang": base,
                    "parts": [[part_lang.split("-")[0].lower(), text] for part_lang, text in parts]})

    def stop(self) -> None:
        if self._said and self.state == SpeechState.READY:
            self._said = False
            self._speaking = None
            self._send({"op": "stop"})

    def session_ended(self) -> None:
        """Stop speaking; a failed engine is tried again once `retry_s` has passed."""
        self.stop()
        if (self.state == SpeechState.UNAVAILABLE and self.reason != Reason.NOT_INSTALLED
                and self._clock() - self._failed_at >= self.retry_s):
            log.info("read aloud: trying the speech engine again")
            self._end_host()
            self.state = SpeechState.OFF
            self.start()

    # -- the host process ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the speech host in the background (returns at once); idempotent."""
        if self.state != SpeechState.OFF:
            return
        if (self._program or shutil.which("speech-dispatcher")) is None:
            log.info("read aloud unavailable: %s", Reason.NOT_INSTALLED.value)
            return   # stays OFF: no button on a terminal without speech
        process = self._process = QProcess(self)
        command = host_command(*self._args)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        # Its answers on stdout; its stderr (a fault's traceback, never spoken text) joins the kiosk's.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        # Bound methods, not closures: a closure holding `self` on the process would let the
        # process's deletion delete this service (its parent) under it. Each slot first asks
        # whether the sender is still the current host (an old one may be ending).
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._host_finished)
        process.errorOccurred.connect(self._host_error)
        self.state = SpeechState.STARTING
        self._buffer = b""
        self._pending = {0: self._clock() + ssip.HOST_START_S}   # "ready" is the answer to starting
        self._watch.start(int(ssip.HOST_START_S * 1000))
        process.start()
        self.changed.emit()

    def shutdown(self) -> None:
        """End the host, its server and its modules now (a few ms; 0.3 s more if the host does not answer)."""
        self._end_host()
        if self.state != SpeechState.OFF:
            self.state = SpeechState.OFF
            self.changed.emit()

    def _end_host(self) -> None:
        self._watch.stop()
        self._reaper.stop()
        self._pending.clear()
        self._speaking = None
        process, self._process = self._process, None
        if process is None:
            return
        if process.state() != QProcess.ProcessState.NotRunning:
            pid = process.processId()
            # A working host removes its server on SIGTERM in a few ms (and reaps it: no zombie).
            process.terminate()
            process.waitForFinished(300)
            # Then whatever is left of its group (the group outlives its leader): the host,
            # speech-dispatcher and its espeak-ng module. Nothing, when the host did its job.
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
            if process.state() != QProcess.ProcessState.NotRunning:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)   # it never got to lead its own group
                process.waitForFinished(1000)      # SIGKILL: the kernel ends it at once
        if self.server_folder:
            shutil.rmtree(self.server_folder, ignore_errors=True)   # the host could not remove it itself
            self.server_folder = None
        process.deleteLater()

    def _send(self, request: dict) -> None:
        if self._process is None or self._process.state() != QProcess.ProcessState.Running:
            return   # it ended a moment ago: its `finished` is on the way
        self._next_id += 1
        request["id"] = self._next_id
        self._pending[self._next_id] = self._clock() + ssip.HOST_ACK_S
        if not self._watch.isActive():
            self._watch.start(int(ssip.HOST_ACK_S * 1000))
        self._process.write((json.dumps(request) + "\n").encode("utf-8"))

    def _read(self) -> None:
        if self._process is None or self.sender() is not self._process:
            return
        self._buffer += bytes(self._process.readAllStandardOutput())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            try:
                message = json.loads(line)
            except ValueError:
                continue
            self._handle(message)

    def _handle(self, message: dict) -> None:
        event = message.get("event")
        if event == "ready":
            self._pending.pop(0, None)
            self.voices = frozenset(message.get("voices", ()))
            self.server_pid = message.get("server")
            self.server_folder = message.get("folder")
            self.state = SpeechState.READY
            log.info("read aloud ready: voices for %s",
                     ", ".join(v for v in UI_LANGUAGES if v in self.voices) or "none of the interface's languages")
            self.changed.emit()
        elif event == "unavailable":
            # The host removes its server and folder and ends by itself; killed if it does not.
            reason = Reason.__members__.get(message.get("reason", ""), Reason.NOT_ANSWERING)
            self._fail(reason, message.get("detail", ""), kill_after_s=3.0)
        elif event == "ack":
            self._pending.pop(message.get("id"), None)
        elif event == "begin":
            self._speaking = message.get("id")
        elif event == "end" and self._speaking == message.get("id"):
            self._speaking = None
        self._rewatch()

    def _rewatch(self) -> None:
        if not self._pending:
            self._watch.stop()
            return
        due = min(self._pending.values()) - self._clock()
        self._watch.start(max(0, int(due * 1000)))

    def _check_overdue(self) -> None:
        if self._pending and min(self._pending.values()) <= self._clock():
            self._fail(Reason.HOST_LOST, "no answer in time")
        else:
            self._rewatch()

    def _host_finished(self, code: int, _status=None) -> None:
        if self._process is None or self.sender() is not self._process:
            return
        if self.state in (SpeechState.STARTING, SpeechState.READY):
            self._fail(Reason.HOST_LOST, f"it ended (exit status {code})")
        elif self.state == SpeechState.UNAVAILABLE:
            self.server_folder = None   # it removed its folder on the way out
            self._end_host()

    def _host_error(self, error) -> None:
        if self._process is not None and self.sender() is self._process and error == QProcess.ProcessError.FailedToStart:
            self._fail(Reason.HOST_LOST, "it could not be started")

    def _fail(self, reason: Reason, detail: str, kill_after_s: float = 0.0) -> None:
        if self.state == SpeechState.UNAVAILABLE:
            return
        log.warning("read aloud not available now: %s%s", reason.value, f" ({detail})" if detail else "")
        self.reason = reason
        self._failed_at = self._clock()
        self._speaking = None
        self._watch.stop()
        self._pending.clear()
        self.state = SpeechState.UNAVAILABLE
        if kill_after_s and self._process is not None:
            self._reaper.start(int(kill_after_s * 1000))   # -> _end_host, unless it ended by then
        else:
            self._end_host()
        self.changed.emit()

