"""Which account opened a loopback TCP connection: the owner of its socket, from /proc/net/tcp.

The connection guard listens on 127.0.0.1, where every local account can
connect. A TCP socket has no SO_PEERCRED (that is for Unix sockets), and
Chromium's proxy setting cannot name a Unix socket, so the guard looks the
connecting socket up in the kernel's table: the client's end of the
connection is the row whose local address is the guard's peer and whose
remote address is the guard's own. The row's uid is the account that made the
socket; another account cannot make a socket that shows the kiosk's uid.

Linux only, IPv4 only (the guard's socket is AF_INET). When the row is not
there (the client has already gone, or there is no /proc), the answer is
None and the guard refuses: it fails closed.
"""

from __future__ import annotations

import socket
import struct

__all__ = ["TCP_TABLE", "owner_uid", "row_key"]

TCP_TABLE = "/proc/net/tcp"


def row_key(address: tuple[str, int]) -> str:
    """``ADDR:PORT`` as /proc/net/tcp prints it (the address as a native-order word, in hex)."""
    host, port = address[0], address[1]
    word = struct.unpack("=I", socket.inet_aton(host))[0]
    return f"{word:08X}:{port:04X}"


def owner_uid(peer: tuple[str, int], local: tuple[str, int], *, table: str = TCP_TABLE) -> int | None:
    """The uid owning the socket at `peer` connected to `local`, or None when it is not found."""
    try:
        want_local, want_remote = row_key(peer), row_key(local)
    except (OSError, struct.error, TypeError, IndexError, ValueError):
        return None
    try:
        with open(table, encoding="ascii") as fh:
            next(fh, None)   # the heading
            for line in fh:
                fields = line.split()
                if len(fields) > 7 and fields[1] == want_local and fields[2] == want_remote:
                    return int(fields[7])
    except (OSError, ValueError):
        return None
    return None
