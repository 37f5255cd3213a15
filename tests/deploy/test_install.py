"""install.sh and uninstall.sh into a throwaway root; the systemd units checked by systemd itself."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"

pytestmark = pytest.mark.bundle


def run(cmd, root: Path, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, DESTDIR=str(root))
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, **kw)


def snapshot(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        rel = str(p.relative_to(root))
        if p.is_symlink():
            out[rel] = "-> " + os.readlink(p)
        elif p.is_file():
            out[rel] = f"{p.stat().st_size}:{oct(p.stat().st_mode & 0o777)}"
    return out


def test_install_twice_is_idempotent_and_rollback_restores_the_previous_bundle(bundle: Path, tmp_path: Path):
    root = tmp_path / "root"
    first = run([str(LINUX / "install.sh"), "--bundle", str(bundle), "--no-apt"], root)
    assert first.returncode == 0, first.stderr + first.stdout
    assert "wrote the demo configuration" in first.stdout
    before = snapshot(root)
    second = run([str(LINUX / "install.sh"), "--bundle", str(bundle), "--no-apt"], root)
    assert second.returncode == 0, second.stderr
    assert snapshot(root) == before
    assert "already the current bundle" in second.stdout
    opt = root / "opt" / "digipiste"
    assert (opt / "current" / "kiosk").exists() and (opt / "current" / "session.sh").exists()
    for unit in ("digipiste-kiosk.service", "digipiste-recovery.service", "digipiste-update.service",
                 "digipiste-update.timer"):
        assert (root / "etc" / "systemd" / "system" / unit).exists()
    assert (root / "etc" / "digipiste" / "kiosk.toml").exists()
    # The terminal never sleeps in front of a resident: suspend key, lid and idle ignored, sleep masked.
    logind = (root / "etc" / "systemd" / "logind.conf.d" / "digipiste.conf").read_text()
    for line in ("HandleSuspendKey=ignore", "HandleLidSwitch=ignore", "IdleAction=ignore"):
        assert line in logind.splitlines()
    assert os.readlink(root / "etc" / "systemd" / "system" / "suspend.target") == "/dev/null"

    # An update: a different bundle (one more file) becomes current, the old one previous.
    newer = tmp_path / "newer"
    shutil.copytree(bundle, newer, symlinks=True)
    (newer / "_internal" / "RELEASE-NOTE").write_text("update\n")
    update = run([str(LINUX / "install.sh"), "--bundle", str(newer), "--no-apt"], root)
    assert update.returncode == 0, update.stderr
    old, new = os.readlink(opt / "previous"), os.readlink(opt / "current")
    assert old != new and (opt / new / "_internal" / "RELEASE-NOTE").exists()
    back = run([str(LINUX / "install.sh"), "--rollback"], root)
    assert back.returncode == 0, back.stderr
    assert os.readlink(opt / "current") == old and os.readlink(opt / "previous") == new
    assert not (opt / "current" / "_internal" / "RELEASE-NOTE").exists()

    gone = run([str(LINUX / "uninstall.sh")], root)
    assert gone.returncode == 0, gone.stderr
    assert not opt.exists() and (root / "etc" / "digipiste" / "kiosk.toml").exists()
    assert not (root / "etc" / "systemd" / "logind.conf.d" / "digipiste.conf").exists()
    assert not (root / "etc" / "systemd" / "system" / "suspend.target").is_symlink()


def test_a_bundle_that_fails_its_smoke_test_is_never_activated(bundle: Path, tmp_path: Path):
    root = tmp_path / "root"
    assert run([str(LINUX / "install.sh"), "--bundle", str(bundle), "--no-apt"], root).returncode == 0
    current = os.readlink(root / "opt" / "digipiste" / "current")
    broken = tmp_path / "broken"
    shutil.copytree(bundle, broken, symlinks=True)
    # A bundle whose Qt core library is damaged: it cannot start at all.
    (broken / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"\0" * 64)
    out = run([str(LINUX / "install.sh"), "--bundle", str(broken), "--no-apt"], root)
    assert out.returncode != 0 and "failed its smoke test" in out.stderr
    assert os.readlink(root / "opt" / "digipiste" / "current") == current


def test_a_configuration_with_errors_is_never_installed(bundle: Path, tmp_path: Path):
    root = tmp_path / "root"
    bad = tmp_path / "site.toml"
    bad.write_text('[site]\nid = "x"\n', encoding="utf-8")
    out = run([str(LINUX / "install.sh"), "--bundle", str(bundle), "--no-apt", "--config", str(bad)], root)
    assert out.returncode != 0 and "has errors" in out.stderr
    assert not (root / "etc" / "digipiste" / "kiosk.toml").exists()
    assert not (root / "opt" / "digipiste" / "current").exists()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_units_pass_systemd_analyze_verify(bundle: Path, tmp_path: Path):
    # systemd checks that every command exists: point the units at a test
    # install of the bundle instead of /opt/digipiste, then verify them on this
    # machine (its systemd, its targets, its cage and shell).
    root = tmp_path / "root"
    assert run([str(LINUX / "install.sh"), "--bundle", str(bundle), "--no-apt"], root).returncode == 0
    units = tmp_path / "units"
    units.mkdir()
    for name in ("digipiste-kiosk.service", "digipiste-recovery.service", "digipiste-update.service",
                 "digipiste-update.timer"):
        text = (LINUX / name).read_text().replace("/opt/digipiste", str(root / "opt" / "digipiste"))
        (units / name).write_text(text)
    out = subprocess.run(["systemd-analyze", "verify", *map(str, sorted(units.iterdir()))],
                         capture_output=True, text=True, timeout=120)
    report = out.stdout + out.stderr
    ours = [line for line in report.splitlines() if "digipiste" in line]
    assert ours == [], report
