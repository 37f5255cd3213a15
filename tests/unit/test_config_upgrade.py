"""Site files of older formats keep working; a file of a newer format is refused with one exact error.

A file without `format` is format 1 and is read as the newest format
(kiosk/core/config/upgrade.py). The rename tests use a made-up step: no key
has been renamed yet, and the machinery must work the day one is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import cli
from kiosk.core.config import upgrade as U
from kiosk.core.config import schema as S
from kiosk.core.config.site import parse_config
from kiosk.demo import demo_config_path
from tests.unit.test_config import BASE, run_cli

V2 = "format = 2\n\n" + BASE      # BASE is a format-1 file: it has no `format`
SHIFT = 2                          # lines V2 adds above BASE's


def load(text: str, source: str = "site.toml"):
    config, errors = parse_config(text, source)
    return config, [str(e) for e in errors]


def test_a_format_1_file_gives_the_same_config_as_format_2():
    old, errors = load(BASE)
    assert errors == []
    new, errors = load(V2)
    assert errors == []
    assert old == new and old.warnings == ()


def test_the_demo_is_format_2_and_reads_the_same_without_it():
    text = demo_config_path().read_text(encoding="utf-8")
    assert "\nformat = 2 " in text
    source = str(demo_config_path())
    as_shipped, errors = parse_config(text, source)
    assert errors == []
    as_format_1, errors = parse_config(text.replace("\nformat = 2 ", "\n# format = 2 "), source)
    assert errors == [] and as_format_1 == as_shipped


def test_steps_are_in_order_up_to_the_newest_format():
    assert [step.to for step in U.STEPS] == list(range(2, S.FORMAT + 1))


@pytest.fixture
def renamed(monkeypatch):
    """A made-up format 2 that renamed [session] warn_s to warning_s."""
    monkeypatch.setattr(U, "STEPS", (U.Step(2, "made up", renames=(("session.warn_s", "session.warning_s"),)),))


def test_a_renamed_key_moves_to_its_new_name_with_a_warning(renamed):
    text = BASE.replace("warning_s = 30", "warn_s = 45")
    config, errors = load(text)
    assert errors == []
    assert config.warning_s == 45
    assert [str(w) for w in config.warnings] == [
        "site.toml:11: session.warn_s: renamed to 'session.warning_s' in configuration format 2; read as "
        "'session.warning_s': write that name, and `format = 2` at the top of the file"]


def test_a_renamed_keys_value_is_judged_on_its_own_line(renamed):
    _config, errors = load(BASE.replace("warning_s = 30", "warn_s = 10"))
    assert errors == ["site.toml:11: session.warning_s: must be at least 20 seconds so a person has time "
                      "to continue, got 10"]


def test_old_and_new_name_together_is_an_error(renamed):
    _config, errors = load(BASE.replace("warning_s = 30", "warning_s = 30\nwarn_s = 45"))
    assert errors == ["site.toml:12: session.warn_s: renamed to 'session.warning_s' in configuration format 2, "
                      "and the file has 'session.warning_s' too: keep only 'session.warning_s'"]


def test_a_format_2_file_with_the_old_name_is_not_upgraded(renamed):
    _config, errors = load(V2.replace("warning_s = 30", "warn_s = 45"))
    assert errors == [f"site.toml:{11 + SHIFT}: session.warn_s: unknown key (did you mean 'warning_s'?)"]


def test_check_config_shows_the_warning_and_passes(renamed, tmp_path: Path, capsys):
    path = tmp_path / "site.toml"
    path.write_text(BASE.replace("warning_s = 30", "warn_s = 45"), encoding="utf-8")
    assert cli.main(["check-config", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == f"{path}: OK\n"
    assert err == (f"{path}:11: session.warn_s: renamed to 'session.warning_s' in configuration format 2; "
                   "read as 'session.warning_s': write that name, and `format = 2` at the top of the file "
                   "(warning)\n")


def test_a_newer_format_is_one_exact_error(tmp_path: Path):
    path = tmp_path / "site.toml"
    # Other mistakes too: for a newer format they may be no mistakes at all, so only the format is named.
    path.write_text("# made by a newer kiosk\nformat = 99\n\n" + BASE.replace("idle_timeout_s = 180",
                                                                              "idle_timeout_s = 5"))
    result = run_cli("check-config", str(path))
    assert result.returncode == 2
    assert result.stderr == (f"{path}:2: format: written for configuration format 99, but this kiosk reads "
                             "formats 1 to 2; update the kiosk, or write the file for format 2 "
                             "(docs/configuration.md)\n")


@pytest.mark.parametrize("value,message", [
    ('"2"', "format: expected an integer, got a string"),
    ("0", "format: must be between 1 and 2, got 0"),
    ("2.0", "format: expected an integer, got a number"),
])
def test_a_format_that_is_no_format_number(value, message):
    _config, errors = load(f"format = {value}\n" + BASE)
    assert errors == [f"site.toml:1: {message}"]


def test_format_after_a_table_is_named_where_it_went():
    # TOML puts a key written after [site] into [site]: say so rather than read the file as format 1.
    _config, errors = load(BASE.replace('time_zone = "Europe/Helsinki"',
                                        'time_zone = "Europe/Helsinki"\nformat = 2'))
    assert errors == ["site.toml:8: site.format: unknown key (`format` goes at the top of the file, "
                      "before any [table])"]
