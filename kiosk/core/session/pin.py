"""PIN hashing for the admin and helper PINs.

A PIN is short, so the hash must be slow and salted: scrypt from the standard
library. The configuration only ever holds the output of `kiosk hash-pin`; a PIN
is never stored or logged in plain text.
"""

from __future__ import annotations

import base64
import binascii
import os
import re

PREFIX = "scrypt"
# n=2**14, r=8, p=1: about 50 ms and 16 MiB here, cheap for one check at the
# kiosk, expensive for someone who copied the configuration file.
_N, _R, _P = 2**14, 8, 1
_FORMAT = re.compile(r"^scrypt\$n=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$", re.ASCII)
# ASCII digits only: str.isdigit and \d also take Arabic-Indic or full-width
# digits, which the kiosk's PIN pad can never type.
PIN_RULE = re.compile(r"^[0-9]{4,12}$", re.ASCII)
# The range a stored hash's cost must be in: below, a copied configuration
# file gives up its PIN in seconds; above, one check at the kiosk takes
# seconds and hundreds of MiB (scrypt needs 128 * n * r bytes).
N_RANGE = (2**14, 2**16)
R_RANGE = (8, 16)
P_RANGE = (1, 4)
_SALT_MIN, _DIGEST_MIN = 16, 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be a PIN, or None."""
    if not PIN_RULE.match(pin):
        return "a PIN is 4 to 12 digits 0-9"
    return None


def trivial_pin(pin: str) -> str | None:
    """Why `pin` is easy to guess (one digit repeated, a straight run), or None."""
    if len(set(pin)) == 1:
        return "it is one digit repeated"
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    if steps == {1}:
        return "it is a straight run up"
    if steps == {-1}:
        return "it is a straight run down"
    return None


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """Return a salted scrypt hash of `pin` in the configuration's format."""
    problem = pin_problem(pin)
    if problem is not None:
        raise ValueError(problem)
    import hashlib   # here, not at the top: start-up time (the site file is checked before the first frame)

    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{PREFIX}$n={_N},r={_R},p={_P}${_b64(salt)}${_b64(digest)}"


def _decode(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def is_pin_hash(text: str) -> bool:
    """True when `text` has the shape of hash_pin's output (cost aside, see hash_cost_problem)."""
    m = _FORMAT.match(text)
    if not m:
        return False
    return _decode(m.group(4)) is not None and _decode(m.group(5)) is not None


def hash_cost_problem(text: str) -> str | None:
    """Why the cost parameters or sizes of a PIN hash are out of the sane range, or None."""
    m = _FORMAT.match(text)
    if not m:
        return "not a PIN hash"
    n, r, p = (int(m.group(i)) for i in (1, 2, 3))
    salt, digest = _decode(m.group(4)) or b"", _decode(m.group(5)) or b""
    ok_n = N_RANGE[0] <= n <= N_RANGE[1] and n & (n - 1) == 0
    if not (ok_n and R_RANGE[0] <= r <= R_RANGE[1] and P_RANGE[0] <= p <= P_RANGE[1]):
        if n < N_RANGE[0] or r < R_RANGE[0] or p < P_RANGE[0]:
            why = "too weak: a copied configuration file would give the PIN away"
        elif n & (n - 1):
            why = "n must be a power of two"
        else:
            why = "too expensive: every PIN check would take seconds and much memory"
        return (f"scrypt cost n={n},r={r},p={p} is out of range ({why}); use n a power of two from "
                f"{N_RANGE[0]} to {N_RANGE[1]}, r from {R_RANGE[0]} to {R_RANGE[1]}, p from "
                f"{P_RANGE[0]} to {P_RANGE[1]}, or simply a new `kiosk hash-pin`")
    if len(salt) < _SALT_MIN or len(digest) < _DIGEST_MIN:
        return (f"salt or hash too short (at least {_SALT_MIN} and {_DIGEST_MIN} bytes); "
                "make a new one with `kiosk hash-pin`")
    return None


def looks_like_plain_pin(text: str) -> bool:
    """True for something that is a PIN rather than a hash of one."""
    return bool(re.fullmatch(r"\s*\d{1,16}\s*", text))


def verify_pin(pin: str, stored: str) -> bool:
    """Check `pin` against a stored hash in constant time."""
    if pin_problem(pin) is not None or hash_cost_problem(stored) is not None:
        return False
    m = _FORMAT.match(stored)
    assert m is not None
    n, r, p = (int(m.group(i)) for i in (1, 2, 3))
    import hashlib   # here, not at the top: start-up time (the site file is checked before the first frame)
    import hmac

    salt = base64.b64decode(m.group(4))
    expected = base64.b64decode(m.group(5))
    try:
        # OpenSSL's default memory cap (32 MiB) is below the top of the range.
        digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=len(expected),
                                maxmem=256 * n * r + (1 << 20))
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)
