"""Real receiver processes for the usage-log sync tests (run as `python -m tests.receivers.server`).

  python -m tests.receivers.server {jsonl|matomo} --port N --store FILE

Listens on 127.0.0.1:N and prints "listening N". What it accepted is appended
to FILE (one line per event), so it survives the receiver's own restart.

- jsonl: POST /in with newline-delimited JSON; every line must be an object
  with a "uuid" (else 400); keeps each uuid once (duplicates are dropped, as a
  Vector/Fluent Bit pipeline with dedup would); 200 {"accepted": n, "new": k}
  (n: lines taken, ones it already had included; k: of them new).
- matomo: POST /matomo.php with {"requests": ["?idsite=..", ...]}; answers like
  Matomo's bulk API: {"status": "success", "tracked": n, "invalid": m}.

Misbehaviour on demand, for the next `count` requests: POST /_mode with
{"mode": M, "count": n}; M is one of
  ok, status500, status400, hang (never answers), trickle (answers one byte a
  second), garbage (not HTTP at all), badjson (200 with an HTML page),
  close (closes without answering), hold (stores, then waits 30 s before
  answering: a kiosk killed meanwhile never learns it was stored),
  invalid1 (Matomo: refuses the last request of the batch as invalid),
  mismatch (Matomo: counts more than it was sent),
  lockwait (each event is skipped with probability "rate", default 0.1, from a
  random generator seeded with "seed": Matomo's bulk handler skips a request
  whose database lock wait timed out and reports only the tracked count
  (plugins/BulkTracking/Tracker/Handler.php); the JSON-lines receiver answers
  {"accepted": n} with n short by as many).
POST /_poison with {"match": S}: from now on every event whose Matomo request
or JSON line contains S is never taken: Matomo skips it silently (a visit
row held by a stuck lock), the JSON-lines receiver refuses the whole batch
with 400 (one bad line spoils the lot).
GET /_events returns {"events": [...], "requests": n, "lines": n,
"poison_seen": n} for the test to check (lines: every event that came in,
copies included).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs


class State:
    def __init__(self, kind: str, store: Path) -> None:
        self.kind = kind
        self.store = store
        self.lock = threading.Lock()
        self.modes: list[str] = []
        self.requests = 0
        self.lines = 0              # events that came in, copies included
        self.rate = 0.1
        self.rng = random.Random(1)
        self.poison = ""
        self.poison_seen = 0
        self.events: list = []
        self.uuids: set[str] = set()
        if store.exists():
            for line in store.read_text().splitlines():
                item = json.loads(line)
                self.events.append(item)
                if kind == "jsonl":
                    self.uuids.add(item["uuid"])

    def next_mode(self) -> str:
        with self.lock:
            self.requests += 1
            return self.modes.pop(0) if self.modes else "ok"

    def arrived(self, texts: list[str]) -> tuple[bool, list[bool]]:
        """Count what came in; (any poison among it, per item: skipped by a lock wait)."""
        with self.lock:
            self.lines += len(texts)
            poisoned = [bool(self.poison) and self.poison in t for t in texts]
            self.poison_seen += sum(poisoned)
            return any(poisoned), poisoned

    def lock_waits(self, n: int) -> list[bool]:
        with self.lock:
            return [self.rng.random() < self.rate for _ in range(n)]

    def keep(self, items: list) -> int:
        """Store items (jsonl: once per uuid); returns how many were new."""
        with self.lock:
            new = []
            for item in items:
                if self.kind == "jsonl":
                    if item["uuid"] in self.uuids:
                        continue
                    self.uuids.add(item["uuid"])
                new.append(item)
            self.events.extend(new)
            with open(self.store, "a", encoding="utf-8") as fh:
                for item in new:
                    fh.write(json.dumps(item) + "\n")
            return len(new)


def make_handler(state: State):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def _reply(self, status: int, body: dict | bytes) -> None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/_events":
                with state.lock:
                    self._reply(200, {"events": list(state.events), "requests": state.requests,
                                      "lines": state.lines, "poison_seen": state.poison_seen})
            else:
                self._reply(404, {"error": "not found"})

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            if self.path == "/_mode":
                order = json.loads(body)
                with state.lock:
                    state.modes.extend([order["mode"]] * int(order.get("count", 1)))
                    if "rate" in order:
                        state.rate = float(order["rate"])
                    if "seed" in order:
                        state.rng = random.Random(order["seed"])
                self._reply(200, {"ok": True})
                return
            if self.path == "/_poison":
                with state.lock:
                    state.poison = json.loads(body)["match"]
                self._reply(200, {"ok": True})
                return
            mode = state.next_mode()
            if mode == "hang":
                time.sleep(3600)
                return
            if mode == "close":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if mode == "garbage":
                self.wfile.write(b"\x00\xffNOT HTTP AT ALL\r\n\r\n")
                self.wfile.flush()
                self.close_connection = True
                return
            if mode == "trickle":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
                for _ in range(3600):
                    try:
                        self.wfile.write(b" ")
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.5)
                return
            if mode == "status500":
                self._reply(500, b"<html>Internal Server Error</html>")
                return
            if mode == "status400":
                self._reply(400, {"error": "malformed batch"})
                return
            if mode == "badjson":
                self._reply(200, b"<html><body>Welcome to our proxy</body></html>")
                return
            handler = self._jsonl if state.kind == "jsonl" else self._matomo
            handler(body, mode)

        def _jsonl(self, body: bytes, mode: str) -> None:
            if self.path != "/in":
                self._reply(404, {"error": "not found"})
                return
            lines = [line for line in body.splitlines() if line.strip()]
            try:
                items = [json.loads(line) for line in lines]
                if not all(isinstance(i, dict) and isinstance(i.get("uuid"), str) for i in items):
                    raise ValueError("no uuid")
            except ValueError:
                self._reply(400, {"error": "not JSON lines with uuids"})
                return
            poisoned, _each = state.arrived([line.decode("utf-8", "replace") for line in lines])
            if poisoned:
                self._reply(400, {"error": "a line was refused"})
                return
            if mode == "lockwait":
                items = [i for i, skip in zip(items, state.lock_waits(len(items))) if not skip]
            new = state.keep(items)
            if mode == "hold":
                time.sleep(30)
            self._reply(200, {"accepted": len(items), "new": new})

        def _matomo(self, body: bytes, mode: str) -> None:
            if self.path != "/matomo.php":
                self._reply(404, {"error": "not found"})
                return
            try:
                data = json.loads(body)
                requests = data["requests"]
                parsed = [{k: v[0] for k, v in parse_qs(r.lstrip("?")).items()} for r in requests]
                if any("idsite" not in p or "e_c" not in p for p in parsed):
                    raise ValueError("bad request")
            except (ValueError, KeyError, TypeError):
                self._reply(400, {"status": "error", "message": "malformed"})
                return
            invalid = 0
            _any, poisoned = state.arrived(list(requests))
            skipped = state.lock_waits(len(parsed)) if mode == "lockwait" else [False] * len(parsed)
            parsed = [p for p, bad, skip in zip(parsed, poisoned, skipped) if not bad and not skip]
            if mode == "invalid1" and parsed:
                parsed, invalid = parsed[:-1], 1
            state.keep(parsed)
            tracked = len(parsed)
            if mode == "hold":
                time.sleep(30)
            if mode == "mismatch":
                tracked += 1
            self._reply(200, {"status": "success", "tracked": tracked, "invalid": invalid})

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["jsonl", "matomo"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--store", required=True)
    args = parser.parse_args()
    state = State(args.kind, Path(args.store))
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(state))
    server.daemon_threads = True
    print(f"listening {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
