"""Configurations for tests: the demo's shape, with tiles pointing at local servers."""

from __future__ import annotations

from kiosk.core.config.site import Config, parse_config
from kiosk.core.session.pin import hash_pin

ADMIN_PIN = "2580"
HELPER_PIN = "1379"
_HASHES = {pin: hash_pin(pin, salt=b"test-salt-16byte") for pin in (ADMIN_PIN, HELPER_PIN)}


def local_config(tile_urls: dict[str, str], **options) -> Config:
    """A valid configuration whose tiles open the given (local) addresses."""
    config, errors = parse_config(local_config_text(tile_urls, **options), "test.toml")
    assert not errors, [str(e) for e in errors]
    return config


def local_config_text(tile_urls: dict[str, str], *, extra_hosts=(), video_hosts=(), blocked_hosts=(),
                      idle_timeout_s: int = 180, warning_s: int = 30, signed_out_s: int = 2,
                      allow_uploads: bool = False) -> str:
    """The TOML text of `local_config` (for a kiosk run as a subprocess)."""
    tiles = "\n".join(
        f'[[tiles]]\nid = "{tid}"\nlabel = {{ fi = "{tid} fi", sv = "{tid} sv", en = "{tid} en" }}\n'
        f'url = "{url}"\n' for tid, url in tile_urls.items())
    text = f"""
[site]
id = "test"
name = {{ fi = "Testipiste", sv = "Testpunkt", en = "Test point" }}
terminal_id = "t1"
languages = ["fi", "sv", "en"]
default_language = "fi"

[session]
idle_timeout_s = {idle_timeout_s}
warning_s = {warning_s}
signed_out_s = {signed_out_s}

{tiles}

[identification]
hosts = []

[browser]
extra_hosts = {list(extra_hosts)!r}
video_hosts = {list(video_hosts)!r}
blocked_hosts = {list(blocked_hosts)!r}
allow_uploads = {str(allow_uploads).lower()}

[admin]
pin_hash = "{_HASHES[ADMIN_PIN]}"

[helpers]
pin_hash = "{_HASHES[HELPER_PIN]}"
""".replace("'", '"')
    return text
