"""The network part of [fleet] config_url: one conditional GET of the file and of its signature.

Standard library only (urllib with an ssl context: the system's certificate
authorities plus the site's `fleet.ca_file`), with timeouts and a size cap,
called on a worker thread (kiosk/services/fleet_config.py), never on the
interface thread. No Qt here.
"""

from __future__ import annotations

import ssl
import urllib.error
import urllib.request

from kiosk.core.config.site import MAX_FILE_BYTES
from kiosk.core.fleet.config_poll import Fetched, FetchFailed
from kiosk.core.fleet.settings import shown_url, signature_url
from kiosk.services.sync_targets import tls_context

TIMEOUT_S = 20.0
MAX_SIGNATURE_BYTES = 8192


def _get(url: str, context: ssl.SSLContext, limit: int, headers: dict[str, str]) -> tuple[int, bytes, str]:
    shown = shown_url(url)   # errors reach the log: never the full address
    request = urllib.request.Request(url, headers={"User-Agent": "digipiste-kiosk", **headers})
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context))
    try:
        with opener.open(request, timeout=TIMEOUT_S) as response:
            data = response.read(limit + 1)
            if len(data) > limit:
                raise FetchFailed(f"{shown}: larger than {limit} bytes")
            return response.status, data, response.headers.get("ETag", "")
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return 304, b"", exc.headers.get("ETag", "")
        raise FetchFailed(f"{shown}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchFailed(f"{shown}: {exc.reason}") from None
    except (OSError, ValueError) as exc:   # timeouts, resets, TLS faults, malformed answers
        raise FetchFailed(f"{shown}: {type(exc).__name__}: {exc}") from None


def fetch_signed(url: str, ca_file: str, etag: str) -> Fetched:
    """GET `url` (If-None-Match: `etag`) and, when it changed, `url` + '.minisig'."""
    try:
        context = tls_context(ca_file)   # the sync's: made once per CA file, shared by threads
    except (OSError, ssl.SSLError) as exc:
        raise FetchFailed(f"fleet.ca_file {ca_file}: {exc}") from None
    status, data, new_etag = _get(url, context, MAX_FILE_BYTES, {"If-None-Match": etag} if etag else {})
    if status == 304:
        return Fetched(304, etag=etag)
    _, minisig, _ = _get(signature_url(url), context, MAX_SIGNATURE_BYTES, {"Cache-Control": "no-cache"})
    return Fetched(status, data, minisig, new_etag)
