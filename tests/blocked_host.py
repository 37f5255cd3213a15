"""A blocked host that counts everything reaching it: TCP connections, UDP datagrams, requests.

Listens on one free port (or the one given) of 127.0.0.2 with TCP *and* UDP (same number), so a
page can name it for http, https, ws, stun:, turn: (udp and tcp) and
WebTransport alike. Every accepted TCP connection is counted before a byte is
read; what looks like an HTTP request line is recorded too; every datagram is
counted. Runs on daemon threads; the context manager closes the sockets.
"""

from __future__ import annotations

import socket
import threading


class BlockedHost:
    def __init__(self, host: str = "127.0.0.2", port: int = 0) -> None:
        self.host = host
        self.connections = 0
        self.datagrams = 0
        self.requests: list[str] = []    # first lines of what arrived over TCP
        self._lock = threading.Lock()
        self._tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._tcp.bind((host, port))
        self.port = self._tcp.getsockname()[1]
        self._udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._udp.bind((host, self.port))
        self._tcp.listen(64)
        self._closed = False

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {"connections": self.connections, "datagrams": self.datagrams,
                    "requests": len(self.requests)}

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                conn, _addr = self._tcp.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        conn.settimeout(2)
        try:
            data = conn.recv(65536)
            if data:
                with self._lock:
                    self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                             b"Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\nok")
        except OSError:
            pass
        finally:
            conn.close()

    def _udp_loop(self) -> None:
        while not self._closed:
            try:
                self._udp.recvfrom(65536)
            except OSError:
                return
            with self._lock:
                self.datagrams += 1

    def __enter__(self) -> "BlockedHost":
        threading.Thread(target=self._accept_loop, daemon=True).start()
        threading.Thread(target=self._udp_loop, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._closed = True
        for sock in (self._tcp, self._udp):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
