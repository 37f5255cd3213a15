"""A kiosk killed mid-session leaves its resident's browser profile on disk; the next start removes it.

The removal runs on a thread of its own (a profile is hundreds of files and the
first frame must not wait for them), so the test waits for the folder to go.
"""

from __future__ import annotations

from pathlib import Path

def _leave_profile(session_root: Path, name: str) -> Path:
    profile = session_root / name / "profile" / "Default"
    profile.mkdir(parents=True)
    for i in range(200):
        (profile / f"cookie-{i}").write_text("resident's cookie")
    return session_root / name


def test_a_killed_kiosks_profile_is_removed_at_the_next_start(make_kiosk, data_dir, qtbot):
    left = _leave_profile(data_dir / "sessions", "killed-mid-session")
    make_kiosk()
    qtbot.waitUntil(lambda: not left.exists(), timeout=10000)
    assert list((data_dir / "sessions").iterdir()) == []

