"""Compile the translation sources (assets/translations/*.ts) into .qm files.

Run by ./dev before every start and by the packaging script; a .qm is rebuilt
only when its .ts is newer. `--update` first refreshes the .ts sources from the
code with pyside6-lupdate (for developers adding strings).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from kiosk.resources import asset_dir


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def source_files() -> list[Path]:
    """Python files whose strings are translated (everything a resident sees)."""
    root = Path(__file__).parent
    return sorted(p for p in root.rglob("*.py") if "core" not in p.parts or p.name == "messages.py")


def update_sources(ts_files: list[Path]) -> None:
    """Refresh .ts files from the code (keeps existing translations)."""
    files = [str(p) for p in source_files()]
    for ts in ts_files:
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
                       check=True, capture_output=True)


def build(quiet: bool = False) -> list[Path]:
    """Compile every stale .qm; return the .qm paths."""
    out = []
    for ts in sorted((asset_dir() / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not quiet:
                print(f"compiled {qm.name}")
        out.append(qm)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--update", action="store_true", help="run lupdate on the sources first")
    args = parser.parse_args(argv)
    if args.update:
        update_sources(sorted((asset_dir() / "translations").glob("*.ts")))
    build(quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
