"""Languages the kiosk knows: their names, writing direction and speech voice.

`LANGUAGES[code]` is the one place a language is described; the config
schema (`site.languages`), the translation build (kiosk.i18n_build), the
language picker, the layout direction and read aloud all read it. A site's
own texts (its name, tile labels, other places to get help) are written in
fi, sv and en (`SITE_TEXT_LANGUAGES`); in the other languages they may be
left out and then show in the site's default language (service names such
as OmaKanta stay Finnish anyway).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    native_name: str          # the name in its own script, for the language buttons
    finnish_name: str         # for the admin view (staff read fi/sv/en)
    english_name: str
    rtl: bool = False         # written right to left: the layout mirrors (Qt's layout direction)
    voice: str | None = None  # speech-dispatcher / espeak-ng language; None: cannot be read aloud


LANGUAGES: dict[str, LanguageInfo] = {
    info.code: info for info in (
        LanguageInfo("fi", "Suomi", "suomi", "Finnish", voice="fi"),
        LanguageInfo("sv", "Svenska", "ruotsi", "Swedish", voice="sv"),
        LanguageInfo("en", "English", "englanti", "English", voice="en"),
        LanguageInfo("ru", "Русский", "venäjä", "Russian", voice="ru"),
        LanguageInfo("uk", "Українська", "ukraina", "Ukrainian", voice="uk"),
        LanguageInfo("et", "Eesti", "viro", "Estonian", voice="et"),
        LanguageInfo("ar", "العربية", "arabia", "Arabic", rtl=True, voice="ar"),
        LanguageInfo("fa", "فارسی", "persia", "Persian", rtl=True, voice="fa"),
        # espeak-ng has no Somali voice: read aloud says so in Somali.
        LanguageInfo("so", "Soomaali", "somali", "Somali", voice=None),
    )
}

# Languages with a complete user-interface translation (.ts files under kiosk/assets/translations).
UI_LANGUAGES = tuple(LANGUAGES)

# The first languages: staff texts, a site's own texts, the "being serviced" window.
SITE_TEXT_LANGUAGES = ("fi", "sv", "en")

# Languages DOMAIN.md plans for; valid codes (e.g. in a guide) that are not translated yet.
PLANNED_LANGUAGES = ("se",)

# The name of each language in that language, for the language buttons.
NATIVE_NAMES = {**{code: info.native_name for code, info in LANGUAGES.items()}, "se": "Davvisámegiella"}

RIGHT_TO_LEFT = frozenset(code for code, info in LANGUAGES.items() if info.rtl)


def speech_language(code: str) -> str | None:
    """The speech engine's language for interface language `code`; None when it has no voice."""
    info = LANGUAGES.get(code.split("-")[0].lower())
    return info.voice if info else None
