"""The kiosk's own fonts: every shipped language drawn with the files in kiosk/assets/fonts.

`install_fonts(app)` adds the packaged fonts to Qt's font database and makes
them the application font's families, in order: Noto Sans (Latin, Cyrillic),
Noto Sans Arabic (Arabic and Persian), then three small symbol subsets (the
arrows of "← Back", "⌂", "−", "✔"). Qt takes each character from the first
family that has it, so Arabic text is drawn with the packaged Arabic face and
nothing depends on what the system's font configuration happens to offer.
Loading four faces and three subsets costs a few milliseconds before the
first frame (tests/bench/bench_startup.py; the figures are in docs/design.md).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.resources import asset

log = logging.getLogger("kiosk.ui")

# In the order Qt should look for a character.
FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Symbols", "Noto Sans Math", "Noto Sans Symbols2")

_loaded: tuple[str, ...] | None = None


def packaged_families() -> tuple[str, ...]:
    """The families of the packaged font files, loaded into Qt's font database once per process."""
    global _loaded
    if _loaded is None:
        families: list[str] = []
        for path in sorted(asset("fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.error("font file unreadable, its letters come from the system's fonts: %s", path)
                continue
            families += QFontDatabase.applicationFontFamilies(font_id)
        _loaded = tuple(dict.fromkeys(families))
    return _loaded


def install_fonts(app: QGuiApplication) -> list[str]:
    """Make the packaged fonts the application's font (its size untouched); return the families set."""
    loaded = packaged_families()
    wanted = [family for family in FAMILIES if family in loaded]
    if not wanted:
        return []
    font = QFont(app.font())
    font.setFamilies(wanted)
    app.setFont(font)
    return wanted
