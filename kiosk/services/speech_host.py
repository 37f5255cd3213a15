"""The speech host: a child process of the kiosk that owns everything that talks to the speech engine.

Why a process: speech-dispatcher can stop answering (0.11.4 deadlocks once its
espeak-ng module could not open a sound device), and a client library waiting
for its answer cannot be interrupted. QtTextToSpeech waits in libspeechd
(`spd_execute_command`), holding Python's GIL: even on a worker QThread it
froze the interface thread (measured: the main thread waited in `take_gil`),
and SIGTERM could not end the kiosk. Here speech-dispatcher is spoken to over
its socket with a limit on every wait (kiosk/core/speech/ssip.py), in a process of
its own that the kiosk can always kill, together with the server, through the
process group this host leads.

Protocol with the kiosk (kiosk/services/speech.py): JSON lines. In, on stdin:
`{"op": "say", "id": N, "lang": "ru", "parts": [["ru", ...], ["fi", ...], ...]}` (or one
`"text"` in `"lang"`), `{"op": "stop", "id": N}`,
`{"op": "quit"}`. Out, on stdout: `{"event": "ready", "voices": [...], "server": PID, "folder": PATH}`,
`{"event": "unavailable", "reason": NAME, "detail": ...}` (then the host ends),
`{"event": "ack", "id": N}` once a request is handled, `{"event": "begin"|"end", "id": N}`.

The parts of a say are queued in the server as one SSIP message each, in
order, with the language and voice set before each: speech-dispatcher's
`text` priority queues a client's messages one after the other, and each
message's settings go to espeak-ng with it (its debug log shows
`language=fi` / `synthesis_voice=Finnish` for a Finnish part). A request's
`begin` is its first part's, its `end` its last part's; a new say or a stop
sends `CANCEL SELF`, which ends the part being spoken and drops the queued
ones (`STOP SELF` ends only the current part: the next would start; measured
with speech-dispatcher 0.11.4). SSML with `<voice xml:lang="fi">` inside one
message was not used: espeak-ng honours it, but nothing speech-dispatcher
reports shows which voice spoke, and the guide's text would need escaping.
Spoken text is never logged or written anywhere but to the server.

Started as `python -m kiosk speech-host` (`kiosk speech-host` in the bundle).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import select
import shutil
import signal
import socket
import sys
import time
from pathlib import Path

from kiosk.core.speech import ssip
from kiosk.core.speech.speechd_conf import PRIVATE_LOG_LEVEL
from kiosk.core.speech.ssip import Reason
from kiosk.services.audio_check import sound_output
from kiosk.services.speech_server import SpeechServer

PR_SET_CHILD_SUBREAPER = 36


class EngineFailed(Exception):
    """speech-dispatcher cannot be used now; `reason` says why."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(reason.value)
        self.reason, self.detail = reason, detail


class Connection:
    """One SSIP connection to the private server; every wait has a limit."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(ssip.REPLY_S)
        try:
            self.sock.connect(str(path))
        except OSError as exc:
            self.sock.close()
            raise EngineFailed(Reason.NOT_ANSWERING, f"connect: {exc}") from exc
        self.reader = ssip.Reader()

    def close(self) -> None:
        self.sock.close()

    def read_available(self) -> None:
        """Take what the server sent (after select said there is something)."""
        try:
            chunk = self.sock.recv(65536)
        except OSError as exc:
            raise EngineFailed(Reason.NOT_ANSWERING, str(exc)) from exc
        if not chunk:
            raise EngineFailed(Reason.NOT_ANSWERING, "the server closed the connection")
        self.reader.feed(chunk)

    def ask(self, data: bytes, timeout_s: float = ssip.REPLY_S) -> ssip.Reply:
        """Send `data`, wait for its reply (events arriving meanwhile are kept)."""
        try:
            self.sock.sendall(data)
        except OSError as exc:
            raise EngineFailed(Reason.NOT_ANSWERING, f"send: {exc}") from exc
        deadline = time.monotonic() + timeout_s
        while not self.reader.replies:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.sock], [], [], left)[0]:
                raise EngineFailed(Reason.NOT_ANSWERING, f"no reply within {timeout_s:.0f} s")
            self.read_available()
        reply = self.reader.replies.pop(0)
        if not reply.ok:
            raise EngineFailed(Reason.NOT_ANSWERING, f"refused: {reply.code} {reply.text}")
        return reply


class Host:
    """The engine side: start, voices, say / stop with deadlines; reports through `emit`."""

    def __init__(self, server: SpeechServer, emit, *, audio_check: bool = True) -> None:
        self.server = server
        self.emit = emit
        self.audio_check = audio_check
        self.conn: Connection | None = None
        self.voices: dict[str, str] = {}   # base language -> voice name
        self._speaking: dict[str, int] = {}     # server message id -> kiosk request id
        self._texts: dict[str, str] = {}        # server message id -> its text (for its time limit)
        self._parts: dict[int, list[str]] = {}  # kiosk request id -> its parts' message ids not ended yet
        self._begun_requests: set[int] = set()
        self._deadlines: dict[int, float] = {}  # kiosk request id -> when its current part must start or end

    def start(self) -> None:
        if not self.server.available:
            raise EngineFailed(Reason.NOT_INSTALLED)
        if self.audio_check:
            ok, detail = sound_output()
            if not ok:
                raise EngineFailed(Reason.NO_AUDIO, detail)
        if not self.server.start() or not self.server.wait_ready():
            raise EngineFailed(Reason.NO_SERVER)
        self.conn = Connection(self.server.socket_path)
        user = os.environ.get("USER") or str(os.getuid())
        self.conn.ask(ssip.client_name(user))
        self.conn.ask(ssip.command("SET SELF NOTIFICATION ALL on"))
        self.voices = ssip.voices_by_language(self.conn.ask(ssip.command("LIST SYNTHESIS_VOICES")).data)
        self.emit(event="ready", voices=sorted(self.voices), server=self.server.pid, folder=str(self.server.folder))

    def say(self, request: int, parts: list[tuple[str, str]], lang: str) -> None:
        """Queue the parts in order, each in its own voice; the whole within ssip.SAY_S."""
        self.stop()
        deadline = time.monotonic() + ssip.SAY_S
        queued: list[tuple[str, str]] = []   # (server message id, text), in the order they are spoken
        for part_lang, text in ssip.parts_to_speak(parts, lang, self.voices):
            self._ask(ssip.language_command(part_lang), deadline)
            self._ask(ssip.voice_command(self.voices[part_lang]), deadline)
            self._ask(ssip.command("SPEAK"), deadline)
            reply = self._ask(ssip.speak_data(text), deadline)
            queued.append((reply.data[0] if reply.data else "", text))
        if not queued:
            return
        for msg_id, text in queued:
            self._speaking[msg_id] = request
            self._texts[msg_id] = text
        self._parts[request] = [msg_id for msg_id, _ in queued]
        # First a start within BEGIN_S, then each part's end within the time its text may take.
        self._deadlines[request] = time.monotonic() + ssip.BEGIN_S

    def _ask(self, data: bytes, deadline: float) -> ssip.Reply:
        left = deadline - time.monotonic()
        if left <= 0:
            raise EngineFailed(Reason.NOT_ANSWERING, f"a request was not queued within {ssip.SAY_S:.0f} s")
        return self.conn.ask(data, min(ssip.REPLY_S, left))

    def stop(self) -> None:
        if self._speaking:
            # CANCEL, not STOP: STOP ends only the part being spoken, and the next one would start.
            self.conn.ask(ssip.stop_all())
            self._speaking.clear()
            self._texts.clear()
            self._parts.clear()
            self._begun_requests.clear()
            self._deadlines.clear()

    def on_events(self) -> None:
        """A request begins with its first part and ends when its last part ended (or was cancelled)."""
        for event in self.conn.reader.events:
            request = self._speaking.get(event.msg_id)
            if request is None:
                continue
            left = self._parts.get(request, [])
            if event.name == "begin":
                self._deadlines[request] = time.monotonic() + ssip.speaking_s(self._texts.get(event.msg_id, ""))
                if request not in self._begun_requests:
                    self._begun_requests.add(request)
                    self.emit(event="begin", id=request)
            elif event.name in ("end", "cancel"):
                self._speaking.pop(event.msg_id, None)
                self._texts.pop(event.msg_id, None)
                if event.msg_id in left:
                    left.remove(event.msg_id)
                if left:
                    self._deadlines[request] = time.monotonic() + ssip.BEGIN_S   # the next part starts
                else:
                    self._parts.pop(request, None)
                    self._deadlines.pop(request, None)
                    self._begun_requests.discard(request)
                    self.emit(event="end", id=request)
        self.conn.reader.events.clear()

    def next_deadline(self) -> float | None:
        return min(self._deadlines.values()) if self._deadlines else None

    def check_deadlines(self) -> None:
        deadline = self.next_deadline()
        if deadline is not None and time.monotonic() >= deadline:
            raise EngineFailed(Reason.SOUNDLESS, "a message did not start or end in time")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.server.stop()


def serve(host: Host, requests, emit) -> None:
    """The loop: requests from the kiosk, events from the server, deadlines; returns at quit or EOF."""
    buffer = b""
    fd = requests.fileno()
    while True:
        deadline = host.next_deadline()
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        readable, _, _ = select.select([fd, host.conn.sock], [], [], wait)
        if host.conn.sock in readable:
            host.conn.read_available()
            host.on_events()
        if fd in readable:
            chunk = os.read(fd, 65536)
            if not chunk:
                return   # the kiosk is gone
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                request = json.loads(line)
                op = request.get("op")
                if op == "quit":
                    return
                if op == "say":
                    parts = request.get("parts") or [(request["lang"], request["text"])]
                    host.say(request["id"], [(str(p[0]), str(p[1])) for p in parts], request["lang"])
                elif op == "stop":
                    host.stop()
                emit(event="ack", id=request.get("id"))
                host.on_events()
        host.check_deadlines()


def become_leader() -> None:
    """Lead a process group (the kiosk kills it whole) and collect the server's orphaned modules."""
    with contextlib.suppress(OSError):
        os.setsid()   # already a leader when started with a new session
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk speech-host", description="(internal) the kiosk's speech host")
    parser.add_argument("--log-level", type=int, default=PRIVATE_LOG_LEVEL)
    parser.add_argument("--program", help="speech-dispatcher to run (default: from PATH)")
    parser.add_argument("--base-dir", help="where the server's private folder goes (default: XDG_RUNTIME_DIR)")
    parser.add_argument("--no-audio-check", action="store_true",
                        help="let the engine find out by itself that there is no sound (tests)")
    args = parser.parse_args(argv)
    become_leader()
    out = sys.stdout

    def emit(**event) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    # The kiosk's SIGTERM (or the group's): remove the server on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # a Ctrl+C in a terminal is for the kiosk
    server = SpeechServer(log_level=args.log_level, program=args.program or shutil.which("speech-dispatcher"),
                          base_dir=args.base_dir)
    host = Host(server, emit, audio_check=not args.no_audio_check)
    try:
        host.start()
        serve(host, sys.stdin, emit)
    except EngineFailed as exc:
        emit(event="unavailable", reason=exc.reason.name, detail=exc.detail)
        return 1
    except (BrokenPipeError, KeyboardInterrupt):
        return 0
    finally:
        # No second SIGTERM halfway through removing the server: it would be left running.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        host.close()
    return 0
