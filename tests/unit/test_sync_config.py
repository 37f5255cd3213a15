"""The [sync] keys of the usage log: validated with file, line and key."""

import pytest

from kiosk.core.config.site import parse_config
from tests.unit.test_config import BASE


def errors_of(sync: str) -> list[str]:
    config, errors = parse_config(BASE + "\n[sync]\n" + sync, "site.toml")
    return [str(e) for e in errors]


def test_valid_targets(tmp_path, ca_pem):
    # The files named must exist (kiosk/core/config/files.py; tests/unit/test_config_files.py).
    token = tmp_path / "token"
    token.write_text("abc123\n")
    token.chmod(0o600)
    usb = tmp_path / "usb"
    usb.mkdir()
    for sync in ('target = "none"\n',
                 'target = "jsonl"\nurl = "https://logs.example.fi/digipiste"\n',
                 'target = "jsonl"\nurl = "http://127.0.0.1:8080/in"\n',
                 'target = "matomo"\nurl = "https://matomo.example.fi/matomo.php"\nsite_id = 3\n'
                 f'token_file = "{token}"\nca_file = "{ca_pem}"\ninterval_s = 60\n',
                 f'target = "directory"\ndirectory = "{usb}"\n'):
        assert errors_of(sync) == [], sync


@pytest.mark.parametrize("sync,expected", [
    ('target = "http"\n', "sync.target: unknown target 'http' (the HTTP target is called 'jsonl')"),
    ('target = "jsonl"\nurl = "http://logs.example.fi/in"\n',
     "sync.url: must use https:// (http is only allowed for 127.0.0.1 and localhost)"),
    ('target = "matomo"\nurl = "https://m.example.fi/matomo.php"\n', "sync.site_id: needed when sync.target"),
    ('target = "directory"\n', "sync.directory: needed when sync.target is 'directory'"),
    ('interval_s = 1\n', "sync.interval_s: must be between 10 and 86400 seconds, got 1"),
    ('targte = "none"\n', "sync.targte: unknown key (did you mean 'target'?)"),
])
def test_bad_sync(sync, expected):
    errors = errors_of(sync)
    assert len(errors) == 1 and errors[0].startswith("site.toml:") and expected in errors[0], errors
