"""Find the kiosk's read-only files (assets, shipped guides), frozen or not.

In a PyInstaller bundle they sit under sys._MEIPASS; from a checkout (or an
editable install) they sit next to the package, at the top of the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def asset_dir() -> Path:
    """The assets/ folder: icons, styles, translations, internal pages."""
    return _root() / "assets"


def asset(*parts: str) -> Path:
    """Path of one asset file."""
    return asset_dir().joinpath(*parts)


def shipped_guides_dir() -> Path:
    """The guides/ folder shipped with the kiosk."""
    return _root() / "guides"
