"""The schema is the one place a key's range, default and allowed values are written.

The validator refuses exactly what the schema's range refuses (with its
words), the code that uses a value holds to the same number (the idle
warning's minimum, the sync's batch size), and no configuration module
compares with a bound written out again.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.core.config import schema as S
from kiosk.core.config.site import parse_config
from kiosk.core.session.rules import IdleRules
from kiosk.services.sync_targets import DirectoryTarget, JsonLinesTarget, MatomoTarget, target_from_config
from tests.unit.test_config import BASE

BOUNDED = [(path, key) for path, key in S.iter_keys() if key.minimum is not None or key.maximum is not None]


def with_value(path: str, value: int) -> str:
    """BASE with `path` (section.key, or a key at the top) set to `value`."""
    if "." not in path:
        return f"{path} = {value}\n" + BASE
    section, name = path.split(".")
    text = BASE.replace(f"{name} = ", f"# {name} = ")   # BASE's own value, if any, steps aside
    if path == "session.idle_timeout_s":   # the warning must stay shorter than the shortest timeout
        text = text.replace("warning_s = 30", f"warning_s = {S.WARNING_MIN_S}")
    if f"[{section}]\n" in text:
        return text.replace(f"[{section}]\n", f"[{section}]\n{name} = {value}\n", 1)
    return text + f"\n[{section}]\n{name} = {value}\n"


def errors(text: str) -> list[str]:
    return [str(e) for e in parse_config(text, "site.toml")[1]]


def line_of(text: str, path: str) -> int:
    name = path.split(".")[-1]
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(f"{name} = "))


def test_every_integer_but_an_identifier_has_a_range():
    assert {path for path, _ in BOUNDED} >= {
        "session.idle_timeout_s", "session.warning_s", "session.signed_out_s", "helpers.waiting_timeout_min",
        "helpers.default_handling_min", "sync.interval_s", "sync.batch_size"}


@pytest.mark.parametrize("path,key", BOUNDED, ids=[p for p, _ in BOUNDED])
def test_validator_refuses_exactly_outside_the_schema_range(path, key):
    for inside in (key.minimum, key.maximum):
        if inside is not None and not (path == "session.warning_s" and inside >= 180):
            assert errors(with_value(path, inside)) == [], (path, inside)
    for outside in (key.minimum - 1 if key.minimum is not None else None,
                    key.maximum + 1 if key.maximum is not None else None):
        if outside is None or (path == "format" and outside > key.maximum):
            continue   # a newer format is refused before its keys are read (tests/unit/test_config_upgrade.py)
        text = with_value(path, outside)
        assert errors(text) == [f"site.toml:{line_of(text, path)}: {path}: {key.bound_problem(outside)}"]


def test_range_words_are_the_ones_sites_know():
    # The messages IT staff and the documentation have read since the start.
    assert S.key_at("session.idle_timeout_s").bound_problem(5) == "must be between 30 and 3600 seconds, got 5"
    assert S.key_at("session.warning_s").bound_problem(10) == (
        "must be at least 20 seconds so a person has time to continue, got 10")
    assert S.key_at("sync.batch_size").bound_problem(0) == "must be between 1 and 5000, got 0"
    assert S.key_at("helpers.waiting_timeout_min").bound_words() == "5-120 minutes"


def test_idle_rules_hold_to_the_schema_minimum():
    minimum = S.key_at("session.warning_s").minimum
    IdleRules(idle_timeout_s=180, warning_s=minimum)
    with pytest.raises(ValueError, match=f"at least {minimum} seconds"):
        IdleRules(idle_timeout_s=180, warning_s=minimum - 1)


def sync_config(lines: str):
    config, problems = parse_config(BASE + "\n[sync]\n" + lines, "site.toml")
    assert problems == []
    return config


def test_batch_size_is_the_configured_one_with_one_default():
    default = S.key_at("sync.batch_size").default
    left_out = target_from_config(sync_config('target = "jsonl"\nurl = "https://logs.example.fi/in"\n').sync)
    assert left_out.batch_size == default
    assert JsonLinesTarget("https://logs.example.fi/in").batch_size == default
    assert DirectoryTarget("/nonexistent").batch_size == default
    chosen = target_from_config(sync_config('target = "jsonl"\nurl = "https://logs.example.fi/in"\n'
                                            'batch_size = 4000\n').sync)
    assert chosen.batch_size == 4000


def test_matomo_batches_never_exceed_its_cap():
    config = sync_config('target = "matomo"\nurl = "https://m.example.fi/matomo.php"\nsite_id = 3\n'
                         'batch_size = 4000\n')
    assert target_from_config(config.sync).batch_size == S.MATOMO_MAX_BATCH
    assert MatomoTarget("https://m.example.fi/matomo.php", 3, batch_size=4000).batch_size == S.MATOMO_MAX_BATCH
    small = sync_config('target = "matomo"\nurl = "https://m.example.fi/matomo.php"\nsite_id = 3\n'
                        'batch_size = 50\n')
    assert target_from_config(small.sync).batch_size == 50


CHECK_MODULES = ["config/site.py", "config/sections.py", "config/shape.py", "config/refs.py", "config/files.py",
                 "help/config.py", "session/rules.py"]


def test_no_check_writes_a_schema_bound_again(repo: Path):
    numbers = {n for _, key in BOUNDED for n in (key.minimum, key.maximum) if n is not None and n >= 5}
    found = []
    for name in CHECK_MODULES:
        source = (repo / "kiosk" / "core" / name).read_text()
        for n in numbers:
            compared = re.compile(rf"[<>]=?\s*{n}\b|\b{n}\s*[<>]=?|\b{n}\s*<=")
            found += [f"{name}: {m.group()}" for m in compared.finditer(source)]
    assert found == []


@pytest.mark.parametrize("section,cls", [("sync", "SyncSettings"), ("deployment", "DeploymentSettings")])
def test_typed_sections_have_every_schema_key_and_its_default(section, cls):
    import dataclasses

    from kiosk.core.config import sections as config_sections
    settings = getattr(config_sections, cls)
    names = {f.name for f in dataclasses.fields(settings)}
    assert names == set(S.SCHEMA[section].children)   # a key added to the schema needs its attribute
    config, problems = parse_config(BASE, "site.toml")
    assert problems == []
    left_out = getattr(config, section)
    assert isinstance(left_out, settings)
    for name, key in S.SCHEMA[section].children.items():
        if name != "nightly_restart":   # "" in the file is None (never) in the code
            assert getattr(left_out, name) == key.default, name
    assert config.deployment.nightly_restart is None


def test_deployment_restart_time_is_minutes_after_midnight():
    config, problems = parse_config(BASE + '\n[deployment]\nnightly_restart = "03:30"\nread_aloud = false\n',
                                    "site.toml")
    assert problems == []
    assert (config.deployment.nightly_restart, config.deployment.read_aloud) == (210, False)
