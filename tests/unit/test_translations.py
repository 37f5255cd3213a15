"""Every string a resident sees is translated in every interface language (kiosk.core.languages).

fi, sv and en first; ru, uk, et, ar, fa and so as well (their plural forms as
many as Qt's lrelease expects for each language), and each .ts compiles to a
.qm with nothing unfinished.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.core.languages import UI_LANGUAGES

LANGS = UI_LANGUAGES


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


TS_DIR = Path(__file__).resolve().parents[2] / "kiosk" / "assets" / "translations"


def all_messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ts in sorted(TS_DIR.glob(f"*_{lang}.ts")):
        out.update(messages(ts))
    return out


def test_every_feature_has_all_languages():
    features = {ts.stem.rsplit("_", 1)[0] for ts in TS_DIR.glob("*.ts")}
    assert features >= {"shell", "browser", "guides", "admin"}
    for feature in features:
        for lang in LANGS:
            assert (TS_DIR / f"{feature}_{lang}.ts").exists(), f"{feature}_{lang}.ts missing"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_translated(lang: str):
    missing = []
    for key, message in all_messages(lang).items():
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(key)
            continue
        forms = [n.text for n in tr.iter("numerusform")] if message.get("numerus") == "yes" else [tr.text]
        if not forms or not all(f and f.strip() for f in forms):
            missing.append(key)
    assert missing == []


def test_sources_are_up_to_date(repo: Path, tmp_path: Path):
    """lupdate on each feature's code finds no string that its .ts files lack."""
    from kiosk.i18n_build import run_lupdate, sources_by_feature

    total = 0
    for feature, files in sources_by_feature().items():
        fresh = tmp_path / f"{feature}.ts"
        run_lupdate(files, fresh)
        wanted = set(messages(fresh))
        total += len(wanted)
        for lang in LANGS:
            have = set(messages(TS_DIR / f"{feature}_{lang}.ts"))
            assert sorted(wanted - have) == [], (
                f"run `./dev i18n` (lupdate) and translate {feature}_{lang}.ts")
    assert total > 30


# Texts that are rightly the same as the English source. Keep this short: each
# entry says why. Anything else equal to its source is an untranslated string.
SAME_IN_EVERY_LANGUAGE = {
    "Digipiste": "the product's name",
    "OK": "the button word Finnish and Swedish interfaces (and Chromium's own dialogs) use too",
    "%1 min": "'min' is the abbreviation of minutes in Finnish and Swedish as well",
    "A−": "the letter with a sign, the text-size symbol of every language (the button's name is translated)",
    "A+": "the letter with a sign, the text-size symbol of every language (the button's name is translated)",
}
SAME_IN = {
    "fi": {"Somali": "the Finnish name of the language is spelt the same"},
    "sv": {"Administration": "the Swedish word is spelt the same",
           "normal": "the Swedish word (a text size) is spelt the same"},
}


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_no_translation_is_just_the_english_source(lang: str):
    allowed = {**SAME_IN_EVERY_LANGUAGE, **SAME_IN.get(lang, {})}
    untranslated = []
    for (context, source), message in all_messages(lang).items():
        tr = message.find("translation")
        if tr is None:
            continue
        forms = [n.text for n in tr.iter("numerusform")] if message.get("numerus") == "yes" else [tr.text]
        for form in forms:
            if form == source and _has_letters(source) and source not in allowed:
                untranslated.append(f"{context}: {source!r}")
    assert untranslated == []


def test_allow_list_names_real_sources():
    """An entry for a text the interface no longer has is stale: remove it."""
    sources = {source for lang in LANGS for (_c, source) in all_messages(lang)}
    stale = [s for s in [*SAME_IN_EVERY_LANGUAGE, *(k for d in SAME_IN.values() for k in d)] if s not in sources]
    assert stale == []


def _forms_qt_expects(lang: str, tmp_path: Path) -> int:
    """How many plural forms Qt has for `lang`: what lupdate writes for a new %n message."""
    from kiosk.i18n_build import _tool

    src = tmp_path / "plural.py"
    src.write_text("from PySide6.QtCore import QObject\n"
                   "class P(QObject):\n    def f(self, n):\n        return self.tr('%n x', '', n)\n")
    ts = tmp_path / f"plural_{lang}.ts"
    subprocess.run([_tool("lupdate"), str(src), "-target-language", lang, "-ts", str(ts)],
                   check=True, capture_output=True, timeout=120)
    return len(list(ET.parse(ts).getroot().iter("numerusform")))


@pytest.mark.parametrize("lang", LANGS)
def test_plural_forms_as_qt_expects(lang: str, tmp_path: Path):
    """Russian and Ukrainian need three forms, Arabic six, Persian one: a missing form shows nothing."""
    wanted = _forms_qt_expects(lang, tmp_path)
    wrong = []
    for key, message in all_messages(lang).items():
        if message.get("numerus") == "yes":
            forms = list(message.find("translation").iter("numerusform"))
            if len(forms) != wanted:
                wrong.append((key, len(forms)))
    assert wrong == [], f"{lang} has {wanted} plural forms in Qt"


@pytest.mark.parametrize("lang", LANGS)
def test_every_ts_compiles_with_nothing_unfinished(lang: str, tmp_path: Path):
    """lrelease itself counts every message of every feature as finished, and writes the .qm."""
    from kiosk.i18n_build import _tool

    files = sorted(TS_DIR.glob(f"*_{lang}.ts"))
    assert files
    for ts in files:
        qm = tmp_path / ts.with_suffix(".qm").name
        out = subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True,
                             timeout=120, check=True).stdout
        total = len(messages(ts))
        assert f"Generated {total} translation(s) ({total} finished and 0 unfinished)" in out, (ts.name, out)
        assert qm.stat().st_size > 0


def test_every_language_has_its_qm_built():
    """The kiosk loads `*_<lang>.qm`: the build (./dev, the bundle) made one for every .ts."""
    from kiosk.i18n_build import build

    built = {qm.name for qm in build(quiet=True)}
    for lang in LANGS:
        for ts in TS_DIR.glob(f"*_{lang}.ts"):
            assert ts.with_suffix(".qm").name in built and ts.with_suffix(".qm").exists()
