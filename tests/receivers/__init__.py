"""Start and drive the receiver processes of tests/receivers/server.py from a test."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """A receiver process on 127.0.0.1; its store file outlives restarts."""

    def __init__(self, kind: str, store: Path, port: int | None = None) -> None:
        self.kind, self.store, self.port = kind, store, port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        path = "/in" if self.kind == "jsonl" else "/matomo.php"
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> "Receiver":
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.receivers.server", self.kind, "--port", str(self.port),
             "--store", str(self.store)], stdout=subprocess.PIPE, cwd=REPO)
        line = self.proc.stdout.readline().decode()
        assert line.startswith("listening"), line
        return self

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc.stdout.close()
            self.proc = None

    def _call(self, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", data=data, timeout=10) as r:
            return json.loads(r.read())

    def misbehave(self, mode: str, count: int = 1, **options) -> None:
        self._call("/_mode", {"mode": mode, "count": count, **options})

    def poison(self, match: str) -> None:
        """Never take an event whose request or line contains `match` (see server.py)."""
        self._call("/_poison", {"match": match})

    def events(self) -> list:
        return self._call("/_events")["events"]

    def figures(self) -> dict:
        """requests, lines (every event that came in, copies included), poison_seen."""
        data = self._call("/_events")
        return {k: data[k] for k in ("requests", "lines", "poison_seen")}

    def requests(self) -> int:
        return self._call("/_events")["requests"]

    def __enter__(self) -> "Receiver":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
