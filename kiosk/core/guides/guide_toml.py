"""Reading one guide's ``guide.toml``: its keys checked, each problem with the file, line and key.

`GuideToml` is the first half of loading one guide folder (`loader.GuideLoader`
adds the language files and pictures); it collects problems instead of raising,
so one run of ``kiosk guides check`` shows everything.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Any

from kiosk.core.guides.finnish_words import GUIDE_LANGUAGES
from kiosk.core.guides.model import DEFAULT_ORDER, GENERAL_SERVICE, TOPICS, Problem
from kiosk.core.languages import PLANNED_LANGUAGES, UI_LANGUAGES
from kiosk.core.config.tomlpos import KeyLines

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_SERVICE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
# Guides may be written in more languages than the screens are translated to yet.
_KNOWN_LANGUAGES = tuple(dict.fromkeys((*UI_LANGUAGES, *GUIDE_LANGUAGES, *PLANNED_LANGUAGES)))

_KEYS = ("id", "service", "topic", "languages", "related", "order", "title", "online")
_REQUIRED = ("id", "service", "topic", "languages", "title")


class GuideToml:
    """One guide folder's problems so far, and the reading of its guide.toml."""

    def __init__(self, folder: Path, services: set[str] | None) -> None:
        self.folder = folder
        self.services = services
        self.problems: list[Problem] = []
        self.toml_file = str(folder / "guide.toml")
        self.lines = KeyLines("")

    def error(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message, True))

    def warn(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message, False))

    def key_error(self, key: str, message: str) -> None:
        self.error(self.toml_file, self.lines.line(key), f"{key}: {message}")

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
