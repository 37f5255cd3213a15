"""Who made each translation and whether a native speaker has checked it.

The record is kiosk/assets/translations/STATUS.md, written by people: one
Markdown table per part (the interface, the guides). This module reads the
interface table so that the admin view can say, per language, whether a
native speaker has checked it. The Markdown file itself is the one source (no
generated copy to forget): a reviewer's name goes into it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

INTERFACE_HEADING = "## Interface"
COLUMNS = ("code", "language", "made by", "date", "checked by a native speaker")


@dataclass(frozen=True)
class TranslationStatus:
    code: str
    made_by: str
    date: str
    checked: str     # "no", or who checked it and when

    @property
    def reviewed(self) -> bool:
        return self.checked.strip().lower() not in ("", "no", "-")


class StatusFileError(ValueError):
    """STATUS.md cannot be read as expected; the message names the line."""


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_status(text: str, source: str = "STATUS.md") -> dict[str, TranslationStatus]:
    """The interface table of STATUS.md: language code -> its status."""
    out: dict[str, TranslationStatus] = {}
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip().startswith(INTERFACE_HEADING))
    except StopIteration:
        raise StatusFileError(f"{source}: no '{INTERFACE_HEADING}' section") from None
    header_seen = False
    for number, line in enumerate(lines[start + 1:], start=start + 2):
        stripped = line.strip()
        if stripped.startswith("## "):
            break
        if not stripped.startswith("|"):
            if header_seen and out:
                break
            continue
        cells = _cells(stripped)
        if not header_seen:
            if [c.lower() for c in cells] != list(COLUMNS):
                raise StatusFileError(f"{source}:{number}: the table's columns must be: {' | '.join(COLUMNS)}")
            header_seen = True
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue
        if len(cells) != len(COLUMNS):
            raise StatusFileError(f"{source}:{number}: {len(COLUMNS)} cells expected, found {len(cells)}")
        code, _name, made_by, date, checked = cells
        out[code] = TranslationStatus(code, made_by, date, checked)
    if not out:
        raise StatusFileError(f"{source}: the '{INTERFACE_HEADING}' table has no rows")
    return out


def read_status(path: Path) -> dict[str, TranslationStatus]:
    """STATUS.md's interface table; StatusFileError (with the path) when it is missing or malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StatusFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return parse_status(text, str(path))
