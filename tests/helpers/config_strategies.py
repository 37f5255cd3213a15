"""Hypothesis strategies for hostile configuration files (issue 18's property tests).

A generated file starts from a valid configuration (tests/unit/test_config.py's
BASE) and gets one to four changes: any key of the schema set to an odd value
(100 000-character strings, control characters and NUL escapes, arrays where
a string belongs, floats, dates, booleans, nested inline tables, tables nested
up to 40 deep), unknown keys, removed keys, or a change to the text itself
(a number of thousands of digits, brackets opened a thousand times, a stray
byte-order mark, a byte that is not UTF-8). Paths point at real files of a
prepared folder (`prepare_files`): private and world-readable tokens, folders,
a loop of links, a FIFO, devices, names of users that do not exist.
"""

from __future__ import annotations

import copy
import os
import stat
import tomllib
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import example
from hypothesis import strategies as st

from kiosk.core.config import schema as S
from tests.helpers.toml_text import dumps
from tests.unit.test_config import BASE

BASE_DOC = tomllib.loads(BASE)

# Every key of the schema, as a path of names (arrays of tables: their first item).
SCHEMA_PATHS: list[tuple[str, ...]] = []


def _collect(schema: dict[str, S.Key], prefix: tuple[str, ...]) -> None:
    for name, key in schema.items():
        SCHEMA_PATHS.append((*prefix, name))
        if key.children:   # [terminals.<id>]: under a terminal id
            _collect(key.children, (*prefix, name, *(("t1",) if key.per_id else ())))


_collect(S.SCHEMA, ())
TABLE_ARRAYS = {path for path, key in S.iter_keys() if key.kind == S.TABLE_ARRAY}

# Names in the folder `prepare_files` makes; values of path keys are drawn from these.
FILE_NAMES = ("token-600", "token-644", "token-empty", "folder", "missing", "missing/deeper", "loop",
              "fifo", "ca.pem", "icon.svg", "/dev/null", "/dev/zero", "/", "~no-such-user-here/x",
              "~/x", "../../../../../../etc/shadow", "/proc/self/mem", "x" * 300, "a/" * 3000)


def prepare_files(folder: Path) -> None:
    """Real files for the generated configurations to name (made once; the tests never change them)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, mode, text in (("token-600", 0o600, "abc\n"), ("token-644", 0o644, "abc\n"),
                             ("token-empty", 0o600, ""), ("ca.pem", 0o644, "not a certificate\n"),
                             ("icon.svg", 0o644, "<svg xmlns='http://www.w3.org/2000/svg'/>")):
        (folder / name).write_text(text)
        (folder / name).chmod(mode)
    (folder / "folder").mkdir(exist_ok=True)
    if not (folder / "loop").is_symlink():
        (folder / "loop").symlink_to(folder / "loop")
    if not (folder / "fifo").exists():
        os.mkfifo(folder / "fifo")
    assert stat.S_ISFIFO((folder / "fifo").stat().st_mode)


@dataclass(frozen=True)
class Generated:
    """A generated configuration file: its bytes, and how it was made (for the failure report)."""

    data: bytes
    made: str


def every_string(schema: dict[str, S.Key], prefix: str, text: str) -> tuple[dict, list[str]]:
    """A document with `text` in every place the schema takes a string; and those places' paths."""
    doc: dict = {}
    paths: list[str] = []
    for name, key in schema.items():
        path = f"{prefix}.{name}" if prefix else name
        if key.kind in (S.STR, S.STR_OR_LANG_TABLE):
            doc[name] = text
            paths.append(path)
        elif key.kind == S.STR_LIST:
            doc[name] = [text]
            paths.append(f"{path}[0]")
        elif key.kind == S.LANG_TABLE:
            doc[name] = {"fi": text}
            paths.append(f"{path}.fi")
        elif key.kind == S.TABLE and key.per_id:   # [terminals.<id>]
            inner_doc, inner = every_string(key.children, f"{path}.t1", text)
            doc[name] = {"t1": inner_doc}
            paths.extend(inner)
        elif key.kind == S.TABLE:
            doc[name], inner = every_string(key.children, path, text)
            paths.extend(inner)
        elif key.kind == S.TABLE_ARRAY:
            item, inner = every_string(key.children, f"{path}[0]", text)
            doc[name] = [item]
            paths.extend(inner)
    return doc, paths


ISSUE_CASES = [
    # The cases issue 18 names, always among the files tried (hypothesis's explicit examples).
    Generated(BASE.replace('time_zone = "Europe/Helsinki"', f'time_zone = "{"A" * 300}"').encode(),
              "issue 18: site.time_zone of 300 characters"),
    Generated(dumps(every_string(S.SCHEMA, "", "x" * 100_000)[0]).encode(),
              "issue 18: every string 100 000 characters long"),
    Generated(BASE.replace('icon = "kanta"', 'icon = "~no-such-user-here/kanta.svg"').encode(),
              "an icon in the home folder of a user that does not exist"),
]


def with_issue_cases(test):
    """Decorator under @given: the cases issue 18 names run first, every time; then the generated ones."""
    for case in reversed(ISSUE_CASES):
        test = example(case)(test)
    return test


# -- values -------------------------------------------------------------------------------

_ODD_CHARS = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\x9f", "\u200b", "\u2028", "\u202e",
                                               "\ufeff", "\uffff", "\U0010ffff", "ä", "ß", "\u0130"]
short_text = st.text(max_size=12)
long_text = st.builds(lambda unit, n: (unit * n)[:n], st.text(min_size=1, max_size=3),
                      st.sampled_from([64, 65, 253, 300, 1000, 1001, 5000, 100_000]))
control_text = st.builds(lambda a, c, b: a + c + b, short_text, st.sampled_from(_ODD_CHARS), short_text)
meaningful = st.sampled_from([
    "", " ", "fi", "sv", "en", "ru", "xx", "Europe/Helsinki", "Europe", "UTC", "../../etc/passwd",
    "zone1970.tab", "Mars/Olympus", "25:00", "23:59", "00:00", "tue", "tues", "2026-02-30", "2026-12-24",
    "https://www.kela.fi/", "https://www.kela.fi:8443/", "http://127.0.0.1:9/", "https://[::1/",
    "https://user@kela.fi/", "javascript:alert(1)", "*.kela.fi", "*.fi", "kela .fi", "xn--a", "ä.fi",
    "none", "matomo", "jsonl", "directory", "http", "generic", "kanta", "1234",
    "scrypt$n=16384,r=8,p=1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA",
    "scrypt$n=" + "9" * 990 + ",r=8,p=1$AAAA$AAAA", "+358 6 828 9111"])
path_text = st.sampled_from(FILE_NAMES)
texts = st.one_of(short_text, long_text, control_text, meaningful, path_text)
scalars = st.one_of(
    texts,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.sampled_from([0, -1, 1, 29, 30, 3600, 3601, 86401, 2**31, 2**63 - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(), st.datetimes(), st.times(),
)
keys = st.one_of(st.sampled_from(["id", "url", "pin", "time_zon", "label", "fi", "x" * 1000]), short_text)


def _nest(depth: int, leaf: Any) -> Any:
    for _ in range(depth):
        leaf = {"a": leaf}
    return leaf


values = st.one_of(
    scalars,
    st.lists(scalars, max_size=4),
    st.lists(st.lists(texts, max_size=2), max_size=2),
    st.dictionaries(keys, scalars, max_size=3),
    st.lists(st.dictionaries(keys, scalars, max_size=3), min_size=1, max_size=3),  # array of tables
    st.builds(_nest, st.integers(1, 40), scalars),                                 # deep tables
    st.builds(lambda n: [n] * 1001, short_text),                                   # too many items
)


# -- changes --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """One change to the document: `what` is set, unknown, delete; shown when a test fails."""

    what: str
    path: tuple[str, ...]
    value: Any = None

    def apply(self, doc: dict) -> None:
        table = doc
        for i, name in enumerate(self.path[:-1]):
            nxt = table.get(name)
            if ".".join(self.path[:i + 1]) in TABLE_ARRAYS:
                if not (isinstance(nxt, list) and nxt and isinstance(nxt[0], dict)):
                    nxt = table[name] = [{}]
                nxt = nxt[0]
            elif not isinstance(nxt, dict):
                nxt = table[name] = {}
            table = nxt
        last = self.path[-1]
        if self.what == "delete":
            table.pop(last, None)
        else:
            table[last] = self.value

    def __repr__(self) -> str:
        shown = repr(self.value)
        path = ".".join(repr(p) if len(p) > 40 or not p.isprintable() or not p else p for p in self.path)
        return f"{self.what} {path[:120]} = {shown[:80]}{'…' if len(shown) > 80 else ''}"


PATH_KEYS = [("tiles", "icon"), ("sync", "token_file"), ("sync", "ca_file"), ("sync", "directory")]
changes = st.one_of(
    st.builds(Change, st.just("set"), st.sampled_from(SCHEMA_PATHS), values),
    st.builds(Change, st.just("set"), st.sampled_from(PATH_KEYS), path_text),
    st.builds(Change, st.just("set"), st.just(("guides", "extra_dirs")), st.lists(path_text, max_size=3)),
    st.builds(Change, st.just("unknown"), st.builds(lambda p, k: (*p, k), st.sampled_from([()] + [
        p for p in SCHEMA_PATHS if len(p) == 1]), keys), values),
    st.builds(Change, st.just("delete"), st.sampled_from(SCHEMA_PATHS)),
)

# Values that are valid for their key (free text within its bound, real time zones, numbers in
# range, switches): files made of such changes validate, so the kiosk is built from them, not only
# from its fall-back, with 1000-character names, right-to-left and combining text, every switch.
printable = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=20)
free_text = st.one_of(printable, *(st.builds(lambda unit, n=n: (unit * n)[:n], printable) for n in (64, 200, 1000)),
                      st.sampled_from(["Äänekosken kirjasto", "Вход", "مرحبا بكم", "Soite\tKokkola",
                                       "two\nlines", "e\u0301\u0301\u0301", "\U0001F600" * 10]))
langs = st.fixed_dictionaries({"fi": free_text, "sv": free_text, "en": free_text})
_between = st.integers
FITTING = [
    (("site", "name"), st.one_of(free_text, langs)),
    (("tiles", "label"), langs),
    (("helpers", "shifts", "who"), free_text),
    (("site", "time_zone"), st.sampled_from(sorted(zoneinfo.available_timezones()))),
    (("session", "idle_timeout_s"), _between(30, 3600)),
    (("session", "warning_s"), _between(20, 29)),
    (("session", "signed_out_s"), _between(2, 30)),
    (("helpers", "waiting_timeout_min"), _between(5, 120)),
    (("helpers", "default_handling_min"), _between(5, 120)),
    (("sync", "interval_s"), _between(10, 86400)),
    (("sync", "batch_size"), _between(1, 5000)),
    (("deployment", "nightly_restart"), st.builds(lambda h, m: f"{h:02d}:{m:02d}", _between(0, 23),
                                                  _between(0, 59))),
    *(((table, name), st.booleans()) for table, name in (
        ("session", "sound_cue"), ("browser", "allow_uploads"), ("deployment", "hide_pointer"),
        ("deployment", "virtual_keyboard"), ("deployment", "read_aloud"), ("helpers", "queue_outside_hours"))),
]
fitting_changes = st.sampled_from(FITTING).flatmap(
    lambda pair: st.builds(Change, st.just("set"), st.just(pair[0]), pair[1]))


# Changes to the text after writing it: what a broken editor or a hostile file does.
TEXT_CHANGES = [
    *[None] * 30,   # mostly none: a file tomllib cannot read hides the document's changes
    "idle = " + "9" * 5000, "x = [" * 1000, "[" * 200 + "a" + "]" * 200, "\ufeff", "a.b.c." * 40 + "d = 1",
    'x = """', "[site]", "[[tiles]]", "= 1", "k = \"\\ud800\"", "k = 1979-05-27T07:32:00Z",
]
text_changes = st.tuples(st.sampled_from(TEXT_CHANGES), st.integers(0, 60), st.booleans())


@st.composite
def configurations(draw, fitting: bool = False) -> Generated:
    """A configuration file's bytes; write it into the prepare_files folder, so its paths name those files.

    `fitting`: only values of the right kind within their bounds, and the text unchanged.
    """
    doc = copy.deepcopy(BASE_DOC)
    done = draw(st.lists(fitting_changes if fitting else changes, min_size=1, max_size=4))
    for change in done:
        change.apply(doc)
    text = dumps(doc)
    snippet, at, latin1 = draw(text_changes) if not fitting else (None, 0, False)
    lines = text.split("\n")
    if snippet is not None:
        lines.insert(min(at, len(lines)), snippet)
    text = "\n".join(lines)
    data = text.encode("utf-8")
    if latin1 and draw(st.integers(0, 29)) == 0:   # a byte that is not UTF-8 (an older editor's "ä")
        data = data.replace(b"\n", b"\n# \xe4\n", 1)
    made = "; ".join(repr(c) for c in done) + (f"; text: {snippet[:40]!r} at line {at}" if snippet else "")
    return Generated(data, made)
