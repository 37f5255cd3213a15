"""What the bundle leaves out: Qt modules, plugins, locales and translations the kiosk never loads.

Pure and importable by the spec and by the tests (tests/deploy/test_bundle.py),
so the list that shrinks the bundle is itself tested: everything the kiosk
needs stays, none of the excluded modules ships. Two steps: `keep()` decides
per file by name; then `unreachable()` drops the libraries that only a dropped
file needed (PyInstaller collects a plugin's dependencies before the spec can
drop the plugin: the GTK theme plugin alone brought cairo, pango and gdk-pixbuf).
What to drop was found with `./dev bench bundle` (tests/bench/bench_bundle.py),
which lists the bundle's files no process of a running kiosk mapped or opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Languages whose Qt translations ship: the kiosk's own (kiosk.core.languages.UI_LANGUAGES;
# tests/unit/test_prune.py holds them equal). Qt's standard texts (qtbase_<lang>.qm) load
# when a resident switches to the language (kiosk/ui/shell/i18n.py); Qt has none for
# Estonian and Somali.
LANGUAGES = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")
# Chromium's own locale (its texts inside pages: form checks, date pickers, the PDF viewer)
# is chosen once, at start, by the command line's --lang: the site's default_language unless
# the unit gives one (kiosk/cli.py), never a resident's switch. Every language a site may
# start in keeps its locale (Chromium has none for Somali: it falls back to en-US, which must
# always be there).
CHROMIUM_LOCALES = ("fi", "sv", "en-US", "ru", "uk", "et", "ar", "fa")

# Python extension modules of PySide6 the kiosk imports (directly or through
# QtWebEngineWidgets and its Qt dependencies). QtQml and QtQuick (QtQuick
# needs QtOpenGL to import): the on-screen keyboard's layout is set through its
# QML settings object (kiosk/ui/shell/virtual_keyboard.py).
PYSIDE_MODULES = (
    "QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel", "QtMultimedia",
    "QtQml", "QtQuick", "QtOpenGL",
)

# Qt shared libraries to drop: nothing of the kiosk or of libQt6WebEngineCore
# links them (checked with ldd; the test repeats the check on the bundle).
DROP_LIBS = re.compile(
    r"libQt6(3D|Bluetooth|Charts|DataVisualization|Designer|Graphs|Help|HttpServer|Location|"
    r"MultimediaQuick|MultimediaWidgets|Nfc|Quick3D|QuickDialogs|QuickTimeline|QuickParticles|"
    r"QuickTest|QuickEffects|QuickVectorImage|RemoteObjects|Scxml|Sensors|SerialBus|SerialPort|"
    r"SpatialAudio|Sql|StateMachine|Test|UiTools|WebSockets|WebView|ShaderTools|FFmpegStub|"
    r"Labs(?!FolderListModel)|CanvasPainter|Protobuf|Grpc|WaylandCompositor|Xml|LottieVectorImage|NetworkAuth|"
    r"Bodymovin|Pdf|WebEngineQuick|WebChannelQuick|PositioningQuick|QmlXmlListModel|"
    r"QmlLocalStorage|QmlNetwork|QmlDesignSupport|QuickShapesDesignHelpers|EglF[Ss]|"
    r"QuickControls2(Imagine|FluentWinUI3|Material|Universal|Fusion|Native)|"
    # Qt Quick Controls: the keyboard's QML imports none of it (checked in its .qml files).
    r"QuickControls2|QuickTemplates2|QuickShapes|QmlCore|OpenGLWidgets)[\w-]*\.so"
    r"|libav\w*\.so|libsw(scale|resample)\w*\.so|libffmpeg"
)

# Plugin folders the kiosk uses; every other folder under plugins/ goes.
# Not tls/: Qt's TLS backends serve QSslSocket, which nothing uses (Chromium has its own
# TLS; the sync, the fleet and the broker use Python's ssl).
KEEP_PLUGIN_DIRS = (
    "platforms", "platforminputcontexts", "imageformats", "iconengines", "printsupport",
    "xcbglintegrations", "wayland-graphics-integration-client",
    "wayland-shell-integration", "networkinformation",
)
# Within those, files never loaded: image formats the kiosk's own icons do not
# use (Chromium decodes web images itself). Read aloud needs no Qt plugin: it talks to
# speech-dispatcher itself (kiosk/services/speech_host.py).
DROP_PLUGINS = ("libqicns.so", "libqtga.so", "libqtiff.so", "libqwbmp.so", "libqwebp.so", "libqpdf.so",
                # Input method framework of desktops (the kiosk has its own keyboard switch).
                "libibusplatforminputcontextplugin.so",
                # Wayland shells other than xdg-shell (cage) and fullscreen-shell, and the
                # buffer integrations for clients of a Qt-made compositor.
                "libivi-shell.so", "libqt-shell.so", "libwl-shell-plugin.so", "libdmabuf-server.so",
                "libdrm-egl-server.so", "libshm-emulation-server.so", "libvulkan-server.so")
# Platform plugins kept: X11 (demo, tests), Wayland (cage), offscreen (smoke test).
KEEP_PLATFORMS = ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so")

# QML modules kept: only the virtual keyboard's (it is a QML input panel).
KEEP_QML = ("QtQuick/VirtualKeyboard", "QtQuick/Layouts", "QtQuick/Window", "QtQml/qmldir",
            "QtQml/libqmlplugin.so", "QtQml/plugins.qmltypes", "QtQml/Models", "QtQml/WorkerScript",
            "QtQuick/qmldir",
            "QtQuick/libqtquick2plugin.so",
            # The keyboard's Keyboard.qml imports these two (without them: "Type Keyboard
            # unavailable" and no keyboard at all). Of Plugins only its own module
            # stays, with the qmldir of `keyboard_plugins_qmldir` below.
            "Qt/labs/folderlistmodel", "QtQuick/VirtualKeyboard/Plugins/qmldir",
            "QtQuick/VirtualKeyboard/Plugins/libqtvkbpluginsplugin.so")

# Qt's own translations the kiosk loads: kiosk/ui/shell/i18n.py loads qtbase only (qt_LANG,
# the catalogue naming the others, and qtwebengine's context-menu texts: nothing loads them).
QT_CATALOGUES = ("qtbase",)

# Python extension modules no code of the kiosk reaches: East Asian codecs
# (text from the web is decoded by Chromium), the interactive prompt, a test module.
DROP_PYTHON = re.compile(r"python3\.\d+/lib-dynload/(_codecs_(cn|hk|iso2022|jp|kr|tw)|readline|xxsubtype|"
                         r"_testcapi|_testinternalcapi|_tkinter|_curses\w*)\.")

# Libraries loaded with dlopen(), never named as a dependency: NSS loads its
# crypto and root-certificate modules itself (Chromium uses NSS for client
# certificates and the site's trust settings; ID-card and bank logins are HTTPS).
# Libraries the system provides and must provide itself, because the system's
# graphics driver loads next to them: PyInstaller's bootloader puts the
# bundle's folder first in LD_LIBRARY_PATH, so a copy here shadows the
# system's for every library loaded later, Mesa included. Ubuntu 24.04's Mesa
# 25 (libEGL_mesa -> libgallium -> libLLVM 20) needs GLIBCXX_3.4.32, which
# the build machine's (Debian 12, GCC 12) libstdc++ lacks: EGL then had no
# vendor, Chromium no GL at all, and QtWebEngine aborted ("GLOzone not found
# for unknown") as soon as a page opened. libgbm is Mesa's own and must match
# the system's drivers (Mesa >= 24.3 has no stable driver interface). The GCC
# runtime is backward compatible and in every Debian/Ubuntu; install.sh
# installs libgbm1.
SYSTEM_LIBS = re.compile(r"lib(stdc\+\+|gcc_s|gbm)\.so(\.\d+)*$")

DLOPENED = re.compile(r"lib(softokn3|freebl3|freeblpriv3|nssckbi|nssdbm3)\.(so|chk)$|libpython3")


def keep(dest: str) -> bool:
    """Whether a file that PyInstaller collected (its path inside the bundle) ships."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if DROP_LIBS.search(name) or SYSTEM_LIBS.match(name):
        return False
    # .qmltypes describe QML types for tools (qmllint, Qt Creator); the runtime never reads them.
    if name.endswith(".qmltypes"):
        return False
    m = re.match(r"PySide6/(Qt\w+)\.(abi3\.so|pyi)$", path)
    if m:
        return m.group(2) == "abi3.so" and m.group(1) in PYSIDE_MODULES
    if "/Qt/plugins/" in path:
        folder = path.split("/Qt/plugins/", 1)[1].split("/", 1)[0]
        if folder not in KEEP_PLUGIN_DIRS:
            return False
        if folder == "platforms":
            return name in KEEP_PLATFORMS
        return name not in DROP_PLUGINS
    if "/Qt/qml/" in path:
        rel = path.split("/Qt/qml/", 1)[1]
        # The keyboard's input-method plugins are for Chinese, Japanese, Korean and Thai.
        if rel.startswith("QtQuick/VirtualKeyboard/Plugins/") and rel.count("/") > 3:
            return False
        return any(rel.startswith(k) for k in KEEP_QML)
    if name == "qtwebengine_devtools_resources.pak":   # dev tools are off in the kiosk
        return False
    if "/qtwebengine_locales/" in path:
        return name.removesuffix(".pak") in CHROMIUM_LOCALES
    if "/Qt/translations/" in path and name.endswith(".qm"):
        catalogue, _, lang = name.removesuffix(".qm").rpartition("_")
        return lang in LANGUAGES and catalogue in QT_CATALOGUES
    if DROP_PYTHON.search(path):
        return False
    # The translations' sources: the kiosk loads the .qm files compiled from them.
    if path.startswith("kiosk/assets/translations/") and name.endswith(".ts"):
        return False
    if path.endswith((".pyi", ".debug")) or "/Qt/metatypes/" in path or "/include/" in path:
        return False
    return True


KEYBOARD_PLUGINS_QMLDIR = "PySide6/Qt/qml/QtQuick/VirtualKeyboard/Plugins/qmldir"


def keyboard_plugins_qmldir(text: str) -> str:
    """The keyboard's Plugins module without its imports of the Chinese, Japanese, Korean and
    Thai input methods (3 MB of dictionaries), which the bundle leaves out: a missing
    imported module would make the whole keyboard fail to load."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not line.startswith("import QtQuick.VirtualKeyboard.Plugins."))


def _is_library(dest: str) -> bool:
    """A shared library that is only there because something needs it (not a plugin or module)."""
    path = dest.replace("\\", "/")
    # A Python extension module at the top (cffi's _cffi_backend, which cryptography imports) is
    # imported by name, never named as DT_NEEDED: not a library to prune.
    if re.search(r"\.(cpython-[^/]+|abi3)\.so$", path):
        return False
    return (("/" not in path or path.startswith("PySide6/Qt/lib/")
             or re.match(r"(PySide6|shiboken6)/lib[^/]+$", path) is not None) and ".so" in path)


def unreachable(files: Iterable[tuple[str, str]], needed: Callable[[str], list[str]]) -> set[str]:
    """Destinations of libraries nothing kept needs: `files` are (destination, source) pairs,
    `needed(source)` the sonames an ELF file names as DT_NEEDED.

    Roots are the program's modules, Qt plugins, QML plugins, the helper process
    and the libraries loaded by dlopen (DLOPENED); a library stays when a root
    needs it, directly or through another library that stays.
    """
    files = list(files)
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, src in files:
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], []).append((dest, src))
    todo = [(d, s) for d, s in files if not _is_library(d) or DLOPENED.search(d)]
    reached = {d for d, _ in todo}
    while todo:
        _, src = todo.pop()
        for soname in needed(src):
            for dest, lib_src in by_name.get(soname, []):
                if dest not in reached:
                    reached.add(dest)
                    todo.append((dest, lib_src))
    return {d for d, _ in files if _is_library(d) and d not in reached}
