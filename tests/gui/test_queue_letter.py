"""The help-queue letter IT reads is the one residents get: check-config, the start's log line and the
resident's number on the shared queue agree for a terminal the site file does not name.

Real parts throughout: `kiosk check-config` as a process, the kiosk built by kiosk.app.build with its
log file, the machine's identity file named by $DIGIPISTE_TERMINAL_FILE, and the shared queue through
a real Mosquitto with TLS (tests/helpers/broker.py); the resident asks through the widgets.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from kiosk.core.config.terminal import ENV
from kiosk.log import setup_logging
from tests.gui.test_help_ui import ask, help_config_text, text
from tests.helpers.broker import MosquittoBroker, needs_mosquitto

WAIT_MS = 20_000
# Three named terminals hold A, B and C; kirjasto-9 is not named, so its number 9 counts along D..Z.
TABLES = """
[terminals.kirjasto-1]
queue_letter = "C"

[terminals.kirjasto-2]

[terminals.kirjasto-3]
"""


@needs_mosquitto()
def test_check_config_and_the_log_print_the_letter_of_the_residents_number(make_kiosk, qtbot, tmp_path,
                                                                          monkeypatch, data_dir):
    broker = MosquittoBroker(tmp_path / "broker", sites={"test": ["kirjasto-9"]})
    broker.start()
    log = data_dir / "letter.log"
    setup_logging(log, stderr=False)
    try:
        machine = tmp_path / "terminal.toml"
        machine.write_text('id = "kirjasto-9"\n', encoding="utf-8")
        monkeypatch.setenv(ENV, str(machine))
        site = tmp_path / "site.toml"
        site.write_text(help_config_text({"kela": "http://127.0.0.1:9/"}).replace('terminal_id = "t1"\n', "")
                        + TABLES + broker.config_table("kirjasto-9"), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "kiosk", "check-config", str(site)], capture_output=True,
                              text=True, env=dict(os.environ), timeout=120)
        assert done.returncode == 0, done.stderr
        said = re.search(r"this computer is terminal 'kirjasto-9' .* queue letter ([A-Z]),", done.stdout)
        assert said, done.stdout
        printed = said.group(1)

        kiosk = make_kiosk(site)
        logged = re.search(r"this terminal is 'kirjasto-9' .* help-queue letter ([A-Z])", log.read_text())
        assert logged, log.read_text()[-2000:]
        w = kiosk.window
        w.language.set("en")
        qtbot.waitUntil(lambda: kiosk.help.point.broker.state == "up", timeout=WAIT_MS)
        ask(w, qtbot, topic="kela")
        # The resident's number once the point's list holds it: "<letter> 1".
        qtbot.waitUntil(lambda: text(w, "help-number") != "Your number is 1", timeout=WAIT_MS)
        assert text(w, "help-number") == f"Your number is {printed} 1"
        assert logged.group(1) == printed == "L"
    finally:
        setup_logging(None, stderr=False)
        broker.stop()
