"""The pure rules of the poller: when to ask next, and when a fetched configuration may apply."""

from __future__ import annotations

import random

from kiosk.core.fleet.config_poll import FIRST_POLL_MAX_S, JITTER, apply_now, next_wait_s


def test_waits_are_the_interval_plus_up_to_a_tenth_and_spread_over_a_fleet():
    rng = random.Random(20)
    waits = [next_wait_s(900, rng) for _ in range(300)]
    assert all(900 <= w <= 900 * (1 + JITTER) for w in waits)
    # Thirty terminals started together do not keep asking in the same second.
    assert len({int(w) for w in waits[:30]}) > 20


def test_the_first_poll_comes_soon_after_a_start():
    rng = random.Random(3)
    firsts = [next_wait_s(900, rng, first=True) for _ in range(300)]
    assert all(1 <= w <= FIRST_POLL_MAX_S for w in firsts)
    assert all(1 <= next_wait_s(10, rng, first=True) <= 1.0 for _ in range(10))


def test_it_applies_only_when_nobody_needs_the_kiosk():
    assert apply_now("")
    for reason in ("a resident's session", "the admin view is open", "the helper view is open", "recent input"):
        assert not apply_now(reason)
