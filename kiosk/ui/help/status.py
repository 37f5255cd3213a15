"""What residents see of the help queue outside the request screen.

`HelpStatusButton` (`help-status`) sits in the bar on every screen while this
terminal's resident has a request open: their own number and place, then
"Your turn: a helper is coming". `HelpHoursLine` (`help-hours`) is the home
screen's line about when help is here. `HelpTexts` words the schedule and the
estimate, so the request screen says the same things the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core import help_queue as hq
from kiosk.core.help_schedule import HERE_NOW, NEXT, TODAY, HelpStatus, Slot
from kiosk.ui.shell.widgets import BigButton


class HelpTexts(QObject):
    """Translated sentences about help hours and waits (one source for every screen)."""

    def weekday(self, index: int) -> str:
        return (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))[index]

    @staticmethod
    def hours(slot: Slot) -> str:
        return f"{slot.start:%H:%M}-{slot.end:%H:%M}"

    def status_line(self, status: HelpStatus) -> str:
        if status.kind == HERE_NOW:
            if status.slot is not None and status.who:
                return (self.tr("Help is here now (%1 until %2)")
                        .replace("%1", status.who).replace("%2", f"{status.slot.end:%H:%M}"))
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
                .replace("%1", str(estimate.low)).replace("%2", str(estimate.high)))

    def place(self, place: int | None) -> str:
        if place is None:
            return ""
        if place == 1:
            return self.tr("You are next in line.")
        return self.tr("Your place in line: %1").replace("%1", str(place))


class HelpStatusButton(BigButton):
    """`help-status`: the resident's own request, in the bar; a tap opens the help screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("help-status", parent)
        self.setProperty("role", "help-status")
        self.hide()

    def show_request(self, number: int | None, place: int | None, called: bool) -> None:
        if number is None:
            self.hide()
            return
        if called:
            text = self.tr("Your turn: a helper is coming")
            self.setStyleSheet("QPushButton#help-status { background: #004d1a; color: #ffffff; "
                               "border: 3px solid #ffffff; font-weight: 700; }")
        else:
            text = self.tr("Help: number %1").replace("%1", str(number))
            if place is not None:
                text += " · " + self.tr("place %1").replace("%1", str(place))
            self.setStyleSheet("")
        self.set_label(text)
        self.show()


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
