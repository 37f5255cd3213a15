"""One screenshot of the screen audit, read: buttons' labels, whole texts, letter heights, tile icons.

`analyse()` runs in the audit's worker threads (tests/display/screen_audit.py
walks the kiosk and hands each screenshot over): it saves the PNG, cuts out
every button and text the probe listed (`front`), reads them with tesseract
(tests/helpers/screen_reading.py) and keeps what it read, so that
tests/display/audit_findings.py can say what is wrong. Nothing here asks the
kiosk whether something was drawn: only the pixels say that.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import cv2
import numpy as np

from kiosk.ui.shell.i18n import PSEUDO_MIRRORED
from tests.helpers import screen_reading as sr
from tests.helpers.pseudo_languages import as_drawn

OVERLAY_SCREENS = ("idle-warning", "end-confirm", "session-feedback", "signed-out")
SIZE_NAMES = ("normal", "large", "largest")


@dataclass(frozen=True)
class Combo:
    shape: tuple[int, int]
    lang: str
    step: int

    def __str__(self) -> str:
        return f"{self.shape[0]}x{self.shape[1]} {self.lang} {SIZE_NAMES[self.step]}"


@dataclass
class ShotResult:
    """What one screenshot showed: label checks, letter heights, tile icons."""

    combo: Combo
    screen: str
    path: Path
    labels: list[dict] = field(default_factory=list)     # per button: name, expected, read, ok
    texts: list[dict] = field(default_factory=list)      # per text shown whole: the same
    heights: list[dict] = field(default_factory=list)    # per word: role, name, word, height
    icons: list[dict] = field(default_factory=list)      # per tile: name, ink
    skipped: list[str] = field(default_factory=list)     # buttons and texts partly scrolled out of view


def is_tile(item: dict) -> bool:
    """A home-screen tile (objectName `tile-<id>`, DESIGN.md's contract)."""
    return item["kind"] == "button" and item["name"].startswith("tile-")


def is_listed_guide(item: dict) -> bool:
    """A guide's button in the scrolling guides list (`guide-<slug>`), not the viewer's own buttons."""
    return item["kind"] == "button" and item["name"].startswith("guide-") and item["scrolls"]


def role_of(item: dict, layer: str) -> str:
    """The text role an item's letters belong to (the issue's list, and the rest)."""
    name, kind = item["name"], item["kind"]
    if is_tile(item):
        return "tile name"
    if name.startswith("nav-"):
        return "top-bar button"
    if is_listed_guide(item):
        return "guide list item"
    if name in ("guide-step-text", "guide-intro"):
        return "guide body text"
    if item["screen"] == "help-request":
        return "help screen text"
    if layer in OVERLAY_SCREENS:
        return "dialog text" if kind == "label" else "dialog button"
    return "other text" if kind == "label" else "other button"


# Texts taller than this are read only in part (enough to measure their letters), not checked whole.
_TEXT_CROP_PX = 320


def _second_opinions(misses: dict[str, tuple[str, sr.Crop]], lang: str) -> set[str]:
    """Keys of the misses that another language's model reads right.

    One model can misread a lone large digit ("5" as "D" in Swedish); none misreads
    it in every language. A crop where nothing at all was read is not asked again:
    a blank label stays blank in every language.
    """
    good: set[str] = set()
    for other in (code for code in sr.TESSERACT_LANGS if code != lang):
        todo = {k: v for k, v in misses.items() if k not in good}
        if not todo:
            break
        words = sr.read_crops([crop for _, crop in todo.values()], other)
        good |= {k for k, (expected, crop) in todo.items() if sr.match_label(expected, words[crop.key]).ok}
    return good


def _sign_drawn(shot: np.ndarray, item: dict) -> sr.LabelMatch:
    """A label of signs only ("+", "−") or an icon: no word to read, so its ink is what shows it is drawn."""
    x, y, w, h = item["shown"]
    ink = sr.ink_pixels(shot, (x + 8, y + 8, max(1, w - 16), max(1, h - 16)))
    return sr.LabelMatch(ink >= 30, 1.0 if ink >= 30 else 0.0, (), () if ink >= 30 else (item["expected"],),
                         f"(signs only: {ink} px of ink)")


def _fold(text: str) -> str:
    return text.replace("l", "i").replace("I", "i").replace("|", "i")


def analyse(combo: Combo, screen: str, shot: np.ndarray, front: dict, path: Path) -> ShotResult:
    """Read every button and text of the front layer back from the pixels."""
    cv2.imwrite(str(path), shot[:, :, ::-1], [cv2.IMWRITE_PNG_COMPRESSION, 1])
    result = ShotResult(combo, screen, path)
    layer, items = front["layer"], front["items"]
    crops: dict[str, sr.Crop] = {}
    wanted: dict[str, dict] = {}
    if combo.lang == PSEUDO_MIRRORED:
        # Its words are drawn right to left: the screen shows "kcaB" where the label says "Back".
        items = [dict(i, text=as_drawn(i["text"]), accessible=as_drawn(i["accessible"])) for i in items]
    pseudo = combo.lang in sr.PSEUDO_OCR
    if pseudo:
        # No dictionary helps tesseract with made-up words: "l" and "I" are told apart by it only.
        items = [dict(i, text=_fold(i["text"]), accessible=_fold(i["accessible"])) for i in items]
    for i, item in enumerate(items):
        expected = item["text"].strip() or (item["accessible"].strip() if item["kind"] == "button" else "")
        if item["parent"].startswith("tile-") or not expected:
            continue      # a tile's icon and label are read with the tile; Qt's own unnamed buttons
        if item["shown"] != item["rect"] and item["scrolls"]:
            result.skipped.append(item["id"])      # partly scrolled out of view: read on another page
            if item["kind"] == "button":
                continue
        tile = is_tile(item)
        rect = list(item["shown"])
        if item["kind"] == "label":
            rect[3] = min(rect[3], _TEXT_CROP_PX)
        crop = sr.prepare(shot, tuple(rect), inset=10 if tile else (6 if item["kind"] == "button" else 0),
                          psm=11 if tile else 6, key=str(i))
        if crop is not None:
            crops[str(i)] = crop
            wanted[str(i)] = dict(item, expected=expected)
    words = sr.read_crops(list(crops.values()), combo.lang)
    if pseudo:
        words = {k: [replace(w, text=_fold(w.text)) for w in found] for k, found in words.items()}
    # A button of signs only ("+"), or an icon named only for screen readers (the bar's language globe):
    # no word to read, its ink shows that it is drawn.
    checked = {key: (sr.match_label(item["expected"], words.get(key, []))
                     if sr.normalise(item["expected"]) and item["text"].strip() else _sign_drawn(shot, item))
               for key, item in wanted.items()
               if item["kind"] == "button" or (item["shown"] == item["rect"] and item["rect"][3] <= _TEXT_CROP_PX)}
    misses = {key: (wanted[key]["expected"], crops[key]) for key, match in checked.items()
              if not match.ok and match.read.strip()}
    good = _second_opinions(misses, combo.lang) if misses else set()
    for key, item in wanted.items():
        read = words.get(key, [])
        role = role_of(item, layer)
        if key in checked:
            match = checked[key]
            (result.labels if item["kind"] == "button" else result.texts).append({
                "name": item["id"], "expected": item["expected"], "read": match.read, "ok": match.ok or key in good,
                "missing": match.missing, "cut": item["shown"] != item["rect"] and not item["scrolls"],
                "role": role, "rect": item["rect"], "shown": item["shown"]})
        for word, box in sr.matched_words(item["text"], read):
            result.heights.append({"role": role, "name": item["id"], "word": word, "height": box.height})
        if is_tile(item):
            label = next((o for o in items if o["parent"] == item["name"] and o["name"] == "tile-label"), None)
            holes = [(b.left - 4, b.top - 4, b.width + 8, b.height + 8)
                     for _, b in sr.matched_words(item["text"], read)]
            if label is not None:
                holes.append(tuple(label["shown"]))
            x, y, w, h = item["rect"]
            inner = (x + 12, y + 12, max(1, w - 24), max(1, h - 24))
            result.icons.append({"name": item["name"], "ink": sr.ink_pixels(shot, inner, holes), "rect": item["rect"]})
    return result
