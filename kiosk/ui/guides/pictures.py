"""Guide pictures: drawn from SVG (or PNG) at any size, for the screen and for paper.

`GuidePicture` paints a step's picture scaled to fit its box, keeping its
shape, so the same file is sharp on a 1280x800 panel, on a 22-inch screen and
in the narrow side panel. `picture_image` renders one for printing.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger("kiosk.guides")


@lru_cache(maxsize=32)
def _renderer(path: str, mtime: float) -> QSvgRenderer | None:
    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        log.error("picture cannot be drawn: %s", path)
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


@lru_cache(maxsize=16)
def _png(path: str, mtime: float) -> QImage | None:
    image = QImage(path)
    if image.isNull():
        log.error("picture cannot be read: %s", path)
        return None
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
    target = fit(natural_size(path), box)
    if target.isEmpty():
        return False
    if path.suffix.lower() == ".svg":
        renderer = _renderer(str(path), _mtime(path))
        if renderer is None:
            return False
        renderer.render(painter, target)
    else:
        image = _png(str(path), _mtime(path))
        if image is None:
            return False
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
    return True


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
    """Shows one picture scaled to fit; its accessible name is the picture's description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-picture")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self._path: Path | None = None
        self._natural = QSizeF()

    @property
    def path(self) -> Path | None:
        return self._path

    def set_picture(self, path: Path | None, description: str = "") -> None:
        self._path = path
        self._natural = natural_size(path) if path is not None else QSizeF()
        self.setAccessibleName(description)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def has_picture(self) -> bool:
        return self._path is not None and not self._natural.isEmpty()

    def height_for(self, width: int) -> int:
        """The height the picture fills at `width` (its own proportions)."""
        if self._natural.isEmpty() or self._natural.width() <= 0:
            return 0
        return round(width * self._natural.height() / self._natural.width())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._natural.isEmpty():
            return QSize(400, 260)
        return self._natural.toSize()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._path is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_picture(painter, self._path, QRectF(self.rect()))
        painter.end()
