"""Plain-language (selkokieli) warnings for guide texts: long sentences, long paragraphs, italics, capitals.

Warnings only: they never fail `kiosk guides check` nor leave a guide out.
The kiosk itself never shows them and they are half the cost of loading, so
`load_guides(plain_language=False)` switches them off through `PLAIN_LANGUAGE`.
"""

from __future__ import annotations

import contextvars
import re

from kiosk.core.guides.markdown import COMMENT, FENCE, PICTURE
from kiosk.core.guides.model import Problem

# Plain-language limits (selkokieli): warnings only.
MAX_SENTENCE_WORDS = 20
MAX_PARAGRAPH_SENTENCES = 4

# Capitalised words that are names, not shouting. Words under four letters
# (PDF, PIN, SMS, URL, ID, OK, QR, DVV) are never flagged, nor words with a
# digit or a dot in them (SUOMI.FI, 4G).
CAPS_ALLOWED = frozenset({"KELA", "HTTPS", "HTTP", "IBAN", "WLAN", "WIFI", "JPEG", "HTML", "AUTA"})

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto|file):[^>]*>", re.IGNORECASE)
_BARE_URL = re.compile(r"\b(?:https?|file)://\S+", re.IGNORECASE)
_INLINE_CODE = re.compile(r"`[^`]*`")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])?\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])?_(?![\w_])")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)")


def _clean_line(line: str) -> str:
    """A line's readable words: no pictures, link addresses, code or comments."""
    line = PICTURE.sub(" ", line)
    line = COMMENT.sub(" ", line)
    line = _INLINE_CODE.sub(" ", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(" ", line)
    return _BARE_URL.sub(" ", line)


# The kiosk itself never shows the plain-language warnings and they are half
# the cost of loading; `load_guides(plain_language=False)` skips them.
PLAIN_LANGUAGE: contextvars.ContextVar[bool] = contextvars.ContextVar("plain_language", default=True)


def plain_language(file: str, lines: list[tuple[int, str]]) -> list[Problem]:
    """Selkokieli warnings for the body lines of one step (or the introduction)."""
    if not PLAIN_LANGUAGE.get():
        return []
    out: list[Problem] = []

    def warn(line: int, message: str) -> None:
        out.append(Problem(file, line, message, is_error=False))

    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    in_fence = in_comment = False
    for lineno, raw in lines:
        if FENCE.match(raw):
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


