"""The list of guides (`guides`): big buttons grouped by service, with the tiles' icons.

Each group has the service's tile icon and label in the current language
("General" for guides that belong to no single service); inside a group the
guides follow their `order`, then their titles. Titles wrap onto several lines
(BigButton's own wrapping, the one every button uses) instead of being cut, so
long Finnish words and the largest text size fit.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QScrollArea, QScroller, QSizePolicy, QVBoxLayout, QWidget,
)

from kiosk.core.config.site import Config
from kiosk.core.guides.catalog import GuideCatalog
from kiosk.core.guides import GENERAL_SERVICE
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.icons import tile_icon
from kiosk.ui.shell.widgets import BigButton, touch_scrolling

# A column of guide buttons needs about this much room to read comfortably.
_COLUMN_PX = 540
_ICON_PX = 48


class GuideButton(BigButton):
    """`guide-<id>`: a guide's title on a big button, wrapped to the button's width (by BigButton)."""

    def __init__(self, guide_id: str, parent: QWidget | None = None) -> None:
        super().__init__(f"guide-{guide_id}", parent, role="guide")
        self.guide_id = guide_id
        self._title = ""
        # Ignored across: the grid's equal columns decide the width, not the title's length.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setStyleSheet("text-align: left;")

    @property
    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        # "&" in a title is a letter, not a keyboard shortcut.
        self.set_label(title.replace("&", "&&"), title)


class _GroupHeader(QWidget):
    """A service's icon and name over its guides."""

    def __init__(self, service: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"guides-group-{service}")
        self.service = service
        self.icon = QLabel(self)
        self.icon.setFixedSize(QSize(_ICON_PX, _ICON_PX))
        self.label = QLabel(self)
        self.label.setProperty("role", "title")
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 16, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)


class GuideList(QScrollArea):
    """Emits `chosen(guide_id)` when a guide's button is pressed."""

    chosen = Signal(str)

    def __init__(self, config: Config, catalog: GuideCatalog, language: Language, appearance: Appearance,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # At the largest text the list is longer than the screen: a finger scrolls it.
        touch_scrolling(self)
        self._config = config
        self._catalog = catalog
        self._language = language
        self._appearance = appearance
        self._service: str | None = None
        self._columns = 0

        content = QWidget(self)
        content.setProperty("screen", True)
        self._box = QVBoxLayout(content)
        self._box.setContentsMargins(0, 0, 8, 16)
        self._box.setSpacing(12)
        self._headers: dict[str, _GroupHeader] = {}
        self._grids: dict[str, QGridLayout] = {}
        self._buttons: dict[str, GuideButton] = {}
        for service in catalog.services():
            header = _GroupHeader(service, content)
            grid = QGridLayout()
            grid.setSpacing(16)
            self._headers[service] = header
            self._grids[service] = grid
            self._box.addWidget(header)
            self._box.addLayout(grid)
            for guide in catalog.for_service(service, language.code):
                button = GuideButton(guide.id, content)
                button.clicked.connect(lambda _=False, g=guide.id: self.chosen.emit(g))
                self._buttons[guide.id] = button
        self._box.addStretch(1)
        self.setWidget(content)

        language.changed.connect(self.retranslate)
        appearance.changed.connect(self._restyle)
        self._restyle()

    def buttons(self) -> dict[str, GuideButton]:
        return dict(self._buttons)

    def visible_ids(self) -> list[str]:
        """Guide ids in the order they are listed now (the filter applied)."""
        lang = self._language.code
        return [g.id for group in self._catalog.groups(lang, self._service) for g in group.guides]

    def set_service(self, service: str | None) -> None:
        """Show only one service's guides (None: all of them)."""
        self._service = service
        self._relayout(force=True)

    def back_to_top(self) -> None:
        """The next resident's list opens at its top, where its first guide has the focus."""
        QScroller.scroller(self.viewport()).stop()   # a flick still going would scroll it down again
        self.verticalScrollBar().setValue(0)

    def service_label(self, service: str) -> str:
        """The tile's label in the current language ("General" for general guides)."""
        if service == GENERAL_SERVICE:
            return self.tr("General")
        lang = self._language.code
        for tile in self._config.tiles:
            if tile.id == service:
                return tile.label.get(lang) or tile.label.get(self._config.default_language) or tile.id
        return service

    def _tile_icon_name(self, service: str) -> str:
        for tile in self._config.tiles:
            if tile.id == service:
                return tile.icon
        return "generic"

    def retranslate(self) -> None:
        lang = self._language.code
        for service, header in self._headers.items():
            header.label.setText(self.service_label(service))
        for guide in self._catalog:
            button = self._buttons.get(guide.id)
            if button is not None:
                button.set_title(guide.title(lang, self._config.default_language))
        self._relayout(force=True)

    def _restyle(self) -> None:
        colour = self._appearance.theme.text
        for service, header in self._headers.items():
            header.icon.setPixmap(tile_icon(self._tile_icon_name(service), colour, _ICON_PX).pixmap(_ICON_PX))
        self.retranslate()

    def _relayout(self, force: bool = False) -> None:
        width = self.viewport().width()
        columns = max(1, min(2, width // _COLUMN_PX)) if width > 0 else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        lang = self._language.code
        shown = {group.service: group.guides for group in self._catalog.groups(lang, self._service)}
        previous: QWidget | None = None
        for service, grid in self._grids.items():
            header = self._headers[service]
            guides = shown.get(service, ())
            # One service only: the screen's heading names it already.
            header.setVisible(bool(guides) and self._service is None)
            for guide in self._catalog.for_service(service, lang):
                button = self._buttons[guide.id]
                grid.removeWidget(button)
                button.hide()
            for i, guide in enumerate(guides):
                button = self._buttons[guide.id]
                grid.addWidget(button, i // columns, i % columns)
                button.show()
                # Tab order follows reading order.
                if previous is not None:
                    QWidget.setTabOrder(previous, button)
                previous = button
            for c in range(2):
                grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._relayout()
