"""The frozen bundle, built once per test run when it is missing or older than the code.

Building takes a few minutes on two cores (PyInstaller, then the bundle's own
smoke test in packaging/build.py); every test here uses the same bundle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "digipiste"


def _newest_source() -> float:
    # packaging/linux (install.sh, units, session.sh) is not part of the bundle.
    packaging = [p for p in REPO.joinpath("packaging").rglob("*") if "linux" not in p.relative_to(REPO).parts]
    paths = [*REPO.joinpath("kiosk").rglob("*.py"), *packaging,
             *REPO.joinpath("kiosk", "assets").rglob("*.ts")]
    return max(p.stat().st_mtime for p in paths if p.is_file())


@pytest.fixture(scope="session")
def bundle() -> Path:
    program = BUNDLE / "kiosk"
    if not program.exists() or program.stat().st_mtime < _newest_source():
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "-e", f"{REPO}[build]"], check=True)
        proc = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")], cwd=REPO,
                              capture_output=True, text=True, timeout=1800)
        assert proc.returncode == 0, f"bundle build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return BUNDLE
