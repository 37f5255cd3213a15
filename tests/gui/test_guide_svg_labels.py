"""Every label drawn in a shipped guide picture stays inside its box, as QtSvg draws it here.

The picture of the OmaKanta button said "Kirjaudu OmaKantaan" wider than the
button with the fonts a Debian kiosk has (white letters ran off onto the white
page: "irjaudu OmaKantaa"). Each <text> is drawn by QtSvg once in magenta and
once left out; where the two images differ is where its letters are, and that
must lie inside the smallest <rect> around the text's anchor point.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.resources import shipped_guides_dir

TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
RECT = re.compile(r"<rect\b([^>]*)/?>")


def attr(attrs: str, name: str, default: float = 0.0) -> float:
    m = re.search(rf'\b{name}="([-\d.]+)"', attrs)
    return float(m.group(1)) if m else default


def render(svg: str, size: tuple[int, int]) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg.encode())).render(painter)
    painter.end()
    return image


def ink_box(a: QImage, b: QImage) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the pixels where the two images differ."""
    rows = [y for y in range(a.height()) if bytes(a.constScanLine(y)) != bytes(b.constScanLine(y))]
    if not rows:
        return None
    cols = [x for x in range(a.width()) if any(a.pixel(x, y) != b.pixel(x, y) for y in rows)]
    return cols[0], rows[0], cols[-1], rows[-1]


def labels() -> list[tuple[Path, int]]:
    found = []
    for path in sorted(shipped_guides_dir().glob("*/*.svg")):
        for n, _m in enumerate(TEXT.finditer(path.read_text(encoding="utf-8"))):
            found.append((path, n))
    return found


@pytest.mark.parametrize("path,n", labels(), ids=lambda v: v.parent.name + "/" + v.name if isinstance(v, Path) else str(v))
def test_label_inside_its_box(qapp, path: Path, n: int):
    svg = path.read_text(encoding="utf-8")
    m = list(TEXT.finditer(svg))[n]
    attrs, words = m.group(1), m.group(2)
    x, y = attr(attrs, "x"), attr(attrs, "y")
    boxes = []
    for r in RECT.finditer(svg[:m.start()]):
        rx, ry, rw, rh = attr(r.group(1), "x"), attr(r.group(1), "y"), attr(r.group(1), "width"), \
            attr(r.group(1), "height")
        if "transform" not in r.group(1) and rx <= x <= rx + rw and ry <= y <= ry + rh and rw * rh > 0:
            boxes.append((rx, ry, rw, rh))
    if not boxes:
        pytest.skip("a label not drawn on a box")
    bx, by, bw, bh = min(boxes, key=lambda b: b[2] * b[3])
    magenta = re.sub(r'\bfill="[^"]*"', 'fill="#ff00ff"', attrs)
    with_text = svg[:m.start()] + f"<text{magenta}>{words}</text>" + svg[m.end():]
    without = svg[:m.start()] + svg[m.end():]
    view = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
    size = (int(float(view.group(1))), int(float(view.group(2))))
    box = ink_box(render(with_text, size), render(without, size))
    assert box is not None, f"'{words}' draws nothing"
    left, _top, right, _bottom = box
    assert bx <= left and right <= bx + bw, (
        f"{path.parent.name}/{path.name}: '{words}' is drawn from x={left} to {right}, "
        f"its box is {bx:.0f}..{bx + bw:.0f}")
