"""The minisign verifier against signatures made by the real `minisign` command."""

from __future__ import annotations

import base64
import subprocess
from datetime import UTC, datetime

import pytest

from kiosk.core.fleet import signature as sig
from tests.helpers.minisign import make_key

COMMENT = "serial:7 expires:2027-01-31T00:00:00Z"


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    return make_key(root / "a"), make_key(root / "b")


@pytest.fixture
def signed(tmp_path, keys):
    data = tmp_path / "site.toml"
    data.write_text('[site]\nsite_id = "x"\n', encoding="utf-8")
    return data, keys[0].sign(data, COMMENT)


def test_a_minisign_signature_verifies_with_its_key_and_trusted_comment(signed, keys):
    data, minisig = signed
    got = sig.verify(data.read_bytes(), minisig.read_text(), [keys[0].public_line])
    assert got.key_id == sig.load_public_key(keys[0].public_file).key_id_hex
    assert got.prehashed is True
    assert got.trusted_comment == COMMENT
    assert got.serial == 7
    assert got.expires == datetime(2027, 1, 31, tzinfo=UTC)
    # minisign itself agrees on what the key id is
    assert got.key_id in keys[0].public_file.read_text().splitlines()[0]


def test_the_legacy_format_verifies_too(tmp_path, keys):
    data = tmp_path / "f"
    data.write_bytes(b"\x00binary\xff" * 100)
    minisig = keys[0].sign(data, COMMENT, legacy=True)
    got = sig.verify(data.read_bytes(), minisig.read_bytes(), [keys[0].public_line])
    assert got.prehashed is False and got.serial == 7


def test_either_of_two_keys_verifies_during_a_rotation(signed, keys):
    data, minisig = signed
    old, new = (sig.load_public_key(k.public_file) for k in keys)
    assert sig.verify(data.read_bytes(), minisig.read_text(), [new, old]).key_id == old.key_id_hex
    with pytest.raises(sig.MalformedKey, match="at most 2"):
        sig.verify(data.read_bytes(), minisig.read_text(), [new, old, old])


def test_a_changed_file_is_refused_as_tampered(signed, keys):
    data, minisig = signed
    with pytest.raises(sig.TamperedData, match="does not match the file"):
        sig.verify(data.read_bytes() + b"#\n", minisig.read_text(), [keys[0].public_line])


def test_a_signature_by_another_key_names_both_keys(signed, keys):
    data, minisig = signed
    a, b = (sig.load_public_key(k.public_file) for k in keys)
    with pytest.raises(sig.UnknownKey) as caught:
        sig.verify(data.read_bytes(), minisig.read_text(), [b], source="site.toml.minisig")
    assert str(caught.value) == (
        f"site.toml.minisig: signed with key {a.key_id_hex}, which is not a trusted public key "
        f"(trusted: {b.key_id_hex})")


def test_a_swapped_trusted_comment_fails_the_global_signature(signed, keys):
    data, minisig = signed
    lines = minisig.read_text().splitlines()
    lines[2] = "trusted comment: serial:999 expires:2099-01-01T00:00:00Z"
    with pytest.raises(sig.BadGlobalSignature, match=r"^x\.minisig:4: .*serial:999"):
        sig.verify(data.read_bytes(), "\n".join(lines) + "\n", [keys[0].public_line], source="x.minisig")


def test_a_trusted_comment_from_another_real_signature_is_refused(tmp_path, signed, keys):
    """Lines 3-4 genuinely signed by the key, but for another file: the global signature binds them to line 2."""
    data, minisig = signed
    old = tmp_path / "old.toml"
    old.write_text("[site]\n", encoding="utf-8")
    other = keys[0].sign(old, "serial:999 expires:2099-01-01T00:00:00Z")
    mine, theirs = minisig.read_text().splitlines(), other.read_text().splitlines()
    mixed = "\n".join([mine[0], mine[1], theirs[2], theirs[3]]) + "\n"
    with pytest.raises(sig.BadGlobalSignature):
        sig.verify(data.read_bytes(), mixed, [keys[0].public_line])


@pytest.mark.parametrize(("edit", "message"), [
    (lambda lines: lines[:3], r"^s: 3 lines, a minisign signature has 4"),
    (lambda lines: ["comment: x"] + lines[1:], r"^s:1: expected 'untrusted comment:'"),
    (lambda lines: [lines[0], "!!notbase64", *lines[2:]], r"^s:2: signature: not base64"),
    (lambda lines: [lines[0], lines[1][:-8], *lines[2:]], r"^s:2: (signature: not base64|\d+ bytes)"),
    (lambda lines: lines[:2] + ["trusted: x"] + lines[3:], r"^s:3: expected 'trusted comment:'"),
    (lambda lines: lines[:3] + ["AAAA"], r"^s:4: 3 bytes, a global signature has 64"),
    (lambda lines: lines + ["more"], r"^s:5: unexpected text"),
])
def test_a_malformed_signature_names_its_line(signed, keys, edit, message):
    data, minisig = signed
    text = "\n".join(edit(minisig.read_text().splitlines())) + "\n"
    with pytest.raises(sig.MalformedSignature, match=message):
        sig.verify(data.read_bytes(), text, [keys[0].public_line], source="s")


def test_windows_line_ends_are_accepted(signed, keys):
    data, minisig = signed
    text = minisig.read_text().replace("\n", "\r\n")
    assert sig.verify(data.read_bytes(), text, [keys[0].public_line]).serial == 7


@pytest.mark.parametrize("text", ["", "RWQ", "untrusted comment: x\nRWQA\nRWQB",     base64.b64encode(b"Xx" + bytes(40)).decode(), base64.b64encode(b"Ed" + bytes(41)).decode()])
def test_a_malformed_public_key_is_refused(text):
    with pytest.raises(sig.MalformedKey):
        sig.parse_public_key(text)


def test_the_whole_public_key_file_and_its_line_parse_the_same(keys):
    text = keys[0].public_file.read_text()
    assert sig.parse_public_key(text) == sig.parse_public_key(keys[0].public_line)


def test_key_file_id_matches_what_minisign_verifies_with(signed, keys):
    data, minisig = signed
    done = subprocess.run(["minisign", "-V", "-P", keys[0].public_line, "-m", str(data), "-x", str(minisig)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _verified(comment: str) -> sig.Verified:
    return sig.Verified(key_id="K", trusted_comment=comment, comment=sig.parse_trusted_comment(comment),
                        prehashed=True)


def test_freshness_accepts_a_newer_unexpired_file():
    sig.check_fresh(_verified("serial:8 expires:2027-01-01T00:00:00+02:00 note:x"), now=NOW, applied_serial=7)
    sig.check_fresh(_verified("serial:1 expires:2027-01-01T00:00:00Z"), now=NOW, applied_serial=None)


@pytest.mark.parametrize(("comment", "error", "message"), [
    ("serial:7 expires:2027-01-01T00:00:00Z", sig.NotNewer, "serial 7 is not newer than the applied serial 7"),
    ("serial:3 expires:2027-01-01T00:00:00Z", sig.NotNewer, "serial 3 is not newer"),
    ("serial:9 expires:2026-12-07T12:00:00Z", sig.Expired, "expired at 2026-12-07T12:00:00"),
    ("expires:2027-01-01T00:00:00Z", sig.BadTrustedComment, "has no serial"),
    ("serial:9", sig.BadTrustedComment, "has no expiry"),
])
def test_freshness_refuses(comment, error, message):
    with pytest.raises(error, match=message):
        sig.check_fresh(_verified(comment), now=NOW, applied_serial=7)


@pytest.mark.parametrize(("comment", "message"), [
    ("serial:x1", "serial 'x1' is not a whole number"),
    ("serial:-1", "is not a whole number"),
    ("expires:tomorrow", "'tomorrow' is not an ISO 8601 time"),
    ("expires:2027-01-01T00:00:00", "has no time zone"),
])
def test_a_malformed_serial_or_expiry_is_refused(comment, message):
    with pytest.raises(sig.BadTrustedComment, match=message):
        sig.parse_trusted_comment(comment)


def test_a_key_id_is_written_as_minisign_writes_it_without_leading_zeros():
    assert sig.key_id_text(bytes.fromhex("8e3a66a153770f02")) == "20F7753A1663A8E"
    assert sig.key_id_text(bytes.fromhex("8e3a66a15377a0f2")) == "F2A07753A1663A8E"
