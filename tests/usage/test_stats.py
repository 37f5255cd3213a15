"""`kiosk stats`: the coordinator's questions answered from the local usage log."""

import json
from datetime import UTC, datetime

from kiosk.core.usage.events import Event
from kiosk.core.usage.schema import Context, to_record
from tests.usage.sync_helpers import fill, kiosk_cli, write_config

CTX = Context.make("test-site", "t1", ["kela", "kanta"], ["login-bank", "kela-apply"])


def session(sid: str, at: datetime, events: list[tuple[str, dict]]) -> list[dict]:
    out = []
    for kind, fields in [("session.started", {}), *events]:
        rec = to_record(Event(kind, fields, at), CTX, sid)   # help.* are not hub kinds yet
        assert rec is not None, kind
        out.append(rec)
    return out


def test_stats_json_and_text(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    d1 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    d2 = datetime(2026, 12, 1, 21, 30, tzinfo=UTC)      # 23:30 in Helsinki: still 1 December
    recs = (session("a" * 32, d1, [("tile.opened", {"tile": "kela"}),
                                   ("guide.opened", {"guide": "kela-apply", "steps": 7}),
                                   ("guide.closed", {"guide": "kela-apply", "step": 3}),
                                   ("session.feedback", {"answer": "partly"}),
                                   ("session.ended", {"reason": "resident", "length_s": 1260})])
            + session("b" * 32, d1, [("tile.opened", {"tile": "kanta"}),
                                     ("session.ended", {"reason": "timeout", "length_s": 400})])
            + session("c" * 32, d2, [("guide.opened", {"guide": "login-bank", "steps": 5}),
                                     ("guide.completed", {"guide": "login-bank"}),
                                     ("help.requested", {"topic": "my_device"}),
                                     ("help.closed", {"topic": "my_device", "outcome": "solved",
                                                      "wait_s": 300, "handling_s": 1500}),
                                     ("session.ended", {"reason": "resident", "length_s": 2000})]))
    fill(data / "kiosk.db", recs)
    config = write_config(tmp_path / "site.toml", 'target = "none"\n')
    run = kiosk_cli("stats", "--json", "--config", str(config), "--data-dir", str(data))
    assert run.returncode == 0, run.stderr
    s = json.loads(run.stdout)
    assert s["sessions"] == 3
    assert s["sessions_per_day"] == {"2026-11-30": 2, "2026-12-01": 1}
    assert s["sessions_ended"] == {"resident": 2, "timeout": 1}
    assert s["tiles"] == {"kela": 1, "kanta": 1}
    assert s["guides"]["kela-apply"] == {"opened": 1, "completed": 0, "abandoned": 1, "abandoned_at_step": {"3": 1}}
    assert s["guides"]["login-bank"]["completed"] == 1
    assert s["help"]["requested"] == 1 and s["help"]["outcomes"] == {"solved": 1}
    assert s["help"]["handling_min_median"] == 25
    assert s["feedback"] == {"yes": 0, "partly": 1, "no": 0, "skipped": 0}
    assert s["outbox"]["pending"] == len(recs)
    since = json.loads(kiosk_cli("stats", "--json", "--since", "2026-12-01", "--config", str(config),
                                 "--data-dir", str(data)).stdout)
    assert since["sessions"] == 1 and since["sessions_per_day"] == {"2026-12-01": 1}
    text = kiosk_cli("stats", "--config", str(config), "--data-dir", str(data)).stdout
    assert "Sessions: 3" in text and "Guide kela-apply: opened 1, completed 0, abandoned 1 (step 3: 1)" in text
    bad = kiosk_cli("stats", "--since", "yesterday", "--data-dir", str(data))
    assert bad.returncode == 2 and "not a date: 'yesterday' (use YYYY-MM-DD)" in bad.stderr
