"""Guide pictures: drawn from SVG (or PNG) at any size, for the screen and for paper.

`GuidePicture` paints a step's picture scaled to fit its box, keeping its
shape, so the same file is sharp on a 1280x800 panel, on a 22-inch screen and
in the narrow side panel. `picture_image` renders one for printing. A picture
Qt cannot draw (QtSvg refuses an SVG nested too deep, a PNG is cut short)
shows a calm placeholder with the picture's description instead of an empty
hole. `drawing_problem` draws a picture the same way for `kiosk guides check`,
so a guide that passes the check is one the kiosk can show.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

log = logging.getLogger("kiosk.guides")


# The size the check draws a picture at: a step's picture on a 1280x800 panel.
CHECK_BOX = QRectF(0, 0, 640, 480)


def _load_svg(path: str) -> QSvgRenderer | None:
    """The renderer the kiosk draws an SVG picture with; None when Qt refuses the file."""
    renderer = QSvgRenderer(path)
    if not renderer.isValid() or renderer.defaultSize().isEmpty():
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def _load_png(path: str) -> QImage | None:
    image = QImage(path)
    return None if image.isNull() else image


@lru_cache(maxsize=32)
def _renderer(path: str, mtime: float) -> QSvgRenderer | None:
    renderer = _load_svg(path)
    if renderer is None:
        log.error("picture cannot be drawn: %s", path)
    return renderer


@lru_cache(maxsize=16)
def _png(path: str, mtime: float) -> QImage | None:
    image = _load_png(path)
    if image is None:
        log.error("picture cannot be read: %s", path)
    return image


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def natural_size(path: Path) -> QSizeF:
    """The picture's own size in pixels (its SVG viewBox or PNG size); empty when unusable."""
    if path.suffix.lower() == ".svg":
        renderer = _renderer(str(path), _mtime(path))
        return QSizeF(renderer.defaultSize()) if renderer is not None else QSizeF()
    image = _png(str(path), _mtime(path))
    return QSizeF(image.size()) if image is not None else QSizeF()


def fit(natural: QSizeF, box: QRectF) -> QRectF:
    """The largest rectangle of `natural`'s shape inside `box`, centred."""
    if natural.isEmpty() or box.isEmpty():
        return QRectF()
    scale = min(box.width() / natural.width(), box.height() / natural.height())
    w, h = natural.width() * scale, natural.height() * scale
    return QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)


def draw_picture(painter: QPainter, path: Path, box: QRectF) -> bool:
    """Draw the picture at `path` fitted into `box`; False when it cannot be drawn."""
    if path.suffix.lower() == ".svg":
        picture: QSvgRenderer | QImage | None = _renderer(str(path), _mtime(path))
    else:
        picture = _png(str(path), _mtime(path))
    return picture is not None and _draw_loaded(painter, picture, box)


def _draw_loaded(painter: QPainter, picture: QSvgRenderer | QImage, box: QRectF) -> bool:
    natural = QSizeF(picture.defaultSize()) if isinstance(picture, QSvgRenderer) else QSizeF(picture.size())
    target = fit(natural, box)
    if target.isEmpty():
        return False
    if isinstance(picture, QSvgRenderer):
        picture.render(painter, target)
    else:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, picture)
    return True


def drawing_problem(path: Path) -> tuple[int, str] | None:
    """(line, why) the kiosk cannot draw the picture at `path`, in a guide author's words; None if it can.

    Loads it with the kiosk's own loaders and draws it into a `CHECK_BOX`
    image, as a step would. Qt's own words (QtSvg's warnings) are quoted and
    give the line when they name one; they are caught here, not printed.
    Needs a QGuiApplication.
    """
    said: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: said.append(message))
    try:
        svg = path.suffix.lower() == ".svg"
        with _c_stderr_to(said):   # libpng writes its errors straight to stderr
            picture = _load_svg(str(path)) if svg else _load_png(str(path))
        if picture is None:
            what = ("Qt's SVG renderer refuses this picture (too deeply nested, or not SVG it knows)"
                    if svg else "Qt cannot read this PNG picture (damaged or cut short)")
            line, words = _qt_words(said)
            return line, f"the kiosk cannot draw this picture: {what}{words}; simplify it or export it again"
        image = QImage(int(CHECK_BOX.width()), int(CHECK_BOX.height()), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            drawn = _draw_loaded(painter, picture, CHECK_BOX)
        finally:
            painter.end()
        if not drawn:
            line, words = _qt_words(said)
            return line, f"the kiosk cannot draw this picture: it has no size{words}"
        return None
    finally:
        qInstallMessageHandler(previous)


@contextlib.contextmanager
def _c_stderr_to(said: list[str]):
    """Collect what C code writes to file descriptor 2 meanwhile (the check's own output stays clean)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as caught:
        os.dup2(caught.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            caught.seek(0)
            said.extend(caught.read().decode("utf-8", "replace").splitlines())


# QtSvg: "Cannot read file '/x/y.svg', because: <reason> (line 2)" (the reason may be empty).
_QT_CANNOT_READ = re.compile(r"Cannot read file '.*', because:\s*(.*?)\s*\(line (\d+)\)\s*$", re.DOTALL)


def _qt_words(said: list[str]) -> tuple[int, str]:
    """The line Qt names (1 when none) and its first words, quoted without the file's path."""
    first = next((text.strip() for text in said if text.strip()), "")
    m = _QT_CANNOT_READ.match(first)
    if m:
        line, first = int(m.group(2)), m.group(1)
    else:
        line = 1
    return line, f" (Qt says: {first[:200]})" if first else ""


def picture_image(path: Path, width_px: int) -> QImage:
    """The picture rendered `width_px` wide on white (for printing); null when unusable."""
    natural = natural_size(path)
    if natural.isEmpty() or width_px <= 0:
        return QImage()
    height = max(1, round(width_px * natural.height() / natural.width()))
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ok = draw_picture(painter, path, QRectF(0, 0, width_px, height))
    painter.end()
    return image if ok else QImage()


class GuidePicture(QWidget):
    """Shows one picture scaled to fit; its accessible name is the picture's description.

    When the picture cannot be drawn, the description itself stands in its
    place, in a quiet dashed frame (`guide-picture-placeholder`): the step
    still says what the picture would have shown, and nothing looks broken.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-picture")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self._path: Path | None = None
        self._natural = QSizeF()
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("guide-picture-placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("border: 2px dashed palette(mid); border-radius: 12px; padding: 24px;")
        self.placeholder.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.placeholder, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_picture(self, path: Path | None, description: str = "") -> None:
        self._path = path
        self._natural = natural_size(path) if path is not None else QSizeF()
        self.setAccessibleName(description)
        self.setAccessibleDescription(description)
        self.placeholder.setText(description)
        self.placeholder.setAccessibleName(description)
        self.placeholder.setVisible(self.shows_placeholder())
        self.updateGeometry()
        self.update()

    def shows_placeholder(self) -> bool:
        """Whether the step has a picture the kiosk cannot draw (its description shows instead)."""
        return self._path is not None and self._natural.isEmpty()

    def has_picture(self) -> bool:
        """Whether there is something to show: the picture, or its placeholder."""
        return self._path is not None

    def height_for(self, width: int) -> int:
        """The height the picture (or its placeholder) fills at `width`."""
        if self.shows_placeholder():
            return self.placeholder.heightForWidth(max(1, width))
        if self._natural.isEmpty() or self._natural.width() <= 0:
            return 0
        return round(width * self._natural.height() / self._natural.width())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self.shows_placeholder():
            return self.placeholder.sizeHint()
        if self._natural.isEmpty():
            return QSize(400, 260)
        return self._natural.toSize()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._path is None or self.shows_placeholder():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_picture(painter, self._path, QRectF(self.rect()))
        painter.end()
