"""The network part of [fleet] config_url: one conditional GET of the file and of its signature.

Through the fleet's one getter (kiosk/core/fleet/https_get.py: TLS with the
system's CAs plus the site's `fleet.ca_file`, https only, timeouts, a size
cap, addresses shown as host/…/file), with the sync's TLS context cache
(made once per CA file, shared by threads). Called on a worker thread
(kiosk/services/fleet_config.py), never on the interface thread. No Qt here.
"""

from __future__ import annotations

from kiosk.core.config.site import MAX_FILE_BYTES
from kiosk.core.fleet.config_poll import Fetched
from kiosk.core.fleet.https_get import get
from kiosk.core.fleet.settings import signature_url
from kiosk.services.sync_targets import tls_context

TIMEOUT_S = 20.0
MAX_SIGNATURE_BYTES = 8192
AGENT = "digipiste-kiosk"


def fetch_signed(url: str, ca_file: str, etag: str) -> Fetched:
    """GET `url` (If-None-Match: `etag`) and, when it changed, `url` + '.minisig'."""
    answer = get(url, limit=MAX_FILE_BYTES, timeout=TIMEOUT_S, agent=AGENT, ca_file=ca_file, etag=etag,
                 contexts=tls_context, what="not a configuration")
    if answer.status == 304:
        return Fetched(304, etag=etag)
    minisig = get(signature_url(url), limit=MAX_SIGNATURE_BYTES, timeout=TIMEOUT_S, agent=AGENT, ca_file=ca_file,
                  headers={"Cache-Control": "no-cache"}, contexts=tls_context, what="not a signature")
    return Fetched(answer.status, answer.body, minisig.body, answer.etag)
