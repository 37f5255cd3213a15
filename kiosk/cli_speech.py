"""`kiosk speech-check`: does read aloud work on this terminal? For IT staff after installing.

Starts the kiosk's own speech-dispatcher exactly as the kiosk does
(kiosk/services/speech_server.py), and says one fixed sentence in Finnish,
Swedish and English through Qt's speechd engine. Prints one line per
language and exits 0 when every voice exists and each sentence was spoken to
the end, 1 otherwise (with the reason). It needs no display (offscreen).
Nothing a resident typed or saw is involved: the sentences are fixed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

EXIT_OK, EXIT_FAILED = 0, 1

SENTENCES = {"fi": "Ääneen lukeminen toimii.", "sv": "Uppläsningen fungerar.", "en": "Read aloud works."}


def cmd_speech_check(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from kiosk.services.speech_server import shared_server
    from kiosk.ui.guides.speech import system_speaker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    server = shared_server()
    if not server.available:
        print("speech-check: speech-dispatcher is not installed "
              "(apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)", file=sys.stderr)
        return EXIT_FAILED
    speaker = system_speaker()
    if speaker is None:
        print("speech-check: the speech engine did not start (see the kiosk log lines above)", file=sys.stderr)
        server.stop()
        return EXIT_FAILED
    failed = False
    for lang in args.lang or list(SENTENCES):
        if not speaker.can_speak(lang):
            print(f"{lang}: no voice", file=sys.stderr)
            failed = True
            continue
        speaker.say(SENTENCES.get(lang, SENTENCES["en"]), lang)
        started = _wait(app, speaker.speaking, 5.0)
        finished = started and _wait(app, lambda: not speaker.speaking(), 30.0)
        if finished:
            print(f"{lang}: spoken")
        else:
            print(f"{lang}: {'did not finish' if started else 'did not start'} (no audio output?)",
                  file=sys.stderr)
            failed = True
    speaker.deleteLater()
    QCoreApplication.processEvents()
    server.stop()
    return EXIT_FAILED if failed else EXIT_OK


def _wait(app, condition, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def add_speech_command(sub) -> None:
    p = sub.add_parser("speech-check", help="say a sentence in each language through the kiosk's speech engine")
    p.add_argument("--lang", action="append", choices=sorted(SENTENCES), help="only this language (repeatable)")
    p.set_defaults(func=cmd_speech_check)
