"""`kiosk stats --from DIR`: figures across terminals from the directory target's files (issue 20).

Three terminals, each with a real SQLite outbox, each synced by a real
`kiosk sync --once` to one shared folder (the terminal's id from its own
identity file, as on a machine). The figures are compared with counts made
here directly from the events each terminal recorded, and with what
`kiosk stats` says on the terminal itself.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.core.usage.events import Event
from kiosk.core.usage.schema import Context, to_record
from tests.conftest import REPO
from tests.unit.test_config import replace
from tests.usage.sync_helpers import counts, fill

TILES = ["kela", "kanta"]
GUIDES = ["login-bank", "kela-apply"]
START = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


def cli(*args: str, terminal_file: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    if terminal_file is not None:
        env["DIGIPISTE_TERMINAL_FILE"] = str(terminal_file)
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO)


def day_of(at: datetime) -> str:
    from zoneinfo import ZoneInfo
    return at.astimezone(ZoneInfo("Europe/Helsinki")).date().isoformat()


def sessions_of(terminal: str, n: int, seed: int) -> tuple[list[dict], dict]:
    """n sessions' records as the kiosk stores them, and the figures counted here from the same choices."""
    rng = random.Random(seed)
    ctx = Context.make("test-site", terminal, TILES, GUIDES)
    records: list[dict] = []
    expected = {"sessions": n, "per_day": Counter(), "tiles": Counter(), "ended": Counter(),
                "completed": Counter(), "feedback": Counter(), "help": 0}
    for i in range(n):
        sid = f"{seed:02x}{i:030x}"
        at = START + timedelta(hours=rng.randrange(0, 72), minutes=rng.randrange(60))
        events = [("session.started", {})]
        for _ in range(rng.randrange(1, 4)):
            tile = rng.choice(TILES)
            events.append(("tile.opened", {"tile": tile}))
            expected["tiles"][tile] += 1
        if rng.random() < 0.5:
            guide = rng.choice(GUIDES)
            events += [("guide.opened", {"guide": guide, "steps": 5}), ("guide.completed", {"guide": guide})]
            expected["completed"][guide] += 1
        if rng.random() < 0.3:
            events.append(("help.requested", {"topic": "my_device"}))
            expected["help"] += 1
        answer = rng.choice(["yes", "partly", "no"])
        reason = rng.choice(["resident", "timeout"])
        events += [("session.feedback", {"answer": answer}),
                   ("session.ended", {"reason": reason, "length_s": rng.randrange(60, 3000)})]
        expected["feedback"][answer] += 1
        expected["ended"][reason] += 1
        expected["per_day"][day_of(at)] += 1
        for kind, fields in events:
            record = to_record(Event(kind, fields, at), ctx, sid)
            assert record is not None, kind
            records.append(record)
    # In the order a terminal records them: time goes forward (the sync re-dates a step back in
    # time as a clock that was set, kiosk/storage/event_times.py).
    return sorted(records, key=lambda r: r["at"]), expected


def check(figures: dict, expected: dict) -> None:
    assert figures["sessions"] == expected["sessions"]
    assert figures["sessions_per_day"] == dict(expected["per_day"])
    assert figures["tiles"] == dict(expected["tiles"])
    assert figures["sessions_ended"] == dict(expected["ended"])
    assert {g: v["completed"] for g, v in figures["guides"].items()} == dict(expected["completed"])
    assert figures["help"]["requested"] == expected["help"]
    assert figures["feedback"] == {"yes": expected["feedback"]["yes"], "partly": expected["feedback"]["partly"],
                                   "no": expected["feedback"]["no"], "skipped": 0}


def sum_expected(parts: list[dict]) -> dict:
    total: dict = {"sessions": 0, "help": 0}
    for key in ("per_day", "tiles", "ended", "completed", "feedback"):
        total[key] = sum((p[key] for p in parts), Counter())
    for p in parts:
        total["sessions"] += p["sessions"]
        total["help"] += p["help"]
    return total


def terminals_synced(tmp_path: Path) -> tuple[Path, dict[str, dict], Path]:
    """Three terminals' outboxes synced by `kiosk sync --once` into one shared folder."""
    share = tmp_path / "share"
    share.mkdir()
    site = tmp_path / "site.toml"   # one file for all three: no terminal_id in it
    site.write_text(replace('terminal_id = "t-1"\n', "") + f'\n[sync]\ntarget = "directory"\n'
                    f'directory = "{share}"\nbatch_size = 25\n', encoding="utf-8")
    expected = {}
    for seed, (terminal, n) in enumerate([("kirjasto-1", 30), ("kirjasto-2", 17), ("nuorisotalo", 8)], 1):
        data = tmp_path / terminal
        data.mkdir()
        records, expected[terminal] = sessions_of(terminal, n, seed)
        fill(data / "kiosk.db", records)
        identity = tmp_path / f"{terminal}.toml"
        identity.write_text(f'id = "{terminal}"\n')
        done = cli("sync", "--once", "--config", str(site), "--data-dir", str(data), terminal_file=identity)
        assert done.returncode == 0, done.stdout + done.stderr
        assert counts(data / "kiosk.db")["pending"] == 0
    return share, expected, site


def test_figures_per_terminal_and_in_total_match_the_events(tmp_path):
    share, expected, site = terminals_synced(tmp_path)
    files = sorted(share.glob("*.ndjson"))
    assert {f.name.split("-2026")[0] for f in files} == {
        "usage-test-site-kirjasto-1", "usage-test-site-kirjasto-2", "usage-test-site-nuorisotalo"}
    # A batch that reached the share twice (copied from a stick again): its events count once.
    (share / "again").mkdir()
    (share / "again" / files[0].name).write_bytes(files[0].read_bytes())
    twice = len(files[0].read_text().splitlines())

    done = cli("stats", "--from", str(share), "--json")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    data = json.loads(done.stdout)
    assert sorted(data["terminals"]) == ["test-site/kirjasto-1", "test-site/kirjasto-2", "test-site/nuorisotalo"]
    for terminal, figures in expected.items():
        check(data["terminals"][f"test-site/{terminal}"], figures)
    check(data["total"], sum_expected(list(expected.values())))
    assert data["duplicates"] == twice and data["files"] == len(files) + 1 and data["problems"] == []

    text = cli("stats", "--from", str(share)).stdout
    assert "== Terminal kirjasto-2 (site test-site)\nSessions: 17" in text
    assert f"== All 3 terminals: {data['events']} events from {len(files) + 1} files ({twice} sent twice, " \
           "counted once)\nSessions: 55" in text
    since = json.loads(cli("stats", "--from", str(share), "--json", "--since", "2026-12-02").stdout)
    assert since["total"]["sessions_per_day"] == {
        d: n for d, n in sum_expected(list(expected.values()))["per_day"].items() if d >= "2026-12-02"}


def test_the_same_figures_as_kiosk_stats_on_the_terminal(tmp_path):
    share, _expected, site = terminals_synced(tmp_path)
    here = json.loads(cli("stats", "--json", "--config", str(site), "--data-dir", str(tmp_path / "kirjasto-2"),
                          terminal_file=tmp_path / "kirjasto-2.toml").stdout)
    there = json.loads(cli("stats", "--json", "--from", str(share)).stdout)["terminals"]["test-site/kirjasto-2"]
    assert there == {k: v for k, v in here.items() if k not in ("outbox", "sync", "delivery")}


def test_bad_files_are_named_and_the_rest_is_counted(tmp_path):
    share, expected, _site = terminals_synced(tmp_path)
    good = sorted(share.glob("usage-test-site-nuorisotalo-*.ndjson"))
    lines = good[0].read_text().splitlines()
    # A record cut short (a stick pulled out in the middle of a copy): half of one tile.opened line.
    cut = next(i for i, line in enumerate(lines) if json.loads(line)["type"] == "tile.opened")
    lost = json.loads(lines[cut])["fields"]["tile"]
    good[0].write_text("\n".join(lines[:cut] + [lines[cut][:40]] + lines[cut + 1:]) + "\n")
    broken = share / "usage-x-2026-12-01-garbage.ndjson"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    foreign = share / "usage-x-2026-12-01-foreign.ndjson"
    record = json.loads(lines[0])
    name = {"tile": "Matti Meikäläinen 010101-123A"}     # not a tile id: never counted, never shown
    foreign.write_text(json.dumps({**record, "uuid": "u-1", "type": "tile.opened", "fields": name}) + "\n"
                       + json.dumps({**record, "uuid": "u-2", "type": "session.ended", "fields": {}}) + "\n")

    done = cli("stats", "--from", str(share), "--json")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert sorted(done.stderr.splitlines()) == sorted([
        f"kiosk stats: {good[0]}: 1 line not counted (first: line {cut + 1}: not a line of JSON); "
        f"{len(lines) - 1} counted",
        f"kiosk stats: {broken}: 3 lines not counted (first: line 1: not a line of JSON); 0 counted",
        f"kiosk stats: {foreign}: 2 lines not counted (first: line 1: a tile.opened record outside the usage "
        "schema); 0 counted",
    ])
    data = json.loads(done.stdout)
    assert "Matti" not in done.stdout
    # Everything but the cut record is counted.
    expected["nuorisotalo"]["tiles"][lost] -= 1
    for terminal in ("kirjasto-1", "kirjasto-2", "nuorisotalo"):
        check(data["terminals"][f"test-site/{terminal}"], expected[terminal])
