"""The release archive (packaging/archive.py): reproducible, checksummed, and installable as it comes.

What IT staff do with it (docs/deploy.md): unpack it, run install.sh from it.
Here install.sh goes into a throwaway root (DESTDIR, no apt), as in test_install.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import archive  # noqa: E402

pytestmark = pytest.mark.bundle

# A fast level for the test: the packing (names, times, owners) is what must be
# reproducible; the release's zstd -19 is as deterministic, only slower.
FAST = ["-3", "-T0", "-q"]


def test_archive_is_reproducible_and_installs_from_where_it_is_unpacked(bundle: Path, tmp_path: Path):
    first = archive.make_archive(tmp_path / "a", bundle=bundle, zstd_args=FAST)
    # The same input packed again, later, into another folder: the same bytes.
    os.utime(bundle / "kiosk")
    second = archive.make_archive(tmp_path / "b", bundle=bundle, zstd_args=FAST)
    assert first.name == f"digipiste-{archive.version()}.tar.zst" == second.name
    assert first.read_bytes() == second.read_bytes()
    sums = (tmp_path / "a" / "SHA256SUMS").read_text()
    assert sums.endswith(f"  {first.name}\n")
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "a", capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    listing = subprocess.run(["tar", "--zstd", "-tvf", str(first), "--numeric-owner"], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    names = [line.split()[-1] if " -> " not in line else line.split(" -> ")[0].split()[-1] for line in listing]
    # (tar lists folders with a trailing slash; the archive sorts names without it, so that
    # "cryptography-51.0.1.dist-info/" may come before "cryptography/" as "-" < "/")
    assert [n.rstrip("/") for n in names] == sorted(n.rstrip("/") for n in names)
    assert all(line.split()[1] == "0/0" for line in listing), listing[:3]
    assert len({" ".join(line.split()[3:5]) for line in listing}) == 1   # one date and time for all
    top = first.name.removesuffix(".tar.zst")
    for needed in ("dist/digipiste/kiosk", "packaging/linux/install.sh", "packaging/linux/session.sh",
                   "docs/deploy.md"):
        assert f"{top}/{needed}" in names, needed

    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "--zstd", "-xf", str(first), "-C", str(unpacked)], check=True)
    root = tmp_path / "root"
    out = subprocess.run([str(unpacked / top / "packaging" / "linux" / "install.sh"), "--no-apt"],
                         env=dict(os.environ, DESTDIR=str(root)), capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    current = root / "opt" / "digipiste" / "current"
    assert (current / "kiosk").is_file() and (current / "session.sh").is_file()
    version = subprocess.run([str(current / "kiosk"), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and archive.version() in version.stdout + version.stderr
