"""The temporary data folder of a kiosk whose data directory is unusable keeps nothing past it."""

from __future__ import annotations

import subprocess
import sys

from kiosk.paths import Paths


def test_a_killed_kiosks_folder_goes_and_a_running_ones_stays(tmp_path, monkeypatch):
    monkeypatch.delenv("RUNTIME_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    running = Paths.create_volatile("read-only")             # this process: still running
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    left = tmp_path / "digipiste-volatile-left"               # a kiosk killed with a resident's data
    left.mkdir()
    (left / "kiosk.db").write_text("first names")
    (left / ".pid").write_text(gone.stdout.strip())
    fresh = Paths.create_volatile("read-only")
    assert not left.exists()
    assert running.data_dir.is_dir() and fresh.data_dir.is_dir()
    assert fresh.volatile_reason == "read-only"
    fresh.remove_volatile()
    assert not fresh.data_dir.exists()
