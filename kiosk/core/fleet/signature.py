"""Minisign signatures, verified in pure Python: who signed a fetched file, and the serial and expiry it carries.

IT signs a site file or a release channel file with Debian's `minisign` tool
(https://jedisct1.github.io/minisign/); the kiosk checks it with this module
(Ed25519 from `cryptography`, BLAKE2b-512 from hashlib), no program to call.

The formats, as minisign writes them:

- public key (`minisign.pub`): an untrusted comment line, then base64 of
  `"Ed"` + key id (8 bytes, little-endian) + Ed25519 public key (32 bytes).
  Either the whole file or only its base64 line is accepted.
- signature (`FILE.minisig`), four lines:
  1. `untrusted comment: ...` (anyone can change it; never trusted)
  2. base64 of algorithm (`"ED"`: the signature is over BLAKE2b-512 of the
     file, minisign's default; `"Ed"`: over the file itself, `minisign -l`)
     + key id (8 bytes) + Ed25519 signature (64 bytes)
  3. `trusted comment: TEXT`
  4. base64 of the global signature (64 bytes) over the line-2 signature
     followed by TEXT: it binds the trusted comment to the file.

Our convention for the trusted comment (see docs/deploy.md), space-separated
`name:value` words, unknown names kept and ignored:

    serial:42 expires:2027-01-31T00:00:00Z

`serial` is a whole number that grows with every file IT publishes (a
terminal refuses a serial not above the one it applies: no rollback by
replaying an old, genuinely signed file); `expires` is an ISO 8601 time
with its zone (a `Z` or an offset), after which the file is refused.

Every refusal is a `SignatureError` subclass whose message says what is
wrong and where (which key id, which line of which file).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_KEYS = 2          # the key in use and the one replacing it, during a rotation
_MAX_SIGNATURE_BYTES = 8192   # a .minisig is ~300 bytes; anything far larger is not one


class SignatureError(ValueError):
    """A signed file is refused; str(error) is the exact reason, fit for the log and the admin view."""


class MalformedKey(SignatureError):
    """A public key is not a minisign Ed25519 public key."""


class MalformedSignature(SignatureError):
    """A .minisig file is not in minisign's format; the message names the line."""


class UnknownKey(SignatureError):
    """Signed by a key that is not one of the trusted public keys."""


class TamperedData(SignatureError):
    """The signature does not match the data: the file was changed after signing (or is another file)."""


class BadGlobalSignature(SignatureError):
    """The trusted comment was changed (or the signature lines were swapped between files)."""


class BadTrustedComment(SignatureError):
    """The trusted comment lacks our serial/expiry or holds a malformed one."""


class Expired(SignatureError):
    """The signed file's expiry has passed."""


class NotNewer(SignatureError):
    """The signed file's serial is not above the one already applied (a replayed old file)."""


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it (`minisign public key A20F7753A1663A8E`).

    minisign prints the little-endian number with printf's %X, so without
    leading zeros: one key in sixteen has a 15-digit id, and the id in our
    messages must be the one IT sees in minisign.pub.
    """
    return format(int.from_bytes(key_id, "little"), "X")


@dataclass(frozen=True)
class PublicKey:
    """One trusted minisign public key."""

    key_id: bytes     # 8 bytes, as stored in the key and in the signature
    key: bytes        # 32 bytes, Ed25519

    @property
    def key_id_hex(self) -> str:
        return key_id_text(self.key_id)


@dataclass(frozen=True)
class TrustedComment:
    """Our `serial:N expires:TIME` words from a trusted comment; others kept in `fields`."""

    text: str
    serial: int | None = None
    expires: datetime | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Verified:
    """What a good signature proves: which key signed, and the trusted comment it signed."""

    key_id: str                  # minisign's printed form, e.g. "A20F7753A1663A8E"
    trusted_comment: str         # the raw text after "trusted comment: "
    comment: TrustedComment      # that text parsed by our convention
    prehashed: bool              # True for "ED" (minisign's default), False for legacy "Ed"

    @property
    def serial(self) -> int | None:
        return self.comment.serial

    @property
    def expires(self) -> datetime | None:
        return self.comment.expires


@dataclass(frozen=True)
class _Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def _b64(text: str, what: str, error: type[SignatureError]) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise error(f"{what}: not base64") from None


def parse_public_key(text: str, *, source: str = "public key") -> PublicKey:
    """A public key from the text of a `minisign.pub` file or its base64 line alone."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    if len(lines) != 1:
        raise MalformedKey(f"{source}: expected one base64 line of a minisign public key (RW...)")
    raw = _b64(lines[0], source, MalformedKey)
    if len(raw) != 42:
        raise MalformedKey(f"{source}: {len(raw)} bytes, a minisign public key has 42")
    if raw[:2] != b"Ed":
        raise MalformedKey(f"{source}: not an Ed25519 minisign public key")
    return PublicKey(key_id=raw[2:10], key=raw[10:])


def load_public_key(path: str | Path) -> PublicKey:
    """A public key from a `minisign.pub` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MalformedKey(f"{path}: cannot read: {exc}") from None
    return parse_public_key(text, source=str(path))


def _parse_signature(text: str, source: str) -> _Signature:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [line.removesuffix("\r") for line in lines]
    if len(lines) < 4:
        raise MalformedSignature(
            f"{source}: {len(lines)} lines, a minisign signature has 4 "
            "(untrusted comment, signature, trusted comment, global signature)")
    if len(lines) > 4:
        raise MalformedSignature(f"{source}:5: unexpected text after the global signature")
    if not lines[0].startswith(UNTRUSTED_PREFIX):
        raise MalformedSignature(f"{source}:1: expected '{UNTRUSTED_PREFIX.strip()}'")
    raw = _b64(lines[1], f"{source}:2: signature", MalformedSignature)
    if len(raw) != 74:
        raise MalformedSignature(f"{source}:2: {len(raw)} bytes, a minisign signature has 74")
    if raw[:2] not in (b"Ed", b"ED"):
        raise MalformedSignature(
            f"{source}:2: unknown signature algorithm {raw[:2]!r} (expected 'ED' or legacy 'Ed')")
    if not lines[2].startswith(TRUSTED_PREFIX):
        raise MalformedSignature(f"{source}:3: expected '{TRUSTED_PREFIX.strip()}'")
    global_signature = _b64(lines[3], f"{source}:4: global signature", MalformedSignature)
    if len(global_signature) != 64:
        raise MalformedSignature(
            f"{source}:4: {len(global_signature)} bytes, a global signature has 64")
    return _Signature(algorithm=raw[:2], key_id=raw[2:10], signature=raw[10:],
                      trusted_comment=lines[2][len(TRUSTED_PREFIX):],
                      global_signature=global_signature)


def parse_trusted_comment(text: str) -> TrustedComment:
    """Our `serial:N expires:TIME` convention; a malformed serial or expiry is an error, a missing one is None."""
    fields: dict[str, str] = {}
    for word in text.split():
        name, sep, value = word.partition(":")
        if sep and name:
            fields.setdefault(name, value)
    serial = expires = None
    if "serial" in fields:
        value = fields["serial"]
        if not value.isascii() or not value.isdigit():
            raise BadTrustedComment(f"trusted comment: serial {value!r} is not a whole number")
        serial = int(value)
    if "expires" in fields:
        value = fields["expires"]
        try:
            expires = datetime.fromisoformat(value)
        except ValueError:
            raise BadTrustedComment(
                f"trusted comment: expires {value!r} is not an ISO 8601 time "
                "(e.g. 2027-01-31T00:00:00Z)") from None
        if expires.tzinfo is None:
            raise BadTrustedComment(
                f"trusted comment: expires {value!r} has no time zone (end it with Z or +02:00)")
    return TrustedComment(text=text, serial=serial, expires=expires, fields=fields)


def _as_keys(public_keys: Iterable[PublicKey | str]) -> list[PublicKey]:
    keys = [k if isinstance(k, PublicKey) else parse_public_key(k) for k in public_keys]
    if not keys:
        raise UnknownKey("no trusted public key is configured")
    if len(keys) > MAX_KEYS:
        raise MalformedKey(f"{len(keys)} public keys given; at most {MAX_KEYS} (old and new, during a rotation)")
    return keys


def verify(data: bytes, signature: str | bytes, public_keys: Sequence[PublicKey | str], *,
           source: str = "signature") -> Verified:
    """Check `signature` (a .minisig's text) over `data` against one of up to two trusted keys.

    Both checks minisign makes: the signature over the data (prehashed "ED"
    or legacy "Ed") and the global signature over signature + trusted
    comment. `source` names the .minisig in error messages. Raises a
    `SignatureError` subclass; returns `Verified` when both hold.
    """
    if isinstance(signature, bytes):
        if len(signature) > _MAX_SIGNATURE_BYTES:
            raise MalformedSignature(f"{source}: {len(signature)} bytes, too large for a minisign signature")
        try:
            signature = signature.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedSignature(f"{source}: not UTF-8 text") from None
    elif len(signature) > _MAX_SIGNATURE_BYTES:
        raise MalformedSignature(f"{source}: too large for a minisign signature")
    keys = _as_keys(public_keys)
    sig = _parse_signature(signature, source)
    key = next((k for k in keys if k.key_id == sig.key_id), None)
    if key is None:
        trusted = ", ".join(k.key_id_hex for k in keys)
        raise UnknownKey(
            f"{source}: signed with key {key_id_text(sig.key_id)}, "
            f"which is not a trusted public key (trusted: {trusted})")
    # start-up time: every start parses [fleet]'s keys, only a fetched file is verified.
    import hashlib

    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    ed = Ed25519PublicKey.from_public_bytes(key.key)
    prehashed = sig.algorithm == b"ED"
    message = hashlib.blake2b(data, digest_size=64).digest() if prehashed else data
    try:
        ed.verify(sig.signature, message)
    except InvalidSignature:
        raise TamperedData(
            f"{source}: the signature by key {key.key_id_hex} does not match the file: "
            "it was changed after signing, or the signature belongs to another file") from None
    try:
        ed.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise BadGlobalSignature(
            f"{source}:4: the global signature does not match the trusted comment "
            f"{sig.trusted_comment!r}: the trusted comment was changed") from None
    return Verified(key_id=key.key_id_hex, trusted_comment=sig.trusted_comment,
                    comment=parse_trusted_comment(sig.trusted_comment), prehashed=prehashed)


def check_fresh(verified: Verified, *, now: datetime, applied_serial: int | None) -> None:
    """Refuse a verified file whose trusted comment lacks serial/expires, has expired, or is not newer.

    `now` must carry a time zone. `applied_serial` is the serial of the file
    in use (None when none was applied yet): a serial must be strictly above it.
    """
    comment = verified.comment
    if comment.serial is None:
        raise BadTrustedComment(
            f"trusted comment {comment.text!r} has no serial (sign with -t \"serial:N expires:TIME\")")
    if comment.expires is None:
        raise BadTrustedComment(
            f"trusted comment {comment.text!r} has no expiry (sign with -t \"serial:N expires:TIME\")")
    if comment.expires <= now:
        raise Expired(f"signed file expired at {comment.expires.isoformat()} (serial {comment.serial})")
    if applied_serial is not None and comment.serial <= applied_serial:
        raise NotNewer(
            f"serial {comment.serial} is not newer than the applied serial {applied_serial} "
            "(an old file served again is refused)")
