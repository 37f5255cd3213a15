"""Every word whole on every screen a resident sees: fi, sv, en and the two pseudo-languages
(stretched and mirrored), three text sizes, three window sizes (landscape 1280x800 and
1920x1080, portrait 1080x1920).

Measured with Qt's own text layout (tests/gui/layout_check.py): a label or a
button whose text needs more room than it has, a word wider than its label,
a tool button that would elide, or a widget pushed out of its parent fails,
with the screen, language and text size in the message. The stretched
pseudo-language (`qps-ploc`) makes every translated string about 40 % longer
(each word longer, as Finnish compounds are), so that the next translation
does not break a layout; the mirrored one (`qps-plocm`) lays every screen out
right to left (tests/helpers/pseudo_languages.py, compiled from the English
.ts files with lrelease).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.config.site import load_config
from kiosk.core.session.pin_lockout import CornerTaps
from kiosk.demo import demo_config_path
from kiosk.ui.shell.i18n import PSEUDO_MIRRORED, PSEUDO_STRETCHED, TEST_TRANSLATIONS_ENV
from kiosk.ui.shell.serviced_window import ServicedWindow
from kiosk.ui.shell.theme import TEXT_SIZES
from tests.gui.layout_check import clipped_texts, controls_in
from tests.helpers.pseudo_languages import mirrored, pseudo_translations, stretched

SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080), "portrait": (1080, 1920)}
LANGUAGES = ("fi", "sv", "en", PSEUDO_STRETCHED, PSEUDO_MIRRORED)
# The tiles' names come from the site's file: in a pseudo-language, the English name made so.
PSEUDO_TILES = {PSEUDO_STRETCHED: stretched, PSEUDO_MIRRORED: mirrored}


def _settle(app: QApplication, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def _screens(kiosk):
    """(name, set-up, root to check) for every screen a resident sees."""
    w = kiosk.window
    guides = w.guides
    first = guides.catalog.for_service("omakanta", w.language.code)[0]

    def home():
        w.go_home()

    def service():
        w.open_tile("omakanta")
        guides.area.hide_panel()

    def blocked():
        w.open_tile("omakanta")
        w.browser._on_blocked("refused.example", "policy")

    def service_error():
        w.open_tile("omakanta")
        w.browser._on_failed("not-answering", "omakanta.example")

    def beside():
        w.open_tile("omakanta")
        guides.open_guide(first.id, beside=True, step=0)

    def beside_last():
        w.open_tile("omakanta")
        guides.open_guide(first.id, beside=True, step=first.step_count)

    def guide_list():
        guides.set_service(None)
        guides.open_list(None)

    def open_choice():
        w.open_tile("omakanta")
        guides.open_list(None)
        guides.list.chosen.emit(first.id)

    def viewer(step):
        def _show():
            guides.set_service(None)
            guides.open_guide(first.id, beside=False, step=step)
        return _show

    return [
        ("home", home, lambda: w),
        ("browser bar", service, lambda: w),
        ("blocked", blocked, lambda: w),
        ("service not answering", service_error, lambda: w),
        ("guide beside service", beside, lambda: w),
        ("guide beside service, last screen", beside_last, lambda: w),
        ("guides list", guide_list, lambda: w),
        ("open choice", open_choice, lambda: w),
        ("guide viewer step 1", viewer(0), lambda: w),
        ("guide viewer step 2", viewer(1), lambda: w),
        ("guide viewer last screen", viewer(first.step_count), lambda: w),
        ("idle warning", lambda: w.idle_warning.show_seconds(25), lambda: w.idle_warning),
        ("end confirmation", w.confirm_end.pop_up, lambda: w.confirm_end),
        ("signed out", lambda: w.signed_out.show_result(True), lambda: w.signed_out),
    ]


def _hide_overlays(w) -> None:
    for overlay in (w.idle_warning, w.confirm_end, w.signed_out):
        overlay.hide()


@pytest.mark.parametrize("size", list(SIZES))
def test_every_word_shows_whole(make_kiosk, qapp, size, monkeypatch):
    monkeypatch.setenv(TEST_TRANSLATIONS_ENV, str(pseudo_translations()))
    config = load_config(demo_config_path())
    for tile in config.tiles:
        for code, make in PSEUDO_TILES.items():
            tile.label[code] = make(tile.label.get("en", tile.id))
    kiosk = make_kiosk(config, size=SIZES[size])
    w = kiosk.window
    w.browser.open = lambda url, service=None: None   # the layout is the shell's; no page needed
    problems: list[str] = []
    corner = CornerTaps()
    for lang in LANGUAGES:
        w.language.set(lang)
        for step in range(len(TEXT_SIZES)):
            while w.appearance.text_step != step:
                w.appearance.next_text_size()
            for name, show, root in _screens(kiosk):
                _hide_overlays(w)
                view = getattr(w.browser, "view", None)
                if view is not None:   # away from the blocked or error panel of the last screen
                    w.browser._stack.setCurrentWidget(view)
                show()
                _settle(qapp)
                where = f"{size} {lang} text {TEXT_SIZES[step]}px, {name}"
                problems += [f"{where}: {p}" for p in clipped_texts(root())]
                side = min(corner.corner_px, min(w.width(), w.height()) / 4)
                hits = controls_in(root(), QRect(0, 0, int(side), int(side)))
                problems += [f"{where}: the admin corner overlaps {h}" for h in hits]
    _hide_overlays(w)
    if problems:
        from pathlib import Path
        Path(f"/tmp/layout-{size}.txt").write_text("\n".join(problems))
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:60])


@pytest.mark.parametrize("size", list(SIZES))
def test_being_serviced_window_shows_every_word(qapp, qtbot, size):
    window = ServicedWindow()
    qtbot.addWidget(window)
    window.resize(*SIZES[size])
    window.show()
    qtbot.waitExposed(window)
    _settle(qapp)
    assert clipped_texts(window) == []


def test_the_check_sees_clipped_and_elided_text(qtbot):
    """The measuring itself: a cut label, a cut button and an eliding tool button are found."""
    from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    # Its own type size: an earlier kiosk may have left the application at its largest.
    root.setStyleSheet("QWidget { font-size: 16px; }")
    root.resize(400, 300)
    cut = QLabel("A sentence much too long for its label", root)
    cut.setGeometry(0, 0, 80, 30)
    narrow_word = QLabel("Suomi.fi-valtuudetjatkuu", root)
    narrow_word.setWordWrap(True)
    narrow_word.setGeometry(0, 40, 60, 200)
    button = QPushButton("Textstorlek", root)
    button.setGeometry(100, 0, 40, 40)
    tool = QToolButton(root)
    tool.setText("Suomi.fi-meddelanden")
    tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    tool.setGeometry(150, 0, 60, 60)
    fits = QLabel("Fits", root)
    fits.setGeometry(250, 0, 140, 40)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(clipped_texts(root))
    assert "A sentence" in found and "Suomi.fi-valtuudet" in found
    assert "Textstorlek" in found and "elides" in found
    assert "'Fits'" not in found


NINE = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")


@pytest.mark.parametrize("size", [(800, 1280), (1080, 1920)], ids=["800x1280", "1080x1920"])
def test_the_bar_never_makes_the_window_wider_than_the_screen(make_kiosk, qapp, size):
    """A service open at the largest text, a long help status under the bar: in every language
    the bar folds (two rows) rather than push the window past the screen, and every word is whole."""
    kiosk = make_kiosk(size=size)
    w = kiosk.window
    w.browser.open = lambda url, service=None: None   # the bar is the shell's; no page needed
    while w.appearance.text_step != len(TEXT_SIZES) - 1:
        w.appearance.next_text_size()
    strip = kiosk.help.status_strip
    problems: list[str] = []
    for lang in NINE:
        w.language.set(lang)
        w.open_tile("omakanta")
        w.guides.area.hide_panel()
        strip.show_request(12, 3, False)
        strip.button.set_label("Next help: Tuesday 00:00-23:59 · " + strip.button.text())
        _settle(qapp)
        where = f"{size[0]}x{size[1]} {lang}"
        if w.width() != size[0] or w.nav.width() > size[0]:
            problems.append(f"{where}: window {w.width()} px, bar {w.nav.width()} px (screen {size[0]})")
        for button in (w.nav.btn_home, w.nav.btn_back, w.nav.btn_guides, w.nav.btn_help, w.nav.btn_end):
            right = button.mapTo(w, button.rect().bottomRight()).x()
            if button.isVisible() and right >= size[0]:
                problems.append(f"{where}: {button.objectName()} ends at {right} px")
            lines = button.shown_text().count("\n") + 1
            if button.isVisible() and lines > 2:
                problems.append(f"{where}: {button.objectName()} on {lines} lines: {button.shown_text()!r}")
        problems += [f"{where}: {p}" for p in clipped_texts(w)]
    assert not problems, "\n".join(problems[:40])


def _resident_screens(kiosk):
    """(name, set-up) for the screens a resident sees most, the bar and the help queue's included."""
    w, help_ = kiosk.window, kiosk.help
    guides = w.guides
    first = guides.catalog.for_service("omakanta", w.language.code)[0]

    def service():
        w.open_tile("omakanta")
        guides.area.hide_panel()

    def beside():
        w.open_tile("omakanta")
        guides.open_guide(first.id, beside=True, step=1)

    def help_page(page):
        def _show():
            w.open_help()
            page()
        return _show

    def asked():
        w.open_help()
        help_.ask("omakanta", "Aino")

    def with_status(show):
        def _show():
            if help_.queue.my_request is None:
                help_.ask("omakanta", "")
            show()
        return _show

    return [
        ("home", w.go_home),
        ("service open", service),
        ("guide beside service", beside),
        ("language picker", w.open_languages),
        ("help topics", help_page(lambda: help_.screen.show_topics())),
        ("help name", help_page(lambda: help_.screen._choose("omakanta"))),
        ("help outside hours", help_page(lambda: help_.screen.show_outside(
            help_.texts.status_line(help_._status()), True))),
        ("help status", asked),
        ("home, help status in the bar", with_status(w.go_home)),
        ("service open, help status in the bar", with_status(service)),
    ]


# All six at every text size in each shape: about half a minute.
NEW_LANGUAGE_RUNS = {f"{shape} text {n}": (SIZES[shape], n) for shape in SIZES for n in range(len(TEXT_SIZES))}


@pytest.mark.parametrize("run", list(NEW_LANGUAGE_RUNS))
def test_every_word_shows_whole_in_the_six_new_languages(make_kiosk, qapp, run):
    """ru, uk, et, ar, fa, so (Arabic and Persian right to left) on the screens a resident sees:
    no word cut, nothing wider than the window, and the window keeps the screen's size."""
    size, step = NEW_LANGUAGE_RUNS[run]
    kiosk = make_kiosk(size=size)
    w = kiosk.window
    w.browser.open = lambda url, service=None: None   # the layout is the shell's; no page needed
    while w.appearance.text_step != step:
        w.appearance.next_text_size()
    problems: list[str] = []
    for lang in ("ru", "uk", "et", "ar", "fa", "so"):
        w.language.set(lang)
        for name, show in _resident_screens(kiosk):
            _hide_overlays(w)
            show()
            _settle(qapp)
            where = f"{run} {lang} text {TEXT_SIZES[step]}px, {name}"
            if (w.width(), w.height()) != size:
                problems.append(f"{where}: the window is {w.width()}x{w.height()}, the screen {size[0]}x{size[1]}")
            if w.isRightToLeft() != (lang in ("ar", "fa")):
                problems.append(f"{where}: laid out {'right to left' if w.isRightToLeft() else 'left to right'}")
            problems += [f"{where}: {p}" for p in clipped_texts(w)]
        if kiosk.help.queue.my_request is not None:
            kiosk.help.cancel()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:60])
