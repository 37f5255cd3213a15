"""The kiosk's own file chooser for uploads: big rows, only removable media and this visit's files.

A page's <input type=file> asks the kiosk for files (KioskPage.chooseFiles).
Qt's QFileDialog would open where the previous resident left off (it remembers
the folder in Qt's settings file), browse the whole disk and offer delete,
rename and new folder; and as a native dialog its nested loop crashed when a
session ended under it. This chooser is a full-window panel inside the kiosk
window instead: places are USB sticks and memory cards plus the session's own
folder (see kiosk.core.file_choice for what may be listed), there is no way to
change a file, and every request starts afresh. `choose()` waits in a local
event loop like a page's confirm(); `abort()` (session end) answers "nothing".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QDateTime, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QScrollArea, QScroller, QSizePolicy,
                               QVBoxLayout, QWidget)

from kiosk.core.file_choice import REMOVABLE, AcceptFilter, Entry, FileArea, Place, discover_removable
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.widgets import BigButton

log = logging.getLogger("kiosk.ui")

# The kiosk's own program files are never offered either.
_PROGRAM_DIR = Path(__file__).resolve().parents[2]
_NAME_CHARS = 60
_FIRST_ROWS = 30
_MORE_ROWS = 40  # longer names are shortened in the middle so the extension stays visible


def short_name(name: str, limit: int = _NAME_CHARS) -> str:
    if len(name) <= limit:
        return name
    keep = limit - 1
    return name[: keep - keep // 3] + "…" + name[-(keep // 3):]


class FileChooser(Overlay):
    """Full-window chooser; objectName `file-chooser`, buttons `file-chooser-open` / `-cancel`."""

    def __init__(self, language: Language, parent: QWidget, *,
                 find_removable: Callable[[], Iterable[Path]] = discover_removable) -> None:
        super().__init__("file-chooser", language, parent)
        self._language = language
        # Injected so that tests (and unusual mounts) can name the media roots.
        self.find_removable = find_removable
        self._session_folder: Path | None = None
        self._forbidden: list[Path] = []
        self._loop: QEventLoop | None = None
        self._result: list[str] = []
        self._row_widgets: list[BigButton] = []
        self._fill_round = 0
        self._reset_request()

        box: QVBoxLayout = self.layout()
        # The base overlay centres a short message between two stretches; a
        # list wants the whole height instead.
        box.takeAt(box.count() - 1)
        box.takeAt(0)
        box.setContentsMargins(40, 24, 40, 24)
        box.setSpacing(16)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body.setObjectName("file-chooser-hint")

        self._places_row = QHBoxLayout()
        self._places_row.setSpacing(16)
        self._place_group = QButtonGroup(self)
        self._place_group.setExclusive(True)
        self.refresh = BigButton("file-chooser-refresh", self)
        self.refresh.clicked.connect(self._refresh_places)
        places = QHBoxLayout()
        places.addLayout(self._places_row)
        places.addStretch(1)

        self.up = BigButton("file-chooser-up", self)
        self.up.clicked.connect(self._go_up)
        self._where = QLabel(self)
        self._where.setObjectName("file-chooser-location")
        self._where.setWordWrap(True)
        # Inside a folder only: "Up" and where the resident is.
        self._where_row = QWidget(self)
        where = QHBoxLayout(self._where_row)
        where.setContentsMargins(0, 0, 0, 0)
        where.setSpacing(16)
        where.addWidget(self.up)
        where.addWidget(self._where, 1)

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
        self.list = QScrollArea(self)
        self.list.setObjectName("file-chooser-list")
        self.list.setWidgetResizable(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWidget(self._rows_box)
        # A wide bar with a handle that stands out on both themes' backgrounds
        # (3:1 or more against white and black) for people who use a mouse.
        self.list.setStyleSheet(
            "QScrollBar:vertical { width: 44px; background: transparent; margin: 0; }"
            "QScrollBar::handle:vertical { background: #808080; border-radius: 8px; min-height: 80px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }")
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        # "Nothing here" and "more not shown" read inside the list, after its rows.
        self._empty = QLabel(self._rows_box)
        self._empty.setObjectName("file-chooser-empty")
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("QLabel { padding: 12px; }")
        self._rows.insertWidget(0, self._empty)

        self.cancel = BigButton("file-chooser-cancel", self)
        self.open_button = BigButton("file-chooser-open", self)
        self.cancel.clicked.connect(self.abort)
        self.open_button.clicked.connect(self._accept)
        self._buttons.addWidget(self.cancel)
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.refresh)
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.open_button)

        box.insertLayout(2, places)
        box.insertWidget(3, self._where_row)
        box.insertWidget(4, self.list, 1)
        self.retranslate()

    # -- the session's side ---------------------------------------------------------

    def begin_session(self, session_folder: Path, forbidden: Iterable[Path]) -> None:
        """The folder of this session's own files, and the kiosk folders never shown."""
        self._session_folder = session_folder
        self._forbidden = [*forbidden, _PROGRAM_DIR]

    def end_session(self) -> None:
        """Close an open chooser (the page gets nothing) and forget the session's folder."""
        self.abort()
        self._session_folder = None
        self._forbidden = []

    @property
    def is_open(self) -> bool:
        return self._loop is not None

    # -- a page's request -----------------------------------------------------------

    def choose(self, *, multiple: bool, accepted: Iterable[str]) -> list[str]:
        """Ask the resident; blocks in a local loop, returns real paths (or [] for nothing)."""
        if self._loop is not None or self._session_folder is None:
            return []  # a second request while one is open, or no session: nothing
        self._reset_request()
        self._multiple = multiple
        self._accept_filter = AcceptFilter.from_page(accepted)
        self._find_places()
        self.pop_up()
        self._show_place(self._first_place())
        # Keys go to the chooser, not to the page behind it.
        (self._row_widgets[0] if self._row_widgets else self.cancel).setFocus()
        self._loop = QEventLoop()
        self._loop.exec()
        self._loop = None
        result, self._result = self._result, []
        # Nothing of this request stays on screen or in memory for the next one.
        self._reset_request()
        self._set_rows([], 0)
        self._clear_places()
        return result

    def abort(self) -> None:
        """Cancel: the page gets no file."""
        self._finish([])

    def _accept(self) -> None:
        chosen = self._area.choosable(self._chosen) if self._area is not None else []
        if not chosen:
            # The stick was pulled out (or the file changed) after it was listed.
            self._show_folder(self._folder)
            self._unreadable = True
            self.retranslate()
            return
        log.info("file chooser: %d file(s) chosen", len(chosen))
        self._finish(chosen)

    def _finish(self, result: list[str]) -> None:
        self._result = result
        self.hide()
        if self._loop is not None:
            self._loop.quit()

    def _reset_request(self) -> None:
        self._multiple = False
        self._accept_filter = AcceptFilter()
        self._area: FileArea | None = None
        self._place: Place | None = None
        self._folder: Path | None = None
        self._entries: list[Entry] = []
        self._more = 0
        self._chosen: list[Path] = []
        self._unreadable = False

    # -- places and folders ---------------------------------------------------------

    def _find_places(self) -> None:
        try:
            removable = list(self.find_removable())
        except OSError as exc:  # an unreadable /media is "no stick", not a crash
            log.warning("removable media could not be listed: %s", exc.__class__.__name__)
            removable = []
        self._area = FileArea(removable, self._session_folder, self._forbidden)
        self._clear_places()
        for n, place in enumerate(self._area.places):
            button = BigButton(f"file-chooser-place-{n}", self)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, p=place: self._show_place(p))
            self._place_group.addButton(button, n)
            self._places_row.addWidget(button)
            if self.isVisible():
                button.show()

    def _clear_places(self) -> None:
        for button in self._place_group.buttons():
            self._place_group.removeButton(button)
            self._places_row.removeWidget(button)
            button.hide()
            button.deleteLater()

    def _first_place(self) -> Place | None:
        places = self._area.places if self._area is not None else []
        return places[0] if places else None

    def _refresh_places(self) -> None:
        self._find_places()
        self._show_place(self._first_place())

    def _show_place(self, place: Place | None) -> None:
        self._place = place
        self._show_folder(place.root if place is not None else None)

    def _show_folder(self, folder: Path | None) -> None:
        self._folder = folder
        self._chosen = []
        self._unreadable = False
        if folder is None or self._area is None:
            self._set_rows([], 0)
        else:
            self._set_rows(*self._area.listing(folder, self._accept_filter))
        self.retranslate()

    def _go_up(self) -> None:
        if self._folder is not None and self._area is not None:
            parent = self._area.parent(self._folder)
            if parent is not None:
                self._show_folder(parent)

    def _set_rows(self, entries: list[Entry], more: int) -> None:
        for old in self._row_widgets:
            self._rows.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._row_widgets = []
        self._entries, self._more = entries, more
        # A big folder's rows come in batches, the first at once: the screen
        # answers a tap while the rest are made (about 2 ms a row).
        self._fill_round += 1
        self._add_rows(_FIRST_ROWS)
        self.list.verticalScrollBar().setValue(0)

    def _add_rows(self, count: int) -> None:
        start = len(self._row_widgets)
        for n in range(start, min(len(self._entries), start + count)):
            entry = self._entries[n]
            row = BigButton(f"file-chooser-row-{n}", self._rows_box)
            row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            row.setProperty("entry", str(entry.path))
            row.ensurePolished()
            if entry.is_dir:
                row.clicked.connect(lambda _c=False, e=entry: self._show_folder(e.path))
            else:
                row.setCheckable(True)
                row.toggled.connect(lambda on, e=entry, r=row: self._toggle(e, r, on))
            self._rows.insertWidget(n, row)
            self._row_widgets.append(row)
            self._label_row(row, entry)
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
        if on and not self._multiple:
            for other in self._row_widgets:
                if other is not row and other.isChecked():
                    other.setChecked(False)
            self._chosen = [entry.path]
        elif on:
            self._chosen.append(entry.path)
        elif entry.path in self._chosen:
            self._chosen.remove(entry.path)
        self._label_row(row, entry)
        self._update_buttons()

    # -- texts ------------------------------------------------------------------------

    def _place_label(self, place: Place) -> str:
        if place.kind == REMOVABLE:
            return self.tr("USB stick or card %1").replace("%1", place.label)
        return self.tr("Files from this visit")

    def _label_row(self, row: BigButton, entry: Entry) -> None:
        # Finnish conventions for every language (sizes with a decimal comma in
        # fi and sv, day.month.year): the dates a resident knows from Finnish papers.
        locale = QLocale(f"{self._language.code}_FI")
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

    def _update_buttons(self) -> None:
        count = len(self._chosen)
        self.open_button.setEnabled(count > 0)
        if count == 0:
            # Says what to do instead of looking like a button that does nothing.
            self.open_button.set_label(self.tr("Tap a file to choose it"))
        elif self._multiple and count > 1:
            self.open_button.set_label(self.tr("Send %n file(s)", "", count))
        else:
            self.open_button.set_label(self.tr("Send this file"))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Choose files to send") if self._multiple
                            else self.tr("Choose a file to send"))
        self._body.setText(self.tr("Files from a USB stick, a memory card or this visit. "
                                   "Nothing on this computer is changed."))
        self.refresh.set_label(self.tr("Look again"), self.tr("Look for a USB stick again"))
        self.up.set_label(self.tr("Up one folder"))
        self.cancel.set_label(self.tr("Cancel"))
        self.list.setAccessibleName(self.tr("Files and folders"))
        places = self._area.places if self._area is not None else []
        for n, place in enumerate(places):
            button = self._place_group.button(n)
            if button is not None:
                button.set_label(self._place_label(place))
                button.setChecked(place == self._place)
        at_top = self._folder is None or self._area is None or self._area.parent(self._folder) is None
        # A button that can do nothing is not shown at all.
        self._where_row.setVisible(not at_top)
        if self._place is None:
            self._where.setText("")
            self._empty.setText(self.tr("No USB stick or memory card was found. Put it in the computer "
                                        "and press \"Look again\"."))
        else:
            parts = [self._place_label(self._place)]
            if self._folder is not None and self._folder != self._place.root:
                parts += self._folder.relative_to(self._place.root).parts
            self._where.setText("  ›  ".join(parts))
            self._empty.setText("" if self._entries else self.tr("There are no files here that this "
                                                                  "service accepts."))
        if self._more:
            self._empty.setText(self.tr("%n more file(s) are not shown. Open a folder to see fewer "
                                        "at a time.", "", self._more))
        if self._unreadable:
            self._empty.setText(self.tr("The file could not be read. Is the USB stick still in the "
                                        "computer? Choose the file again."))
        self._empty.setVisible(bool(self._empty.text()))
        self._where.setAccessibleName(self.tr("Folder: %1").replace("%1", self._where.text()))
        for row, entry in zip(self._row_widgets, self._entries):
            self._label_row(row, entry)
        self._update_buttons()

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt override)
        # Tab walks the chooser's own controls round and round, never to the
        # bar or the page hidden behind it.
        current = self.focusWidget() or self
        widget = current
        for _ in range(5000):
            widget = widget.nextInFocusChain() if next_ else widget.previousInFocusChain()
            if widget is current:
                break
            if (self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason if next_ else Qt.FocusReason.BacktabFocusReason)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.abort()
            return
        super().keyPressEvent(event)
