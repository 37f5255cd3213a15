"""The pure rules of releases from a channel: the channel file, the staged rollout, the health gate, the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.fleet.channel import ChannelError, parse_channel, rollout_bucket, serial_problem, takes_release
from kiosk.core.fleet.gate import LIMIT_S, MAX_STARTS, Action, Trial, judge, started
from kiosk.core.fleet.ready import running_release
from kiosk.core.fleet.releases import Layout, read_report, report
from kiosk.core.health import Health, prometheus_text

GOOD = """[release]
version = "0.2.0"
archive_url = "https://updates.example.fi/digipiste/digipiste-0.2.0.tar.zst"
sha256 = "%s"
rollout_percent = 25
""" % ("ab" * 32)


def test_a_channel_file_names_the_release_its_hash_and_percentage():
    channel = parse_channel(GOOD)
    assert (channel.version, channel.sha256, channel.rollout_percent) == ("0.2.0", "ab" * 32, 25)
    assert channel.archive_name == "digipiste-0.2.0.tar.zst"


@pytest.mark.parametrize("change, message", [
    (("rollout_percent = 25", "rollout_percent = 101"), "release.rollout_percent: must be a whole number 0-100"),
    (("https://updates", "http://updates"), "release.archive_url: must be an https:// address"),
    (('sha256 = "ab', 'sha256 = "zz'), "release.sha256: must be the archive's 64 hexadecimal digits"),
    (('version = "0.2.0"', 'version = "../x"'), "release.version: must be a version"),
    (("rollout_percent", "rollout_pct"), "release.rollout_pct: unknown key"),
    (("[release]", "[releases]"), "release: the [release] table is missing"),
])
def test_a_bad_channel_file_names_the_key_and_what_is_wrong(change, message):
    with pytest.raises(ChannelError) as caught:
        parse_channel(GOOD.replace(*change), source="https://x/channel.toml")
    assert f"https://x/channel.toml: {message}" in str(caught.value)


def test_the_rollout_takes_close_to_the_percentage_of_many_terminals_and_only_grows():
    channel = parse_channel(GOOD)
    ids = [f"terminal-{n}" for n in range(10_000)]
    taking = {t for t in ids if takes_release(channel, t)}
    assert 0.23 < len(taking) / len(ids) < 0.27            # 25 %
    wider = parse_channel(GOOD.replace("= 25", "= 50"))
    taking_more = {t for t in ids if takes_release(wider, t)}
    assert taking < taking_more and 0.48 < len(taking_more) / len(ids) < 0.52
    none = parse_channel(GOOD.replace("= 25", "= 0"))
    every = parse_channel(GOOD.replace("= 25", "= 100"))
    assert not any(takes_release(none, t) for t in ids) and all(takes_release(every, t) for t in ids)
    # Stable: the same terminal and release give the same bucket; another release another draw.
    assert rollout_bucket("0.2.0", "koivutupa-1") == rollout_bucket("0.2.0", "koivutupa-1")
    assert [rollout_bucket("0.2.0", t) for t in ids[:50]] != [rollout_bucket("0.3.0", t) for t in ids[:50]]


def test_an_older_serial_is_a_replay_and_the_same_one_is_not():
    assert "older than 7" in serial_problem(6, 7)
    assert serial_problem(7, 7) is None and serial_problem(8, 7) is None and serial_problem(1, None) is None


TRIAL = Trial(release="0.2.0-new", previous="0.1.0-old", version="0.2.0", switched_at=1000.0)


def test_the_gate_marks_good_only_the_release_that_drew_home():
    trial = started(TRIAL, 1010.0, "boot-a")
    assert judge(trial, current="0.2.0-new", ready_release="0.1.0-old", now=1020.0,
                 boot_id="boot-a").action is Action.WAIT
    assert judge(trial, current="0.2.0-new", ready_release="0.2.0-new", now=1020.0,
                 boot_id="boot-a").action is Action.GOOD


def test_the_gate_rolls_back_after_too_many_starts_or_too_long():
    trial = TRIAL
    for n in range(MAX_STARTS):
        trial = started(trial, 1010.0 + n, "boot-a")
        assert judge(trial, current="0.2.0-new", ready_release=None, now=1020.0,
                     boot_id="boot-a").action is Action.WAIT
    trial = started(trial, 1020.0, "boot-a")
    verdict = judge(trial, current="0.2.0-new", ready_release=None, now=1030.0, boot_id="boot-a")
    assert verdict.action is Action.ROLL_BACK and f"in {MAX_STARTS} starts" in verdict.reason
    once = started(TRIAL, 1000.0, "boot-a")
    late = judge(once, current="0.2.0-new", ready_release=None, now=1001.0 + LIMIT_S, boot_id="boot-a")
    assert late.action is Action.ROLL_BACK and "within 15 minutes" in late.reason


def test_a_new_boot_restarts_the_trial_clock_but_not_the_count():
    # Switched in the evening, the terminal switched off at night: not a failure.
    trial = started(TRIAL, 1000.0, "boot-a")
    again = started(trial, 1000.0 + 10 * LIMIT_S, "boot-b")
    assert again.starts == 2 and again.first_start == 1000.0 + 10 * LIMIT_S
    assert judge(again, current="0.2.0-new", ready_release=None, now=1001.0 + 10 * LIMIT_S,
                 boot_id="boot-b").action is Action.WAIT


def test_a_release_changed_by_hand_ends_the_trial():
    verdict = judge(TRIAL, current="0.3.0-hand", ready_release=None, now=1.0, boot_id="")
    assert verdict.action is Action.DROP and "changed by hand" in verdict.reason


def test_the_running_release_is_the_folder_under_releases():
    assert running_release("/opt/digipiste/releases/0.2.0-abc/kiosk") == "0.2.0-abc"
    assert running_release("/home/dev/digipiste/.venv/bin/python") == ""


def test_a_rollback_stays_reported_until_a_release_is_marked_good(tmp_path: Path):
    layout = Layout(tmp_path)
    layout.data_dir.mkdir(parents=True)
    assert read_report(layout.data_dir) == {"update_result": "", "update_rolled_back": False}
    report(layout, "rolled back: 0.2.0 did not draw home in 3 starts", version="0.2.0", rolled_back=True)
    report(layout, "waiting: this terminal is outside the 10% rollout of 0.3.0", version="0.3.0")
    fields = read_report(layout.data_dir)
    assert fields["update_rolled_back"] is True and fields["update_result"].startswith("waiting")
    text = prometheus_text(Health(site_id="s", terminal_id="t", release_folder="0.1.0-old", **fields))
    assert 'digipiste_update_rolled_back{site="s",terminal="t"} 1' in text
    assert 'digipiste_release_info{site="s",terminal="t",release="0.1.0-old"} 1' in text
    report(layout, "good: 0.3.0 drew home after 1 start(s)", version="0.3.0", rolled_back=False)
    assert read_report(layout.data_dir)["update_rolled_back"] is False


def test_check_config_names_a_bad_release_url_and_missing_keys(tmp_path: Path):
    from kiosk.core.config.site import ConfigInvalid, load_config

    demo = (Path(__file__).resolve().parents[2] / "kiosk/demo/koivutupa.toml").read_text(encoding="utf-8")
    site = tmp_path / "site.toml"
    site.write_text(demo + '\n[fleet]\nrelease_url = "http://updates.example.fi/channel.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigInvalid) as caught:
        load_config(site)
    assert any("fleet.release_url: must use https://" in str(e) for e in caught.value.errors)
    site.write_text(demo + '\n[fleet]\nrelease_url = "https://updates.example.fi/channel.toml"\n', encoding="utf-8")
    with pytest.raises(ConfigInvalid) as caught:
        load_config(site)
    assert any("fleet.public_keys: needed when fleet.release_url is set" in str(e) for e in caught.value.errors)
