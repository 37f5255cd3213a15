"""The guides' part of the start: the site's guide catalog, loaded when the guides screen is built.

`SiteGuides(GuidesParts(...))` is handed to the main window as its catalog
source; the window calls it once, just after the first frame, when it builds
the guides screen. Whoever needs the list of guide ids (the usage log) asks
`when_loaded(listener)` instead of reaching into the loader.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.resources import shipped_guides_dir

if TYPE_CHECKING:
    from kiosk.core.guides.catalog import GuideCatalog

log = logging.getLogger("kiosk.app")


@dataclass(frozen=True)
class GuidesParts:
    """What the guide catalog is made from: the site's folders, tiles and language."""

    guide_dirs: Sequence[str]        # the configuration's guide_dirs, as written
    config_source: str | Path | None  # guide_dirs are relative to the configuration file
    tile_ids: Sequence[str]
    default_language: str


class SiteGuides:
    """Loads the shipped and the site's guides once; records problems and the time it took."""

    def __init__(self, parts: GuidesParts, timings: dict[str, float]) -> None:
        self._parts = parts
        self._timings = timings
        self.problems: list = []            # kiosk.core.guides.Problem: left-out guides
        self.ids: list[str] = []
        self._listeners: list[Callable[[list[str]], None]] = []

    def when_loaded(self, listener: Callable[[list[str]], None]) -> None:
        """Tell `listener` the guide ids now (if loaded) and whenever they load."""
        self._listeners.append(listener)
        if self.ids:
            listener(self.ids)

    def __call__(self) -> GuideCatalog:
        from kiosk.core.guides.catalog import GuideCatalog, load_site_guides, resolve_guide_dirs

        parts = self._parts
        started = time.perf_counter()
        guides, problems = load_site_guides(
            shipped_guides_dir(), resolve_guide_dirs(parts.guide_dirs, parts.config_source), list(parts.tile_ids))
        self.problems.extend(problems)
        self._timings["guides_ms"] = (time.perf_counter() - started) * 1000
        _log_problems(problems, len(guides))
        self.ids[:] = [g.id for g in guides]
        for listener in self._listeners:
            listener(self.ids)
        return GuideCatalog(guides, list(parts.tile_ids), parts.default_language)


def _log_problems(problems: list, loaded: int) -> None:
    errors = [p for p in problems if p.is_error]
    for problem in errors:
        log.error("guide problem: %s", problem)
    log.info("guides: %d loaded, %d errors, %d warnings (kiosk guides check shows them)",
             loaded, len(errors), len(problems) - len(errors))
