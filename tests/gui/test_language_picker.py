"""The language picker: nine languages without squeezing home, reachable from every screen.

Home keeps the site's first three languages and "Other languages" (`lang-more`);
the bar's language button (`nav-language`) opens the same full screen of
choices (`language-picker`) from any screen. Choosing a language switches the
whole interface and returns to where the resident was; the end of the session
puts the site's default back. What is asserted is what a resident sees: the
drawn texts, the screen shown, the size of the targets.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.core.config.site import parse_config
from kiosk.core.languages import NATIVE_NAMES, RIGHT_TO_LEFT
from kiosk.ui.shell.theme import MIN_TARGET_PX
from tests.configs import local_config_text
from tests.gui.test_help_ui import click, find

NINE = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")
PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"


def nine_language_config(urls: dict[str, str]):
    text = local_config_text(urls).replace('languages = ["fi", "sv", "en"]',
                                           f"languages = [{', '.join(repr(c).replace(chr(39), chr(34)) for c in NINE)}]")
    config, errors = parse_config(text, "nine.toml")
    assert not errors, [str(e) for e in errors]
    return config


def shown(window: QWidget) -> QWidget:
    return window.current_screen()


def test_home_keeps_three_languages_and_other_languages(make_kiosk, web):
    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    for code in ("fi", "sv", "en"):
        assert find(w, f"lang-{code}", QAbstractButton).isVisible()
    for code in ("ru", "uk", "et", "ar", "fa", "so"):
        assert w.findChild(QWidget, f"lang-{code}") is None     # not squeezed onto home
    more = find(w, "lang-more", QAbstractButton)
    assert more.isVisible() and more.text() == "Muut kielet" and more.accessibleName()


def test_the_picker_names_each_language_in_its_own_script_with_big_targets(make_kiosk, web):
    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    click(w, "lang-more")
    picker = find(w, "language-picker")
    assert shown(w) is picker and picker.isVisible()
    assert find(w, "language-picker-title", QLabel).text() == "Valitse kieli"
    for code in NINE:
        button = find(w, f"language-{code}", QAbstractButton)
        assert button.isVisible() and button.text() == NATIVE_NAMES[code] and button.accessibleName()
        assert button.width() >= MIN_TARGET_PX and button.height() >= MIN_TARGET_PX, code
        assert button.isChecked() == (code == "fi")
    assert {NATIVE_NAMES[c] for c in ("ru", "ar", "fa")} == {"Русский", "العربية", "فارسی"}


def test_choosing_russian_on_home_switches_everything_and_returns_home(make_kiosk, web):
    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    click(w, "lang-more")
    click(w, "language-ru")
    assert shown(w) is w.home
    assert w.language.code == "ru"
    assert find(w, "home-prompt", QLabel).text() == "Выберите услугу. Нажмите на кнопку."
    assert find(w, "nav-help", QAbstractButton).text() == "Попросить помощи"
    assert find(w, "nav-language", QAbstractButton).accessibleName() == "Язык: Русский. Выбрать другой язык"
    assert find(w, "lang-more", QAbstractButton).text() == "Другие языки"


def test_from_a_service_the_bar_opens_the_picker_and_returns_to_the_service(make_kiosk, web, qtbot):
    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    click(w, "tile-omakanta")
    qtbot.waitUntil(lambda: bool(web.requests) and shown(w) is w.browser, timeout=20000)
    click(w, "nav-language")
    assert shown(w) is find(w, "language-picker")
    click(w, "language-ar")
    assert shown(w) is w.browser                                   # back at the service, not home
    assert find(w, "nav-back", QAbstractButton).isVisible()
    assert find(w, "nav-end-session", QAbstractButton).text() == "إنهاء"
    assert "ar" in RIGHT_TO_LEFT


def test_back_leaves_the_language_as_it_was(make_kiosk, web):
    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    click(w, "nav-guides")
    guides = shown(w)
    click(w, "nav-language")
    click(w, "language-back")
    assert shown(w) is guides and w.language.code == "fi"


def test_the_end_of_the_session_puts_the_default_language_back(make_kiosk, web, qtbot):
    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    click(w, "nav-guides")
    click(w, "nav-language")
    click(w, "language-so")
    assert find(w, "nav-guides", QAbstractButton).text() == "Hagayaal"
    w.session.end("resident")
    qtbot.waitUntil(lambda: w.language.code == "fi", timeout=5000)
    assert find(w, "nav-guides", QAbstractButton).text() == "Ohjeet"
    assert find(w, "nav-language", QAbstractButton).accessibleName() == "Kieli: Suomi. Valitse toinen kieli"


def test_a_one_language_site_shows_no_language_buttons(make_kiosk, web):
    text = local_config_text({"omakanta": web.add("/", PAGE)}).replace('languages = ["fi", "sv", "en"]',
                                                                        'languages = ["fi"]')
    config, errors = parse_config(text, "one.toml")
    assert not errors
    w = make_kiosk(config).window
    assert not find(w, "nav-language").isVisible()
    assert w.findChild(QWidget, "lang-more") is None


def test_the_picker_is_reachable_by_keyboard(make_kiosk, web, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = make_kiosk(nine_language_config({"omakanta": web.add("/", PAGE)})).window
    more = find(w, "lang-more", QAbstractButton)
    assert more.focusPolicy() & Qt.FocusPolicy.TabFocus
    more.setFocus()
    QTest.keyClick(more, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(w) is find(w, "language-picker"), timeout=5000)
    current = find(w, "language-fi", QAbstractButton)
    qtbot.waitUntil(current.hasFocus, timeout=5000)                # the current language has the focus
    QTest.keyClick(current, Qt.Key.Key_Tab)
    target = w.focusWidget()
    assert target.objectName() == "language-sv"
    QTest.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.language.code == "sv", timeout=5000)
    assert shown(w) is w.home
