"""The demo configuration shipped with the kiosk (a service point like Soite's Koivutupa)."""

from pathlib import Path


def demo_config_path() -> Path:
    """Path of the shipped demo configuration file (next to this module, in a checkout and in the bundle)."""
    return Path(__file__).parent / "koivutupa.toml"
