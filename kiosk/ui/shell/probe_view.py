"""Test-only: what the probe (kiosk/ui/shell/probe.py) says about the screen a person sees now.

Used by the screen audit (tests/display/test_screen_audit.py), which reads
the pixels of the X screen itself: the probe only says where each button and
text is and what it is meant to say, never whether it was drawn. Inert in
production: nothing here runs unless DIGIPISTE_TEST_PROBE=1 started the probe.

- `settle(window)`: pending layouts and paints done, and the X server has
  processed every request of this process (a round trip), so a screenshot
  taken by another X client after the answer shows this frame.
- `front(window)`: the visible buttons and texts of the front layer (the
  topmost full-window panel if one is up, else the bar, the strips and the
  current screen), each with its objectName, class, role, rectangle on the
  screen, the part of it not clipped by a scroll area or a parent, and the
  label it is meant to show; and how far each scroll area that scrolls is
  scrolled (`value` of `maximum` pixels), so a test knows when it saw the end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget


def settle(window: QWidget) -> None:
    """Finish layouts and paint now; then a round trip to the display server."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            top.repaint()
    QGuiApplication.sync()


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _shown_rect(widget: QWidget, root: QWidget) -> QRect:
    """The widget's rectangle clipped by every parent up to `root` (a scroll area's viewport too)."""
    rect = _global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None and rect.isValid():
        rect = rect.intersected(_global_rect(parent))
        if parent is root:
            break
        parent = parent.parentWidget()
    return rect


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def _plain(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text


def intended_label(button: QAbstractButton) -> str:
    """The whole label the button is meant to show (before it is wrapped into lines)."""
    title = getattr(type(button), "title", None)
    if isinstance(title, property):          # a guide in the list (kiosk/ui/guides/listing.py)
        return str(button.title)
    return button.text()                      # BigButton and TileButton answer the whole label


def _screen_of(widget: QWidget, root: QWidget) -> str:
    parent = widget
    while parent is not None and parent is not root:
        if parent.property("screen") and parent.objectName():
            return parent.objectName()
        parent = parent.parentWidget()
    return root.objectName()


def _identity(widget: QWidget, root: QWidget) -> str:
    """The objectName, or for a text without one (a panel's title) its place: "end-confirm/QLabel[1]"."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    siblings = parent.findChildren(type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly)
    owner = _identity(parent, root) if parent is not root else root.objectName()
    return f"{owner}/{type(widget).__name__}[{siblings.index(widget)}]"


def _overlay(window: QWidget) -> QWidget | None:
    """The topmost visible panel that covers the whole window (raise_() puts it last)."""
    on_top = None
    for child in window.children():
        if isinstance(child, QWidget) and child.isVisible() and child.geometry() == window.rect():
            on_top = child
    return on_top


def front(window: QWidget) -> dict[str, Any]:
    """The buttons and texts a person sees now, front layer only."""
    root = _overlay(window) or window
    items: list[dict[str, Any]] = []
    scrolling: list[dict[str, Any]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.verticalScrollBar().maximum() > 0:
            bar = widget.verticalScrollBar()
            scrolling.append({"name": widget.objectName(), "value": bar.value(), "maximum": bar.maximum()})
        if isinstance(widget, QAbstractButton):
            kind, text = "button", intended_label(widget)
        elif isinstance(widget, QLabel) and (widget.text() or widget.pixmap() is not None
                                             and not widget.pixmap().isNull()):
            kind, text = "label", _plain(widget)
        else:
            continue
        rect, shown = _global_rect(widget), _shown_rect(widget, root)
        if shown.isEmpty():
            continue
        parent = widget.parentWidget()
        items.append({
            "name": widget.objectName(), "id": _identity(widget, root), "kind": kind, "cls": type(widget).__name__,
            "role": str(widget.property("role") or ""), "text": text,
            "accessible": widget.accessibleName(),
            "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
            "shown": [shown.x(), shown.y(), shown.width(), shown.height()],
            "scrolls": _in_scroll_area(widget, root),
            "screen": _screen_of(widget, root),
            "parent": parent.objectName() if parent is not None else "",
            "enabled": widget.isEnabled(),
        })
    return {"layer": root.objectName(), "size": [window.width(), window.height()], "items": items,
            "scrolling": scrolling}
