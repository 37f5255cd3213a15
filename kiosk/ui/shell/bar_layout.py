"""The top bar's layout: one row when its buttons fit, folded into rows when they do not.

A row of six buttons (Home, Back, the language globe, Guides, Ask for help, End
session) needs, at the largest text in portrait, more than a 1080 px screen in
Russian or Somali even with every button squeezed to its longest word; a
QHBoxLayout then asks for that width as its minimum and the whole window grows
past the screen. This layout asks only for its widest button as its minimum and
folds instead: the leading group (Home, Back) on the first row, the trailing
group (the rest) on the next, each row split again where it still does not fit.
Buttons keep whole words (a BigButton wraps between words, never inside one).

Right to left, every row is mirrored (the leading group at the right edge).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FoldingBarLayout(QLayout):
    """Two groups of widgets, `lead` at the start edge and `trail` at the end edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._lead: list[QWidget] = []   # the widgets of the leading group

    # -- filling --------------------------------------------------------------------------------

    def add_lead(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._lead.append(widget)
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    def add_trail(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    # -- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            if item.widget() in self._lead:
                self._lead.remove(item.widget())
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        # As narrow as the widest button: every other one may go to a row of its own.
        shown = self._shown()
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- arranging ------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _rows(self, room: int) -> list[tuple[list[QLayoutItem], bool]]:
        """Rows of (items, at the start edge); one row when every button fits at its narrowest."""
        shown = self._shown()
        lead = [i for i in shown if self._is_lead(i)]
        trail = [i for i in shown if not self._is_lead(i)]
        if self._needs(shown) + (self.spacing() if lead and trail else 0) <= room:
            return [(shown, True)]
        rows: list[tuple[list[QLayoutItem], bool]] = []
        for group, at_start in ((lead, True), (trail, False)):
            row: list[QLayoutItem] = []
            for item in group:
                if row and self._needs(row + [item]) > room:
                    rows.append((row, at_start))
                    row = []
                row.append(item)
            if row:
                rows.append((row, at_start))
        return rows

    def _needs(self, items: list[QLayoutItem]) -> int:
        return sum(self._comfortable(i) for i in items) + self.spacing() * max(0, len(items) - 1)

    @staticmethod
    def _comfortable(item: QLayoutItem) -> int:
        """The narrowest width at which the item needs at most one line more than at its widest.

        Squeezed to its longest word a label can fall into three lines ("←", "Dib u", "noqo");
        the bar folds before that.
        """
        low, high = item.minimumSize().width(), max(item.minimumSize().width(), item.sizeHint().width())
        widget = item.widget()
        if not item.hasHeightForWidth() or widget is None or low >= high:
            return low
        limit = item.heightForWidth(high) + widget.fontMetrics().lineSpacing()
        while low < high:   # the height only falls as the width grows
            mid = (low + high) // 2
            if item.heightForWidth(mid) <= limit:
                high = mid
            else:
                low = mid + 1
        return low

    def _widths(self, items: list[QLayoutItem], room: int) -> list[int]:
        """Each item its comfortable width (or its narrowest), then the room left shared out."""
        widths = [self._comfortable(i) for i in items]
        if sum(widths) + self.spacing() * max(0, len(items) - 1) > room:
            widths = [i.minimumSize().width() for i in items]
        spare = room - sum(widths) - self.spacing() * max(0, len(items) - 1)
        wants = [max(0, i.sizeHint().width() - w) for i, w in zip(items, widths)]
        total = sum(wants)
        if spare > 0 and total > 0:
            share = min(1.0, spare / total)
            widths = [w + int(want * share) for w, want in zip(widths, wants)]
        return widths

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        room = max(1, inner.width())
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        y = inner.y()
        rows = self._rows(room)
        for n, (items, at_start) in enumerate(rows):
            widths = self._widths(items, room)
            height = max(i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                         for i, w in zip(items, widths))
            if place:
                self._place_row(items, widths, inner, y, height, at_start or len(rows) == 1, rtl,
                                one_row=len(rows) == 1)
            y += height + (self.spacing() if n < len(rows) - 1 else 0)
        return y - inner.y() + m.top() + m.bottom()

    def _place_row(self, items, widths, inner: QRect, y: int, height: int, at_start: bool, rtl: bool,
                   *, one_row: bool) -> None:
        spacing = self.spacing()
        used = sum(widths) + spacing * max(0, len(items) - 1)
        spare = max(0, inner.width() - used)
        x = inner.x() if at_start else inner.x() + spare
        for item, width in zip(items, widths):
            if one_row and item is self._first_trail(items):
                x += spare   # the room between the groups, as the stretch in a row of buttons
            box = QRect(QPoint(x, y), QSize(width, height))
            if rtl:
                box.moveLeft(inner.x() + inner.right() - box.right())
            item.setGeometry(box)
            x += width + spacing

    def _is_lead(self, item: QLayoutItem) -> bool:
        return item.widget() is not None and any(item.widget() is w for w in self._lead)

    def _first_trail(self, items: list[QLayoutItem]) -> QLayoutItem | None:
        return next((i for i in items if not self._is_lead(i)), None)
