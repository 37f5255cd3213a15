"""[fleet] as the code reads it, and its checks of meaning (config_url, public_keys, ca_file).

Called by the site file's validator (kiosk/core/config/site_checks.py) like the other
sections: errors go to the validator as `PATH:LINE: fleet.key: message`.
Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from kiosk.core.config import files as F
from kiosk.core.config import schema as S
from kiosk.core.config.refs import url_shape_problem
from kiosk.core.config.shape import Validator


@dataclass(frozen=True)
class FleetSettings:
    """[fleet], checked: public keys parsed lines, the CA file absolute."""

    config_url: str = field(default=S.key_at("fleet.config_url").default)
    public_keys: tuple[str, ...] = ()
    ca_file: str = field(default=S.key_at("fleet.ca_file").default)
    interval_s: int = field(default=S.key_at("fleet.interval_s").default)
    release_url: str = field(default=S.key_at("fleet.release_url").default)   # `kiosk update` (issue 20)
    # Not a key of [fleet]: the bootstrap file's site.id (kiosk/core/config/bootstrap.py); when set, a
    # fetched file of another site is refused (a terminal pointed at another service point's address).
    site_id: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.config_url)

    @property
    def shown_url(self) -> str:
        """config_url as the log, the admin view and status.json name it (see shown_url())."""
        return shown_url(self.config_url)


def signature_url(url: str) -> str:
    """Where `url`'s minisign signature is: the same address with ".minisig" after the file name.

    Added to the path, not to the end of the address: a site that puts an access
    token in the query (`site.toml?token=…`) gets `site.toml.minisig?token=…`.
    """
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path + ".minisig"))


def shown_url(url: str) -> str:
    """Host, port and file name of `url`, without the folders, query or user part.

    The log never holds a full web address (kiosk/log.py), and a site may
    put an access token in the address's query: `config.example.fi/…/site.toml`.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname or "?"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(config_url)"
    folders, _, name = parts.path.rpartition("/")
    return f"{host}{port}/{'…/' if folders.strip('/') else ''}{name}"


def _check_https(v: Validator, key: str, url: str, whose: str) -> bool:
    """True when `url` is given and a usable https:// address; an error on `key` when it is not."""
    if not url:
        return False
    problem = url_shape_problem(url)
    if any(c.isspace() or not c.isprintable() for c in url):   # urllib refuses it at every poll
        problem = "must not contain spaces or control characters (write a space as %20)"   # a token may follow
    if problem is None and not url.lower().startswith("https://"):
        problem = f"must use https:// ({whose} signature proves who made it, https keeps it private)"
    if problem is not None:
        v.error(key, problem)
    return problem is None


def check_fleet(v: Validator, table: dict) -> FleetSettings:
    """The [fleet] keys checked across each other; FleetSettings() when the section is absent."""
    url = table.get("config_url") or ""
    _check_https(v, "fleet.config_url", url, "the file's")
    keys = list(table.get("public_keys") or ())
    if keys:
        # start-up time: the signature code is imported only for a file with [fleet] keys.
        from kiosk.core.fleet.signature import SignatureError, parse_public_key
    for i, text in enumerate(keys):
        try:
            parse_public_key(text, source="minisign public key")
        except SignatureError as exc:
            v.error(f"fleet.public_keys[{i}]", f"{exc} (the second line of minisign.pub, starting 'RW')")
    if url and not keys:
        v.error("fleet.public_keys", "needed when fleet.config_url is set: the minisign public key "
                                     "(or two, while a key is rotated) that signs the file",
                v.lines.line("fleet.config_url"))
    release_url = table.get("release_url") or ""
    if _check_https(v, "fleet.release_url", release_url, "the channel's") and not keys and not url:
        v.error("fleet.public_keys", "needed when fleet.release_url is set: the minisign public key "
                                         "(or two) that signs the release channel",
                    v.lines.line("fleet.release_url"))
    ca_file = table.get("ca_file") or ""
    if ca_file:
        if v.files:
            ca_file = F.check_ca_file(v, "fleet.ca_file", ca_file) or ca_file
        else:
            path, _problem = F.resolve(ca_file, v.base)
            ca_file = str(path) if path is not None else ca_file
    return FleetSettings(config_url=url, public_keys=tuple(keys), ca_file=ca_file,
                         interval_s=table.get("interval_s", S.key_at("fleet.interval_s").default),
                         release_url=release_url)
