"""`./dev kiosk ...` run as root opens services as `./dev demo` does.

Chromium refuses to run as root with its sandbox on; `./dev demo` sets
QTWEBENGINE_DISABLE_SANDBOX=1 for root, and `./dev kiosk` must too, or the
first tile tapped ends in a black screen. The test runs the checkout's own
`./dev kiosk` on Xvfb without the switch in its environment (the test set-up
sets it for everything else), taps a tile, and waits for the page's script to
call back: the renderer really ran. Only meaningful as root.
"""

from __future__ import annotations

import os
import time

import pytest

from tests.configs import local_config_text
from tests.conftest import REPO
from tests.display.conftest import KioskProcess

# The page's script calls back once it runs: proof that a renderer drew it.
PAGE = """<!doctype html><title>service</title><h1>Palvelu</h1>
<script>fetch('/rendered', {keepalive: true});</script>"""

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="the sandbox switch is only for root")


def test_dev_kiosk_as_root_opens_a_service(xserver, site, tmp_path, monkeypatch):
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    site.add("/service", PAGE)
    site.add("/rendered", "ok", "text/plain")
    kiosk = KioskProcess(xserver, local_config_text({"service": site.url("/service")}), tmp_path,
                         program=[str(REPO / "dev"), "kiosk"])
    try:
        kiosk.wait_state(lambda s: s["screen"] == "home", timeout=60)
        kiosk.press("tile-service")
        deadline = time.monotonic() + 30
        while "/rendered" not in site.paths_seen():
            assert kiosk.proc.poll() is None, f"the kiosk exited: {kiosk.stderr_tail()}"
            assert time.monotonic() < deadline, (f"the service page never ran (seen: {site.paths_seen()}):\n"
                                                 + kiosk.stderr_tail())
            time.sleep(0.2)
        assert kiosk.state()["screen"] == "browser-screen"
    finally:
        kiosk.stop()
