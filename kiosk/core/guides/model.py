"""The guide model: the plain dataclasses the UI builds its widgets from, and the fixed lists.

A guide is one folder (``guides/bank-codes/``) holding ``guide.toml`` (id,
service, topic, languages, titles, ...), one Markdown file per language
(``fi.md``, ``sv.md``, ``en.md``) and the pictures the steps show. Each
``## Heading`` in a language file starts a step; text before the first heading
is the introduction. Loading never raises for bad content: every problem is a
`Problem` with the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TOPICS = (
    "basics",
    "identification",
    "login",
    "prescriptions",
    "health-records",
    "kela",
    "messages",
    "authorizations",
    "taxes",
    "safety",
    "logout",
    "more-help",
)

# A kiosk shows pictures from a local disk, but a site may copy guides over a
# slow link and a huge picture usually means a photo or screenshot slipped in.
MAX_PICTURE_BYTES = 512 * 1024

PICTURE_TYPES = (".svg", ".png")

# Service id for guides that belong to no single tile (identification, safety).
GENERAL_SERVICE = "general"

# Guides without `order` sort after the ones that have it.
DEFAULT_ORDER = 1000

@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in a guide file."""

    file: str
    line: int
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        if self.is_error:
            return f"{self.file}:{self.line}: {self.message}"
        return f"{self.file}:{self.line}: warning: {self.message}"


@dataclass(frozen=True)
class Step:
    """One step: its heading, its Markdown body (picture line included) and its picture."""

    title: str
    body_markdown: str
    picture: str | None
    picture_alt: str
    line: int


@dataclass(frozen=True)
class GuideText:
    """A guide in one language."""

    lang: str
    title: str
    intro_markdown: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Guide:
    """A guide that loaded without errors, in all its languages."""

    id: str
    folder: Path
    service: str
    topic: str
    languages: tuple[str, ...]
    related: tuple[str, ...]
    order: int
    titles: dict[str, str] = field(compare=False)
    online: dict[str, str] = field(compare=False)
    texts: dict[str, GuideText] = field(compare=False)

    def text(self, lang: str, fallback: str = "fi") -> GuideText:
        """The guide in `lang`, else in `fallback`, else in its first language."""
        for code in (lang, fallback, *self.languages):
            if code in self.texts:
                return self.texts[code]
        raise KeyError(lang)  # a loaded guide always has at least one language

    def title(self, lang: str, fallback: str = "fi") -> str:
        """The title in `lang` (or the fallback language, or the first one)."""
        return self.text(lang, fallback).title

    @property
    def step_count(self) -> int:
        """Number of steps; the same in every language (the loader makes sure)."""
        return len(self.texts[self.languages[0]].steps)

    def picture_path(self, step: Step) -> Path | None:
        """Full path of the step's picture, or None when the step has none."""
        return self.folder / step.picture if step.picture else None

