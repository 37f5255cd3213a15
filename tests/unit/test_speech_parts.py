"""A guide's Finnish words as speech parts, and the parts as they are queued in the speech engine.

Expectations are written out by hand from the guide format (**words**{fi}) and
the voices espeak-ng has on this kind of machine (no Somali).
"""

from __future__ import annotations

from kiosk.core.guides.finnish_words import SPEECH_CLOSE, SPEECH_OPEN, speech_parts, with_speech_marks
from kiosk.core.speech.ssip import MAX_PARTS, parts_to_speak

VOICES = {"fi": "Finnish", "sv": "Swedish", "ru": "Russian", "ar": "Arabic"}


def test_marked_words_become_finnish_parts_and_nothing_is_lost():
    marked = with_speech_marks("Нажмите **Kirjaudu OmaKantaan**{fi} (Войти), потом **Jatka**{fi}.")
    assert "{fi}" not in marked and marked.count("**") == 4     # still bold for the page
    # What Qt's Markdown leaves of it: the words with the speech marks around the Finnish ones.
    plain = marked.replace("**", "")
    parts = speech_parts(plain, "ru")
    assert parts == [("ru", "Нажмите "), ("fi", "Kirjaudu OmaKantaan"), ("ru", " (Войти), потом "),
                     ("fi", "Jatka"), ("ru", ".")]
    assert "".join(t for _, t in parts) == "Нажмите Kirjaudu OmaKantaan (Войти), потом Jatka."


def test_a_text_without_finnish_words_is_one_part_and_unmatched_marks_are_dropped():
    assert speech_parts("Avaa reseptit.\nNapauta Reseptit.", "fi") == [("fi", "Avaa reseptit.\nNapauta Reseptit.")]
    assert speech_parts(f"a{SPEECH_CLOSE}b {SPEECH_OPEN}Jatka", "ru") == [("ru", "ab "), ("fi", "Jatka")]
    assert speech_parts("", "ru") == []


def test_parts_without_a_voice_are_read_in_the_request_language_and_neighbours_join():
    parts = [("ru", "Нажмите "), ("fi", "Jatka"), ("ru", " (Продолжить)")]
    assert parts_to_speak(parts, "ru", VOICES) == parts
    # No Finnish voice on this terminal: all Russian, one message.
    assert parts_to_speak(parts, "ru", {"ru": "Russian"}) == [("ru", "Нажмите Jatka (Продолжить)")]
    # A part with only spaces is not a message of its own.
    assert parts_to_speak([("ru", "Нажмите"), ("fi", " "), ("ru", "кнопку")], "ru", VOICES) == [
        ("ru", "Нажмите кнопку")]


def test_a_request_is_never_more_than_max_parts_messages():
    parts = [("ru" if i % 2 else "fi", f"w{i} ") for i in range(3 * MAX_PARTS)]
    queued = parts_to_speak(parts, "ru", VOICES)
    assert len(queued) == MAX_PARTS
    assert "".join(t for _, t in queued) == "".join(t for _, t in parts)
