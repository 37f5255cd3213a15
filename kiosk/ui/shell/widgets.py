"""The two buttons a resident touches: a big push button and a home-screen tile.

Both activate with Enter and Return as well as Space, because people who use a
keyboard expect Enter to press the focused button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolButton, QWidget

from kiosk.ui.shell.icons import tile_icon

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class BigButton(QPushButton):
    """A push button with an objectName, an accessible name, and Enter to press."""

    def __init__(self, object_name: str, parent: QWidget | None = None, *, role: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if role:
            self.setProperty("role", role)

    def set_label(self, text: str, accessible: str | None = None) -> None:
        """Set the visible text and the name a screen reader says."""
        self.setText(text)
        self.setAccessibleName(accessible or text.replace("&", ""))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in _ACTIVATE and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


class TileButton(QToolButton):
    """A large home-screen tile: icon above its label."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        # Ignored: the grid's equal stretch decides the width, not the label's length.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setIconSize(QSize(96, 96))

        self._icon_name = ""
        self._icon_colour = ""
        self._icon_px = 0

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def set_icon_source(self, name: str, colour: str) -> None:
        """Icon name and colour; drawn at a size that follows the tile's size."""
        self._icon_name, self._icon_colour, self._icon_px = name, colour, 0
        self._render_icon()

    def _render_icon(self) -> None:
        if not self._icon_name:
            return
        px = max(40, min(160, int(min(self.height() * 0.42, self.width() * 0.5))))
        if px == self._icon_px:
            return
        self._icon_px = px
        self.setIconSize(QSize(px, px))
        self.setIcon(tile_icon(self._icon_name, self._icon_colour, px))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._render_icon()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in _ACTIVATE and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)
