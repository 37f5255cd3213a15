"""Reading a screenshot as a person would: the words drawn in a rectangle, their height, ink.

Used by the screen audit (tests/display/test_screen_audit.py). Everything
here works on the pixels of a screenshot (an RGB numpy array): a rectangle
is cut out, made dark-on-light and enlarged when its type is small, and read
back with Debian's tesseract (`tesseract-ocr`, `-fin`, `-swe`; English comes
with it). Many crops go to one tesseract process (a list file, one page per
crop), and a crop seen before (the bar is the same on most screens) is read
once.

- `read_crops(crops, lang)`: the words tesseract finds in each crop, with
  their boxes in screen pixels (the height of a word's box is the ink height
  of its letters, which grows with the type size);
- `match_label(expected, words)`: whether the words drawn say the expected
  label, tolerant of OCR slips (normalised words, edit-distance ratio);
- `ink_pixels(shot, rect, holes)`: pixels that differ from the background in
  a rectangle, apart from some holes (an icon is ink that is not text).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import cv2
import numpy as np

# The six more languages read with English too: their screens name the services in Latin letters
# (OmaKanta, Suomi.fi). Somali is written in Latin letters; Debian has no Somali data.
TESSERACT_LANGS = {"fi": "fin", "sv": "swe", "en": "eng", "ru": "rus+eng", "uk": "ukr+eng", "et": "est+eng",
                   "ar": "ara+eng", "fa": "fas+eng", "so": "eng"}
# The test-only pseudo-languages are English underneath (tests/helpers/pseudo_languages.py).
PSEUDO_OCR = {"qps-ploc": "eng", "qps-plocm": "eng"}
APT_HINT = "apt-get install -y tesseract-ocr tesseract-ocr-fin tesseract-ocr-swe (./dev test does it as root)"
# Tesseract reads best when a lower-case letter is 20-30 px high: small type is enlarged.
_SMALL_CROP_PX = 220
_PAD_PX = 16
# A word counts as found when this close to an expected one (difflib ratio, after normalising).
WORD_RATIO = 0.8
# A label is drawn when this share of its words is found (all of them for one or two words).
LABEL_RECALL = 0.6


@dataclass(frozen=True)
class Word:
    text: str
    left: float     # screen pixels
    top: float
    width: float
    height: float
    conf: float


@dataclass
class Crop:
    """A rectangle of a screenshot prepared for tesseract; `psm` 6 = a block of text, 11 = sparse text."""

    key: str
    image: np.ndarray
    origin: tuple[int, int]
    scale: float
    psm: int = 6
    digest: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.digest = hashlib.sha1(self.image.tobytes() + str(self.image.shape).encode()
                                   + str(self.psm).encode()).hexdigest()


def missing_tools() -> list[str]:
    """What of tesseract and its fi/sv/en data is not installed (empty when all is there)."""
    if shutil.which("tesseract") is None:
        return ["tesseract"]
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    have = set(out.split())
    wanted = sorted({code for codes in TESSERACT_LANGS.values() for code in codes.split("+")})
    return [f"tesseract data {code}" for code in wanted if code not in have]


def prepare(shot: np.ndarray, rect: tuple[int, int, int, int], *, inset: int = 0, psm: int = 6,
            key: str = "") -> Crop | None:
    """Cut `rect` (minus `inset` on each side) out of `shot`, grey, dark text on light, enlarged if small."""
    x, y, w, h = rect
    x0, y0 = max(0, x + inset), max(0, y + inset)
    x1, y1 = min(shot.shape[1], x + w - inset), min(shot.shape[0], y + h - inset)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    grey = cv2.cvtColor(np.ascontiguousarray(shot[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY)
    edge = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    if np.median(edge) < 128:      # light text on a dark button: tesseract wants dark on light
        grey = 255 - grey
    scale = 2.0 if (y1 - y0) < _SMALL_CROP_PX else 1.0
    if scale != 1.0:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    grey = cv2.copyMakeBorder(grey, _PAD_PX, _PAD_PX, _PAD_PX, _PAD_PX, cv2.BORDER_REPLICATE)
    return Crop(key, grey, (x0, y0), scale, psm)


_cache: dict[tuple[str, str], list[Word]] = {}
_cache_lock = threading.Lock()


def _words_on_screen(rows: list[list[str]], crop: Crop) -> list[Word]:
    words = []
    for cols in rows:
        left, top, width, height = (float(v) for v in cols[6:10])
        words.append(Word(cols[11].strip(), crop.origin[0] + (left - _PAD_PX) / crop.scale,
                          crop.origin[1] + (top - _PAD_PX) / crop.scale, width / crop.scale,
                          height / crop.scale, float(cols[10])))
    return words


def tesseract_code(lang: str) -> str:
    """Tesseract's name for the data of `lang` (a kiosk code, a pseudo-language, or tesseract's own: "ara")."""
    return TESSERACT_LANGS.get(lang) or PSEUDO_OCR.get(lang) or lang


def _run_tesseract(crops: list[Crop], lang: str, psm: int) -> list[list[list[str]]]:
    """One tesseract process for many crops; the word rows of its TSV, per crop."""
    with tempfile.TemporaryDirectory(prefix="digipiste-ocr-") as tmp:
        names = []
        for i, crop in enumerate(crops):
            path = Path(tmp) / f"{i:04d}.png"
            cv2.imwrite(str(path), crop.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
            names.append(str(path))
        listing = Path(tmp) / "crops.txt"
        listing.write_text("\n".join(names) + "\n", encoding="utf-8")
        # One thread each: the audit runs two of these side by side on a 2-core CI machine.
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        done = subprocess.run(["tesseract", str(listing), "stdout", "-l", tesseract_code(lang), "--psm", str(psm),
                               "tsv"], capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed ({done.returncode}): {done.stderr[-500:]}")
    pages: list[list[list[str]]] = [[] for _ in crops]
    for line in done.stdout.splitlines():
        cols = line.split("\t")
        # Level 5 is a word; page_num counts the crops of the list from 1.
        if len(cols) == 12 and cols[0] == "5" and cols[11].strip():
            pages[int(cols[1]) - 1].append(cols)
    return pages


def read_crops(crops: list[Crop], lang: str) -> dict[str, list[Word]]:
    """The words tesseract reads in each crop (by the crop's key), in screen pixels."""
    result: dict[str, list[Word]] = {}
    todo: dict[int, list[Crop]] = {}
    for crop in crops:
        with _cache_lock:
            rows = _cache.get((crop.digest, lang))
        if rows is None:
            todo.setdefault(crop.psm, []).append(crop)
        else:
            result[crop.key] = _words_on_screen(rows, crop)
    for psm, batch in todo.items():
        for crop, rows in zip(batch, _run_tesseract(batch, lang, psm)):
            with _cache_lock:
                _cache[(crop.digest, lang)] = rows
            result[crop.key] = _words_on_screen(rows, crop)
    return result


def normalise(text: str) -> list[str]:
    """Lower-case words without accents or punctuation ("Pyydä apua!" -> ["pyyda", "apua"])."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in plain)
    return cleaned.split()


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


@dataclass(frozen=True)
class LabelMatch:
    ok: bool
    recall: float
    found: tuple[str, ...]
    missing: tuple[str, ...]
    read: str


def match_label(expected: str, words: list[Word]) -> LabelMatch:
    """Do the words drawn say `expected`? Tolerant: most words found, each nearly right."""
    wanted = [w for w in normalise(expected) if len(w) > 1 or w.isdigit()] or normalise(expected)
    read_words = [n for word in words for n in normalise(word.text)]
    joined = "".join(read_words)
    found, missing = [], []
    for want in wanted:
        if any(_ratio(want, got) >= WORD_RATIO for got in read_words) or (len(want) > 2 and want in joined):
            found.append(want)
        else:
            missing.append(want)
    recall = len(found) / len(wanted) if wanted else 1.0
    needed = 1.0 if len(wanted) <= 2 else LABEL_RECALL
    return LabelMatch(bool(wanted) and recall >= needed, recall, tuple(found), tuple(missing),
                      " ".join(word.text for word in words))


def matched_words(expected: str, words: list[Word]) -> list[tuple[str, Word]]:
    """The words read that are words of `expected` (normalised), to measure letters on real text only."""
    wanted = {w for w in normalise(expected) if len(w) > 1}
    out = []
    for word in words:
        parts = normalise(word.text)
        if len(parts) != 1:
            continue
        best = max(wanted, key=lambda w: _ratio(w, parts[0]), default=None)
        if best is not None and _ratio(best, parts[0]) >= 0.9:
            out.append((best, word))
    return out


def background(shot: np.ndarray, rect: tuple[int, int, int, int]) -> np.ndarray:
    """The most common colour in a rectangle (a button's or tile's face)."""
    x, y, w, h = rect
    area = shot[y:y + h, x:x + w].reshape(-1, 3)
    colours, counts = np.unique(area, axis=0, return_counts=True)
    return colours[counts.argmax()]


def ink_pixels(shot: np.ndarray, rect: tuple[int, int, int, int],
               holes: list[tuple[float, float, float, float]] = (), threshold: int = 90) -> int:
    """Pixels of `rect` that differ clearly from its background colour, not counting `holes`."""
    x, y, w, h = rect
    area = shot[y:y + h, x:x + w].astype(np.int16)
    mask = np.abs(area - background(shot, rect).astype(np.int16)).sum(axis=2) > threshold
    for hx, hy, hw, hh in holes:
        mask[max(0, int(hy) - y):max(0, int(hy + hh + 0.999) - y), max(0, int(hx) - x):max(0, int(hx + hw + 0.999) - x)] = False
    return int(mask.sum())
