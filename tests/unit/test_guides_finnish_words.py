"""Finnish words beside a translation: `**words**{fi}` must be bold words of the guide's fi.md."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.guides import check_guides_dir, load_guide
from kiosk.core.guides.finnish_words import (
    GUIDE_LANGUAGES, SERVICE_LANGUAGES, bold_labels, finnish_quotes, without_marks,
)

SERVICES = {"omakanta", "omakela", "suomifi", "viestit", "valtuudet", "omavero"}

TOML = """\
id = "quote-guide"
service = "omakanta"
topic = "login"
languages = ["fi", "ru"]

[title]
fi = "Kirjaudu"
ru = "Вход"
"""

FI = """\
Tämä opas näyttää, miten kirjaudut.

## Kirjaudu

Napauta **Kirjaudu OmaKantaan**.

## Kirjaudu ulos

Napauta **Kirjaudu ulos**.
"""

RU = """\
Это руководство показывает, как войти.

## Войдите

Нажмите **Kirjaudu OmaKantaan**{fi} (Войти в OmaKanta).

## Выйдите

Нажмите **Kirjaudu ulos**{fi} (Выйти).
"""


def make(root: Path, ru: str = RU, fi: str | None = FI) -> Path:
    folder = root / "quote-guide"
    folder.mkdir()
    toml = TOML if fi is not None else TOML.replace('"fi", "ru"', '"ru"').replace('fi = "Kirjaudu"\n', "")
    (folder / "guide.toml").write_text(toml, encoding="utf-8")
    if fi is not None:
        (folder / "fi.md").write_text(fi, encoding="utf-8")
    (folder / "ru.md").write_text(ru, encoding="utf-8")
    return folder


def errors(root: Path) -> list[str]:
    return [str(p) for p in check_guides_dir(root, services=SERVICES, context_dirs=()) if p.is_error]


def test_quotes_of_the_finnish_guide_pass(tmp_path: Path) -> None:
    folder = make(tmp_path)
    assert errors(tmp_path) == []
    guide, _ = load_guide(folder, services=SERVICES)
    assert guide is not None and set(guide.texts) == {"fi", "ru"}


def test_a_misspelt_finnish_word_names_guide_language_line_and_word(tmp_path: Path) -> None:
    folder = make(tmp_path, RU.replace("**Kirjaudu ulos**{fi}", "**Kirjaudu ulos!**{fi}"))
    assert errors(tmp_path) == [
        f"{folder}/ru.md:9: ru.md quotes the Finnish words 'Kirjaudu ulos!', but the Finnish guide "
        "(fi.md) has no such bold words; copy them exactly from fi.md"]
    guide, _ = load_guide(folder, services=SERVICES)
    assert guide is None   # the resident would look for a button that is not there


def test_a_word_that_is_not_bold_in_finnish_fails(tmp_path: Path) -> None:
    # "Tämä opas" is in fi.md, but not as a label to find on the page.
    folder = make(tmp_path, RU.replace("Это руководство", "**Tämä opas**{fi} Это руководство"))
    assert errors(tmp_path) == [
        f"{folder}/ru.md:1: ru.md quotes the Finnish words 'Tämä opas', but the Finnish guide "
        "(fi.md) has no such bold words; copy them exactly from fi.md"]


def test_a_stray_mark_a_mark_in_a_heading_and_no_finnish_guide(tmp_path: Path) -> None:
    folder = make(tmp_path, RU.replace("(Выйти)", "Kirjaudu{fi} (Выйти)").replace("## Войдите", "## Войдите{fi}"))
    assert errors(tmp_path) == [
        f"{folder}/ru.md:3: Finnish words with {{fi}} belong in the step's text, not in its '## ' heading",
        f"{folder}/ru.md:9: '{{fi}}' must come right after bold Finnish words, like "
        "**Kirjaudu ulos**{fi} (Log out)"]
    other = tmp_path / "other"
    other.mkdir()
    folder = make(other, fi=None)
    assert errors(other) == [
        f"{folder}/ru.md:5: ru.md quotes the Finnish words 'Kirjaudu OmaKantaan', but this guide has no "
        "fi.md to take them from",
        f"{folder}/ru.md:9: ru.md quotes the Finnish words 'Kirjaudu ulos', but this guide has no "
        "fi.md to take them from"]


def test_marks_inside_code_are_not_quotes(tmp_path: Path) -> None:
    make(tmp_path, RU.replace("Нажмите **Kirjaudu ulos**{fi} (Выйти).",
                              "Нажмите **Kirjaudu ulos**{fi} (Выйти).\n\n```\n**Ei ole**{fi}\n```"))
    assert errors(tmp_path) == []


def test_without_marks_keeps_the_bold_words() -> None:
    assert without_marks("Нажмите **Kirjaudu ulos**{fi} (Выйти).") == "Нажмите **Kirjaudu ulos** (Выйти)."


# Buttons of the kiosk itself: translated in every language, never quoted in Finnish.
KIOSK_BUTTONS = {"Lopeta käyttö", "Pyydä apua"}


def test_shipped_translations_quote_every_finnish_page_word(repo: Path) -> None:
    """Every shipped guide loads, and each translation beyond fi/sv/en quotes every page word of fi.md with {fi}."""
    root = repo / "kiosk" / "guides"
    assert [str(p) for p in check_guides_dir(root, services=SERVICES) if p.is_error] == []
    checked = 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        fi = list(enumerate((folder / "fi.md").read_text(encoding="utf-8").splitlines(), start=1))
        wanted = bold_labels(fi) - KIOSK_BUTTONS
        for lang in GUIDE_LANGUAGES:
            path = folder / f"{lang}.md"
            if lang in SERVICE_LANGUAGES or not path.exists():
                continue
            lines = list(enumerate(path.read_text(encoding="utf-8").splitlines(), start=1))
            quoted = {words for _, words in finnish_quotes(lines)[0]}
            assert wanted - quoted == set(), path
            checked += 1
    assert checked >= 14   # at least one language beyond fi/sv/en for every guide


def test_a_tampered_shipped_translation_fails_with_the_exact_message(repo: Path, tmp_path: Path) -> None:
    import shutil
    folder = tmp_path / "omakanta-login"
    shutil.copytree(repo / "kiosk" / "guides" / "omakanta-login", folder)
    assert own_errors(tmp_path) == []
    path = folder / "ru.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("**Kirjaudu OmaKantaan**{fi}", "**Kirjaudu Omakantaan**{fi}"), encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), start=1) if "**Kirjaudu OmaKantaan**{fi}" in t)
    assert own_errors(tmp_path) == [
        f"{folder}/ru.md:{line}: ru.md quotes the Finnish words 'Kirjaudu Omakantaan', but the Finnish "
        "guide (fi.md) has no such bold words; copy them exactly from fi.md"]


def own_errors(root: Path) -> list[str]:
    """Errors without the links to the other shipped guides (not copied)."""
    return [e for e in errors(root) if ": related: no guide " not in e]
