"""Two test-only pseudo-languages made from the English translations, compiled with lrelease.

- `qps-ploc` (stretched): every word about 40 % longer, its first vowel
  accented, each string in brackets: "[Chóosecho á sérviceser]". It finds labels that cut a
  longer translation (Finnish compounds, Estonian, Somali) and accents above
  capitals (Á, Õ, Й) that are clipped.
- `qps-plocm` (mirrored): every word written right to left (each run of
  letters inside U+202E RIGHT-TO-LEFT OVERRIDE ... U+202C, so "Back" shows
  as "kcaB") and its translation says "RTL" for Qt's QT_LAYOUT_DIRECTION:
  the kiosk mirrors its layout as for Arabic, and numbers, times and phone
  numbers next to its words behave as they do next to Arabic letters (groups
  come out reversed unless the kiosk keeps them left to right).

Placeholders (%1, %n) and the arrows of "← Back" stay as in English (the
kiosk turns arrows itself). `pseudo_translations()` writes `<feature>_<code>.ts`
and `.qm` for both into a temporary folder once per process; a kiosk started
with DIGIPISTE_TEST_TRANSLATIONS=<that folder> (kiosk.ui.shell.i18n) can then
switch to either code. The codes never appear in a site's languages.
"""

from __future__ import annotations

import math
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.i18n_build import _tool, translations_dir
from kiosk.ui.shell.i18n import PSEUDO_MIRRORED, PSEUDO_STRETCHED

STRETCH = 0.4
RLO, PDF = "\u202e", "\u202c"
# Accented letters that Unicode decomposes back to the plain letter (NFKD), so
# that a reading of the screen, normalised, still compares with the English word.
# Acute accents only: tesseract reads "ü" as "ii" and "ö" as "6", and the audit would blame the kiosk.
_ACCENTS = str.maketrans("aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ")
# A run of letters not just after %, & or < (placeholders, mnemonics, markup).
_WORD = re.compile(r"(?<![%&<])\b[^\W\d_]+")


def stretched(text: str) -> str:
    """`text` in the stretched pseudo-language (placeholders untouched)."""
    if not text.strip():
        return text

    def longer(match: re.Match) -> str:
        word = match.group(0)
        extra = math.ceil(len(word) * STRETCH)
        longer = word + (word.lower() * 3)[:extra]
        # One accent a word (its first vowel): enough to find clipped accents, few enough for tesseract.
        first = next((i for i, c in enumerate(longer) if c in "aeiouyAEIOUY"), None)
        if first is None:
            return longer
        return longer[:first] + longer[first].translate(_ACCENTS) + longer[first + 1:]
    return f"[{_WORD.sub(longer, text)}]"


def mirrored(text: str) -> str:
    """`text` in the mirrored pseudo-language: each word drawn right to left."""
    return _WORD.sub(lambda m: f"{RLO}{m.group(0)}{PDF}", text)


def as_drawn(text: str) -> str:
    """What a mirrored text looks like on the screen, read left to right, word by word ("kcaB")."""
    return re.sub(f"{RLO}([^{PDF}]*){PDF}", lambda m: m.group(1)[::-1], text)


_MAKERS = {PSEUDO_STRETCHED: stretched, PSEUDO_MIRRORED: mirrored}
_DIRECTION = {PSEUDO_STRETCHED: "LTR", PSEUDO_MIRRORED: "RTL"}


def _pseudo_ts(english_ts: Path, code: str) -> str:
    """The .ts text of one feature in the pseudo-language `code`, from its English file."""
    make = _MAKERS[code]
    tree = ET.parse(english_ts)
    root = tree.getroot()
    # English plural rules: lrelease knows no pseudo-locale and would drop the plural forms.
    root.set("language", "en_US")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)     # "unfinished" would be left out by lrelease
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = make(form.text or source)
        else:
            translation.text = make(translation.text or source)
    if english_ts.stem.startswith("shell_"):
        # Qt's own way for a translation to say its direction (QGuiApplication reads it).
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "QGuiApplication"
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
        ET.SubElement(message, "translation").text = _DIRECTION[code]
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")


def write_pseudo_translations(folder: Path) -> list[Path]:
    """`<feature>_<code>.ts` and `.qm` for both pseudo-languages in `folder`; the .qm paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for english in sorted(translations_dir().glob("*_en.ts")):
        feature = english.stem.removesuffix("_en")
        for code in _MAKERS:
            ts = folder / f"{feature}_{code}.ts"
            ts.write_text(_pseudo_ts(english, code), encoding="utf-8")
            qm = ts.with_suffix(".qm")
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
            out.append(qm)
    return out


_folder: Path | None = None


def pseudo_translations() -> Path:
    """The folder of both pseudo-languages' .qm files, made once per test process."""
    global _folder
    if _folder is None:
        folder = Path(tempfile.mkdtemp(prefix="digipiste-pseudo-"))
        write_pseudo_translations(folder)
        _folder = folder
    return _folder
