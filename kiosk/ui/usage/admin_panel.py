"""The usage log in the admin view: pending events, last sync, errors, delivery figures, sessions per day.

`attach_usage_panel(admin, usage)` adds the panel (`admin-usage`) under the
admin view's configuration section and refreshes it each time the view opens;
the figures come from the storage worker (`UsageLog.fetch_status`), so opening
the view never waits for the disk. The chart (`admin-sessions-chart`) shows the
last 30 days; its accessible description lists the same numbers as text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


class SessionsChart(QWidget):
    """Bars of sessions per day, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin-sessions-chart")
        self.setMinimumHeight(48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.days: list[tuple[str, int]] = []

    def set_days(self, days: list[tuple[str, int]]) -> None:
        self.days = days
        self.setAccessibleDescription(", ".join(f"{day}: {n}" for day, n in days))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if not self.days:
            return
        painter = QPainter(self)
        fg = self.palette().windowText().color()
        top = max(n for _d, n in self.days) or 1
        label_h = painter.fontMetrics().height()
        w = self.width() / len(self.days)
        h = self.height() - label_h
        painter.setPen(fg)
        painter.drawText(QRectF(0, 0, self.width(), label_h), Qt.AlignmentFlag.AlignRight, str(top))
        bar = QColor(fg)
        for i, (_day, n) in enumerate(self.days):
            bar_h = h * n / top
            painter.fillRect(QRectF(i * w + 1, label_h + h - bar_h, max(1.0, w - 2), bar_h), bar)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class UsagePanel(QWidget):
    """Outbox and sync figures for IT staff."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin-usage")
        self._status: dict | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("admin-usage-summary")
        self.summary.setWordWrap(True)
        self.chart = SessionsChart(self)
        self.chart_label = QLabel(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.summary)
        box.addWidget(self.chart_label)
        box.addWidget(self.chart, 1)
        self.retranslate()

    def show_status(self, status: dict) -> None:
        self._status = status
        self.chart.set_days(status.get("per_day", []))
        self.retranslate()

    def show_unavailable(self, _error: Exception) -> None:
        self._status = {"unavailable": True}
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Usage figures"))
        self.chart_label.setText(self.tr("Sessions per day, last 30 days"))
        s = self._status
        if s is None:
            self.summary.setText(self.tr("Reading…"))
            return
        if s.get("unavailable"):
            self.summary.setText(self.tr("The usage log cannot be read now (storage unavailable)."))
            return
        counts, status = s["counts"], s["status"]
        figures = s.get("delivery", {})
        never = self.tr("never")
        lines = [
            self.tr("Waiting to be sent: %1").replace("%1", str(counts["pending"] + s.get("queued", 0)))
            + "\n" + self.tr("Last successful sync: %1").replace("%1", status.get("last_success") or never),
            self.tr("Last error: %1").replace("%1", status.get("last_error") or self.tr("none")),
            # One line for the four delivery figures: the column has width, not height.
            self.tr("Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4")
            .replace("%1", str(figures.get("set_aside", 0))).replace("%2", str(figures.get("rejected", 0)))
            .replace("%3", str(figures.get("resent", 0))).replace("%4", str(figures.get("corrected", 0))),
        ]
        if counts["expired"]:     # only ever with Matomo and no token: not worth a line otherwise
            lines[-1] += "\n" + self.tr("Too old for Matomo, kept here: %1").replace("%1", str(counts["expired"]))
        self.summary.setText("\n".join(lines))


def attach_usage_panel(admin, usage) -> UsagePanel | None:
    """Put the panel into the admin view and refresh it whenever the view opens."""
    if admin is None or usage is None:
        return None
    view = admin.view
    panel = UsagePanel(view)
    # A third column beside refused hosts and the log: the view has width to
    # spare but no height at 1280x800 (its tables need room for three rows).
    column = _layout_holding(view.layout(), view.hosts_table)
    row = _parent_of(view.layout(), column) if column is not None else None
    if row is not None:
        row.addWidget(panel, 1)
    else:
        view.layout().addWidget(panel)
    admin.usage_panel = panel
    admin.main_window.language.changed.connect(lambda _code: panel.retranslate())
    admin.pin_pad.unlocked.connect(lambda: usage.fetch_status(panel.show_status, panel.show_unavailable))
    return panel


def _layout_holding(layout, widget):
    """The (nested) layout that directly holds `widget`, or None."""
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


def _parent_of(layout, target):
    """The layout that holds the layout `target`, or None."""
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is target:
            return layout
        if child is not None:
            found = _parent_of(child, target)
            if found is not None:
                return found
    return None
