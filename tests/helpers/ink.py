"""What a person sees in a widget's pixels: lines of text, the height of its letters, an icon.

Read from an image (`QWidget.grab()`, or a screenshot), never from widget
properties, so that a label that is set but never drawn, or drawn smaller
than before, is seen:

- `ink(image)`: a mask of the pixels that stand out from the background (the
  most common colour): text, icon, border;
- `ink_lines(mask)`: the runs of rows that hold ink, each one a line of text;
- `letter_height(mask)`: how tall the tallest letter stands above its line's
  baseline, in pixels; the same label drawn in larger type measures taller,
  however it wraps, since the same letters are on some line.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPixmap


def pixels(image: QImage | QPixmap) -> np.ndarray:
    """The image as an (height, width, 3) array of RGB values."""
    if isinstance(image, QPixmap):
        image = image.toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width * 3].reshape(height, width, 3).copy()


def ink(image: QImage | QPixmap | np.ndarray, inset: int = 0, inset_x: int | None = None) -> np.ndarray:
    """Boolean mask of the pixels far from the background colour (at least half as far as the farthest).

    `inset` pixels at the top and bottom edges, `inset_x` (default: `inset`) at
    the left and right ones are left out: a button's border and its round corners.
    """
    rgb = image if isinstance(image, np.ndarray) else pixels(image)
    across = inset if inset_x is None else inset_x
    if inset or across:
        rgb = rgb[inset:rgb.shape[0] - inset, across:rgb.shape[1] - across]
    if rgb.size == 0:
        return np.zeros(rgb.shape[:2], dtype=bool)
    wide = rgb.astype(np.int32)
    packed = (wide[..., 0] << 16) | (wide[..., 1] << 8) | wide[..., 2]
    colours, counts = np.unique(packed, return_counts=True)
    common = int(colours[counts.argmax()])
    background = np.array([common >> 16, (common >> 8) & 255, common & 255])
    distance = np.abs(wide - background).sum(axis=2)
    far = distance.max()
    if far < 60:   # nothing but shades of the background
        return np.zeros(rgb.shape[:2], dtype=bool)
    return distance >= far / 2


@dataclass(frozen=True)
class Line:
    top: int
    bottom: int        # the last row with ink
    baseline: int      # the row most letters stand on
    letter_px: int     # from the top of the tallest letter to the baseline

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1


def ink_lines(mask: np.ndarray, min_gap: int = 2) -> list[Line]:
    """The lines of text in `mask`: runs of inked rows split by at least `min_gap` empty rows."""
    rows = mask.any(axis=1)
    runs: list[tuple[int, int]] = []
    start = None
    blank = 0
    for y, on in enumerate(rows):
        if on:
            if start is None:
                start = y
            blank = 0
            end = y
        elif start is not None:
            blank += 1
            if blank >= min_gap:
                runs.append((start, end))
                start = None
    if start is not None:
        runs.append((start, end))
    return [_line(mask, top, bottom) for top, bottom in runs]


def _line(mask: np.ndarray, top: int, bottom: int) -> Line:
    band = mask[top:bottom + 1]
    columns = band.any(axis=0)
    # Each column's lowest ink: most of them sit on the baseline (descenders are few).
    lowest = band.shape[0] - 1 - np.argmax(band[::-1], axis=0)
    bottoms = lowest[columns]
    baseline = int(np.bincount(bottoms).argmax()) + top if bottoms.size else bottom
    return Line(top, bottom, baseline, baseline - top + 1)


def letter_height(mask: np.ndarray) -> int:
    """Pixels from the top of the tallest letter to its baseline, over all lines (0: no text)."""
    lines = ink_lines(mask)
    return max((line.letter_px for line in lines), default=0)


def crop(image: QImage | QPixmap, rect: QRect) -> np.ndarray:
    """The part of `image` inside `rect` as an RGB array."""
    rgb = pixels(image)
    return rgb[max(0, rect.top()):rect.bottom() + 1, max(0, rect.left()):rect.right() + 1]
