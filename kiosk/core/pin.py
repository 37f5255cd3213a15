"""PIN hashing for the admin and helper PINs.

A PIN is short, so the hash must be slow and salted: scrypt from the standard
library. The configuration only ever holds the output of `kiosk hash-pin`; a PIN
is never stored or logged in plain text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

PREFIX = "scrypt"
# n=2**14, r=8, p=1: about 50 ms and 16 MiB here, cheap for one check at the
# kiosk, expensive for someone who copied the configuration file.
_N, _R, _P = 2**14, 8, 1
_FORMAT = re.compile(r"^scrypt\$n=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$")
PIN_RULE = re.compile(r"^\d{4,12}$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """Return a salted scrypt hash of `pin` in the configuration's format."""
    if not PIN_RULE.match(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{PREFIX}$n={_N},r={_R},p={_P}${_b64(salt)}${_b64(digest)}"


def is_pin_hash(text: str) -> bool:
    """True when `text` looks like the output of hash_pin."""
    m = _FORMAT.match(text)
    if not m:
        return False
    n = int(m.group(1))
    return n >= 2**12 and n & (n - 1) == 0


def looks_like_plain_pin(text: str) -> bool:
    """True for something that is a PIN rather than a hash of one."""
    return bool(re.fullmatch(r"\s*\d{1,16}\s*", text))


def verify_pin(pin: str, stored: str) -> bool:
    """Check `pin` against a stored hash in constant time."""
    m = _FORMAT.match(stored)
    if not m:
        return False
    n, r, p = (int(m.group(i)) for i in (1, 2, 3))
    salt = base64.b64decode(m.group(4))
    expected = base64.b64decode(m.group(5))
    try:
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)
