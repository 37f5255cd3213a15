"""Which addresses the kiosk browser may open: the one decision function.

Every request the browser makes (navigations, sub-resources, web sockets) is
asked of `Policy.decide`. The answer is a `Decision`: allowed or not, a short
machine reason, and the normalised host (never the whole address, because
identification addresses carry one-time tokens; see DOMAIN.md).

The rules, in short:

- Hosts are matched on the *parsed, normalised* host only, never on the
  address as a string, so tricks such as ``https://kanta.fi@evil.example/``,
  ``https://evil.example/#kanta.fi``, ``https://kanta.fi.evil.example/``,
  ``https://kanta%2Efi/``, IDN look-alikes and trailing dots fail.
- ``https``/``wss`` need an allowed host (port 443 only); ``http``/``ws`` only
  for the local test hosts (127.0.0.1, localhost, ::1), which must also be on
  the allowlist. Blocked hosts win over allowed ones, and the identification
  test hosts in `DEFAULT_BLOCKED` are always blocked.
- Our own ``kiosk:`` pages, ``about:blank`` and the built-in PDF viewer
  (one fixed ``chrome-extension:`` id, and the ``chrome://resources/``
  parts it loads) are internal; ``data:`` and
  ``blob:`` only as parts of a page, not as something to navigate to (except
  a ``blob:`` whose origin is itself allowed); every other scheme is refused.
- Anything the parser and Chromium might read differently (user names,
  backslashes or percent signs in the authority, whitespace or control
  characters) is refused as malformed. When in doubt, refuse: a refused
  address shows a friendly page, an allowed one cannot be taken back.

Pure standard library: this module never imports Qt (a test enforces it).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit

from kiosk.core.browser.hosts import HostRule, as_rule, is_ip, normalise_host, parse_host_rule

__all__ = [
    "DEFAULT_BLOCKED",
    "DEFAULT_LOCAL_HTTP_HOSTS",
    "Decision",
    "HostRule",
    "PDF_VIEWER_EXTENSION_ID",
    "Policy",
    "Reason",
    "host_of",
    "normalise_host",
    "parse_host_rule",
]

# Identification providers' test environments: a resident must never end up
# there (DOMAIN.md), even if a site allows "*.tunnistus.fi".
DEFAULT_BLOCKED: tuple[str, ...] = (
    "testi.apro.tunnistus.fi",
    "static.apro.tunnistus.fi",
    "tunnistus-pp.telia.fi",
)

DEFAULT_LOCAL_HTTP_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")


class Reason(enum.StrEnum):
    """Short machine codes for a `Decision` (they compare equal to plain strings)."""

    OK = "ok"
    INTERNAL = "internal"
    SCHEME = "scheme"
    HOST_NOT_ALLOWED = "host-not-allowed"
    HOST_BLOCKED = "host-blocked"
    INSECURE = "insecure"
    MALFORMED = "malformed"
    # An allowed host name that resolved to an address the site did not name
    # as local (see kiosk.core.browser.address_rule): the connection guard's refusal.
    LOCAL_ADDRESS = "local-address"


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer for one address: allowed or not, why, and for which host.

    `host` is the normalised host only (for the blocked page and for counting
    blocked hosts), or None when there is none or it could not be parsed.
    """

    allowed: bool
    reason: Reason
    host: str | None = None

    def __bool__(self) -> bool:
        return self.allowed


# --------------------------------------------------------------------------
# The policy
# --------------------------------------------------------------------------

_INTERNAL_SCHEMES = frozenset({"kiosk"})
# The built-in PDF viewer is a component extension with this fixed id: a PDF
# page loads its viewer from chrome-extension://<id>/index.html in an inner
# frame, with shared scripts and styles from chrome://resources/. Only this
# one extension is let through, and chrome://resources/ only as parts of a
# page (Chromium itself refuses them to web pages); no other chrome: address.
PDF_VIEWER_EXTENSION_ID = "mhjfbmdgcfjbbpaeojofohoefgiehjai"
_SECURE_SCHEMES = frozenset({"https", "wss"})
_PLAIN_SCHEMES = frozenset({"http", "ws"})
_NETLOC = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[^\[\]:]+)(?::[0-9]*)?")
_SECURE_PORT = 443
_PLAIN_PORT = 80


# Whitespace (Unicode too) and C0/C1 control characters.
_BAD_CHARS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


def _has_bad_chars(url: str) -> bool:
    # Chromium silently drops tabs and newlines and trims spaces and controls,
    # urllib does its own variant: refuse them rather than guess which wins.
    # A regex, not a Python loop: data: addresses can be megabytes long.
    return _BAD_CHARS.search(url) is not None


def _split(url: str) -> SplitResult | None:
    """urlsplit, or None if urllib itself finds the address broken."""
    try:
        return urlsplit(url)
    except (ValueError, UnicodeError):
        return None


def _authority_host(parts: SplitResult) -> tuple[str | None, int | None, bool]:
    """(normalised host, port, ok) of a split URL with an authority.

    ok is False when the authority is something the browser could read
    differently from urllib, or is not a valid host[:port].
    """
    netloc = parts.netloc
    # "@" anywhere: user names are refused outright (https://kanta.fi@evil/).
    # "\": Chromium reads it as "/" in http(s) addresses, urllib does not
    # (https://evil.example\@kanta.fi/). "%": percent-encoded hosts.
    if not netloc or any(c in netloc for c in "@\\%"):
        return None, None, False
    # Exactly host[:digits] or [ipv6][:digits]; urllib is lenient about stray
    # brackets and colons ("127.0.0.1:80][::1" gives host "::1").
    if not _NETLOC.fullmatch(netloc):
        return None, None, False
    try:
        port = parts.port
        raw_host = parts.hostname
    except (ValueError, UnicodeError):
        return None, None, False
    if raw_host is None:
        return None, None, False
    # urllib has already refused a port that is not digits; "kanta.fi:" is
    # no port, as in the URL standard. Brackets keep IPv6 recognisable.
    host = normalise_host(f"[{raw_host}]" if ":" in raw_host else raw_host)
    if host is None:
        return None, None, False
    return host, port, True


@dataclass(frozen=True)
class Policy:
    """The site's browser policy; build it with `Policy.build`."""

    allowed: tuple[HostRule, ...]
    blocked: tuple[HostRule, ...]
    https_only: bool = True
    local_http_hosts: frozenset[str] = frozenset(DEFAULT_LOCAL_HTTP_HOSTS)
    # Host names the site names as local: they may resolve to loopback,
    # private or link-local addresses (browser.local_hosts); see `names_local`.
    local_hosts: frozenset[str] = frozenset()
    # Indexes for fast matching; derived from the rules above.
    _allowed_exact: frozenset[str] = field(init=False, repr=False, compare=False)
    _allowed_suffix: frozenset[str] = field(init=False, repr=False, compare=False)
    _blocked_exact: frozenset[str] = field(init=False, repr=False, compare=False)
    _blocked_suffix: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def index(rules: tuple[HostRule, ...], subdomains: bool) -> frozenset[str]:
            return frozenset(r.host for r in rules if r.subdomains == subdomains)

        object.__setattr__(self, "_allowed_exact", index(self.allowed, False))
        object.__setattr__(self, "_allowed_suffix", index(self.allowed, True))
        object.__setattr__(self, "_blocked_exact", index(self.blocked, False))
        object.__setattr__(self, "_blocked_suffix", index(self.blocked, True))

    @classmethod
    def build(
        cls,
        allowed: Iterable[HostRule | str],
        blocked: Iterable[HostRule | str] = (),
        https_only: bool = True,
        local_http_hosts: Iterable[str] = DEFAULT_LOCAL_HTTP_HOSTS,
        local_hosts: Iterable[str] = (),
    ) -> Policy:
        """Make a policy from rules or rule strings (``"kanta.fi"``, ``"*.kanta.fi"``).

        `DEFAULT_BLOCKED` is always added to `blocked`. Blocked wins over
        allowed. `local_http_hosts` may use plain http (any port) when they are
        also allowed; with ``https_only=False`` every allowed host may (tests
        and demos only). `local_hosts` are exact host names that may resolve
        to a local address (`names_local`). Raises ValueError for a malformed rule.
        """
        allowed_rules = tuple(dict.fromkeys(as_rule(r) for r in allowed))
        blocked_rules = tuple(
            dict.fromkeys((*(as_rule(r) for r in DEFAULT_BLOCKED), *(as_rule(r) for r in blocked)))
        )
        local = []
        for h in local_http_hosts:
            norm = normalise_host(h)
            if norm is None:
                raise ValueError(f"not a valid local host: {h!r}")
            local.append(norm)
        named_local = []
        for h in local_hosts:
            rule = as_rule(h)
            if rule.subdomains:
                raise ValueError(f"a local host must be named exactly, without '*.': {h!r}")
            named_local.append(rule.host)
        return cls(allowed_rules, blocked_rules, https_only, frozenset(local), frozenset(named_local))

    # -- host matching -----------------------------------------------------

    @staticmethod
    def _matches(host: str, exact: frozenset[str], suffixes: frozenset[str]) -> bool:
        if host in exact:
            return True
        if not suffixes or is_ip(host):
            return False
        # Walk up the parents: a.b.kanta.fi -> b.kanta.fi -> kanta.fi -> fi.
        rest = host
        while "." in rest:
            rest = rest.split(".", 1)[1]
            if rest in suffixes:
                return True
        return False

    def is_blocked(self, host: str) -> bool:
        """Whether a normalised host is on the blocklist."""
        return self._matches(host, self._blocked_exact, self._blocked_suffix)

    def allows_host(self, host: str) -> bool:
        """Whether a host (normalised here) is allowed and not blocked, any scheme aside."""
        norm = normalise_host(host)
        return norm is not None and not self.is_blocked(norm) and self._matches(
            norm, self._allowed_exact, self._allowed_suffix
        )

    def names_local(self, host: str) -> bool:
        """Whether the site names `host` itself as one that may have a local address.

        "Explicitly" means one of: the host is an IP address on the allowlist
        (a tile at ``http://127.0.0.1:8080/`` or ``https://10.1.2.3/``: the
        site wrote the address itself); it is ``localhost`` on the allowlist
        (loopback by definition, RFC 6761); or it is listed in
        ``browser.local_hosts`` (`local_hosts`), and allowed. A wildcard
        (``*.kanta.fi``) never names a host as local. Only the connection
        guard asks this, after `decide` allowed the host.
        """
        norm = normalise_host(host.strip("[]")) if isinstance(host, str) else None
        if norm is None or not self.allows_host(norm):
            return False
        if norm in self.local_hosts:
            return True
        return norm in self._allowed_exact and (is_ip(norm) or norm == "localhost")

    # -- the decision ------------------------------------------------------

    def decide(self, url: str, *, is_navigation: bool = True) -> Decision:
        """Whether the browser may load `url`.

        `is_navigation` is True for what would show as a page (main frame or
        frame navigations, new windows), False for the parts of a page
        (images, scripts, XHR, ...). Never raises: anything that cannot be
        understood is refused with reason "malformed".
        """
        try:
            return self._decide(url, is_navigation)
        except Exception:  # a policy must fail closed, never crash
            return Decision(False, Reason.MALFORMED)

    def _decide(self, url: str, is_navigation: bool) -> Decision:
        if not isinstance(url, str) or not url:
            return Decision(False, Reason.MALFORMED)
        if url[:5].lower() == "data:":
            # Decided on the scheme alone, before any scan: data: images can be
            # megabytes, and their content does not matter here. A data: page
            # has an opaque origin and arbitrary content: fine inside an
            # allowed page, never as a page of its own.
            if is_navigation:
                return Decision(False, Reason.SCHEME)
            return Decision(True, Reason.OK)
        if _has_bad_chars(url):
            return Decision(False, Reason.MALFORMED)
        parts = _split(url)
        if parts is None:
            return Decision(False, Reason.MALFORMED)
        scheme = parts.scheme  # already lower case
        if not scheme:
            # A relative or scheme-less address: nothing to decide on.
            return Decision(False, Reason.MALFORMED)

        if scheme in _SECURE_SCHEMES or scheme in _PLAIN_SCHEMES:
            return self._decide_web(parts)
        if scheme in _INTERNAL_SCHEMES:
            return Decision(True, Reason.INTERNAL)
        if scheme == "chrome-extension":
            if parts.netloc == PDF_VIEWER_EXTENSION_ID:
                return Decision(True, Reason.INTERNAL)
            return Decision(False, Reason.SCHEME)
        if scheme == "chrome" and parts.netloc == "resources" and not is_navigation:
            return Decision(True, Reason.INTERNAL)
        if scheme == "about":
            if parts.path == "blank" and not parts.netloc:
                return Decision(True, Reason.INTERNAL)
            # about:srcdoc is the document of an <iframe srcdoc>: part of a page.
            if parts.path == "srcdoc" and not parts.netloc and not is_navigation:
                return Decision(True, Reason.INTERNAL)
            return Decision(False, Reason.SCHEME)
        if scheme == "blob":
            return self._decide_blob(url, is_navigation)
        # file:, javascript:, chrome:, view-source:, devtools:, mailto:, tel:,
        # intent:, ftp:, filesystem: and anything unknown.
        return Decision(False, Reason.SCHEME)

    def _decide_blob(self, url: str, is_navigation: bool) -> Decision:
        # blob:https://host/uuid belongs to the page that made it. As a part of
        # a page it is fine (Chromium only lets the same origin read it); as a
        # page of its own only if that origin is itself allowed.
        inner = _split(url[len("blob:"):])
        if inner is None or not (inner.scheme in _SECURE_SCHEMES or inner.scheme in _PLAIN_SCHEMES):
            if is_navigation:
                return Decision(False, Reason.SCHEME)
            return Decision(True, Reason.OK)
        decision = self._decide_web(inner)
        if is_navigation:
            return decision
        return Decision(True, Reason.OK, decision.host)

    def _decide_web(self, parts: SplitResult) -> Decision:
        host, port, ok = _authority_host(parts)
        if not ok or host is None:
            return Decision(False, Reason.MALFORMED, host)
        if self.is_blocked(host):
            return Decision(False, Reason.HOST_BLOCKED, host)
        is_local = host in self.local_http_hosts
        secure = parts.scheme in _SECURE_SCHEMES
        if not secure and not is_local and self.https_only:
            return Decision(False, Reason.INSECURE, host)
        if not self._matches(host, self._allowed_exact, self._allowed_suffix):
            return Decision(False, Reason.HOST_NOT_ALLOWED, host)
        # The allowlist grants the host on its standard port. Local test hosts
        # may use any port: tests run servers on free ports.
        if port is not None and not is_local and port != (_SECURE_PORT if secure else _PLAIN_PORT):
            return Decision(False, Reason.HOST_NOT_ALLOWED, host)
        return Decision(True, Reason.OK, host)


def host_of(url: str) -> str | None:
    """The normalised host of an http(s)/ws(s) address, or None.

    Only the host: use it where an address would be too much (counting which
    hosts were blocked, the blocked page). Never raises.
    """
    try:
        if not isinstance(url, str) or _has_bad_chars(url):
            return None
        if url[:5].lower() == "blob:":
            url = url[5:]
        parts = _split(url)
        if parts is None or parts.scheme not in _SECURE_SCHEMES | _PLAIN_SCHEMES:
            return None
        host, _port, ok = _authority_host(parts)
        return host if ok else None
    except Exception:  # a helper for logging must not crash
        return None
