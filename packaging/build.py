"""Build the one-folder bundle dist/digipiste/ and test it before calling it built.

    python packaging/build.py              (what `./dev bundle` runs)
    python packaging/build.py --archive    (then the release archive, packaging/archive.py)

The bundle is built in build/ and moved into dist/digipiste only after the
frozen program passed its own checks: `--smoke` (starts, paints the home
screen), `check-config` on the shipped demo configuration and `guides check`.
A bundle that fails them is never put where an installer would take it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def say(text: str) -> None:
    print(f"bundle: {text}", flush=True)


def size_of(folder: Path) -> tuple[int, int]:
    total = files = 0
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total, files


def smoke(program: Path) -> list[str]:
    """Run the frozen program's own checks; return the failures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"   # the build check only; never in the kiosk session
    failures = []
    demo = program.parent / "_internal" / "kiosk" / "demo" / "koivutupa.toml"
    with tempfile.TemporaryDirectory() as data:
        checks = [
            ("--smoke", [str(program), "--smoke", "--data-dir", data]),
            ("check-config", [str(program), "check-config", str(demo)]),
            ("guides check", [str(program), "guides", "check"]),
            ("selftest", [str(program), "selftest"]),
        ]
        for name, cmd in checks:
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
            if proc.returncode != 0:
                failures.append(f"{name}: exit {proc.returncode}\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
            elif name == "--smoke":
                report = json.loads(proc.stdout.strip().splitlines()[-1])
                say(f"frozen --smoke: first paint {report['first_paint_ms']} ms")
            else:
                say(f"frozen {name}: ok")
    return failures


def main(argv: list[str]) -> int:
    subprocess.run([sys.executable, "-m", "kiosk.i18n_build", "--quiet"], check=True, cwd=ROOT)
    out = ROOT / "build" / "dist-new"
    shutil.rmtree(out, ignore_errors=True)
    say("running PyInstaller (a few minutes)")
    # PyInstaller's cache of stripped binaries is per user (~/.cache/pyinstaller) by default:
    # two builds at once (two checkouts, CI jobs as one user) corrupt its index. Each
    # checkout keeps its own.
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(ROOT / "build" / "pyinstaller-cache"))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(out), "--workpath", str(WORK), str(ROOT / "packaging" / "kiosk.spec")],
                   check=True, cwd=ROOT, env=env)
    built = out / "digipiste"
    failures = smoke(built / "kiosk")
    if failures:
        for failure in failures:
            say(f"FAILED {failure}")
        say(f"the bundle in {built} failed its own checks and was not moved to dist/")
        return 1
    target = DIST / "digipiste"
    DIST.mkdir(exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    built.rename(target)
    total, files = size_of(target)
    say(f"{target}: {total / 1e6:.0f} MB in {files} files; program {target / 'kiosk'}")
    if "--archive" in argv:
        from archive import make_archive

        say("packing the release archive (zstd -19, a few minutes)")
        archive = make_archive(DIST)
        say(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB; checksum in {DIST / 'SHA256SUMS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
