"""Every string a resident sees is translated in Finnish, Swedish and English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LANGS = ("fi", "sv", "en")


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


@pytest.mark.parametrize("lang", ("fi", "sv"))
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
