"""The point's shared help queue (kiosk.core.help.shared_queue): merge, clock, order, wire format.

The merge's promises are checked with hypothesis: whatever order and however many times the
same messages arrive, every terminal ends with the same list; two terminals that acted apart
converge once they hear each other.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.help import shared_queue as sq

T0 = 1_796_000_000.0    # unix seconds, December 2026


def request(n: int = 1, terminal: str = "a", **kw) -> sq.SharedRequest:
    return sq.SharedRequest(id=f"{terminal}-{n}", terminal=terminal, letter=terminal.upper(), number=n,
                            day="2026-12-07", topic="kela", created_at=T0 + n, **kw)


# -- messages a point might produce ----------------------------------------------------------------

TERMINALS = ("a", "b", "c")


@st.composite
def histories(draw) -> list[sq.SharedRequest]:
    """The messages of a few requests moved on by helpers on several terminals, each with its own clock."""
    messages = []
    clocks = {t: sq.Hlc() for t in TERMINALS}
    for n in range(1, draw(st.integers(1, 4)) + 1):
        owner = draw(st.sampled_from(TERMINALS))
        base = request(n, owner, first_name=draw(st.sampled_from(["", "Aino"])))
        clocks[owner] = clocks[owner].tick(1000 * n)
        base = replace(base, progress=sq.Progress(hlc=clocks[owner], writer=owner),
                       doing=sq.Doing(hlc=clocks[owner]))
        messages.append(base)
        current = {t: base for t in TERMINALS}   # what each terminal last knew of it (no hearing in between)
        for _ in range(draw(st.integers(0, 6))):
            who = draw(st.sampled_from(TERMINALS))
            now = draw(st.integers(0, 5000))
            clocks[who] = clocks[who].tick(now)
            if draw(st.booleans()) and who == owner:
                step = draw(st.integers(0, 9))
                new = replace(current[who], doing=sq.Doing("kela", "omakela", step, clocks[who]))
            else:
                state = draw(st.sampled_from([sq.CALLED, sq.SERVING, sq.CLOSED]))
                new = sq.advance(current[who], state, clocks[who], who, T0 + now, called_by=f"helper {who}",
                                 ended="done" if state == sq.CLOSED else "")
            current[who] = new
            messages.append(new)
            if draw(st.booleans()):   # sometimes a terminal hears another before acting again
                other = draw(st.sampled_from(TERMINALS))
                current[other] = sq.merge(current[other], new)
    return messages


def fold(messages) -> dict[str, sq.SharedRequest]:
    known: dict[str, sq.SharedRequest] = {}
    for m in messages:
        sq.merge_into(known, m)
    return known


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False), st.lists(st.integers(0, 50), max_size=20))
def test_any_order_and_any_duplicates_give_the_same_list(messages, rnd, dupes):
    expected = fold(messages)
    again = list(messages) + [messages[i % len(messages)] for i in dupes]   # QoS 1 redelivery
    rnd.shuffle(again)
    assert fold(again) == expected
    assert [r.id for r in sq.in_order(fold(again).values())] == [r.id for r in sq.in_order(expected.values())]


@settings(max_examples=200, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_two_terminals_apart_then_rejoined_converge(messages, rnd):
    heard_by_a = [m for m in messages if rnd.random() < 0.6]
    heard_by_b = [m for m in messages if rnd.random() < 0.6]
    a, b = fold(heard_by_a), fold(heard_by_b)
    # Back together: each publishes what it holds (retained) and hears the other's.
    for r in list(b.values()):
        sq.merge_into(a, r)
    for r in list(a.values()):
        sq.merge_into(b, r)
    assert a == b
    # And nothing a terminal heard is lost: everything sent by anyone is known once all is heard.
    assert a == fold(heard_by_a + heard_by_b)


@settings(max_examples=200, deadline=None)
@given(histories())
def test_a_closed_request_never_keeps_a_first_name(messages):
    for r in fold(messages).values():
        assert r.is_open or r.first_name == ""


def test_two_helpers_calling_the_same_request_one_wins_on_both():
    base = request(1, "a", first_name="Aino")
    by_b = sq.advance(base, sq.CALLED, sq.Hlc(5000, 0), "b", T0 + 5, called_by="Eeva · Terminal B")
    by_c = sq.advance(base, sq.CALLED, sq.Hlc(5000, 0), "c", T0 + 5, called_by="Pekka · Terminal C")
    on_b, on_c = sq.merge(by_b, by_c), sq.merge(by_c, by_b)
    assert on_b == on_c
    assert on_b.progress.called_by == "Pekka · Terminal C"    # same clock: the greater terminal id wins
    assert on_b.first_name == "Aino"


def test_states_only_move_forward_and_a_recall_raises_the_attempt():
    r = request()
    called = sq.advance(r, sq.CALLED, sq.Hlc(1, 0), "b", T0)
    assert called.progress.attempt == 1
    recalled = sq.advance(called, sq.CALLED, sq.Hlc(2, 0), "b", T0 + 60)
    assert recalled.progress.attempt == 2 and sq.merge(called, recalled) == recalled
    closed = sq.advance(recalled, sq.CLOSED, sq.Hlc(3, 0), "b", T0 + 90, ended="done")
    assert sq.advance(closed, sq.CALLED, sq.Hlc(9, 0), "c", T0 + 99) is closed
    # A late "called" from a clock far ahead does not reopen it.
    late = sq.advance(r, sq.CALLED, sq.Hlc(10**12, 0), "z", T0)
    assert sq.merge(closed, late).state == sq.CLOSED


def test_the_clock_moves_past_what_it_heard():
    here = sq.Hlc(1000, 3)
    assert here.tick(900) == sq.Hlc(1000, 4)           # wall clock stepped back: still increases
    assert here.tick(2000) == sq.Hlc(2000, 0)
    heard = here.receive(sq.Hlc(5000, 7), 1200)         # the other terminal's clock runs ahead
    assert heard == sq.Hlc(5000, 8) and heard > sq.Hlc(5000, 7)
    assert sq.Hlc(5000, 8).receive(sq.Hlc(5000, 2), 10) == sq.Hlc(5000, 9)


def test_place_in_line_and_wait_band_count_everyone_at_the_point():
    rs = [request(1, "a"), request(1, "b"), request(2, "a"), request(2, "c")]
    rs = [replace(r, created_at=T0 + i) for i, r in enumerate(rs)]
    assert sq.place_in_line(rs, "c-2") == 4
    assert [r.label for r in sq.in_order(rs)] == ["A 1", "B 1", "A 2", "C 2"]
    # Two on duty, nobody busy, 20 min each: the fourth waits about (4-1-2+1)*20/2 = 20 min.
    band = sq.estimate(rs, "c-2", helpers_on_duty=2, default_handling_min=20)
    assert band.low == 20 and band.high > band.low
    assert sq.estimate(rs, "c-2", helpers_on_duty=0, default_handling_min=20) is None


def test_figures_of_the_point_from_closed_requests():
    r = request(1, "b")
    called = sq.advance(r, sq.CALLED, sq.Hlc(1, 0), "a", r.created_at + 600)
    done = sq.advance(called, sq.CLOSED, sq.Hlc(2, 0), "a", r.created_at + 600 + 1200, ended="done")
    assert sq.figures([done, request(2, "c")], "2026-12-07") == {
        "helped": 1, "median_wait_min": 10, "median_handling_min": 20}


def test_wire_round_trip_and_the_name_only_where_allowed():
    r = sq.advance(request(3, "b", first_name="Aino", terminal_label="Ikkunan vieressä"), sq.CALLED,
                   sq.Hlc(7, 1), "c", T0 + 3, called_by="Eeva · C")
    r = replace(r, doing=sq.Doing("kela", "omakela-hakemus", 4, sq.Hlc(6, 0)))
    assert sq.from_wire(sq.to_wire(r, with_name=True)) == r
    assert b"Aino" not in sq.to_wire(r, with_name=False)
    closed = sq.advance(r, sq.CLOSED, sq.Hlc(8, 0), "c", T0 + 9, ended="done")
    assert b"Aino" not in sq.to_wire(replace(closed, first_name="Aino"), with_name=True)


@pytest.mark.parametrize("payload", [b"", b"{", b"[]", b'{"id": 1}', b"\xff\xfe",
                                     sq.to_wire(request(), with_name=False).replace(b'"waiting"', b'"lost"')])
def test_a_message_that_is_not_a_request_is_refused_by_name(payload):
    with pytest.raises(sq.WireError):
        sq.from_wire(payload)


def test_a_refused_message_never_quotes_its_values():
    bad = sq.to_wire(request(), with_name=False).replace(b'"number":1', b'"number":"Hilkka"')
    with pytest.raises(sq.WireError) as exc:
        sq.from_wire(bad)
    assert "Hilkka" not in str(exc.value)


def test_presence_round_trip():
    p = sq.Presence("b", True, "Terminal B", ("Eeva",))
    assert sq.presence_from_wire("b", sq.presence_to_wire(p)) == p
    with pytest.raises(sq.WireError):
        sq.presence_from_wire("b", b"nope")


# -- the topic's words travel with the request (issue 19 follow-up) ----------------------------------------

def test_the_topic_labels_travel_with_the_request_and_are_bounded():
    r = request(4, "b", topic_labels=(("en", "Kela benefits"), ("fi", "Kelan etuudet"), ("sv", "FPA:s förmåner")))
    assert sq.from_wire(sq.to_wire(r, with_name=False)).topic_labels == r.topic_labels
    # A message from an older terminal has none; a huge one from elsewhere is cut to size.
    assert sq.from_wire(sq.to_wire(request(4, "b"), with_name=False)).topic_labels == ()
    body = sq.to_wire(request(4, "b"), with_name=False)[:-1] + (
        b',"topic_labels":{' + b",".join(b'"l%d":"%s"' % (i, b"x" * 500) for i in range(40)) + b"}}")
    labels = sq.from_wire(body).topic_labels
    assert len(labels) == sq.MAX_LABELS and all(len(text) == sq.MAX_LABEL_CHARS for _lang, text in labels)
    with pytest.raises(sq.WireError):
        sq.from_wire(sq.to_wire(request(4, "b"), with_name=False)[:-1] + b',"topic_labels":"kela"}')


def test_a_topic_without_any_label_is_shown_readable():
    assert sq.readable_id("my_device") == "My device"
    assert sq.readable_id("oma-kanta") == "Oma kanta"


def _hostile(path: tuple[str, ...], value: str) -> bytes:
    """A well-formed request's message with one number replaced by raw JSON text."""
    import json
    body = json.loads(sq.to_wire(request(1), with_name=False))
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "@@"
    return json.dumps(body).replace('"@@"', value).encode()


HOSTILE = [
    _hostile(("created_at",), "1e400"),           # inf: int(inf) raised OverflowError, not caught
    _hostile(("created_at",), "NaN"),
    _hostile(("created_at",), "1e300"),           # finite, but datetime.fromtimestamp fails on it
    _hostile(("created_at",), "-5"),
    _hostile(("number",), "1e400"),
    _hostile(("number",), "-3"),
    _hostile(("progress", "attempt"), "1e400"),
    _hostile(("progress", "called_at"), "Infinity"),
    _hostile(("progress", "hlc"), "[1e400, 0]"),
    _hostile(("doing", "step"), "1e20"),
    b"[" * 100_000 + b"]" * 100_000,                  # RecursionError in json.loads
    b'{"id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
]


@pytest.mark.parametrize("payload", HOSTILE, ids=range(len(HOSTILE)))
def test_a_number_out_of_range_or_too_deep_nesting_is_refused_as_not_a_request(payload):
    with pytest.raises(sq.WireError):
        sq.from_wire(payload)


@pytest.mark.parametrize("payload", [b'{"online": true, "on_duty": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                                     b"[" * 100_000 + b"]" * 100_000])
def test_a_presence_message_nested_too_deep_is_refused(payload):
    with pytest.raises(sq.WireError):
        sq.presence_from_wire("t1", payload)


def test_a_request_with_sane_numbers_still_passes():
    r = sq.from_wire(sq.to_wire(request(3), with_name=False))
    assert (r.number, r.created_at) == (3, T0 + 3)
