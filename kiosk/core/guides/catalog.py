"""Which guides a site shows, grouped by service and in which order.

The kiosk loads the shipped guides and the site's own (`load_site_guides`),
then shows only the guides of its own tiles plus the general ones: a guide for
a service this terminal cannot open would only confuse. A shipped guide for a
service the site has no tile for is left out quietly; a site's own guide that
names an unknown service is reported, because that is usually a typo.

Pure Python: the guides screen builds its widgets from what is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.guides.collection import load_guides
from kiosk.core.guides.model import GENERAL_SERVICE, Guide, Problem
from kiosk.core.config.tomlpos import KeyLines


@dataclass(frozen=True)
class GuideGroup:
    """The guides of one service, in the order they are listed."""

    service: str
    guides: tuple[Guide, ...]


class GuideCatalog:
    """The guides a site shows; `groups()` gives them in list order.

    General guides come first (touch basics, identification, safety are what a
    first-time user needs), then one group per tile in the home screen's order.
    Inside a group: `order`, then the title in the reader's language.
    """

    def __init__(self, guides: Iterable[Guide], tile_ids: Sequence[str], default_language: str = "fi") -> None:
        self._services = [GENERAL_SERVICE, *(t for t in tile_ids if t != GENERAL_SERVICE)]
        self._default = default_language
        self._by_id: dict[str, Guide] = {}
        self.left_out: list[Guide] = []
        for guide in guides:
            if guide.service in self._services:
                self._by_id[guide.id] = guide
            else:
                self.left_out.append(guide)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self):
        return iter(self._by_id.values())

    def get(self, guide_id: str) -> Guide | None:
        return self._by_id.get(guide_id)

    def services(self) -> list[str]:
        """Services that have at least one guide, in list order."""
        used = {g.service for g in self._by_id.values()}
        return [s for s in self._services if s in used]

    def for_service(self, service: str, lang: str) -> list[Guide]:
        """The guides of one service, sorted for the list."""
        return sorted((g for g in self._by_id.values() if g.service == service),
                      key=lambda g: (g.order, g.title(lang, self._default).casefold(), g.id))

    def groups(self, lang: str, service: str | None = None) -> list[GuideGroup]:
        """Groups in list order; only `service` when given (an empty list when it has none)."""
        wanted = [service] if service is not None else self.services()
        groups = [GuideGroup(s, tuple(self.for_service(s, lang))) for s in wanted]
        return [g for g in groups if g.guides]


def resolve_guide_dirs(extra_dirs: Iterable[str], config_source: str = "") -> list[Path]:
    """A site's guide folders; relative ones are relative to the configuration file."""
    base = Path(config_source).parent if config_source and Path(config_source).is_file() else None
    out = []
    for d in extra_dirs:
        path = Path(d).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
        out.append(path)
    return out


def load_site_guides(shipped_dir: Path, extra_dirs: Sequence[Path],
                     tile_ids: Sequence[str]) -> tuple[list[Guide], list[Problem]]:
    """Shipped + site guides, and every problem (errors and warnings) found on the way.

    Guides with errors are already left out by `load_guides`. On top of its
    problems, a site guide whose service is neither a tile nor "general" gets
    an error here (it is not shown).
    """
    # Errors only: plain-language warnings are for `kiosk guides check`.
    guides, problems = load_guides([shipped_dir, *extra_dirs], services=None, plain_language=False)
    known = {GENERAL_SERVICE, *tile_ids}
    for guide in guides:
        if guide.service in known or _inside(guide.folder, shipped_dir):
            continue
        toml = guide.folder / "guide.toml"
        try:
            line = KeyLines(toml.read_text(encoding="utf-8-sig")).line("service")
        except (OSError, UnicodeDecodeError):
            line = 1
        choices = ", ".join(sorted(known))
        problems.append(Problem(str(toml), line, f"service: '{guide.service}' is not a tile on this "
                                                 f"site ({choices}), so the guide is not shown"))
    return guides, problems


def _inside(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(Path(directory).resolve())
    except (OSError, ValueError):
        return False
    return True
