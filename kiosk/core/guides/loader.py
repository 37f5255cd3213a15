"""Loading one guide folder: guide.toml, then each language file with its pictures, then across languages.

Guides are written by communications staff, not developers, so loading never
raises for bad content: every problem comes back as a `Problem` with the file
and line (``FILE:LINE: message``) and a guide with an error is None.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

from kiosk.core.guides.finnish_words import bold_labels, check_finnish_quotes, heading_marks
from kiosk.core.guides.guide_toml import GuideToml
from kiosk.core.guides.markdown import COMMENT, PICTURE, RawStep, join_lines, split_markdown
from kiosk.core.guides.model import PICTURE_TYPES, Guide, GuideText, Problem, Step
from kiosk.core.guides.pictures import DRAW, check_picture_file
from kiosk.core.guides.plain_language import plain_language

_LANG_FILE = re.compile(r"^[a-z]{2,3}\.md$")


class GuideLoader(GuideToml):
    """Loads one folder, collecting problems instead of raising."""

    def __init__(self, folder: Path, services: set[str] | None) -> None:
        super().__init__(folder, services)
        self.checked_pictures: set[str] = set()
        self.used_pictures: set[str] = set()
        self.raw_lines: dict[str, list[tuple[int, str]]] = {}   # each language file, numbered

    # guide.toml first (its languages say which files to read), then each language
    # file with its pictures, then what only shows across languages.
    def load(self) -> Guide | None:
        meta = self.load_toml()
        if meta is None:
            return None
        texts: dict[str, GuideText] = {}
        for lang in meta["languages"]:
            text = self.load_language(lang, meta["titles"].get(lang, ""))
            if text is not None:
                texts[lang] = text
        self.check_step_counts(meta["languages"], texts)
        self.check_finnish_words()
        self.check_unused_files(meta["languages"])
        if any(p.is_error for p in self.problems):
            return None
        return Guide(
            id=meta["id"], folder=self.folder, service=meta["service"], topic=meta["topic"],
            languages=tuple(meta["languages"]), related=tuple(meta["related"]),
            order=meta["order"], titles=dict(meta["titles"]), online=dict(meta["online"]),
            texts=texts,
        )

    def load_language(self, lang: str, title: str) -> GuideText | None:
        path = self.folder / f"{lang}.md"
        if not path.is_file():
            self.key_error("languages", f"'{lang}' is listed but {lang}.md is missing")
            return None
        text = self.read_text(path)
        if text is None:
            return None
        file = str(path)
        errors_before = sum(p.is_error for p in self.problems)
        self.raw_lines[lang] = list(enumerate(text.splitlines(), start=1))
        intro, raw_steps, h1_lines = split_markdown(text.splitlines())

        for line in h1_lines:
            self.error(file, line, "a '# ' heading is not allowed; the title comes from guide.toml "
                                   "and each step starts with '## '")
        for lineno, line in intro:
            if PICTURE.search(line):
                self.error(file, lineno, "a picture must be inside a step (after a '## ' heading), "
                                         "not in the introduction")
        self.problems.extend(plain_language(file, intro))
        if not raw_steps:
            self.error(file, 1, "no steps; each step starts with a '## ' heading line")

        steps: list[Step] = []
        for raw in raw_steps:
            step = self.check_step(file, raw)
            if step is not None:
                steps.append(step)
        if sum(p.is_error for p in self.problems) > errors_before:
            return None
        return GuideText(lang=lang, title=title, intro_markdown=join_lines(intro), steps=tuple(steps))

    def check_step(self, file: str, raw: RawStep) -> Step | None:
        if not raw.title:
            self.error(file, raw.line, "step heading is empty; write the step's name after '## '")
        self.problems.extend(heading_marks(file, raw.title, raw.line))
        pictures: list[tuple[int, str, str]] = []
        has_text = False
        for lineno, line in raw.body:
            for m in PICTURE.finditer(line):
                pictures.append((lineno, m.group(1).strip(), m.group(2).strip()))
            if PICTURE.sub("", COMMENT.sub("", line)).strip():
                has_text = True
        if not has_text and not pictures:
            self.error(file, raw.line, f"step '{raw.title}' is empty; write what to do or add a picture")
        self.problems.extend(plain_language(file, raw.body))
        for lineno, _, target in pictures[1:]:
            self.error(file, lineno, f"step '{raw.title}' has more than one picture ('{target}'); "
                                     "one picture per step")
        picture: str | None = None
        alt = ""
        if pictures:
            lineno, alt, target = pictures[0]
            if self.check_picture_ref(file, lineno, target, alt):
                picture = target
        return Step(title=raw.title, body_markdown=join_lines(raw.body), picture=picture,
                    picture_alt=alt, line=raw.line) if raw.title else None

    def check_picture_ref(self, file: str, lineno: int, target: str, alt: str) -> bool:
        """Check one picture reference; True when it points to a usable file."""
        if not target or "/" in target or "\\" in target or ":" in target or target.startswith("."):
            self.error(file, lineno, f"picture '{target}' must be the name of a file in this guide's "
                                     "folder, like ![...](picture.svg)")
            return False
        self.used_pictures.add(target)
        if not alt:
            self.error(file, lineno, f"picture '{target}' has no description; write what it shows "
                                     "between the brackets: ![description](file)")
        if os.path.splitext(target)[1].lower() not in PICTURE_TYPES:
            self.error(file, lineno, f"picture '{target}' must be an .svg or .png file")
            return False
        path = self.folder / target
        if not path.exists():
            near = difflib.get_close_matches(target, self.picture_files(), n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.error(file, lineno, f"picture '{target}' not found in the guide folder{hint}")
            return False
        if not path.is_file() or not os.access(path, os.R_OK):
            self.error(file, lineno, f"picture '{target}' cannot be read")
            return False
        if target not in self.checked_pictures:
            # Each picture file is checked once, however many languages show it.
            self.checked_pictures.add(target)
            try:
                found = check_picture_file(path)
            except OSError as exc:
                self.error(file, lineno, f"picture '{target}' cannot be read ({exc.strerror or exc})")
                return False
            self.problems.extend(found)
            draw = DRAW.get()
            if draw is not None and not any(p.is_error for p in found):
                # Only a picture that is safe to open is handed to the renderer.
                try:
                    why = draw(path)
                except Exception as exc:  # a renderer's fault is a refusal, never a traceback
                    why = (1, f"the kiosk cannot draw this picture ({type(exc).__name__})")
                if why:
                    self.error(str(path), why[0], why[1])
        return True

    def picture_files(self) -> list[str]:
        try:
            return sorted(p.name for p in self.folder.iterdir()
                          if p.suffix.lower() in PICTURE_TYPES and p.is_file())
        except OSError:
            return []

    def check_step_counts(self, languages: list[str], texts: dict[str, GuideText]) -> None:
        if not languages or languages[0] not in texts:
            return
        first = languages[0]
        expected = len(texts[first].steps)
        for lang in languages[1:]:
            if lang not in texts:
                continue
            steps = texts[lang].steps
            if len(steps) != expected:
                line = steps[-1].line if steps else 1
                self.error(str(self.folder / f"{lang}.md"), line,
                           f"{lang}.md has {_steps(len(steps))} but {first}.md has {expected}; "
                           "every language needs the same steps")

    def check_finnish_words(self) -> None:
        """The Finnish words a translation quotes with {fi} must be bold words of fi.md."""
        finnish = bold_labels(self.raw_lines["fi"]) if "fi" in self.raw_lines else None
        for lang, lines in self.raw_lines.items():
            if lang != "fi":
                self.problems.extend(check_finnish_quotes(str(self.folder / f"{lang}.md"), lang, lines, finnish))

    def check_unused_files(self, languages: list[str]) -> None:
        try:
            names = sorted(p.name for p in self.folder.iterdir() if p.is_file())
        except OSError:
            return
        for name in names:
            if _LANG_FILE.match(name) and name[:-3] not in languages:
                self.warn(str(self.folder / name), 1,
                          f"{name} is not in languages in guide.toml, so it is not shown")
            elif os.path.splitext(name)[1].lower() in PICTURE_TYPES and name not in self.used_pictures:
                self.warn(str(self.folder / name), 1, "picture is not used in any language file")


def _steps(count: int) -> str:
    return "1 step" if count == 1 else f"{count} steps"


def load_guide(folder: Path, *, services: set[str] | None = None) -> tuple[Guide | None, list[Problem]]:
    """Load one guide folder; the guide is None when any error was found.

    `services` is the set of tile ids a guide may name (besides "general");
    None accepts any well-formed service id. Links in `related` to other guides
    are checked by `load_guides`, which sees all of them.
    """
    loader = GuideLoader(Path(folder), services)
    guide = loader.load()
    return guide, loader.problems
