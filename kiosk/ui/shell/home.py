"""The home screen: the site's name, big service tiles, language and accessibility.

The tiles fill the space without scrolling from 1280x800 to 1920x1080 and in
portrait at the normal text size: the grid picks the number of columns that
gives the largest tiles whose labels fit word by word. Larger text is larger
everywhere: a tile's name and icon never shrink to fit; when they no longer
fit, the grid takes fewer columns (two-line names) and the screen scrolls.
The language and settings buttons sit beside the site's name when there is
room, else on a row of their own, else on two rows (languages, then
settings); their labels wrap rather than clip.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLayout, QLayoutItem, QScrollArea, QVBoxLayout,
                               QWidget)

from kiosk.core.config.site import Config
from kiosk.core.languages import NATIVE_NAMES
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.language_picker import ON_HOME
from kiosk.ui.shell.text_size import TextSizeControl
from kiosk.ui.shell.widgets import BigButton, TileButton, touch_scrolling, widest_part

# A tile is best a little wider than tall.
_TILE_ASPECT = 1.5


def best_columns(count: int, width: int, height: int, spacing: int = 24, min_cell_w: int = 0,
                 need: Callable[[float], int] = lambda _w: 0) -> int:
    """Columns that give the largest tiles of the preferred shape in width x height.

    A column count whose cells are narrower than `min_cell_w` (the longest word
    of a label) is taken only when even one column is that narrow. `need(cell_w)`
    is the height a tile that wide needs (its whole label and its icon): among
    the counts whose tiles all fit in `height`, the largest tiles win; when none
    fits (large text on a low screen) the one that needs the least scrolling.
    """
    best, best_score = 1, (False, -math.inf)
    for cols in range(1, max(1, count) + 1):
        rows = math.ceil(count / cols)
        cell_w = (width - spacing * (cols - 1)) / cols
        if cols > 1 and cell_w < min_cell_w:
            continue
        cell_h = (height - spacing * (rows - 1)) / rows
        tile_h = need(cell_w)
        if tile_h <= cell_h:
            score = (True, min(cell_w / _TILE_ASPECT, cell_h))
        else:
            score = (False, -(rows * tile_h + spacing * (rows - 1)))
        if score > best_score:
            best, best_score = cols, score
    return best


def _item_height(item: QLayoutItem, width: int) -> int | None:
    """The height a layout item takes at `width` (None: hidden, takes nothing)."""
    if item.isEmpty():
        return None
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


class HomeScreen(QWidget):
    """Home: emits `tile_chosen(tile_id)` when a resident taps a tile."""

    tile_chosen = Signal(str)
    languages_wanted = Signal()   # "Other languages": the window opens the language picker

    def __init__(self, config: Config, language: Language, appearance: Appearance,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.setProperty("screen", True)
        self._config = config
        self._language = language
        self._appearance = appearance
        self._columns = 0

        # Everything scrolls when it needs more height than the screen has (the largest text).
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("home-scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        touch_scrolling(self._scroll)
        self._page = QWidget(self._scroll)
        self._page.setProperty("screen", True)
        self._scroll.setWidget(self._page)
        self._relaying = False
        self._tiles: list[TileButton] = []
        self._scroll.viewport().installEventFilter(self)
        self._page.installEventFilter(self)

        self._title = QLabel(self._page)
        self._title.setObjectName("site-name")
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        self._prompt = QLabel(self._page)
        self._prompt.setObjectName("home-prompt")
        self._prompt.setWordWrap(True)

        self._lang_buttons: dict[str, BigButton] = {}
        for code in config.languages[:ON_HOME]:
            button = BigButton(f"lang-{code}", self._page)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=code: self._language.set(c))
            self._lang_buttons[code] = button
        # The other languages are on the language picker (kiosk.ui.shell.language_picker).
        self.more_languages: BigButton | None = None
        if len(config.languages) > ON_HOME:
            self.more_languages = BigButton("lang-more", self._page)
            self.more_languages.clicked.connect(self.languages_wanted)
        self._text_size = TextSizeControl(appearance, self._page)
        self._contrast = BigButton("contrast", self._page)
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
        for tile in config.tiles:
            button = TileButton(f"tile-{tile.id}", self._page)
            button.clicked.connect(lambda _=False, t=tile.id: self.tile_chosen.emit(t))
            self._tiles.append(button)

        self._box = QVBoxLayout(self._page)
        self._box.setContentsMargins(32, 24, 32, 32)
        self._box.setSpacing(16)
        self._box.addLayout(top)
        self._box.addWidget(self._prompt)
        self._box.addLayout(self._grid, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

        language.changed.connect(self.retranslate)
        appearance.changed.connect(self._restyle)
        self.retranslate()
        self._restyle()

    def add_under_prompt(self, row: QLayout) -> None:
        """A row under the prompt, above the tiles (the help feature's hours line and helpers' entrance)."""
        self._box.insertLayout(self._box.indexOf(self._prompt) + 1, row)

    def _controls(self) -> list[QWidget]:
        return [*self._lang_buttons.values(), self._text_size, self._contrast]

    def _room_width(self) -> int:
        """The width for the columns, as if the scroll bar were shown.

        Measured with the bar when it is there and without it when it is not, the
        columns took turns: with the bar fewer columns, a taller page that keeps
        the bar; without it more columns, a page that fits and drops the bar. At
        1920x1080 and the largest text, with the help strip shown, the interface
        thread went round that for ever (found by the screen audit).
        """
        margins = self._box.contentsMargins()
        width = self._scroll.viewport().width()
        bar = self._scroll.verticalScrollBar()
        if not bar.isVisibleTo(self._scroll):
            width -= bar.sizeHint().width()
        return width - margins.left() - margins.right()

    def _arrange_top(self) -> None:
        """Put the name and the buttons on as few rows as let every word show whole."""
        width = self._room_width()
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
        langs = list(self._lang_buttons.values()) + ([self.more_languages] if self.more_languages else [])
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
        if self.more_languages is not None:
            self.more_languages.set_label(self.tr("Other languages"), self.tr("Other languages: open the list"))
        self._text_size.retranslate()
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

    def _room_for_tiles(self, width: int) -> int:
        """The height the viewport leaves the grid: less everything above it, and the margins."""
        box = self._box
        margins = box.contentsMargins()
        used = margins.top() + margins.bottom()
        grid_at = box.indexOf(self._grid)
        for i in range(box.count()):
            height = _item_height(box.itemAt(i), width) if i != grid_at else 0
            if height is not None:
                used += height + (box.spacing() if i != grid_at else 0)
        return max(0, self._scroll.viewport().height() - used)

    def _relayout(self) -> None:
        if self._relaying or not self._tiles:
            return
        self._relaying = True
        try:
            self._place_tiles()
        finally:
            self._relaying = False

    def _place_tiles(self) -> None:
        self._arrange_top()
        width = self._room_width()
        height = self._room_for_tiles(width)
        spacing = self._grid.spacing()
        need = lambda cell_w: max(t.needed_height(int(cell_w)) for t in self._tiles)  # noqa: E731
        narrowest = max(t.min_width() for t in self._tiles)
        cols = best_columns(len(self._tiles), width, height, spacing, narrowest, need)
        # Every tile at least as high as its label and icon need: the screen scrolls, the type stays.
        tile_h = need((width - spacing * (cols - 1)) / cols)
        for button in self._tiles:
            if button.minimumHeight() != tile_h:
                button.setMinimumHeight(tile_h)
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
        self._box.activate()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # The viewport's size, or a button's size (text size, language), changed: the rows may have to.
        kind = event.type()
        if (kind == QEvent.Type.Resize and obj is self._scroll.viewport()) or (
                kind == QEvent.Type.LayoutRequest and obj is self._page and self.isVisible()):
            self._relayout()
        return False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Every visit starts at the top: the name, the languages and the text size.
        self._scroll.verticalScrollBar().setValue(0)
        self._relayout()
