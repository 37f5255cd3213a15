"""Stand-ins for the collaborators a test replaces: a clock, a speech engine, a printer lookup.

`kiosk.app.build(clock=..., speaker_factory=..., printer_lookup=...)` takes
them, so no test assigns into a kiosk's attributes after it was built.
"""

from __future__ import annotations


class FakeClock:
    """A monotonic clock the test moves by hand: `clock.t += 60`."""

    def __init__(self, t: float = 5000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


class FakeSpeaker:
    """Stands in for the speech engine where a test is about the interface, not the voice
    (the real engine is tested in tests/gui/test_speech_engine.py)."""

    def __init__(self, languages=("fi",)) -> None:
        self.languages = set(languages)
        self.said: list[tuple[str, str]] = []
        self.parts_said: list[tuple[list[tuple[str, str]], str]] = []
        self.stopped = 0

    def can_speak(self, lang: str) -> bool:
        return lang in self.languages

    def unavailable(self) -> bool:
        return False

    def say(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def say_parts(self, parts, lang: str) -> None:
        """Kept as the whole text in `said` (what a resident hears) and the parts in `parts_said`."""
        self.parts_said.append((list(parts), lang))
        self.said.append(("".join(text for _, text in parts), lang))

    def stop(self) -> None:
        self.stopped += 1


def no_speech_engine() -> None:
    """A speaker factory for a machine without any speech engine."""
    return None


def no_printer(name: str = ""):
    """A printer lookup for a machine without any printer (a null QPrinterInfo), whatever queue is named."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo()


def wait_while(busy, timeout_s: float = 10.0) -> None:
    """Spin the event loop while `busy()` (an answer from a background thread is on its way).

    For helpers without a qtbot (a PIN typed from a timer, a chooser's listing).
    """
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while busy() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not busy(), "the background answer never arrived"


class ShiftedClock:
    """The machine's clocks, with the wall clock (or all of time) moved by the test.

    A mock because the machine's clock cannot be set here (and must not be:
    other processes share it). `wall_shift` moves only the wall clock, as a
    wrong RTC or an admin's `date -s` would; setting it back to zero is NTP
    correcting it. `skip(s)` lets `s` seconds pass on both clocks, as waiting
    would, without waiting. The boot id and the monotonic clock are the real
    ones (kiosk.core.usage.event_time.SystemClock).
    """

    def __init__(self, wall_shift=None) -> None:
        from datetime import timedelta

        from kiosk.core.usage.event_time import SystemClock
        self._real = SystemClock()
        self.wall_shift = wall_shift or timedelta(0)
        self.skipped = 0.0

    def now(self):
        from datetime import timedelta

        from kiosk.core.usage.event_time import Stamp
        real = self._real.now()
        return Stamp(real.wall + self.wall_shift + timedelta(seconds=self.skipped), real.boot,
                     real.mono + self.skipped)

    def skip(self, seconds: float) -> None:
        self.skipped += seconds
