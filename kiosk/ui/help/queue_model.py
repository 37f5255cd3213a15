"""The helper view's queue as a Qt table model: cells are worded only when painted.

With hundreds waiting, a QTableWidget would make and fill an item per cell on
every refresh; a model gives the view the row count and words a cell only when
the view paints it (the visible rows), so a refresh costs the same with 5 or
500 waiting (tests/bench/bench_help.py and bench_queue.py measure it).

Rows are `Row`s: this terminal's own requests (single-terminal queue) and the whole
point's (shared queue, kiosk.services.help_point) look the same to the view.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from kiosk.core.help import queue as hq
from kiosk.core.help import shared_queue as sq

log = logging.getLogger("kiosk.help.view")

COLUMNS = 7
TERMINAL_COLUMN = 1


@dataclass(frozen=True)
class Row:
    """One open request as a helper sees it."""

    id: str
    label: str                  # "B 12" (or "12" on a terminal of its own)
    topic: str
    created_at: datetime
    state: str                  # kiosk.core.help.queue's WAITING / CALLED / IN_PROGRESS
    first_name: str = ""
    service: str = ""
    guide: str = ""
    step: int = 0
    terminal: str = ""          # "" on a terminal of its own
    terminal_label: str = ""
    online: bool = True
    called_by: str = ""
    topic_labels: tuple[tuple[str, str], ...] = ()   # from the resident's terminal (sq.SharedRequest)


def row_of_local(r: hq.Request) -> Row:
    return Row(r.id, str(r.number), r.topic, r.created_at, r.state, r.first_name, r.service, r.guide, r.step)


_LOCAL_STATE = {sq.WAITING: hq.WAITING, sq.CALLED: hq.CALLED, sq.SERVING: hq.IN_PROGRESS}


def row_of_shared(r: sq.SharedRequest, *, label: str, online: bool) -> Row:
    return Row(r.id, r.label, r.topic, datetime.fromtimestamp(r.created_at, UTC), _LOCAL_STATE.get(r.state, r.state),
               r.first_name, r.doing.service, r.doing.guide, r.doing.step, r.terminal, label, online,
               r.progress.called_by if r.state != sq.WAITING else "", r.topic_labels)


_unshown: set[str] = set()    # requests already logged as not shown (once each, not at every refresh)


def shown_row(r: sq.SharedRequest, *, label: str, online: bool) -> Row | None:
    """`row_of_shared`, or None (logged once) for a request that cannot be shown: one bad row
    from another terminal must never stop the helper view (sq.from_wire checks the ranges;
    this is the last guard)."""
    try:
        return row_of_shared(r, label=label, online=online)
    except (ValueError, ArithmeticError, OSError, TypeError) as exc:
        if r.id not in _unshown:
            _unshown.add(r.id)
            log.warning("request of terminal %s not shown: %s", r.terminal, type(exc).__name__)
        return None


class QueueModel(QAbstractTableModel):
    """Rows are open requests in serving order; `set_queue` replaces them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[Row] = []
        self._now = datetime.now(UTC)
        self.topic_names: dict[str, str] = {}
        self.guide_title = lambda guide_id: guide_id     # the helper's language; set by the controller
        self.language = ""                               # the helper's language code; set by the controller

    def set_queue(self, requests: list[Row], now: datetime) -> None:
        self.beginResetModel()
        self.requests, self._now = requests, now
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) or not index.isValid():
            return None
        return self.cell(self.requests[index.row()], index.column())

    def cell(self, r: Row, col: int) -> str:
        """The words of one cell (whole: the view wraps them, never cuts them)."""
        if col == 0:
            return r.label
        if col == 1:
            return r.terminal_label or r.terminal
        if col == 2:
            return self.topic_name(r, r.topic)
        if col == 3:
            waited = max(0, int((self._now - r.created_at).total_seconds() // 60))
            return self.tr("%1 min").replace("%1", str(waited))
        if col == 4:
            return r.first_name
        if col == 5:
            return self.doing(r)
        state = {hq.WAITING: self.tr("waiting"), hq.CALLED: self.tr("called"),
                 hq.IN_PROGRESS: self.tr("being helped")}.get(r.state, r.state)
        if r.called_by and r.state != hq.WAITING:
            state = self.tr("%1 by %2").replace("%1", state).replace("%2", r.called_by)
        if not r.online:
            state += " · " + self.tr("terminal offline")
        return state

    def topic_name(self, r: Row, topic: str) -> str:
        """A topic (or service) id in the helper's language: the words the resident's terminal
        sent with the request, else this terminal's own, else the id made readable."""
        own = self.topic_names.get(topic, "")
        if topic == r.topic and r.topic_labels:
            labels = dict(r.topic_labels)
            return labels.get(self.language) or own or next(iter(labels.values()))
        return own or sq.readable_id(topic)

    def doing(self, r: Row) -> str:
        """What the resident is doing now: the service, then the guide and its step."""
        parts = [self.topic_name(r, r.service)] if r.service else []
        if r.guide:
            parts.append(self.tr("%1, step %2").replace("%1", self.guide_title(r.guide)).replace("%2", str(r.step)))
        return " · ".join(parts)

    def usual_widest(self) -> dict[int, str]:
        """The short columns and the widest word each usually holds (longer ones wrap)."""
        return {0: "B 999", 1: "", 3: self.tr("%1 min").replace("%1", "999"), 4: "Hilkka"}

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Terminal"), self.tr("Topic"), self.tr("Waited"), self.tr("First name"),
                self.tr("Doing now"), self.tr("State"))[section]

    def retranslate(self) -> None:
        """The language changed: the view asks for every text again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        # Cells are worded when painted: repainting the rows in sight is enough. (A dataChanged
        # over all rows made the table measure every one of 500 rows again: 60 ms a time.)
        self.layoutChanged.emit()
