"""Keys and signatures made with the real `minisign` command (Debian's package), for the fleet tests."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class MinisignKey:
    """A key pair made by `minisign -G -W` (no password) in a test folder."""

    public_file: Path
    secret_file: Path

    @property
    def public_line(self) -> str:
        """The base64 line of minisign.pub, as a site file's fleet.public_keys holds it."""
        return self.public_file.read_text(encoding="utf-8").splitlines()[1].strip()

    def sign(self, path: Path, trusted_comment: str, *, legacy: bool = False,
             signature: Path | None = None) -> Path:
        """Sign `path` with `minisign -S` (prehashed by default, `-l` legacy); returns the .minisig."""
        target = signature or path.with_name(path.name + ".minisig")
        command = ["minisign", "-S", "-s", str(self.secret_file), "-m", str(path),
                   "-x", str(target), "-t", trusted_comment]
        if legacy:
            command.insert(2, "-l")
        subprocess.run(command, check=True, capture_output=True, timeout=60)
        return target


def make_key(folder: Path) -> MinisignKey:
    """A new key pair in `folder` (skips the test when minisign is not installed)."""
    if shutil.which("minisign") is None:
        pytest.skip("minisign is needed (scripts/system_deps.py)")
    folder.mkdir(parents=True, exist_ok=True)
    key = MinisignKey(folder / "minisign.pub", folder / "minisign.key")
    subprocess.run(["minisign", "-G", "-W", "-f", "-p", str(key.public_file), "-s", str(key.secret_file)],
                   check=True, capture_output=True, timeout=60)
    return key
