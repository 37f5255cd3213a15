"""HTTPS for the updater: a small file with its ETag (304 = nothing new), and an archive checked against its hash.

urllib with the system's certificate authorities plus `[fleet] ca_file` if
set (SSL_CERT_FILE replaces the system's, as OpenSSL reads it), a time limit on every connect and read, and a size limit:
a broken or hostile server can neither hang the updater nor fill the disk.
"""

from __future__ import annotations

import hashlib
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.fleet.channel import https_problem
from kiosk.core.fleet.settings import shown_url

TIMEOUT_S = 30
MAX_SMALL = 64 * 1024              # a channel file or its .minisig
MAX_ARCHIVE = 2 * 1024 ** 3        # a release archive is ~120 MB today


class FetchError(OSError):
    """The server could not be reached or answered wrongly; the message names the address as
    shown_url() does (host/…/file: no query, no user part, which may hold a token) and says why."""


@dataclass(frozen=True)
class Fetched:
    body: bytes | None          # None: 304 Not Modified
    etag: str = ""


def _open(url: str, headers: dict[str, str], timeout: float, ca_file: str = ""):
    problem = https_problem(url)
    if problem is not None:
        raise FetchError(f"{shown_url(url)}: {problem}")
    request = urllib.request.Request(url, headers={"User-Agent": "digipiste-updater", **headers})
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise FetchError(f"{shown_url(url)}: the ca_file {ca_file} cannot be used: {exc}") from None
    try:
        return urllib.request.urlopen(request, timeout=timeout, context=context)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise FetchError(f"{shown_url(url)}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"{shown_url(url)}: {reason}") from None


def fetch_small(url: str, etag: str = "", timeout: float = TIMEOUT_S, ca_file: str = "") -> Fetched:
    """GET a small file; with `etag`, If-None-Match, and a 304 gives Fetched(None)."""
    response = _open(url, {"If-None-Match": etag} if etag else {}, timeout, ca_file)
    if response is None:
        return Fetched(None, etag)
    with response:
        body = response.read(MAX_SMALL + 1)
        if len(body) > MAX_SMALL:
            raise FetchError(f"{shown_url(url)}: larger than {MAX_SMALL // 1024} KiB, not a channel file")
        return Fetched(body, response.headers.get("ETag", "") or "")


def download(url: str, target: Path, sha256: str, timeout: float = TIMEOUT_S, ca_file: str = "") -> Path:
    """Download to TARGET.part, check its SHA-256, then rename to TARGET; a mismatch leaves nothing."""
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    size = 0
    response = _open(url, {}, timeout, ca_file)
    if response is None:
        raise FetchError(f"{shown_url(url)}: the server answered 304 to a plain GET")
    try:
        with response, open(partial, "wb") as out:
            for block in iter(lambda: response.read(1 << 20), b""):
                size += len(block)
                if size > MAX_ARCHIVE:
                    raise FetchError(f"{shown_url(url)}: larger than {MAX_ARCHIVE // 1024 ** 3} GiB")
                digest.update(block)
                out.write(block)
    except (OSError, ValueError) as exc:
        partial.unlink(missing_ok=True)
        raise exc if isinstance(exc, FetchError) else FetchError(f"{shown_url(url)}: {exc}") from None
    if digest.hexdigest() != sha256:
        partial.unlink(missing_ok=True)
        raise FetchError(f"{shown_url(url)}: SHA-256 {digest.hexdigest()} is not the {sha256} the signed channel "
                         "names (a damaged or tampered archive); nothing was installed")
    partial.replace(target)
    return target
