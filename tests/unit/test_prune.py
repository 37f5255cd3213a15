"""The prune rules of packaging/prune.py on names alone (the built bundle is checked in tests/deploy)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import prune  # noqa: E402


def test_keep_drops_tools_other_languages_and_controls_and_keeps_what_switches_need():
    qt = "PySide6/Qt/"
    for kept in ("plugins/platforms/libqwayland.so", "plugins/platforms/libqxcb.so",
                 "plugins/platforms/libqoffscreen.so", "plugins/printsupport/libcupsprintersupport.so",
                 "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 "qml/QtQuick/VirtualKeyboard/Plugins/qmldir", "qml/Qt/labs/folderlistmodel/qmldir",
                 "lib/libQt6LabsFolderListModel.so.6", "translations/qtbase_sv.qm",
                 "translations/qtwebengine_locales/fi.pak", "translations/qtwebengine_locales/en-US.pak"):
        assert prune.keep(qt + kept), kept
    for dropped in ("qml/QtQuick/Controls/Basic/qmldir", "lib/libQt6QuickControls2.so.6",
                    "qml/QtQuick/plugins.qmltypes", "qml/QtQuick/VirtualKeyboard/Plugins/Pinyin/qmldir",
                    "translations/qtbase_de.qm", "translations/qtlocation_fi.qm",
                    "translations/qtwebengine_locales/de.pak", "plugins/platforms/libqeglfs.so",
                    "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                    # read aloud talks to speech-dispatcher itself, without QtTextToSpeech
                    "plugins/texttospeech/libqtexttospeech_speechd.so",
                    # QSslSocket's backends: Chromium, the sync and the broker have their own TLS
                    "plugins/tls/libqopensslbackend.so"):
        assert not prune.keep(qt + dropped), dropped
    assert not prune.keep("python3.12/lib-dynload/_codecs_jp.cpython-312-x86_64-linux-gnu.so")
    assert prune.keep("python3.12/lib-dynload/_sqlite3.cpython-312-x86_64-linux-gnu.so")


def test_keyboard_plugins_qmldir_keeps_its_module_without_the_dropped_input_methods():
    text = ("module QtQuick.VirtualKeyboard.Plugins\noptional plugin qtvkbpluginsplugin\n"
            "import QtQuick.VirtualKeyboard.Plugins.Pinyin auto\nimport QtQuick.VirtualKeyboard.Plugins.Thai auto\n"
            "prefer :/qt-project.org/imports/QtQuick/VirtualKeyboard/Plugins/\n")
    out = prune.keyboard_plugins_qmldir(text)
    assert out == ("module QtQuick.VirtualKeyboard.Plugins\noptional plugin qtvkbpluginsplugin\n"
                   "prefer :/qt-project.org/imports/QtQuick/VirtualKeyboard/Plugins/\n")


def test_unreachable_drops_what_only_a_dropped_file_needed():
    needs = {
        "/s/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/lib/libQt6Gui.so.6": ["libfreetype.so.6"],
        "/s/libfreetype.so.6": ["libpng16.so.16"],
        "/s/libpng16.so.16": [],
        "/s/libcairo.so.2": ["libpixman-1.so.0", "libpng16.so.16"],   # only the dropped GTK theme needed it
        "/s/libpixman-1.so.0": [],
        "/s/libsoftokn3.so": [],                                       # NSS loads it with dlopen()
    }
    files = [("PySide6/QtGui.abi3.so", "/s/PySide6/QtGui.abi3.so"),
             ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/lib/libQt6Gui.so.6"),
             ("libfreetype.so.6", "/s/libfreetype.so.6"), ("libpng16.so.16", "/s/libpng16.so.16"),
             ("libcairo.so.2", "/s/libcairo.so.2"), ("libpixman-1.so.0", "/s/libpixman-1.so.0"),
             ("libsoftokn3.so", "/s/libsoftokn3.so")]
    assert prune.unreachable(files, needs.__getitem__) == {"libcairo.so.2", "libpixman-1.so.0"}


def test_the_gcc_runtime_and_gbm_come_from_the_system_where_the_gpu_driver_is():
    # Ubuntu 24.04's Mesa needs a newer libstdc++ than the build machine's
    # (the bundle's copy made QtWebEngine abort as soon as a page opened).
    for name in ("libstdc++.so.6", "libgcc_s.so.1", "libgbm.so.1"):
        assert not prune.keep(name), name
    for name in ("libQt6WebEngineCore.so.6", "libxcb-cursor.so.0", "libz.so.1"):
        assert prune.keep(name), name


def test_a_top_level_python_extension_module_is_never_pruned_as_a_library():
    # cryptography (minisign signatures, kiosk.core.fleet.signature) imports cffi's _cffi_backend by
    # name; nothing names it as DT_NEEDED, and the bundle's selftest failed when it was dropped.
    files = [("kiosk", "/src/kiosk"), ("_cffi_backend.cpython-312-x86_64-linux-gnu.so", "/src/cffi.so"),
             ("libunused.so.1", "/src/libunused.so.1")]
    gone = prune.unreachable(files, lambda src: [])
    assert gone == {"libunused.so.1"}


def test_the_packaged_fonts_and_their_licence_ship():
    """Every font file in kiosk/assets/fonts goes into the bundle, with OFL.txt and the README naming its source."""
    fonts = Path(__file__).resolve().parents[2] / "kiosk" / "assets" / "fonts"
    files = sorted(p.name for p in fonts.glob("*.ttf"))
    assert files, "no fonts in the package"
    readme = (fonts / "README.md").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in (fonts / "OFL.txt").read_text(encoding="utf-8")
    for name in [*files, "OFL.txt", "README.md"]:
        assert prune.keep(f"kiosk/assets/fonts/{name}"), name
    for name in files:
        assert name in readme, f"{name}: its source and checksum are not in fonts/README.md"


def test_every_language_the_kiosk_offers_keeps_qt_s_texts_and_chromium_only_its_start_locales():
    """Qt's standard texts load at a resident's switch (qtbase_<lang>.qm), for all nine languages;
    Chromium's locale only at start, from --lang (the site's default language), with en-US its fallback."""
    from kiosk.core.languages import UI_LANGUAGES

    assert set(prune.LANGUAGES) == set(UI_LANGUAGES)
    qt = "PySide6/Qt/translations/"
    for code in UI_LANGUAGES:
        assert prune.keep(f"{qt}qtbase_{code}.qm"), code
        assert not prune.keep(f"{qt}qt_{code}.qm") and not prune.keep(f"{qt}qtwebengine_{code}.qm"), code
    for locale in ("fi", "sv", "en-US", "ru", "uk", "et", "ar", "fa"):   # Chromium has no Somali: en-US
        assert prune.keep(f"{qt}qtwebengine_locales/{locale}.pak"), locale
    for locale in ("de", "en-GB", "nb", "he"):
        assert not prune.keep(f"{qt}qtwebengine_locales/{locale}.pak"), locale


def test_translation_sources_stay_out_and_their_compiled_texts_ship():
    assert not prune.keep("kiosk/assets/translations/shell_ar.ts")
    assert prune.keep("kiosk/assets/translations/shell_ar.qm")
