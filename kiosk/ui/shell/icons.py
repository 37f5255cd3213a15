"""Tile icons: SVG files drawn in white, recoloured to the theme when drawn."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.resources import asset

log = logging.getLogger("kiosk.ui")

BUILT_IN = ("kanta", "kela", "suomifi", "messages", "authorizations", "tax", "generic")


def icon_path(name: str) -> Path:
    """A built-in icon's file, or `name` itself when it is a path to a file."""
    if name in BUILT_IN:
        return asset("icons", f"{name}.svg")
    return Path(name)


@lru_cache(maxsize=64)
def _svg_bytes(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        log.error("icon %s cannot be read: %s", path, exc)
        return None


def tile_icon(name: str, colour: str, size: int) -> QIcon:
    """The icon for a tile in `colour`, `size` pixels square; generic when missing."""
    path = icon_path(name)
    data = _svg_bytes(str(path)) if path.suffix.lower() == ".svg" else None
    if data is None and path.suffix.lower() == ".png" and path.exists():
        return QIcon(str(path))
    if data is None:
        data = _svg_bytes(str(icon_path("generic"))) or b""
    renderer = QSvgRenderer(QByteArray(data.replace(b"#FFFFFF", colour.encode())))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)
