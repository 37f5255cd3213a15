"""Compile the translation sources (kiosk/assets/translations/*.ts) into .qm files.

One .ts per feature and language (`<feature>_<lang>.ts`): the strings of
kiosk/ui/<feature>/ go to that feature's file, those of kiosk/web/ to
`browser`, everything else a resident or IT person sees to `shell`. Features
are translated (and merged) independently. The kiosk loads every
`*_<lang>.qm` of the chosen language.

Run by ./dev before every start and by the packaging script; a .qm is rebuilt
only when its .ts is newer. `--update` first refreshes the .ts sources from the
code with pyside6-lupdate (for developers adding strings); a new feature gets
a file per language of kiosk.core.languages.UI_LANGUAGES then (a new language
a file per feature, with as many plural forms as Qt has for it). Every
`*.ts` compiles, whatever its language; tests/unit/test_translations.py checks
that nothing in any of them is unfinished.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from kiosk.core.languages import UI_LANGUAGES
from kiosk.resources import asset_dir


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def translations_dir() -> Path:
    return asset_dir() / "translations"


def feature_of(path: Path) -> str:
    """The translation file (feature) a source file's strings belong to."""
    parts = path.relative_to(Path(__file__).parent).parts
    if len(parts) > 2 and parts[0] == "ui":
        return parts[1]
    if parts[0] == "web":
        return "browser"
    return "shell"


def source_files() -> list[Path]:
    """Python files whose strings are translated (everything a resident sees)."""
    root = Path(__file__).parent
    return sorted(p for p in root.rglob("*.py") if "core" not in p.parts or p.name == "messages.py")


def sources_by_feature() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for path in source_files():
        out[feature_of(path)].append(path)
    return dict(out)


def run_lupdate(files: list[Path], ts: Path, keep_obsolete: bool = False) -> None:
    args = [_tool("lupdate"), "-locations", "none"]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, *map(str, files), "-ts", str(ts)], check=True, capture_output=True, timeout=300)


def update_sources() -> None:
    """Refresh every feature's .ts files from the code (keeps existing translations)."""
    for feature, files in sources_by_feature().items():
        for lang in UI_LANGUAGES:
            ts = translations_dir() / f"{feature}_{lang}.ts"
            run_lupdate(files, ts)


def build(quiet: bool = False) -> list[Path]:
    """Compile every stale .qm; return the .qm paths."""
    out = []
    for ts in sorted(translations_dir().glob("*.ts")):
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
        update_sources()
    build(quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
