"""Backoff arithmetic and the Matomo / JSON-lines wire formats."""

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.usage.delivery_rules import Verdict, jsonl_ack, matomo_ack
from kiosk.core.usage.sync_rules import (
    backoff_s, idempotency_key, matomo_payload, matomo_request, ndjson, too_old_for_matomo, visitor_id,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def rec(kind="tile.opened", fields=None, at="2026-12-01T11:50Z", session="a" * 32):
    return {"uuid": "u1", "type": kind, "at": at, "site": "s", "terminal": "t", "session": session,
            "fields": fields if fields is not None else {"tile": "kela"}}


def test_backoff_grows_and_is_capped():
    lo = [backoff_s(n, 30, 3600, rand=lambda: 0.0) for n in range(1, 12)]
    hi = [backoff_s(n, 30, 3600, rand=lambda: 1.0) for n in range(1, 12)]
    assert lo[0] == 15 and hi[0] == 30 and hi[1] == 60 and hi[2] == 120
    assert max(hi) == 3600 and hi[-1] == 3600 and lo[-1] == 1800
    assert backoff_s(0) == 0


@given(st.integers(1, 10_000), st.floats(0, 1))
def test_backoff_bounds(n, r):
    d = backoff_s(n, 30, 3600, rand=lambda: r)
    assert 15 <= d <= 3600


def test_idempotency_key_is_stable():
    assert idempotency_key(["a", "b"]) == idempotency_key(["a", "b"]) != idempotency_key(["a", "c"])


def test_matomo_request_is_an_event_with_age_and_no_identity():
    q = parse_qs(matomo_request(rec(), 7, NOW)[1:])
    assert q["idsite"] == ["7"] and q["e_c"] == ["tile"] and q["e_a"] == ["opened"] and q["e_n"] == ["kela"]
    assert q["cdo"] == ["600"]
    assert "uid" not in q and "cip" not in q and "new_visit" not in q
    assert len(q["_id"][0]) == 16
    started = parse_qs(matomo_request(rec("session.started", {}), 7, NOW)[1:])
    assert started["new_visit"] == ["1"] and started["_id"] == q["_id"]
    ended = parse_qs(matomo_request(rec("session.ended", {"reason": "timeout", "length_min": 9}), 7, NOW)[1:])
    assert ended["e_n"] == ["timeout"] and ended["e_v"] == ["9"]
    assert visitor_id("b" * 32, "s") != q["_id"][0]


def test_matomo_payload_token_only_when_given():
    assert "token_auth" not in json.loads(matomo_payload([rec()], 1, NOW))
    assert json.loads(matomo_payload([rec()], 1, NOW, "tok"))["token_auth"] == "tok"


def test_matomo_reply_must_add_up():
    assert matomo_ack(b'{"status":"success","tracked":3,"invalid":0}', 3).verdict is Verdict.CONFIRMED
    ack = matomo_ack(b'{"tracked":2,"invalid":1}', 3)
    assert ack.verdict is Verdict.CONFIRMED and ack.rejected == 1
    # Matomo skipped one (a lock wait): partial, one missing, unknown which.
    ack = matomo_ack(b'{"tracked":150,"invalid":10}', 200)
    assert ack.verdict is Verdict.PARTIAL and ack.missing == 40 and "do not add up" in ack.why
    assert matomo_ack(b'{"tracked":4,"invalid":0}', 3).verdict is Verdict.FAILED    # more than sent
    for reply in (b"<html>proxy</html>", b'[1,2]', b'{"tracked":"3"}', b'{"tracked":true}'):
        assert matomo_ack(reply, 3).verdict is Verdict.FAILED, reply


def test_jsonl_reply_counts_only_when_the_receiver_counts():
    for quiet in (b"", b"ok", b"{}", b'{"status":"ok"}'):        # Vector, Fluent Bit, Logstash
        assert jsonl_ack(quiet, 5).verdict is Verdict.CONFIRMED, quiet
    assert jsonl_ack(b'{"accepted": 5}', 5).verdict is Verdict.CONFIRMED
    ack = jsonl_ack(b'{"accepted": 3, "rejected": 1}', 5)
    assert ack.verdict is Verdict.PARTIAL and ack.missing == 1 and ack.rejected == 1


def test_matomo_24h_rule():
    old = rec(at=(NOW - timedelta(hours=25)).strftime("%Y-%m-%dT%H:%MZ"))
    assert too_old_for_matomo(old, NOW, has_token=False)
    assert not too_old_for_matomo(old, NOW, has_token=True)
    assert not too_old_for_matomo(rec(), NOW, has_token=False)


def test_ndjson_one_line_per_record():
    lines = ndjson([rec(), rec()]).splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["uuid"] == "u1"
