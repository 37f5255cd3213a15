"""The language picker: a full screen of every language the site offers.

Home keeps the site's first three languages as buttons (`lang-<code>`); the
others would squeeze the home row, so "Other languages" on home (`lang-more`)
and the language button in the top bar (`nav-language`, on every screen) open
this screen instead. Each language is a big button named in its own script
(`language-<code>`), so a resident who reads no Finnish still finds theirs.
Choosing one switches the whole interface (kiosk.ui.shell.i18n.Language) and
the window returns to the screen the resident came from; "Back" returns
without a change. The session's end resets the language as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.core.languages import LANGUAGES, NATIVE_NAMES
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.widgets import BigButton, scrolling_column

# Languages on home as buttons of their own; the rest only on this screen.
ON_HOME = 3


class LanguagePicker(QWidget):
    """Emits `chosen(code)` after a tap on a language, `cancelled` after Back."""

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, languages: list[str], language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-picker")
        self.setProperty("screen", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._language = language
        self._title = QLabel(self)
        self._title.setObjectName("language-picker-title")
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self.buttons: dict[str, BigButton] = {}
        grid_host = QWidget(self)
        grid_host.setProperty("screen", True)
        self._grid = QGridLayout(grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        for code in languages:
            button = BigButton(f"language-{code}", grid_host)
            button.setCheckable(True)
            # Each name in its own direction: Arabic and Persian names are shaped right to left
            # even while the screen itself is left to right.
            rtl = LANGUAGES[code].rtl if code in LANGUAGES else False
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.buttons[code] = button
        self.back_button = BigButton("language-back", self)
        self.back_button.clicked.connect(self.cancelled)
        self._columns = 0
        column = scrolling_column(self, [self._title, grid_host, self.back_button])
        column.setContentsMargins(48, 24, 48, 24)
        column.setSpacing(16)
        column.addWidget(self._title)
        column.addWidget(grid_host)
        # Back right under the choices (not at the foot of a tall portrait screen).
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        column.addStretch(1)
        language.changed.connect(self.retranslate)
        self.retranslate()

    def _choose(self, code: str) -> None:
        self.chosen.emit(code)

    def _arrange(self) -> None:
        # Three columns on a landscape screen (nine languages in three rows, Back still on the
        # screen at 1280x800 with the largest text), two in portrait: big targets, never nine in a row.
        columns = 3 if self.width() >= 1200 else (2 if self.width() >= 600 else 1)
        if columns == self._columns:
            return
        self._columns = columns
        for i, button in enumerate(self.buttons.values()):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._arrange()

    def focus_current(self) -> None:
        """Keyboard focus on the language shown now (Tab goes on to the others)."""
        current = self.buttons.get(self._language.code)
        (current or self.back_button).setFocus()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Choose a language"))
        self.setAccessibleName(self._title.text())
        for code, button in self.buttons.items():
            name = NATIVE_NAMES.get(code, code)
            button.set_label(name, name)
            button.setChecked(code == self._language.code)
        self.back_button.set_label(self.tr("← Back"), self.tr("Back without changing the language"))
