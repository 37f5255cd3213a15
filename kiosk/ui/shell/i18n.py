"""Switching the user-interface language at run time.

Qt's own system: one QTranslator per feature from kiosk/assets/translations/
*_<lang>.qm (see kiosk.i18n_build),
plus Qt's base translations for standard dialogs. Switching removes the old
translator, installs the new one and emits `changed`; every screen connects to
it and sets its texts again, so a switch retranslates everything at once.

The layout direction follows the language (`is_rtl`, or a translation that
says "RTL" for Qt's QT_LAYOUT_DIRECTION string): the whole window mirrors at
the switch and back at the end of the session. `directional()` turns the
arrows of "← Back" for a right-to-left reader; `ltr()` keeps numbers, times
and phone numbers left to right inside right-to-left text.

Tests choose pseudo-languages (tests/helpers/pseudo_languages.py): their
.qm files are generated at test time into the folder named by
DIGIPISTE_TEST_TRANSLATIONS, read only for the `qps-` codes; a site's
configuration can never name them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Qt, Signal

from kiosk.core.languages import RIGHT_TO_LEFT
from kiosk.resources import asset

log = logging.getLogger("kiosk.i18n")

# Microsoft's pseudo-locale names: test-only languages, never in a site's list.
PSEUDO_STRETCHED = "qps-ploc"     # every string ~40 % longer, accented letters
PSEUDO_MIRRORED = "qps-plocm"     # every word written right to left, the layout mirrored
TEST_TRANSLATIONS_ENV = "DIGIPISTE_TEST_TRANSLATIONS"
# Written right to left: the languages whose `rtl` flag kiosk/core/languages.py sets
# (Arabic, Persian), and the mirrored pseudo-language of the tests.
_RIGHT_TO_LEFT = frozenset({*RIGHT_TO_LEFT, PSEUDO_MIRRORED})
# Arrows that point along the line: "← Back" points to where a line starts.
_ARROWS = str.maketrans("←→⟵⟶⇐⇒", "→←⟶⟵⇒⇐")
_LRI, _PDI = "\u2066", "\u2069"
# Qt's own string by which a translation says its direction (QGuiApplication reads it too).
# Not a literal call: lupdate would add it to the kiosk's own .ts files.
_QT_DIRECTION = ("QGuiApplication", "QT_LAYOUT_DIRECTION")


def is_rtl(code: str) -> bool:
    """Is `code` written right to left (Arabic, Persian, the mirrored pseudo-language)?"""
    return code.split("-")[0] in _RIGHT_TO_LEFT or code in _RIGHT_TO_LEFT


def _app_is_rtl() -> bool:
    app = QCoreApplication.instance()
    return hasattr(app, "layoutDirection") and app.layoutDirection() == Qt.LayoutDirection.RightToLeft


def directional(text: str) -> str:
    """`text` with its arrows turned for a right-to-left layout ("← Back" is written as in English).

    Unicode's bidi algorithm mirrors brackets and ‹ ›, not arrows: a translation
    keeps the source's arrow (← means back, → forward) and the kiosk turns it.
    """
    return text.translate(_ARROWS) if _app_is_rtl() else text


def ltr(text: str) -> str:
    """A number, time, range or phone number kept left to right inside right-to-left text.

    Without it "040 123 4567" and "10:00-12:00" come out in reversed groups
    next to Arabic letters. Unchanged (no invisible marks) in a left-to-right layout.
    """
    return f"{_LRI}{text}{_PDI}" if text and _app_is_rtl() else text


def _test_translations(code: str) -> list[Path]:
    """The pseudo-language's .qm files a test generated (only for the test-only `qps-` codes)."""
    folder = os.environ.get(TEST_TRANSLATIONS_ENV)
    if not folder or not code.startswith("qps-"):
        return []
    return sorted(Path(folder).glob(f"*_{code}.qm"))


class Language(QObject):
    """The current language; emits `changed(code)` after translators switched."""

    changed = Signal(str)

    def __init__(self, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._translators: list[QTranslator] = []
        self.set(code)

    @property
    def code(self) -> str:
        return self._code

    def detach(self) -> None:
        """Remove this object's translators from the application (kiosk shutdown)."""
        app = QCoreApplication.instance()
        for tr in self._translators:
            app.removeTranslator(tr)
        self._translators = []
        self._code = ""

    def set(self, code: str) -> None:
        """Switch to `code`; a no-op when it is current."""
        if code == self._code:
            return
        app = QCoreApplication.instance()
        for tr in self._translators:
            app.removeTranslator(tr)
        self._translators = []
        found = sorted(asset("translations").glob(f"*_{code}.qm")) + _test_translations(code)
        for qm in found:
            ours = QTranslator(self)
            if ours.load(str(qm)):
                self._translators.append(ours)
            else:
                log.error("translation file unreadable: %s", qm)
        if not found and code != "en":
            # English is the source language; anything else without a .qm is a
            # packaging mistake worth a line in the log, not a crash.
            log.error("translation files missing for %s in %s", code, asset("translations"))
        base = QTranslator(self)
        if base.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(base)
        for tr in self._translators:
            app.installTranslator(tr)
        # The language's flag, or (Qt's own way) its translation saying so.
        rtl = is_rtl(code) or QCoreApplication.translate(*_QT_DIRECTION) == "RTL"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(direction)
        self._code = code
        self.changed.emit(code)
