"""Splitting, waiting and the attempt bound of delivery (kiosk.core.usage.delivery_rules)."""

import math

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.usage.delivery_rules import (
    MAX_ATTEMPTS, RETRY_CAP_S, due_window, next_batch_size, pieces, retry_delay_s, set_aside,
)


@given(st.integers(2, 5000), st.integers(0, 5000))
def test_pieces_cover_the_batch_in_order_and_always_split(n, missing):
    cuts = pieces(n, min(missing, n))
    assert cuts[0][0] == 0 and cuts[-1][1] == n
    assert all(a < b for a, b in cuts) and all(b == c for (_a, b), (c, _d) in zip(cuts, cuts[1:]))
    assert 2 <= len(cuts) <= n and max(b - a for a, b in cuts) <= math.ceil(n / 2)


def test_pieces_go_down_to_single_events_within_log2_rounds():
    n, rounds = 200, 0
    while n > 1:               # the worst case: one missing, always in the largest piece
        n = max(b - a for a, b in pieces(n, 1))
        rounds += 1
    assert rounds <= math.ceil(math.log2(200))
    assert pieces(1, 1) == []


def test_more_missing_means_more_pieces():
    assert len(pieces(200, 1)) == 16            # about sqrt(n): the second round of copies stays short
    assert len(pieces(200, 20)) == 64           # each piece expects at most half a missing event
    assert len(pieces(200, 200)) == 200
    assert pieces(2, 1) == [(0, 1), (1, 2)]


def test_batch_size_follows_the_drop_rate_and_recovers():
    assert next_batch_size(200, 200, sent=200, missing=20) == 2       # 10 % lost: (0.9)^2 >= 0.8
    assert next_batch_size(200, 200, sent=200, missing=1) == 44
    assert next_batch_size(1, 200, sent=1, missing=1) == 1
    size, grown = 2, []
    while size < 200:
        size = next_batch_size(size, 200)
        grown.append(size)
    assert grown[-1] == 200 and len(grown) < 60 and grown[:3] == [3, 4, 5]


def test_retry_wait_and_the_attempt_bound():
    assert [retry_delay_s(a, rand=lambda: 1.0) for a in (1, 2, 3)] == [60, 120, 240]
    assert retry_delay_s(40, rand=lambda: 1.0) == RETRY_CAP_S
    assert not set_aside(MAX_ATTEMPTS - 1) and set_aside(MAX_ATTEMPTS)


def test_a_retry_is_due_when_its_time_came_or_the_clock_went_back_past_it():
    from datetime import UTC, datetime

    now = datetime(2026, 12, 7, tzinfo=UTC)
    due, past = due_window(now)
    assert due == now and (past - now).total_seconds() > RETRY_CAP_S
