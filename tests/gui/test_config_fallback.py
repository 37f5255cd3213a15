"""The last valid configuration keeps the site's own files when the current one breaks.

The copy lives in the data directory; its relative paths (guide folders, icon
files) must still be read against the folder of the original file, or a
site's own guides silently disappear on the day someone breaks the file.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.demo import demo_config_path
from kiosk.resources import shipped_guides_dir


def _site(tmp_path: Path) -> Path:
    """A site folder: its configuration names its own guides and icon by relative paths."""
    site = tmp_path / "etc-digipiste"
    guide = site / "our-guides" / "library-card"
    shutil.copytree(shipped_guides_dir() / "stay-safe", guide)
    toml = guide / "guide.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('id = "stay-safe"', 'id = "library-card"'),
                    encoding="utf-8")
    (site / "icons").mkdir()
    shutil.copy(shipped_guides_dir().parent / "assets" / "icons" / "kela.svg", site / "icons" / "library.svg")
    text = demo_config_path().read_text(encoding="utf-8")
    text = text.replace('[guides]\nextra_dirs = []', '[guides]\nextra_dirs = ["our-guides"]')
    text = text.replace('icon = "kanta"', 'icon = "icons/library.svg"')
    assert "our-guides" in text and "icons/library.svg" in text
    config = site / "site.toml"
    config.write_text(text, encoding="utf-8")
    return config


def _guide_ids(qtbot, window) -> list[str]:
    button = window.findChild(QWidget, "nav-guides")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.guides.list.visible_ids()


def test_fallback_keeps_site_guides_and_icons(make_kiosk, qtbot, tmp_path, data_dir, monkeypatch):
    config = _site(tmp_path)
    # The kiosk runs from somewhere else than the configuration's folder.
    monkeypatch.chdir(tmp_path)
    first = make_kiosk(str(config))
    assert first.config is not None and not first.config_fallback
    assert "library-card" in _guide_ids(qtbot, first.window)
    first.shutdown()

    # Someone breaks the file: a key set twice.
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("warning_s = 30\n", "warning_s = 30\nwarning_s = 40\n"), encoding="utf-8")
    second = make_kiosk(str(config))
    assert second.config_fallback
    assert [e.key for e in second.config_errors] == ["session.warning_s"]
    # The copy sits in the data directory, its paths still point at the site's folder.
    assert Path(second.config.source).parent == data_dir
    assert second.config.guide_dirs == (str(config.parent / "our-guides"),)
    assert second.config.tiles[0].icon == str(config.parent / "icons" / "library.svg")
    assert "library-card" in _guide_ids(qtbot, second.window)


def test_fallback_copy_is_the_file_as_written(make_kiosk, tmp_path, data_dir):
    config = _site(tmp_path)
    make_kiosk(str(config))
    copy = data_dir / "last-good-config.toml"
    assert copy.read_bytes() == config.read_bytes()
    assert (data_dir / "last-good-config.toml.origin").read_text(encoding="utf-8") == str(config.parent)
    assert os.stat(copy).st_size > 0
