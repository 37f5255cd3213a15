"""Which account opened a loopback TCP connection: the owner of the client's socket, asked of the kernel.

The connection guard listens on 127.0.0.1, where every local account can
connect. A TCP socket has no SO_PEERCRED (that is for Unix sockets), and
Chromium's proxy setting cannot name a Unix socket, so the guard asks the
kernel who owns the client's end of the connection: the socket whose local
address is the guard's peer and whose remote address is the guard. Its uid is
the account that made it; another account cannot make a socket that shows
the kiosk's uid.

Two ways to ask, the first that works:

- netlink sock_diag (``SOCK_DIAG_BY_FAMILY``, what ``ss`` uses): the kernel
  looks up that one socket; a few microseconds;
- /proc/net/tcp: the whole table as text, read line by line; milliseconds
  when the machine holds thousands of sockets (TIME_WAIT ones count), so only
  where netlink is not available.

Linux only, IPv4 only (the guard's socket is AF_INET). When the socket is not
found (the client has gone already, or neither way works) the answer is None
and the guard refuses: it fails closed.
"""

from __future__ import annotations

import errno
import socket
import struct

__all__ = ["TCP_TABLE", "owner_uid", "row_key"]

TCP_TABLE = "/proc/net/tcp"

_NETLINK_SOCK_DIAG = 4
_SOCK_DIAG_BY_FAMILY = 20
_NLM_F_REQUEST = 1
_NLMSG_ERROR = 2
_NOCOOKIE = 0xFFFFFFFF
_TCP_LISTEN = 10
_HEADER = struct.Struct("=IHHII")          # struct nlmsghdr
_REQUEST = struct.Struct("=BBBBI")         # struct inet_diag_req_v2, before its inet_diag_sockid
_UID_AT = _HEADER.size + 4 + 48 + 12       # inet_diag_msg: family..retrans, sockid, expires/rqueue/wqueue

_netlink_works = True   # set False once the kernel says it has no sock_diag for us


def row_key(address: tuple[str, int]) -> str:
    """``ADDR:PORT`` as /proc/net/tcp prints it (the address as a native-order word, in hex)."""
    host, port = address[0], address[1]
    word = struct.unpack("=I", socket.inet_aton(host))[0]
    return f"{word:08X}:{port:04X}"


def owner_uid(peer: tuple[str, int], local: tuple[str, int], *, table: str = TCP_TABLE) -> int | None:
    """The uid owning the socket at `peer` connected to `local`, or None when it is not found."""
    global _netlink_works
    if _netlink_works:
        try:
            return _ask_netlink(peer, local)
        except _NoSockDiag:
            _netlink_works = False
        except (OSError, struct.error, TypeError, IndexError, ValueError):
            return None
    return _read_table(peer, local, table)


class _NoSockDiag(Exception):
    """This kernel (or sandbox) answers no sock_diag queries."""


def _ask_netlink(peer: tuple[str, int], local: tuple[str, int]) -> int | None:
    sockid = (struct.pack("!HH", peer[1], local[1]) + socket.inet_aton(peer[0]) + bytes(12)
              + socket.inet_aton(local[0]) + bytes(12) + struct.pack("=III", 0, _NOCOOKIE, _NOCOOKIE))
    body = _REQUEST.pack(socket.AF_INET, socket.IPPROTO_TCP, 0, 0, 0xFFFFFFFF) + sockid
    try:
        nl = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, _NETLINK_SOCK_DIAG)
    except OSError as exc:
        raise _NoSockDiag from exc
    with nl:
        nl.settimeout(1.0)
        nl.sendto(_HEADER.pack(_HEADER.size + len(body), _SOCK_DIAG_BY_FAMILY, _NLM_F_REQUEST, 1, 0) + body,
                  (0, 0))
        answer = nl.recv(8192)
    _length, kind, _flags, _seq, _pid = _HEADER.unpack_from(answer)
    if kind == _NLMSG_ERROR:
        code = -struct.unpack_from("=i", answer, _HEADER.size)[0]
        if code == errno.ENOENT:
            return None   # no such socket: the client is gone, or it was never there
        raise _NoSockDiag(errno.errorcode.get(code, code))
    if kind != _SOCK_DIAG_BY_FAMILY:
        raise _NoSockDiag(f"unexpected answer {kind}")
    # The kernel looks the pair up as a packet would: with no connection it
    # answers with a socket *listening* on the peer's address. Only the
    # connected socket from the peer to us counts.
    state = answer[_HEADER.size + 1]
    ports = struct.unpack_from("!HH", answer, _HEADER.size + 4)
    if state == _TCP_LISTEN or ports != (peer[1], local[1]):
        return None
    return struct.unpack_from("=I", answer, _UID_AT)[0]


def _read_table(peer: tuple[str, int], local: tuple[str, int], table: str) -> int | None:
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
