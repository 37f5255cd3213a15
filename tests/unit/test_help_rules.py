"""The help queue's pure rules: transitions, order, estimates, schedule, name purge."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.help import queue as hq
from kiosk.core.help.schedule import (HERE_NOW, NEXT, NONE, TODAY, ExtraShift, Schedule, WeeklyShift,
                                      help_status)

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DAY = date(2026, 12, 1)


def req(n=1, state=hq.WAITING, at=T0, **kw) -> hq.Request:
    return hq.Request(id=f"id-{n}", number=n, day=kw.pop("day", DAY), topic="kela", created_at=at,
                      state=state, **kw)


# -- transitions ------------------------------------------------------------------

LEGAL = [(a, b) for a, targets in hq.TRANSITIONS.items() for b in targets]
ILLEGAL = [(a, b) for a, b in itertools.product(hq.RANK, hq.RANK) if (a, b) not in LEGAL]


@pytest.mark.parametrize("old,new", LEGAL)
def test_every_legal_transition(old, new):
    r = req(state=old, first_name="Aino")
    out = hq.transition(r, new, T0 + timedelta(minutes=3), outcome="solved" if new == hq.DONE else "")
    assert out.state == new and out.state_at == T0 + timedelta(minutes=3)
    assert out.rank >= r.rank or (old, new) == (hq.CALLED, hq.WAITING)
    if new in hq.CLOSED_STATES:
        assert out.first_name == "" and out.closed_at == T0 + timedelta(minutes=3)
    else:
        assert out.first_name == "Aino"


@pytest.mark.parametrize("old,new", ILLEGAL)
def test_every_illegal_transition_is_refused_with_a_reason(old, new):
    with pytest.raises(hq.IllegalTransition) as exc:
        hq.transition(req(state=old), new, T0, outcome="solved" if new == hq.DONE else "")
    assert "request 1" in str(exc.value)


def test_done_needs_a_known_outcome_and_others_none():
    with pytest.raises(hq.IllegalTransition, match="needs an outcome"):
        hq.transition(req(state=hq.IN_PROGRESS), hq.DONE, T0)
    with pytest.raises(hq.IllegalTransition, match="needs an outcome"):
        hq.transition(req(state=hq.IN_PROGRESS), hq.DONE, T0, outcome="great")
    with pytest.raises(hq.IllegalTransition, match="only a done request"):
        hq.transition(req(), hq.CANCELLED, T0, outcome="solved")
    with pytest.raises(hq.IllegalTransition, match="unknown state"):
        hq.transition(req(), "lost", T0)


def test_times_recorded_through_the_life_of_a_request():
    r = hq.transition(req(), hq.CALLED, T0 + timedelta(minutes=5))
    r = hq.transition(r, hq.IN_PROGRESS, T0 + timedelta(minutes=6))
    r = hq.transition(r, hq.DONE, T0 + timedelta(minutes=26), outcome="referred_bank", topic="bank")
    assert (r.called_at, r.started_at, r.closed_at) == (
        T0 + timedelta(minutes=5), T0 + timedelta(minutes=6), T0 + timedelta(minutes=26))
    assert r.outcome == "referred_bank" and r.topic == "bank"


def test_merge_keeps_the_furthest_state_either_way():
    a = req(state=hq.WAITING)
    b = hq.transition(hq.transition(a, hq.CALLED, T0 + timedelta(minutes=1)), hq.IN_PROGRESS,
                      T0 + timedelta(minutes=2))
    assert hq.merge(a, b) == b and hq.merge(b, a) == b
    c = hq.transition(a, hq.CANCELLED, T0 + timedelta(minutes=3))
    d = hq.transition(a, hq.LEFT, T0 + timedelta(minutes=4))
    assert hq.merge(c, d) == d and hq.merge(d, c) == d
    with pytest.raises(ValueError):
        hq.merge(a, req(n=2))


# -- order and numbers -------------------------------------------------------------

def test_order_is_first_come_first_served_and_place_counts_only_waiting():
    rs = [req(3, at=T0 + timedelta(minutes=2)), req(1), req(2, at=T0 + timedelta(minutes=1)),
          req(4, state=hq.DONE, at=T0 - timedelta(minutes=9))]
    assert [r.number for r in hq.in_order(rs)] == [1, 2, 3]
    rs[1] = hq.transition(rs[1], hq.CALLED, T0 + timedelta(minutes=3))
    assert hq.place_in_line(rs, "id-2") == 1 and hq.place_in_line(rs, "id-3") == 2
    assert hq.place_in_line(rs, "id-1") is None


def test_numbers_restart_each_day():
    rs = [req(1), req(2), req(7, day=date(2026, 11, 30))]
    assert hq.next_number(rs, DAY) == 3
    assert hq.next_number(rs, date(2026, 12, 2)) == 1


# -- estimate ----------------------------------------------------------------------

def done(minutes: float, k: int) -> hq.Request:
    start = T0 + timedelta(hours=k)
    return hq.Request(id=f"d{k}", number=k, day=DAY, topic="kela", created_at=start, state=hq.DONE,
                      started_at=start, closed_at=start + timedelta(minutes=minutes))


def test_handling_time_default_then_rolling_median_of_last_ten():
    assert hq.handling_minutes([], default=20) == 20
    assert hq.handling_minutes([done(10, 0)], default=20) == 10
    history = [done(100, -3)] + [done(m, k) for k, m in enumerate([10, 12, 14, 16, 18, 20, 22, 24, 26, 28], 1)]
    assert hq.handling_minutes(history, default=20) == 19   # the 100-minute one is older than ten


def test_estimate_nobody_on_duty_is_none():
    assert hq.estimate(1, helpers_on_duty=0, busy_helpers=0, handling_min=20) is None


def test_estimate_one_helper():
    assert hq.estimate(1, 1, 0, 20).now                      # a free helper comes now
    assert (hq.estimate(1, 1, 1, 20).low, hq.estimate(1, 1, 1, 20).high) == (20, 30)
    e = hq.estimate(3, 1, 1, 20)                              # two ahead, plus one: 60 min
    assert (e.low, e.high) == (60, 90)


def test_estimate_two_helpers():
    assert hq.estimate(2, 2, 0, 20).now
    e = hq.estimate(3, 2, 0, 20)                              # both free helpers taken: 1 * 20 / 2
    assert (e.low, e.high) == (10, 15)
    e = hq.estimate(3, 2, 2, 20)                              # both busy: (2 + 1) * 20 / 2 = 30
    assert (e.low, e.high) == (30, 45)


def test_band_never_claims_precision():
    assert hq.band(2) == hq.Estimate(0, 5)
    for minutes in (5, 7.5, 13, 29, 61, 118):
        b = hq.band(minutes)
        assert b.low % 5 == 0 and b.high % 5 == 0 and b.low <= minutes < b.high


# -- name purge --------------------------------------------------------------------

def test_names_go_when_closed_and_from_earlier_days():
    rs = [req(1, first_name="Aino"), req(2, state=hq.DONE, first_name="Eino"),
          req(3, first_name="Liisa", day=date(2026, 11, 30))]
    assert sorted(hq.names_to_purge(rs, DAY)) == ["id-2", "id-3"]
    assert [r.id for r in hq.stale_open(rs, DAY)] == ["id-3"]
    assert hq.names_to_purge(rs, date(2026, 12, 2)) == ["id-1", "id-2", "id-3"]


# -- schedule ----------------------------------------------------------------------

HKI = "Europe/Helsinki"
TZ = ZoneInfo(HKI)
SCHED = Schedule.build(HKI, [WeeklyShift("tue", time(10), time(12), "eSeniorit"),
                             WeeklyShift("thu", time(10), time(12), "eSeniorit"),
                             WeeklyShift("sun", time(10), time(12), "Digikaverit")],
                       holidays=[date(2026, 12, 8)],
                       extra=[ExtraShift(date(2026, 12, 9), time(13), time(15), "Digimyyrät")])


def local(*args) -> datetime:
    return datetime(*args, tzinfo=TZ)


def test_slots_on_a_day_holiday_and_extra():
    assert [(s.start.hour, s.who) for s in SCHED.slots_on(date(2026, 12, 1))] == [(10, "eSeniorit")]
    assert SCHED.slots_on(date(2026, 12, 8)) == []                       # a Tuesday holiday
    assert [(s.start.hour, s.who) for s in SCHED.slots_on(date(2026, 12, 9))] == [(13, "Digimyyrät")]


def test_current_and_next():
    assert SCHED.current(local(2026, 12, 1, 10, 30)).who == "eSeniorit"
    assert SCHED.current(local(2026, 12, 1, 12, 0)) is None              # the end is exclusive
    nxt = SCHED.next_slot(local(2026, 12, 1, 12, 0))
    assert nxt.start == local(2026, 12, 3, 10, 0)
    assert SCHED.next_slot(local(2026, 12, 4, 13, 0)).start == local(2026, 12, 6, 10, 0)
    # the holiday is skipped: after Sunday 6.12 comes extra Wednesday 9.12
    assert SCHED.next_slot(local(2026, 12, 6, 13, 0)).start == local(2026, 12, 9, 13, 0)


@pytest.mark.parametrize("sunday", [date(2027, 3, 28), date(2026, 10, 25)])
def test_wall_clock_hours_hold_across_daylight_saving_changes(sunday):
    # Both changes happen at 03:00/04:00 local on the last Sunday; a 10:00 shift
    # stays at 10:00 local, its UTC offset changes.
    slot = SCHED.slots_on(sunday)[0]
    assert (slot.start.hour, slot.end.hour) == (10, 12)
    before = SCHED.slots_on(sunday - timedelta(days=7))[0]
    assert slot.start.utcoffset() != before.start.utcoffset()
    assert slot.end - slot.start == timedelta(hours=2)
    # Asked in UTC just inside the shift, the schedule still finds it.
    inside = slot.start.astimezone(UTC) + timedelta(minutes=1)
    assert SCHED.current(inside) == slot


def test_nonexistent_wall_time_moves_forward():
    s = Schedule.build(HKI, [WeeklyShift("sun", time(3, 30), time(5), "")])
    slot = s.slots_on(date(2027, 3, 28))[0]
    assert (slot.start.hour, slot.start.minute) == (4, 30)


def test_help_status_words():
    assert help_status(SCHED, local(2026, 12, 1, 10, 30), on_duty=["Aino"]).kind == HERE_NOW
    assert help_status(SCHED, local(2026, 12, 1, 10, 30), on_duty=["Aino"]).who == "eSeniorit"
    assert help_status(SCHED, local(2026, 12, 1, 8, 0)).kind == TODAY
    st = help_status(SCHED, local(2026, 12, 1, 13, 0))
    assert st.kind == NEXT and st.slot.start == local(2026, 12, 3, 10, 0)
    assert help_status(Schedule.build(HKI), local(2026, 12, 1, 8, 0)).kind == NONE


def test_a_shift_written_to_end_at_23_59_runs_to_midnight():
    """"00:00-23:59 every day" (the site file has no 24:00) leaves no minute with nobody on duty."""
    s = Schedule.build(HKI, [WeeklyShift(day, time(0), time(23, 59), "Päivystys")
                             for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")])
    last_minute = datetime(2026, 12, 7, 23, 59, 30, tzinfo=ZoneInfo(HKI))
    assert s.current(last_minute) is not None
    assert help_status(s, last_minute).kind == TODAY
    # A shift that ends at any other time still ends then.
    early = Schedule.build(HKI, [WeeklyShift("mon", time(10), time(12), "")])
    assert early.current(datetime(2026, 12, 7, 12, 0, 30, tzinfo=ZoneInfo(HKI))) is None
