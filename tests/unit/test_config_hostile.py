"""Hostile values in a configuration: each is one exact error line, never a traceback.

The failures of issue 18 (a 300-character time zone, every string 100 000
characters long, an error in [helpers] hiding those in [deployment]) and the
cousins the property test (test_config_property.py) found on the old code:
a number with thousands of digits, '~user' paths for a user that does not
exist, a PIN hash with a huge cost number, a time zone that is a folder.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.core.config import schema as S
from kiosk.core.config.site import parse_config
from kiosk.core.config.shape import CHECKER_FAULT
from tests.helpers.config_strategies import every_string
from tests.helpers.toml_text import dumps
from tests.unit.test_config import BASE, errors_of, replace

LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<key>\S.*?): (?P<message>.+)$")


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_a_300_character_time_zone_is_one_error_from_check_config(tmp_path):
    # Before: OSError "File name too long" from zoneinfo, a traceback and exit 1.
    site = tmp_path / "site.toml"
    site.write_text(replace('time_zone = "Europe/Helsinki"', f'time_zone = "{"A" * 300}"'))
    result = run_cli("check-config", str(site))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{site}:7: site.time_zone: too long: 300 characters, at most 64 (it begins '{'A' * 30}')"]


@pytest.mark.parametrize("zone", [
    "Europe",                    # a folder of the zone database (IsADirectoryError before)
    "Europe/Helsinki/extra",     # under a file (NotADirectoryError)
    "../../../../etc/passwd",    # outside the database
    "/etc/localtime",
    "zone1970.tab",              # a file of the database that is no zone
    "Nowhere/" + "A" * 50,       # within the bound, no such zone
    "Europe/Helsinki ",
])
def test_time_zones_zoneinfo_cannot_open_are_unknown(zone):
    assert errors_of(replace('time_zone = "Europe/Helsinki"', f'time_zone = "{zone}"')) == [
        f"site.toml:7: site.time_zone: unknown time zone '{zone}' (for example Europe/Helsinki)"]


def test_every_string_100000_characters_long(tmp_path):
    # Before: the first of them that reached zoneinfo or the file system was a traceback.
    doc, paths = every_string(S.SCHEMA, "", "x" * 100_000)
    site = tmp_path / "site.toml"
    site.write_text(dumps(doc), encoding="utf-8")
    result = run_cli("check-config", str(site))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), [line[:200] for line, m in zip(lines, parsed) if not m]
    too_long = {m["key"] for m in parsed if m["message"].startswith("too long: 100000 characters, at most ")}
    # Every string of every section is named, each on its own line; the messages stay short.
    assert too_long == set(paths)
    assert len(paths) >= 40
    assert max(len(line) for line in lines) < 400


def test_an_error_in_helpers_does_not_hide_one_in_deployment():
    text = replace('start = "10:00"', 'start = "25:00"') + '\n[deployment]\nnightly_restart = "26:00"\n'
    assert errors_of(text) == [
        "site.toml:33: helpers.shifts[0].start: not a time of day: '25:00' (use HH:MM, 00:00-23:59)",
        "site.toml:38: deployment.nightly_restart: not a time of day: '26:00' (use HH:MM, 00:00-23:59)"]


def test_one_run_lists_an_error_in_every_section():
    text = (replace('time_zone = "Europe/Helsinki"', 'time_zone = "Mars/Olympus"')
            .replace("idle_timeout_s = 180", "idle_timeout_s = 5")
            .replace('url = "https://www.kela.fi/omakela"', 'url = "https://www.kela.fi:8443/"')
            .replace('extra_hosts = ["fonts.example.fi"]', 'extra_hosts = ["fonts example"]')
            .replace('day = "tue"', 'day = "tuesday"')
            + '\n[guides]\nextra_dirs = ["no-such-folder"]\n'
            + '\n[sync]\ninterval_s = 1\n'
            + '\n[deployment]\nnightly_restart = "noon"\n')
    keys = [e.split(": ")[1] for e in errors_of(text)]
    assert keys == ["site.time_zone", "session.idle_timeout_s", "tiles[1].url", "browser.extra_hosts[0]",
                    "helpers.shifts[0].day", "guides.extra_dirs[0]", "sync.interval_s",
                    "deployment.nightly_restart"]


def test_a_number_with_thousands_of_digits(tmp_path):
    # Before: tomllib's int() raised ValueError (more than 4300 digits), a traceback.
    site = tmp_path / "site.toml"
    site.write_text(replace("idle_timeout_s = 180", f"idle_timeout_s = {'9' * 5000}"))
    result = run_cli("check-config", str(site))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{site}:10: (toml): a number with thousands of digits; a configuration never needs that"]


def test_a_home_folder_of_a_user_that_does_not_exist():
    # Before: RuntimeError "Could not determine home directory" from Path.expanduser.
    assert errors_of(replace('icon = "kanta"', 'icon = "~no-such-user-here/kanta.svg"')) == [
        "site.toml:17: tiles[0].icon: there is no user 'no-such-user-here' on this computer "
        "(the path starts with '~no-such-user-here')"]


def test_a_pin_hash_with_a_cost_of_thousands_of_digits():
    # Before: int() of the cost in kiosk/core/session/pin.py raised ValueError, a traceback.
    huge = f"scrypt$n={'9' * 4400},r=8,p=1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA"
    errors = errors_of(replace('pin_hash = "', f'pin_hash = "{huge}" #'))
    assert errors == [f"site.toml:29: admin.pin_hash: too long: {len(huge)} characters, at most 1000 "
                      "(it begins 'scrypt$n=999999999999999999999')"]


@pytest.mark.parametrize("escape,code,where", [("\\u0000", "U+0000", 2), ("\\u001b[31m", "U+001B", 2),
                                               ("\\u007f", "U+007F", 2), ("\\u0085", "U+0085", 2)])
def test_control_characters_are_refused_where_they_are(escape, code, where):
    errors = errors_of(replace('name = "Test point"', f'name = "T{escape}est point"'))
    assert len(errors) == 1
    assert errors[0].startswith(f"site.toml:3: site.name: contains a control character ({code}) at "
                                f"character {where} of 'T\\x")


def test_a_key_name_100000_characters_long_is_shown_short():
    errors = errors_of(BASE + f'\n[guides]\n"{"k" * 100_000}" = 1\n" " = 2\n')
    assert errors == [f"site.toml:38: guides.{'k' * 60}… (100000 characters): unknown key",
                      'site.toml:39: guides." ": unknown key']


def test_too_many_items():
    hosts = ", ".join(f'"h{i}.example.fi"' for i in range(1001))
    assert errors_of(replace('extra_hosts = ["fonts.example.fi"]', f"extra_hosts = [{hosts}]")) == [
        "site.toml:26: browser.extra_hosts: too many entries: 1001, at most 1000"]


def test_a_file_of_endless_bytes_is_refused_not_read_forever():
    # Before: read whole (here: never finishing, memory growing).
    result = run_cli("check-config", "/dev/zero")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "/dev/zero:1: (file): larger than 16 MiB; a configuration is a few kilobytes"]


def test_values_of_other_types_are_named():
    doc = tomllib.loads(BASE)
    doc["site"]["time_zone"] = tomllib.loads("d = 1979-05-27T07:32:00")["d"]
    doc["session"]["idle_timeout_s"] = 180.5
    doc["site"]["languages"] = ["fi", ["sv"], {"en": True}]
    doc["deployment"] = {"nightly_restart": tomllib.loads("t = 03:00:00")["t"]}
    assert [e.split(": ", 1)[1] for e in errors_of(dumps(doc))] == [
        "site.languages[1]: expected a string, got an array",
        "site.languages[2]: expected a string, got a table",
        "site.time_zone: expected a string, got a date and time",
        "session.idle_timeout_s: expected an integer, got a number",
        "deployment.nightly_restart: expected a string, got a time of day"]


def test_an_exception_nobody_foresaw_names_its_section_and_the_rest_is_still_checked(monkeypatch):
    # The net under the checks: a fault injected into the helpers' checks
    # (a stand-in for a bug not yet found) is one line on [helpers], and the
    # error in [deployment] is still listed.
    import kiosk.core.config.site_checks as checks

    def broken(*args, **kwargs):
        raise KeyError("simulated fault in a check")

    monkeypatch.setattr(checks, "help_settings", broken)
    config_, errors = parse_config(BASE + '\n[deployment]\nnightly_restart = "26:00"\n', "site.toml")
    assert config_ is None
    lines = [str(e) for e in errors]
    assert len(lines) == 2
    assert lines[0].startswith(f"site.toml:31: helpers: {CHECKER_FAULT} (KeyError at test_config_hostile.py:")
    assert lines[1] == ("site.toml:38: deployment.nightly_restart: not a time of day: '26:00' "
                        "(use HH:MM, 00:00-23:59)")


def test_the_shipped_demo_still_passes():
    from kiosk.demo import demo_config_path

    result = run_cli("check-config", str(demo_config_path()))
    assert result.returncode == 0, result.stderr
