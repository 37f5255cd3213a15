"""Regression: PySide6 6.12 on Python 3.11 dies after a few thousand void Qt calls."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
t = QTimer()
for i in range(20_000):
    app.processEvents()
    t.start(1000)
print("survived", sys.version_info[:2])
"""


def test_twenty_thousand_void_qt_calls_survive():
    result = subprocess.run([sys.executable, "-c", "import sys\n" + SCRIPT], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
    assert sys.version_info >= (3, 12)
