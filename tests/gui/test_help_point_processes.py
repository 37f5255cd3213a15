"""Three kiosks on one broker: the helper view of one lists the others' residents, a call from it
reaches the resident's own kiosk process, and a kiosk killed with SIGKILL is shown offline with
its resident still listed and closable.

Real parts throughout: two kiosk processes (tests/help_point_kiosk.py, kiosk.app.build with a
[helpers.broker] table) and one kiosk in this process whose helper view is used through its
buttons; a real Mosquitto with TLS and the site's ACL (tests/helpers/broker.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QTableView

from tests.gui.test_help_ui import OWN_PIN, click, find, help_config_text, type_pin
from tests.helpers.broker import broker  # noqa: F401 (the fixture)

REPO = Path(__file__).resolve().parents[2]
WAIT_MS = 40_000     # the broker notices a dead kiosk after 1.5 x its 10 s keep-alive


class KioskProcess:
    """A kiosk process whose stdout lines are collected on a thread (the test's event loop keeps running)."""

    def __init__(self, tmp_path: Path, broker, tid: str, first_name: str) -> None:  # noqa: F811
        config = tmp_path / f"{tid}.toml"
        config.write_text(help_config_text({"kela": "http://127.0.0.1:9/"}).replace(
            'terminal_id = "t1"', f'terminal_id = "{tid}"') + broker.config_table(tid))
        self.errors = tmp_path / f"{tid}.stderr"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.lines: list[str] = []
        with self.errors.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.help_point_kiosk", str(config), str(tmp_path / f"data-{tid}"),
                 first_name], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def request_id(self) -> str | None:
        return next((line.split()[1] for line in self.lines if line.startswith("ready ")), None)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)
        self.proc.stdout.close()


@pytest.fixture
def kiosks(tmp_path, broker):  # noqa: F811
    made: list[KioskProcess] = []

    def make(tid: str, first_name: str = "-") -> KioskProcess:
        k = KioskProcess(tmp_path, broker, tid, first_name)
        made.append(k)
        return k
    yield make
    for k in made:
        k.stop()


def rows(table: QTableView) -> list[list[str]]:
    m = table.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_three_kiosks_one_queue_call_reaches_the_resident_and_a_killed_kiosk_is_offline(
        make_kiosk, qtbot, tmp_path, broker, kiosks):  # noqa: F811
    t2, t3 = kiosks("t2", "Hilkka"), kiosks("t3")
    config = tmp_path / "t1.toml"
    config.write_text(help_config_text({"kela": "http://127.0.0.1:9/"}) + broker.config_table("t1"))
    kiosk = make_kiosk(config)
    w = kiosk.window
    w.language.set("en")
    try:
        qtbot.waitUntil(lambda: bool(t2.request_id() and t3.request_id()), timeout=WAIT_MS)
    except AssertionError:
        raise AssertionError(t2.errors.read_text()[-3000:] + t3.errors.read_text()[-3000:]) from None
    # A helper on t1 logs in: both residents of the other kiosks are listed, with their terminals.
    click(w, "helper-entry")
    type_pin(w, OWN_PIN)
    table = find(w, "helper-queue", QTableView)
    qtbot.waitUntil(lambda: len(rows(table)) == 2, timeout=WAIT_MS)
    assert not table.isColumnHidden(1)
    got = {r[0]: r for r in rows(table)}
    assert set(got) == {"B 1", "C 1"}
    assert got["B 1"][1] == "t2" and got["B 1"][4] == "Hilkka" and got["B 1"][6] == "waiting"
    # The helper chooses t2's resident and calls: t2's own kiosk shows "Your turn" naming them.
    table.selectRow([r[0] for r in rows(table)].index("B 1"))
    click(w, "helper-next")
    qtbot.waitUntil(lambda: any(line.startswith("status Your turn") for line in t2.lines), timeout=WAIT_MS)
    turn = next(line for line in t2.lines if line.startswith("status Your turn"))
    assert "Aino" in turn and "t1" in turn, turn
    # t3 dies without a word: shown offline, its resident still listed and closable.
    os.kill(t3.proc.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: any(r[0] == "C 1" and "terminal offline" in r[6] for r in rows(table)),
                    timeout=WAIT_MS)
    table.selectRow([r[0] for r in rows(table)].index("C 1"))
    click(w, "helper-not-here")
    qtbot.waitUntil(lambda: [r[0] for r in rows(table)] == ["B 1"], timeout=WAIT_MS)
    assert find(w, "helper-duty", QAbstractButton).text() == "Start shift"
    assert not find(w, "helper-link").isVisible()          # the shared list is reachable: no line


def test_helper_view_says_who_took_a_request_and_when_the_shared_list_is_unreachable(
        make_kiosk, qtbot, tmp_path, broker):  # noqa: F811
    from kiosk.core.help import shared_queue as sq
    from tests.gui.test_help_point import Terminal

    config = tmp_path / "t1.toml"
    config.write_text(help_config_text({"kela": "http://127.0.0.1:9/"}) + broker.config_table("t1"))
    kiosk = make_kiosk(config)
    w = kiosk.window
    w.language.set("en")
    t2 = Terminal(broker, "t2", tmp_path)
    try:
        qtbot.waitUntil(lambda: kiosk.help.point.broker.state == "up" and t2.link.state == "up", timeout=WAIT_MS)
        r = t2.queue.ask("kela")
        click(w, "helper-entry")
        type_pin(w, OWN_PIN)
        table = find(w, "helper-queue", QTableView)
        qtbot.waitUntil(lambda: [row[0] for row in rows(table)] == ["B 1"], timeout=WAIT_MS)
        # A helper at t2 calls the resident; the helper here has the row chosen and presses Call too.
        table.selectRow(0)
        t2.point.act(r.id, sq.CALLED, called_by="Pekka · t2")
        qtbot.waitUntil(lambda: "Pekka" in rows(table)[0][6], timeout=WAIT_MS)
        click(w, "helper-next")
        notice = find(w, "helper-notice")
        assert notice.isVisible() and notice.text() == "B 1 was already called by Pekka · t2"
        assert t2.point.known[r.id].progress.called_by == "Pekka · t2"       # not taken over
        assert not find(w, "helper-link").isVisible()
        # The broker goes: a line for helpers, the list still there; the resident's screens say nothing.
        broker.kill()
        link = find(w, "helper-link")
        qtbot.waitUntil(link.isVisible, timeout=WAIT_MS)
        assert "cannot be reached" in link.text() and "shared list" in link.text()
        assert [row[0] for row in rows(table)] == ["B 1"]
    finally:
        t2.stop()


def test_a_helper_on_shift_at_another_terminal_opens_help_here(make_kiosk, qtbot, tmp_path, broker):  # noqa: F811
    from tests.gui.test_help_point import Terminal

    config = tmp_path / "t1.toml"
    config.write_text(help_config_text({"kela": "http://127.0.0.1:9/"}, shifts=False) + broker.config_table("t1"))
    kiosk = make_kiosk(config)
    w = kiosk.window
    w.language.set("en")
    hours = find(w, "help-hours")
    assert hours.text() == "No helper hours are planned at the moment."
    t2 = Terminal(broker, "t2", tmp_path)
    try:
        qtbot.waitUntil(lambda: kiosk.help.point.broker.state == "up" and t2.link.state == "up", timeout=WAIT_MS)
        t2.queue.set_on_duty("Eeva", True)
        t2.point.duty_changed()
        qtbot.waitUntil(lambda: hours.text() == "Help is here now", timeout=WAIT_MS)
        assert kiosk.help.accepting()          # a resident here can ask
        t2.queue.set_on_duty("Eeva", False)
        t2.point.duty_changed()
        qtbot.waitUntil(lambda: hours.text() == "No helper hours are planned at the moment.", timeout=WAIT_MS)
    finally:
        t2.stop()
