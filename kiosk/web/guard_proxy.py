"""One connection through the connection guard: read its head, ask the policy, tunnel or forward.

`kiosk.web.connection_guard` owns the guard (its port, thread, policies,
counters and the door that lets only this account in); this module is the
asyncio half that moves the bytes of one browser connection:

- ``CONNECT host:port``: the host is decided, resolved, its addresses judged
  (`decide_addresses`), and a tunnel opened to one of those addresses only,
  never resolving a second time; otherwise 403 (refused) or 502 (the host
  could not be reached, remembered for the error page);
- ``GET http://host/path``: the same decisions, then the request is sent on
  without its hop-by-hop headers, one request per upstream connection, and
  the answer relayed back marked ``Connection: close``.

It imports asyncio at the top, so it is imported only on the guard's thread
when the guard starts serving (after the first frame), never at start-up.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.core.browser.connection_policy import decide_addresses, decide_connect, decide_forward
from kiosk.core.browser.url_policy import Decision

if TYPE_CHECKING:
    from kiosk.web.connection_guard import ConnectionGuard

HEAD_LIMIT = 64 * 1024
_HEAD_TIMEOUT_S = 30.0
_CONNECT_TIMEOUT_S = 15.0
_CHUNK = 64 * 1024
# Hop-by-hop headers: they describe the connection to the proxy, not the request.
_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate",
        "te", "trailer", "upgrade"}
_REFUSED = (b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n"
            b"Connection: close\r\n\r\n")
_BAD_GATEWAY = (b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n"
                b"Connection: close\r\n\r\n")
_BAD_REQUEST = (b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


class _ClientGone(ConnectionError):
    """The browser closed its connection in the middle of a request body."""


async def start_server(guard: ConnectionGuard, sock: socket.socket) -> asyncio.Server:
    """Serve the guard's listening socket on the running loop."""
    return await asyncio.start_server(functools.partial(serve_client, guard), sock=sock, limit=HEAD_LIMIT)


async def serve_client(guard: ConnectionGuard, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        if not guard.admits(writer):
            return
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _HEAD_TIMEOUT_S)
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            writer.write(_BAD_REQUEST)
            return
        method, target, _version = parts
        headers = [tuple(x.strip() for x in line.split(":", 1)) for line in lines[1:] if ":" in line]
        if method.upper() == "CONNECT":
            await _tunnel(guard, target, reader, writer)
        else:
            await _forward(guard, method, target, headers, reader, writer)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError,
            ConnectionError, OSError, ValueError):
        pass
    finally:
        await _close(writer)


async def _open(guard: ConnectionGuard, decision: Decision, port: int, writer: asyncio.StreamWriter, what: str):
    """Resolve the allowed host, judge its addresses, connect to one of them; None if not."""
    host = (decision.host or "").strip("[]")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _CONNECT_TIMEOUT_S
    resolver = guard.resolver or system_resolve
    try:
        addresses = list(await asyncio.wait_for(resolver(host, port), _CONNECT_TIMEOUT_S))
        if not addresses:
            raise socket.gaierror(socket.EAI_NONAME, "no address")
    except (OSError, asyncio.TimeoutError) as exc:
        return _upstream_failed(guard, decision, exc, writer)
    judged, verdict = decide_addresses(guard.policies(), host, addresses)
    if not judged.allowed:
        guard.refuse(judged, what, verdict.kind)
        writer.write(_REFUSED)
        return None
    guard.allowed += 1
    if what == "tunnel":
        guard.tunnels += 1
    failure: BaseException = socket.gaierror(socket.EAI_NONAME, "no address")
    # Only the judged addresses, as IP literals: no second lookup that a
    # rebinding name server could answer differently.
    for address in verdict.addresses:
        try:
            opened = await asyncio.wait_for(asyncio.open_connection(address, port, limit=HEAD_LIMIT),
                                            max(0.1, deadline - loop.time()))
        except (OSError, asyncio.TimeoutError) as exc:
            failure = exc
            continue
        guard.upstream_reached(decision.host or "")
        return opened
    return _upstream_failed(guard, decision, failure, writer)


def _upstream_failed(guard: ConnectionGuard, decision: Decision, exc: BaseException,
                     writer: asyncio.StreamWriter) -> None:
    guard.upstream_failed(decision.host or "", exc)
    writer.write(_BAD_GATEWAY)
    return None


async def _tunnel(guard: ConnectionGuard, target: str, reader, writer) -> None:
    decision = decide_connect(guard.policies(), target)
    if not decision.allowed:
        guard.refuse(decision, "tunnel")
        writer.write(_REFUSED)
        return
    port = int(target.rsplit(":", 1)[1])
    upstream = await _open(guard, decision, port, writer, "tunnel")
    if upstream is None:
        return
    up_reader, up_writer = upstream
    writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
    await writer.drain()
    try:
        await _both_ways(reader, writer, up_reader, up_writer)
    finally:
        await _close(up_writer)


async def _forward(guard: ConnectionGuard, method: str, target: str, headers, reader, writer) -> None:
    decision = decide_forward(guard.policies(), target)
    if not decision.allowed:
        guard.refuse(decision, "http")
        writer.write(_REFUSED)
        return
    url = urlsplit(target)
    path = url.path or "/"
    if url.query:
        path += "?" + url.query
    named = {name.lower() for value in (v for k, v in headers if k.lower() == "connection")
             for name in (n.strip() for n in value.split(","))}
    kept = [(k, v) for k, v in headers if k.lower() not in _HOP and k.lower() not in named]
    # One request per upstream connection: the next request is decided afresh.
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in kept)
    head += "Connection: close\r\n\r\n"
    upstream = await _open(guard, decision, url.port or 80, writer, "http")
    if upstream is None:
        return
    up_reader, up_writer = upstream
    # The answer is relayed while the body still goes up: a server may
    # answer (and close) before it has read the whole body.
    relay = asyncio.ensure_future(_relay_response(up_reader, writer))
    try:
        up_writer.write(head.encode("latin-1"))
        lengths = [v for k, v in kept if k.lower() == "content-length"]
        chunked = any(k.lower() == "transfer-encoding" for k, _v in kept)
        try:
            if lengths:
                await _copy_exactly(reader, up_writer, int(lengths[0]))
            elif chunked:
                # Rare (streamed uploads); the client sends nothing after
                # it until it has the answer, so a plain copy is safe.
                asyncio.ensure_future(_pipe(reader, up_writer))
            await up_writer.drain()
        except _ClientGone:
            relay.cancel()
            raise
        except (ConnectionError, OSError):
            pass  # the server stopped reading; its answer may still come
        await relay
    finally:
        relay.cancel()
        await _close(up_writer)


async def _relay_response(up_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Copy the answer back, marked so that the browser does not reuse this connection."""
    head = await up_reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    kept = [line for line in lines[1:] if line and line.split(":", 1)[0].strip().lower() not in
            {"connection", "keep-alive", "proxy-connection"}]
    out = lines[0] + "\r\n" + "".join(line + "\r\n" for line in kept)
    out += "Connection: close\r\nProxy-Connection: close\r\n\r\n"
    writer.write(out.encode("latin-1"))
    await _pipe(up_reader, writer)


async def _copy_exactly(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
    while n > 0:
        data = await reader.read(min(n, _CHUNK))
        if not data:
            raise _ClientGone("request body cut short")
        writer.write(data)
        await writer.drain()
        n -= len(data)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(_CHUNK):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass


async def _both_ways(r1, w1, r2, w2) -> None:
    tasks = [asyncio.ensure_future(_pipe(r1, w2)), asyncio.ensure_future(_pipe(r2, w1))]
    _done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()


async def _close(writer: asyncio.StreamWriter) -> None:
    try:
        writer.close()
        await writer.wait_closed()
    except (ConnectionError, OSError):
        pass


async def system_resolve(host: str, port: int) -> list[str]:
    """The addresses the system's resolver gives `host`, in its order, each once."""
    try:
        return [str(ipaddress.ip_address(host))]   # an address already: no lookup, no thread hop
    except ValueError:
        pass
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                         proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))
