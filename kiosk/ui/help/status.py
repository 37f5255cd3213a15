"""What residents see of the help queue outside the request screen.

`HelpStatusButton` (`help-status`) sits in a strip just under the bar on every
screen while this terminal's resident has a request open: their own number and place, then
"Your turn: a helper is coming". `HelpHoursLine` (`help-hours`) is the home
screen's line about when help is here. `HelpTexts` words the schedule and the
estimate, so the request screen says the same things the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import HERE_NOW, NEXT, TODAY, HelpStatus, Slot
from kiosk.ui.shell.i18n import ltr
from kiosk.ui.shell.theme import MIN_TARGET_PX
from kiosk.ui.shell.widgets import BigButton


class HelpTexts(QObject):
    """Translated sentences about help hours and waits (one source for every screen)."""

    def weekday(self, index: int) -> str:
        return (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))[index]

    @staticmethod
    def hours(slot: Slot) -> str:
        return ltr(f"{slot.start:%H:%M}-{slot.shown_end:%H:%M}")

    def status_line(self, status: HelpStatus) -> str:
        if status.kind == HERE_NOW:
            if status.slot is not None and status.who:
                return (self.tr("Help is here now (%1 until %2)")
                        .replace("%1", status.who).replace("%2", ltr(f"{status.slot.shown_end:%H:%M}")))
            return self.tr("Help is here now")
        if status.kind == TODAY and status.slot is not None:
            return self.tr("Help today %1").replace("%1", self.hours(status.slot))
        if status.kind == NEXT and status.slot is not None:
            return (self.tr("Next help: %1 %2").replace("%1", self.weekday(status.slot.start.weekday()))
                    .replace("%2", self.hours(status.slot)))
        return self.tr("No helper hours are planned at the moment.")

    def wait(self, estimate: hq.Estimate | None) -> str:
        if estimate is None:
            return self.tr("No helper is here right now.")
        if estimate.now:
            return self.tr("A helper will come to you soon.")
        return (self.tr("Waiting time about %1-%2 minutes.")
                .replace("%1-%2", ltr(f"{estimate.low}-{estimate.high}"))
                .replace("%1", ltr(str(estimate.low))).replace("%2", ltr(str(estimate.high))))

    def place(self, place: int | None) -> str:
        if place is None:
            return ""
        if place == 1:
            return self.tr("You are next in line.")
        return self.tr("Your place in line: %1").replace("%1", ltr(str(place)))


class HelpStatusButton(BigButton):
    """`help-status`: the resident's own request; a tap opens the help screen.

    It sits in a strip of its own just under the bar (`HelpStatusStrip`): the
    bar is full at the largest text size, and the status must never push
    End session off the screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("help-status", parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._called = False

    def show_request(self, number: int | str | None, place: int | None, called: bool, by: str = "") -> None:
        if number is None:
            self.set_label("")
            return
        self._called = called
        if called and by:
            text = self.tr("Your turn: %1 is coming").replace("%1", by)
        elif called:
            text = self.tr("Your turn: a helper is coming")
        else:
            text = self.tr("Help: number %1").replace("%1", ltr(str(number)))
            if place is not None:
                text += " · " + self.tr("place %1").replace("%1", ltr(str(place)))
        self.set_label(text)

    @property
    def called(self) -> bool:
        return self._called


class HelpStatusStrip(QWidget):
    """The strip under the bar that holds `help-status`; shown only while a request is open."""

    def __init__(self, appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-status-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._appearance = appearance
        self.button = HelpStatusButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 0, 16, 2)
        row.addWidget(self.button)
        appearance.changed.connect(self._restyle)
        self._restyle()
        self.hide()

    def show_request(self, number: int | str | None, place: int | None, called: bool, by: str = "") -> None:
        self.button.show_request(number, place, called, by)
        self._restyle()
        self.setVisible(number is not None)

    def _restyle(self) -> None:
        t = self._appearance.theme
        # Called: white on dark green (10.6:1), different from every other button in the bar.
        bg, fg = ("#004d1a", "#ffffff") if self.button.called else (t.bar_bg, t.bar_text)
        self.setStyleSheet(
            f"QWidget#help-status-bar {{ background: {t.bar_bg}; }} "
            f"QPushButton#help-status {{ background: {bg}; color: {fg}; border: 3px solid {t.bar_text}; "
            # Lower than the bar's buttons (still a 9 mm target): the strip must not push
            # the screen below it off the display at the largest text size.
            f"font-weight: 700; min-height: {MIN_TARGET_PX}px; padding: 2px 16px; }} "
            f"QPushButton#help-status:focus {{ border: 5px solid {t.focus}; }}")


class HelpHoursLine(QLabel):
    """`help-hours` on the home screen: here now, today, or next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-hours")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_line(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
