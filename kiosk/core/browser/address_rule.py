"""Which resolved addresses the connection guard may connect to: the rule against DNS rebinding.

The URL policy allows host *names*. What a name resolves to is decided by
whoever answers the DNS query, so a host the site allows could point at the
service point's router, its printer, or the kiosk itself (127.0.0.1: the
guard, a local database, CUPS). After resolving, the guard asks `judge`:

- a public address (global unicast) is fine;
- loopback, private (RFC 1918, IPv6 ULA fc00::/7 and the old site-local
  fec0::/10), link-local (169.254/16, fe80::/10), shared address space (CGNAT
  100.64/10) and the other special-purpose ranges (0/8, 192.0.0/24,
  benchmarking 198.18/15, documentation, 240/4, the broadcast address,
  IPv6 outside 2000::/3, ...) only when the site names the host as a local
  one (`local_allowed`, see `Policy.names_local`);
- unspecified (0.0.0.0, ::) and multicast never: no server is there, and on
  Linux a connection to 0.0.0.0 reaches this machine.

IPv6 forms that carry an IPv4 address are judged by that address:
IPv4-mapped (::ffff:a.b.c.d, what a dual-stack socket connects to),
IPv4-translated (::ffff:0:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64
(64:ff9b::/96) and 6to4 (2002::/16). One refused address refuses the whole
answer: a name that resolves to a public *and* a private address is refused
(the guard never connects to an address it was not allowed to).

Pure standard library: this module never imports Qt (a test enforces it).
Python's own `is_global` is not enough on its own (it calls multicast,
NAT64 and 6to4 addresses global), so the ranges are listed here.
"""

from __future__ import annotations

import enum
import functools
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["AddressKind", "AddressVerdict", "address_kind", "judge"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressKind(enum.StrEnum):
    """What an address is, as far as the guard cares."""

    PUBLIC = "public"
    LOOPBACK = "loopback"
    PRIVATE = "private"
    LINK_LOCAL = "link-local"
    SHARED = "shared"              # carrier-grade NAT, 100.64/10
    RESERVED = "reserved"          # every other range that is not global unicast
    MULTICAST = "multicast"
    UNSPECIFIED = "unspecified"
    MALFORMED = "malformed"        # not an address at all


# Never connected to, whatever the site says.
_NEVER = frozenset({AddressKind.MULTICAST, AddressKind.UNSPECIFIED, AddressKind.MALFORMED})


def _nets(*texts: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(t) for t in texts)


@functools.cache
def _tables() -> dict[str, Any]:
    """The ranges, made on first use: the guard's thread pays for them, not the kiosk's start."""
    return {
        # IPv4, most specific first where ranges nest (0.0.0.0 inside 0/8).
        "v4": (
            (AddressKind.UNSPECIFIED, _nets("0.0.0.0/32")),
            (AddressKind.LOOPBACK, _nets("127.0.0.0/8")),
            (AddressKind.PRIVATE, _nets("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
            (AddressKind.LINK_LOCAL, _nets("169.254.0.0/16")),
            (AddressKind.SHARED, _nets("100.64.0.0/10")),
            (AddressKind.MULTICAST, _nets("224.0.0.0/4")),
            (AddressKind.RESERVED, _nets("0.0.0.0/8", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
                                         "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4")),
        ),
        # IPv6 after the IPv4-carrying forms are unwrapped (see `_embedded_v4`).
        "v6": (
            (AddressKind.UNSPECIFIED, _nets("::/128")),
            (AddressKind.LOOPBACK, _nets("::1/128")),
            (AddressKind.MULTICAST, _nets("ff00::/8")),
            (AddressKind.LINK_LOCAL, _nets("fe80::/10")),
            # fec0::/10 is the deprecated site-local range: private networks still use it.
            # 64:ff9b:1::/48 is NAT64 for local use (RFC 8215): a translator inside the site.
            (AddressKind.PRIVATE, _nets("fc00::/7", "fec0::/10", "64:ff9b:1::/48")),
            # Discard-only, IETF protocol assignments (Teredo among them), documentation, SRv6.
            (AddressKind.RESERVED, _nets("100::/64", "2001::/23", "2001:db8::/32", "3fff::/20", "5f00::/16")),
        ),
        "global_unicast": ipaddress.ip_network("2000::/3"),
        "mapped": ipaddress.ip_network("::ffff:0:0/96"),
        "translated": ipaddress.ip_network("::ffff:0:0:0/96"),
        "compatible": ipaddress.ip_network("::/96"),
        "nat64": ipaddress.ip_network("64:ff9b::/96"),
        "6to4": ipaddress.ip_network("2002::/16"),
    }


def _parse(address: str) -> IPAddress | None:
    if not isinstance(address, str) or not address or len(address) > 100:
        return None
    text = address.strip("[]") if address.startswith("[") and address.endswith("]") else address
    # getaddrinfo gives link-local IPv6 with its zone ("fe80::1%eth0"); the zone
    # does not change what the address is.
    if "%" in text and ":" in text:
        text, zone = text.split("%", 1)
        if not zone.isprintable() or not zone or any(c.isspace() for c in zone):
            return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _canonical(address: str) -> str:
    """The address as the guard connects to it: compressed, a link-local zone kept."""
    addr = _parse(address)
    zone = address.strip("[]").split("%", 1)[1] if "%" in address and ":" in address else ""
    return f"{addr}%{zone}" if zone else str(addr)


def _embedded_v4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries (mapped, translated, compatible, NAT64, 6to4)."""
    t = _tables()
    value = int(addr)
    if addr in t["mapped"] or addr in t["translated"] or addr in t["nat64"]:
        return ipaddress.IPv4Address(value & 0xFFFFFFFF)
    if addr in t["compatible"] and value > 1:   # not :: and ::1, which are themselves
        return ipaddress.IPv4Address(value & 0xFFFFFFFF)
    if addr in t["6to4"]:
        return ipaddress.IPv4Address((value >> 80) & 0xFFFFFFFF)
    return None


def _kind_v4(addr: ipaddress.IPv4Address) -> AddressKind:
    for kind, nets in _tables()["v4"]:
        if any(addr in net for net in nets):
            return kind
    # Anything Python knows as not global that the table missed (the broadcast
    # address, future assignments): not public.
    return AddressKind.PUBLIC if addr.is_global else AddressKind.RESERVED


def address_kind(address: str) -> AddressKind:
    """What `address` (an IPv4 or IPv6 address as text, brackets and zone allowed) is."""
    addr = _parse(address)
    if addr is None:
        return AddressKind.MALFORMED
    if isinstance(addr, ipaddress.IPv4Address):
        return _kind_v4(addr)
    inner = _embedded_v4(addr)
    if inner is not None:
        return _kind_v4(inner)
    for kind, nets in _tables()["v6"]:
        if any(addr in net for net in nets):
            return kind
    if addr not in _tables()["global_unicast"]:
        return AddressKind.RESERVED
    return AddressKind.PUBLIC


@dataclass(frozen=True, slots=True)
class AddressVerdict:
    """Whether the guard may connect to a host's addresses; `addresses` are the ones it may use."""

    allowed: bool
    kind: AddressKind                # the first refused address's kind, or PUBLIC / the local kind
    addresses: tuple[str, ...] = ()  # in the resolver's order, only when allowed

    def __bool__(self) -> bool:
        return self.allowed


def judge(addresses: Iterable[str], *, local_allowed: bool) -> AddressVerdict:
    """The verdict on every address a host resolved to.

    `local_allowed`: the site names this host as a local one, so loopback,
    private, link-local, shared and reserved addresses are fine for it (never
    unspecified or multicast). No addresses at all is refused as malformed.
    """
    kept: list[str] = []
    last_kind = AddressKind.PUBLIC
    for address in addresses:
        kind = address_kind(address)
        if kind in _NEVER or (kind is not AddressKind.PUBLIC and not local_allowed):
            return AddressVerdict(False, kind)
        text = _canonical(address)
        if text not in kept:
            kept.append(text)
        last_kind = kind
    if not kept:
        return AddressVerdict(False, AddressKind.MALFORMED)
    return AddressVerdict(True, last_kind, tuple(kept))
