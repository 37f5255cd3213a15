"""How long the upload chooser takes to show a folder, small and large (issue 8, item 4).

Two parts, each on folders of 20, 500 and 5000 files in a temporary directory
(the page cache makes this the best case; a slow USB card adds its own time):
`FileArea.listing` (real paths, stat, filter; pure Python on the disk) and the
widget filling its rows (one big button per row, capped at MAX_ENTRIES). The
listing runs in the background (kiosk.services.threads); only the fill is
on the interface thread. The figures are ratios against the 20-file folder
measured in the same run.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

SIZES = (20, 500, 5000)
ROUNDS = 7


def _folder(base: Path, n: int) -> Path:
    d = base / f"f{n}"
    d.mkdir()
    for i in range(n):
        (d / f"scan-{i:05d}.pdf").write_bytes(b"x")
    return d


def _median_ms(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.core.browser.file_choice import FileArea
    from kiosk.ui.browser.file_chooser import FileChooser
    from kiosk.ui.shell.appearance import Appearance
    from kiosk.ui.shell.i18n import Language

    app = QApplication.instance() or QApplication([])
    language = Language("fi", app)
    Appearance(app)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folders = {n: _folder(base, n) for n in SIZES}
        area = FileArea([base], None, [])
        window = QWidget()
        window.resize(1280, 800)
        chooser = FileChooser(language, window, find_removable=lambda: [base])
        window.show()
        chooser.show()
        rows_list = chooser.list   # the widget's fill, without a page request around it
        entries = {n: area.listing(folders[n])[0] for n in SIZES}   # listed in the background in the kiosk

        def first(n: int) -> None:
            rows_list.set_rows(entries[n])
            app.processEvents()

        def every(n: int) -> None:
            rows_list.set_rows(entries[n])
            while len(rows_list.row_widgets) < len(rows_list.entries):
                app.processEvents()

        base_n = SIZES[0]
        listing = {n: _median_ms(lambda f=folders[n]: area.listing(f)) for n in SIZES}
        shown = {n: _median_ms(lambda n=n: first(n)) for n in SIZES}
        rows = {n: _median_ms(lambda n=n: every(n)) for n in SIZES}
        for n in SIZES:
            print(f"folder of {n:5d} files: listing {listing[n]:7.1f} ms ({listing[n] / listing[base_n]:5.1f}x), "
                  f"first rows on screen {shown[n]:7.1f} ms ({shown[n] / shown[base_n]:5.1f}x), "
                  f"all {len(rows_list.entries) if n == SIZES[-1] else min(n, 300)} rows "
                  f"{rows[n]:7.1f} ms ({rows[n] / rows[base_n]:5.1f}x)")
        window.close()
        language.detach()


if __name__ == "__main__":
    main()
