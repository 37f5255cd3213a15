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


def module_files(folder: Path) -> dict[str, Path]:
    """Dotted name (relative to `folder`) -> file of every module, sub-packages included.

    A package is named by its folder (`guides` is guides/__init__.py), its modules
    by the dotted path (`guides.loader`).
    """
    found: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts:
            found[".".join(parts)] = path
    return found


def graph_of(folder: Path, package: str) -> dict[str, set[str]]:
    """module name -> names of the modules under the same folder it imports.

    An import names the deepest module it reaches (`from kiosk.core.guides.model import
    Guide` names `guides.model`). A package does not count as importing its own
    modules: its __init__ re-exports them, they never import it back through it.
    """
    files = module_files(folder)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        imported = set()
        for module in imports_of(path):
            if not module.startswith(package + "."):
                continue
            parts = module[len(package) + 1:].split(".")
            target = next((".".join(parts[:n]) for n in range(len(parts), 0, -1)
                           if ".".join(parts[:n]) in files), None)
            if target is not None and target != name and not target.startswith(name + "."):
                imported.add(target)
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
    # What kiosk/core/config.py and config_refs.py were (before the config/ package): config
    # imported config_refs, which imported config's validator back for its annotations.
    (tmp_path / "config.py").write_text("from kiosk.core import config_refs as R\n")
    (tmp_path / "config_refs.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                             "    from kiosk.core.config import _Validator\n")
    (tmp_path / "schema.py").write_text("def f():\n    from kiosk.core.help import x\n")
    (tmp_path / "help.py").write_text("from kiosk.core.schema import SCHEMA\n")
    assert cycles_in(graph_of(tmp_path, "kiosk.core")) == [["config", "config_refs", "config"],
                                                          ["help", "schema", "help"]]



def test_the_finder_sees_a_cycle_inside_a_sub_package(tmp_path: Path):
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "__init__.py").write_text("from kiosk.core.guides.loader import load\n")
    (tmp_path / "guides" / "loader.py").write_text("from kiosk.core.guides.model import Guide\n")
    (tmp_path / "guides" / "model.py").write_text("from kiosk.core.guides import loader\n")
    assert cycles_in(graph_of(tmp_path, "kiosk.core")) == [["guides.loader", "guides.model", "guides.loader"]]


def test_the_finder_sees_every_core_module():
    # A module the walk misses could hide a cycle; sub-packages (guides/...) count too.
    files = {p for p in CORE.rglob("*.py")}
    assert set(module_files(CORE).values()) == files - {CORE / "__init__.py"}
    assert "guides.loader" in graph_of(CORE, "kiosk.core")


# The modules of core/config/ (and the help queue's part of the configuration), named from core.
CONFIG_MODULES = sorted(name for name in module_files(CORE) if name.startswith("config.") or name == "help.config")


@pytest.mark.parametrize("module", CONFIG_MODULES)
def test_each_configuration_module_imports_alone(module):
    # A fresh interpreter: nothing imported before it can hide a cycle's missing name.
    result = subprocess.run([sys.executable, "-c", f"import kiosk.core.{module}"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
