"""DNS rebinding against the real kiosk: an allowed name that resolves to a loopback address.

The kiosk runs as in production (`python -m kiosk` on xcb, its own Chromium and
connection guard) in a mount namespace of its own where /etc/hosts is a file
of this test's: the guard's lookups go through the system's resolver (glibc,
"files" first) and get this test's answers, and nothing changes for the rest
of the machine. The name's address is a counting host on 127.x:443 (the one
port the allowlist grants), so "refused" means no connection reached it.

Needs root (mount namespace, bind mount, port 443); skipped otherwise.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.blocked_host import BlockedHost
from tests.configs import local_config_text
from tests.display.conftest import KioskProcess
from tests.webserver import WebServer

REBOUND = "printer.rebind.digipiste.test"   # allowed, not named local
INTRA = "intra.rebind.digipiste.test"       # allowed and in browser.local_hosts

PAGE = """<!doctype html><title>page</title>
<img src="https://{name}/status.png" alt="">
<script>
fetch('https://{name}/api?hetu=010101-123N', {{mode: 'no-cors'}}).catch(() => {{}})
  .finally(() => fetch('/control'));
</script>"""

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                                reason="needs root and unshare: the kiosk gets its own /etc/hosts in a "
                                       "mount namespace, and the counting host listens on port 443")


def _loopback() -> str:
    """An address of 127/8 nobody else here uses (port 443 is free on it)."""
    return f"127.{random.randint(64, 250)}.{random.randint(1, 250)}.{random.randint(2, 250)}"


def _kiosk(xserver, tmp: Path, config_text: str, hosts: dict[str, str]) -> KioskProcess:
    hosts_file = tmp / "hosts"
    hosts_file.write_text("127.0.0.1 localhost\n::1 localhost\n"
                          + "".join(f"{address} {name}\n" for name, address in hosts.items()), encoding="ascii")
    program = ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c",
               'mount --bind "$0" /etc/hosts && exec "$@"', str(hosts_file), sys.executable, "-m", "kiosk"]
    kiosk = KioskProcess(xserver, config_text, tmp, program=program)
    kiosk.wait_state(lambda s: s["screen"] == "home", timeout=30)
    return kiosk


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


_SENTINELS: dict[int, int] = {}


def _first_connection_is_ours(host: BlockedHost) -> int:
    """Connections `host` accepted before ours: a sentinel, so no wait decides "nothing came"."""
    import socket

    ours = _SENTINELS[id(host)] = _SENTINELS.get(id(host), 0) + 1
    socket.create_connection((host.host, host.port), timeout=5).close()
    # Accepted in order: once ours is counted, every earlier one is too.
    _wait(lambda: host.counts()["connections"] >= ours, 5, "the sentinel connection was not counted")
    return host.counts()["connections"] - ours


def test_an_allowed_name_that_resolves_to_loopback_is_refused(xserver, tmp_path):
    with WebServer("127.0.0.1") as web, BlockedHost(_loopback(), 443) as target:
        web.add("/page", PAGE.format(name=REBOUND))
        web.add("/control", "ok", "text/plain")
        config = local_config_text({"page": web.url("/page"), "direct": f"https://{REBOUND}/"},
                                   extra_hosts=[REBOUND])
        kiosk = _kiosk(xserver, tmp_path, config, {REBOUND: target.host})
        try:
            # A page's picture and fetch towards the name: refused after the lookup.
            kiosk.press("tile-page")
            _wait(lambda: "/control" in web.paths_seen(), 20, "the page never made its control request")
            assert _first_connection_is_ours(target) == 0, target.requests
            kiosk.wait_log("connection refused: reason=local-address (loopback)", timeout=10)
            # A tile whose start address is the name: the calm error page, nothing reached.
            kiosk.press("nav-home")
            kiosk.wait_state(lambda s: s["screen"] == "home")
            kiosk.press("tile-direct")
            kiosk.where("service-error", timeout=20)
            assert _first_connection_is_ours(target) == 0, target.requests
        finally:
            kiosk.stop()


def test_a_name_the_site_names_local_is_connected_to(xserver, tmp_path):
    """The same setup with browser.local_hosts: the guard connects (so the test above is not
    passing because the name did not resolve at all)."""
    with WebServer("127.0.0.1") as web, BlockedHost(_loopback(), 443) as intra:
        web.add("/page", PAGE.format(name=INTRA))
        web.add("/control", "ok", "text/plain")
        config = local_config_text({"page": web.url("/page")}, extra_hosts=[INTRA]).replace(
            "allow_uploads", f'local_hosts = ["{INTRA}"]\nallow_uploads')
        kiosk = _kiosk(xserver, tmp_path, config, {INTRA: intra.host})
        try:
            kiosk.press("tile-page")
            _wait(lambda: "/control" in web.paths_seen(), 20, "the page never made its control request")
            assert _first_connection_is_ours(intra) >= 1
        finally:
            kiosk.stop()
