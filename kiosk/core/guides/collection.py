"""Many guides: the folders under each root, ids and links across guides, and ``kiosk guides check``.

Shipped guides load first, then the site's. A broken guide is left out and
the others still load. `check_guides_dir` is what ``kiosk guides check``
prints; besides errors it gives plain-language (selkokieli) warnings that do
not fail the check.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from kiosk.core.guides.loader import load_guide
from kiosk.core.guides.model import Guide, Problem
from kiosk.core.guides.pictures import DRAW, Draw
from kiosk.core.guides.plain_language import PLAIN_LANGUAGE
from kiosk.core.config.tomlpos import KeyLines


def _guide_folders(root: Path) -> tuple[list[Path], list[Problem]]:
    if not root.exists():
        return [], [Problem(str(root), 1, "guide folder not found")]
    if not root.is_dir():
        return [], [Problem(str(root), 1, "is not a folder")]
    if (root / "guide.toml").is_file():
        # The root is itself one guide (e.g. `kiosk guides check guides/bank-codes`).
        return [root], []
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        return [], [Problem(str(root), 1, f"cannot be read ({exc.strerror or exc})")]
    # Hidden folders are editor and version-control leftovers, not guides.
    return [p for p in entries if p.is_dir() and not p.name.startswith(".")], []


def _load_roots(roots: list[Path], services: set[str] | None) -> tuple[list[Guide], list[list[Problem]]]:
    """Guides from all roots, and the problems found, one list per root."""
    per_root: list[list[Problem]] = [[] for _ in roots]
    loaded: list[tuple[int, Guide]] = []
    by_id: dict[str, Guide] = {}
    failed: set[str] = set()
    for index, root in enumerate(roots):
        folders, problems = _guide_folders(Path(root))
        per_root[index].extend(problems)
        for folder in folders:
            guide, problems = load_guide(folder, services=services)
            per_root[index].extend(problems)
            if guide is None:
                failed.add(folder.name)
                continue
            if guide.id in by_id:
                toml = folder / "guide.toml"
                line = _toml_line(toml, "id")
                per_root[index].append(Problem(
                    str(toml), line, f"id: '{guide.id}' is already used by the guide in "
                                     f"{by_id[guide.id].folder}; this one is left out"))
                continue
            by_id[guide.id] = guide
            loaded.append((index, guide))

    guides: list[Guide] = []
    for index, guide in loaded:
        kept = []
        for rid in guide.related:
            if rid in by_id:
                kept.append(rid)
                continue
            if rid in failed:
                reason = f"guide '{rid}' has errors and is not shown"
            else:
                near = difflib.get_close_matches(rid, list(by_id), n=1, cutoff=0.6)
                hint = f" (did you mean '{near[0]}'?)" if near else ""
                reason = f"no guide '{rid}'{hint}"
            toml = guide.folder / "guide.toml"
            per_root[index].append(Problem(str(toml), _toml_line(toml, "related"), f"related: {reason}"))
        # A dead link is dropped rather than the whole guide: the resident still gets the guide.
        guides.append(replace(guide, related=tuple(kept)) if len(kept) != len(guide.related) else guide)
    guides.sort(key=lambda g: (g.service, g.order, g.id))
    return guides, per_root


def _toml_line(path: Path, key: str) -> int:
    try:
        return KeyLines(path.read_text(encoding="utf-8-sig")).line(key)
    except (OSError, UnicodeDecodeError):
        return 1


def load_guides(dirs: Iterable[Path], *, services: set[str] | None = None,
                plain_language: bool = True) -> tuple[list[Guide], list[Problem]]:
    """Load every guide under the given folders (shipped guides first, then the site's).

    A guide with errors is left out and its problems returned; the others still
    load. An id seen again (in the same or a later folder) is an error on the
    later guide, which is left out. Links in `related` to guides that did not
    load are reported and dropped. Sorted by service, then order, then id.
    """
    token = PLAIN_LANGUAGE.set(plain_language)
    try:
        guides, per_root = _load_roots([Path(d) for d in dirs], services)
    finally:
        PLAIN_LANGUAGE.reset(token)
    return guides, [p for problems in per_root for p in problems]


def _shipped_guides_dir() -> Path | None:
    try:
        # Imported here: kiosk.resources is plain standard library, and only the
        # default of check_guides_dir needs it.
        from kiosk.resources import shipped_guides_dir
    except ImportError:  # pragma: no cover - core used on its own
        return None
    return shipped_guides_dir()


def check_guides_dir(directory: Path, *, services: set[str] | None = None,
                     context_dirs: Iterable[Path] | None = None, draw: Draw | None = None) -> list[Problem]:
    """Everything `kiosk guides check DIR` reports about the guides in `directory`.

    The problems of `load_guides` plus checks across guides. `context_dirs` are
    loaded first, as the kiosk does, so that a site's own guides may link to
    them and an id clash with them is found; their own problems are not
    reported. None means the shipped guides (unless `directory` is that folder).
    `draw(path)` says (line, why) a picture cannot be drawn (None: it can);
    each picture that passed the other checks is drawn once.
    """
    directory = Path(directory)
    if context_dirs is None:
        shipped = _shipped_guides_dir()
        context = [shipped] if shipped is not None and shipped.is_dir() and not _same(shipped, directory) else []
    else:
        context = [Path(d) for d in context_dirs]
    token = DRAW.set(draw)
    try:
        guides, per_root = _load_roots([*context, directory], services)
    finally:
        DRAW.reset(token)
    problems = per_root[-1]

    # Two guides with the same title in one language look the same in the list.
    seen: dict[tuple[str, str], Guide] = {}
    for guide in guides:
        for lang, title in guide.titles.items():
            other = seen.setdefault((lang, title.casefold()), guide)
            if other is not guide and _inside(guide.folder, directory):
                toml = guide.folder / "guide.toml"
                problems.append(Problem(str(toml), _toml_line(toml, f"title.{lang}"),
                                        f"title.{lang}: the guide '{other.id}' has the same title",
                                        is_error=False))
    return problems


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _inside(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(directory.resolve())
    except (OSError, ValueError):
        return False
    return True
