"""The bar on every screen: Home, Back (while browsing), Guides, Ask for help, End session."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.core.languages import NATIVE_NAMES
from kiosk.core.session.pin_lockout import CORNER_PX
from kiosk.ui.shell.bar_layout import FoldingBarLayout
from kiosk.ui.shell.i18n import Language, directional
from kiosk.ui.shell.icons import tile_icon
from kiosk.ui.shell.widgets import BigButton


class NavBar(QWidget):
    """Emits one signal per button; knows nothing of what they do."""

    home = Signal()
    back = Signal()
    guides = Signal()
    help = Signal()
    end_session = Signal()
    languages = Signal()   # the language button: the window opens the language picker

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.btn_home = BigButton("nav-home", self)
        self.btn_back = BigButton("nav-back", self)
        self.btn_guides = BigButton("nav-guides", self)
        self.btn_help = BigButton("nav-help", self)
        # A globe (the sign for languages in any script) that opens the language picker; its
        # accessible name says the current language. Hidden on a one-language site. An icon, not the
        # language's name: in portrait at the largest text a sixth word would push the bar off the screen.
        self.btn_language = BigButton("nav-language", self)
        self.btn_language.setIcon(tile_icon("generic", "#FFFFFF", 96))
        self.btn_language.setIconSize(QSize(44, 44))
        self.btn_end = BigButton("nav-end-session", self, role="danger")
        for button in (self.btn_home, self.btn_back):
            # In a crowded bar (portrait, long words) the sign may stand above its word.
            button.glue_symbols = False
        # One row while it fits; folded into two (or more) rows when it does not, so the bar
        # never makes the window wider than the screen (portrait, largest text, long words).
        row = FoldingBarLayout(self)
        # The admin gesture's corner stays empty: Home starts to the right of it.
        row.setContentsMargins(CORNER_PX + 12, 10, 16, 10)
        row.setSpacing(10)
        for button in (self.btn_home, self.btn_back):
            row.add_lead(button)
        for button in (self.btn_language, self.btn_guides, self.btn_help, self.btn_end):
            row.add_trail(button)
        self.btn_home.clicked.connect(self.home)
        self.btn_back.clicked.connect(self.back)
        self.btn_guides.clicked.connect(self.guides)
        self.btn_help.clicked.connect(self.help)
        self.btn_end.clicked.connect(self.end_session)
        self.btn_language.clicked.connect(self.languages)
        self.btn_back.hide()
        self._language = language
        language.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.btn_home.set_label(self.tr("⌂ Home"), self.tr("Home"))
        self.btn_back.set_label(directional(self.tr("← Back")), self.tr("Back"))
        self.btn_guides.set_label(self.tr("Guides"))
        self.btn_help.set_label(self.tr("Ask for help"))
        self.btn_end.set_label(self.tr("End session"))
        name = NATIVE_NAMES.get(self._language.code, self._language.code)
        self.btn_language.set_label("", self.tr("Language: %1. Choose another language").replace("%1", name))

    def set_browsing(self, browsing: bool) -> None:
        """Back is shown only while a service is open."""
        self.btn_back.setVisible(browsing)
