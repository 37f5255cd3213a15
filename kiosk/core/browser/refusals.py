"""Where a refused host came from, and which refusals may be kept on disk by name.

IT staff tune a site's allowlist from the refused hosts the admin view lists:
the fonts and scripts a service's pages load from elsewhere (DOMAIN.md). Those
are what a *page* asked for, the same for every resident who opens it, so
their host names may be written to the database (host, count, last day).

What a *resident* tried to open is another matter: a link they followed to
another site, a frame they clicked in, a connection the browser opened when
they touched a link (a preconnect reaches the connection guard before the
navigation is refused). The host names of those say something about one
person, and must not outlive their session on the disk: they are counted in
memory only, for the admin view, and forgotten when the kiosk stops. The log
never names them either.

Fail closed: a refusal whose origin is unknown is not kept by name.

Pure standard library: this module never imports Qt (a test enforces it).
"""

from __future__ import annotations

import enum

__all__ = ["Origin", "kept_by_name"]


class Origin(enum.StrEnum):
    """Who asked for a refused host (the `origin` field of a `host.refused` event)."""

    PART = "part"                  # an image, script, style sheet, fetch, ... the page loads by itself
    FRAME = "frame"                # a frame's navigation: its own redirect, or a link clicked in it
    NAVIGATION = "navigation"      # the page itself: a link followed, a form sent, a redirect
    CONNECTION = "connection"      # the connection guard: preconnects, relays, rebinding, ...
    CERTIFICATE = "certificate"    # a certificate error on a host the site allows


def kept_by_name(origin: object) -> bool:
    """Whether a refusal of this origin may be written to the disk with its host name."""
    return origin == Origin.PART
