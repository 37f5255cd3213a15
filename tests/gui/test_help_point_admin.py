"""What IT sees of the shared help queue's link: the admin view's line and the health files.

A whole kiosk (kiosk.app.build) configured with `[helpers.broker]` against a real Mosquitto with
real TLS (tests/helpers/broker.py); nothing is mocked. A wrong CA (another site's) must show as
one translated sentence in the admin view, the English line in status.json and the log, and
digipiste_broker_connected 0; the right one as "connected" with the number of terminals.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel

from tests.configs import ADMIN_PIN, local_config, local_config_text
from tests.gui.test_admin import open_pad, type_pin
from tests.helpers.broker import MosquittoBroker, broker  # noqa: F401 (the fixture)
from tests.helpers.fakes import FakeClock
from tests.helpers.screen import find

WAIT_MS = 15_000


def broker_kiosk(make_kiosk, tmp_path, table: str):
    config = tmp_path / "site.toml"
    config.write_text(local_config_text({"kela": "http://127.0.0.1:9/"}) + table, encoding="utf-8")
    return make_kiosk(str(config), clock=FakeClock(), quit_app=lambda: None)


def admin_line(kiosk, qtbot, language: str) -> str:
    kiosk.window.language.set(language)
    open_pad(kiosk, qtbot)
    type_pin(kiosk.window, ADMIN_PIN)
    label = find(kiosk.window, "admin-broker-status", QLabel)
    qtbot.waitUntil(label.isVisible)
    text = label.text()
    kiosk.admin.close_admin()
    return text


def test_a_wrong_ca_is_one_translated_line_in_the_admin_view_and_in_the_health_files(make_kiosk, qtbot, broker,
                                                                                        tmp_path):  # noqa: F811
    other = MosquittoBroker(tmp_path / "other-site")       # another site's CA: never started
    table = broker.config_table("t1").replace(str(broker.ca_file), str(other.ca_file))
    kiosk = broker_kiosk(make_kiosk, tmp_path, table)
    point = kiosk.help.point
    qtbot.waitUntil(lambda: point.broker.line != "", timeout=WAIT_MS)

    assert admin_line(kiosk, qtbot, "en") == (
        "Shared help queue: not connected. The broker is not trusted: its certificate is not signed by the "
        "site CA in ca_file. This terminal keeps its own queue.")
    assert admin_line(kiosk, qtbot, "fi") == (
        "Jaettu jono: ei yhteyttä. Välittäjään ei luoteta: sen varmennetta ei ole allekirjoittanut "
        "ca_file-tiedoston pisteen varmentaja. Tämä kone pitää oman jononsa.")
    assert admin_line(kiosk, qtbot, "sv") == (
        "Delad hjälpkö: inte ansluten. Mäklaren är inte betrodd: dess certifikat är inte signerat av platsens CA "
        "i ca_file. Den här datorn håller sin egen kö.")

    qtbot.waitUntil(lambda: kiosk.health is not None and kiosk.health.health.broker != "off", timeout=WAIT_MS)
    kiosk.health.write_now()
    status = json.loads(kiosk.paths.status_file.read_text(encoding="utf-8"))
    assert status["broker"] == "not connected"
    assert "not trusted" in status["broker_problem"] and str(other.ca_file) in status["broker_problem"]
    assert 'digipiste_broker_connected{site="test",terminal="t1"} 0' in kiosk.paths.metrics_file.read_text()
    # The resident is served meanwhile: the terminal's own queue takes the request.
    r = kiosk.help.queue.ask("kela")
    assert point.place(r.id) == 1


def test_connected_says_how_many_terminals_are_on_the_point(make_kiosk, qtbot, broker, tmp_path):  # noqa: F811
    kiosk = broker_kiosk(make_kiosk, tmp_path, broker.config_table("t1"))
    point = kiosk.help.point
    qtbot.waitUntil(lambda: point.broker.state == "up", timeout=WAIT_MS)
    assert admin_line(kiosk, qtbot, "fi") == "Jaettu jono: yhteys kunnossa (1 kone)"
    qtbot.waitUntil(lambda: kiosk.health is not None and kiosk.health.health.broker == "connected", timeout=WAIT_MS)
    kiosk.health.write_now()
    assert 'digipiste_broker_connected{site="test",terminal="t1"} 1' in kiosk.paths.metrics_file.read_text()


def test_without_a_broker_the_admin_view_says_not_in_use_and_no_broker_metric(make_kiosk, qtbot):
    kiosk = make_kiosk(local_config({"a": "http://127.0.0.1:9/"}), clock=FakeClock(), quit_app=lambda: None)
    assert admin_line(kiosk, qtbot, "fi") == "Jaettu jono: ei käytössä"
    qtbot.waitUntil(lambda: kiosk.health is not None)
    kiosk.health.write_now()
    assert "digipiste_broker_connected" not in kiosk.paths.metrics_file.read_text()
    assert json.loads(kiosk.paths.status_file.read_text(encoding="utf-8"))["broker"] == "off"



def test_every_kind_of_broker_failure_has_its_own_sentence(qapp):
    from kiosk.services.broker_tls import Failure
    from kiosk.ui.shell.broker_texts import BrokerTexts

    texts = BrokerTexts()
    generic = texts.failure(Failure.OTHER.value)
    named = {kind: texts.failure(kind.value) for kind in Failure if kind is not Failure.OTHER}
    assert generic not in named.values() and len(set(named.values())) == len(named)
    assert texts.failure("") not in (generic, *named.values())       # not connected yet
