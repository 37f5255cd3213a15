"""The two buttons a resident touches: a big push button and a home-screen tile.

Both activate with Enter and Return as well as Space, because people who use a
keyboard expect Enter to press the focused button. Both wrap their label onto
more lines when the room is narrow (large text, Swedish, portrait) instead of
clipping or eliding it: a QPushButton cannot wrap, so `BigButton` breaks its
label itself at the lines Qt's own text layout would choose, and tells its
layout the height that needs (height-for-width).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (QLabel, QPushButton, QScrollArea, QScroller, QSizePolicy, QStyle, QStyleOptionButton,
                               QToolButton, QVBoxLayout, QWidget)

from kiosk.ui.shell.icons import tile_icon
from kiosk.ui.shell.theme import MIN_TARGET_PX, tile_text_px

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Content as wide as this measures the style's padding, border and min-width apart.
_PROBE = 4000
# The narrowest button: a touch target of 9 mm and a margin. Not a style sheet min-width:
# that would become the widget's explicit minimum, and a layout would squeeze a long
# word below it (QLayout prefers an explicit minimum to minimumSizeHint).
_MIN_BUTTON_PX = MIN_TARGET_PX + 20
# Inside a tile: the widest border the style sheet draws (the focus ring), the gap between icon and label.
_TILE_BORDER_PX = 8
_TILE_GAP_PX = 8


def wrap_text(text: str, font: QFont, width: float) -> list[str]:
    """`text` in lines no wider than `width`, broken where Qt's layout breaks (spaces, hyphens).

    A part that cannot be broken stays whole on its own line, even when wider.
    """
    return list(_wrap_cached(text, font.toString(), tuple(font.families()), int(width)))


@lru_cache(maxsize=4096)
def _wrap_cached(text: str, font_key: str, families: tuple[str, ...], width: int) -> tuple[str, ...]:
    # Layouts ask the same (label, font, width) many times in one pass.
    font = QFont()
    font.fromString(font_key)
    if families:
        # toString() keeps only the first family: the fallbacks (the packaged
        # Arabic face, the arrows' subset) must measure as they are drawn.
        font.setFamilies(list(families))
    return tuple(_wrap(text, font, width))


def _wrap(text: str, font: QFont, width: float) -> list[str]:
    if not text:
        return [""]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
        layout.endLayout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].strip())
    return lines


def _glue_symbols(text: str) -> str:
    """Keep an arrow or a sign on the line of its word ("← Back", "Next →")."""
    text = re.sub(r"^(\W) ", "\\1\u00a0", text)
    return re.sub(r" (\W)$", "\u00a0\\1", text)


def widest_part(text: str, font: QFont) -> int:
    """Pixels of the widest piece of `text` that cannot be broken onto two lines."""
    return max(QFontMetrics(font).horizontalAdvance(part) for part in wrap_text(text, font, 1))


def touch_scrolling(area: QScrollArea) -> None:
    """A finger drags `area`, and its bar is wide, with a handle that stands out on both themes.

    For screens that scroll at large text sizes (home, the guides list): the
    resident must see that there is more, and reach it with a finger.
    Called before `area.setWidget()`: the viewport is replaced here.
    """
    # Start-up time: the first QWidget that C++ made and Python is handed
    # (area.viewport()) costs PySide6 ~13 ms once (it sets up every QtWidgets
    # subclass to find the widget's type); home's scroll area is in the first
    # frame. A viewport made here is the same as QScrollArea's own.
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")   # what Qt names its own; style sheets look for it
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole)   # as QScrollArea's constructor sets it
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)   # deletes the old one, and with it a widget already set
    area.setStyleSheet(
        "QScrollBar:vertical { width: 44px; background: transparent; margin: 0; }"
        "QScrollBar::handle:vertical { background: #808080; border-radius: 8px; min-height: 80px; }"
        "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }")
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)


def scrolling_column(owner: QWidget, children: list[QWidget]) -> QVBoxLayout:
    """A column for `children` that scrolls when `owner` is too low for it; the caller fills the layout.

    A message panel beside a guide in portrait, at the largest text, can need
    more height than it has: it scrolls rather than cut its words.
    """
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget(scroll)
    content.setProperty("screen", True)
    for child in children:
        child.setParent(content)
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(content)


class BigButton(QPushButton):
    """A push button with an objectName, an accessible name, Enter to press, and a label that wraps."""

    def __init__(self, object_name: str, parent: QWidget | None = None, *, role: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Preferred: a row that is too narrow may shrink the button to its longest word.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._label = ""
        # Sizes by label, font and width: layouts ask for them many times in one pass.
        self._cache: dict = {}
        # "← Back" keeps its arrow on the line of its word; a crowded bar may let it go above.
        self._glue = True
        if role:
            self.setProperty("role", role)

    # -- the label ------------------------------------------------------------------

    @property
    def glue_symbols(self) -> bool:
        """Keep a leading or trailing sign ("← Back") on the line of its word."""
        return self._glue

    @glue_symbols.setter
    def glue_symbols(self, on: bool) -> None:
        if on != self._glue:
            self._glue = on
            self._cache.clear()
            self._wrap()
            self.updateGeometry()

    def set_label(self, text: str, accessible: str | None = None) -> None:
        """Set the visible text and the name a screen reader says."""
        self.setAccessibleName(accessible or text.replace("&", ""))
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override, for callers in Python)
        self._label = text
        self._cache.clear()
        self._wrap()
        self.updateGeometry()

    def text(self) -> str:  # noqa: D401 (Qt override, for callers in Python)
        """The whole label (the lines drawn are `shown_text`)."""
        return self._label

    def shown_text(self) -> str:
        """The label as drawn: broken into lines that fit the button."""
        return super().text()

    def _overhead(self) -> QSize:
        """Padding, border and margins around the text: what the style's contents rect leaves out."""
        cached = self._cache.get("overhead")
        if cached is not None:
            return cached
        self._cache["overhead"] = self._measure_overhead()
        return self._cache["overhead"]

    def _measure_overhead(self) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, _PROBE, _PROBE)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return QSize(_PROBE - inner.width(), _PROBE - inner.height())

    def _size_for(self, lines: list[str]) -> QSize:
        key = ("size", tuple(lines))
        if key not in self._cache:
            self._cache[key] = self._measure(lines)
        return self._cache[key]

    def _measure(self, lines: list[str]) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        content = metrics.size(Qt.TextFlag.TextShowMnemonic, "\n".join(lines))
        content.setHeight(max(content.height(), metrics.height()))
        # The style's own size keeps its min-width and min-height; the contents rect decides the room.
        styled = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, self)
        return styled.expandedTo(content + self._overhead()).expandedTo(QSize(_MIN_BUTTON_PX, _MIN_BUTTON_PX))

    def _lines_for(self, width: int) -> list[str]:
        key = ("lines", width)
        if key not in self._cache:
            room = width - self._overhead().width()
            self._cache[key] = wrap_text(self._glued(), self.font(), room)
        return self._cache[key]

    def _wrap(self) -> None:
        lines = self._lines_for(self.width()) if self.width() > 0 and self.isVisible() else [self._label]
        shown = "\n".join(lines)
        if shown != super().text():
            super().setText(shown)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size_for(self._glued().split("\n"))

    def _glued(self) -> str:
        return _glue_symbols(self._label) if self._glue else self._label

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # As narrow as the longest word, as high as the lines that width needs.
        if "min" not in self._cache:
            longest = max(wrap_text(self._glued(), self.font(), 1), key=self.fontMetrics().horizontalAdvance)
            width = self._size_for([longest]).width()
            self._cache["min"] = QSize(width, self.heightForWidth(width))
        return self._cache["min"]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._size_for(self._lines_for(width)).height()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._wrap()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._wrap()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange, event.Type.PaletteChange):
            self._cache.clear()
            self._wrap()
            self.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in _ACTIVATE and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


class TileButton(QToolButton):
    """A large home-screen tile: icon above its label, the label wrapped and never elided.

    QToolButton elides a label that does not fit ("Suo…den"), so the tile
    draws no text of its own: a word-wrapped QLabel inside it shows the label,
    always in the tile type of the text size (never smaller to fit: the home
    screen gives the tile more columns, rows or scrolling instead), and the
    icon takes the height that is left, never less than `icon_min_px`.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # Ignored: the grid's equal stretch decides the width, not the label's length.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self._icon = QLabel(self)
        self._icon.setObjectName("tile-icon")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(self)
        self.label.setObjectName("tile-label")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for child in (self._icon, self.label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(_TILE_GAP_PX)
        box.addStretch(1)
        box.addWidget(self._icon)
        box.addWidget(self.label)
        box.addStretch(1)
        self._icon_name = ""
        self._icon_colour = ""
        self._icon_px = 0
        self._text_px = tile_text_px(22)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self._fit()

    def text(self) -> str:  # noqa: D401 (Qt override, for callers in Python)
        """The label (the tool button itself draws no text)."""
        return self.label.text()

    def set_text_px(self, body_px: int) -> None:
        """Follow the body text size: the label is drawn in `tile_text_px(body_px)`."""
        self._text_px = tile_text_px(body_px)
        self.label.setStyleSheet(f"font-size: {self._text_px}px;")
        self._fit()

    @property
    def icon_min_px(self) -> int:
        """The smallest icon the tile draws: it grows with the text, so it stays in proportion."""
        return max(48, round(self._text_px * 1.4))

    def label_font(self) -> QFont:
        font = QFont(self.label.font())
        font.setPixelSize(self._text_px)
        return font

    def min_width(self) -> int:
        """The narrowest tile that shows every word of its label whole (a word is never broken)."""
        chrome = -self.text_room(0)   # margins and border around the label
        return widest_part(self.label.text(), self.label_font()) + chrome

    def text_room(self, width: int) -> int:
        """Pixels the label may use across a tile `width` wide."""
        margins = self.layout().contentsMargins()
        return width - margins.left() - margins.right() - 2 * _TILE_BORDER_PX

    def needed_height(self, width: int) -> int:
        """The height a tile `width` wide needs for its whole label and its smallest icon."""
        margins = self.layout().contentsMargins()
        font = self.label_font()
        lines = len(wrap_text(self.label.text(), font, self.text_room(width)))
        return (margins.top() + margins.bottom() + 2 * _TILE_BORDER_PX + self.icon_min_px + _TILE_GAP_PX
                + lines * QFontMetrics(font).lineSpacing())

    def set_icon_source(self, name: str, colour: str) -> None:
        """Icon name and colour; drawn at a size that follows the tile's size."""
        self._icon_name, self._icon_colour, self._icon_px = name, colour, 0
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # The home screen sets the minimum height its columns need (HomeScreen._relayout).
        return QSize(0, 0)

    def _fit(self) -> None:
        margins = self.layout().contentsMargins()
        room_w = self.text_room(self.width())
        room_h = self.height() - margins.top() - margins.bottom() - 2 * _TILE_BORDER_PX
        if room_w <= 0 or room_h <= 0 or not self._icon_name:
            self._icon.setVisible(False)
            return
        font = self.label_font()
        height = len(wrap_text(self.label.text(), font, room_w)) * QFontMetrics(font).lineSpacing()
        # The icon takes what the label leaves, up to 160 px; never less than its minimum.
        icon_px = max(self.icon_min_px, min(160, int(room_h - height - _TILE_GAP_PX), int(room_w * 0.5)))
        self._icon.setVisible(True)
        if icon_px != self._icon_px:
            self._icon_px = icon_px
            self._icon.setPixmap(tile_icon(self._icon_name, self._icon_colour, icon_px).pixmap(icon_px))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in _ACTIVATE and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)
