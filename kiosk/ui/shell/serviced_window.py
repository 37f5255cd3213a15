"""The window shown when no valid configuration exists on this terminal.

Calm, in Finnish, Swedish and English at once (without a configuration the
kiosk cannot know the site's language), no technical words, no buttons. The
errors themselves go to the log and to `kiosk check-config`.

On a terminal's first boot with only a bootstrap file (kiosk/core/config/bootstrap.py)
the title says the computer is being set up instead: nothing is broken, the
configuration is on its way.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.languages import SITE_TEXT_LANGUAGES
from kiosk.resources import asset
from kiosk.ui.shell.theme import NORMAL, TEXT_SIZES, style_sheet

_CONTEXT = "ServicedWindow"
# Marked for lupdate, translated per language below (not with the current
# translator: without a configuration there is no current language).
_TITLE = QT_TRANSLATE_NOOP("ServicedWindow", "This computer is being serviced")
_SETTING_UP = QT_TRANSLATE_NOOP("ServicedWindow", "This computer is being set up")
_SETTING_UP_BODY = QT_TRANSLATE_NOOP("ServicedWindow", "Please ask the staff.")
_BODY = QT_TRANSLATE_NOOP("ServicedWindow", "Please ask the staff for help or come back later. "
                                            "We are sorry for the trouble.")


def _in_language(lang: str, text: str) -> str:
    translator = QTranslator()
    if translator.load(str(asset("translations", f"shell_{lang}.qm"))):
        return translator.translate(_CONTEXT, text) or text
    return text


class ServicedWindow(QWidget):
    """'This computer is being serviced' (or, `setting_up`, '... being set up'), in every interface language."""

    def __init__(self, setting_up: bool = False) -> None:
        super().__init__()
        self.setObjectName("serviced")
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(style_sheet(NORMAL, TEXT_SIZES[1]))
        box = QVBoxLayout(self)
        box.setContentsMargins(64, 64, 64, 64)
        box.setSpacing(12)
        box.addStretch(1)
        title, body = (_SETTING_UP, _SETTING_UP_BODY) if setting_up else (_TITLE, _BODY)
        for lang in SITE_TEXT_LANGUAGES:
            heading = QLabel(_in_language(lang, title), self)
            heading.setObjectName(f"serviced-title-{lang}")
            heading.setProperty("role", "title")
            heading.setWordWrap(True)
            text = QLabel(_in_language(lang, body), self)
            text.setObjectName(f"serviced-text-{lang}")
            text.setWordWrap(True)
            box.addWidget(heading)
            box.addWidget(text)
            box.addSpacing(32)
        box.addStretch(1)
        self.setAccessibleName(" / ".join(_in_language(lang, title) for lang in SITE_TEXT_LANGUAGES))
