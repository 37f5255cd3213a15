"""Host names as the kiosk browser's policy compares them: normalised, never as strings.

`normalise_host` turns what a URL parser gives (IDN, full-width dots, IPv4 in
hex or octal, IPv6, trailing dots, upper case) into the one form Chromium
connects to, or None when the host is invalid; `parse_host_rule` reads a
site's allowlist entry ("kela.fi", "*.kanta.fi") into a `HostRule`. Split out
of url_policy.py, which decides whole addresses with these.

Pure standard library: this module never imports Qt (a test enforces it).
"""

from __future__ import annotations

import encodings.idna
import ipaddress
import re
from dataclasses import dataclass

__all__ = ["HostRule", "as_rule", "is_ip", "normalise_host", "parse_host_rule"]


# One DNS label after IDNA encoding: letters, digits, hyphens, and underscores
# (which exist in real subdomains and which Chromium accepts). No leading or
# trailing hyphen. Anything else (%, @, \, spaces, ...) makes the host invalid.
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
# The same dots the IDNA codec and the WHATWG URL standard split on: a
# full-width dot must not hide inside a label and turn into "." later.
_DOTS = re.compile("[\u002e\u3002\uff0e\uff61]")
_HEX = re.compile(r"0[xX][0-9a-fA-F]*")
_MAX_HOST = 253


def _ipv4_part(part: str) -> int | None:
    """One IPv4 part as the URL standard reads it (decimal, 0x hex, 0 octal)."""
    if _HEX.fullmatch(part):
        return int(part[2:] or "0", 16)
    if part.isascii() and part.isdigit():
        if len(part) > 1 and part.startswith("0"):
            return int(part, 8) if all(c in "01234567" for c in part) else None
        return int(part)
    return None


def _ends_in_number(labels: list[str]) -> bool:
    last = labels[-1]
    return (last.isascii() and last.isdigit()) or bool(_HEX.fullmatch(last))


def _parse_ipv4(labels: list[str]) -> str | None:
    """Canonical dotted quad for what a browser reads as an IPv4 address.

    Chromium reads "127.1", "0x7f.0.0.1" and "2130706433" all as 127.0.0.1;
    we canonicalise the same way so that we decide about the address the
    browser will really connect to.
    """
    if len(labels) > 4:
        return None
    numbers: list[int] = []
    for label in labels:
        number = _ipv4_part(label)
        if number is None:
            return None
        numbers.append(number)
    *head, last = numbers
    # All parts but the last are one byte; the last fills the remaining bytes.
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return str(ipaddress.IPv4Address(value))


def _encode_label(label: str) -> str | None:
    """One label, lower case, IDNA-encoded; None if it is not a valid label."""
    if label.isascii():
        label = label.lower()
        if label.startswith("xn--"):
            # An already encoded label must be canonical punycode of something
            # non-ASCII, or browsers would read it differently (or not at all).
            try:
                decoded = label[4:].encode("ascii").decode("punycode")
            except (UnicodeError, ValueError):
                return None
            if decoded.isascii() or decoded.encode("punycode").decode("ascii") != label[4:]:
                return None
    else:
        label = label.lower()
        if label.startswith("-") or label.endswith("-"):
            return None
        try:
            encoded = encodings.idna.ToASCII(label).decode("ascii")
            back = encodings.idna.ToUnicode(encoded)
        except (UnicodeError, ValueError):
            return None
        # The stdlib codec is IDNA 2003, Chromium uses UTS 46: they map some
        # characters differently ("ß" -> "ss" here, kept there; full-width
        # letters). Only accept labels that need no mapping at all, so both
        # sides agree on the result; anything else is refused.
        if back != label:
            return None
        label = encoded
    return label if _LABEL.fullmatch(label) else None


def normalise_host(host: str) -> str | None:
    """The canonical form of a host name, or None if it is not a valid host.

    Lower case, one trailing dot removed, internationalised labels encoded to
    ``xn--`` (so a Cyrillic look-alike never equals its Latin twin), IPv4 in
    dotted-quad form, IPv6 compressed and *without* brackets (``"::1"``).
    Characters that have no place in a host name (``\\ % @ / : #``,
    whitespace, controls) and empty labels give None.
    """
    if not isinstance(host, str) or not host or len(host) > 4 * _MAX_HOST:
        return None
    if host.startswith("[") or ":" in host:
        return _normalise_ipv6(host)
    if host[-1] in ".\u3002\uff0e\uff61":
        host = host[:-1]
    labels = _DOTS.split(host)
    if not host or any(not label for label in labels):
        return None
    if _ends_in_number(labels):
        return _parse_ipv4(labels)
    out = []
    for label in labels:
        encoded = _encode_label(label)
        if encoded is None:
            return None
        out.append(encoded)
    result = ".".join(out)
    if len(result) > _MAX_HOST or _ends_in_number(out):
        return None
    return result


def _normalise_ipv6(host: str) -> str | None:
    if host.startswith("["):
        if not host.endswith("]"):
            return None
        host = host[1:-1]
    # ipaddress accepts zone ids ("fe80::1%eth0"); a URL host may not have one.
    if not host or not all(c in "0123456789abcdefABCDEF:." for c in host):
        return None
    try:
        return ipaddress.IPv6Address(host).compressed
    except ValueError:
        return None


def is_ip(host: str) -> bool:
    return ":" in host or _ends_in_number(host.split("."))


# --------------------------------------------------------------------------
# Host rules
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HostRule:
    """One allowlist or blocklist entry.

    ``HostRule("kanta.fi", False)`` is that host exactly. ``HostRule("kanta.fi",
    True)`` (written ``*.kanta.fi``) is every host *below* kanta.fi, and NOT
    kanta.fi itself: a site that needs both lists both. The host is
    normalised on construction; an invalid one raises ValueError.
    """

    host: str
    subdomains: bool = False

    def __post_init__(self) -> None:
        norm = normalise_host(self.host)
        if norm is None:
            raise ValueError(f"not a valid host name: {self.host!r}")
        if self.subdomains and is_ip(norm):
            raise ValueError(f"'*.' cannot be used with an IP address: {self.host!r}")
        object.__setattr__(self, "host", norm)

    def matches(self, host: str) -> bool:
        """Whether the already normalised `host` falls under this rule."""
        if not self.subdomains:
            return host == self.host
        return host.endswith("." + self.host) and not is_ip(host)

    def __str__(self) -> str:
        return f"*.{self.host}" if self.subdomains else self.host


def parse_host_rule(text: str) -> HostRule:
    """Parse ``"kanta.fi"`` (that host) or ``"*.kanta.fi"`` (its subdomains only).

    Upper case is normalised; single labels ("localhost") and IP addresses
    (``127.0.0.1``, ``::1``, ``[::1]``) are allowed. Raises ValueError with a
    message fit for ``kiosk check-config`` for anything else: empty text,
    spaces, a scheme, a path, a port, user names, a ``*`` anywhere but a
    leading ``*.``, or a wildcard over a whole top-level domain (``*.fi``).
    """
    if not isinstance(text, str):
        raise ValueError(f"a host must be text, got {type(text).__name__}")
    if not text:
        raise ValueError("empty host name")
    if any(c.isspace() or not c.isprintable() for c in text):
        raise ValueError(f"host name contains spaces or control characters: {text!r}")
    if "://" in text or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:/", text):
        raise ValueError(f"write only the host name, without 'https://': {text!r}")
    if "/" in text or "\\" in text:
        raise ValueError(f"write only the host name, without a path: {text!r}")
    if "@" in text:
        raise ValueError(f"a host name cannot contain '@': {text!r}")
    subdomains = text.startswith("*.")
    base = text[2:] if subdomains else text
    if "*" in base:
        raise ValueError(f"'*' is only allowed as a leading '*.', as in '*.kanta.fi': {text!r}")
    if ":" in base and not base.startswith("[") and base.count(":") == 1:
        raise ValueError(f"write the host name without a port: {text!r}")
    if base.startswith("[") and not base.endswith("]"):
        raise ValueError(f"write the host name without a port: {text!r}")
    if "%" in base:
        raise ValueError(f"a host name cannot contain '%' (percent-encoding): {text!r}")
    norm = normalise_host(base)
    if norm is None:
        raise ValueError(f"not a valid host name: {text!r}")
    if subdomains:
        if is_ip(norm):
            raise ValueError(f"'*.' cannot be used with an IP address: {text!r}")
        if "." not in norm:
            # "*.fi" would open the whole country domain: surely a mistake.
            raise ValueError(f"'*.' needs a domain, not a whole top-level domain: {text!r}")
    return HostRule(norm, subdomains)


def as_rule(rule: HostRule | str) -> HostRule:
    return rule if isinstance(rule, HostRule) else parse_host_rule(rule)
