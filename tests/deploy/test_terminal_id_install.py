"""`install.sh --terminal-id ID` writes the machine's identity, which the installed kiosk then reads (issue 20).

Into a throwaway root (DESTDIR), as tests/deploy/test_install.py does. The
bundle is a stand-in: a `kiosk` script that runs this checkout's kiosk code
(python -m kiosk) and passes the smoke test without painting; building the
frozen bundle takes minutes on two cores, and test_install.py covers it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "packaging" / "linux" / "install.sh"


def stand_in_bundle(folder: Path) -> Path:
    """A bundle whose `kiosk` is this checkout's code (the smoke test alone is skipped: it says so)."""
    folder.mkdir()
    script = folder / "kiosk"
    script.write_text(f"""#!/bin/sh
# Stand-in for the frozen bundle (tests/deploy/test_terminal_id_install.py): no smoke test here.
[ "$1" = --smoke ] && exit 0
PYTHONPATH={REPO} exec {sys.executable} -m kiosk "$@"
""")
    script.chmod(0o755)
    demo = folder / "_internal" / "kiosk" / "demo"
    demo.mkdir(parents=True)
    shutil.copy(REPO / "kiosk" / "demo" / "koivutupa.toml", demo / "koivutupa.toml")
    return folder


def install(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DIGIPISTE_TERMINAL_FILE"}
    env["DESTDIR"] = str(root)
    return subprocess.run([str(INSTALL), "--no-apt", *args], env=env, capture_output=True, text=True, timeout=600)


def test_terminal_id_is_written_kept_and_read_by_check_config(tmp_path):
    bundle = stand_in_bundle(tmp_path / "bundle")
    root = tmp_path / "root"
    shared = tmp_path / "library.toml"
    demo = (REPO / "kiosk" / "demo" / "koivutupa.toml").read_text()
    shared.write_text(demo.replace('terminal_id = "koivutupa-1"\n', "")
                      + '\n[terminals.kirjasto-2]\nlabel = "Quiet room"\nqueue_letter = "B"\n')
    first = install(root, "--bundle", str(bundle), "--config", str(shared), "--terminal-id", "kirjasto-2")
    assert first.returncode == 0, first.stdout + first.stderr
    identity = root / "etc" / "digipiste" / "terminal.toml"
    assert identity.read_text() == 'id = "kirjasto-2"\n'
    assert oct(identity.stat().st_mode & 0o777) == "0o644"
    assert "this computer is terminal 'kirjasto-2' (/etc/digipiste/terminal.toml)" in first.stdout
    # check-config in install.sh read the identity it had just written, not this machine's host name.
    assert f"this computer is terminal 'kirjasto-2' (from {identity}); its [terminals] table gives label " \
           "'Quiet room', queue letter B" in first.stdout

    # A label IT wrote by hand stays when the id changes; the same id again changes nothing.
    identity.write_text('id = "kirjasto-2"\nlabel = "Hiljainen huone"\n')
    again = install(root, "--bundle", str(bundle), "--terminal-id", "kirjasto-3")
    assert again.returncode == 0, again.stderr
    assert identity.read_text() == 'id = "kirjasto-3"\nlabel = "Hiljainen huone"\n'
    assert "this computer is terminal 'kirjasto-3' (was 'kirjasto-2')" in again.stdout
    same = install(root, "--bundle", str(bundle), "--terminal-id", "kirjasto-3")
    assert same.returncode == 0 and "install: this computer is terminal" not in same.stdout


def test_a_bad_terminal_id_is_refused_and_nothing_written(tmp_path):
    bundle = stand_in_bundle(tmp_path / "bundle")
    root = tmp_path / "root"
    for bad in ("Kirjasto 2", "-k", "k\nid = x", "x" * 64, ""):
        done = install(root, "--bundle", str(bundle), "--terminal-id", bad)
        assert done.returncode != 0 and "--terminal-id" in done.stderr, bad
        assert not root.exists()      # refused before anything was copied or written
