"""scripts/system_deps.py: what `./dev demo` and `./dev test` would install, and what they say.

This machine has every package already, so the "missing" cases pretend
(DIGIPISTE_DEPS_PRETEND_MISSING); the ldd and mapping code is the real one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system_deps.py"


def run(*args: str, missing: str = "", user: bool = False, env: dict | None = None):
    environ = dict(os.environ, **(env or {}))
    environ.pop("DIGIPISTE_DEPS_PRETEND_MISSING", None)
    if missing:
        environ["DIGIPISTE_DEPS_PRETEND_MISSING"] = missing
    if user:
        environ["DIGIPISTE_DEPS_PRETEND_USER"] = "1"
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=environ, capture_output=True,
                          text=True, timeout=60)


def test_this_machine_has_what_qt_and_the_display_tests_need():
    done = run("test", "--dry-run")
    assert done.returncode == 0
    assert done.stdout.strip() == "nothing to install"


def test_missing_xcb_libraries_are_named_by_their_debian_packages():
    # The two libraries a fresh Debian 12 lacked (Qt's message named another one).
    done = run("demo", "--dry-run", missing="libxcb-icccm.so.4 libxcb-keysyms.so.1")
    assert done.returncode == 0
    assert done.stdout.strip() == "would run: apt-get install -y libxcb-icccm4 libxcb-keysyms1"


def test_the_tests_also_need_the_x_server_and_xdotool_but_the_demo_does_not():
    done = run("test", "--dry-run", missing="Xvfb xdotool libnss3.so")
    assert done.stdout.strip() == "would run: apt-get install -y libnss3 xdotool xvfb"
    done = run("demo", "--dry-run", missing="Xvfb xdotool libnss3.so")
    assert done.stdout.strip() == "would run: apt-get install -y libnss3"


def test_the_screen_audit_needs_tesseract_with_finnish_and_swedish_data():
    done = run("test", "--dry-run", missing="tesseract fin.traineddata swe.traineddata")
    assert done.stdout.strip() == "would run: apt-get install -y tesseract-ocr tesseract-ocr-fin tesseract-ocr-swe"
    done = run("demo", "--dry-run", missing="tesseract fin.traineddata")
    assert done.stdout.strip() == "nothing to install"


def test_without_root_it_names_the_exact_command_and_stops():
    done = run("demo", missing="libxcb-cursor.so.0 libxkbcommon-x11.so.0", user=True)
    assert done.returncode == 4
    assert "sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0" in done.stderr
    assert "then run ./dev demo again" in done.stderr


def test_a_library_without_a_known_package_is_named():
    done = run("demo", "--dry-run", missing="libsomething-new.so.7")
    assert "no Debian package is known for: libsomething-new.so.7" in done.stderr
    assert "nothing that apt can install" in done.stdout


def test_demo_without_any_display_says_so_plainly():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([str(ROOT / "dev"), "demo"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 5
    assert "neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set" in done.stderr
