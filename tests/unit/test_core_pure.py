"""kiosk/core is pure Python: importing all of it must not import Qt or SQLite."""

import pkgutil
import subprocess
import sys

import kiosk.core


def test_core_imports_no_pyside6_or_sqlite():
    modules = [f"kiosk.core.{m.name}" for m in pkgutil.iter_modules(kiosk.core.__path__)]
    assert len(modules) >= 8
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlite3', "
            "'sqlite_utils'))\nprint(','.join(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
