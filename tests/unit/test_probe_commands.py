"""The test probe's docstring is its manual: every command it lists has a handler, and every
handler is listed (read from the source with `ast`; the probe itself needs a display, the
tests in tests/display drive each command)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kiosk

PROBE = Path(kiosk.__file__).parent / "ui" / "shell" / "probe.py"


def listed_and_handled(source: str) -> tuple[set[str], set[str]]:
    """(commands the module docstring lists, keys of its _COMMANDS table)."""
    tree = ast.parse(source)
    # A command starts a line indented by exactly four spaces; its explanation is indented more.
    listed = set(re.findall(r"^    ([a-z][a-z-]*)\b", ast.get_docstring(tree, clean=False) or "", re.M))
    handled: set[str] = set()
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == "_COMMANDS" and isinstance(node.value, ast.Dict):
            handled = {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
    return listed, handled


def test_every_probe_command_listed_has_a_handler_and_back():
    listed, handled = listed_and_handled(PROBE.read_text(encoding="utf-8"))
    assert {"where", "state", "said", "label", "front", "freeze", "lang"} <= listed
    assert listed == handled


def test_the_check_sees_a_command_without_a_handler():
    source = ('"""Probe.\n\n    where NAME   {...}\n                 more words\n    state        {...}\n"""\n'
              '_COMMANDS: dict = {"where": None}\n')
    assert listed_and_handled(source) == ({"where", "state"}, {"where"})
