"""[helpers.broker] in a site's configuration: absent = own queue; present = checked, every error named.

Real files in a temporary folder (certificates made by kiosk/broker_certs.py,
as `kiosk broker-certs` makes them) and the real `kiosk check-config`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import broker_certs as BC
from kiosk.core.config.site import parse_config
from kiosk.core.help.broker_settings import BrokerSettings, url_problem
from tests.configs import local_config_text

BASE = local_config_text({"kela": "https://www.kela.fi/"})


@pytest.fixture
def site(tmp_path) -> Path:
    """A folder made by the certificate maker, with the configuration file beside it."""
    BC.make_site(tmp_path / "certs", "test", ["t1", "t2"], ["broker.local"], [])
    return tmp_path


def table(url="mqtts://broker.local:8883", ca="certs/ca.pem", cert="certs/terminals/t1.pem",
          key="certs/terminals/t1.key") -> str:
    lines = ["[helpers.broker]"]
    for name, value in (("url", url), ("ca_file", ca), ("cert_file", cert), ("key_file", key)):
        if value is not None:
            lines.append(f'{name} = "{value}"')
    return "\n".join(lines) + "\n"


def parse(site: Path, text: str):
    path = site / "site.toml"
    path.write_text(BASE + text, encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), str(path))


def messages(errors) -> list[str]:
    return [f"{e.key}: {e.message}" for e in errors]


def test_without_the_table_the_terminal_keeps_its_own_queue(site):
    config, errors = parse(site, "")
    assert errors == []
    assert config.broker is None


def test_an_empty_table_is_the_same_as_none(site):
    config, errors = parse(site, "[helpers.broker]\n")
    assert errors == [] and config.broker is None


def test_a_full_table_gives_typed_settings_with_paths_relative_to_the_file(site):
    config, errors = parse(site, table())
    assert errors == [], messages(errors)
    assert config.broker == BrokerSettings(
        host="broker.local", port=8883, ca_file=site / "certs/ca.pem", cert_file=site / "certs/terminals/t1.pem",
        key_file=site / "certs/terminals/t1.key", url="mqtts://broker.local:8883")


def test_the_port_defaults_to_8883(site):
    config, errors = parse(site, table(url="mqtts://10.0.0.5"))
    assert errors == [] and (config.broker.host, config.broker.port) == ("10.0.0.5", 8883)


def test_a_missing_key_is_named_with_what_to_put_there(site):
    config, errors = parse(site, table(key=None))
    assert config is None
    assert messages(errors) == ["helpers.broker.key_file: needed in [helpers.broker]: this terminal's key "
                                "(terminals/<terminal id>.key from `kiosk broker-certs`); or remove the table "
                                "for this terminal's own queue"]
    assert errors[0].line == BASE.count("\n") + 1   # the [helpers.broker] line


@pytest.mark.parametrize("url, words", [
    ("mqtt://broker.local:1883", "'mqtt://' is not allowed: the shared queue always uses TLS, write "
                                 "mqtts://broker.local:1883"),
    ("broker.local:8883", "not a broker address: 'broker.local:8883'; write it as "
                          "mqtts://digipiste-broker.local:8883"),
    ("mqtts://user:pw@broker.local", "no user name or password in the address: the terminal logs in with its "
                                     "certificate (cert_file)"),
    ("mqtts://broker.local:99999", "not a broker address: 'mqtts://broker.local:99999' (Port out of range "
                                   "0-65535); write it as mqtts://digipiste-broker.local:8883"),
    ("mqtts://broker.local/x", "only mqtts://host:port, nothing after it: 'mqtts://broker.local/x'"),
])
def test_a_bad_url_is_one_clear_error_on_its_line(site, url, words):
    config, errors = parse(site, table(url=url))
    assert config is None
    assert messages(errors) == [f"helpers.broker.url: {words}"]
    assert errors[0].line == BASE.count("\n") + 2


def test_a_key_readable_by_others_names_the_file_and_the_chmod(site):
    key = site / "certs/terminals/t1.key"
    os.chmod(key, 0o644)
    config, errors = parse(site, table())
    assert config is None
    assert messages(errors) == [f"helpers.broker.key_file: 'certs/terminals/t1.key' can be read by other users "
                                f"of this computer (mode 0644); run: chmod 600 {key}"]


def test_a_key_readable_by_the_group_is_refused_too(site):
    os.chmod(site / "certs/terminals/t1.key", 0o640)
    _, errors = parse(site, table())
    assert [e.key for e in errors] == ["helpers.broker.key_file"] and "mode 0640" in errors[0].message


def test_a_missing_file_says_where_it_was_looked_for(site):
    _, errors = parse(site, table(cert="certs/terminals/t9.pem"))
    assert messages(errors) == [f"helpers.broker.cert_file: 'certs/terminals/t9.pem' does not exist "
                                f"(looked for {site / 'certs/terminals/t9.pem'})"]


def test_another_terminals_key_is_not_the_pair_of_this_certificate(site):
    _, errors = parse(site, table(key="certs/terminals/t2.key"))
    assert messages(errors) == ["helpers.broker.key_file: 'certs/terminals/t2.key' is not the key of the "
                                "certificate in cert_file 'certs/terminals/t1.pem'"]


def test_a_certificate_given_as_the_ca_file_is_accepted_but_a_key_is_not(site):
    _, errors = parse(site, table(ca="certs/terminals/t1.key"))
    assert [e.key for e in errors] == ["helpers.broker.ca_file"]
    assert "holds no certificate TLS can use" in errors[0].message


def test_a_key_file_that_is_not_a_key(site):
    bad = site / "certs/terminals/not-a-key.key"
    bad.write_text("hello\n")
    os.chmod(bad, 0o600)
    _, errors = parse(site, table(key="certs/terminals/not-a-key.key"))
    assert messages(errors) == ["helpers.broker.key_file: 'certs/terminals/not-a-key.key' is not a private key "
                                "('-----BEGIN PRIVATE KEY-----') in PEM form"]


def test_a_key_the_kiosk_user_cannot_read_when_checked_as_root(site, monkeypatch):
    """check-config run by root for the kiosk's own user: a key owned by root (0600) is refused."""
    from kiosk.core.help import broker_settings as B

    if os.geteuid() != 0:
        pytest.skip("needs root: the files must belong to someone other than the kiosk's user")
    # As if `nobody` were the kiosk's user (the real check looks up 'digipiste', absent here).
    monkeypatch.setattr(B, "KIOSK_USER", "nobody")
    os.chmod(site / "certs/terminals/t1.pem", 0o600)
    config, errors = parse(site, table())
    assert errors == [] and config.broker is not None, "the kiosk reads its files as itself: no such check"
    with B.checking_for_kiosk_user():
        _, errors = parse(site, table())
    key = site / "certs/terminals/t1.key"
    cert = site / "certs/terminals/t1.pem"
    assert messages(errors) == [
        f"helpers.broker.cert_file: 'certs/terminals/t1.pem' cannot be read by the kiosk's user (nobody): "
        f"owned by uid 0, mode 0600; run: chown nobody {cert}",
        f"helpers.broker.key_file: 'certs/terminals/t1.key' cannot be read by the kiosk's user (nobody): "
        f"owned by uid 0, mode 0600; run: chown nobody {key}"]


def test_check_config_prints_every_broker_error_and_exits_2(site):
    os.chmod(site / "certs/terminals/t1.key", 0o604)
    path = site / "site.toml"
    path.write_text(BASE + table(url="mqtt://broker.local"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kiosk", "check-config", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2, done
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"{path}:") and "helpers.broker.url: 'mqtt://' is not allowed" in line
               for line in lines), lines
    assert any("helpers.broker.key_file:" in line and "(mode 0604)" in line for line in lines), lines


def test_url_problem_accepts_ipv6():
    assert url_problem("mqtts://[fd00::5]:8883") == (("fd00::5", 8883), None)


def test_check_config_warns_of_a_certificate_that_expires_soon(site):
    import datetime as dt

    folder = BC.SiteFolder(site / "certs")
    ca, ca_key = folder.load_ca()
    end = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=10, hours=1)
    cert, key = BC.make_terminal_cert(ca, ca_key, "t1", not_after=end)
    folder.write_pair(folder.terminal_cert("t1"), folder.terminal_key("t1"), cert, key)
    path = site / "site.toml"
    path.write_text(BASE + table(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kiosk", "check-config", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"{path}: helpers.broker.cert_file: the certificate expires on {end:%Y-%m-%d} (in 10 days): make a new "
        "one with `kiosk broker-certs --out DIR --terminals ID --renew` (warning)"]


def test_a_certificate_of_another_ca_is_a_warning(site):
    from kiosk.core.help.broker_settings import certificate_warnings

    other, other_key = BC.make_ca("elsewhere")
    cert, key = BC.make_terminal_cert(other, other_key, "t1")
    folder = BC.SiteFolder(site / "certs")
    folder.write_pair(folder.terminal_cert("t1"), folder.terminal_key("t1"), cert, key)
    config, errors = parse(site, table())
    assert errors == []
    assert certificate_warnings(config.broker) == [
        ("helpers.broker.cert_file", "the certificate is not signed by the site CA in ca_file; the broker refuses "
                                     "it unless it trusts that other CA")]
