"""The rule against DNS rebinding: which resolved addresses the connection guard may connect to.

Pure functions (kiosk.core.browser.address_rule, kiosk.core.browser.connection_policy and
`Policy.names_local`); the guard over real sockets is in test_connection_guard.py.
"""

from __future__ import annotations

import pytest

from kiosk.core.browser.address_rule import AddressKind, address_kind, judge
from kiosk.core.browser.connection_policy import decide_addresses
from kiosk.core.browser.url_policy import Policy, Reason

K = AddressKind


@pytest.mark.parametrize("address, kind", [
    # public
    ("8.8.8.8", K.PUBLIC), ("193.166.3.2", K.PUBLIC), ("2001:4860:4860::8888", K.PUBLIC),
    ("2a00:1450:4010:c0e::5e", K.PUBLIC), ("[2a00:1450:4010:c0e::5e]", K.PUBLIC),
    ("100.63.255.255", K.PUBLIC), ("100.128.0.0", K.PUBLIC),          # just outside CGNAT
    ("172.15.255.255", K.PUBLIC), ("172.32.0.0", K.PUBLIC),           # just outside 172.16/12
    ("64:ff9b::808:808", K.PUBLIC),                                   # NAT64 of 8.8.8.8
    ("2002:808:808::1", K.PUBLIC),                                    # 6to4 of 8.8.8.8
    ("::ffff:8.8.8.8", K.PUBLIC),                                     # judged by what it carries
    # loopback
    ("127.0.0.1", K.LOOPBACK), ("127.255.255.254", K.LOOPBACK), ("::1", K.LOOPBACK), ("[::1]", K.LOOPBACK),
    ("::ffff:127.0.0.1", K.LOOPBACK), ("::ffff:7f00:1", K.LOOPBACK), ("::ffff:0:127.0.0.1", K.LOOPBACK),
    ("::127.0.0.1", K.LOOPBACK), ("64:ff9b::7f00:1", K.LOOPBACK), ("2002:7f00:1::", K.LOOPBACK),
    # private
    ("10.0.0.1", K.PRIVATE), ("172.16.0.1", K.PRIVATE), ("172.31.255.255", K.PRIVATE),
    ("192.168.1.1", K.PRIVATE), ("fd12:3456::1", K.PRIVATE), ("fc00::1", K.PRIVATE), ("fec0::1", K.PRIVATE),
    ("::ffff:192.168.1.1", K.PRIVATE), ("::ffff:10.1.2.3", K.PRIVATE), ("2002:c0a8:101::1", K.PRIVATE),
    ("64:ff9b::a00:1", K.PRIVATE), ("64:ff9b:1::1", K.PRIVATE),
    # link-local
    ("169.254.169.254", K.LINK_LOCAL), ("fe80::1", K.LINK_LOCAL), ("fe80::1%eth0", K.LINK_LOCAL),
    ("febf::1", K.LINK_LOCAL), ("::ffff:169.254.1.1", K.LINK_LOCAL),
    # shared address space (carrier-grade NAT)
    ("100.64.0.1", K.SHARED), ("100.127.255.255", K.SHARED), ("::ffff:100.64.0.1", K.SHARED),
    # multicast, unspecified: never
    ("224.0.0.1", K.MULTICAST), ("239.255.255.250", K.MULTICAST), ("ff02::1", K.MULTICAST),
    ("::ffff:224.0.0.251", K.MULTICAST),
    ("0.0.0.0", K.UNSPECIFIED), ("::", K.UNSPECIFIED), ("::ffff:0.0.0.0", K.UNSPECIFIED),
    # other special-purpose ranges
    ("0.1.2.3", K.RESERVED), ("192.0.0.8", K.RESERVED), ("192.0.2.1", K.RESERVED), ("198.18.0.1", K.RESERVED),
    ("198.51.100.7", K.RESERVED), ("203.0.113.9", K.RESERVED), ("240.0.0.1", K.RESERVED),
    ("255.255.255.255", K.RESERVED), ("2001:db8::1", K.RESERVED), ("2001::1", K.RESERVED),   # Teredo
    ("100::1", K.RESERVED), ("3fff::1", K.RESERVED), ("4000::1", K.RESERVED), ("::2:3:4:5", K.RESERVED),
    # not addresses
    ("", K.MALFORMED), ("localhost", K.MALFORMED), ("127.1", K.MALFORMED), ("1.2.3.4.5", K.MALFORMED),
    ("[::1", K.MALFORMED), ("fe80::1%", K.MALFORMED), ("x" * 200, K.MALFORMED),
])
def test_address_kinds(address, kind):
    assert address_kind(address) is kind


@pytest.mark.parametrize("addresses", [
    ["127.0.0.1"], ["10.0.0.1"], ["169.254.169.254"], ["100.64.0.1"], ["::1"], ["fd00::1"], ["fe80::1%eth0"],
    ["::ffff:127.0.0.1"], ["64:ff9b::c0a8:101"],
    # an answer mixing public and private: refused whole, in either order
    ["8.8.8.8", "192.168.1.1"], ["192.168.1.1", "8.8.8.8"], ["2a00:1450::1", "::1"],
])
def test_local_addresses_are_refused_for_a_host_not_named_local(addresses):
    verdict = judge(addresses, local_allowed=False)
    assert not verdict.allowed and verdict.addresses == ()
    assert verdict.kind not in (K.PUBLIC, K.MALFORMED)


def test_public_addresses_pass_in_the_resolvers_order_each_once():
    verdict = judge(["2a00:1450:4010:c0e::5e", "8.8.8.8", "8.8.8.8", "2A00:1450:4010:C0E:0:0:0:5E"],
                    local_allowed=False)
    assert verdict.allowed and verdict.addresses == ("2a00:1450:4010:c0e::5e", "8.8.8.8")


def test_a_host_named_local_may_have_local_addresses_but_never_unspecified_or_multicast():
    assert judge(["127.0.0.1", "::1"], local_allowed=True).addresses == ("127.0.0.1", "::1")
    assert judge(["10.1.2.3", "8.8.8.8"], local_allowed=True).allowed
    assert judge(["fe80::1%eth0"], local_allowed=True).addresses == ("fe80::1%eth0",)   # the zone kept
    for never in (["0.0.0.0"], ["::"], ["224.0.0.1"], ["ff02::1"], ["10.1.2.3", "0.0.0.0"]):
        assert not judge(never, local_allowed=True).allowed, never


def test_no_address_or_a_malformed_one_is_refused():
    assert not judge([], local_allowed=True).allowed
    assert not judge(["8.8.8.8", "not-an-address"], local_allowed=True).allowed


SITE = Policy.build(["kanta.fi", "*.suomi.fi", "127.0.0.1", "10.1.2.3", "::1", "localhost", "intra.kirjasto.fi",
                     "tulostin.kirjasto.fi"], ["evil.suomi.fi"], local_hosts=["intra.kirjasto.fi"])


@pytest.mark.parametrize("host, named", [
    ("127.0.0.1", True),          # an address the site wrote itself
    ("10.1.2.3", True),
    ("::1", True), ("[::1]", True),
    ("localhost", True), ("LOCALHOST.", True),
    ("intra.kirjasto.fi", True),  # browser.local_hosts
    ("tulostin.kirjasto.fi", False),   # allowed, but not named local
    ("kanta.fi", False),
    ("www.suomi.fi", False),      # a wildcard never names a host local
    ("127.0.0.2", False),         # not on the allowlist at all
    ("evil.suomi.fi", False),
    ("", False),
])
def test_which_hosts_a_site_names_local(host, named):
    assert SITE.names_local(host) is named


def test_a_local_host_that_is_not_allowed_is_not_local():
    policy = Policy.build(["kanta.fi"], local_hosts=["intra.kirjasto.fi"])
    assert not policy.names_local("intra.kirjasto.fi")


def test_local_hosts_must_be_exact_names():
    with pytest.raises(ValueError, match="exactly"):
        Policy.build(["*.kirjasto.fi"], local_hosts=["*.kirjasto.fi"])


@pytest.mark.parametrize("host, addresses, allowed", [
    ("kanta.fi", ["193.166.3.2"], True),
    ("kanta.fi", ["127.0.0.1"], False),                    # rebinding to the kiosk itself
    ("kanta.fi", ["192.168.1.1"], False),                  # ... to the router
    ("kanta.fi", ["193.166.3.2", "10.0.0.1"], False),      # a mixed answer
    ("kanta.fi", ["::ffff:127.0.0.1"], False),
    ("www.suomi.fi", ["fe80::1%eth0"], False),
    ("127.0.0.1", ["127.0.0.1"], True),                    # the tests' sites
    ("intra.kirjasto.fi", ["10.20.30.40"], True),
    ("tulostin.kirjasto.fi", ["10.20.30.41"], False),
    ("intra.kirjasto.fi", ["0.0.0.0"], False),
])
def test_decide_addresses(host, addresses, allowed):
    decision, verdict = decide_addresses([SITE], host, addresses)
    assert decision.allowed is allowed and verdict.allowed is allowed
    assert decision.host == host
    if not allowed:
        assert decision.reason == Reason.LOCAL_ADDRESS
        assert verdict.addresses == ()


def test_any_attached_policy_may_name_a_host_local():
    other = Policy.build(["intra.kirjasto.fi"], local_hosts=["intra.kirjasto.fi"])
    plain = Policy.build(["intra.kirjasto.fi"])
    assert not decide_addresses([plain], "intra.kirjasto.fi", ["10.0.0.5"])[0].allowed
    assert decide_addresses([plain, other], "intra.kirjasto.fi", ["10.0.0.5"])[0].allowed


# -- browser.local_hosts in a site's configuration -------------------------------------

def _config_text(local_hosts: str) -> str:
    from tests.configs import local_config_text

    return local_config_text({"svc": "http://127.0.0.1:8000/"}, extra_hosts=["intra.kirjasto.fi"]).replace(
        "allow_uploads", f"local_hosts = {local_hosts}\nallow_uploads")


def test_local_hosts_in_the_configuration_reach_the_browser_policy():
    from kiosk.core.config.site import parse_config

    config, errors = parse_config(_config_text('["INTRA.kirjasto.fi."]'), "site.toml")
    assert errors == [] and config.local_hosts == ("intra.kirjasto.fi",)
    policy = config.browser_policy()
    assert policy.names_local("intra.kirjasto.fi") and policy.names_local("127.0.0.1")
    # Without the key: the tile's IP address only.
    config, errors = parse_config(_config_text("[]"), "site.toml")
    assert not config.browser_policy().names_local("intra.kirjasto.fi")


def test_check_config_names_each_bad_local_host():
    from kiosk.core.config.site import parse_config

    text = _config_text('["*.kirjasto.fi", "other.example", "bad host", "intra.kirjasto.fi"]')
    line = text.splitlines().index(next(x for x in text.splitlines() if x.startswith("local_hosts"))) + 1
    _config, errors = parse_config(text, "site.toml")
    assert sorted(str(e) for e in errors) == sorted([
        f"site.toml:{line}: browser.local_hosts[0]: '*.kirjasto.fi': name each local host exactly, without '*.' "
        "(a wildcard would let every name under it point into the local network)",
        f"site.toml:{line}: browser.local_hosts[1]: 'other.example' is not an allowed host; allow it too "
        "(a tile's address, tiles[].hosts or browser.extra_hosts)",
        f"site.toml:{line}: browser.local_hosts[2]: malformed host 'bad host': host name contains spaces or "
        "control characters: 'bad host'",
    ])
