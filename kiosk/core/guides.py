"""Step-by-step guides: the model, loading from folders, and validation.

A guide is one folder (``guides/bank-codes/``) holding ``guide.toml`` (id,
service, topic, languages, titles, ...), one Markdown file per language
(``fi.md``, ``sv.md``, ``en.md``) and the pictures the steps show. Each
``## Heading`` in a language file starts a step; text before the first heading
is the introduction.

Guides are written by communications staff, not developers, so loading never
raises for bad content: every problem comes back as a `Problem` with the file
and line (``FILE:LINE: message``), a broken guide is left out and the others
still load. `check_guides_dir` is what ``kiosk guides check`` prints; besides
errors it gives plain-language (selkokieli) warnings that do not fail the check.

Standard library only: the UI builds its widgets from the plain dataclasses
here. Whether Qt can *draw* a picture is asked of a `draw` function passed to
`check_guides_dir` (``kiosk guides check`` passes the kiosk's own renderer,
`kiosk.ui.guides.pictures.drawing_problem`): core itself knows no Qt.
"""

from __future__ import annotations

import contextvars

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.parsers import expat

from kiosk.core.languages import PLANNED_LANGUAGES, UI_LANGUAGES
from kiosk.core.tomlpos import KeyLines

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

# Plain-language limits (selkokieli): warnings only.
MAX_SENTENCE_WORDS = 20
MAX_PARAGRAPH_SENTENCES = 4

# Capitalised words that are names, not shouting. Words under four letters
# (PDF, PIN, SMS, URL, ID, OK, QR, DVV) are never flagged, nor words with a
# digit or a dot in them (SUOMI.FI, 4G).
CAPS_ALLOWED = frozenset({"KELA", "HTTPS", "HTTP", "IBAN", "WLAN", "WIFI", "JPEG", "HTML", "AUTA"})

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_SERVICE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_LANG_FILE = re.compile(r"^[a-z]{2,3}\.md$")
_KNOWN_LANGUAGES = (*UI_LANGUAGES, *PLANNED_LANGUAGES)

_KEYS = ("id", "service", "topic", "languages", "related", "order", "title", "online")
_REQUIRED = ("id", "service", "topic", "languages", "title")


# -- the model ------------------------------------------------------------------


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


def render_step_markdown(step: Step) -> str:
    """The step body for display: the picture removed (the UI shows it separately)."""
    lines = []
    for line in step.body_markdown.splitlines():
        stripped = _PICTURE.sub("", line)
        if line.strip() and not stripped.strip():
            continue  # a line that only held the picture
        lines.append(stripped.rstrip() if stripped != line else line)
    text = "\n".join(lines)
    # Removing a picture line can leave two blank lines in a row.
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# -- Markdown parsing --------------------------------------------------------------

_HEADING2 = re.compile(r"^##(?!#)\s*(.*?)\s*#*\s*$")
_HEADING1 = re.compile(r"^#(?!#)(\s.*)?$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_PICTURE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)>]*?)>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass
class _RawStep:
    title: str
    line: int
    body: list[tuple[int, str]]


def _split_markdown(lines: list[str]) -> tuple[list[tuple[int, str]], list[_RawStep], list[int]]:
    """Intro lines, steps and the lines of level-1 headings (all 1-based)."""
    intro: list[tuple[int, str]] = []
    steps: list[_RawStep] = []
    h1: list[int] = []
    in_fence = False
    for lineno, line in enumerate(lines, start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            m = _HEADING2.match(line)
            if m:
                steps.append(_RawStep(m.group(1), lineno, []))
                continue
            if _HEADING1.match(line):
                h1.append(lineno)
                continue
        (steps[-1].body if steps else intro).append((lineno, line))
    return intro, steps, h1


def _join(lines: list[tuple[int, str]]) -> str:
    return "\n".join(text for _, text in lines).strip("\n").strip()


# -- plain-language warnings ----------------------------------------------------------

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto|file):[^>]*>", re.IGNORECASE)
_BARE_URL = re.compile(r"\b(?:https?|file)://\S+", re.IGNORECASE)
_INLINE_CODE = re.compile(r"`[^`]*`")
_COMMENT = re.compile(r"<!--.*?-->")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])?\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])?_(?![\w_])")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")


def _clean_line(line: str) -> str:
    """A line's readable words: no pictures, link addresses, code or comments."""
    line = _PICTURE.sub(" ", line)
    line = _COMMENT.sub(" ", line)
    line = _INLINE_CODE.sub(" ", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(" ", line)
    return _BARE_URL.sub(" ", line)


# The kiosk itself never shows the plain-language warnings and they are half
# the cost of loading; `load_guides(plain_language=False)` skips them.
_PLAIN_LANGUAGE: contextvars.ContextVar[bool] = contextvars.ContextVar("plain_language", default=True)
# path -> (line, why) the kiosk cannot draw it, or None: it can; set by check_guides_dir's `draw`.
Draw = Callable[[Path], "tuple[int, str] | None"]
_DRAW: contextvars.ContextVar[Draw | None] = contextvars.ContextVar("draw", default=None)


def _plain_language(file: str, lines: list[tuple[int, str]]) -> list[Problem]:
    """Selkokieli warnings for the body lines of one step (or the introduction)."""
    if not _PLAIN_LANGUAGE.get():
        return []
    out: list[Problem] = []

    def warn(line: int, message: str) -> None:
        out.append(Problem(file, line, message, is_error=False))

    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    in_fence = in_comment = False
    for lineno, raw in lines:
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in raw:
                in_comment = False
                raw = raw.split("-->", 1)[1]
            else:
                continue
        if "<!--" in raw and "-->" not in raw.split("<!--", 1)[1]:
            in_comment = True
            raw = raw.split("<!--", 1)[0]
        text = _clean_line(raw)
        if raw.lstrip().startswith("#") or not text.strip():
            # Blank lines, sub-headings and picture-only lines end a paragraph.
            if current:
                blocks.append(current)
                current = []
            continue
        text = _QUOTE_MARK.sub("", text)
        if _LIST_MARK.match(text):
            # Every list item is a paragraph of its own.
            if current:
                blocks.append(current)
            current = []
            text = _LIST_MARK.sub("", text)
        current.append((lineno, text))
        _emphasis_and_capitals(text, lineno, warn)
    if current:
        blocks.append(current)

    for block in blocks:
        _sentences(block, warn)
    return out


def _emphasis_and_capitals(text: str, lineno: int, warn) -> None:
    # Bold is how guides mark button texts; strip it so only single markers remain.
    unbolded = text.replace("***", "*").replace("**", "").replace("__", "")
    for rx in (_ITALIC_STAR, _ITALIC_UNDERSCORE):
        for m in rx.finditer(unbolded):
            warn(lineno, f"italics {m.group(0)} are hard to read; write plain text "
                         "(use **bold** only for button texts)")
    for m in _WORD.finditer(text):
        word = m.group(0)
        letters = [c for c in word if c.isalpha()]
        if (len(letters) >= 4 and all(c.isupper() for c in letters)
                and not any(c.isdigit() or c == "." for c in word)
                and word not in CAPS_ALLOWED):
            warn(lineno, f"'{word}' is in capital letters; capitals are hard to read, "
                         "write it in normal letters")


def _sentences(block: list[tuple[int, str]], warn) -> None:
    # Join the paragraph's lines, remembering where each line starts.
    starts: list[tuple[int, int]] = []
    text = ""
    for lineno, line in block:
        starts.append((len(text), lineno))
        text += line.strip() + " "

    def line_at(offset: int) -> int:
        found = starts[0][1]
        for start, lineno in starts:
            if start <= offset:
                found = lineno
        return found

    sentences: list[tuple[int, str]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        sentences.append((pos, text[pos:m.end()]))
        pos = m.end()
    if text[pos:].strip():
        sentences.append((pos, text[pos:]))
    counted = 0
    for start, sentence in sentences:
        words = len(_WORD.findall(sentence))
        if not words:
            continue
        counted += 1
        if words > MAX_SENTENCE_WORDS:
            lead = len(sentence) - len(sentence.lstrip())
            warn(line_at(start + lead),
                 f"sentence has {words} words (more than {MAX_SENTENCE_WORDS}); "
                 "split it into shorter sentences")
    if counted > MAX_PARAGRAPH_SENTENCES:
        warn(block[0][0], f"paragraph has {counted} sentences (more than "
                          f"{MAX_PARAGRAPH_SENTENCES}); split it or use a list")


# -- pictures -----------------------------------------------------------------------

_SCRIPT_TAG = re.compile(rb"<\s*(?:[\w.-]+:)?script\b", re.IGNORECASE)
_EXTERNAL = re.compile(r"^\s*(https?|file|javascript):", re.IGNORECASE)
_CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*(https?|file|javascript):", re.IGNORECASE)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _check_picture_file(path: Path) -> list[Problem]:
    """Problems inside one picture file (size, PNG signature, SVG safety)."""
    file = str(path)
    size = path.stat().st_size
    if size > MAX_PICTURE_BYTES:
        kilobytes = -(-size // 1024)  # rounded up, so 512 KB + 1 byte does not read "512 KB"
        return [Problem(file, 1, f"picture is {kilobytes} KB; the limit is "
                                 f"{MAX_PICTURE_BYTES // 1024} KB (simplify it or make it smaller)")]
    data = path.read_bytes()
    if path.suffix.lower() == ".png":
        if not data.startswith(_PNG_SIGNATURE):
            return [Problem(file, 1, "not a PNG picture (the file content is something else)")]
        return []
    return _check_svg(file, data)


def _check_svg(file: str, data: bytes) -> list[Problem]:
    problems: list[Problem] = []
    m = _SCRIPT_TAG.search(data)
    if m:
        line = data.count(b"\n", 0, m.start()) + 1
        problems.append(Problem(file, line, "SVG picture contains <script>; pictures must not run code"))

    parser = expat.ParserCreate(namespace_separator=" ")
    # External entities could read files from the kiosk; never resolve them.
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: list[str] = []

    def bad(message: str) -> None:
        problems.append(Problem(file, parser.CurrentLineNumber, message))

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if not root:
            root.append(local)
            if local != "svg":
                bad(f"not an SVG picture (the first element is <{local}>, not <svg>)")
        for attr, value in attrs.items():
            attr_local = attr.rsplit(" ", 1)[-1]
            if attr_local.lower().startswith("on"):
                bad(f"SVG picture has an event attribute '{attr_local}'; pictures must not run code")
            elif attr_local == "href" and _EXTERNAL.match(value):
                bad(f"SVG picture links to '{value.strip()}'; a picture must not load anything "
                    "from outside (embed it or remove it)")
            elif _CSS_URL.search(value):
                bad("SVG picture loads something from outside (url(...) in a style)")

    def text(data_: str) -> None:
        if _CSS_URL.search(data_):
            bad("SVG picture loads something from outside (url(...) or @import in a style)")

    def entity(*_args: Any) -> None:
        bad("SVG picture declares an entity (<!ENTITY>); remove it")

    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        problems.append(Problem(file, exc.lineno or 1,
                                f"SVG picture is not well-formed XML: {expat.ErrorString(exc.code)} "
                                f"(column {exc.offset + 1})"))
    return problems


# -- loading one guide ---------------------------------------------------------------


class _GuideLoader:
    """Loads one folder, collecting problems instead of raising."""

    def __init__(self, folder: Path, services: set[str] | None) -> None:
        self.folder = folder
        self.services = services
        self.problems: list[Problem] = []
        self.toml_file = str(folder / "guide.toml")
        self.lines = KeyLines("")
        self.checked_pictures: set[str] = set()
        self.used_pictures: set[str] = set()

    def error(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message, True))

    def warn(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message, False))

    def key_error(self, key: str, message: str) -> None:
        self.error(self.toml_file, self.lines.line(key), f"{key}: {message}")

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
        self.check_unused_files(meta["languages"])
        if any(p.is_error for p in self.problems):
            return None
        return Guide(
            id=meta["id"], folder=self.folder, service=meta["service"], topic=meta["topic"],
            languages=tuple(meta["languages"]), related=tuple(meta["related"]),
            order=meta["order"], titles=dict(meta["titles"]), online=dict(meta["online"]),
            texts=texts,
        )

    # -- guide.toml ------------------------------------------------------------

    def load_toml(self) -> dict[str, Any] | None:
        path = self.folder / "guide.toml"
        if not path.is_file():
            self.error(self.toml_file, 1, "guide.toml is missing; every guide folder needs one")
            return None
        text = self.read_text(path)
        if text is None:
            return None
        self.lines = KeyLines(text)
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            m = re.search(r"\(at line (\d+), column (\d+)\)", message)
            if m:
                line = int(m.group(1))
                message = message[:m.start()].rstrip() + f" (column {m.group(2)})"
            else:
                line = max(1, len(text.splitlines()))
                message = re.sub(r"\s*\(at end of document\)", "", message) + " (at the end of the file)"
            self.error(self.toml_file, line, f"TOML syntax error: {message}")
            return None

        for name in doc:
            if name not in _KEYS:
                near = difflib.get_close_matches(name, _KEYS, n=1, cutoff=0.6)
                hint = f" (did you mean '{near[0]}'?)" if near else ""
                self.key_error(name, f"unknown key{hint}")
        for name in _REQUIRED:
            if name not in doc:
                self.error(self.toml_file, 1, f"{name}: missing required key")

        meta: dict[str, Any] = {}
        meta["id"] = self.check_id(doc.get("id"))
        meta["service"] = self.check_service(doc.get("service"))
        meta["topic"] = self.check_topic(doc.get("topic"))
        meta["languages"] = self.check_languages(doc.get("languages"))
        meta["related"] = self.check_related(doc.get("related", []), meta["id"])
        order = doc.get("order", DEFAULT_ORDER)
        if isinstance(order, bool) or not isinstance(order, int):
            self.key_error("order", f"must be a whole number, like order = 10; got {_type_name(order)}")
            order = DEFAULT_ORDER
        meta["order"] = order
        meta["titles"] = self.check_lang_table("title", doc.get("title"), meta["languages"], required=True)
        meta["online"] = self.check_lang_table("online", doc.get("online", {}), meta["languages"],
                                               required=False)
        for lang, url in meta["online"].items():
            if not re.match(r"^https://[^\s/@]+\.[^\s/@]+(?:[/?#]\S*)?$", url):
                self.key_error(f"online.{lang}", f"must be a web address starting with https://, not '{url}'")
        # Even with errors here the language files are still checked, so that
        # one run of `kiosk guides check` shows everything.
        return meta

    def check_id(self, value: Any) -> str:
        if value is None:
            return self.folder.name
        if not isinstance(value, str):
            self.key_error("id", f"must be text, like id = \"{self.folder.name}\"; got {_type_name(value)}")
            return self.folder.name
        if not _ID.match(value):
            self.key_error("id", f"'{value}' is not a valid id; use small letters a-z, digits and '-'")
        elif value != self.folder.name:
            self.key_error("id", f"'{value}' must be the same as the folder name '{self.folder.name}'")
        return value

    def check_service(self, value: Any) -> str:
        if value is None:
            return GENERAL_SERVICE
        if not isinstance(value, str):
            self.key_error("service", f"must be text, like service = \"general\"; got {_type_name(value)}")
            return GENERAL_SERVICE
        if not _SERVICE.match(value):
            self.key_error("service", f"'{value}' is not a valid service id; use small letters, digits and '-'")
        elif self.services is not None and value != GENERAL_SERVICE and value not in self.services:
            known = sorted({GENERAL_SERVICE, *self.services})
            near = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.key_error("service", f"unknown service '{value}'{hint}; use one of: {', '.join(known)}")
        return value

    def check_topic(self, value: Any) -> str:
        if value is None:
            return TOPICS[0]
        if not isinstance(value, str):
            self.key_error("topic", f"must be text, like topic = \"login\"; got {_type_name(value)}")
        elif value not in TOPICS:
            near = difflib.get_close_matches(value, TOPICS, n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.key_error("topic", f"unknown topic '{value}'{hint}; use one of: {', '.join(TOPICS)}")
        return value if isinstance(value, str) else TOPICS[0]

    def check_languages(self, value: Any) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.key_error("languages", "must be a list of language codes, like "
                                        f"languages = [\"fi\", \"sv\", \"en\"]; got {_type_name(value)}")
            return []
        if not value:
            self.key_error("languages", "must list at least one language")
        good: list[str] = []
        for lang in value:
            if lang in good:
                self.key_error("languages", f"'{lang}' is listed twice")
            elif lang not in _KNOWN_LANGUAGES:
                self.key_error("languages", f"unknown language code '{lang}' "
                                            f"(one of: {', '.join(_KNOWN_LANGUAGES)})")
            else:
                good.append(lang)
        return good

    def check_related(self, value: Any, own_id: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.key_error("related", "must be a list of guide ids, like related = [\"bank-codes\"]; "
                                      f"got {_type_name(value)}")
            return []
        good: list[str] = []
        for rid in value:
            if rid == own_id:
                self.key_error("related", f"'{rid}' is this guide itself; list other guides only")
            elif rid in good:
                self.key_error("related", f"'{rid}' is listed twice")
            else:
                good.append(rid)
        return good

    def check_lang_table(self, key: str, value: Any, languages: list[str], *, required: bool) -> dict[str, str]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.key_error(key, f"must be a table with one text per language ([{key}] and then "
                                f"fi = \"...\" on the next lines); got {_type_name(value)}")
            return {}
        good: dict[str, str] = {}
        for lang, text in value.items():
            path = f"{key}.{lang}"
            if lang not in languages:
                self.key_error(path, f"'{lang}' is not in languages ({', '.join(languages)})")
            elif not isinstance(text, str):
                self.key_error(path, f"must be text in quotes; got {_type_name(text)}")
            elif not text.strip():
                self.key_error(path, "is empty")
            else:
                good[lang] = text.strip()
        if required:
            for lang in languages:
                if lang not in value:
                    self.key_error(f"{key}.{lang}", f"missing {key} for language '{lang}'")
        return good

    # -- language files -------------------------------------------------------

    def read_text(self, path: Path) -> str | None:
        """The file as text, or None after reporting why it cannot be read."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error(str(path), 1, f"cannot be read ({exc.strerror or exc})")
            return None
        try:
            # utf-8-sig: some editors on Windows put a byte-order mark first.
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            self.error(str(path), line, "is not valid UTF-8 text; save it as UTF-8 in your editor")
            return None

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
        intro, raw_steps, h1_lines = _split_markdown(text.splitlines())

        for line in h1_lines:
            self.error(file, line, "a '# ' heading is not allowed; the title comes from guide.toml "
                                   "and each step starts with '## '")
        for lineno, line in intro:
            if _PICTURE.search(line):
                self.error(file, lineno, "a picture must be inside a step (after a '## ' heading), "
                                         "not in the introduction")
        self.problems.extend(_plain_language(file, intro))
        if not raw_steps:
            self.error(file, 1, "no steps; each step starts with a '## ' heading line")

        steps: list[Step] = []
        for raw in raw_steps:
            step = self.check_step(file, raw)
            if step is not None:
                steps.append(step)
        if sum(p.is_error for p in self.problems) > errors_before:
            return None
        return GuideText(lang=lang, title=title, intro_markdown=_join(intro), steps=tuple(steps))

    def check_step(self, file: str, raw: _RawStep) -> Step | None:
        if not raw.title:
            self.error(file, raw.line, "step heading is empty; write the step's name after '## '")
        pictures: list[tuple[int, str, str]] = []
        has_text = False
        for lineno, line in raw.body:
            for m in _PICTURE.finditer(line):
                pictures.append((lineno, m.group(1).strip(), m.group(2).strip()))
            if _PICTURE.sub("", _COMMENT.sub("", line)).strip():
                has_text = True
        if not has_text and not pictures:
            self.error(file, raw.line, f"step '{raw.title}' is empty; write what to do or add a picture")
        self.problems.extend(_plain_language(file, raw.body))
        for lineno, _, target in pictures[1:]:
            self.error(file, lineno, f"step '{raw.title}' has more than one picture ('{target}'); "
                                     "one picture per step")
        picture: str | None = None
        alt = ""
        if pictures:
            lineno, alt, target = pictures[0]
            if self.check_picture_ref(file, lineno, target, alt):
                picture = target
        return Step(title=raw.title, body_markdown=_join(raw.body), picture=picture,
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
                found = _check_picture_file(path)
            except OSError as exc:
                self.error(file, lineno, f"picture '{target}' cannot be read ({exc.strerror or exc})")
                return False
            self.problems.extend(found)
            draw = _DRAW.get()
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


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def load_guide(folder: Path, *, services: set[str] | None = None) -> tuple[Guide | None, list[Problem]]:
    """Load one guide folder; the guide is None when any error was found.

    `services` is the set of tile ids a guide may name (besides "general");
    None accepts any well-formed service id. Links in `related` to other guides
    are checked by `load_guides`, which sees all of them.
    """
    loader = _GuideLoader(Path(folder), services)
    guide = loader.load()
    return guide, loader.problems


# -- loading many ---------------------------------------------------------------------


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
    token = _PLAIN_LANGUAGE.set(plain_language)
    try:
        guides, per_root = _load_roots([Path(d) for d in dirs], services)
    finally:
        _PLAIN_LANGUAGE.reset(token)
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
    token = _DRAW.set(draw)
    try:
        guides, per_root = _load_roots([*context, directory], services)
    finally:
        _DRAW.reset(token)
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
