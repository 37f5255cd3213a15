"""The helper view's queue as a Qt table model: cells are worded only when painted.

With hundreds waiting, a QTableWidget would make and fill an item per cell on
every refresh; a model gives the view the row count and words a cell only when
the view paints it (the visible rows), so a refresh costs the same with 5 or
500 waiting (tests/bench/bench_help.py measures it).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from kiosk.core.help import queue as hq
COLUMNS = 6


class QueueModel(QAbstractTableModel):
    """Rows are open requests in serving order; `set_queue` replaces them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[hq.Request] = []
        self._now = datetime.now()
        self.topic_names: dict[str, str] = {}
        self.guide_title = lambda guide_id: guide_id     # the helper's language; set by the controller

    def set_queue(self, requests: list[hq.Request], now: datetime) -> None:
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
        r = self.requests[index.row()]
        col = index.column()
        if col == 0:
            return str(r.number)
        if col == 1:
            return self.topic_names.get(r.topic, r.topic)
        if col == 2:
            waited = max(0, int((self._now - r.created_at).total_seconds() // 60))
            return self.tr("%1 min").replace("%1", str(waited))
        if col == 3:
            return r.first_name
        if col == 4:
            return f"{self.guide_title(r.guide)} · {r.step}" if r.guide else ""
        state = {hq.WAITING: self.tr("waiting"), hq.CALLED: self.tr("called"),
                 hq.IN_PROGRESS: self.tr("being helped")}.get(r.state, r.state)
        return f"{self.topic_names.get(r.service, r.service)} · {state}" if r.service else state

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Topic"), self.tr("Waited"), self.tr("First name"),
                self.tr("Guide · step"), self.tr("Service · state"))[section]

    def retranslate(self) -> None:
        """The language changed: the view asks for every text again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.requests:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.requests) - 1, COLUMNS - 1))
