"""The frozen bundle: what it holds, what it leaves out, and that it runs its own commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
                   "plugins/texttospeech/libqtexttospeech_speechd.so", "plugins/printsupport/libcupsprintersupport.so"):
        assert qt + needed in have, needed
    for ours in ("kiosk/demo/koivutupa.toml", "kiosk/assets/translations/shell_fi.qm",
                 "kiosk/assets/translations/shell_sv.qm", "kiosk/guides/bank-codes/guide.toml",
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
        assert "ffmpeg" not in f.lower() and not name.startswith(("libavcodec", "libavformat", "libavutil")), f
        assert not (f.endswith(".qm") and "/Qt/translations/" in f
                    and name.rsplit("_", 1)[-1][:-3] not in prune.LANGUAGES), f
    assert len(have) < 1000


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
