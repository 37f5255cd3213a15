"""The kiosk's own speech-dispatcher configuration: no spoken text in its log, ALSA as a fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.speech.speechd_conf import PRIVATE_LOG_LEVEL, speechd_conf


def settings(text: str) -> dict[str, str]:
    return {line.split(None, 1)[0]: line.split(None, 1)[1] for line in text.splitlines()
            if line.strip() and not line.startswith("#")}


def test_the_kiosk_logs_errors_only_into_its_own_folder():
    conf = settings(speechd_conf(Path("/run/user/1000/digipiste-speech-x/log")))
    # speech-dispatcher logs the spoken text from level 4 on (tests/gui/test_speech_engine.py sees it at 5).
    assert int(conf["LogLevel"]) == PRIVATE_LOG_LEVEL < 4
    assert conf["LogDir"] == '"/run/user/1000/digipiste-speech-x/log"'
    assert conf["AudioOutputMethod"] == '"pulse,alsa"'
    assert conf["DefaultModule"] == "espeak-ng" and int(conf["Timeout"]) > 0


@pytest.mark.parametrize("level", [-1, 6])
def test_a_log_level_outside_speech_dispatchers_range_is_refused(level):
    with pytest.raises(ValueError):
        speechd_conf(Path("/tmp/x"), log_level=level)


def test_a_folder_name_that_would_break_the_file_is_refused():
    with pytest.raises(ValueError):
        speechd_conf(Path('/tmp/a"b'))
