"""The kiosk's own file chooser for uploads: big rows, only removable media and this visit's files.

A page's <input type=file> asks the kiosk for files (KioskPage.chooseFiles).
Qt's QFileDialog would open where the previous resident left off (it remembers
the folder in Qt's settings file), browse the whole disk and offer delete,
rename and new folder; and as a native dialog its nested loop crashed when a
session ended under it. This chooser is a full-window panel inside the kiosk
window instead: places are USB sticks and memory cards plus the session's own
folder (see kiosk.core.browser.file_choice for what may be listed), there is no way to
change a file, and every request starts afresh. `choose()` waits in a local
event loop like a page's confirm(); `abort()` (session end) answers "nothing".

Looking for sticks, listing a folder and checking the chosen files touch the
media, and a slow or failing USB stick can take seconds: that runs in the
background (kiosk.services.threads) while the panel says "Checking…" and
Cancel still works; an answer for a folder the resident has already left is
dropped. The rows themselves are kiosk.ui.browser.file_list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.browser.file_choice import REMOVABLE, AcceptFilter, Entry, FileArea, Place, discover_removable
from kiosk.services.threads import Background
from kiosk.ui.browser.file_list import FileList, short_name
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.overlays import Overlay
from kiosk.ui.shell.widgets import BigButton

log = logging.getLogger("kiosk.ui")

# The kiosk's own program files are never offered either.
_PROGRAM_DIR = Path(__file__).resolve().parents[2]

__all__ = ["FileChooser", "short_name"]


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
        self._background = Background("file-chooser", self)
        self._ticket = 0          # the listing the panel waits for; older answers are dropped
        self.list = FileList(lambda: self._language.code, self)
        self.list.folder_opened.connect(self._show_folder)
        self.list.chosen_changed.connect(self._update_buttons)
        self._empty = self.list.empty
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
        self.list.multiple = multiple
        self._accept_filter = AcceptFilter.from_page(accepted)
        self._set_rows([], 0)
        self.pop_up()
        self._loop = QEventLoop()
        # The places and the first folder come from the background; the
        # keyboard is on the chooser (Cancel) at once, not on the page behind it.
        self._refresh_places()
        self.cancel.setFocus()
        self._loop.exec()
        self._loop = None
        result, self._result = self._result, []
        # Nothing of this request stays on screen or in memory for the next one.
        self._ticket += 1
        self._reset_request()
        self._set_rows([], 0)
        self._clear_places()
        return result

    @property
    def checking(self) -> bool:
        """A listing is on its way: the panel says "Checking…"."""
        return self._checking

    def abort(self) -> None:
        """Cancel: the page gets no file."""
        self._finish([])

    def _accept(self) -> None:
        # Checked again on the stick itself (in the background): it may have changed since listed.
        area, wanted = self._area, list(self.list.chosen)
        if area is None or not wanted:
            return

        def checked(chosen: list[str]) -> None:
            if not chosen:
                # The stick was pulled out (or the file changed) after it was listed.
                self._show_folder(self._folder, unreadable=True)
                return
            log.info("file chooser: %d file(s) chosen", len(chosen))
            self._finish(chosen)

        self._start(lambda: area.choosable(wanted), checked)

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
        self._more = 0
        self._unreadable = False
        self._checking = False

    # -- places and folders (listed in the background) ------------------------------

    def _refresh_places(self) -> None:
        """Look for sticks again and show the first place (also the start of a request)."""
        find, session, forbidden = self.find_removable, self._session_folder, list(self._forbidden)
        accept = self._accept_filter

        def job():
            try:
                removable = list(find())
            except OSError as exc:  # an unreadable /media is "no stick", not a crash
                log.warning("removable media could not be listed: %s", exc.__class__.__name__)
                removable = []
            area = FileArea(removable, session, forbidden)
            place = area.places[0] if area.places else None
            listing = area.listing(place.root, accept) if place is not None else ([], 0)
            return area, place, listing

        def found(result) -> None:
            area, place, listing = result
            self._area = area
            self._clear_places()
            for n, one in enumerate(area.places):
                button = BigButton(f"file-chooser-place-{n}", self)
                button.setCheckable(True)
                button.clicked.connect(lambda _c=False, p=one: self._show_place(p))
                self._place_group.addButton(button, n)
                self._places_row.addWidget(button)
                if self.isVisible():
                    button.show()
            self._place = place
            self._shown(place.root if place is not None else None, listing, False)

        self._start(job, found)

    def _clear_places(self) -> None:
        for button in self._place_group.buttons():
            self._place_group.removeButton(button)
            self._places_row.removeWidget(button)
            button.hide()
            button.deleteLater()

    def _show_place(self, place: Place | None) -> None:
        self._show_folder(place.root if place is not None else None, place=place)

    def _show_folder(self, folder: Path | None, *, unreadable: bool = False, place: Place | None = None) -> None:
        # The place changes with its listing: until then the words stay those of the folder shown.
        place = place or self._place
        area, accept = self._area, self._accept_filter
        if folder is None or area is None:
            self._place = place
            self._shown(None, ([], 0), unreadable)
            return

        def shown(listing) -> None:
            self._place = place
            self._shown(folder, listing, unreadable)
        self._start(lambda: area.listing(folder, accept), shown)

    def _start(self, job, then) -> None:
        """Run a listing in the background; only the newest one's answer is shown."""
        self._ticket += 1
        ticket = self._ticket
        self._checking = True
        self._set_rows([], 0)
        self.retranslate()

        def answer(value) -> None:
            if ticket == self._ticket and self._loop is not None:
                then(value)

        def failed(exc: Exception) -> None:
            log.warning("file chooser: listing failed: %s", exc.__class__.__name__)
            if ticket == self._ticket and self._loop is not None:
                self._shown(self._folder, ([], 0), True)

        self._background.run(job, answer, failed)

    def _shown(self, folder: Path | None, listing: tuple[list[Entry], int], unreadable: bool) -> None:
        first = self._folder is None and self._place is not None and folder == self._place.root
        self._folder = folder
        self._checking = False
        self._unreadable = unreadable
        self._set_rows(*listing)
        self.retranslate()
        rows = self.list.row_widgets
        if first and rows and self.focusWidget() in (None, self.cancel, self):
            rows[0].setFocus()   # the first answer of a request: the keyboard starts on the list

    def _at_top(self) -> bool:
        # Paths only (the folder and the place's root are real paths already):
        # asking the stick again could hang the screen on a slow one.
        return self._folder is None or self._place is None or self._folder == self._place.root

    def _go_up(self) -> None:
        if not self._at_top():
            self._show_folder(self._folder.parent)

    def _set_rows(self, entries: list[Entry], more: int) -> None:
        self._more = more
        self.list.set_rows(entries)

    # -- texts ------------------------------------------------------------------------

    def _place_label(self, place: Place) -> str:
        if place.kind == REMOVABLE:
            return self.tr("USB stick or card %1").replace("%1", place.label)
        return self.tr("Files from this visit")

    def _update_buttons(self) -> None:
        count = len(self.list.chosen)
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
        # A button that can do nothing is not shown at all.
        self._where_row.setVisible(not self._at_top())
        if self._place is None:
            self._where.setText("")
            self._empty.setText(self.tr("No USB stick or memory card was found. Put it in the computer "
                                        "and press \"Look again\"."))
        else:
            parts = [self._place_label(self._place)]
            if self._folder is not None and self._folder != self._place.root:
                parts += self._folder.relative_to(self._place.root).parts
            self._where.setText("  ›  ".join(parts))
            self._empty.setText("" if self.list.entries else self.tr("There are no files here that this "
                                                                      "service accepts."))
        if self._more:
            self._empty.setText(self.tr("%n more file(s) are not shown. Open a folder to see fewer "
                                        "at a time.", "", self._more))
        if self._checking:
            self._empty.setText(self.tr("Checking…"))
        elif self._unreadable:
            self._empty.setText(self.tr("The file could not be read. Is the USB stick still in the "
                                        "computer? Choose the file again."))
        self._empty.setVisible(bool(self._empty.text()))
        self._where.setAccessibleName(self.tr("Folder: %1").replace("%1", self._where.text()))
        self.list.relabel()
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
