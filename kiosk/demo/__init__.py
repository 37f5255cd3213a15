"""The demo configuration shipped with the kiosk (a service point like Soite's Koivutupa)."""

from importlib import resources
from pathlib import Path


def demo_config_path() -> Path:
    """Path of the shipped demo configuration file."""
    return Path(str(resources.files(__name__) / "koivutupa.toml"))
