"""Finnish words beside a translation: the mark ``**Kirjaudu OmaKantaan**{fi}`` and its check.

OmaKanta, Kela and Suomi.fi speak only Finnish, Swedish and English, so a
guide in Russian or Arabic still has to show the exact Finnish words the
resident must find on the page. The writer types them in bold, as the page
shows them, with ``{fi}`` right after the closing stars, and the translation
after that: ``**Kirjaudu OmaKantaan**{fi} (Войти в OmaKanta)``. The viewer
shows such words with a small "FI" mark; printing drops the ``{fi}``. Read
aloud speaks them in Finnish: `with_speech_marks` keeps where they are through
the step's conversion to plain text, and `speech_parts` cuts that text into
(language, text) parts for the speech engine (kiosk/services/speech.py).

`check_finnish_quotes` makes sure every quoted word is one of the bold
labels of the same guide's ``fi.md``: a typo there would send the resident
looking for a button that does not exist.
"""

from __future__ import annotations

import re

from kiosk.core.guides.markdown import COMMENT, FENCE
from kiosk.core.guides.model import Problem

# The languages the services themselves speak: their guides quote the page's
# words without the mark (the Swedish guide may quote the Swedish page).
SERVICE_LANGUAGES = ("fi", "sv", "en")

# Every language a guide may be written in. The screens' own list
# (kiosk.core.languages) may still be shorter; guides do not wait for it.
GUIDE_LANGUAGES = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")

MARK = "{fi}"
# **words**{fi}: the words on one line, no stars inside.
FINNISH_WORDS = re.compile(r"\*\*([^*\n]+?)\*\*\{fi\}")
_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")


def _text_lines(lines: list[tuple[int, str]]):
    """(line number, text) outside code fences, comments removed."""
    in_fence = False
    for lineno, line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield lineno, COMMENT.sub("", line)


def bold_labels(lines: list[tuple[int, str]]) -> set[str]:
    """Every bold text of a Finnish guide: the labels a translation may quote."""
    return {m.group(1).strip() for _, line in _text_lines(lines) for m in _BOLD.finditer(line)}


def finnish_quotes(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[int]]:
    """The marked Finnish words (line, words) and the lines with a ``{fi}`` that follows no bold text."""
    quotes: list[tuple[int, str]] = []
    stray: list[int] = []
    for lineno, line in _text_lines(lines):
        if line.startswith("#"):
            continue   # a heading: heading_marks reports it
        for m in FINNISH_WORDS.finditer(line):
            quotes.append((lineno, m.group(1).strip()))
        if MARK in FINNISH_WORDS.sub("", line):
            stray.append(lineno)
    return quotes, stray


def check_finnish_quotes(file: str, lang: str, lines: list[tuple[int, str]],
                         finnish: set[str] | None) -> list[Problem]:
    """Errors for the marked words of one language file that the Finnish guide does not have.

    `finnish` is the bold labels of the guide's fi.md; None when the guide has no fi.md.
    """
    problems: list[Problem] = []
    quotes, stray = finnish_quotes(lines)
    for lineno in stray:
        problems.append(Problem(file, lineno, "'{fi}' must come right after bold Finnish words, "
                                              "like **Kirjaudu ulos**{fi} (Log out)"))
    for lineno, words in quotes:
        if finnish is None:
            problems.append(Problem(file, lineno, f"{lang}.md quotes the Finnish words '{words}', "
                                                  "but this guide has no fi.md to take them from"))
        elif words not in finnish:
            problems.append(Problem(file, lineno, f"{lang}.md quotes the Finnish words '{words}', "
                                                  "but the Finnish guide (fi.md) has no such bold "
                                                  "words; copy them exactly from fi.md"))
    return problems


def heading_marks(file: str, title: str, line: int) -> list[Problem]:
    """A mark in a step heading is not shown as one: the heading is plain text."""
    if MARK in title:
        return [Problem(file, line, "Finnish words with {fi} belong in the step's text, not in its "
                                    "'## ' heading")]
    return []


def without_marks(markdown: str) -> str:
    """`markdown` with the ``{fi}`` marks taken off (the words stay bold)."""
    return FINNISH_WORDS.sub(lambda m: f"**{m.group(1)}**", markdown)


def with_placeholder(markdown: str, placeholder: str) -> str:
    """`markdown` with each mark replaced by `placeholder` (for a renderer to find after Markdown)."""
    return FINNISH_WORDS.sub(lambda m: f"**{m.group(1)}**{placeholder}", markdown)


# Private-use characters around Finnish words on their way from Markdown to the
# plain text read aloud (they survive Qt's Markdown; a guide never has them).
SPEECH_OPEN = "\ue0f2"
SPEECH_CLOSE = "\ue0f3"


def with_speech_marks(markdown: str) -> str:
    """`markdown` with each marked quote's words wrapped in SPEECH_OPEN/SPEECH_CLOSE (still bold)."""
    return FINNISH_WORDS.sub(lambda m: f"**{SPEECH_OPEN}{m.group(1)}{SPEECH_CLOSE}**", markdown)


def speech_parts(text: str, lang: str) -> list[tuple[str, str]]:
    """`text` (plain, with speech marks) as (language, text) parts: Finnish words in "fi", the rest in `lang`.

    Joined, the texts are `text` without the marks (nothing is dropped or
    added); a part never is empty, and two neighbours never share a language.
    """
    parts: list[tuple[str, str]] = []

    def add(part_lang: str, words: str) -> None:
        if not words:
            return
        if parts and parts[-1][0] == part_lang:
            parts[-1] = (part_lang, parts[-1][1] + words)
        else:
            parts.append((part_lang, words))

    rest = text
    while SPEECH_OPEN in rest:
        before, rest = rest.split(SPEECH_OPEN, 1)
        words, _sep, rest = rest.partition(SPEECH_CLOSE)
        add(lang, before.replace(SPEECH_CLOSE, ""))
        add("fi", words)
    add(lang, rest.replace(SPEECH_CLOSE, ""))
    return parts
