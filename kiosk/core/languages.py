"""Languages the kiosk knows, and which of them its screens are translated to."""

from __future__ import annotations

# Languages with a complete user-interface translation (.ts files under kiosk/assets/translations).
UI_LANGUAGES = ("fi", "sv", "en")

# Languages DOMAIN.md plans for; valid codes that are not translated yet.
PLANNED_LANGUAGES = ("ru", "uk", "et", "ar", "so", "se")

# The name of each language in that language, for the language buttons.
NATIVE_NAMES = {
    "fi": "Suomi",
    "sv": "Svenska",
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "et": "Eesti",
    "ar": "العربية",
    "so": "Soomaali",
    "se": "Davvisámegiella",
}

RIGHT_TO_LEFT = frozenset({"ar"})
