"""Checks inside one guide picture file: size, PNG signature, SVG safety (no scripts, nothing from outside).

Whether Qt can *draw* a picture is asked of a `Draw` function that
`check_guides_dir` puts in `DRAW` (``kiosk guides check`` passes the kiosk's
own renderer, `kiosk.ui.guides.pictures.drawing_problem`): core itself knows no Qt.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.parsers import expat

from kiosk.core.guides.model import MAX_PICTURE_BYTES, Problem

# path -> (line, why) the kiosk cannot draw it, or None: it can; set by check_guides_dir's `draw`.
Draw = Callable[[Path], "tuple[int, str] | None"]
DRAW: contextvars.ContextVar[Draw | None] = contextvars.ContextVar("draw", default=None)

_SCRIPT_TAG = re.compile(rb"<\s*(?:[\w.-]+:)?script\b", re.IGNORECASE)
_EXTERNAL = re.compile(r"^\s*(https?|file|javascript):", re.IGNORECASE)
_CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*(https?|file|javascript):", re.IGNORECASE)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_picture_file(path: Path) -> list[Problem]:
    """Problems inside one picture file (size, PNG signature, SVG safety)."""
    file = str(path)
    size = path.stat().st_size
    if size > MAX_PICTURE_BYTES:
        kilobytes = -(-size // 1024)  # rounded up, so 512 KB + 1 byte does not read "512 KB"
        return [Problem(file, 1, f"picture is {kilobytes} KB; the limit is "
                                 f"{MAX_PICTURE_BYTES // 1024} KB (simplify it or make it smaller)")]
    data = path.read_bytes()
    if path.suffix.lower() == ".png":
        if not data.startswith(_PNG_SIGNATURE):
            return [Problem(file, 1, "not a PNG picture (the file content is something else)")]
        return []
    return _check_svg(file, data)


def _check_svg(file: str, data: bytes) -> list[Problem]:
    problems: list[Problem] = []
    m = _SCRIPT_TAG.search(data)
    if m:
        line = data.count(b"\n", 0, m.start()) + 1
        problems.append(Problem(file, line, "SVG picture contains <script>; pictures must not run code"))

    parser = expat.ParserCreate(namespace_separator=" ")
    # External entities could read files from the kiosk; never resolve them.
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: list[str] = []

    def bad(message: str) -> None:
        problems.append(Problem(file, parser.CurrentLineNumber, message))

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if not root:
            root.append(local)
            if local != "svg":
                bad(f"not an SVG picture (the first element is <{local}>, not <svg>)")
        for attr, value in attrs.items():
            attr_local = attr.rsplit(" ", 1)[-1]
            if attr_local.lower().startswith("on"):
                bad(f"SVG picture has an event attribute '{attr_local}'; pictures must not run code")
            elif attr_local == "href" and _EXTERNAL.match(value):
                bad(f"SVG picture links to '{value.strip()}'; a picture must not load anything "
                    "from outside (embed it or remove it)")
            elif _CSS_URL.search(value):
                bad("SVG picture loads something from outside (url(...) in a style)")

    def text(data_: str) -> None:
        if _CSS_URL.search(data_):
            bad("SVG picture loads something from outside (url(...) or @import in a style)")

    def entity(*_args: Any) -> None:
        bad("SVG picture declares an entity (<!ENTITY>); remove it")

    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        problems.append(Problem(file, exc.lineno or 1,
                                f"SVG picture is not well-formed XML: {expat.ErrorString(exc.code)} "
                                f"(column {exc.offset + 1})"))
    return problems


