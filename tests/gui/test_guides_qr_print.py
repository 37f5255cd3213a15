"""QR code to go on reading on a phone (read back with OpenCV), and the guide printed to PDF."""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.guides import load_guides
from kiosk.resources import shipped_guides_dir
from kiosk.services.printing import PRINT_TO_PDF_ENV
from kiosk.ui.shell.theme import REFERENCE_PX_PER_MM
from tests.helpers.fakes import no_printer


@pytest.fixture(scope="module")
def shipped():
    guides, _ = load_guides([shipped_guides_dir()])
    return {g.id: g for g in guides}


def find(window, name, kind=QWidget):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def decode(image: QImage) -> str:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    array = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    array = array.reshape(height, stride)[:, :width].copy()
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(array)
    return text


def test_qr_code_reads_back_as_the_online_address_of_the_current_language(kiosk, qtbot, shipped):
    w = kiosk.window
    guide = shipped["renew-prescription"]
    qtbot.mouseClick(find(w, "nav-guides"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(w, f"guide-{guide.id}"), Qt.MouseButton.LeftButton)
    card = find(w, "guide-qr")
    assert card.isVisible()
    code = find(w, "guide-qr-code", QLabel)
    # At least 4 cm wide on the reference 22-inch 1920x1080 screen.
    assert code.pixmap().width() >= 40 * REFERENCE_PX_PER_MM
    qtbot.waitUntil(lambda: code.width() >= 40 * REFERENCE_PX_PER_MM, timeout=3000)   # laid out
    assert decode(code.grab().toImage()) == guide.online["fi"]
    # The whole card as painted on screen, caption and address included, reads the same.
    assert decode(card.grab().toImage()) == guide.online["fi"]
    assert find(w, "guide-qr-address", QLabel).text() in guide.online["fi"]

    w.language.set("sv")
    assert decode(code.grab().toImage()) == guide.online["sv"]
    assert guide.online["sv"] != guide.online["fi"]


def test_no_qr_code_without_an_online_address(kiosk, qtbot, shipped):
    w = kiosk.window
    assert not shipped["log-out"].online
    w.guides.open_guide("log-out")
    assert find(w, "guide-view").isVisible() and not find(w, "guide-qr").isVisible()
    w.guides.open_guide("bank-codes")
    assert find(w, "guide-qr").isVisible()
    w.guides.viewer.open(replace(shipped["bank-codes"], online={}))
    assert not find(w, "guide-qr").isVisible()


def test_print_button_hidden_without_a_printer(make_kiosk, qtbot, monkeypatch):
    monkeypatch.delenv(PRINT_TO_PDF_ENV, raising=False)
    kiosk = make_kiosk(printer_lookup=no_printer)
    kiosk.window.guides.open_guide("stay-safe")
    assert not find(kiosk.window, "guide-print").isVisible()


def test_print_whole_guide_to_pdf_with_every_step(make_kiosk, qtbot, shipped, tmp_path, monkeypatch):
    monkeypatch.setenv(PRINT_TO_PDF_ENV, str(tmp_path / "pdf"))
    kiosk = make_kiosk()
    w = kiosk.window
    guide = shipped["renew-prescription"]
    qtbot.mouseClick(find(w, "nav-guides"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(w, f"guide-{guide.id}"), Qt.MouseButton.LeftButton)
    button = find(w, "guide-print")
    assert button.isVisible() and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    status = find(w, "guide-print-status", QLabel)
    assert w.guides.viewer.print_state() == "printing" and status.isVisible()
    qtbot.waitUntil(lambda: w.guides.viewer.print_state() == "done", timeout=20000)
    assert status.text()
    pdf_path = w.printing.last_output
    assert pdf_path is not None and pdf_path.exists()

    pdf = QPdfDocument()
    assert pdf.load(str(pdf_path)) == QPdfDocument.Error.None_
    assert pdf.pageCount() > 0
    text = " ".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))
    text = re.sub(r"\s+", " ", text)
    assert re.sub(r"\s+", " ", guide.title("fi")) in text
    for step in guide.texts["fi"].steps:
        assert step.title in text, step.title
    assert guide.online["fi"] in text
    pdf.close()
