"""Room above the on-screen keyboard: the field being typed into and its form's buttons stay in sight.

WCAG 2.2, 2.4.11 (focus not obscured): while Qt's on-screen keyboard is up,
the field that has the focus and the buttons that finish its form ("Skip",
"Continue", "OK") must be wholly visible, on every screen shape and at every
text size. The keyboard is its own window over the bottom of the kiosk's, so
the kiosk gives its screens only the space above it:

- the window's layout leaves the keyboard's height free at the bottom; the
  stacks on the way from the focus to the window (the window's screens, a
  screen's own pages) stop asking for the height of their hidden pages, so the
  screen shown really gets the smaller space (else the tallest hidden page,
  e.g. home at the largest text, would push it under the keyboard again);
- a kiosk screen with a text field marks the widget that holds the field and
  the buttons finishing its form with the property `keyboard_form`, and may
  name the form's label, the words that say what to type (see `mark_form`);
  the form sits in a scroll area, which scrolls until the whole form, and its
  label when there is room, is in sight;
- when the form and its label do not fit (a low landscape screen, large
  text), the bar at the top is folded away while the keyboard is up (the
  keyboard's own hide key brings it back); when even then they do not, the
  label gives way, never the field or its buttons.

A web page's field is Chromium's: the smaller view is enough, Chromium scrolls
its focused field into sight itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QStackedLayout, QWidget

FORM_PROPERTY = "keyboard_form"
LABEL_PROPERTY = "keyboard_form_label"
# Space kept between what is typed into and the keyboard's top.
ROOM_ABOVE_KEYBOARD_PX = 16


def mark_form(widget: QWidget, label: QWidget | None = None) -> QWidget:
    """Mark `widget` as a text field's form (the field and the buttons that finish it).

    `label` (kept in sight too when there is room) sits just above the form in the same scroll area.
    """
    widget.setProperty(FORM_PROPERTY, True)
    widget.setProperty(LABEL_PROPERTY, label)
    return widget


def form_of(focus: QWidget) -> QWidget:
    """The form the focused field belongs to: its nearest marked ancestor, else the field itself."""
    widget: QWidget | None = focus
    while widget is not None and not widget.isWindow():
        if widget.property(FORM_PROPERTY):
            return widget
        widget = widget.parentWidget()
    return focus


def shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` its ancestors let be seen, in `window`'s coordinates."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


class KeyboardRoom:
    """Makes and gives back the room above the keyboard in one window (with an optional `nav` bar)."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._loosened: list[tuple[QWidget, QSizePolicy]] = []

    @property
    def _nav(self) -> QWidget | None:
        return getattr(self._window, "nav", None)

    def give_back(self) -> None:
        """The keyboard is gone: the whole window for the screens again, the bar back."""
        box = self._window.layout()
        if box is not None:
            box.setContentsMargins(0, 0, 0, 0)
        for widget, policy in self._loosened:
            widget.setSizePolicy(policy)
        self._loosened = []
        if self._nav is not None:
            self._nav.setVisible(True)

    def make(self, keyboard_top: int, focus: QWidget | None, *, kiosk_field: bool) -> None:
        """Leave the space under `keyboard_top` (window coordinates) free; keep a kiosk field's form in sight."""
        box = self._window.layout()
        if box is None:
            return
        self.give_back()
        box.setContentsMargins(0, 0, 0, max(0, self._window.height() - keyboard_top))
        self._loosen(focus)
        box.activate()
        if focus is None or not kiosk_field:
            return
        form = form_of(focus)
        label = form.property(LABEL_PROPERTY) if form is not focus else None
        if self._in_sight(form, keyboard_top, label):
            return
        if self._nav is not None:
            self._nav.setVisible(False)
            box.activate()
        if label is not None and self._in_sight(form, keyboard_top, label):
            return
        if not self._in_sight(form, keyboard_top) and form is not focus:
            self._in_sight(focus, keyboard_top)   # a form taller than the room: at least the field

    def _loosen(self, focus: QWidget | None) -> None:
        # A stack asks for the height of its tallest page, shown or not: between
        # the focus and the window, each stack is given only what there is.
        widget = focus
        while widget is not None and widget is not self._window:
            if isinstance(widget.layout(), QStackedLayout):
                policy = widget.sizePolicy()
                self._loosened.append((widget, QSizePolicy(policy)))
                policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
                widget.setSizePolicy(policy)
            widget = widget.parentWidget()

    def _in_sight(self, widget: QWidget, keyboard_top: int, label: QWidget | None = None) -> bool:
        """Scroll `widget` (and then `label`) into sight; True when both are now wholly shown above the keyboard."""
        scroll = _scroll_area_of(widget)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 0, ROOM_ABOVE_KEYBOARD_PX)
            if label is not None:
                # Up as far as the label, if the form stays in sight (checked below).
                scroll.ensureWidgetVisible(label, 0, 0)
        return all(self._wholly_shown(w, keyboard_top) for w in (widget, label) if w is not None)

    def _wholly_shown(self, widget: QWidget, keyboard_top: int) -> bool:
        rect = QRect(widget.mapTo(self._window, QPoint(0, 0)), widget.size())
        return shown_rect(widget, self._window) == rect and rect.bottom() + ROOM_ABOVE_KEYBOARD_PX < keyboard_top


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None
