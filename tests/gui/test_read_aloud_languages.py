"""Read aloud in the resident's language, and a plain word where there is no voice (Somali).

The speaker is a fake that knows the languages espeak-ng speaks on this
machine (fi, sv, en, ru, uk, et, ar, fa); the real engine speaks them in
tests/gui/test_speech_languages.py. The guide is the shipped "stay-safe" in
its Somali and Russian translations: in Somali the button must say that
Somali cannot be read aloud instead of vanishing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from kiosk.core.config.site import parse_config
from tests.configs import local_config_text
from tests.gui.test_help_ui import click, find
from tests.helpers.fakes import FakeSpeaker

ESPEAK_HERE = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa")
NINE = '["fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so"]'
# Written out from kiosk/assets/translations/guides_so.ts and guides_ru.ts, as a resident reads them.
SO_NO_VOICE = "Luqaddan kor looma akhrin karo"
RU_READ_ALOUD = "Читать вслух"


def test_somali_says_it_cannot_be_read_aloud_and_russian_is_read(make_kiosk, web, tmp_path, qtbot):
    text = local_config_text({"omakanta": web.add("/", "<title>x</title>")})
    text = text.replace('languages = ["fi", "sv", "en"]', f"languages = {NINE}")
    config, errors = parse_config(text, str(tmp_path / "site.toml"))
    assert not errors, [str(e) for e in errors]
    fake = FakeSpeaker(languages=ESPEAK_HERE)
    w = make_kiosk(config, speaker_factory=lambda: fake).window
    click(w, "nav-language")
    click(w, "language-so")
    w.guides.open_guide("stay-safe")
    button = find(w, "read-aloud", QAbstractButton)
    assert button.isVisible() and not button.isEnabled()
    assert button.text().replace("\n", " ") == SO_NO_VOICE
    assert button.accessibleName()
    click(w, "nav-language")
    click(w, "language-ru")
    assert button.isVisible() and button.isEnabled() and button.text() == RU_READ_ALOUD
    click(w, "read-aloud")
    assert fake.said and fake.said[-1][1] == "ru"
