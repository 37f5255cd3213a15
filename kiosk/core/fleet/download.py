"""HTTPS for the updater: a small file with its ETag (304 = nothing new), and an archive checked against its hash.

Both go through the fleet's one getter (kiosk/core/fleet/https_get.py: TLS
with the system's CAs plus `[fleet] ca_file`, https only, a time limit on
every connect and read, a size limit, addresses shown as host/…/file): a
broken or hostile server can neither hang the updater nor fill the disk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.fleet.https_get import FetchError, get
from kiosk.core.fleet.settings import shown_url

__all__ = ["FetchError", "Fetched", "download", "fetch_small"]

TIMEOUT_S = 30
MAX_SMALL = 64 * 1024              # a channel file or its .minisig
MAX_ARCHIVE = 2 * 1024 ** 3        # a release archive is ~120 MB today
AGENT = "digipiste-updater"


@dataclass(frozen=True)
class Fetched:
    body: bytes | None          # None: 304 Not Modified
    etag: str = ""


def fetch_small(url: str, etag: str = "", timeout: float = TIMEOUT_S, ca_file: str = "") -> Fetched:
    """GET a small file; with `etag`, If-None-Match, and a 304 gives Fetched(None)."""
    answer = get(url, limit=MAX_SMALL, timeout=timeout, agent=AGENT, ca_file=ca_file, etag=etag,
                 what="not a channel file")
    if answer.status == 304:
        return Fetched(None, etag)
    return Fetched(answer.body, answer.etag)


def download(url: str, target: Path, sha256: str, timeout: float = TIMEOUT_S, ca_file: str = "") -> Path:
    """Download to TARGET.part, check its SHA-256, then rename to TARGET; a mismatch leaves nothing."""
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    done = False
    try:
        with open(partial, "wb") as out:
            def keep(block: bytes) -> None:
                digest.update(block)
                out.write(block)
            answer = get(url, limit=MAX_ARCHIVE, timeout=timeout, agent=AGENT, ca_file=ca_file, sink=keep)
        if answer.status == 304:
            raise FetchError(f"{shown_url(url)}: the server answered 304 to a plain GET")
        if digest.hexdigest() != sha256:
            raise FetchError(f"{shown_url(url)}: SHA-256 {digest.hexdigest()} is not the {sha256} the signed "
                             "channel names (a damaged or tampered archive); nothing was installed")
        partial.replace(target)
        done = True
    except FetchError:
        raise
    except (OSError, ValueError) as exc:
        raise FetchError(f"{shown_url(url)}: {exc}") from None
    finally:
        if not done:   # whatever stopped it (a fault, the updater's stop signal): no .part left behind
            partial.unlink(missing_ok=True)
    return target
