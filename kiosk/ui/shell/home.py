"""The home screen: the site's name, big service tiles, language and accessibility.

The tiles fill the space without scrolling from 1280x800 to 1920x1080 and in
portrait: the grid picks the number of columns that gives the largest tiles
whose labels still fit word by word. The language and settings buttons sit
beside the site's name when there is room, else on a row of their own, else
on two rows (languages, then settings); their labels wrap rather than clip.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.config import Config
from kiosk.core.languages import NATIVE_NAMES
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.widgets import BigButton, TileButton, widest_part

# A tile is best a little wider than tall.
_TILE_ASPECT = 1.5


# The tile's padding and border around its label (see TileButton._fit).
_TILE_CHROME_PX = 48


def best_columns(count: int, width: int, height: int, spacing: int = 24, min_cell_w: int = 0) -> int:
    """Columns that give the largest tiles of the preferred shape in width x height.

    A column count whose cells are narrower than `min_cell_w` (the longest word
    of a label) is taken only when even one column is that narrow.
    """
    best, best_size = 1, -1.0
    for cols in range(1, max(1, count) + 1):
        rows = math.ceil(count / cols)
        cell_w = (width - spacing * (cols - 1)) / cols
        if cols > 1 and cell_w < min_cell_w:
            continue
        cell_h = (height - spacing * (rows - 1)) / rows
        size = min(cell_w / _TILE_ASPECT, cell_h)
        if size > best_size:
            best, best_size = cols, size
    return best


class HomeScreen(QWidget):
    """Home: emits `tile_chosen(tile_id)` when a resident taps a tile."""

    tile_chosen = Signal(str)

    def __init__(self, config: Config, language: Language, appearance: Appearance,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.setProperty("screen", True)
        self._config = config
        self._language = language
        self._appearance = appearance
        self._columns = 0

        self._title = QLabel(self)
        self._title.setObjectName("site-name")
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self._prompt = QLabel(self)
        self._prompt.setObjectName("home-prompt")
        self._prompt.setWordWrap(True)

        self._lang_buttons: dict[str, BigButton] = {}
        for code in config.languages:
            button = BigButton(f"lang-{code}", self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=code: self._language.set(c))
            self._lang_buttons[code] = button
        self._text_size = BigButton("text-size", self)
        self._text_size.clicked.connect(appearance.next_text_size)
        self._contrast = BigButton("contrast", self)
        self._contrast.setCheckable(True)
        self._contrast.toggled.connect(appearance.set_high_contrast)
        # Rows filled by _arrange_top: [name + buttons] or [name] [buttons] or [name] [languages] [settings].
        top = QVBoxLayout()
        top.setSpacing(12)
        self._top_rows = [QHBoxLayout() for _ in range(3)]
        for row in self._top_rows:
            row.setSpacing(12)
            top.addLayout(row)
        self._top_mode = ""

        self._grid = QGridLayout()
        self._grid.setSpacing(24)
        self._tiles: list[TileButton] = []
        for tile in config.tiles:
            button = TileButton(f"tile-{tile.id}", self)
            button.clicked.connect(lambda _=False, t=tile.id: self.tile_chosen.emit(t))
            self._tiles.append(button)
        for button in self._tiles:
            button.peers = self._tiles

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 32)
        outer.setSpacing(16)
        outer.addLayout(top)
        outer.addWidget(self._prompt)
        outer.addLayout(self._grid, 1)

        language.changed.connect(self.retranslate)
        appearance.changed.connect(self._restyle)
        self.retranslate()
        self._restyle()

    def _controls(self) -> list[BigButton]:
        return [*self._lang_buttons.values(), self._text_size, self._contrast]

    def _arrange_top(self) -> None:
        """Put the name and the buttons on as few rows as let every word show whole."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        controls = self._controls()
        gaps = 12 * (len(controls) - 1) + 16
        wanted = sum(b.sizeHint().width() for b in controls) + gaps
        title_room = max(320, widest_part(self._title.text(), self._title.font()))
        if wanted + title_room + 12 <= width:
            mode = "one"
        elif wanted <= width:
            mode = "two"
        else:
            mode = "three"
        if mode == self._top_mode:
            return
        self._top_mode = mode
        for row in self._top_rows:
            while row.count():
                row.takeAt(0)
        first, second, third = self._top_rows
        first.addWidget(self._title, 1)
        langs = list(self._lang_buttons.values())
        settings = [self._text_size, self._contrast]
        if mode == "one":
            for b in langs:
                first.addWidget(b)
            first.addSpacing(16)
            for b in settings:
                first.addWidget(b)
        elif mode == "two":
            # No stretch factors: the row shares its width by the labels' lengths.
            for b in langs:
                second.addWidget(b)
            second.addSpacing(16)
            for b in settings:
                second.addWidget(b)
        else:
            for b in langs:
                second.addWidget(b)
            for b in settings:
                third.addWidget(b)

    def tiles(self) -> list[TileButton]:
        return list(self._tiles)

    def retranslate(self) -> None:
        lang = self._language.code
        self._title.setText(self._config.site_name_in(lang))
        self._prompt.setText(self.tr("Choose a service. Tap a button."))
        for code, button in self._lang_buttons.items():
            button.set_label(NATIVE_NAMES[code], self.tr("Language: %1").replace("%1", NATIVE_NAMES[code]))
            button.setChecked(code == lang)
        sizes = (self.tr("Text size: normal"), self.tr("Text size: large"), self.tr("Text size: largest"))
        step = self._appearance.text_step
        self._text_size.set_label(self.tr("A+ Text size"), sizes[step])
        self._contrast.set_label(self.tr("High contrast"))
        self._contrast.setAccessibleDescription(
            self.tr("On") if self._appearance.high_contrast else self.tr("Off"))
        for tile, button in zip(self._config.tiles, self._tiles):
            button.set_label(tile.label.get(lang) or tile.label.get(self._config.default_language, tile.id))
        self._top_mode = ""
        self._columns = 0
        if self.isVisible():
            self._relayout()

    def _restyle(self) -> None:
        theme = self._appearance.theme
        self._contrast.blockSignals(True)
        self._contrast.setChecked(self._appearance.high_contrast)
        self._contrast.blockSignals(False)
        for button in self._tiles:
            button.set_text_px(self._appearance.text_px)
        self._update_icons(theme.tile_text)
        self.retranslate()

    def _update_icons(self, colour: str) -> None:
        for tile, button in zip(self._config.tiles, self._tiles):
            button.set_icon_source(tile.icon, colour)

    def _relayout(self) -> None:
        self._arrange_top()
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        top = self.layout().itemAt(0).layout()
        used = top.totalHeightForWidth(width) if top.hasHeightForWidth() else top.sizeHint().height()
        used += self._prompt.heightForWidth(width) + 2 * 16
        height = max(100, self.height() - margins.top() - margins.bottom() - used)
        font = self._tiles[0].label.font() if self._tiles else self.font()
        font.setPixelSize(self._appearance.text_px)
        longest = max((widest_part(b.text(), font) for b in self._tiles), default=0)
        cols = best_columns(len(self._tiles), width, height, self._grid.spacing(), longest + _TILE_CHROME_PX)
        if cols == self._columns:
            return
        self._columns = cols
        for button in self._tiles:
            self._grid.removeWidget(button)
        for i, button in enumerate(self._tiles):
            self._grid.addWidget(button, i // cols, i % cols)
        for c in range(len(self._tiles)):
            self._grid.setColumnStretch(c, 1 if c < cols else 0)
        # Tab order follows reading order: left to right, top to bottom.
        for a, b in zip(self._tiles, self._tiles[1:]):
            QWidget.setTabOrder(a, b)
        # Place them now, not on a later turn of the event loop: no frame with empty tiles.
        self.layout().activate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._relayout()

    def event(self, event) -> bool:  # noqa: N802 (Qt override)
        # A button's size changed (text size, language): the rows may have to change.
        if event.type() == event.Type.LayoutRequest and self.isVisible():
            self._relayout()
        return super().event(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._relayout()
