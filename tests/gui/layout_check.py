"""Does every word a resident sees show whole? Measured with Qt's own text layout.

`clipped_texts(root)` walks the visible widgets under `root` and returns one
sentence per problem:

- a label's text (plain or rich, wrapped or not) needs more width or height
  than the label has, measured with the label's own font the way QLabel lays
  it out (a word wider than the label counts, since Qt will not break it);
- a push button's text (the lines it draws) is wider or taller than the room
  inside its padding and border;
- a tool button draws text of its own (QToolButton elides it: "Suo…den");
- a widget sticks out of its parent (a layout squeezed below its minimum),
  or out of the visible width of the scroll area it sits in.

Widgets inside a QWebEngineView, and scroll bars, are not ours and not looked at.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QLabel, QPlainTextEdit, QPushButton,
                               QScrollBar, QStyle, QStyleOptionButton, QTableWidget, QToolButton, QWidget)

_SKIP_SUBTREES = ("QWebEngineView", "QScrollBar", "QHeaderView")
_PROBE = 4000


def _name(widget: QWidget) -> str:
    parts = []
    w = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _skipped(widget: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None:
        if type(w).__name__ in _SKIP_SUBTREES or isinstance(w, (QPlainTextEdit, QTableWidget)):
            return True
        w = w.parentWidget()
    return isinstance(widget, QScrollBar)


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area `widget` scrolls in, if any."""
    w = widget.parentWidget()
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return w
        w = parent
    return None


def _might_be_rich(text: str) -> bool:
    # Qt::mightBeRichText is not bound in PySide6; a tag early in the text is what it looks for.
    head = text.lstrip()[:200]
    return head.startswith("<") and ">" in head


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    margin = label.margin()
    room = room.adjusted(margin, margin, -margin, -margin)
    font = label.font()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _might_be_rich(label.text()))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(option)
        doc.setHtml(label.text())
        doc.setTextWidth(room.width() if label.wordWrap() else -1)
        need = QSize(int(doc.idealWidth() + 0.999), int(doc.size().height() + 0.999))
    else:
        metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
        width = room.width() if label.wordWrap() else _PROBE
        need = metrics.boundingRect(QRect(0, 0, max(1, width), _PROBE), flags, label.text()).size()
    if need.width() > room.width() + 1 or need.height() > room.height() + 1:
        text = label.text() if not rich else "(rich text)"
        return (f"label {_name(label)} needs {need.width()}x{need.height()} px, has "
                f"{room.width()}x{room.height()}: {text[:60]!r}")
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if isinstance(button, QToolButton):
        shown = QToolButton.text(button)
        if shown and button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly:
            return f"tool button {_name(button)} draws its own text (it elides): {shown!r}"
        return None
    if not isinstance(button, QPushButton):
        return None
    shown = QPushButton.text(button)
    if not shown:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    # Where the style draws the label: the button less its border and padding.
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).size()
    need = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, shown)
    whole = getattr(button, "text", None)
    if whole is not None and callable(whole) and " ".join(whole().split()) != " ".join(
            shown.replace("-\n", "-").replace("\u00a0", " ").split()):
        return f"button {_name(button)} shows {shown!r}, not its whole label {whole()!r}"
    if need.width() > room.width() + 1 or need.height() > room.height() + 1:
        return (f"button {_name(button)} needs {need.width()}x{need.height()} px, has "
                f"{room.width()}x{room.height()}: {shown!r}")
    return None


def _geometry_problem(widget: QWidget, top: QWidget) -> str | None:
    parent = widget.parentWidget()
    if parent is None or widget is top:
        return None
    viewport = _scroll_viewport(widget)
    if viewport is not None:
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < -1 or left + widget.width() > viewport.width() + 1:
            return (f"{_name(widget)} is {widget.width()} px wide at x={left} in a scroll area "
                    f"{viewport.width()} px wide")
        return None
    if not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
        g = widget.geometry()
        return (f"{_name(widget)} at {g.x()},{g.y()} {g.width()}x{g.height()} sticks out of "
                f"{_name(parent)} {parent.width()}x{parent.height()}")
    return None


def visible_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible() and not _skipped(w)]


def clipped_texts(root: QWidget) -> list[str]:
    """Every text under `root` that does not show whole, and every widget cut off."""
    problems = []
    for widget in visible_widgets(root):
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        else:
            problem = None
        problem = problem or _geometry_problem(widget, root)
        if problem:
            problems.append(problem)
    return problems


def controls_in(root: QWidget, area: QRect) -> list[str]:
    """Visible buttons under `root` (window coordinates) that overlap `area`."""
    window = root.window()
    hits = []
    for widget in visible_widgets(root):
        if isinstance(widget, QAbstractButton):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if rect.intersects(area):
                hits.append(_name(widget))
    return hits
