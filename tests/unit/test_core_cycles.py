"""No import cycle among the modules of kiosk/core.

A cycle (config.py importing config_refs.py, which imported config.py back)
makes the order of imports matter, hides which module is the lower one, and
breaks when one of them is imported alone. Read with `ast`: every import
counts, also one inside a function and one under `if TYPE_CHECKING:` (that
cycle was one of annotations only: a lower module naming a higher one's
class is still the wrong way round).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ast

import pytest

from tests.unit.test_layers import PACKAGE

CORE = PACKAGE / "core"


def imports_of(path: Path) -> list[str]:
    """Every module an import statement of `path` names (`from a import b` names a and a.b)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def graph_of(folder: Path, package: str) -> dict[str, set[str]]:
    """module name -> names of the modules of the same folder it imports."""
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    graph: dict[str, set[str]] = {}
    for name in names:
        imported = set()
        for module in imports_of(folder / f"{name}.py"):
            if module.startswith(package + "."):
                first = module[len(package) + 1:].split(".")[0]
                if first in names and first != name:
                    imported.add(first)
        graph[name] = imported
    return graph


def cycles_in(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle once (as found by a depth-first walk), as a path that ends where it began."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    done: set[str] = set()

    def walk(node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in path:
                cycle = path[path.index(nxt):] + [nxt]
                if frozenset(cycle) not in seen:
                    seen.add(frozenset(cycle))
                    found.append(cycle)
            elif nxt not in done:
                walk(nxt, path + [nxt])
        done.add(node)

    for start in sorted(graph):
        if start not in done:
            walk(start, [start])
    return found


def test_no_cycle_among_core_modules():
    cycles = cycles_in(graph_of(CORE, "kiosk.core"))
    assert cycles == [], " ; ".join(" -> ".join(c) for c in cycles)


def test_the_finder_sees_a_cycle(tmp_path: Path):
    # What kiosk/core/config.py and config_refs.py were: config imported config_refs, which
    # imported config's validator back for its annotations.
    (tmp_path / "config.py").write_text("from kiosk.core import config_refs as R\n")
    (tmp_path / "config_refs.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                             "    from kiosk.core.config import _Validator\n")
    (tmp_path / "schema.py").write_text("def f():\n    from kiosk.core.help import x\n")
    (tmp_path / "help.py").write_text("from kiosk.core.schema import SCHEMA\n")
    assert cycles_in(graph_of(tmp_path, "kiosk.core")) == [["config", "config_refs", "config"],
                                                          ["help", "schema", "help"]]


CONFIG_MODULES = sorted(p.stem for p in CORE.glob("config*.py"))


@pytest.mark.parametrize("module", CONFIG_MODULES)
def test_each_configuration_module_imports_alone(module):
    # A fresh interpreter: nothing imported before it can hide a cycle's missing name.
    result = subprocess.run([sys.executable, "-c", f"import kiosk.core.{module}"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
