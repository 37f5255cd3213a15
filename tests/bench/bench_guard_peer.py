"""Cost of the guard's "only this account" check: one request through the guard, with and without it.

Each plain-http request through the guard is a new connection (the worst
case: over https one tunnel carries many requests), so each pays one look-up
of the client's socket (netlink sock_diag, /proc/net/tcp where that is
missing). The same guard code runs in two
modes, alternating rounds in one process: "checked" (the kiosk's: the kernel's
kernel is asked) and "unchecked" (the owner is taken as given, for the
baseline). Also each way of looking up alone, and how many sockets the
machine held: the table's cost grows with them, sock_diag's does not. The figure is the ratio of the medians.
"""

from __future__ import annotations

import http.client
import os
import statistics
import time

ROUNDS = 6
REQUESTS = 150   # per round and mode


def _requests(port: int, url: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", url)
        answer = conn.getresponse()
        answer.read()
        conn.close()
        assert answer.status == 200
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    from kiosk.core.browser.url_policy import Policy
    from kiosk.web.connection_guard import ConnectionGuard
    from kiosk.web import local_peer
    from kiosk.web.local_peer import TCP_TABLE
    from tests.webserver import WebServer

    uid = os.geteuid()
    checked = ConnectionGuard()
    unchecked = ConnectionGuard(peer_owner=lambda _peer, _local: uid)
    samples: dict[str, list[float]] = {"checked": [], "unchecked": []}
    with WebServer("127.0.0.1") as web:
        web.add("/x", "x", ctype="text/plain")
        for guard in (checked, unchecked):
            guard.start()
            guard.attach(Policy.build(["127.0.0.1"]))
        try:
            for name, guard in (("checked", checked), ("unchecked", unchecked)):
                _requests(guard.port, web.url("/x"), 20)   # warm-up
            for _ in range(ROUNDS):
                for name, guard in (("checked", checked), ("unchecked", unchecked)):
                    samples[name].extend(_requests(guard.port, web.url("/x"), REQUESTS))
            with open(TCP_TABLE, encoding="ascii") as fh:
                rows = sum(1 for _ in fh) - 1
            lookups: dict[str, list[float]] = {"netlink sock_diag": [], "/proc/net/tcp": []}
            for _ in range(200):
                for way, ask in (("netlink sock_diag", local_peer._ask_netlink),
                                 ("/proc/net/tcp", lambda p, q: local_peer._read_table(p, q, TCP_TABLE))):
                    t0 = time.perf_counter()
                    ask(("127.0.0.1", 1), ("127.0.0.1", checked.port))   # a miss: the table is read whole
                    lookups[way].append(time.perf_counter() - t0)
        finally:
            checked.stop()
            unchecked.stop()
    med = {k: statistics.median(v) * 1e6 for k, v in samples.items()}
    print(f"request through the guard, median of {ROUNDS * REQUESTS}: checked {med['checked']:.0f} us, "
          f"unchecked {med['unchecked']:.0f} us, ratio {med['checked'] / med['unchecked']:.3f}x")
    for way, times in lookups.items():
        print(f"one look-up, {way} ({rows} sockets on the machine): median {statistics.median(times) * 1e6:.0f} us")
    print(f"connections of other accounts refused meanwhile: {checked.strangers + unchecked.strangers}")


if __name__ == "__main__":
    main()
