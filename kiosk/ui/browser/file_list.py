"""The file chooser's list: one big row per folder or file, made in batches, with the files chosen.

A part of kiosk.ui.browser.file_chooser: the chooser decides what is listed
(places, folders, what may be chosen); this list shows the entries it is
given, lets the resident tick files (one, or several when the page allows),
and says in a line under the rows when there is nothing, more than shown, or
the listing is still on its way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QScroller, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.browser.file_choice import Entry
from kiosk.ui.shell.widgets import BigButton

_NAME_CHARS = 60
_FIRST_ROWS = 30
_MORE_ROWS = 40  # longer names are shortened in the middle so the extension stays visible


def short_name(name: str, limit: int = _NAME_CHARS) -> str:
    if len(name) <= limit:
        return name
    keep = limit - 1
    return name[: keep - keep // 3] + "…" + name[-(keep // 3):]


class FileList(QScrollArea):
    """`file-chooser-list`: rows `file-chooser-row-<n>`, the line under them `file-chooser-empty`."""

    folder_opened = Signal(object)   # Path of a folder row tapped
    chosen_changed = Signal()

    def __init__(self, code: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._code = code   # the interface language now, for sizes and dates
        self.multiple = False
        self.chosen: list = []
        self._row_widgets: list[BigButton] = []
        self._entries: list[Entry] = []
        self._fill_round = 0
        self._rows_box = QWidget()
        self._rows_box.setObjectName("file-chooser-rows")
        self._rows_box.setProperty("screen", True)
        # Name on the left like in every file list; the rows' other looks come
        # from the application style (buttons, checked = chosen, focus ring).
        self._rows_box.setStyleSheet("QPushButton { text-align: left; }")
        self._rows = QVBoxLayout(self._rows_box)
        self._rows.setContentsMargins(0, 0, 8, 0)
        self._rows.setSpacing(8)
        self._rows.addStretch(1)
        self.setObjectName("file-chooser-list")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self._rows_box)
        # A wide bar with a handle that stands out on both themes' backgrounds
        # (3:1 or more against white and black) for people who use a mouse.
        self.setStyleSheet(
            "QScrollBar:vertical { width: 44px; background: transparent; margin: 0; }"
            "QScrollBar::handle:vertical { background: #808080; border-radius: 8px; min-height: 80px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }")
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        # "Nothing here" and "more not shown" read inside the list, after its rows.
        self.empty = QLabel(self._rows_box)
        self.empty.setObjectName("file-chooser-empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { padding: 12px; }")
        self._rows.insertWidget(0, self.empty)

    @property
    def entries(self) -> list[Entry]:
        return self._entries

    @property
    def row_widgets(self) -> list[BigButton]:
        return self._row_widgets

    def set_rows(self, entries: list[Entry]) -> None:
        """Show these entries (none chosen yet); the first rows at once, the rest in batches."""
        for old in self._row_widgets:
            self._rows.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._row_widgets = []
        self._entries = entries
        self.chosen = []
        # A big folder's rows come in batches, the first at once: the screen
        # answers a tap while the rest are made (about 2 ms a row).
        self._fill_round += 1
        self._add_rows(_FIRST_ROWS)
        self.verticalScrollBar().setValue(0)

    def _add_rows(self, count: int) -> None:
        start = len(self._row_widgets)
        for n in range(start, min(len(self._entries), start + count)):
            entry = self._entries[n]
            row = BigButton(f"file-chooser-row-{n}", self._rows_box)
            row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            row.setProperty("entry", str(entry.path))
            row.ensurePolished()
            if entry.is_dir:
                row.clicked.connect(lambda _c=False, e=entry: self.folder_opened.emit(e.path))
            else:
                row.setCheckable(True)
                row.toggled.connect(lambda on, e=entry, r=row: self._toggle(e, r, on))
            self._rows.insertWidget(n, row)
            self._row_widgets.append(row)
            self.label_row(row, entry)
            if self.isVisible():
                # Shown now, not on the layout's queued show: a tap right after
                # opening a folder must land on the new rows.
                row.show()
        if len(self._row_widgets) < len(self._entries):
            QTimer.singleShot(0, self, lambda r=self._fill_round: self._add_more(r))

    def _add_more(self, fill_round: int) -> None:
        if fill_round == self._fill_round and self.isVisible():
            self._add_rows(_MORE_ROWS)

    def _toggle(self, entry: Entry, row: BigButton, on: bool) -> None:
        if on and not self.multiple:
            for other in self._row_widgets:
                if other is not row and other.isChecked():
                    other.setChecked(False)
            self.chosen = [entry.path]
        elif on:
            self.chosen.append(entry.path)
        elif entry.path in self.chosen:
            self.chosen.remove(entry.path)
        self.label_row(row, entry)
        self.chosen_changed.emit()

    def label_row(self, row: BigButton, entry: Entry) -> None:
        # Finnish conventions for every language (sizes with a decimal comma in
        # fi and sv, day.month.year): the dates a resident knows from Finnish papers.
        locale = QLocale(f"{self._code()}_FI")
        name = short_name(entry.name).replace("&", "&&")
        if entry.is_dir:
            detail = self.tr("Folder")
        else:
            when = locale.toString(QDateTime.fromSecsSinceEpoch(int(entry.mtime)),
                                   QLocale.FormatType.ShortFormat)
            size = locale.formattedDataSize(entry.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            detail = f"{size}   ·   {when}"
        mark = "✔  " if row.isChecked() else ""
        row.setText(f"{mark}{name}\n{detail}")
        # The rows' layout keeps the hint a row had before its two lines of text
        # (clipped rows at the larger text sizes): the height follows the text.
        row.setMinimumHeight(row.sizeHint().height())
        spoken = f"{entry.name}, {detail}"
        if row.isChecked():
            spoken += ", " + self.tr("chosen")
        row.setAccessibleName(spoken)

    def relabel(self) -> None:
        """Every row's words again (language changed)."""
        for row, entry in zip(self._row_widgets, self._entries):
            self.label_row(row, entry)
