"""What the bundle leaves out: Qt modules, plugins, locales and translations the kiosk never loads.

Pure and importable by the spec and by the tests (tests/deploy/test_prune.py),
so the list that shrinks the bundle is itself tested: everything the kiosk
needs stays, none of the excluded modules ships.
"""

from __future__ import annotations

import re

# Languages whose Chromium locale and Qt translations ship. en-US is
# Chromium's fallback and must always be there.
LANGUAGES = ("fi", "sv", "en")
CHROMIUM_LOCALES = ("fi", "sv", "en-US")

# Python extension modules of PySide6 the kiosk imports (directly or through
# QtWebEngineWidgets and its Qt dependencies).
PYSIDE_MODULES = (
    "QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg", "QtTextToSpeech",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel", "QtMultimedia",
)

# Qt shared libraries to drop: nothing of the kiosk or of libQt6WebEngineCore
# links them (checked with ldd; the test repeats the check on the bundle).
DROP_LIBS = re.compile(
    r"libQt6(3D|Bluetooth|Charts|DataVisualization|Designer|Graphs|Help|HttpServer|Location|"
    r"MultimediaQuick|MultimediaWidgets|Nfc|Quick3D|QuickDialogs|QuickTimeline|QuickParticles|"
    r"QuickTest|QuickEffects|QuickVectorImage|RemoteObjects|Scxml|Sensors|SerialBus|SerialPort|"
    r"SpatialAudio|Sql|StateMachine|Test|UiTools|WebSockets|WebView|ShaderTools|FFmpegStub|"
    r"Labs|CanvasPainter|Protobuf|Grpc|WaylandCompositor|Xml|LottieVectorImage|NetworkAuth|"
    r"Bodymovin|Pdf|WebEngineQuick|WebChannelQuick|PositioningQuick|QmlXmlListModel|"
    r"QmlLocalStorage|QmlNetwork|QmlDesignSupport|QuickShapesDesignHelpers|EglF[Ss]|"
    r"QuickControls2(Imagine|FluentWinUI3|Material|Universal|Fusion|Native))[\w-]*\.so"
    r"|libav\w*\.so|libsw(scale|resample)\w*\.so|libffmpeg"
)

# Plugin folders the kiosk uses; every other folder under plugins/ goes.
KEEP_PLUGIN_DIRS = (
    "platforms", "platforminputcontexts", "imageformats", "iconengines", "printsupport", "tls",
    "xcbglintegrations", "texttospeech", "wayland-graphics-integration-client",
    "wayland-shell-integration", "networkinformation",
)
# Within those, files never loaded: image formats the kiosk's own icons do not
# use (Chromium decodes web images itself), the speech mock.
DROP_PLUGINS = ("libqicns.so", "libqtga.so", "libqtiff.so", "libqwbmp.so", "libqwebp.so", "libqpdf.so",
                "libqtexttospeech_mock.so")
# Platform plugins kept: X11 (demo, tests), Wayland (cage), offscreen (smoke test).
KEEP_PLATFORMS = ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so")

# QML modules kept: only the virtual keyboard's (it is a QML input panel).
KEEP_QML = ("QtQuick/VirtualKeyboard", "QtQuick/Layouts", "QtQuick/Window", "QtQml/qmldir",
            "QtQml/libqmlplugin.so", "QtQml/plugins.qmltypes", "QtQml/Models", "QtQml/WorkerScript",
            "QtQuick/qmldir",
            "QtQuick/libqtquick2plugin.so", "QtQuick/plugins.qmltypes", "QtQuick/Controls/Basic",
            "QtQuick/Controls/impl", "QtQuick/Controls/qmldir", "QtQuick/Templates")


def keep(dest: str) -> bool:
    """Whether a file that PyInstaller collected (its path inside the bundle) ships."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if DROP_LIBS.search(name):
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
        if rel.startswith("QtQuick/VirtualKeyboard/Plugins/"):
            return False
        return any(rel.startswith(k) for k in KEEP_QML)
    if name == "qtwebengine_devtools_resources.pak":   # dev tools are off in the kiosk
        return False
    if "/qtwebengine_locales/" in path:
        return name.removesuffix(".pak") in CHROMIUM_LOCALES
    if "/Qt/translations/" in path and name.endswith(".qm"):
        lang = name.rsplit("_", 1)[-1].removesuffix(".qm")
        return lang in LANGUAGES
    if path.endswith((".pyi", ".debug")) or "/Qt/metatypes/" in path or "/include/" in path:
        return False
    return True
