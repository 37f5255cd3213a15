"""What the connection guard may let through: the URL policy asked about connections.

The kiosk's browser sends every connection through a small local proxy (see
`kiosk.web.connection_guard`). The proxy sees two kinds of requests:

- ``CONNECT host:port``: a tunnel, used by Chromium for https, wss, ws and
  WebRTC's TCP relays (TURN). Only the host and port are known.
- ``GET http://host:port/path HTTP/1.1``: plain http, forwarded by the proxy.

Both are decided here by the same `Policy.decide` the request interceptor and
the navigation check use, so there is one rule for the whole browser. A
tunnel is allowed when an https address on that host and port would be, or a
plain http one would be (ws:// and http:// to local test hosts also tunnel).

Then the guard resolves the host and asks `decide_addresses`: an allowed name
that resolves to a loopback, private or link-local address is refused unless
the site names that host as local (`Policy.names_local`; the address rule is
`kiosk.core.browser.address_rule.judge`). The guard connects only to the addresses
this answer returns, never resolving again (DNS rebinding).

Pure standard library: this module never imports Qt (a test enforces it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kiosk.core.browser.url_policy import Decision, Policy, Reason

if TYPE_CHECKING:
    from kiosk.core.browser.address_rule import AddressVerdict

__all__ = ["decide_addresses", "decide_any", "decide_connect", "decide_forward", "split_authority"]

# host:port with a mandatory port; an IPv6 host in brackets. Nothing else
# (no user names, percent signs, spaces): what is odd is refused.
_AUTHORITY = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):([0-9]{1,5})")


def split_authority(authority: str) -> tuple[str, int] | None:
    """(host, port) of a CONNECT target such as ``kanta.fi:443``; None when malformed."""
    if not isinstance(authority, str):
        return None
    match = _AUTHORITY.fullmatch(authority)
    if match is None:
        return None
    port = int(match.group(2))
    if not 0 < port < 65536:
        return None
    return match.group(1), port


def decide_any(policies: Iterable[Policy], url: str) -> Decision:
    """The decision for a part of a page (not a navigation) under any of `policies`.

    The guard serves the one kiosk of the process; while tests build several
    kiosks one after another, more than one policy can be attached for a
    moment. With none attached nothing is allowed (fail closed).
    """
    refusal = Decision(False, Reason.HOST_NOT_ALLOWED)
    for policy in policies:
        decision = policy.decide(url, is_navigation=False)
        if decision.allowed:
            return decision
        refusal = decision
    return refusal


def decide_connect(policies: Iterable[Policy], authority: str) -> Decision:
    """Whether a tunnel to ``host:port`` may be opened."""
    parts = split_authority(authority)
    if parts is None:
        return Decision(False, Reason.MALFORMED)
    policies = tuple(policies)
    secure = decide_any(policies, f"https://{authority}/")
    if secure.allowed:
        return secure
    plain = decide_any(policies, f"http://{authority}/")
    return plain if plain.allowed else secure


def decide_forward(policies: Iterable[Policy], target: str) -> Decision:
    """Whether a plain-http request with the absolute address `target` may be forwarded.

    Only ``http://`` is forwarded; anything else (an https address sent
    without a tunnel, ftp://, a path alone) is refused as malformed.
    """
    if not isinstance(target, str) or not target[:7].lower() == "http://":
        return Decision(False, Reason.MALFORMED)
    return decide_any(policies, target)


def decide_addresses(policies: Iterable[Policy], host: str, addresses: Iterable[str]
                     ) -> tuple[Decision, AddressVerdict]:
    """Whether the guard may connect to `host` (already allowed) at the `addresses` it resolved to.

    Local addresses are fine only when one of the attached policies names
    `host` as local. The verdict's `addresses` are the ones to connect to.
    """
    # Imported here: the guard's thread needs it at its first connection, the
    # kiosk's start (which imports this module for the guard) does not.
    from kiosk.core.browser.address_rule import judge

    local = any(policy.names_local(host) for policy in policies)
    verdict = judge(addresses, local_allowed=local)
    if not verdict.allowed:
        reason = Reason.MALFORMED if verdict.kind == "malformed" else Reason.LOCAL_ADDRESS
        return Decision(False, reason, host), verdict
    return Decision(True, Reason.OK, host), verdict
