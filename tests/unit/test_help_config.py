"""The help queue's configuration: valid settings load, each mistake names file, line and key."""

from __future__ import annotations

from datetime import date, time

from kiosk.core.config.site import parse_config
from kiosk.demo import demo_config_path
from tests.unit.test_config import BASE, HASH

HELP = f"""
[helpers]
holidays = ["2026-12-24"]
waiting_timeout_min = 40
queue_outside_hours = true

[[helpers.extra_dates]]
date = "2026-12-18"
start = "12:00"
end = "14:00"
who = "Digikaverit"

[[helpers.people]]
pseudonym = "Aino"
pin_hash = "{HASH}"

[[helpers.other_places]]
name = {{ fi = "Kirjasto", sv = "Bibliotek", en = "Library" }}
hours = "10-16"
phone = "+358 6 828 9111"
web = "https://kirjasto.example.fi/"
"""


def test_help_settings_load_with_defaults_for_the_rest():
    text = BASE.replace("[[helpers.shifts]]", HELP + "\n[[helpers.shifts]]", 1)
    cfg, errors = parse_config(text, "site.toml")
    assert errors == []
    h = cfg.help
    assert h.holidays == (date(2026, 12, 24),)
    assert h.extra_dates[0].on == date(2026, 12, 18) and h.extra_dates[0].start == time(12)
    assert h.people[0].pseudonym == "Aino"
    assert (h.waiting_timeout_min, h.default_handling_min, h.queue_outside_hours) == (40, 20, True)
    assert h.other_places[0].name_in("sv") == "Bibliotek" and h.other_places[0].hours_in("sv") == "10-16"


def test_each_help_mistake_is_reported_with_its_line():
    bad = (HELP.replace('"2026-12-24"', '"24.12.2026"').replace("= 40", "= 500")
           .replace('start = "12:00"', 'start = "15:00"').replace(f'pin_hash = "{HASH}"', 'pin_hash = "2468"')
           .replace("https://kirjasto", "http://kirjasto").replace("+358 6 828 9111", "call us"))
    text = BASE.replace("[[helpers.shifts]]", bad + "\n[[helpers.shifts]]", 1)
    cfg, errors = parse_config(text, "site.toml")
    assert cfg is None
    lines = text.splitlines()
    got = {e.key: e for e in errors}
    assert "not a date: '24.12.2026'" in got["helpers.holidays[0]"].message
    assert "between 5 and 120" in got["helpers.waiting_timeout_min"].message
    assert "not after it starts" in got["helpers.extra_dates[0].end"].message
    assert "plain text" in got["helpers.people[0].pin_hash"].message
    assert "https" in got["helpers.other_places[0].web"].message
    assert "not a phone number" in got["helpers.other_places[0].phone"].message
    for e in errors:
        assert str(e).startswith(f"site.toml:{e.line}: {e.key}: ")
    assert "24.12.2026" in lines[got["helpers.holidays[0]"].line - 1]
    assert "500" in lines[got["helpers.waiting_timeout_min"].line - 1]


def test_demo_configuration_has_the_help_settings():
    cfg, errors = parse_config(demo_config_path().read_text(), "demo")
    assert errors == []
    assert cfg.help.other_places and cfg.help.people and cfg.help.holidays
