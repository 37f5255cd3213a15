"""speech-dispatcher's protocol (SSIP) and the time limits of read aloud, as pure functions.

The kiosk talks to its own speech-dispatcher (kiosk/services/speech_host.py)
over SSIP, a line protocol: a command ends with CRLF, a reply is lines
`NNN-data` ended by one `NNN text` (a space after the code), and with
notifications on, events arrive as `7NN-msg_id`, `7NN-client_id`, `7NN NAME`
between replies. Text to speak follows `SPEAK` and ends with a line holding
one dot; a line of the text that starts with a dot gets a second one.

Nothing here waits: every wait of read aloud has a limit from this module, so
that a speech-dispatcher that stopped answering (speech-dispatcher 0.11.4
deadlocks once its module could not open a sound device) costs the resident
nothing but the button saying "not available".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

# -- time limits (seconds) ------------------------------------------------------------------

SERVER_START_S = 5.0      # speech-dispatcher accepts connections on its socket
REPLY_S = 3.0             # any command's reply (the voice list included: 0.2 s measured)
BEGIN_S = 4.0             # a queued message starts being spoken
AUDIO_CHECK_S = 2.0       # the look for a sound output (kiosk/services/audio_check.py)
HOST_START_S = 20.0       # the kiosk hears "ready" or "unavailable" from its speech host
SAY_S = 10.0              # all the parts of one request queued in the server (4 replies a part)
HOST_ACK_S = 20.0         # the speech host confirms a request (its say is SAY_S at most)
MAX_PARTS = 24            # parts of one request in their own language; the rest joins the last
CHECK_TOTAL_S = 60.0      # `kiosk speech-check` as a whole, on every machine


def speaking_s(text: str) -> float:
    """How long `text` may take to be spoken before the sound is taken to have failed.

    espeak-ng reads about 15 characters a second at speech-dispatcher's
    default rate; the limit allows for half that speed, plus a start.
    """
    return 5.0 + 0.15 * len(text)


def stop_all() -> bytes:
    """Stop what this client is saying and drop what it queued (STOP would only end the current part)."""
    return command("CANCEL SELF")


class Reason(enum.StrEnum):
    """Why read aloud is not available; the value is what logs and `speech-check` say."""

    NOT_INSTALLED = "speech-dispatcher is not installed"
    NO_AUDIO = "no audio device"
    NO_SERVER = "speech-dispatcher did not start"
    NOT_ANSWERING = "speech-dispatcher is not answering"
    SOUNDLESS = "speech did not finish (no sound output?)"
    HOST_LOST = "the speech helper process is not answering"


# -- encoding ---------------------------------------------------------------------------------

def command(line: str) -> bytes:
    """One SSIP command line."""
    if "\r" in line or "\n" in line:
        raise ValueError("an SSIP command is one line")
    return line.encode("utf-8") + b"\r\n"


def speak_data(text: str) -> bytes:
    """The text after SPEAK: CRLF lines, a leading dot doubled, ended by a line with one dot."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = "\r\n".join("." + line if line.startswith(".") else line for line in lines)
    return body.encode("utf-8") + b"\r\n.\r\n"


def client_name(user: str) -> bytes:
    # user:application:component; no spaces or colons in the parts.
    safe = "".join(c for c in user if c.isalnum() or c in "-_") or "kiosk"
    return command(f"SET SELF CLIENT_NAME {safe}:digipiste:read-aloud")


def language_command(lang: str) -> bytes:
    if not lang.replace("-", "").isalpha():
        raise ValueError(f"not a language code: {lang!r}")
    return command(f"SET SELF LANGUAGE {lang}")


# -- decoding ---------------------------------------------------------------------------------

@dataclass
class Reply:
    """A complete reply: its code, the data lines (`NNN-...`) and the final text."""

    code: int
    data: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300


@dataclass(frozen=True)
class Event:
    """A notification: 701 BEGIN, 702 END, 703 CANCEL, 704 PAUSE, 705 RESUME, 700 INDEX_MARK."""

    code: int
    msg_id: str

    @property
    def name(self) -> str:
        return {700: "index", 701: "begin", 702: "end", 703: "cancel", 704: "pause", 705: "resume"}.get(
            self.code, str(self.code))


class Reader:
    """Cuts the bytes from the socket into replies and events (`feed`, then `take`)."""

    def __init__(self) -> None:
        self._buffer = b""
        self._data: dict[bool, list[str]] = {False: [], True: []}   # is-event -> pending data lines
        self.replies: list[Reply] = []
        self.events: list[Event] = []

    def feed(self, chunk: bytes) -> None:
        self._buffer += chunk
        while b"\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n", 1)
            self._line(raw.rstrip(b"\r").decode("utf-8", "replace"))

    def _line(self, line: str) -> None:
        if len(line) < 4 or not line[:3].isdigit():
            return   # not SSIP; ignored rather than trusted
        code, sep, rest = int(line[:3]), line[3], line[4:]
        event = 700 <= code < 800
        if sep == "-":
            self._data[event].append(rest)
            return
        data, self._data[event] = self._data[event], []
        if event:
            self.events.append(Event(code, data[0] if data else ""))
        else:
            self.replies.append(Reply(code, data, rest))


def voices_by_language(data: list[str]) -> dict[str, str]:
    """The voice to use per base language (`fi`, `sv`, `en`), from LIST SYNTHESIS_VOICES.

    Lines are `name<TAB>language<TAB>variant`. A voice without a variant
    ("none") is preferred, then one whose language is the base code itself
    (`sv` before `sv-FI`), then the first listed.
    """
    best: dict[str, tuple[tuple[bool, bool], str]] = {}
    for line in data:
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0] or not parts[1] or parts[1] == "none":
            continue
        lang = parts[1].split("-")[0].lower()
        variant = parts[2] if len(parts) > 2 else "none"
        rank = (variant != "none", parts[1].lower() != lang)
        if lang not in best or rank < best[lang][0]:
            best[lang] = (rank, parts[0])
    return {lang: name for lang, (_rank, name) in best.items()}


def parts_to_speak(parts, lang: str, voices) -> list[tuple[str, str]]:
    """The (language, text) parts of a request as they are queued: each in a language that has a voice.

    A part whose language has no voice is read in `lang` (the request's own
    language), neighbours in the same language are joined, parts with nothing
    to say are left out, and beyond MAX_PARTS the rest joins the last part
    (a bound on the replies one request waits for).
    """
    queued: list[tuple[str, str]] = []
    for part_lang, text in parts:
        if not text.strip():   # nothing to say: a space between two parts stays with the first
            if queued:
                queued[-1] = (queued[-1][0], queued[-1][1] + text)
            continue
        part_lang = part_lang if part_lang in voices else lang
        if queued and (queued[-1][0] == part_lang or len(queued) >= MAX_PARTS):
            queued[-1] = (queued[-1][0], queued[-1][1] + text)
        else:
            queued.append((part_lang, text))
    return queued


def voice_command(name: str) -> bytes:
    return command(f"SET SELF SYNTHESIS_VOICE {name}")
