"""[fleet] in the site file: exact errors for the keys, as `kiosk check-config` prints them."""

from __future__ import annotations

import pytest

from kiosk.core.config.site import parse_config
from tests.configs import local_config_text
from tests.helpers.minisign import make_key

BASE = local_config_text({"kela": "https://127.0.0.1:1/"})


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    return make_key(tmp_path_factory.mktemp("key"))


def errors(fleet: str) -> list[str]:
    _config, found = parse_config(BASE + "\n[fleet]\n" + fleet, "site.toml")
    return [str(e) for e in found]


def line_of(fleet: str, key_name: str) -> int:
    return (BASE + "\n[fleet]\n" + fleet).splitlines().index(next(
        line for line in (BASE + "\n[fleet]\n" + fleet).splitlines() if line.startswith(key_name))) + 1


def test_a_good_fleet_section_is_read(key):
    config, found = parse_config(BASE + f'\n[fleet]\nconfig_url = "https://c.example.fi/site.toml"\n'
                                        f'public_keys = ["{key.public_line}"]\n', "site.toml")
    assert found == []
    assert config.fleet.enabled and config.fleet.interval_s == 900
    assert config.fleet.public_keys == (key.public_line,)


def test_no_fleet_section_means_the_file_is_the_configuration():
    config, _ = parse_config(BASE, "site.toml")
    assert not config.fleet.enabled


def test_plain_http_is_refused(key):
    fleet = f'config_url = "http://127.0.0.1/site.toml"\npublic_keys = ["{key.public_line}"]\n'
    assert errors(fleet) == [
        f"site.toml:{line_of(fleet, 'config_url')}: fleet.config_url: must use https:// (the file's signature "
        "proves who made it, https keeps it private)"]


def test_an_address_with_a_space_is_refused_when_read_not_at_every_poll(key):
    """urllib cannot fetch it; the error names the key and line, never the address (a token may be in it)."""
    fleet = f'config_url = "https://c.example.fi/my site.toml?token=SECRET"\npublic_keys = ["{key.public_line}"]\n'
    assert errors(fleet) == [f"site.toml:{line_of(fleet, 'config_url')}: fleet.config_url: must not contain spaces "
                             "or control characters (write a space as %20)"]


def test_a_channel_archive_address_with_a_space_is_refused_without_its_token():
    from kiosk.core.fleet.channel import https_problem

    problem = https_problem("https://r.example.fi/rel/my release.tar.zst?token=SECRET")
    assert problem is not None and "spaces" in problem and "SECRET" not in problem


def test_a_url_needs_a_key():
    fleet = 'config_url = "https://c.example.fi/site.toml"\n'
    assert errors(fleet) == [
        f"site.toml:{line_of(fleet, 'config_url')}: fleet.public_keys: needed when fleet.config_url is set: the "
        "minisign public key (or two, while a key is rotated) that signs the file"]


def test_a_malformed_key_is_named_by_its_place(key):
    fleet = f'config_url = "https://c.example.fi/site.toml"\npublic_keys = ["{key.public_line}", "RWQ-not-a-key"]\n'
    assert errors(fleet) == [
        f"site.toml:{line_of(fleet, 'public_keys')}: fleet.public_keys[1]: minisign public key: not base64 "
        "(the second line of minisign.pub, starting 'RW')"]


def test_three_keys_are_too_many(key):
    fleet = f'public_keys = ["{key.public_line}", "{key.public_line}", "{key.public_line}"]\n'
    found = errors(fleet)
    assert len(found) == 1 and "fleet.public_keys" in found[0] and "2" in found[0]


def test_the_interval_has_bounds():
    found = errors("interval_s = 5\n")
    assert found == [f"site.toml:{line_of('interval_s = 5', 'interval_s')}: fleet.interval_s: must be between "
                     "10 and 86400 seconds, got 5"]


@pytest.mark.parametrize(("url", "shown"), [
    ("https://config.example.fi/digipiste/site.toml?token=s3cret", "config.example.fi/…/site.toml"),
    ("https://127.0.0.1:8443/site.toml", "127.0.0.1:8443/site.toml"),
    ("https://user:pw@config.example.fi/a/b/c.toml", "config.example.fi/…/c.toml"),
])
def test_the_address_is_shown_without_folders_query_or_user(url, shown):
    """What the log, the admin view and status.json name: never the full address (a token may be in it)."""
    from kiosk.core.fleet.settings import shown_url

    assert shown_url(url) == shown


def test_the_signature_is_beside_the_file_even_with_a_token_in_the_query():
    from kiosk.core.fleet.settings import signature_url

    assert signature_url("https://c.example.fi/d/site.toml") == "https://c.example.fi/d/site.toml.minisig"
    assert (signature_url("https://c.example.fi/d/site.toml?token=abc")
            == "https://c.example.fi/d/site.toml.minisig?token=abc")
