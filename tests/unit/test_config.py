"""Configuration validation: every bad input gets its exact message and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.config.site import ConfigInvalid, load_config, parse_config
from kiosk.core.session.pin import hash_pin
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


BLOCKED = "(browser.blocked_hosts, or an identification test host that is always blocked)"

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
    # site.terminal_id is not required since issue 20 (the machine says which terminal it is).
    ("missing required key", replace('default_language = "fi"\n', ""),
     ["site.toml:1: site.default_language: missing required key (add it to [site])"]),
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
     ["site.toml:5: site.languages[1]: unknown language code 'xx' (available: fi, sv, en, ru, uk, et, ar, fa, so)"]),
    ("untranslated language", replace('languages = ["fi", "sv", "en"]', 'languages = ["fi", "se"]'),
     ["site.toml:5: site.languages[1]: language 'se' has no user-interface translation yet "
      "(available: fi, sv, en, ru, uk, et, ar, fa, so)"]),
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
    # -- what the browser would refuse, judged by the browser's own policy --
    ("tile port other than 443", replace("https://www.kela.fi/omakela", "https://www.kela.fi:8443/omakela"),
     ["site.toml:23: tiles[1].url: the browser opens https:// addresses only on port 443, so port 8443 "
      "can never open; remove ':8443' or use the service's address on port 443"]),
    ("tile IP address with a port", replace("https://www.kela.fi/omakela", "https://192.168.10.5:8080/"),
     ["site.toml:23: tiles[1].url: the browser opens https:// addresses only on port 443, so port 8080 "
      "can never open; remove ':8080' or use the service's address on port 443"]),
    ("tile http to a public IP", replace("https://www.kela.fi/omakela", "http://10.0.0.5/omakela"),
     ["site.toml:23: tiles[1].url: must use https:// (http is only allowed for 127.0.0.1 and localhost)"]),
    ("tile on a blocked host", replace('extra_hosts = ["fonts.example.fi"]',
                                       'extra_hosts = ["fonts.example.fi"]\nblocked_hosts = ["*.kela.fi"]'),
     ["site.toml:23: tiles[1].url: the browser refuses host 'www.kela.fi': it is blocked " + BLOCKED]),
    ("extra host always blocked", replace('extra_hosts = ["fonts.example.fi"]',
                                          'extra_hosts = ["fonts.example.fi", "testi.apro.tunnistus.fi"]'),
     ["site.toml:26: browser.extra_hosts[1]: the browser refuses 'testi.apro.tunnistus.fi': it is also "
      "blocked " + BLOCKED]),
    ("blocked wildcard over a whole top-level domain", replace(
        'extra_hosts = ["fonts.example.fi"]', 'extra_hosts = ["fonts.example.fi"]\nblocked_hosts = ["*.fi"]'),
     ["site.toml:27: browser.blocked_hosts[0]: malformed host '*.fi': '*.' needs a domain, not a whole "
      "top-level domain: '*.fi'"]),
    ("tile host list blocked", replace('hosts = ["*.kanta.fi"]', 'hosts = ["*.kanta.fi", "*.x.kanta.fi"]').replace(
        'extra_hosts = ["fonts.example.fi"]', 'extra_hosts = ["fonts.example.fi"]\nblocked_hosts = ["*.kanta.fi"]'),
     ["site.toml:16: tiles[0].url: the browser refuses host 'omakanta.kanta.fi': it is blocked " + BLOCKED,
      "site.toml:18: tiles[0].hosts[0]: the browser refuses '*.kanta.fi': it is also blocked " + BLOCKED,
      "site.toml:18: tiles[0].hosts[1]: the browser refuses '*.x.kanta.fi': it is also blocked " + BLOCKED]),
    # -- icons --
    ("unknown icon, near a name", replace('icon = "kanta"', 'icon = "knata"'),
     ["site.toml:17: tiles[0].icon: unknown icon 'knata' (did you mean 'kanta'?); built-in icons: "
      "authorizations, generic, kanta, kela, messages, suomifi, tax; or a path to an .svg or .png file"]),
    ("unknown icon", replace('icon = "kanta"', 'icon = "hospital"'),
     ["site.toml:17: tiles[0].icon: unknown icon 'hospital'; built-in icons: "
      "authorizations, generic, kanta, kela, messages, suomifi, tax; or a path to an .svg or .png file"]),
    ("icon file of another kind", replace('icon = "kanta"', 'icon = "/srv/icons/kanta.gif"'),
     ["site.toml:17: tiles[0].icon: an icon file must be .svg or .png: '/srv/icons/kanta.gif'"]),
    ("missing absolute icon file", replace('icon = "kanta"', 'icon = "/nonexistent/kanta.svg"'),
     ["site.toml:17: tiles[0].icon: icon file not found: '/nonexistent/kanta.svg'"]),
    # -- keys set twice: the key and both lines --
    ("key set twice", replace("warning_s = 30\n", "warning_s = 30\nidle_timeout_s = 240\n"),
     ["site.toml:12: session.idle_timeout_s: set twice: first on line 10, again on line 12; keep one of them"]),
    ("key set twice, and another mistake", replace("warning_s = 30\n", "warning_s = 30\nwarning_s = 40\n",
                                                   replace('start = "10:00"', 'start = "25:00"')),
     ["site.toml:12: session.warning_s: set twice: first on line 11, again on line 12; keep one of them",
      "site.toml:34: helpers.shifts[0].start: not a time of day: '25:00' (use HH:MM, 00:00-23:59)"]),
    ("key set twice in a multi-line value", replace(
        'extra_hosts = ["fonts.example.fi"]',
        'extra_hosts = ["fonts.example.fi"]\nextra_hosts = [\n  "a.example.fi",\n  "b.example.fi",\n]'),
     ["site.toml:27: browser.extra_hosts: set twice: first on line 26, again on line 27; keep one of them"]),
    ("inline table key set twice", replace('{ fi = "OmaKela",', '{ fi = "OmaKela", fi = "Kela",'),
     ["site.toml:22: tiles[1].label.fi: set twice: first on line 22, again on line 22; keep one of them"]),
    ("table written twice", BASE + "\n[session]\nsigned_out_s = 4\n",
     ["site.toml:37: session: table [session] written twice: first on line 9, again on line 37; keep one "
      "and move its keys there"]),
    ("sub-key of a value", replace('name = "Test point"\n', 'name = "Test point"\nname.sv = "Testpunkt"\n'),
     ["site.toml:4: site.name.sv: cannot be set: site.name was already set to a value on line 3; "
      "keep one of them"]),
    # -- an item of a multi-line array is found on its own line --
    ("bad host in a multi-line list", replace(
        'extra_hosts = ["fonts.example.fi"]',
        'extra_hosts = [\n  "fonts.example.fi",\n  "cdn.example.fi",  # scripts\n  "https://x.example.fi",\n]'),
     ["site.toml:29: browser.extra_hosts[2]: malformed host 'https://x.example.fi': write only the host "
      "name, without 'https://': 'https://x.example.fi'"]),
    ("bad language in a multi-line list", replace('languages = ["fi", "sv", "en"]',
                                                  'languages = [\n    "fi",\n    "sv",\n    "xx",\n]'),
     ["site.toml:8: site.languages[2]: unknown language code 'xx' (available: fi, sv, en, ru, uk, et, ar, fa, so)"]),
    ("wrong type in a multi-line list", replace('hosts = ["*.kanta.fi"]', 'hosts = [\n  "*.kanta.fi",\n  42,\n]'),
     ["site.toml:20: tiles[0].hosts[1]: expected a string, got an integer"]),
    ("bad item in a multi-line array of inline tables", replace(
        '[[helpers.shifts]]\nday = "tue"\nstart = "10:00"\nend = "12:00"\nwho = "eSeniorit"\n',
        '[helpers]\nshifts = [\n  { day = "tue", start = "10:00", end = "12:00" },\n'
        '  { day = "tues", start = "10:00", end = "12:00" },\n  { day = "wed", start = "25:00", end = "12:00" },\n]\n'),
     ["site.toml:34: helpers.shifts[1].day: unknown day 'tues' (did you mean 'tue'?); "
      "use one of mon, tue, wed, thu, fri, sat, sun",
      "site.toml:35: helpers.shifts[2].start: not a time of day: '25:00' (use HH:MM, 00:00-23:59)"]),
    # -- nesting: an error, never a RecursionError --
    ("array nested thousands deep", BASE + "\nx = " + "[" * 5000 + "]" * 5000 + "\n",
     ["site.toml:37: (toml): nested more than 32 levels deep; a configuration never needs that"]),
    ("inline table nested thousands deep", BASE + "\n[guides]\nx = " + "{ a = " * 5000 + "1" + " }" * 5000,
     ["site.toml:38: (toml): nested more than 32 levels deep; a configuration never needs that"]),
    ("dotted key thousands deep", BASE + "\n" + ".".join(["a"] * 5000) + " = 1\n",
     ["site.toml:37: (toml): nested more than 32 levels deep; a configuration never needs that"]),
    ("table name thousands deep", BASE + "\n[" + ".".join(["a"] * 5000) + "]\n",
     ["site.toml:37: (toml): nested more than 32 levels deep; a configuration never needs that"]),
    # -- PIN hash cost out of the sane range --
    ("PIN hash too weak", replace(HASH, HASH.replace("n=16384", "n=1024")),
     ["site.toml:29: admin.pin_hash: scrypt cost n=1024,r=8,p=1 is out of range (too weak: a copied "
      "configuration file would give the PIN away); use n a power of two from 16384 to 65536, r from 8 to "
      "16, p from 1 to 4, or simply a new `kiosk hash-pin`"]),
    ("PIN hash absurdly expensive", replace(HASH, HASH.replace("n=16384,r=8,p=1", "n=1073741824,r=8,p=64")),
     ["site.toml:29: admin.pin_hash: scrypt cost n=1073741824,r=8,p=64 is out of range (too expensive: every "
      "PIN check would take seconds and much memory); use n a power of two from 16384 to 65536, r from 8 "
      "to 16, p from 1 to 4, or simply a new `kiosk hash-pin`"]),
    ("PIN hash n not a power of two", replace(HASH, HASH.replace("n=16384", "n=20000")),
     ["site.toml:29: admin.pin_hash: scrypt cost n=20000,r=8,p=1 is out of range (n must be a power of "
      "two); use n a power of two from 16384 to 65536, r from 8 to 16, p from 1 to 4, or simply a new "
      "`kiosk hash-pin`"]),
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
    assert config.languages == ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")
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
    from kiosk.core.session.pin import verify_pin

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
    from kiosk.core.config.schema import iter_keys

    doc = (repo / "docs" / "configuration.md").read_text()
    missing = [path for path, _key in iter_keys() if f"`{path}`" not in doc]
    assert missing == []
    # The full example in the documentation is itself valid.
    example = doc.split("```toml", 1)[1].split("```", 1)[0]
    assert parse_config(example, "docs/configuration.md")[1] == []


# -- files as editors write them -------------------------------------------------

def check_file(tmp_path: Path, data: bytes) -> tuple[Path, list[str]]:
    path = tmp_path / "site.toml"
    path.write_bytes(data)
    try:
        load_config(path)
    except ConfigInvalid as exc:
        return path, [str(e) for e in exc.errors]
    return path, []


def test_byte_order_mark_is_accepted(tmp_path):
    # Older Windows Notepad starts a UTF-8 file with EF BB BF.
    _path, errors = check_file(tmp_path, b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode())
    assert errors == []


def test_byte_order_mark_keeps_line_numbers(tmp_path):
    path, errors = check_file(tmp_path, b"\xef\xbb\xbf" + replace("idle_timeout_s = 180", "idle_timeout_s = 5").encode())
    assert errors == [f"{path}:10: session.idle_timeout_s: must be between 30 and 3600 seconds, got 5"]


@pytest.mark.parametrize("name,data,line,column,byte", [
    ("Latin-1 site name", replace('name = "Test point"', 'name = "Testipiste Äänekoski"').encode("latin-1"),
     3, 20, "c4"),
    ("Windows-1252 quote in a comment", (BASE + "# \u201cnew\u201d tiles\n").encode("cp1252"), 36, 3, "93"),
    ("after valid UTF-8 on the same line", replace('who = "eSeniorit"', 'who = "Äiti ja t\udce4ti"').encode(
        "utf-8", "surrogateescape"), 35, 17, "e4"),
])
def test_not_utf8_names_the_first_bad_byte(tmp_path, name, data, line, column, byte):
    path, errors = check_file(tmp_path, data)
    assert errors == [f"{path}:{line}: (file): byte 0x{byte} at column {column} is not UTF-8 "
                      "(an older editor's encoding?); save the file as UTF-8"]


def test_utf16_file(tmp_path):
    path, errors = check_file(tmp_path, BASE.encode("utf-16"))
    assert errors == [f"{path}:1: (file): the file is UTF-16 (Notepad's 'Unicode'); save the file as UTF-8"]


def test_guide_folders_must_exist_and_are_relative_to_the_file(tmp_path):
    (tmp_path / "our-guides").mkdir()
    (tmp_path / "notes.txt").write_text("x")
    text = BASE + '\n[guides]\nextra_dirs = [\n  "our-guides",\n  "missing-guides",\n  "/nonexistent/guides",\n' \
                  '  "notes.txt",\n]\n'
    path, errors = check_file(tmp_path, text.encode())
    assert errors == [
        f"{path}:40: guides.extra_dirs[1]: folder 'missing-guides' does not exist "
        f"(looked for {tmp_path / 'missing-guides'})",
        f"{path}:41: guides.extra_dirs[2]: folder '/nonexistent/guides' does not exist",
        f"{path}:42: guides.extra_dirs[3]: 'notes.txt' is a file, not a folder (looked for {tmp_path / 'notes.txt'})",
    ]
    path.write_text(BASE + '\n[guides]\nextra_dirs = ["our-guides"]\n')
    # Held absolute: the kiosk finds them whatever its working directory.
    assert load_config(path).guide_dirs == (str(tmp_path / "our-guides"),)


def test_icon_file_relative_to_the_file(tmp_path):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "library.svg").write_text("<svg/>")
    path, errors = check_file(tmp_path, replace('icon = "kanta"', 'icon = "icons/library.svg"').encode())
    assert errors == []
    assert load_config(path).tiles[0].icon == str(tmp_path / "icons" / "library.svg")
    path, errors = check_file(tmp_path, replace('icon = "kanta"', 'icon = "icons/museum.png"').encode())
    assert errors == [f"{path}:17: tiles[0].icon: icon file not found: 'icons/museum.png' "
                      f"(looked for {tmp_path / 'icons' / 'museum.png'})"]


def test_every_builtin_icon_is_accepted():
    from kiosk.core.config.refs import builtin_icons

    assert "kanta" in builtin_icons() and "generic" in builtin_icons()
    for name in builtin_icons():
        assert errors_of(replace('icon = "kanta"', f'icon = "{name}"')) == []


def test_tiles_the_browser_opens_are_accepted():
    # Port 443 written out, and local test servers on any port (the policy allows both).
    ok = replace("https://www.kela.fi/omakela", "https://www.kela.fi:443/omakela")
    ok = replace("https://omakanta.kanta.fi/", "http://127.0.0.1:8765/", ok)
    assert errors_of(ok) == []


def test_tile_urls_agree_with_the_browser_policy():
    """check-config refuses a start address exactly when the browser would refuse it."""
    from kiosk.core.browser.url_policy import Policy, host_of

    urls = ["https://www.kela.fi:8443/", "https://www.kela.fi:443/", "http://www.kela.fi/",
            "http://localhost:9000/", "http://127.1:9000/", "https://10.1.2.3/", "https://10.1.2.3:444/",
            "http://10.1.2.3/", "http://[::1]:8000/", "https://[2001:db8::1]:8443/", "https://2130706433/",
            "https://www.kela.fi./", "https://testi.apro.tunnistus.fi/", "ftp://www.kela.fi/",
            "https://user@www.kela.fi/", "https://www.kela.fi\\@x/", "https://xn--kel-5na.fi/"]
    outcomes = set()
    for url in urls:
        errors = errors_of(replace("https://www.kela.fi/omakela", url.replace("\\", "\\\\")))
        assert not [e for e in errors if "(toml)" in e], errors
        config_ok = not [e for e in errors if "tiles[1].url" in e]
        host = host_of(url)
        policy = Policy.build([h for h in (host, "omakanta.kanta.fi", "*.kanta.fi") if h], ())
        assert config_ok == bool(policy.decide(url)), url
        outcomes.add(config_ok)
    assert outcomes == {True, False}


# -- commands ------------------------------------------------------------------------

@pytest.mark.parametrize("pin,why", [
    ("\u0667\u0663\u0669\u0661", "Arabic-Indic digits"),
    ("\uff17\uff13\uff19\uff11", "full-width digits"),
    ("\u0967\u0968\u0969\u096a", "Devanagari digits"),
    ("12a4", "a letter"),
    ("123", "too short"),
    ("1234567890123", "too long"),
])
def test_hash_pin_accepts_ascii_digits_only(pin, why):
    result = run_cli("hash-pin", stdin=pin + "\n")
    assert result.returncode == 2, why
    assert result.stdout == ""
    assert result.stderr == "kiosk hash-pin: a PIN is 4 to 12 digits 0-9\n"


@pytest.mark.parametrize("pin,why", [
    ("0000", "one digit repeated"), ("1111", "one digit repeated"), ("777777", "one digit repeated"),
    ("1234", "a straight run up"), ("0123456789", "a straight run up"), ("3456", "a straight run up"),
    ("4321", "a straight run down"), ("9876", "a straight run down"),
])
def test_hash_pin_warns_about_trivial_pins(pin, why):
    from kiosk.core.session.pin import verify_pin

    result = run_cli("hash-pin", stdin=pin + "\n")
    assert result.returncode == 0
    assert result.stderr == (f"kiosk hash-pin: warning: this PIN is easy to guess (it is {why}); "
                             "choose another one unless this is only a test\n")
    assert verify_pin(pin, result.stdout.strip())


@pytest.mark.parametrize("pin", ["739164", "1357", "2468", "1243", "9012"])
def test_hash_pin_no_warning_for_other_pins(pin):
    result = run_cli("hash-pin", stdin=pin + "\n")
    assert result.returncode == 0 and result.stderr == ""


def run_on_tty(*answers: str) -> tuple[int, str]:
    """Run `kiosk hash-pin` on a real pseudo-terminal; answer each prompt in turn."""
    import os
    import pty
    import select
    import signal
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty, as in a real shell
        os.execv(sys.executable, [sys.executable, "-m", "kiosk", "hash-pin"])
    output = b""
    pending = list(answers)
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 30)
            assert ready, f"no output from hash-pin; so far: {output!r}"
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            # Answer only a fresh prompt: getpass flushes what was typed before it asks.
            if pending and output.endswith(b": "):
                os.write(fd, pending.pop(0).encode() + b"\n")
    finally:
        deadline = time.monotonic() + 10
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:  # a hung child must not hang the test run
                os.kill(pid, signal.SIGKILL)
                _pid, status = os.waitpid(pid, 0)
                break
            time.sleep(0.05)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_hash_pin_on_a_terminal_asks_twice():
    from kiosk.core.session.pin import verify_pin

    code, output = run_on_tty("739164", "739164")
    assert code == 0, output
    assert "PIN (4-12 digits):" in output and "The same PIN again:" in output
    assert "739164" not in output  # never echoed
    stored = output.strip().splitlines()[-1]
    assert verify_pin("739164", stored)


def test_hash_pin_on_a_terminal_refuses_two_different_pins():
    code, output = run_on_tty("739164", "739165")
    assert code == 2
    assert "kiosk hash-pin: the two PINs differ; nothing was made, try again" in output
    assert "scrypt$" not in output


def test_hash_pin_on_a_terminal_warns_about_a_trivial_pin():
    code, output = run_on_tty("1111", "1111")
    assert code == 0
    assert "warning: this PIN is easy to guess (it is one digit repeated)" in output
    assert "scrypt$" in output


def test_guides_check_with_a_broken_configuration(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(replace("warning_s = 30\n", "warning_s = 30\nwarning_s = 40\n"))
    result = run_cli("guides", "check", "--config", str(bad))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "kiosk guides check: the configuration given with --config is not valid, so the guides cannot "
        "be checked against its tiles:",
        f"{bad}:12: session.warning_s: set twice: first on line 11, again on line 12; keep one of them",
    ]
    missing = run_cli("guides", "check", "--config", str(tmp_path / "nope.toml"))
    assert missing.returncode == 2
    assert f"{tmp_path / 'nope.toml'}:1: (file): file not found" in missing.stderr
    assert run_cli("guides", "check", "--config", str(demo_config_path())).returncode == 0


def test_check_config_reports_every_error_with_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    text = replace("https://www.kela.fi/omakela", "https://www.kela.fi:8443/omakela")
    text = replace('icon = "kanta"', 'icon = "kanat"', text)
    text = replace("warning_s = 30\n", "warning_s = 30\nwarning_s = 40\n", text)
    bad.write_bytes(b"\xef\xbb\xbf" + text.encode())
    result = run_cli("check-config", str(bad))
    assert result.returncode == 2
    assert [line.split(": ", 2)[:2] for line in result.stderr.splitlines()] == [
        [f"{bad}:12", "session.warning_s"], [f"{bad}:18", "tiles[0].icon"], [f"{bad}:24", "tiles[1].url"]]


def test_config_policy_is_the_one_the_tiles_were_judged_by():
    config, errors = parse_config(BASE, "site.toml")
    policy = config.browser_policy()
    for tile in config.tiles:
        assert policy.decide(tile.url)
    assert not policy.decide("https://www.kela.fi:8443/omakela")
    assert not policy.decide("https://testi.apro.tunnistus.fi/")
