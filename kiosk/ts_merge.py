"""Carry finished translations from some .ts files into others.

    python -m kiosk.ts_merge TARGET.ts SOURCE.ts [SOURCE.ts ...]

Every message of TARGET that is unfinished (or empty) and has a finished
translation for the same (context, source) in a SOURCE gets it. Used when a
feature's strings move to another translation file, and to resolve a merge of
two branches that both translated strings in one file: take either side, run
`python -m kiosk.i18n_build --update`, then merge the other side's version in.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(message: ET.Element) -> ET.Element | None:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    texts = [n.text for n in tr.iter("numerusform")] if message.get("numerus") == "yes" else [tr.text]
    return tr if texts and all(t and t.strip() for t in texts) else None


def known(paths: list[Path]) -> dict[tuple[str, str], ET.Element]:
    out: dict[tuple[str, str], ET.Element] = {}
    for path in paths:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                tr = _finished(message)
                if tr is not None:
                    out.setdefault((name, message.findtext("source")), tr)
    return out


def merge(target: Path, sources: list[Path]) -> int:
    """Fill TARGET's unfinished messages from SOURCES; return how many were filled."""
    have = known(sources)
    tree = ET.parse(target)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if _finished(message) is not None:
                continue
            tr = have.get((name, message.findtext("source")))
            if tr is None:
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            message.append(copy.deepcopy(tr))
            filled += 1
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return filled


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    filled = merge(Path(args[0]), [Path(a) for a in args[1:]])
    print(f"{args[0]}: {filled} translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
