"""The fleet's one HTTPS getter (kiosk/core/fleet/https_get.py) as its two callers use it: the updater's
channel fetch (kiosk/core/fleet/download.py, `kiosk update` as root) and the terminals' configuration
poll (kiosk/services/fleet_fetch.py). A failure reads the same whichever of them met it.

A real HTTPS server on 127.0.0.1 with its own CA (tests/fleet_server.py); nothing is mocked.
"""

from __future__ import annotations

import pytest

from kiosk.core.fleet import download
from kiosk.core.fleet.config_poll import Fetched
from kiosk.core.fleet.download import fetch_small
from kiosk.core.fleet.https_get import FetchError
from kiosk.services import fleet_fetch
from kiosk.services.fleet_fetch import fetch_signed
from tests.fleet_server import FleetServer, make_ca_and_server_cert

SECRET = "s3cr3t-token"


@pytest.fixture
def server(tmp_path):
    with FleetServer(tmp_path) as running:
        yield running


def failure(call) -> str:
    """The message a call fails with; it must fail with the getter's FetchError, nothing rawer."""
    with pytest.raises(FetchError) as caught:
        call()
    assert "\n" not in str(caught.value), str(caught.value)   # one line: the journal, status.json
    return str(caught.value)


def both(url: str, ca_file: str) -> tuple[str, str]:
    """(the updater's message, the poll's message) for one GET of `url`."""
    return (failure(lambda: fetch_small(url, ca_file=ca_file)),
            failure(lambda: fetch_signed(url, ca_file, "")))


def test_both_callers_send_the_etag_and_take_a_304_as_nothing_new(server):
    server.publish(b"[release]\nversion = '0.2.0'\n", b"signature")
    ca = str(server.ca_file)
    first = fetch_small(server.url, ca_file=ca)
    assert first.body == b"[release]\nversion = '0.2.0'\n" and first.etag
    assert fetch_small(server.url, first.etag, ca_file=ca) == download.Fetched(None, first.etag)
    polled = fetch_signed(server.url, ca, "")
    assert polled == Fetched(200, first.body, b"signature", first.etag)
    assert fetch_signed(server.url, ca, polled.etag) == Fetched(304, etag=polled.etag)
    assert server.counts["304 /site.toml"] == 2 and server.counts["GET /site.toml.minisig"] == 1


def test_a_failure_reads_the_same_for_the_updater_and_the_poll_and_never_shows_the_query(server, tmp_path):
    server.publish(b"x", b"sig")
    ca = str(server.ca_file)
    host = f"127.0.0.1:{server.port}"
    # Not there: the status, the address as host/.../file without its query.
    assert both(f"https://{host}/missing.toml?token={SECRET}", ca) == (
        f"{host}/missing.toml: the server answered 404 Not Found",) * 2
    # A server whose certificate the site's CA did not sign.
    other_ca, _cert, _key = make_ca_and_server_cert(tmp_path / "other")
    updater, poll = both(server.url, str(other_ca))
    assert updater == poll and updater.startswith(f"{host}/site.toml: [SSL: CERTIFICATE_VERIFY_FAILED]")
    # A CA file that is not there.
    missing = tmp_path / "no-ca.pem"
    updater, poll = both(server.url, str(missing))
    assert updater == poll and updater.startswith(f"{host}/site.toml: the ca_file {missing} cannot be used: ")
    # Not https, and not this machine.
    assert both(f"http://updates.example.fi/x/site.toml?token={SECRET}", ca) == (
        "updates.example.fi/…/site.toml: must be an https:// address, got 'updates.example.fi/…/site.toml'",) * 2


def test_a_file_over_its_size_limit_is_refused_by_name(server):
    ca = str(server.ca_file)
    server.publish(b"x" * (download.MAX_SMALL + 1), b"sig")
    assert failure(lambda: fetch_small(server.url, ca_file=ca)) == (
        f"127.0.0.1:{server.port}/site.toml: larger than 64 KiB, not a channel file")
    server.publish(b"[site]\n", b"s" * (fleet_fetch.MAX_SIGNATURE_BYTES + 1))
    assert failure(lambda: fetch_signed(server.url, ca, "")) == (
        f"127.0.0.1:{server.port}/site.toml.minisig: larger than 8 KiB, not a signature")


def test_a_server_that_stops_in_the_middle_of_an_answer_is_a_fetch_error_for_both(server, monkeypatch):
    """The headers come, half the body, then nothing: the read's time limit ends it with a message,
    not an exception the updater would print as a traceback."""
    server.publish(b"[release]\n" * 100, b"sig")
    server.stalled.add("/site.toml")
    ca = str(server.ca_file)
    monkeypatch.setattr(fleet_fetch, "TIMEOUT_S", 1.0)   # the poll's limit, shortened for the test
    updater = failure(lambda: fetch_small(server.url, ca_file=ca, timeout=1.0))
    poll = failure(lambda: fetch_signed(server.url, ca, ""))
    assert updater == poll and updater.startswith(f"127.0.0.1:{server.port}/site.toml: ")
    assert "timed out" in updater


def test_the_archive_download_streams_through_the_same_getter(server, tmp_path):
    """A stalled archive leaves no partial file behind and names the address without its query."""
    import hashlib

    body = b"archive" * 1000
    server.publish(body, b"sig")
    target = tmp_path / "digipiste.tar.zst"
    url = f"{server.url}?token={SECRET}"
    assert download.download(url, target, hashlib.sha256(body).hexdigest(), ca_file=str(server.ca_file)) == target
    assert target.read_bytes() == body
    target.unlink()
    server.stalled.add("/site.toml")
    message = failure(lambda: download.download(url, target, hashlib.sha256(body).hexdigest(), timeout=1.0,
                                                ca_file=str(server.ca_file)))
    assert message.startswith(f"127.0.0.1:{server.port}/site.toml: ") and SECRET not in message
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("digipiste")) == []


def test_a_redirect_is_followed_to_https_only_never_down_to_plain_http(server, tmp_path):
    """deploy.md: the files are served over https. A 302 to plain http (on another host, or on this
    machine) is refused before anything is asked there; a file moved on an https server is still found."""
    ca = str(server.ca_file)
    host = f"127.0.0.1:{server.port}"
    server.publish(b"[release]\nversion = '0.2.0'\n", b"signature")
    with FleetServer(tmp_path / "plain", host="127.0.0.2", tls=False) as plain:
        plain.publish(b"[release]\nversion = '6.6.6'\n", b"planted")
        elsewhere = f"127.0.0.2:{plain.port}/site.toml"
        for target, shown in ((f"{plain.url}?token={SECRET}", elsewhere),
                              (f"http://127.0.0.1:{server.port}/site.toml", f"{host}/site.toml")):
            server.redirects["/moved.toml"] = target
            assert both(f"https://{host}/moved.toml?token={SECRET}", ca) == (
                f"{host}/moved.toml: the server redirects (302) to '{shown}', which is not an https:// address: "
                "not followed",) * 2
        assert sum(plain.counts.values()) == 0   # the plain server was never asked
    server.redirects["/moved.toml"] = server.url   # moved on the same https server: followed
    assert fetch_small(f"https://{host}/moved.toml", ca_file=ca).body == b"[release]\nversion = '0.2.0'\n"


def test_a_redirect_loop_is_one_line_naming_the_address_only(server):
    """urllib's own text for a loop is three lines; the message reaches the journal and status.json."""
    host = f"127.0.0.1:{server.port}"
    server.redirects["/loop.toml"] = f"https://{host}/loop.toml?token={SECRET}"
    server.redirects["/a.toml"], server.redirects["/b.toml"] = f"https://{host}/b.toml", f"https://{host}/a.toml"
    for start in ("loop", "a"):
        assert both(f"https://{host}/{start}.toml?token={SECRET}", str(server.ca_file)) == (
            f"{host}/{start}.toml: the server redirects in a loop, or more than 10 times: not followed",) * 2


def test_an_answer_that_is_not_http_is_a_fetch_error_for_both(server):
    server.raw["/site.toml"] = b"garbage, not HTTP\r\n\r\n"
    assert both(server.url, str(server.ca_file)) == (
        f"127.0.0.1:{server.port}/site.toml: not an HTTP answer (BadStatusLine)",) * 2


def test_a_chunked_answer_cut_short_is_a_fetch_error_and_leaves_no_part_file(server, tmp_path):
    import hashlib

    cut = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100\r\n" + b"x" * 10
    server.raw["/site.toml"] = cut
    ca = str(server.ca_file)
    shown = f"127.0.0.1:{server.port}/site.toml"
    updater, poll = both(server.url, ca)   # how many bytes it counts depends on how it was read
    assert updater == poll and updater.startswith(f"{shown}: the answer was cut short (IncompleteRead("), updater
    target = tmp_path / "release.tar.zst"
    message = failure(lambda: download.download(f"{server.url}?token={SECRET}", target, hashlib.sha256().hexdigest(),
                                                ca_file=ca))
    assert message.startswith(f"{shown}: the answer was cut short")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("release")) == []


def test_an_address_with_a_space_is_a_fetch_error_without_its_token(server):
    url = f"https://127.0.0.1:{server.port}/a b.toml?token={SECRET}"
    updater, poll = both(url, str(server.ca_file))
    assert updater == poll == (f"127.0.0.1:{server.port}/a b.toml: must not contain spaces or control characters "
                               "(write a space as %20)")
