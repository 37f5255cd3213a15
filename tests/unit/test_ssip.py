"""speech-dispatcher's protocol as the kiosk speaks it (kiosk/core/speech/ssip.py), on bytes alone.

The replies here are copied from speech-dispatcher 0.11.4 (Debian 12) answering
the kiosk's own server.
"""

from __future__ import annotations

import pytest

from kiosk.core.speech import ssip
def test_text_lines_starting_with_a_dot_are_doubled_and_the_end_is_one_dot():
    assert ssip.speak_data("Hei.\n.eka\nrivi") == b"Hei.\r\n..eka\r\nrivi\r\n.\r\n"
    assert ssip.speak_data(".") == b"..\r\n.\r\n"        # never ends the message early
    assert ssip.speak_data("a\r\nb\rc") == b"a\r\nb\r\nc\r\n.\r\n"


def test_commands_are_one_line_and_a_language_is_a_code():
    assert ssip.command("STOP SELF") == b"STOP SELF\r\n"
    with pytest.raises(ValueError):
        ssip.command("SPEAK\r\nQUIT")
    assert ssip.language_command("sv") == b"SET SELF LANGUAGE sv\r\n"
    with pytest.raises(ValueError):
        ssip.language_command("fi\r\nQUIT")
    assert ssip.client_name("digi piste:x") == b"SET SELF CLIENT_NAME digipistex:digipiste:read-aloud\r\n"


def test_replies_and_events_are_told_apart_even_when_they_arrive_together_and_in_pieces():
    reader = ssip.Reader()
    stream = b"225-1\r\n225 OK MESSAGE QUEUED\r\n701-1\r\n701-1\r\n701 BEGIN\r\n702-1\r\n70"
    reader.feed(stream)
    assert [(r.code, r.data, r.text) for r in reader.replies] == [(225, ["1"], "OK MESSAGE QUEUED")]
    assert [(e.name, e.msg_id) for e in reader.events] == [("begin", "1")]
    reader.feed(b"2-1\r\n702 END\r\n210 OK STOPPED\r\n")
    assert [(e.name, e.msg_id) for e in reader.events] == [("begin", "1"), ("end", "1")]
    assert reader.replies[-1].code == 210 and reader.replies[-1].ok


def test_an_error_reply_is_not_ok_and_garbage_is_ignored():
    reader = ssip.Reader()
    reader.feed(b"hello\r\n\r\n409 ERR RATE TOO HIGH\r\n")
    assert len(reader.replies) == 1 and not reader.replies[0].ok


def test_one_voice_per_language_prefers_the_plain_voice_of_the_plain_code():
    data = ["Finnish+Adam\tfi\tAdam", "Finnish\tfi\tnone", "Swedish\tsv\tnone",
            "English (America)\ten-US\tnone", "English (Great Britain)\ten-GB\tnone",
            "English_(Caribbean)\ten-029\tnone", "Nothing\tnone\tnone", "broken line"]
    assert ssip.voices_by_language(data) == {"fi": "Finnish", "sv": "Swedish", "en": "English (America)"}


def test_the_time_a_text_may_take_grows_with_its_length():
    assert ssip.speaking_s("") >= ssip.BEGIN_S
    short, long_ = ssip.speaking_s("Sinun vuorosi."), ssip.speaking_s("x" * 600)
    # espeak-ng speaks ~15 characters a second: the limit leaves at least twice that.
    assert long_ > 600 / 15 * 2 and short < long_
