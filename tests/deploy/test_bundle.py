"""The frozen bundle: what it holds, what it leaves out, and that it runs its own commands."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import prune  # noqa: E402

pytestmark = pytest.mark.bundle


def files(bundle: Path) -> list[str]:
    return [str(p.relative_to(bundle / "_internal")) for p in (bundle / "_internal").rglob("*") if p.is_file()]


def test_bundle_holds_webengine_and_the_site_languages(bundle: Path):
    have = set(files(bundle))
    qt = "PySide6/Qt/"
    for needed in ("libexec/QtWebEngineProcess", "resources/qtwebengine_resources.pak",
                   "resources/icudtl.dat", "translations/qtwebengine_locales/fi.pak",
                   "translations/qtwebengine_locales/sv.pak", "translations/qtwebengine_locales/en-US.pak",
                   "plugins/platforms/libqwayland.so", "plugins/platforms/libqxcb.so",
                   "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "plugins/printsupport/libcupsprintersupport.so",
                   "plugins/platforms/libqoffscreen.so", "plugins/wayland-shell-integration/libxdg-shell.so",
                   "plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
                   "plugins/networkinformation/libqglib.so",
                   "translations/qtbase_fi.qm", "translations/qtbase_sv.qm",
                   # Qt's texts for every language a site may offer (prune.LANGUAGES), e.g. Arabic.
                   "translations/qtbase_ar.qm", "translations/qtbase_ru.qm",
                   # The on-screen keyboard and every module its Keyboard.qml imports.
                   "qml/QtQuick/VirtualKeyboard/qmldir", "qml/QtQuick/VirtualKeyboard/Components/qmldir",
                   "qml/QtQuick/VirtualKeyboard/Plugins/qmldir", "qml/Qt/labs/folderlistmodel/qmldir",
                   "qml/QtQuick/Layouts/qmldir", "lib/libQt6VirtualKeyboard.so.6"):
        assert qt + needed in have, needed
    for ours in ("kiosk/demo/koivutupa.toml", "kiosk/assets/translations/shell_fi.qm",
                 "kiosk/assets/translations/shell_sv.qm", "kiosk/assets/translations/shell_ar.qm",
                 "kiosk/guides/bank-codes/guide.toml",
                 "kiosk/assets/icons/kela.svg"):
        assert ours in have, ours


def test_prune_list_leaves_out_what_the_kiosk_never_loads(bundle: Path):
    have = files(bundle)
    locales = sorted(Path(f).stem for f in have if "qtwebengine_locales/" in f)
    assert locales == sorted(prune.CHROMIUM_LOCALES)
    for f in have:
        name = f.rsplit("/", 1)[-1]
        assert not prune.DROP_LIBS.search(name), f
        assert not any(f.startswith(f"PySide6/{m}.") for m in ("Qt3DCore", "QtCharts", "QtMultimediaWidgets",
                                                               "QtQuick3D", "QtLocation", "QtBluetooth")), f
        assert not (f.startswith("kiosk/assets/translations/") and f.endswith(".ts")), f   # sources only
        assert "/plugins/tls/" not in f, f   # QSslSocket's backends: nothing uses them
        assert "ffmpeg" not in f.lower() and not name.startswith(("libavcodec", "libavformat", "libavutil")), f
        assert not (f.endswith(".qm") and "/Qt/translations/" in f
                    and name.rsplit("_", 1)[-1][:-3] not in prune.LANGUAGES), f
    assert len(have) < 1000
    # Nothing only for tools or for languages the keyboard does not offer.
    assert not [f for f in have if f.endswith((".qmltypes", ".pyi", ".debug"))]
    assert not [f for f in have if "/QtQuick/Controls/" in f or ("VirtualKeyboard/Plugins/" in f
                                                                  and f.count("/") > 6)]
    plugins_qmldir = (bundle / "_internal" / "PySide6/Qt/qml/QtQuick/VirtualKeyboard/Plugins/qmldir").read_text()
    assert "module QtQuick.VirtualKeyboard.Plugins" in plugins_qmldir and "Pinyin" not in plugins_qmldir
    assert not [f for f in have if re.search(r"lib-dynload/(_codecs_(jp|cn|kr|tw|hk)|readline|_tkinter)", f)]


def test_no_excluded_python_module_ships(bundle: Path):
    from PyInstaller.archive.readers import CArchiveReader

    pyz = CArchiveReader(str(bundle / "kiosk")).open_embedded_archive("PYZ.pyz")
    modules = set(pyz.toc)
    with zipfile.ZipFile(bundle / "_internal" / "base_library.zip") as zf:
        base = zf.namelist()
    modules |= {name.removesuffix(".pyc").replace("/", ".") for name in base}
    assert "kiosk.app" in modules and "sqlite_utils" in modules and "qrcode.image.svg" in modules
    for gone in ("tkinter", "unittest", "pydoc", "pydoc_data", "lib2to3", "idlelib", "ensurepip", "pytest",
                 "PyInstaller", "setuptools", "pip", "curses", "readline"):
        assert not [m for m in modules if m == gone or m.startswith(gone + ".")], gone


def test_every_shipped_library_is_needed_by_something_shipped(bundle: Path):
    # The dependency closure of packaging/prune.py, on the result: a library
    # left behind by a dropped plugin would be dead weight.
    internal = bundle / "_internal"
    entries = [(str(p.relative_to(internal)), str(p)) for p in internal.rglob("*") if p.is_file()]

    def needed(path: str) -> list[str]:
        out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
        return re.findall(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE)

    assert prune.unreachable([e for e in entries if ".so" in e[0]], needed) == set()


def test_every_shipped_library_finds_its_dependencies_inside_or_on_the_system(bundle: Path):
    internal = bundle / "_internal"
    libdirs = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = {}
    for so in list(internal.rglob("*.so")) + list(internal.rglob("*.so.*")) + [bundle / "kiosk"]:
        out = subprocess.run(["ldd", str(so)], capture_output=True, text=True,
                             env=dict(os.environ, LD_LIBRARY_PATH=libdirs)).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        # Plugins for desktops the kiosk never runs on may miss system libraries;
        # a Qt library missing another Qt library is a pruning mistake.
        lost = [lib for lib in lost if lib.startswith("libQt6")]
        if lost:
            missing[str(so.relative_to(bundle))] = lost
    assert missing == {}


def test_frozen_program_runs_its_commands(bundle: Path, tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    program = str(bundle / "kiosk")
    demo = bundle / "_internal" / "kiosk" / "demo" / "koivutupa.toml"
    smoke = subprocess.run([program, "--smoke", "--data-dir", str(tmp_path)], env=env, capture_output=True,
                           text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert json.loads(smoke.stdout.strip().splitlines()[-1])["smoke"] == "ok"
    assert subprocess.run([program, "check-config", str(demo)], capture_output=True, timeout=60).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nid = "x"\n', encoding="utf-8")
    broken = subprocess.run([program, "check-config", str(bad)], capture_output=True, text=True, timeout=60)
    assert broken.returncode == 2 and f"{bad}:" in broken.stderr
    assert subprocess.run([program, "guides", "check"], capture_output=True, timeout=60).returncode == 0


def _where(kiosk: subprocess.Popen, name: str) -> tuple[int, int]:
    """The centre of a control on the screen, from the kiosk's test probe (kiosk/ui/shell/probe.py)."""
    import select

    kiosk.stdin.write(f"where {name}\n".encode())
    kiosk.stdin.flush()
    end = time.monotonic() + 20
    while time.monotonic() < end:
        if select.select([kiosk.stdout], [], [], 0.5)[0]:
            line = kiosk.stdout.readline().decode(errors="replace").strip()
            if line.startswith("{"):
                reply = json.loads(line)
                return reply["x"], reply["y"]
    raise AssertionError(f"the probe did not say where {name} is")


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("import") is None,
                    reason="Xvfb and ImageMagick's import are needed")
def test_frozen_on_screen_keyboard_appears_for_a_web_page_field(bundle: Path, tmp_path: Path):
    """A touch terminal's keyboard (deployment.virtual_keyboard) from the pruned bundle, on a real X server."""
    from PySide6.QtGui import QColor, QImage

    from tests.configs import local_config_text
    from tests.display.xserver import start_xvfb
    from tests.webserver import WebServer

    xserver = start_xvfb()
    try:
        with WebServer("127.0.0.1") as web:
            web.add("/", "<html><body style='margin:0'><input id=q autofocus style='width:100%;height:100px'>"
                         "</body></html>")
            config = tmp_path / "site.toml"
            config.write_text(local_config_text({"kela": web.url("/")}) + "\n[deployment]\nvirtual_keyboard = true\n",
                              encoding="utf-8")
            env = dict(os.environ, DISPLAY=xserver.display, QT_QPA_PLATFORM="xcb", DIGIPISTE_TEST_PROBE="1")
            kiosk = subprocess.Popen([str(bundle / "kiosk"), "--config", str(config), "--data-dir", str(tmp_path / "d")],
                                     env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            log = tmp_path / "d" / "logs" / "kiosk.log"
            try:
                end = time.monotonic() + 90
                while "first frame painted" not in (log.read_text() if log.exists() else ""):
                    assert time.monotonic() < end and kiosk.poll() is None, "the kiosk did not start"
                    time.sleep(0.3)
                xserver.click(*_where(kiosk, "tile-kela"))   # the tile, pressed as a resident would
                end = time.monotonic() + 60
                while ("GET", "/") not in web.requests:
                    assert time.monotonic() < end, "the page was not opened"
                    time.sleep(0.3)
                time.sleep(4)
                xserver.click(400, 260)   # into the page's text field (below the toolbars)
                shot = tmp_path / "screen.png"
                dark = 0
                for _ in range(20):
                    time.sleep(1)
                    subprocess.run(["import", "-display", xserver.display, "-window", "root", str(shot)],
                                   check=True, timeout=30)
                    img = QImage(str(shot))
                    # The keyboard fills the lower part of the screen with dark keys; the page there is white.
                    points = [(x, y) for x in range(0, img.width(), 16) for y in range(img.height() * 6 // 10,
                                                                                       img.height(), 16)]
                    dark = sum(QColor(img.pixel(x, y)).lightness() < 128 for x, y in points) / len(points)
                    if dark > 0.5:
                        break
            finally:
                kiosk.terminate()
                kiosk.wait(30)
                kiosk.stdin.close()
                kiosk.stdout.close()
        text = log.read_text()
        assert "Type Keyboard unavailable" not in text and "is not installed" not in text, text[-3000:]
        assert dark > 0.5, f"no keyboard on the lower part of the screen ({dark:.0%} dark)"
    finally:
        xserver.stop()
