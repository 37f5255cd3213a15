"""The peer helpers' view on the terminal: PIN (`helper-login`), then the queue (`helper-view`).

A full-window overlay over everything, the bar and the resident's browser
included, so a helper never sees what a resident had open. It shows the
queue (`helper-queue`: number, terminal, topic, time waited, first name if
given, what the resident is doing now, state), Call (`helper-next`: the row
chosen, else the next one waiting), Close request (`helper-done`: topic
confirmed, outcome from big buttons), Not here, Start / End shift
(`helper-duty`) and today's figures. With several terminals (a shared queue)
it lists the whole point's requests, says which terminal is offline, and has
a line for helpers only when the shared list cannot be reached
(`helper-link`) and one saying who took a request another helper called
first (`helper-notice`). It only reports button presses; the controller acts
on the queue. Words are for a 70-year-old volunteer: each button names what
it does, no statistics words, the table in larger text and never cut short.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kiosk.core.help import queue as hq
from kiosk.ui.help.queue_model import TERMINAL_COLUMN, QueueModel, Row
from kiosk.ui.shell.broker_texts import BrokerTexts
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.pin_pad import PinPad
from kiosk.ui.shell.theme import TEXT_SIZES
from kiosk.ui.shell.widgets import BigButton


def helper_pin_pad(verify, language: Language, parent: QWidget, *, lockout=None) -> PinPad:
    """The shell's PIN pad and its lockout, asking for a helper PIN (`helper-login`).

    `verify(entry, _unused)` checks the shared hash and every helper's own one.
    """
    return PinPad("", language, parent, lockout=lockout, verify=verify, object_name="helper-login",
                  title=lambda: QCoreApplication.translate("HelperView", "Helper PIN"), log_name="helper PIN")


OUTCOME_IDS = hq.OUTCOMES
# Topic, what the resident is doing now, state: they share what the short columns leave, in these parts.
SHARES = {2: 0.25, 5: 0.45, 6: 0.30}
NARROW_PX = 1200        # a table narrower than this (portrait) gets three-line rows: the words wrap more


class HelperView(Overlay):
    """Signals what the helper pressed; `refresh(...)` fills it."""

    call_next = Signal(str)          # the chosen request's id, "" for the next one waiting
    done = Signal(str, str, str)     # request id, topic, outcome
    not_here = Signal(str)
    duty_toggled = Signal(bool)
    close_wanted = Signal()

    def __init__(self, language: Language, parent: QWidget) -> None:
        super().__init__("helper-view", language, parent)
        # Helpers read this at the normal size whatever text size the resident chose.
        self.setStyleSheet(f"QWidget {{ font-size: {TEXT_SIZES[0]}px; }} "
                           f'QLabel[role="title"] {{ font-size: {int(TEXT_SIZES[0] * 1.5)}px; }} '
                           # The table a step larger: helpers read it standing, at arm's length.
                           f"QTableView, QHeaderView {{ font-size: {TEXT_SIZES[1]}px; }} "
                           # The overlay's theme background shows through (readable in high contrast too).
                           "QTableView { background: transparent; border: 2px solid palette(window-text); }")
        box = self.layout()
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(12)
        box.setStretch(0, 0)
        box.setStretch(box.count() - 1, 0)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body.setObjectName("helper-figures")
        self._topic_names: dict[str, str] = {}
        self._requests: list[Row] = []
        self._now = datetime.now()
        self._on_duty = False
        self._who = ""
        self._closing: Row | None = None
        self._shared = False
        self._topic_choice = ""

        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("helper-queue")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Short columns as wide as their words (`_size_columns`), the topic and what the resident
        # is doing now share the rest. Not ResizeToContents: it measures every row (500 rows,
        # 20 frames to open; tests/bench/bench_queue.py).
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        # "What the resident is doing now" is shown whole: wrapped on two lines, never "Vahva ...".
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Fixed two-line rows: measuring each of 500 rows would cost more than a frame.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(int(TEXT_SIZES[1] * 2.9))
        self.table.setColumnHidden(TERMINAL_COLUMN, True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        self._link = QLabel(self)
        self._link.setObjectName("helper-link")
        self._link.setWordWrap(True)
        self._link.hide()
        self._broker_texts = BrokerTexts(self)
        self._notice = QLabel(self)
        self._notice.setObjectName("helper-notice")
        self._notice.setWordWrap(True)
        self._notice.hide()
        box.insertWidget(3, self._link)
        box.insertWidget(4, self._notice)
        self._empty = QLabel(self)
        self._empty.setObjectName("helper-queue-empty")
        box.insertWidget(5, self.table, 1)
        box.insertWidget(6, self._empty)

        # Closing a request: topic confirmed, then one outcome button closes it.
        self.done_panel = QWidget(self)
        self.done_panel.setObjectName("helper-done-panel")
        self._done_title = QLabel(self.done_panel)
        self._done_title.setWordWrap(True)
        self._topic_heading = QLabel(self.done_panel)
        self._outcome_heading = QLabel(self.done_panel)
        self.topic_grid = QGridLayout()
        self.topic_grid.setSpacing(12)
        self.topic_buttons: dict[str, BigButton] = {}
        self.outcome_buttons: dict[str, BigButton] = {}
        outcomes = QGridLayout()
        outcomes.setSpacing(12)
        for i, outcome in enumerate(OUTCOME_IDS):
            b = BigButton(f"helper-outcome-{outcome}", self.done_panel)
            b.setMinimumHeight(72)
            b.clicked.connect(lambda _=False, o=outcome: self._finish(o))
            self.outcome_buttons[outcome] = b
            outcomes.addWidget(b, i // 3, i % 3)
        self.done_cancel = BigButton("helper-done-cancel", self.done_panel)
        self.done_cancel.clicked.connect(self._cancel_done)
        outcomes.addWidget(self.done_cancel, 1, 2)
        panel = QVBoxLayout(self.done_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(12)
        panel.addWidget(self._done_title)
        panel.addWidget(self._topic_heading)
        panel.addLayout(self.topic_grid)
        panel.addWidget(self._outcome_heading)
        panel.addLayout(outcomes)
        panel.addStretch(1)
        self.done_panel.hide()
        box.insertWidget(7, self.done_panel, 1)

        self.next_button = BigButton("helper-next", self)
        self.done_button = BigButton("helper-done", self)
        self.not_here_button = BigButton("helper-not-here", self)
        self.duty_button = BigButton("helper-duty", self)
        self.duty_button.setCheckable(True)
        self.close_button = BigButton("helper-close", self, role="danger")
        for b in (self.next_button, self.done_button, self.not_here_button, self.duty_button, self.close_button):
            self._buttons.addWidget(b)
        self.next_button.clicked.connect(lambda: self.call_next.emit(self.selected_id() or ""))
        self.done_button.clicked.connect(self._start_done)
        self.not_here_button.clicked.connect(self._not_here)
        self.duty_button.clicked.connect(lambda: self.duty_toggled.emit(self.duty_button.isChecked()))
        self.close_button.clicked.connect(self.close_wanted)
        self._figures = {"helped": 0, "median_wait_min": None, "median_handling_min": None}
        self.retranslate()

    # -- filling -------------------------------------------------------------------------

    def set_topic_names(self, names: dict[str, str]) -> None:
        self._topic_names = dict(names)
        self.model.topic_names = self._topic_names
        for b in self.topic_buttons.values():
            self.topic_grid.removeWidget(b)
            b.setParent(None)     # out of the view now, not at the next event loop turn
            b.deleteLater()
        self.topic_buttons = {}
        for i, topic in enumerate(names):
            b = BigButton(f"helper-topic-{topic}", self.done_panel)
            b.setCheckable(True)
            b.setMinimumHeight(64)
            b.clicked.connect(lambda _=False, t=topic: self._pick_topic(t))
            self.topic_buttons[topic] = b
            self.topic_grid.addWidget(b, i // 4, i % 4)

    def refresh(self, requests: list[Row], now: datetime, figures: dict, who: str, on_duty: bool, *,
                shared: bool = False, link_failure: str | None = None) -> None:
        """Show the queue as it is at `now`; `shared`: the whole point's, with a terminal column.

        `link_failure`: None while the shared list is reachable, else why not (a
        kiosk.services.broker_tls.Failure value, "" when not connected yet), put in words here."""
        selected = self.selected_id()       # by id: rows move as others are called
        self._requests, self._now, self._figures = list(requests), now, figures
        self._who, self._on_duty = who, on_duty
        if shared != self._shared:
            self._shared = shared
            self.table.setColumnHidden(TERMINAL_COLUMN, not shared)
            self._fit_rows()
        self._link_failure = link_failure
        self.model.set_queue(self._requests, now)
        for row, r in enumerate(self._requests):
            if r.id == selected:
                self.table.selectRow(row)
                break
        if self._closing is not None and not any(r.id == self._closing.id for r in self._requests):
            self._cancel_done()
        self.retranslate()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows and rows[0].row() < len(self._requests):
            return self._requests[rows[0].row()].id
        return None

    def _size_columns(self) -> None:
        """The short columns as wide as their heading or their longest usual word, in this language."""
        self.table.ensurePolished()
        header = self.table.horizontalHeader()
        header.ensurePolished()
        bold = QFont(header.font())
        bold.setBold(True)      # headings are drawn bold: measured so, they are never clipped
        cells, heads = self.table.fontMetrics(), QFontMetrics(bold)
        for col, sample in self.model.usual_widest().items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.resizeSection(col, max(heads.horizontalAdvance(title) + 32,
                                          cells.horizontalAdvance(sample) + 20))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Share the width the short columns leave; three-line rows on a narrow (portrait) table."""
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        left = width - sum(header.sectionSize(c) for c in range(self.model.columnCount())
                           if c not in SHARES and not self.table.isColumnHidden(c))
        for col, share in SHARES.items():
            header.resizeSection(col, max(80, int(left * share)))
        lines = 3 if width < NARROW_PX else 2
        self.table.verticalHeader().setDefaultSectionSize(int(TEXT_SIZES[1] * (lines + 0.9)))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # The table's own width (known only once laid out) decides the shared columns.
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(obj, event)

    def show_notice(self, text: str) -> None:
        """One line above the table (e.g. who took a request this helper called too); "" hides it."""
        self._notice.setText(text)
        self._notice.setAccessibleName(text)
        self._notice.setVisible(bool(text))

    def _target(self) -> Row | None:
        """The selected request, else the first one a helper has called."""
        sid = self.selected_id()
        if sid is not None:
            return next(r for r in self._requests if r.id == sid)
        return next((r for r in self._requests if r.state in (hq.CALLED, hq.IN_PROGRESS)), None)

    # -- Done ------------------------------------------------------------------------------

    def _start_done(self) -> None:
        target = self._target()
        if target is None:
            return
        self._closing = target
        self._pick_topic(target.topic)
        # The panel takes the table's place: room for big buttons, and one thing at a time.
        self.table.hide()
        self._empty.hide()
        self.done_panel.show()
        self.retranslate()
        self.outcome_buttons[OUTCOME_IDS[0]].setFocus()

    def _pick_topic(self, topic: str) -> None:
        self._topic_choice = topic
        for t, b in self.topic_buttons.items():
            b.setChecked(t == topic)

    def _finish(self, outcome: str) -> None:
        if self._closing is None:
            return
        rid, topic = self._closing.id, self._topic_choice or self._closing.topic
        self._cancel_done()
        self.done.emit(rid, topic, outcome)

    def _cancel_done(self) -> None:
        self._closing = None
        self.done_panel.hide()
        self.table.show()
        self._empty.setVisible(not self._requests)

    def _not_here(self) -> None:
        target = self._target()
        if target is not None:
            self.not_here.emit(target.id)

    # -- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = self.tr("Help queue")
        if self._who:
            title += f" · {self._who}"
        self._title.setText(title)
        f = self._figures
        waiting = str(sum(1 for r in self._requests if r.state == hq.WAITING))
        minutes = lambda v: self.tr("%1 min").replace("%1", str(v))  # noqa: E731
        if not f["helped"]:
            # No figures yet: said plainly, not "waited about -".
            line = self.tr("Today: no one helped yet · %1 waiting").replace("%1", waiting)
        elif f["median_wait_min"] is None or f["median_handling_min"] is None:
            line = self.tr("Today: %1 helped · %2 waiting").replace("%1", str(f["helped"])).replace("%2", waiting)
        else:
            line = (self.tr("Today: %1 helped · waited about %2 · help took about %3 · %4 waiting")
                    .replace("%1", str(f["helped"])).replace("%2", minutes(f["median_wait_min"]))
                    .replace("%3", minutes(f["median_handling_min"])).replace("%4", waiting))
        self._body.setText(line)
        self._body.setAccessibleName(self._body.text())
        self.model.retranslate()
        self._size_columns()
        self.table.setAccessibleName(self.tr("Help queue"))
        self._empty.setText(self.tr("Nobody is waiting.") if not self._requests else "")
        self._empty.setVisible(not self._requests and self._closing is None)
        failure = getattr(self, "_link_failure", None)
        self._link.setText("" if failure is None else
                           self.tr("Only this terminal's queue is shown: the shared list cannot be reached. %1")
                           .replace("%1", self._broker_texts.failure(failure)))
        self._link.setAccessibleName(self._link.text())
        self._link.setVisible(failure is not None)
        self.next_button.set_label(self.tr("Call"), self.tr("Call the chosen person, or the next one waiting"))
        self.done_button.set_label(self.tr("Close request"))
        self.not_here_button.set_label(self.tr("Not here"))
        self.duty_button.setChecked(self._on_duty)
        self.duty_button.set_label(self.tr("End shift") if self._on_duty else self.tr("Start shift"),
                                   self.tr("You are on shift: tap to end your shift") if self._on_duty
                                   else self.tr("You are not on shift: tap to start your shift"))
        self.close_button.set_label(self.tr("Close helper view"))
        if self._closing is not None:
            self._topic_heading.setText(self.tr("Topic"))
            self._outcome_heading.setText(self.tr("How did it end?"))
            self._done_title.setText(self.tr("Number %1: confirm the topic, then tap how it ended")
                                     .replace("%1", self._closing.label))
        for t, b in self.topic_buttons.items():
            b.set_label(self._topic_names.get(t, t))
        words = {"solved": self.tr("Solved"), "referred_authority": self.tr("Referred to the authority"),
                 "referred_bank": self.tr("Referred to the bank"),
                 "needs_appointment": self.tr("Needs an appointment"), "not_solved": self.tr("Not solved")}
        for o, b in self.outcome_buttons.items():
            b.set_label(words[o])
        self.done_cancel.set_label(self.tr("Back"))
