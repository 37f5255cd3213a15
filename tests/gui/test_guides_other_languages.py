"""A service opened in Russian or Arabic: one line says the service is in Finnish, Swedish or English,
the guide beside it shows the page's Finnish words marked "FI", and read aloud reads them without the mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.configs import local_config
from tests.helpers.fakes import FakeSpeaker
from tests.helpers.screen import click, find

PAGE = "<!doctype html><title>Local OmaKanta</title><h1>Kirjaudu</h1>"
NOTE = "This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide."


def open_tile(make_kiosk, qtbot, web, lang: str):
    kiosk = make_kiosk(local_config({"omakanta": web.add("/", PAGE)}), size=(1600, 900))
    w = kiosk.window
    w.language.set(lang)   # as the language picker does on home
    click(w, "tile-omakanta")
    view = find(w, "browser")
    qtbot.waitUntil(lambda: view.title() == "Local OmaKanta", timeout=15000)
    return w


def test_in_finnish_the_service_opens_without_the_line(make_kiosk, qtbot, web):
    w = open_tile(make_kiosk, qtbot, web, "fi")
    assert not find(w, "service-language-note").isVisible()


def test_in_russian_one_calm_line_and_the_guide_beside_with_finnish_words(make_kiosk, qtbot, web):
    w = open_tile(make_kiosk, qtbot, web, "ru")
    note = find(w, "service-language-note")
    assert note.isVisible()
    assert note.text() == QCoreApplication.translate("ServiceArea", NOTE)
    assert note.accessibleName() == note.text()
    # "The guide can stay beside it": with the guide beside the page the line has done its job.
    click(w, "browser-show-guide")
    click(w, "guide-omakanta-login")
    assert not note.isVisible()
    viewer = w.guides.viewer
    assert find(w, "guide-title").text() == "Вход в OmaKanta"
    click(w, "guide-next")   # step 2: "Найдите кнопку **Kirjaudu OmaKantaan**{fi} (Войти в OmaKanta)."
    html = find(w, "guide-step-text").text()
    assert "Kirjaudu OmaKantaan" in html and "{fi}" not in html
    assert "\u00a0FI\u00a0" in html          # the small Finnish mark after the words
    speaker = FakeSpeaker(languages=("ru",))
    viewer.set_speaker(speaker)
    click(w, "read-aloud")
    (text, lang), = speaker.said
    assert lang == "ru"
    assert "Найдите кнопку Kirjaudu OmaKantaan (Войти в OmaKanta). Нажмите её." in text
    assert "{fi}" not in text and "FI" not in text.replace("Suomi.fi", "")
    click(w, "browser-show-guide")   # Hide guide: the line is back
    assert note.isVisible()
    w.language.set("sv")
    assert not note.isVisible()


def test_the_printed_guide_keeps_the_finnish_words_and_their_mark(qapp, repo):
    from kiosk.core.guides import load_guide
    from kiosk.ui.guides.printout import PrintLabels, build_guide_document

    guide, _ = load_guide(repo / "kiosk" / "guides" / "omakanta-login")
    doc = build_guide_document(guide, guide.texts["ar"], PrintLabels(step="%1 / %2", online=""), None)
    text = doc.toRawText()
    assert "{fi}" not in text
    assert "Kirjaudu OmaKantaan\u00a0\u00a0FI\u00a0" in text
    # One mark for each quote in ar.md: OmaKanta, Kirjaudu OmaKantaan, Mobiilivarmenne, Jatka palveluun, Kirjaudu ulos.
    assert text.count("\u00a0FI\u00a0") == 5
