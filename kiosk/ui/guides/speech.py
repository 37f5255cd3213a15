"""What the guide viewer and the help queue need from read aloud: the `Speaker` interface.

The kiosk's speaker is `kiosk.services.speech.SpeechService`: the speech
engine runs in a child process (kiosk/services/speech_host.py), so nothing
here or in the viewer ever waits for it. Tests hand in fakes
(tests/helpers/fakes.py). A factory answering None means no read aloud on
this terminal (`deployment.read_aloud = false`, or nothing installed): the
button is not shown at all. A speaker that is `unavailable()` (its engine is
dead, hanging or has no sound output) keeps the button, which then says that
reading aloud is not available now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Speaker(Protocol):
    """What the guide viewer needs from speech output. Every call returns at once."""

    def can_speak(self, lang: str) -> bool:
        """True when a voice for `lang` exists and the engine is ready."""

    def unavailable(self) -> bool:
        """True when the engine exists but cannot speak now (the button says so)."""

    def say(self, text: str, lang: str) -> None:
        """Speak `text` in `lang` (stopping anything still being spoken)."""

    def say_parts(self, parts: list[tuple[str, str]], lang: str) -> None:
        """Speak the (language, text) parts in order, each in its language's voice where there is one
        (else in `lang`'s): a guide's Finnish words in Finnish. One request: `stop` ends all parts."""

    def stop(self) -> None:
        """Stop speaking."""


SpeakerFactory = Callable[[], "Speaker | None"]


def no_speaker() -> None:
    """The factory of a terminal without read aloud."""
    return None
