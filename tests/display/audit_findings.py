"""What the screen audit found, in words a person can act on (tests/display/test_screen_audit.py).

Takes the `ShotResult`s of the walk (tests/display/screen_audit.py) and says:
- which buttons' labels were not read back from the pixels (blank, cut, clipped);
- for which text role the letters got smaller from one text-size step to the
  next (the same words, in the same screen, shape and language, measured from
  their ink: tesseract's word boxes);
- which tiles drew no icon;
with the screen, language, text size, shape, objectName, expected and read
text, and the screenshot's path.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import median

from tests.display.audit_shots import SIZE_NAMES, Combo, ShotResult

# Letters may not shrink from one step to the next; 3 % covers a pixel of OCR box jitter.
SHRINK_TOLERANCE = 0.97
# Ink pixels that make an icon (a 32 px icon of 4 px strokes has several hundred).
ICON_INK_PX = 60
ROLES = ("tile name", "top-bar button", "guide list item", "guide body text", "help screen text", "dialog text",
         "dialog button", "other button", "other text")


def base_screen(screen: str) -> str:
    """The screen a page of it belongs to ("guides-2" and "guides-top" are the guides list)."""
    head, _, tail = screen.rpartition("-")
    return head if head in ("guides", "service-guides") and (tail.isdigit() or tail == "top") else screen


def where(result: ShotResult) -> str:
    c = result.combo
    return f"{result.screen}, {c.lang}, {SIZE_NAMES[c.step]} text, {c.shape[0]}x{c.shape[1]}"


@dataclass(frozen=True)
class Finding:
    kind: str        # "label", "letters", "icon", "scroll", "unreached"
    screen: str
    combo: Combo | None
    line: str


def label_findings(results: list[ShotResult], which: str = "labels") -> tuple[list[Finding], int]:
    """Buttons ("labels") or texts ("texts") not read back whole from the pixels; and how many were checked."""
    found, checked = [], 0
    for r in results:
        for label in getattr(r, which):
            checked += 1
            if label["ok"]:
                continue
            why = ("its rectangle is cut off by its parent, shown "
                   f"{label['shown'][2]}x{label['shown'][3]} of {label['rect'][2]}x{label['rect'][3]} px; "
                   if label["cut"] else "")
            found.append(Finding("label", base_screen(r.screen), r.combo,
                                 f"{where(r)}: {label['name']} should say {label['expected']!r}, "
                                 f"{why}read {label['read']!r} (missing {', '.join(label['missing']) or '-'}); "
                                 f"screenshot {r.path}"))
    return found, checked


def unseen_findings(results: list[ShotResult]) -> list[Finding]:
    """Guides of the list that were never wholly on the screen while the audit paged through it."""
    seen, whole, shots = defaultdict(set), defaultdict(set), {}
    for r in results:
        if base_screen(r.screen) not in ("guides", "service-guides"):
            continue
        shots.setdefault(r.combo, r.path)
        seen[r.combo] |= {n for n in r.skipped if n.startswith("guide-")}
        whole[r.combo] |= {label["name"] for label in r.labels if label["name"].startswith("guide-")}
    return [Finding("label", "guides", combo, f"guides, {combo}: {name} was never wholly on the screen while "
                                             f"the list was paged through, so its title was not checked; "
                                             f"screenshot {shots[combo]}")
            for combo in seen for name in sorted(seen[combo] - whole[combo])]


def cut_findings(results: list[ShotResult], slack_px: int = 2) -> list[Finding]:
    """Buttons that do not fit where they are and nothing scrolls to them (part of them is off the screen)."""
    found = []
    for r in results:
        for label in r.labels:
            (_, _, w, h), (_, _, sw, sh) = label["rect"], label["shown"]
            if label["cut"] and (w - sw > slack_px or h - sh > slack_px):
                found.append(Finding("cut", base_screen(r.screen), r.combo,
                                     f"{where(r)}: {label['name']} ({label['expected']!r}) is cut off: "
                                     f"{sw}x{sh} of its {w}x{h} px are on the screen, and nothing scrolls; "
                                     f"screenshot {r.path}"))
    return found


def letter_heights(results: list[ShotResult]) -> dict:
    """{(shape, lang, role): {step: {(screen, name, word): [heights]}}}."""
    table: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for r in results:
        for h in r.heights:
            key = (base_screen(r.screen), h["name"], h["word"])
            table[(r.combo.shape, r.combo.lang, h["role"])][r.combo.step][key].append(h["height"])
    return table


def letter_findings(results: list[ShotResult]) -> tuple[list[Finding], list[str]]:
    """Roles whose letters got smaller with a text-size step; and a table of the heights measured."""
    table = letter_heights(results)
    paths = {(r.combo, base_screen(r.screen)): r.path for r in results}
    found, lines = [], []
    for (shape, lang, role), steps in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1], ROLES.index(kv[0][2]))):
        medians = {s: median(median(v) for v in words.values()) for s, words in steps.items()}
        lines.append(f"{shape[0]}x{shape[1]} {lang} {role}: "
                     + " -> ".join(f"{SIZE_NAMES[s]} {medians[s]:.1f}px" for s in sorted(medians)))
        for step in sorted(steps):
            if step + 1 not in steps:
                continue
            small, large = steps[step], steps[step + 1]
            pairs = [(key, median(large[key]) / median(small[key])) for key in small if key in large]
            if not pairs:
                continue
            ratio = median(r for _, r in pairs)
            if ratio >= SHRINK_TOLERANCE:
                continue
            worst = sorted(pairs, key=lambda p: p[1])[:3]
            examples = "; ".join(f"{name} {word!r} {median(small[(scr, name, word)]):.0f}px -> "
                                 f"{median(large[(scr, name, word)]):.0f}px on {scr}"
                                 for (scr, name, word), _ in worst)
            screen = worst[0][0][0]
            shot = paths.get((Combo(shape, lang, step + 1), screen), "")
            found.append(Finding("letters", role, Combo(shape, lang, step + 1),
                                 f"{role}, {lang}, {shape[0]}x{shape[1]}: letters {ratio:.2f}x as high at "
                                 f"{SIZE_NAMES[step + 1]} text as at {SIZE_NAMES[step]} (median of {len(pairs)} "
                                 f"words read at both sizes; e.g. {examples}); screenshot {shot}"))
    return found, lines


def icon_findings(results: list[ShotResult]) -> tuple[list[Finding], int]:
    found, checked = [], 0
    for r in results:
        for icon in r.icons:
            checked += 1
            if icon["ink"] < ICON_INK_PX:
                found.append(Finding("icon", base_screen(r.screen), r.combo,
                                     f"{where(r)}: {icon['name']} shows no icon ({icon['ink']} px of ink beside "
                                     f"its label, tile {icon['rect'][2]}x{icon['rect'][3]} px); screenshot {r.path}"))
    return found, checked


def summary(results: list[ShotResult], plan: dict, screens: tuple[str, ...], seconds: float) -> str:
    """The matrix covered and the numbers, for the report and the issue note."""
    combos = [Combo(shape, lang, step) for shape, pairs in plan.items() for lang, step in pairs]
    shots = len(results)
    words = sum(len(r.heights) for r in results)
    labels = sum(len(r.labels) for r in results)
    texts = sum(len(r.texts) for r in results)
    lines = [f"screen audit: {len(screens)} screens x {len(combos)} (shape, language, text size) = "
             f"{len(screens) * len(combos)} screen renders, {shots} screenshots (the guides list a page each), "
             f"{labels} button labels and {texts} texts read, {words} words measured, in {seconds:.0f} s"]
    for shape, pairs in plan.items():
        by_lang = defaultdict(list)
        for lang, step in pairs:
            by_lang[lang].append(SIZE_NAMES[step])
        lines.append(f"  {shape[0]}x{shape[1]}: " + "; ".join(f"{lang} {'/'.join(s)}" for lang, s in by_lang.items()))
    return "\n".join(lines)


def format_findings(title: str, findings: list[Finding], head: str, most: int = 30) -> str:
    """A failure message: counts per screen, then the first `most` findings in full."""
    per_screen = defaultdict(int)
    for f in findings:
        per_screen[f.screen] += 1
    counts = ", ".join(f"{screen} {n}" for screen, n in sorted(per_screen.items(), key=lambda kv: -kv[1]))
    shown = "\n".join(f"- {f.line}" for f in findings[:most])
    more = f"\n... and {len(findings) - most} more (all in the audit's findings.txt)" if len(findings) > most else ""
    return f"{head}\n{len(findings)} {title} (by screen: {counts}):\n{shown}{more}"
