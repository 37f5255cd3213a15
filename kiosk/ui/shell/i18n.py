"""Switching the user-interface language at run time.

Qt's own system: one QTranslator per feature from kiosk/assets/translations/
*_<lang>.qm (see kiosk.i18n_build),
plus Qt's base translations for standard dialogs. Switching removes the old
translator, installs the new one and emits `changed`; every screen connects to
it and sets its texts again, so a switch retranslates everything at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Qt, Signal

from kiosk.core.languages import RIGHT_TO_LEFT
from kiosk.resources import asset

log = logging.getLogger("kiosk.i18n")


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
        found = sorted(asset("translations").glob(f"*_{code}.qm"))
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
        direction = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(direction)
        self._code = code
        self.changed.emit(code)
