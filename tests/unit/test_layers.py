"""The layer rules of DESIGN.md, read from the source with `ast`, one test per rule.

core imports no PySide6 (nor SQLite); storage imports no PySide6; ui runs no
SQL (imports neither kiosk.storage nor sqlite3 / sqlite_utils); services
import no kiosk.ui module and no widget module. Imports under
`if TYPE_CHECKING:` are only annotations and do not count. A second test
imports all of core in a fresh interpreter, so an indirect import fails too.
SQL (a call that runs it, or its words in a string) appears only under storage.
"""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kiosk
import kiosk.core

PACKAGE = Path(kiosk.__file__).parent

# layer folder -> module prefixes it must not import, and why
RULES: dict[str, tuple[tuple[str, ...], str]] = {
    "core": (("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "kiosk.ui", "kiosk.services",
              "kiosk.storage", "kiosk.web"), "core is pure Python"),
    "storage": (("PySide6", "shiboken6", "kiosk.ui", "kiosk.services", "kiosk.web"), "storage knows no Qt"),
    "ui": (("kiosk.storage", "sqlite3", "sqlite_utils"), "ui never runs SQL"),
    "services": (("kiosk.ui", "PySide6.QtWidgets", "PySide6.QtWebEngineWidgets"), "services import no widgets"),
}


def _type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import that runs, including those inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if _type_checking_block(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def violations(layer: str) -> list[str]:
    banned, _why = RULES[layer]
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for line, module in imports_of(path):
            if any(module == b or module.startswith(b + ".") for b in banned):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line}: imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_rule(layer):
    assert (PACKAGE / layer).is_dir()
    assert len(list((PACKAGE / layer).rglob("*.py"))) >= 3
    assert violations(layer) == [], RULES[layer][1]


def test_the_checker_sees_a_violation(tmp_path):
    """The rule cannot pass by reading nothing: a planted import is found, a guarded one is not."""
    planted = tmp_path / "m.py"
    planted.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import sqlite3\n"
                       "def f():\n    from PySide6.QtWidgets import QWidget\n")
    assert imports_of(planted) == [(1, "typing"), (1, "typing.TYPE_CHECKING"), (5, "PySide6.QtWidgets"),
                                   (5, "PySide6.QtWidgets.QWidget")]


def test_core_imports_no_pyside6_or_sqlite_even_indirectly():
    # walk_packages: the modules of sub-packages (kiosk.core.guides.loader) are imported too.
    modules = [m.name for m in pkgutil.walk_packages(kiosk.core.__path__, "kiosk.core.")]
    assert len(modules) >= 8
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlite3', "
            "'sqlite_utils'))\nprint(','.join(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


# -- the composition root and the feature rooms (issue 17) ---------------------------------------

APP_MAX_LINES = 400
FUNCTION_MAX_LINES = 80


def feature_crossings(ui: Path) -> set[tuple[str, str, str]]:
    """(feature, file, module) for each import of one ui feature folder from another (not the shell)."""
    features = {d.name for d in ui.iterdir() if d.is_dir() and (d / "__init__.py").exists()} - {"shell"}
    found = set()
    for feature in sorted(features):
        for path in sorted((ui / feature).rglob("*.py")):
            for _line, module in imports_of(path):
                parts = module.split(".")
                if len(parts) >= 3 and parts[:2] == ["kiosk", "ui"] and parts[2] in features - {feature}:
                    found.add((feature, path.name, ".".join(parts[:4])))
    return found


def test_feature_installers_import_no_other_feature():
    """A feature plugs into the shell's slots with typed parts; it never reaches into another feature."""
    crossings = feature_crossings(PACKAGE / "ui")
    # A widget two features show lives in ui/shell (the PIN pad, the QR card, ...): no exceptions.
    assert crossings == set()


def test_the_feature_rule_sees_a_crossing(tmp_path):
    for name in ("shell", "help", "guides"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    (tmp_path / "help" / "install.py").write_text("from kiosk.ui.shell.main_window import MainWindow\n")
    assert feature_crossings(tmp_path) == set()
    (tmp_path / "help" / "install.py").write_text("def f():\n    from kiosk.ui.guides.view import GuideViewer\n")
    assert feature_crossings(tmp_path) == {("help", "install.py", "kiosk.ui.guides.view")}


def long_functions(path: Path, limit: int) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [f"{path.name}:{node.lineno}: {node.name} has {node.end_lineno - node.lineno + 1} lines"
            for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > limit]


def test_the_composition_root_stays_a_readable_list_of_steps():
    """kiosk/app.py: under APP_MAX_LINES lines, and no function of it (build() included) over FUNCTION_MAX_LINES."""
    app = PACKAGE / "app.py"
    assert len(app.read_text(encoding="utf-8").splitlines()) <= APP_MAX_LINES
    assert long_functions(app, FUNCTION_MAX_LINES) == []


def test_the_size_rule_sees_a_long_function(tmp_path):
    planted = tmp_path / "m.py"
    planted.write_text("def short():\n    pass\n\n\ndef long():\n" + "    x = 1\n" * FUNCTION_MAX_LINES)
    assert long_functions(planted, FUNCTION_MAX_LINES) == [f"m.py:5: long has {FUNCTION_MAX_LINES + 1} lines"]


# SQL outside kiosk/storage: a call that runs it, or its words in a string (f-string parts too).
SQL_CALLS = {"execute", "executescript", "executemany", "rows_where", "delete_where", "insert_all", "upsert_all"}
SQL_WORDS = re.compile(r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
                       r"|(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)|PRAGMA\s+\w+|VACUUM\b)")


def sql_in(path: Path) -> list[str]:
    """`path:line: what` for each SQL call or SQL text in the module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append(f"{path}:{node.lineno}: calls {node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WORDS.search(node.value):
            found.append(f"{path}:{node.lineno}: SQL text {SQL_WORDS.search(node.value).group(0)[:30]!r}")
    return found


def test_sql_only_under_storage(tmp_path):
    """Every query lives in a kiosk/storage repository; the checker sees one planted anywhere else."""
    outside = [p for p in sorted(PACKAGE.rglob("*.py")) if (PACKAGE / "storage") not in p.parents]
    assert len(outside) > 50 and sql_in(PACKAGE / "storage" / "outbox.py")   # it reads code that has SQL
    assert [hit for p in outside for hit in sql_in(p)] == [], "SQL belongs in kiosk/storage"
    planted = tmp_path / "m.py"
    planted.write_text('def f(db, n):\n    db.execute(f"DELETE FROM usage_outbox WHERE id < {n}")\n'
                       'HELP = "Select a topic from the list"\n')
    assert [hit.split(": ", 1)[1] for hit in sql_in(planted)] == ["calls execute()", "SQL text 'DELETE FROM'"]


def test_the_fleet_has_one_https_getter():
    """urllib.request opens addresses in two places only: the fleet's one getter (the updater and the
    configuration poll, kiosk/core/fleet/https_get.py) and the usage sync's POST (services/sync_targets.py)."""
    openers = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                     if any(m == "urllib.request" or m.startswith("urllib.request.") for _line, m in imports_of(p)))
    assert openers == ["core/fleet/https_get.py", "services/sync_targets.py"]


# -- every module and function of the kiosk (issue 17) ----------------------------------------

MODULE_MAX_LINES = 400


def long_modules(package: Path, limit: int) -> dict[str, int]:
    """{path from the package's parent: lines} of each module over `limit` lines."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found[path.relative_to(package.parent).as_posix()] = lines
    return found


def long_functions_outside_layouts(package: Path, limit: int) -> list[str]:
    """`path:line: name has N lines` for each function over `limit`, except widget layouts.

    A widget layout is the `__init__` of a class under package/ui (a screen
    building its layout reads best as one list); functions nested in it still count.
    """
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        layouts: set[int] = set()
        if path.relative_to(package).parts[0] == "ui":
            layouts = {id(f) for c in ast.walk(tree) if isinstance(c, ast.ClassDef) for f in c.body
                       if isinstance(f, ast.FunctionDef) and f.name == "__init__"}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and id(node) not in layouts:
                lines = node.end_lineno - node.lineno + 1
                if lines > limit:
                    found.append(f"{path.relative_to(package.parent).as_posix()}:{node.lineno}: "
                                 f"{node.name} has {lines} lines")
    return found


def test_every_module_stays_under_the_size_bound():
    """Every module under kiosk/ has at most MODULE_MAX_LINES lines (none is excepted)."""
    assert len(list(PACKAGE.rglob("*.py"))) > 100   # it reads the whole kiosk
    assert long_modules(PACKAGE, MODULE_MAX_LINES) == {}, "split these modules"


def test_no_function_outside_widget_layouts_is_over_the_bound():
    assert long_functions_outside_layouts(PACKAGE, FUNCTION_MAX_LINES) == []


def test_the_module_and_function_rules_see_a_violation(tmp_path):
    """A planted long module and long functions are found; a ui widget's __init__ is not."""
    package = tmp_path / "kiosk"
    (package / "ui" / "help").mkdir(parents=True)
    (package / "core").mkdir()
    long_body = "        x = 1\n" * FUNCTION_MAX_LINES
    (package / "ui" / "help" / "screen.py").write_text(
        "class Screen:\n    def __init__(self):\n" + long_body + "\n    def refresh(self):\n" + long_body)
    (package / "core" / "rules.py").write_text("class Rule:\n    def __init__(self):\n" + long_body)
    (package / "core" / "big.py").write_text("x = 1\n" * (MODULE_MAX_LINES + 1))
    (package / "core" / "small.py").write_text("x = 1\n" * MODULE_MAX_LINES)
    assert long_modules(package, MODULE_MAX_LINES) == {"kiosk/core/big.py": MODULE_MAX_LINES + 1}
    assert long_functions_outside_layouts(package, FUNCTION_MAX_LINES) == [
        f"kiosk/core/rules.py:2: __init__ has {FUNCTION_MAX_LINES + 1} lines",
        f"kiosk/ui/help/screen.py:{FUNCTION_MAX_LINES + 4}: refresh has {FUNCTION_MAX_LINES + 1} lines"]
