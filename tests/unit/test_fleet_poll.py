"""Configuration from a URL, without Qt: a real HTTPS server with its own CA, real minisign signatures.

Each test publishes a site file signed by the `minisign` command and lets a
terminal's store poll it through kiosk.services.fleet_fetch (urllib, TLS
checked against the test CA), then starts from the store as kiosk/start_config.py does.
"""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.config.site import parse_config
from kiosk.core.fleet.config_poll import Result, poll_once
from kiosk.core.fleet.config_store import FleetStore, choose
from kiosk.core.fleet.settings import FleetSettings
from kiosk.services.fleet_fetch import fetch_signed
from tests.configs import local_config_text
from tests.fleet_server import FleetServer
from tests.helpers.minisign import make_key

NOW = datetime.now(UTC)
LATER = (NOW + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")


def site_text(label: str = "Kela") -> str:
    return local_config_text({"kela": "https://127.0.0.1:1/"}).replace('"kela fi"', f'"{label}"')


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    return make_key(root / "it"), make_key(root / "other")


@pytest.fixture
def server(tmp_path):
    with FleetServer(tmp_path) as running:
        yield running


@pytest.fixture
def publish(server, keys, tmp_path):
    def _publish(text: str, comment: str, key=None, *, tamper: bool = False) -> None:
        source = tmp_path / "published" / "site.toml"
        source.parent.mkdir(exist_ok=True)
        source.write_text(text, encoding="utf-8")
        minisig = (key or keys[0]).sign(source, comment)
        data = source.read_bytes() + (b"\n# changed on the way\n" if tamper else b"")
        server.publish(data, minisig.read_bytes())
    return _publish


def settings_for(server, keys) -> FleetSettings:
    return FleetSettings(config_url=server.url, public_keys=(keys[0].public_line,), ca_file=str(server.ca_file),
                         interval_s=60)


def poll(server, keys, store, tmp_path):
    return poll_once(settings_for(server, keys), store, fetch_signed, now=NOW, base_dir=tmp_path)


def test_a_signed_file_is_stored_and_the_next_start_uses_it(server, keys, publish, tmp_path):
    publish(site_text("Kela, uusi"), f"serial:5 expires:{LATER}")
    store = FleetStore(tmp_path / "fleet")
    outcome = poll(server, keys, store, tmp_path)
    assert (outcome.result, outcome.serial) == (Result.STORED, 5)
    chosen = choose(store, settings_for(server, keys), tmp_path)
    assert chosen.serial == 5 and chosen.config.tiles[0].label["fi"] == "Kela, uusi"
    assert store.confirm() and store.state().applied_serial == 5
    # Asked again: the server answers 304, and nothing changes.
    assert poll(server, keys, store, tmp_path).result is Result.UNCHANGED
    assert server.counts["304 /site.toml"] == 1


@pytest.mark.parametrize(("case", "reason"), [
    ("tampered", "{url}.minisig: the signature by key {a} does not match the file: it was changed after "
                 "signing, or the signature belongs to another file"),
    ("wrong key", "{url}.minisig: signed with key {b}, which is not a trusted public key (trusted: {a})"),
    ("older", "serial 3 is not newer than the applied serial 4 (an old file served again is refused)"),
    ("equal", "serial 4 is not newer than the applied serial 4 (an old file served again is refused)"),
    ("expired", "signed file expired at {past} (serial 9)"),
    ("invalid", "{url}:10: session.idle_timeout_s: must be between 30 and 3600 seconds, got 5"),
])
def test_a_refused_file_leaves_the_terminal_on_its_configuration(server, keys, publish, tmp_path, case, reason):
    from kiosk.core.fleet.signature import load_public_key

    store = FleetStore(tmp_path / "fleet")
    publish(site_text("Kela 4"), f"serial:4 expires:{LATER}")
    assert poll(server, keys, store, tmp_path).result is Result.STORED
    choose(store, settings_for(server, keys), tmp_path)   # a start with it ...
    assert store.confirm()                                 # ... that came up
    past = (NOW - timedelta(minutes=1)).replace(microsecond=0)
    text, comment, key = site_text("Kela uusi"), f"serial:9 expires:{LATER}", None
    if case == "wrong key":
        key = keys[1]
    elif case == "older":
        comment = f"serial:3 expires:{LATER}"
    elif case == "equal":
        comment = f"serial:4 expires:{LATER}"
    elif case == "expired":
        comment = f"serial:9 expires:{past.strftime('%Y-%m-%dT%H:%M:%SZ')}"
    elif case == "invalid":
        text = text.replace("idle_timeout_s = 180", "idle_timeout_s = 5")
    publish(text, comment, key, tamper=case == "tampered")
    outcome = poll(server, keys, store, tmp_path)
    a, b = (load_public_key(k.public_file).key_id_hex for k in keys)
    assert outcome.result is Result.REFUSED
    assert outcome.reason == reason.format(a=a, b=b, past=past.isoformat(), url=server.url)
    assert store.state().refused == outcome.reason
    chosen = choose(store, settings_for(server, keys), tmp_path)
    assert chosen.serial == 4 and chosen.config.tiles[0].label["fi"] == "Kela 4"


def test_the_invalid_file_error_is_the_validators_own(server, keys, publish, tmp_path):
    """The refusal names the same line and key as `kiosk check-config` would for a local file."""
    text = site_text().replace("idle_timeout_s = 180", "idle_timeout_s = 5")
    _config, errors = parse_config(text, server.url, tmp_path)
    publish(text, f"serial:1 expires:{LATER}")
    outcome = poll(server, keys, FleetStore(tmp_path / "fleet"), tmp_path)
    assert outcome.reason == "; ".join(str(e) for e in errors)


def test_a_server_that_is_down_is_a_failed_poll_not_a_refusal(keys, tmp_path):
    with socket.socket() as s:   # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = FleetSettings(config_url=f"https://127.0.0.1:{port}/site.toml", public_keys=(keys[0].public_line,))
    store = FleetStore(tmp_path / "fleet")
    outcome = poll_once(settings, store, fetch_signed, now=NOW, base_dir=tmp_path)
    assert outcome.result is Result.FAILED and "Connection refused" in outcome.reason
    assert store.state().refused == ""


def test_a_server_whose_certificate_is_not_trusted_is_not_believed(server, keys, publish, tmp_path):
    publish(site_text(), f"serial:1 expires:{LATER}")
    settings = FleetSettings(config_url=server.url, public_keys=(keys[0].public_line,))   # no ca_file
    outcome = poll_once(settings, FleetStore(tmp_path / "fleet"), fetch_signed, now=NOW, base_dir=tmp_path)
    assert outcome.result is Result.FAILED and "CERTIFICATE_VERIFY_FAILED" in outcome.reason


def test_a_file_the_kiosk_did_not_come_up_with_is_given_up(server, keys, publish, tmp_path):
    store = FleetStore(tmp_path / "fleet")
    settings = settings_for(server, keys)
    publish(site_text("Kela 1"), f"serial:1 expires:{LATER}")
    poll(server, keys, store, tmp_path)
    choose(store, settings, tmp_path)
    assert store.confirm()
    publish(site_text("Kela 2"), f"serial:2 expires:{LATER}")
    assert poll(server, keys, store, tmp_path).result is Result.STORED
    assert choose(store, settings, tmp_path).serial == 2      # tried ...
    # ... and the kiosk never confirmed (it crashed before its first frame): the next start gives it up.
    again = choose(store, settings, tmp_path)
    assert again.serial == 1 and again.config.tiles[0].label["fi"] == "Kela 1"
    assert again.given_up == ("the kiosk did not come up with configuration serial 2 (it stopped before its "
                              "first frame); it runs on the previous one")
    # The same file served again is not tried again.
    server.publish(server.files["/site.toml"] + b"\n", server.files["/site.toml.minisig"])
    assert poll(server, keys, store, tmp_path).result is Result.REFUSED


def test_thirty_terminals_polling_one_server(server, keys, publish, tmp_path, capsys):
    publish(site_text("Kela"), f"serial:1 expires:{LATER}")
    stores = [FleetStore(tmp_path / f"terminal-{i:02d}" / "fleet") for i in range(30)]
    first = [poll(server, keys, store, tmp_path).result for store in stores]
    second = [poll(server, keys, store, tmp_path).result for store in stores]
    assert first == [Result.STORED] * 30 and second == [Result.UNCHANGED] * 30
    assert server.counts == {"GET /site.toml": 60, "GET /site.toml.minisig": 30, "304 /site.toml": 30}
    with capsys.disabled():
        print(f"\n30 terminals, two polls each: {dict(server.counts)}")
