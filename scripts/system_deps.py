"""Checks (and as root installs) the Debian packages the kiosk needs from the system.

pip brings Qt, but Qt's xcb platform plugin and QtWebEngine link against
system libraries (libxcb-*, libnss3, libasound2, ...). When one is missing Qt
only says "could not load the Qt platform plugin xcb" and names
libxcb-cursor0 even when the missing ones are others, so `./dev demo` and
`./dev test` ask `ldd` instead: every "not found" library of the plugins and
programs the kiosk loads is mapped to its Debian 12 package. The display tests
also need programs (Xvfb, xdotool, xdpyinfo) and the screen audit tesseract with
its Finnish and Swedish data.

    python scripts/system_deps.py demo|test [--dry-run]

Missing packages: as root, `apt-get install -y` them (after `apt-get update`
only if the install cannot find them); otherwise print the exact command and
exit 4. `--dry-run` only prints what would be installed. Standard library
only, so that it runs before anything else works; no Qt is imported.

For tests of this script: DIGIPISTE_DEPS_PRETEND_MISSING="soname-or-program ..."
treats those as missing, DIGIPISTE_DEPS_PRETEND_USER=1 behaves as if not root.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EXIT_OK, EXIT_MISSING = 0, 4

# soname -> Debian 12 (bookworm) package.
LIBRARIES = {
    "libxcb.so.1": "libxcb1", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-dri3.so.0": "libxcb-dri3-0", "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbfile.so.1": "libxkbfile1", "libXau.so.6": "libxau6", "libXdmcp.so.6": "libxdmcp6",
    "libXcomposite.so.1": "libxcomposite1", "libXdamage.so.1": "libxdamage1",
    "libXrandr.so.2": "libxrandr2", "libXtst.so.6": "libxtst6", "libXext.so.6": "libxext6",
    "libXfixes.so.3": "libxfixes3", "libXrender.so.1": "libxrender1", "libXi.so.6": "libxi6",
    "libXcursor.so.1": "libxcursor1", "libxshmfence.so.1": "libxshmfence1",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0", "libGLdispatch.so.0": "libglvnd0", "libgbm.so.1": "libgbm1",
    "libdrm.so.2": "libdrm2",
    "libnss3.so": "libnss3", "libnssutil3.so": "libnss3", "libsmime3.so": "libnss3",
    "libnspr4.so": "libnspr4", "libplc4.so": "libnspr4", "libplds4.so": "libnspr4",
    "libasound.so.2": "libasound2", "libpulse.so.0": "libpulse0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16", "libdbus-1.so.3": "libdbus-1-3", "libexpat.so.1": "libexpat1",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0", "libgio-2.0.so.0": "libglib2.0-0",
    "libkrb5.so.3": "libkrb5-3", "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libk5crypto.so.3": "libk5crypto3", "libcups.so.2": "libcups2",
    "libavahi-client.so.3": "libavahi-client3", "libavahi-common.so.3": "libavahi-common3",
    "libgnutls.so.30": "libgnutls30", "libudev.so.1": "libudev1", "libsystemd.so.0": "libsystemd0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1", "libwayland-server.so.0": "libwayland-server0",
    "libspeechd.so.2": "libspeechd2",
}
# Programs the display tests run -> package.
PROGRAMS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xdpyinfo": "x11-utils", "xwininfo": "x11-utils",
            # The deployment tests (tests/deploy): the kiosk session's compositor
            # (nested in Xvfb through wlroots' x11 backend, so that screenshots
            # show real frames and xdotool's input reaches it), its screenshot
            # tool, and X11 apps under it.
            "cage": "cage", "grim": "grim", "Xwayland": "xwayland",
            # Read aloud's real engine (tests/gui/test_speech_engine.py): the
            # server, the synthesiser, and the module that joins them.
            "speech-dispatcher": "speech-dispatcher", "espeak-ng": "espeak-ng",
            "sd_espeak-ng": "speech-dispatcher-espeak-ng",
            # The screen audit (tests/display/test_screen_audit.py) reads the screen
            # back with OCR: tesseract and its Finnish and Swedish data (English comes with it).
            "tesseract": "tesseract-ocr", "fin.traineddata": "tesseract-ocr-fin",
            "swe.traineddata": "tesseract-ocr-swe",
            # ... and in the six more languages (Somali is written in Latin letters:
            # Debian has no Somali data, the English data reads it).
            "ara.traineddata": "tesseract-ocr-ara", "rus.traineddata": "tesseract-ocr-rus",
            "ukr.traineddata": "tesseract-ocr-ukr", "est.traineddata": "tesseract-ocr-est",
            "fas.traineddata": "tesseract-ocr-fas",
            # The shared help queue's tests run a real broker with TLS; its
            # certificates are made with openssl.
            "mosquitto": "mosquitto", "mosquitto_pub": "mosquitto-clients", "openssl": "openssl",
            # The fleet's tests sign configuration and release channels with the
            # real minisign and check the alert rules with promtool.
            "minisign": "minisign", "promtool": "prometheus"}
# Programs and data that are not on PATH: where Debian puts them (a glob: tesseract's
# data folder is named after its version, 4.00 on Debian 11, 5 on Debian 12).
PROGRAM_PATHS = {"sd_espeak-ng": "/usr/lib/speech-dispatcher-modules/sd_espeak-ng",
                 "fin.traineddata": "/usr/share/tesseract-ocr/*/tessdata/fin.traineddata",
                 "swe.traineddata": "/usr/share/tesseract-ocr/*/tessdata/swe.traineddata",
                 **{f"{code}.traineddata": f"/usr/share/tesseract-ocr/*/tessdata/{code}.traineddata"
                    for code in ("ara", "rus", "ukr", "est", "fas")},
                 # Debian puts the broker in sbin, not on a user's PATH.
                 "mosquitto": "/usr/sbin/mosquitto"}

# Inside the PySide6 wheel: what the kiosk loads on X11, on Wayland, always.
_XCB = ["Qt/plugins/platforms/libqxcb.so", "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so"]
_WAYLAND = ["Qt/plugins/platforms/libqwayland.so", "Qt/plugins/wayland-shell-integration/libxdg-shell.so",
            "Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so"]
_ALWAYS = ["Qt/libexec/QtWebEngineProcess", "QtWebEngineWidgets.abi3.so", "QtPrintSupport.abi3.so",
           "QtSvg.abi3.so", "Qt/plugins/printsupport/libcupsprintersupport.so"]


def pyside_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("system_deps: PySide6 is not installed in this Python (run ./dev first)")
    return Path(list(spec.submodule_search_locations)[0])


def binaries(platform: str) -> list[Path]:
    base = pyside_dir()
    names = _ALWAYS + (_WAYLAND if platform == "wayland" else _XCB)
    return [base / name for name in names if (base / name).exists()]


def _ldd_missing(path: Path) -> set[str]:
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
    return {line.split()[0] for line in out.splitlines() if "not found" in line}


def missing_libraries(files: list[Path]) -> set[str]:
    """Sonames that `ldd` reports as "not found" for any of `files`."""
    # One ldd per file, side by side: this runs before every ./dev test.
    with ThreadPoolExecutor(max_workers=4) as pool:
        return set().union(*pool.map(_ldd_missing, sorted(set(files))))


def missing_programs(names) -> set[str]:
    def found(name: str) -> bool:
        path = PROGRAM_PATHS.get(name)
        return bool(glob.glob(path)) if path else shutil.which(name) is not None
    return {name for name in names if not found(name)}


def packages_for(missing: set[str]) -> tuple[list[str], list[str]]:
    """(packages to install, sonames/programs with no known package)."""
    known = {**LIBRARIES, **PROGRAMS}
    packages = sorted({known[m] for m in missing if m in known})
    unknown = sorted(m for m in missing if m not in known)
    return packages, unknown


def check(purpose: str, platform: str) -> tuple[list[str], list[str]]:
    pretend = set(os.environ.get("DIGIPISTE_DEPS_PRETEND_MISSING", "").split())
    files = binaries(platform)
    if purpose == "test":
        # The display tests run the kiosk on xcb and the deployment tests on
        # Wayland (cage), whatever this machine's own session is.
        files += binaries("xcb") + binaries("wayland")
    missing = missing_libraries(files) | (pretend - set(PROGRAMS))
    if purpose == "test":
        missing |= missing_programs(PROGRAMS) | (pretend & set(PROGRAMS))
    return packages_for(missing)


def _apt_install(packages: list[str]) -> bool:
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    lists = Path("/var/lib/apt/lists")
    if not any(lists.glob("*_Packages*")):
        subprocess.run(["apt-get", "update"], env=env, check=False)
    if subprocess.run(cmd, env=env, check=False).returncode == 0:
        return True
    # Stale or missing package lists are the usual reason: refresh once and retry.
    subprocess.run(["apt-get", "update"], env=env, check=False)
    return subprocess.run(cmd, env=env, check=False).returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("purpose", choices=["demo", "test"])
    parser.add_argument("--platform", choices=["xcb", "wayland"], default="xcb")
    parser.add_argument("--dry-run", action="store_true", help="only print what would be installed")
    args = parser.parse_args(argv)
    say = lambda text: print(f"dev: {text}", file=sys.stderr)  # noqa: E731

    packages, unknown = check(args.purpose, args.platform)
    if not packages and not unknown:
        if args.dry_run:
            print("nothing to install")
        return EXIT_OK
    command = "apt-get install -y " + " ".join(packages)
    if unknown:
        say("no Debian package is known for: " + ", ".join(unknown) + " (try: apt-file search NAME)")
    if args.dry_run:
        print(f"would run: {command}" if packages else "nothing that apt can install")
        return EXIT_OK
    as_root = os.geteuid() == 0 and os.environ.get("DIGIPISTE_DEPS_PRETEND_USER") != "1"
    if packages and as_root and shutil.which("apt-get"):
        say(f"installing the system packages Qt needs: {' '.join(packages)}")
        if _apt_install(packages) and not unknown:
            return EXIT_OK
        say(f"could not install them; try by hand: {command}")
        return EXIT_MISSING
    say("Qt needs system packages that are not installed on this machine:")
    say(f"    sudo {command}" if packages else "    (see above)")
    say(f"Install them, then run ./dev {args.purpose} again.")
    return EXIT_MISSING


if __name__ == "__main__":
    sys.exit(main())
