"""The help queue's part of the configuration: holidays, extra dates, helpers, other places.

Validated after the generic schema check (kiosk/core/config/schema.py gives the
shapes); errors go through the same validator, so they read
`PATH:LINE: helpers.key: message` like every other configuration error.
Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from kiosk.core.config import schema as S
from kiosk.core.config.text import shown
from kiosk.core.help.schedule import ExtraShift

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)   # fullmatch: '$' would pass a trailing newline
_PHONE = re.compile(r"\+?[0-9 ()-]{5,20}", re.ASCII)


@dataclass(frozen=True)
class HelperPerson:
    """A helper with an own PIN; the pseudonym is what the helper view shows."""

    pseudonym: str
    pin_hash: str


@dataclass(frozen=True)
class OtherPlace:
    """Somewhere else to get help; texts per language (one key "" when a plain string)."""

    name: dict[str, str]
    place: str = ""
    hours: dict[str, str] = field(default_factory=dict)
    phone: str = ""
    web: str = ""

    def name_in(self, lang: str) -> str:
        return _pick(self.name, lang)

    def hours_in(self, lang: str) -> str:
        return _pick(self.hours, lang)


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("") or next(iter(texts.values()), "")


def _default(name: str) -> Any:
    """The schema's default for helpers.<name> (declared there once)."""
    return S.key_at(f"helpers.{name}").default


@dataclass(frozen=True)
class HelpSettings:
    """[helpers]' help-queue keys, checked; the defaults are the schema's."""

    holidays: tuple[date, ...] = ()
    extra_dates: tuple[ExtraShift, ...] = ()
    people: tuple[HelperPerson, ...] = ()
    waiting_timeout_min: int = _default("waiting_timeout_min")
    default_handling_min: int = _default("default_handling_min")
    queue_outside_hours: bool = False
    other_places: tuple[OtherPlace, ...] = ()


def _date(v, path: str, text: Any, line: int | None = None) -> date | None:
    if not isinstance(text, str):
        return None
    if _DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    v.error(path, f"not a date: '{shown(text)}' (use YYYY-MM-DD, e.g. 2026-12-24)", line)
    return None


def help_settings(v, helpers: dict, languages: list[str], *, shift_times, check_pin_hash,
                  check_url, check_lang_table) -> HelpSettings:
    """Check the help keys of [helpers]; return the settings (errors go to `v`)."""
    holidays = [d for i, text in enumerate(helpers.get("holidays") or [])
                if (d := _date(v, f"helpers.holidays[{i}]", text, v.lines.line("helpers.holidays"))) is not None]
    extra = []
    for i, entry in enumerate(helpers.get("extra_dates") or []):
        path = f"helpers.extra_dates[{i}]"
        on = _date(v, f"{path}.date", entry.get("date"))
        times = shift_times(v, path, entry)
        if times is not None and on is not None:
            start, end = (time(m // 60, m % 60) for m in times)
            extra.append(ExtraShift(on, start, end, entry.get("who", "")))
    people = []
    seen: dict[str, int] = {}
    for i, person in enumerate(helpers.get("people") or []):
        path = f"helpers.people[{i}]"
        name = person.get("pseudonym")
        if isinstance(name, str):
            if not name.strip():
                v.error(f"{path}.pseudonym", "pseudonym is empty")
            elif name in seen:
                v.error(f"{path}.pseudonym", f"'{shown(name)}' is listed twice (also helpers.people[{seen[name]}])")
            seen.setdefault(name, i)
        check_pin_hash(v, f"{path}.pin_hash", person.get("pin_hash"))
        if isinstance(name, str) and isinstance(person.get("pin_hash"), str):
            people.append(HelperPerson(name.strip(), person["pin_hash"]))
    # Their ranges are the schema's, checked with their shape: a value here is within it.
    minutes = {key: helpers.get(key) for key in ("waiting_timeout_min", "default_handling_min")}
    places = []
    for i, entry in enumerate(helpers.get("other_places") or []):
        path = f"helpers.other_places[{i}]"
        texts = {}
        for key in ("name", "hours"):
            value = entry.get(key)
            if isinstance(value, dict):
                check_lang_table(v, f"{path}.{key}", value, languages)
                texts[key] = dict(value)
            elif isinstance(value, str):
                if key == "name" and not value.strip():
                    v.error(f"{path}.name", "name is empty")
                texts[key] = {"": value} if value else {}
        web = entry.get("web") or ""
        if isinstance(web, str) and web and not check_url(v, f"{path}.web", web):
            web = ""
        phone = entry.get("phone") or ""
        if isinstance(phone, str) and phone and not _PHONE.fullmatch(phone):
            v.error(f"{path}.phone", f"not a phone number: '{shown(phone)}' (digits, spaces, '+', '-')")
        if texts.get("name"):
            places.append(OtherPlace(texts["name"], entry.get("place") or "", texts.get("hours", {}),
                                     phone if isinstance(phone, str) else "", web))
    return HelpSettings(
        holidays=tuple(holidays), extra_dates=tuple(extra), people=tuple(people),
        waiting_timeout_min=minutes["waiting_timeout_min"] or _default("waiting_timeout_min"),
        default_handling_min=minutes["default_handling_min"] or _default("default_handling_min"),
        queue_outside_hours=bool(helpers.get("queue_outside_hours")), other_places=tuple(places))
