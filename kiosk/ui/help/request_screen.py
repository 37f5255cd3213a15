"""`help-request`: a resident asks for help, sees their number, place and wait, or where else to go.

Pages: the topic (big buttons: the site's services, "My own device",
"Something else"), an optional first name (skippable), the resident's own
status, and, outside helper hours, when help is next here and other places to
get help (web addresses with a QR code, phone numbers). The screen only
reports what the resident chose (`asked`, `cancel_wanted`); the controller in
kiosk/ui/help/install.py talks to the queue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QStackedWidget,
                               QVBoxLayout, QWidget)

from kiosk.core.help import queue as hq
from kiosk.core.help.config import OtherPlace
from kiosk.ui.help.status import HelpTexts
from kiosk.ui.shell.i18n import Language, ltr
from kiosk.ui.shell.keyboard_room import mark_form
from kiosk.ui.shell.qr import QrCard
from kiosk.ui.shell.widgets import BigButton, scrolling_column


def _label(parent: QWidget, name: str, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class HelpScreen(QWidget):
    """Emits `asked(topic, first_name)`, `cancel_wanted()` and `done_wanted()` (back to work)."""

    asked = Signal(str, str)
    cancel_wanted = Signal()
    done_wanted = Signal()

    def __init__(self, topics: list[tuple[str, dict[str, str]]], language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-request")
        self.setProperty("screen", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._language = language
        self._topics = topics               # (tile id, label per language)
        self._texts = HelpTexts(self)
        self._topic = ""
        self._places: tuple[OtherPlace, ...] = ()
        self._outside_line = ""
        self._can_queue_outside = False
        self._by = ""                # who is coming, when a helper of the point called
        self._status = (None, None, None, False)   # number, place, estimate, called

        self.pages = QStackedWidget(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 32, 48, 32)
        box.addWidget(self.pages)

        # Topic page.
        self.topic_page = QWidget(self)
        self._topic_title = _label(self.topic_page, "help-topic-title", "title")
        grid = QGridLayout()
        grid.setSpacing(20)
        self.topic_buttons: dict[str, BigButton] = {}
        ids = [t for t, _ in topics] + [hq.OWN_DEVICE, hq.OTHER]
        for i, topic in enumerate(ids):
            button = BigButton(f"help-topic-{topic}", self.topic_page)
            button.setMinimumHeight(96)
            button.clicked.connect(lambda _=False, t=topic: self._choose(t))
            self.topic_buttons[topic] = button
            grid.addWidget(button, i // 3, i % 3)
        page = QVBoxLayout(self.topic_page)
        page.addWidget(self._topic_title)
        page.addLayout(grid)
        page.addStretch(1)

        # Name page. The field and its two buttons are one form, kept wholly above
        # the on-screen keyboard with the title that says what to type
        # (kiosk/ui/shell/keyboard_room.py); so the hint comes after the
        # buttons, and the page scrolls.
        self.name_page = QWidget(self)
        self._name_title = _label(self.name_page, "help-name-title", "title")
        self._name_hint = _label(self.name_page, "help-name-hint")
        name_form = mark_form(QWidget(self.name_page), label=self._name_title)
        name_form.setObjectName("help-name-form")
        self.name_edit = QLineEdit(name_form)
        self.name_edit.setObjectName("help-name")
        self.name_edit.setMaxLength(40)
        self.name_edit.setMinimumHeight(72)
        self.name_edit.returnPressed.connect(self._send_name)
        self.skip_button = BigButton("help-skip", name_form)
        self.skip_button.setMinimumHeight(96)
        self.name_ok = BigButton("help-name-ok", name_form)
        self.name_ok.setMinimumHeight(96)
        self.skip_button.clicked.connect(self._skip)
        self.name_ok.clicked.connect(self._send_name)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.skip_button, 1)
        row.addWidget(self.name_ok, 1)
        form_box = QVBoxLayout(name_form)
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.setSpacing(24)
        form_box.addWidget(self.name_edit)
        form_box.addLayout(row)
        page = scrolling_column(self.name_page, [self._name_title, name_form, self._name_hint])
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(24)
        page.addWidget(self._name_title)
        page.addWidget(name_form)
        page.addWidget(self._name_hint)
        page.addStretch(1)

        # Status page.
        self.status_page = QWidget(self)
        self._number = _label(self.status_page, "help-number", "title")
        self._place = _label(self.status_page, "help-place")
        self._wait = _label(self.status_page, "help-wait")
        self._keep_going = _label(self.status_page, "help-keep-going", "muted")
        self.cancel_button = BigButton("help-cancel", self.status_page, role="danger")
        self.back_button = BigButton("help-back-to-work", self.status_page)
        for b in (self.cancel_button, self.back_button):
            b.setMinimumHeight(96)
        self.cancel_button.clicked.connect(self.cancel_wanted)
        self.back_button.clicked.connect(self.done_wanted)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.back_button, 1)
        row.addWidget(self.cancel_button, 1)
        # It scrolls rather than cut its words: at the largest text in 1280x800, with the help
        # status strip under the bar, Arabic and Persian (taller lines) need more height.
        shown = [self._number, self._place, self._wait, self._keep_going]
        page = scrolling_column(self.status_page, shown + [self.cancel_button, self.back_button])
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(20)
        for w in shown:
            page.addWidget(w)
        page.addLayout(row)
        page.addStretch(1)

        # Outside helper hours.
        self.outside_page = QWidget(self)
        self._outside_title = _label(self.outside_page, "help-outside-title", "title")
        self._outside_next = _label(self.outside_page, "help-next-time")
        self._elsewhere = _label(self.outside_page, "help-elsewhere-title")
        self._places_box = QVBoxLayout()
        self._places_box.setSpacing(16)
        holder = QWidget(self.outside_page)
        holder.setLayout(self._places_box)
        scroll = QScrollArea(self.outside_page)
        scroll.setObjectName("help-other-places")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.queue_anyway = BigButton("help-leave-request", self.outside_page)
        self.queue_anyway.setMinimumHeight(96)
        self.queue_anyway.clicked.connect(self.show_topics)
        page = QVBoxLayout(self.outside_page)
        page.setSpacing(16)
        page.addWidget(self._outside_title)
        page.addWidget(self._outside_next)
        page.addWidget(self.queue_anyway)
        page.addWidget(self._elsewhere)
        page.addWidget(scroll, 1)

        for p in (self.topic_page, self.name_page, self.status_page, self.outside_page):
            self.pages.addWidget(p)
        language.changed.connect(self.retranslate)
        language.changed.connect(self._fill_places)
        self.retranslate()

    # -- what the controller sets ---------------------------------------------------

    def set_other_places(self, places: tuple[OtherPlace, ...]) -> None:
        self._places = places
        self._fill_places()

    def show_topics(self) -> None:
        self.pages.setCurrentWidget(self.topic_page)
        first = next(iter(self.topic_buttons.values()))
        first.setFocus()

    def show_outside(self, next_line: str, can_queue: bool) -> None:
        self._outside_line, self._can_queue_outside = next_line, can_queue
        self.retranslate()
        self.pages.setCurrentWidget(self.outside_page)

    def show_status(self, number: int | str, place: int | None, estimate: hq.Estimate | None, called: bool,
                    by: str = "") -> None:
        """`by`: who is coming (helper and terminal), when a helper of the point called."""
        self._status = (number, place, estimate, called)
        self._by = by
        self.retranslate()
        if self.pages.currentWidget() is not self.status_page:
            self.pages.setCurrentWidget(self.status_page)
            self.back_button.setFocus()

    def forget(self) -> None:
        """End of a session or a request: nothing the resident typed stays."""
        self.name_edit.setText("")   # setText, not clear(): it also drops the undo history
        self._topic = ""
        self._status = (None, None, None, False)
        self.pages.setCurrentWidget(self.topic_page)

    # -- resident's choices ----------------------------------------------------------

    def _choose(self, topic: str) -> None:
        self._topic = topic
        self.name_edit.setText("")   # setText, not clear(): it also drops the undo history
        self.pages.setCurrentWidget(self.name_page)
        self.name_edit.setFocus()

    def _skip(self) -> None:
        self.name_edit.setText("")   # setText, not clear(): it also drops the undo history
        self.asked.emit(self._topic, "")

    def _send_name(self) -> None:
        name = self.name_edit.text().strip()
        self.name_edit.setText("")   # setText, not clear(): it also drops the undo history
        self.asked.emit(self._topic, name)

    # -- words ---------------------------------------------------------------------------

    def _fill_places(self) -> None:
        while self._places_box.count():
            item = self._places_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Out of the tree now (findChild, the screen reader), deleted later.
                widget.setParent(None)
                widget.deleteLater()
        lang = self._language.code
        for i, place in enumerate(self._places):
            card = QWidget()
            card.setObjectName(f"help-place-{i}")
            text = _label(card, f"help-place-{i}-text")
            lines = [place.name_in(lang), place.place, place.hours_in(lang)]
            if place.phone:
                lines.append(self.tr("Phone %1").replace("%1", ltr(place.phone)))
            text.setText("\n".join(line for line in lines if line))
            text.setAccessibleName(text.text())
            row = QHBoxLayout(card)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(text, 1)
            if place.web:
                qr = QrCard(card, name=f"help-place-{i}-qr")
                qr.set_caption(self.tr("Scan with your phone to open the web page"))
                qr.set_address(place.web)
                qr.show()
                row.addWidget(qr, 1)
            self._places_box.addWidget(card)
        self._places_box.addStretch(1)

    def own_topic_names(self) -> dict[str, str]:
        """The names of the two topics that are no tile, in the language shown now (the helper view's too)."""
        return {hq.OWN_DEVICE: self.tr("My own device"), hq.OTHER: self.tr("Something else")}

    def retranslate(self) -> None:
        lang = self._language.code
        self._topic_title.setText(self.tr("What do you need help with?"))
        for topic, labels in self._topics:
            self.topic_buttons[topic].set_label(labels.get(lang) or next(iter(labels.values()), topic))
        for topic, name in self.own_topic_names().items():
            self.topic_buttons[topic].set_label(name)
        self._name_title.setText(self.tr("Your first name (you can skip this)"))
        self._name_hint.setText(self.tr("The helper calls you by this name. It is deleted when you have been helped."))
        self.name_edit.setAccessibleName(self.tr("Your first name"))
        self.skip_button.set_label(self.tr("Skip"))
        self.name_ok.set_label(self.tr("Continue"))
        number, place, estimate, called = self._status
        if number is not None:
            self._number.setText(self.tr("Your number is %1").replace("%1", ltr(str(number))))
            by = self._by
            if called and by:
                self._place.setText(self.tr("Your turn: %1 is coming").replace("%1", by))
                self._wait.setText("")
            elif called:
                self._place.setText(self.tr("Your turn: a helper is coming"))
                self._wait.setText("")
            else:
                self._place.setText(self._texts.place(place))
                self._wait.setText(self._texts.wait(estimate))
        self._keep_going.setText(self.tr("You can keep using the computer. Your number stays in the bar at the top."))
        self.back_button.set_label(self.tr("Keep working"))
        self.cancel_button.set_label(self.tr("Cancel my request"))
        self._outside_title.setText(self.tr("There is no helper here right now"))
        self._outside_next.setText(self._outside_line)
        self._elsewhere.setText(self.tr("You can also get help here:") if self._places else "")
        self.queue_anyway.set_label(self.tr("Leave a request for the next helper hours"))
        self.queue_anyway.setVisible(self._can_queue_outside)
        for w in (self._number, self._place, self._wait, self._keep_going, self._outside_title, self._outside_next):
            w.setAccessibleName(w.text())
        self.setAccessibleName(self.tr("Ask for help"))
