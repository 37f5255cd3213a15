"""The release channel file: which release a terminal should run, and whether this terminal takes it yet.

IT publishes `channel.toml` with `channel.toml.minisig` beside it (signed with
minisign like the site configuration; the trusted comment carries the serial
and the expiry, checked by kiosk.core.fleet.signature). The file itself says:

    [release]
    version = "0.2.0"
    archive_url = "https://updates.example.fi/digipiste/digipiste-0.2.0.tar.zst"
    sha256 = "<the archive's line in SHA256SUMS>"
    rollout_percent = 10

Why the archive's hash is inside the signed file rather than a signed
SHA256SUMS beside the archive: one signature covers everything the terminal
acts on, so there is a single serial to check against replay and a single file
to sign per rollout step; a second signed file would need its own serial and
could be paired with the wrong channel. `sha256` is copied from the SHA256SUMS
that `./dev bundle --archive` writes (the same line people compare by hand).

Pure: no network, no files. The staged rollout is a stable hash of the
release and the terminal id, so raising the percentage only adds terminals.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from urllib.parse import urlsplit

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$")


class ChannelError(ValueError):
    """The channel file cannot be used; the message names the key."""


@dataclass(frozen=True)
class Channel:
    """One release, as the signed channel file names it."""

    version: str
    archive_url: str
    sha256: str
    rollout_percent: int

    @property
    def archive_name(self) -> str:
        return urlsplit(self.archive_url).path.rsplit("/", 1)[-1]


def https_problem(url: str) -> str | None:
    """Why `url` may not be fetched: https only (http only for 127.0.0.1 and localhost, as [sync]).
    The address is named by shown_url() only: the message reaches the journal and update.json, and
    a site may put an access token in the query."""
    from kiosk.core.fleet.settings import shown_url

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return f"not a web address: '{shown_url(url)}'"
    if any(c.isspace() or not c.isprintable() for c in url):
        return "must not contain spaces or control characters (write a space as %20)"
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and host in ("127.0.0.1", "localhost"):
        return None
    return f"must be an https:// address, got '{shown_url(url)}'"


def parse_channel(text: str, source: str = "channel.toml") -> Channel:
    """The [release] table of a channel file; ChannelError naming `source`, the key and what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ChannelError(f"{source}: not valid TOML: {exc}") from None
    release = data.get("release")
    if not isinstance(release, dict):
        raise ChannelError(f"{source}: release: the [release] table is missing")
    problems = []
    unknown = sorted(set(release) - {"version", "archive_url", "sha256", "rollout_percent"})
    problems += [f"{source}: release.{key}: unknown key" for key in unknown]
    version = release.get("version")
    if not isinstance(version, str) or not VERSION_RE.match(version):
        problems.append(f"{source}: release.version: must be a version like '0.2.0', got {version!r}")
    url = release.get("archive_url")
    if not isinstance(url, str):
        problems.append(f"{source}: release.archive_url: missing (the https:// address of the .tar.zst)")
    elif (why := https_problem(url)) is not None:
        problems.append(f"{source}: release.archive_url: {why}")
    digest = release.get("sha256")
    if not isinstance(digest, str) or not SHA256_RE.match(digest.strip().lower()):
        problems.append(f"{source}: release.sha256: must be the archive's 64 hexadecimal digits from SHA256SUMS")
    percent = release.get("rollout_percent", 100)
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        problems.append(f"{source}: release.rollout_percent: must be a whole number 0-100, got {percent!r}")
    if problems:
        raise ChannelError("\n".join(problems))
    return Channel(version, url, digest.strip().lower(), percent)


def rollout_bucket(version: str, terminal_id: str) -> int:
    """0-99, stable for a (release, terminal): the first 8 bytes of sha256("version\\nterminal") mod 100."""
    digest = hashlib.sha256(f"{version}\n{terminal_id}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 100


def takes_release(channel: Channel, terminal_id: str) -> bool:
    """Does this terminal take the release at the channel's percentage? 0 never, 100 always."""
    return rollout_bucket(channel.version, terminal_id) < channel.rollout_percent


def serial_problem(serial: int, last_serial: int | None) -> str | None:
    """An older serial than the one last accepted is a replay (or a mistake): refused."""
    if last_serial is not None and serial < last_serial:
        return f"serial {serial} is older than {last_serial}, the last one this terminal accepted (replayed file?)"
    return None
