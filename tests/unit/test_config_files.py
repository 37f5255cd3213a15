"""The files and folders a configuration names are checked on disk (issue 18).

Before, `sync.token_file` and `sync.ca_file` that were missing, a folder, or
(the token) readable by everyone passed `check-config`, and so did a
`sync.directory` that does not exist. Real files in a temporary folder; the
chmod a message asks for is run, and then the file passes.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from kiosk.core.config.site import parse_config
from tests.unit.test_config import BASE


def sync_errors(tmp_path: Path, sync: str, *, files: bool = True) -> list[str]:
    """The errors of BASE with this [sync] table, as a file in `tmp_path` (relative paths from there)."""
    site = tmp_path / "site.toml"
    text = BASE + "\n[sync]\n" + sync
    site.write_text(text, encoding="utf-8")
    config, errors = parse_config(text, str(site), **({} if files else {"files": False}))
    assert (config is None) == bool(errors)
    return [str(e).removeprefix(f"{site}:") for e in errors]


@pytest.fixture
def token(tmp_path: Path) -> Path:
    path = tmp_path / "token"
    path.write_text("0123456789abcdef\n")
    path.chmod(0o600)
    return path


# -- sync.token_file -------------------------------------------------------------------

def test_a_private_token_file_passes_and_is_made_absolute(tmp_path, token):
    site = tmp_path / "site.toml"
    config, errors = parse_config(BASE + '\n[sync]\ntoken_file = "token"\n', str(site))
    assert errors == []
    assert config.sync.token_file == str(token)


def test_a_missing_token_file(tmp_path):
    assert sync_errors(tmp_path, 'token_file = "token"\n') == [
        f"38: sync.token_file: 'token' does not exist (looked for {tmp_path / 'token'})"]


def test_a_folder_as_token_file(tmp_path):
    (tmp_path / "secrets").mkdir()
    assert sync_errors(tmp_path, 'token_file = "secrets"\n') == [
        f"38: sync.token_file: 'secrets' is a folder, not a file (looked for {tmp_path / 'secrets'})"]


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_token_file_others_can_read_names_the_chmod_and_the_chmod_mends_it(tmp_path, token, mode):
    token.chmod(mode)
    errors = sync_errors(tmp_path, f'token_file = "{token}"\n')
    command = f"chmod 600 {token}"
    assert errors == [f"38: sync.token_file: '{token}' can be read by other users of this computer "
                      f"(mode {mode:04o}); run: {command}"]
    subprocess.run(command, shell=True, check=True)
    assert sync_errors(tmp_path, f'token_file = "{token}"\n') == []


def test_an_empty_token_file_a_device_and_a_huge_file(tmp_path, token):
    token.write_text("  \n")
    assert sync_errors(tmp_path, 'token_file = "token"\n') == [
        "38: sync.token_file: 'token' is empty; put the token in it, or remove this key"]
    assert sync_errors(tmp_path, 'token_file = "/dev/null"\n') == [
        "38: sync.token_file: '/dev/null' is not a regular file (a device, pipe or socket)"]
    token.write_bytes(b"x" * 5000)
    assert sync_errors(tmp_path, 'token_file = "token"\n') == [
        "38: sync.token_file: 'token' is too big (5000 bytes; at most 4096)"]


def test_a_token_file_through_a_symbolic_link_is_judged_by_what_it_points_at(tmp_path, token):
    (tmp_path / "link").symlink_to(token)
    assert sync_errors(tmp_path, 'token_file = "link"\n') == []
    token.chmod(0o644)
    assert "can be read by other users" in sync_errors(tmp_path, 'token_file = "link"\n')[0]
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert sync_errors(tmp_path, 'token_file = "loop"\n') == ["38: sync.token_file: 'loop' is a loop of "
                                                               f"symbolic links (looked for {tmp_path / 'loop'})"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to check as a second user")
def test_a_token_file_the_kiosk_user_cannot_read():
    # The configuration checked by another user than the token's owner
    # (nobody, as the kiosk's own account would be): the file is private to
    # root, so it cannot be read, and the message says so. A forked child
    # takes nobody's identity (the interpreter under /root is not nobody's to
    # run), in a folder nobody may enter (pytest's own are root's only).
    nobody = pwd.getpwnam("nobody")
    folder = Path(tempfile.mkdtemp(prefix="digipiste-token-"))
    folder.chmod(0o755)
    token = folder / "token"
    token.write_text("0123456789abcdef\n")
    token.chmod(0o600)
    site = folder / "site.toml"
    assert parse_config(BASE + '\n[sync]\ntoken_file = "token"\n', str(site))[1] == []  # root reads it
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's result goes through the pipe
        try:
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            _config, errors = parse_config(BASE + '\n[sync]\ntoken_file = "token"\n', str(site))
            os.write(write, "\n".join(str(e) for e in errors).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        lines = fh.read().decode().splitlines()
    os.waitpid(child, 0)
    shutil.rmtree(folder)
    assert lines == [f"{site}:38: sync.token_file: 'token' cannot be read (permission denied); the kiosk's "
                     "user must be able to read it"]


# -- sync.ca_file ----------------------------------------------------------------------

def test_a_pem_ca_file_passes_readable_by_all(tmp_path, ca_pem):
    shutil.copy(ca_pem, tmp_path / "ca.pem")
    (tmp_path / "ca.pem").chmod(0o644)   # certificates are public
    assert sync_errors(tmp_path, 'ca_file = "ca.pem"\n') == []


def test_a_missing_a_folder_and_a_non_pem_ca_file(tmp_path):
    assert sync_errors(tmp_path, 'ca_file = "ca.pem"\n') == [
        f"38: sync.ca_file: 'ca.pem' does not exist (looked for {tmp_path / 'ca.pem'})"]
    (tmp_path / "certs").mkdir()
    assert sync_errors(tmp_path, 'ca_file = "certs"\n') == [
        f"38: sync.ca_file: 'certs' is a folder, not a file (looked for {tmp_path / 'certs'})"]
    (tmp_path / "ca.pem").write_text("not a certificate\n")
    errors = sync_errors(tmp_path, 'ca_file = "ca.pem"\n')
    assert len(errors) == 1
    assert errors[0].startswith("38: sync.ca_file: 'ca.pem' holds no certificate TLS can use (")
    assert errors[0].endswith("); it must be PEM ('-----BEGIN CERTIFICATE-----')")


# -- sync.directory --------------------------------------------------------------------

def test_a_sync_folder_that_does_not_exist_is_an_error_and_is_not_made(tmp_path):
    assert sync_errors(tmp_path, 'target = "directory"\ndirectory = "usb/digipiste"\n') == [
        f"39: sync.directory: 'usb/digipiste' does not exist (looked for {tmp_path / 'usb' / 'digipiste'}); "
        "the kiosk never creates it: create it, or mount the share or stick"]
    assert not (tmp_path / "usb").exists()


def test_a_file_as_sync_folder_and_an_existing_one(tmp_path):
    (tmp_path / "usb").write_text("")
    assert sync_errors(tmp_path, 'target = "directory"\ndirectory = "usb"\n') == [
        f"39: sync.directory: 'usb' is a file, not a folder (looked for {tmp_path / 'usb'})"]
    (tmp_path / "usb").unlink()
    (tmp_path / "usb").mkdir()
    assert sync_errors(tmp_path, 'target = "directory"\ndirectory = "usb"\n') == []


def test_every_file_is_checked_in_one_run(tmp_path):
    text = 'target = "directory"\ndirectory = "usb"\ntoken_file = "token"\nca_file = "ca.pem"\n'
    keys = [e.split(": ")[1] for e in sync_errors(tmp_path, text)]
    assert keys == ["sync.directory", "sync.token_file", "sync.ca_file"]


def test_the_saved_last_valid_copy_is_not_judged_by_the_files(tmp_path):
    # load_last_good reads the copy with files=False: a stick taken out must
    # not leave the terminal without a configuration.
    text = 'target = "directory"\ndirectory = "usb"\ntoken_file = "token"\n'
    assert sync_errors(tmp_path, text, files=False) == []
    assert sync_errors(tmp_path, 'token_file = "~no-such-user-here/token"\n', files=False) == [
        "38: sync.token_file: there is no user 'no-such-user-here' on this computer "
        "(the path starts with '~no-such-user-here')"]
