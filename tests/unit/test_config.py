"""Configuration validation: every bad input gets its exact message and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.config import ConfigInvalid, load_config, parse_config
from kiosk.core.pin import hash_pin
from kiosk.demo import demo_config_path

HASH = hash_pin("1234", salt=b"0123456789abcdef")

# Line numbers below refer to this text; keep it stable.
BASE = f"""\
[site]
id = "test-site"
name = "Test point"
terminal_id = "t-1"
languages = ["fi", "sv", "en"]
default_language = "fi"
time_zone = "Europe/Helsinki"

[session]
idle_timeout_s = 180
warning_s = 30

[[tiles]]
id = "omakanta"
label = {{ fi = "OmaKanta", sv = "MittKanta", en = "MyKanta" }}
url = "https://omakanta.kanta.fi/"
icon = "kanta"
hosts = ["*.kanta.fi"]

[[tiles]]
id = "kela"
label = {{ fi = "OmaKela", sv = "MittFPA", en = "OmaKela" }}
url = "https://www.kela.fi/omakela"

[browser]
extra_hosts = ["fonts.example.fi"]

[admin]
pin_hash = "{HASH}"

[[helpers.shifts]]
day = "tue"
start = "10:00"
end = "12:00"
who = "eSeniorit"
"""


def replace(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def errors_of(text: str) -> list[str]:
    config, errors = parse_config(text, "site.toml")
    assert (config is None) == bool(errors)
    return [str(e) for e in errors]


def test_base_is_valid():
    config, errors = parse_config(BASE, "site.toml")
    assert errors == []
    assert [t.id for t in config.tiles] == ["omakanta", "kela"]
    assert config.idle_timeout_s == 180 and config.signed_out_s == 5
    assert "omakanta.kanta.fi" in config.allowed_host_rules()
    assert "tunnistautuminen.suomi.fi" in config.allowed_host_rules()
    assert config.shifts[0].start_min == 600


BAD = [
    ("unknown key with suggestion", replace('time_zone = "Europe/Helsinki"', 'time_zon = "Europe/Helsinki"'),
     ["site.toml:7: site.time_zon: unknown key (did you mean 'time_zone'?)"]),
    ("unknown top-level table", BASE + "\n[sessions]\nidle_timeout_s = 5\n",
     ["site.toml:37: sessions: unknown key (did you mean 'session'?)"]),
    ("unknown key, no near match", replace('icon = "kanta"', 'colour = "blue"'),
     ["site.toml:17: tiles[0].colour: unknown key"]),
    ("wrong type integer", replace("idle_timeout_s = 180", 'idle_timeout_s = "180"'),
     ["site.toml:10: session.idle_timeout_s: expected an integer, got a string"]),
    ("wrong type list", replace('languages = ["fi", "sv", "en"]', 'languages = "fi"'),
     ["site.toml:5: site.languages: expected an array of strings, got a string"]),
    ("missing required key", replace('terminal_id = "t-1"\n', ""),
     ["site.toml:1: site.terminal_id: missing required key (add it to [site])"]),
    ("missing required table", replace(f'[admin]\npin_hash = "{HASH}"\n', ""),
     ["site.toml:1: admin: missing required key (add it to the file)"]),
    ("duplicate tile id", replace('id = "kela"', 'id = "omakanta"'),
     ["site.toml:21: tiles[1].id: duplicate tile id 'omakanta' (also tiles[0])"]),
    ("label missing a language", replace('sv = "MittFPA", ', ""),
     ["site.toml:22: tiles[1].label: missing text for language 'sv'"]),
    ("empty label text", replace('en = "OmaKela"', 'en = " "'),
     ["site.toml:22: tiles[1].label.en: text is empty",
      "site.toml:22: tiles[1].label: missing text for language 'en'"]),
    ("http url", replace("https://www.kela.fi/omakela", "http://www.kela.fi/omakela"),
     ["site.toml:23: tiles[1].url: must use https:// (http is only allowed for 127.0.0.1 and localhost)"]),
    ("ftp url", replace("https://www.kela.fi/omakela", "ftp://www.kela.fi/"),
     ["site.toml:23: tiles[1].url: must use https://, not ftp://"]),
    ("not a url", replace("https://www.kela.fi/omakela", "www.kela.fi"),
     ["site.toml:23: tiles[1].url: not a web address: 'www.kela.fi'"]),
    ("url with user name", replace("https://www.kela.fi/omakela", "https://kela.fi@evil.example/"),
     ["site.toml:23: tiles[1].url: a web address must not contain a user name ('@')"]),
    ("malformed host", replace('extra_hosts = ["fonts.example.fi"]', 'extra_hosts = ["https://fonts.example.fi"]'),
     ["site.toml:26: browser.extra_hosts[0]: malformed host 'https://fonts.example.fi': "]),
    ("malformed tile host", replace('hosts = ["*.kanta.fi"]', 'hosts = ["kanta .fi"]'),
     ["site.toml:18: tiles[0].hosts[0]: malformed host 'kanta .fi': "]),
    ("hour 25", replace('start = "10:00"', 'start = "25:00"'),
     ["site.toml:33: helpers.shifts[0].start: not a time of day: '25:00' (use HH:MM, 00:00-23:59)"]),
    ("minute 60", replace('end = "12:00"', 'end = "12:60"'),
     ["site.toml:34: helpers.shifts[0].end: not a time of day: '12:60' (use HH:MM, 00:00-23:59)"]),
    ("end before start", replace('end = "12:00"', 'end = "09:30"'),
     ["site.toml:34: helpers.shifts[0].end: ends at 09:30, not after it starts at 10:00"]),
    ("unknown day", replace('day = "tue"', 'day = "tues"'),
     ["site.toml:32: helpers.shifts[0].day: unknown day 'tues' (did you mean 'tue'?); "
      "use one of mon, tue, wed, thu, fri, sat, sun"]),
    ("unknown language", replace('languages = ["fi", "sv", "en"]', 'languages = ["fi", "xx", "en"]'),
     ["site.toml:5: site.languages[1]: unknown language code 'xx' (available: fi, sv, en)"]),
    ("untranslated language", replace('languages = ["fi", "sv", "en"]', 'languages = ["fi", "ru"]'),
     ["site.toml:5: site.languages[1]: language 'ru' has no user-interface translation yet "
      "(available: fi, sv, en)"]),
    ("default not offered", replace('default_language = "fi"', 'default_language = "en"').replace(
        'languages = ["fi", "sv", "en"]', 'languages = ["fi", "sv"]').replace(
        ', en = "MyKanta"', "").replace(', en = "OmaKela"', ""),
     ["site.toml:6: site.default_language: 'en' is not one of site.languages"]),
    ("plain PIN", replace(f'pin_hash = "{HASH}"', 'pin_hash = "1234"'),
     ["site.toml:29: admin.pin_hash: this looks like a PIN in plain text; run `kiosk hash-pin` "
      "and paste its output"]),
    ("PIN key in plain text", replace(f'pin_hash = "{HASH}"', f'pin_hash = "{HASH}"\npin = "1234"'),
     ["site.toml:30: admin.pin: a PIN must never be written in plain text; run `kiosk hash-pin` "
      "and put its output in pin_hash"]),
    ("not a hash", replace(f'pin_hash = "{HASH}"', 'pin_hash = "md5:abc"'),
     ["site.toml:29: admin.pin_hash: not a PIN hash made by `kiosk hash-pin` "
      "(expected 'scrypt$n=...$salt$hash')"]),
    ("warning too short", replace("warning_s = 30", "warning_s = 10"),
     ["site.toml:11: session.warning_s: must be at least 20 seconds so a person has time to continue, got 10"]),
    ("idle timeout out of range", replace("idle_timeout_s = 180", "idle_timeout_s = 5"),
     ["site.toml:10: session.idle_timeout_s: must be between 30 and 3600 seconds, got 5"]),
    ("bad time zone", replace("Europe/Helsinki", "Europe/Kokkola"),
     ["site.toml:7: site.time_zone: unknown time zone 'Europe/Kokkola' (for example Europe/Helsinki)"]),
    ("bad site id", replace('id = "test-site"', 'id = "Test Site"'),
     ["site.toml:2: site.id: use lower-case letters, digits and '-' (at most 63)"]),
    ("toml syntax", replace('warning_s = 30', 'warning_s = 30 30'),
     ["site.toml:11: (toml): not valid TOML: Expected newline or end of document after a statement"]),
    ("sync target unknown", BASE + '\n[sync]\ntarget = "ftp"\n',
     ["site.toml:38: sync.target: unknown target 'ftp' (one of: none, matomo, jsonl, directory)"]),
    ("sync needs url", BASE + '\n[sync]\ntarget = "jsonl"\n',
     ["site.toml:38: sync.url: needed when sync.target is 'jsonl'"]),
    ("no tiles", "\n".join(line for line in BASE.splitlines()[:12] + BASE.splitlines()[24:]) + "\n",
     ["site.toml:1: tiles: missing required key (add it to the file)"]),
]


@pytest.mark.parametrize("name,text,expected", BAD, ids=[b[0] for b in BAD])
def test_bad_configuration_message(name, text, expected):
    got = errors_of(text)
    assert len(got) == len(expected), got
    for line, want in zip(got, expected):
        if want.endswith(": "):
            assert line.startswith(want), (line, want)
        else:
            assert line == want


def test_every_error_is_reported_at_once():
    text = replace("idle_timeout_s = 180", "idle_timeout_s = 5")
    text = replace('day = "tue"', 'day = "someday"', text)
    text = replace('time_zone = "Europe/Helsinki"', 'timezone = "Europe/Helsinki"', text)
    got = errors_of(text)
    assert [e.split(":")[1] for e in got] == ["7", "10", "32"]


def test_demo_configuration_is_valid():
    config = load_config(demo_config_path())
    assert [t.id for t in config.tiles] == ["omakanta", "omakela", "suomifi", "viestit", "valtuudet", "omavero"]
    assert config.languages == ("fi", "sv", "en")
    assert "identify.nordea.com" in config.identification_hosts


def test_missing_file(tmp_path):
    with pytest.raises(ConfigInvalid) as info:
        load_config(tmp_path / "nope.toml")
    assert str(info.value.errors[0]) == f"{tmp_path / 'nope.toml'}:1: (file): file not found"


def run_cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], input=stdin, capture_output=True,
                          text=True, timeout=60)


def test_check_config_command(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text(BASE)
    result = run_cli("check-config", str(good))
    assert result.returncode == 0, result.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text(replace('start = "10:00"', 'start = "25:00"'))
    result = run_cli("check-config", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"{bad}:33: helpers.shifts[0].start: not a time of day: '25:00' "
                                     "(use HH:MM, 00:00-23:59)")


def test_hash_pin_command_roundtrip(tmp_path):
    from kiosk.core.pin import verify_pin

    result = run_cli("hash-pin", stdin="739164\n")
    assert result.returncode == 0
    stored = result.stdout.strip()
    assert "739164" not in stored
    assert verify_pin("739164", stored) and not verify_pin("739165", stored)
    cfg = tmp_path / "c.toml"
    cfg.write_text(replace(HASH, stored))
    assert run_cli("check-config", str(cfg)).returncode == 0
    assert run_cli("hash-pin", stdin="12\n").returncode == 2


def test_docs_describe_every_key(repo: Path):
    from kiosk.core.schema import iter_keys

    doc = (repo / "docs" / "configuration.md").read_text()
    missing = [path for path, _key in iter_keys() if f"`{path}`" not in doc]
    assert missing == []
    # The full example in the documentation is itself valid.
    example = doc.split("```toml", 1)[1].split("```", 1)[0]
    assert parse_config(example, "docs/configuration.md")[1] == []
