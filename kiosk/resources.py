"""Find the kiosk's read-only files (assets, shipped guides), frozen or not.

They ship inside the `kiosk` package (kiosk/assets, kiosk/guides), so an
editable checkout, a wheel and the PyInstaller bundle (which collects them as
package data under sys._MEIPASS/kiosk) find them the same way: next to
this module's `__file__` (PyInstaller sets it to where the module would be
on disk, sys._MEIPASS/kiosk/resources.pyc). Not importlib.resources, whose
import alone is ~5 ms of the start before the first frame.
"""

from __future__ import annotations

from pathlib import Path

# The kiosk is always installed as files (checkout, wheel or one-folder bundle), never from a zip.
_PACKAGE_DIR = Path(__file__).parent


def _package_dir() -> Path:
    return _PACKAGE_DIR


def asset_dir() -> Path:
    """The assets/ folder: icons, styles, translations, internal pages."""
    return _package_dir() / "assets"


def asset(*parts: str) -> Path:
    """Path of one asset file."""
    return asset_dir().joinpath(*parts)


def shipped_guides_dir() -> Path:
    """The guides/ folder shipped with the kiosk."""
    return _package_dir() / "guides"
