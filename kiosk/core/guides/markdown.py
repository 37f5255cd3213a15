"""Markdown of a guide's language file: split into introduction and steps, and a step for display."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.core.guides.model import Step

_HEADING2 = re.compile(r"^##(?!#)\s*(.*?)\s*#*\s*$")
_HEADING1 = re.compile(r"^#(?!#)(\s.*)?$")
FENCE = re.compile(r"^\s*(```|~~~)")
COMMENT = re.compile(r"<!--.*?-->")
PICTURE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)>]*?)>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass
class RawStep:
    """A step as read: its heading, the heading's line and its body lines (line, text)."""

    title: str
    line: int
    body: list[tuple[int, str]]


def split_markdown(lines: list[str]) -> tuple[list[tuple[int, str]], list[RawStep], list[int]]:
    """Intro lines, steps and the lines of level-1 headings (all 1-based)."""
    intro: list[tuple[int, str]] = []
    steps: list[RawStep] = []
    h1: list[int] = []
    in_fence = False
    for lineno, line in enumerate(lines, start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            m = _HEADING2.match(line)
            if m:
                steps.append(RawStep(m.group(1), lineno, []))
                continue
            if _HEADING1.match(line):
                h1.append(lineno)
                continue
        (steps[-1].body if steps else intro).append((lineno, line))
    return intro, steps, h1


def join_lines(lines: list[tuple[int, str]]) -> str:
    return "\n".join(text for _, text in lines).strip("\n").strip()



def render_step_markdown(step: Step) -> str:
    """The step body for display: the picture removed (the UI shows it separately)."""
    lines = []
    for line in step.body_markdown.splitlines():
        stripped = PICTURE.sub("", line)
        if line.strip() and not stripped.strip():
            continue  # a line that only held the picture
        lines.append(stripped.rstrip() if stripped != line else line)
    text = "\n".join(lines)
    # Removing a picture line can leave two blank lines in a row.
    return re.sub(r"\n{3,}", "\n\n", text).strip()

