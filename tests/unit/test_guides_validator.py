"""Guide loading and `kiosk guides check`: every broken guide gets its exact message and line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.core.guides import (
    MAX_PICTURE_BYTES,
    TOPICS,
    Problem,
    check_guides_dir,
    load_guide,
    load_guides,
    render_step_markdown,
)

SERVICES = {"omakanta", "omakela", "suomifi", "viestit", "valtuudet", "omavero"}

# Line numbers in the cases below refer to these texts; keep them stable.
TOML = """\
id = "test-guide"
service = "omakanta"
topic = "login"
languages = ["fi", "sv", "en"]
related = ["other-guide"]
order = 10

[title]
fi = "Kirjaudu testipalveluun"
sv = "Logga in i testtjänsten"
en = "Log in to the test service"

[online]
fi = "https://www.kanta.fi"
sv = "https://www.kanta.fi/sv"
en = "https://www.kanta.fi/en"
"""

MD = {
    "fi": """\
Tämä opas näyttää, miten kirjaudut palveluun.

## Avaa palvelu

Napauta **Kirjaudu**.

![Sormi napauttaa sinistä painiketta.](tap.svg)

## Tarkista tiedot

Lue tiedot. Napauta sitten **Jatka**.

## Kirjaudu ulos

Napauta **Kirjaudu ulos**.
""",
    "sv": """\
Den här guiden visar hur du loggar in i tjänsten.

## Öppna tjänsten

Tryck på **Kirjaudu** (Logga in).

![Ett finger trycker på en blå knapp.](tap.svg)

## Kontrollera uppgifterna

Läs uppgifterna. Tryck sedan på **Jatka** (Fortsätt).

## Logga ut

Tryck på **Kirjaudu ulos** (Logga ut).
""",
    "en": """\
This guide shows you how to log in to the service.

## Open the service

Tap **Kirjaudu** (Log in).

![A finger taps a blue button.](tap.svg)

## Check the details

Read the details. Then tap **Jatka** (Continue).

## Log out

Tap **Kirjaudu ulos** (Log out).
""",
}

SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20">
  <rect width="40" height="20" fill="#1a2b4c"/>
  <circle cx="20" cy="10" r="6" fill="#ffffff"/>
</svg>
"""

OTHER_TOML = """\
id = "other-guide"
service = "general"
topic = "safety"
languages = ["fi", "sv", "en"]

[title]
fi = "Toinen opas"
sv = "En annan guide"
en = "Another guide"
"""

OTHER_MD = "## {}\n\nOne short step.\n"


def write_base(root: Path) -> Path:
    """A valid guide `test-guide` (and the `other-guide` it links to) under root."""
    folder = root / "test-guide"
    folder.mkdir(parents=True)
    (folder / "guide.toml").write_text(TOML, encoding="utf-8")
    for lang, text in MD.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    (folder / "tap.svg").write_text(SVG, encoding="utf-8")
    other = root / "other-guide"
    other.mkdir()
    (other / "guide.toml").write_text(OTHER_TOML, encoding="utf-8")
    for lang in ("fi", "sv", "en"):
        (other / f"{lang}.md").write_text(OTHER_MD.format(lang), encoding="utf-8")
    return folder


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "guides"
    write_base(r)
    return r


def check(root: Path) -> list[str]:
    # No context: only the guides under root count (the default adds the shipped ones).
    return [str(p) for p in check_guides_dir(root, services=SERVICES, context_dirs=())]


def edit(name: str, old: str, new: str) -> Callable[[Path], None]:
    """A mutation replacing `old` (which must be there) with `new` in one file."""

    def mutate(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return mutate


def remove(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).unlink()


def write(name: str, data: str | bytes) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        if isinstance(data, bytes):
            (folder / name).write_bytes(data)
        else:
            (folder / name).write_text(data, encoding="utf-8")

    return mutate


def both(*mutations: Callable[[Path], None]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        for m in mutations:
            m(folder)

    return mutate


def make_dir(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).mkdir()


ALL_LANGS = ("fi.md", "sv.md", "en.md")


def in_all(old: str, new: str) -> Callable[[Path], None]:
    """Replace a picture name in every language file."""
    return both(*(edit(n, old, new) for n in ALL_LANGS))


# (id, mutation, expected problems with {g} for the guide folder)
CASES = [
    ("missing-toml", remove("guide.toml"),
     ["{g}/guide.toml:1: guide.toml is missing; every guide folder needs one"]),
    ("toml-syntax", edit("guide.toml", 'topic = "login"', "topic = login"),
     ["{g}/guide.toml:3: TOML syntax error: Invalid value (column 9)"]),
    ("missing-required-key", edit("guide.toml", 'topic = "login"\n', ""),
     ["{g}/guide.toml:1: topic: missing required key"]),
    ("unknown-key", edit("guide.toml", "order = 10", "ordr = 10"),
     ["{g}/guide.toml:6: ordr: unknown key (did you mean 'order'?)"]),
    ("wrong-type-order", edit("guide.toml", "order = 10", 'order = "10"'),
     ["{g}/guide.toml:6: order: must be a whole number, like order = 10; got text"]),
    ("wrong-type-title", edit("guide.toml", "[title]\n", 'title = "Kirjaudu"\n[xtitle]\n'),
     ["{g}/guide.toml:9: xtitle: unknown key (did you mean 'title'?)",
      "{g}/guide.toml:8: title: must be a table with one text per language ([title] and then "
      "fi = \"...\" on the next lines); got text"]),
    ("id-not-folder", edit("guide.toml", 'id = "test-guide"', 'id = "test-guides"'),
     ["{g}/guide.toml:1: id: 'test-guides' must be the same as the folder name 'test-guide'"]),
    ("id-bad-chars", edit("guide.toml", 'id = "test-guide"', 'id = "Test_Guide"'),
     ["{g}/guide.toml:1: id: 'Test_Guide' is not a valid id; use small letters a-z, digits and '-'"]),
    ("missing-language-file", remove("sv.md"),
     ["{g}/guide.toml:4: languages: 'sv' is listed but sv.md is missing"]),
    ("unknown-language", edit("guide.toml", '"sv", "en"]', '"sv", "en", "xx"]'),
     ["{g}/guide.toml:4: languages: unknown language code 'xx' (one of: fi, sv, en, ru, uk, et, ar, fa, so, se)"]),
    ("missing-title", edit("guide.toml", 'sv = "Logga in i testtjänsten"\n', ""),
     ["{g}/guide.toml:8: title.sv: missing title for language 'sv'"]),
    ("title-undeclared-language", edit("guide.toml", 'en = "Log in to the test service"',
                                       'en = "Log in to the test service"\nde = "Anmelden"'),
     ["{g}/guide.toml:12: title.de: 'de' is not in languages (fi, sv, en)"]),
    ("step-count", edit("sv.md", "## Logga ut\n\nTryck på **Kirjaudu ulos** (Logga ut).\n", ""),
     ["{g}/sv.md:9: sv.md has 2 steps but fi.md has 3; every language needs the same steps"]),
    ("step-count-no-steps-left", write("en.md", "Only an introduction.\n"),
     ["{g}/en.md:1: no steps; each step starts with a '## ' heading line"]),
    ("empty-step", edit("en.md", "Read the details. Then tap **Jatka** (Continue).\n", ""),
     ["{g}/en.md:9: step 'Check the details' is empty; write what to do or add a picture"]),
    ("empty-heading", edit("fi.md", "## Tarkista tiedot", "##"),
     ["{g}/fi.md:9: step heading is empty; write the step's name after '## '"]),
    ("two-pictures", edit("en.md", "Tap **Kirjaudu** (Log in).", "Tap **Kirjaudu** (Log in).\n\n![Again.](tap.svg)"),
     ["{g}/en.md:9: step 'Open the service' has more than one picture ('tap.svg'); one picture per step"]),
    ("missing-picture", in_all("tap.svg", "tapp.svg"),
     ["{g}/fi.md:7: picture 'tapp.svg' not found in the guide folder (did you mean 'tap.svg'?)",
      "{g}/sv.md:7: picture 'tapp.svg' not found in the guide folder (did you mean 'tap.svg'?)",
      "{g}/en.md:7: picture 'tapp.svg' not found in the guide folder (did you mean 'tap.svg'?)",
      "{g}/tap.svg:1: warning: picture is not used in any language file"]),
    ("unreadable-picture", both(remove("tap.svg"), make_dir("tap.svg")),
     ["{g}/fi.md:7: picture 'tap.svg' cannot be read",
      "{g}/sv.md:7: picture 'tap.svg' cannot be read",
      "{g}/en.md:7: picture 'tap.svg' cannot be read"]),
    ("picture-too-large", write("tap.svg", SVG.replace("</svg>", "<!--" + "x" * MAX_PICTURE_BYTES + "-->\n</svg>")),
     ["{g}/tap.svg:1: picture is 513 KB; the limit is 512 KB (simplify it or make it smaller)"]),
    ("picture-wrong-type", both(in_all("tap.svg", "tap.jpg"), write("tap.jpg", b"\xff\xd8\xff")),
     ["{g}/fi.md:7: picture 'tap.jpg' must be an .svg or .png file",
      "{g}/sv.md:7: picture 'tap.jpg' must be an .svg or .png file",
      "{g}/en.md:7: picture 'tap.jpg' must be an .svg or .png file",
      "{g}/tap.svg:1: warning: picture is not used in any language file"]),
    ("png-not-png", both(in_all("tap.svg", "tap.png"), write("tap.png", SVG)),
     ["{g}/tap.png:1: not a PNG picture (the file content is something else)",
      "{g}/tap.svg:1: warning: picture is not used in any language file"]),
    ("picture-outside-folder", edit("fi.md", "(tap.svg)", "(../other-guide/tap.svg)"),
     ["{g}/fi.md:7: picture '../other-guide/tap.svg' must be the name of a file in this guide's "
      "folder, like ![...](picture.svg)"]),
    ("picture-without-description", edit("en.md", "![A finger taps a blue button.]", "![]"),
     ["{g}/en.md:7: picture 'tap.svg' has no description; write what it shows between the "
      "brackets: ![description](file)"]),
    ("picture-in-intro", edit("en.md", "to the service.\n", "to the service.\n\n![Intro.](tap.svg)\n"),
     ["{g}/en.md:3: a picture must be inside a step (after a '## ' heading), not in the introduction"]),
    ("svg-not-xml", write("tap.svg", SVG.replace('fill="#ffffff"/>', 'fill="#ffffff">')),
     ["{g}/tap.svg:4: SVG picture is not well-formed XML: mismatched tag (column 3)"]),
    ("svg-script", write("tap.svg", SVG.replace("</svg>", "<script>alert(1)</script>\n</svg>")),
     ["{g}/tap.svg:4: SVG picture contains <script>; pictures must not run code"]),
    ("svg-event-attribute", write("tap.svg", SVG.replace("<rect ", '<rect onclick="go()" ')),
     ["{g}/tap.svg:2: SVG picture has an event attribute 'onclick'; pictures must not run code"]),
    ("svg-external-href", write("tap.svg", SVG.replace(
        "</svg>", '<image xlink:href="https://example.com/x.png" width="4" height="4"/>\n</svg>')),
     ["{g}/tap.svg:4: SVG picture links to 'https://example.com/x.png'; a picture must not load "
      "anything from outside (embed it or remove it)"]),
    ("svg-file-href", write("tap.svg", SVG.replace("</svg>", '<use href="file:///etc/passwd#x"/>\n</svg>')),
     ["{g}/tap.svg:4: SVG picture links to 'file:///etc/passwd#x'; a picture must not load "
      "anything from outside (embed it or remove it)"]),
    ("svg-entity", write("tap.svg", '<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n' + SVG),
     ["{g}/tap.svg:1: SVG picture declares an entity (<!ENTITY>); remove it"]),
    ("related-broken", edit("guide.toml", '["other-guide"]', '["other-guid"]'),
     ["{g}/guide.toml:5: related: no guide 'other-guid' (did you mean 'other-guide'?)"]),
    ("related-self", edit("guide.toml", '["other-guide"]', '["other-guide", "test-guide"]'),
     ["{g}/guide.toml:5: related: 'test-guide' is this guide itself; list other guides only"]),
    ("unknown-service", edit("guide.toml", 'service = "omakanta"', 'service = "omakana"'),
     ["{g}/guide.toml:2: service: unknown service 'omakana' (did you mean 'omakanta'?); use one of: "
      "general, omakanta, omakela, omavero, suomifi, valtuudet, viestit"]),
    ("unknown-topic", edit("guide.toml", 'topic = "login"', 'topic = "logni"'),
     ["{g}/guide.toml:3: topic: unknown topic 'logni' (did you mean 'login'?); use one of: "
      + ", ".join(TOPICS)]),
    ("online-not-https", edit("guide.toml", 'sv = "https://www.kanta.fi/sv"', 'sv = "http://www.kanta.fi/sv"'),
     ["{g}/guide.toml:15: online.sv: must be a web address starting with https://, not "
      "'http://www.kanta.fi/sv'"]),
    ("no-steps", write("fi.md", "Vain johdanto.\n"),
     ["{g}/fi.md:1: no steps; each step starts with a '## ' heading line"]),
    ("level-1-heading", edit("en.md", "This guide shows", "# Log in\n\nThis guide shows"),
     ["{g}/en.md:1: a '# ' heading is not allowed; the title comes from guide.toml and each step "
      "starts with '## '"]),
    ("not-utf8", write("sv.md", MD["sv"].encode("latin-1")),
     ["{g}/sv.md:1: is not valid UTF-8 text; save it as UTF-8 in your editor"]),
    ("not-utf8-later-line", write("sv.md", MD["sv"].encode().replace("Läs".encode(), "Läs".encode("latin-1"))),
     ["{g}/sv.md:11: is not valid UTF-8 text; save it as UTF-8 in your editor"]),
    ("toml-not-utf8", write("guide.toml", TOML.encode("latin-1")),
     ["{g}/guide.toml:10: is not valid UTF-8 text; save it as UTF-8 in your editor"]),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_guide(root: Path, mutate, expected: list[str]) -> None:
    folder = root / "test-guide"
    mutate(folder)
    assert check(root) == [e.format(g=folder) for e in expected]


def test_cases_cover_enough() -> None:
    assert len(CASES) >= 20


def test_valid_base_has_no_problems(root: Path) -> None:
    assert check(root) == []
    guide, problems = load_guide(root / "test-guide", services=SERVICES)
    assert problems == []
    assert guide is not None


def test_broken_guide_is_skipped_others_still_load(root: Path) -> None:
    (root / "test-guide" / "sv.md").unlink()
    guides, problems = load_guides([root], services=SERVICES)
    assert [g.id for g in guides] == ["other-guide"]
    assert [p.is_error for p in problems] == [True]


def test_model(root: Path) -> None:
    guides, problems = load_guides([root], services=SERVICES)
    assert problems == []
    # Sorted by service, then order, then id: "general" < "omakanta".
    assert [g.id for g in guides] == ["other-guide", "test-guide"]
    guide = guides[1]
    assert guide.folder == root / "test-guide"
    assert (guide.service, guide.topic, guide.order) == ("omakanta", "login", 10)
    assert guide.languages == ("fi", "sv", "en")
    assert guide.related == ("other-guide",)
    assert guide.titles["sv"] == "Logga in i testtjänsten"
    assert guide.online["en"] == "https://www.kanta.fi/en"
    assert guide.step_count == 3
    en = guide.text("en")
    assert en.title == "Log in to the test service"
    assert en.intro_markdown == "This guide shows you how to log in to the service."
    first = en.steps[0]
    assert (first.title, first.line, first.picture) == ("Open the service", 3, "tap.svg")
    assert first.picture_alt == "A finger taps a blue button."
    assert "![A finger" in first.body_markdown
    assert render_step_markdown(first) == "Tap **Kirjaudu** (Log in)."
    assert guide.picture_path(first) == root / "test-guide" / "tap.svg"
    assert guide.picture_path(en.steps[1]) is None
    assert render_step_markdown(en.steps[1]) == "Read the details. Then tap **Jatka** (Continue)."
    # Unknown language: the fallback, then the first declared language.
    assert guide.text("ru").lang == "fi"
    assert guide.text("ru", fallback="sv").lang == "sv"
    assert guide.title("so", fallback="en") == "Log in to the test service"
    other = guides[0]
    assert other.order == 1000 and other.related == () and other.online == {}


def test_render_keeps_text_around_the_picture() -> None:
    from kiosk.core.guides import Step

    step = Step("T", "Before.\n\n![Alt.](p.svg)\n\nAfter.", "p.svg", "Alt.", 1)
    assert render_step_markdown(step) == "Before.\n\nAfter."


def test_problem_str() -> None:
    assert str(Problem("g/fi.md", 7, "broken", True)) == "g/fi.md:7: broken"
    assert str(Problem("g/fi.md", 7, "long", False)) == "g/fi.md:7: warning: long"


def test_services_none_accepts_any_valid_id(root: Path) -> None:
    edit("guide.toml", 'service = "omakanta"', 'service = "my-own-tile"')(root / "test-guide")
    assert check_guides_dir(root, services=None, context_dirs=()) == []
    assert check(root)  # but not with a known set


def test_plain_language_warnings(root: Path) -> None:
    folder = root / "test-guide"
    long_sentence = " ".join(["word"] * 21) + "."
    edit("en.md", "Read the details. Then tap **Jatka** (Continue).",
         f"{long_sentence}\n"
         "One. Two. Three. Four.\n"
         "Five.\n"
         "\n"
         "This is *really* important and _so_ is this, but **bold** is fine.\n"
         "Do NOT type your PIN or the PDF code, see SUOMI.FI, 4G and KELA. OK.\n"
         "A link [here](https://example.com/a_very_long_path_with_many_words_in_it_to_count) is "
         "short.")(folder)
    problems = check_guides_dir(root, services=SERVICES, context_dirs=())
    assert all(not p.is_error for p in problems)
    assert [str(p) for p in problems] == [
        f"{folder}/en.md:15: warning: italics *really* are hard to read; write plain text "
        "(use **bold** only for button texts)",
        f"{folder}/en.md:15: warning: italics _so_ are hard to read; write plain text "
        "(use **bold** only for button texts)",
        f"{folder}/en.md:11: warning: sentence has 21 words (more than 20); split it into shorter sentences",
        f"{folder}/en.md:11: warning: paragraph has 6 sentences (more than 4); split it or use a list",
    ]
    # Capitals: 'NOT' is 3 letters, so only longer shouting is flagged.
    edit("en.md", "Do NOT type", "Do NEVER type")(folder)
    problems = check_guides_dir(root, services=SERVICES, context_dirs=())
    assert f"{folder}/en.md:16: warning: 'NEVER' is in capital letters; capitals are hard to read, " \
           "write it in normal letters" in [str(p) for p in problems]


def test_list_items_are_their_own_paragraphs(root: Path) -> None:
    folder = root / "test-guide"
    items = "\n".join(f"- Item {i}. It is short." for i in range(6))
    edit("en.md", "Tap **Kirjaudu ulos** (Log out).", items)(folder)
    assert check(root) == []


def test_warnings_do_not_fail_the_cli_and_errors_do(root: Path, repo: Path) -> None:
    edit("en.md", "Read the details.", "Read the *details*.")(root / "test-guide")
    result = run_cli(repo, str(root))
    assert result.returncode == 0, result.stderr
    assert "warning: italics *details*" in result.stdout


def test_duplicate_ids_across_roots(tmp_path: Path, root: Path) -> None:
    site = tmp_path / "site"
    write_base(site)
    guides, problems = load_guides([root, site], services=SERVICES)
    assert [g.folder for g in guides] == [root / "other-guide", root / "test-guide"]
    assert [str(p) for p in problems] == [
        f"{site}/other-guide/guide.toml:1: id: 'other-guide' is already used by the guide in "
        f"{root}/other-guide; this one is left out",
        f"{site}/test-guide/guide.toml:1: id: 'test-guide' is already used by the guide in "
        f"{root}/test-guide; this one is left out",
    ]
    # The check of the site folder sees the clash with the context folder.
    assert [str(p) for p in check_guides_dir(site, services=SERVICES, context_dirs=[root])] == [
        str(p) for p in problems]


def test_duplicate_id_within_one_root(root: Path) -> None:
    # The only way inside one folder: a guide folder given as a root, then its parent.
    guides, problems = load_guides([root / "test-guide", root], services=SERVICES)
    assert [g.id for g in guides] == ["other-guide", "test-guide"]
    assert [str(p) for p in problems] == [
        f"{root}/test-guide/guide.toml:1: id: 'test-guide' is already used by the guide in "
        f"{root}/test-guide; this one is left out"]


def test_site_guides_may_link_to_context_guides(tmp_path: Path, root: Path) -> None:
    site = tmp_path / "site"
    (site / "own").mkdir(parents=True)
    toml = OTHER_TOML.replace("other-guide", "own").replace("opas", "oma opas").replace(
        "guide", "own guide").replace('topic = "safety"', 'topic = "safety"\nrelated = ["test-guide"]')
    (site / "own" / "guide.toml").write_text(toml, encoding="utf-8")
    for lang in ("fi", "sv", "en"):
        (site / "own" / f"{lang}.md").write_text(OTHER_MD.format(lang), encoding="utf-8")
    assert check_guides_dir(site, services=SERVICES, context_dirs=[root]) == []
    assert [str(p) for p in check_guides_dir(site, services=SERVICES, context_dirs=())] == [
        f"{site}/own/guide.toml:4: related: no guide 'test-guide'"]
    guides, problems = load_guides([root, site], services=SERVICES)
    assert problems == [] and [g.id for g in guides] == ["other-guide", "own", "test-guide"]


def test_default_context_is_the_shipped_guides(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "bank-codes").mkdir(parents=True)
    folder = site / "bank-codes"
    (folder / "guide.toml").write_text(OTHER_TOML.replace("other-guide", "bank-codes").replace(
        'topic = "safety"', 'topic = "safety"\nrelated = ["stay-safe"]'), encoding="utf-8")
    for lang in ("fi", "sv", "en"):
        (folder / f"{lang}.md").write_text(OTHER_MD.format(lang), encoding="utf-8")
    # Linking to a shipped guide is fine; reusing a shipped id is not.
    assert [str(p) for p in check_guides_dir(site, services=SERVICES)] == [
        f"{folder}/guide.toml:1: id: 'bank-codes' is already used by the guide in "
        f"{Path(__file__).resolve().parents[2] / 'kiosk' / 'guides' / 'bank-codes'}; this one is left out"]


def test_missing_root_is_an_error(tmp_path: Path) -> None:
    guides, problems = load_guides([tmp_path / "nope"])
    assert guides == []
    assert [str(p) for p in problems] == [f"{tmp_path}/nope:1: guide folder not found"]


# -- the shipped guides ---------------------------------------------------------------


def test_shipped_guides_have_no_errors(repo: Path) -> None:
    problems = check_guides_dir(repo / "kiosk" / "guides", services=SERVICES)
    errors = [str(p) for p in problems if p.is_error]
    assert errors == []


def test_enough_shipped_guides_in_three_languages(repo: Path) -> None:
    guides, problems = load_guides([repo / "kiosk" / "guides"], services=SERVICES)
    assert not [p for p in problems if p.is_error]
    assert len(guides) >= 14
    folders = sorted(p.name for p in (repo / "kiosk" / "guides").iterdir() if p.is_dir())
    assert sorted(g.id for g in guides) == folders
    for guide in guides:
        assert {"fi", "sv", "en"} <= set(guide.texts), guide.id
        assert guide.step_count >= 1


# -- the command line ------------------------------------------------------------------


def run_cli(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", "guides", "check", *args], cwd=repo,
                          env=env, capture_output=True, text=True, timeout=120)


def test_cli_broken_dir_exits_2(root: Path, repo: Path) -> None:
    folder = root / "test-guide"
    (folder / "sv.md").unlink()
    edit("guide.toml", 'topic = "login"', 'topic = "logni"')(folder)
    result = run_cli(repo, str(root))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert f"{folder}/guide.toml:3: topic: unknown topic 'logni' (did you mean 'login'?); use one of: " \
           + ", ".join(TOPICS) in lines
    assert f"{folder}/guide.toml:4: languages: 'sv' is listed but sv.md is missing" in lines


def test_cli_shipped_dir_exits_0(repo: Path) -> None:
    result = run_cli(repo)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
    result = run_cli(repo, str(repo / "kiosk" / "guides"))
    assert result.returncode == 0, result.stderr


# -- drawing every picture with the kiosk's own renderer -------------------------------

# QtSvg refuses this (its nesting limit); expat and the other checks let it through.
DEEP_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">\n' + "<g>" * 20_000
            + '<rect width="40" height="20" fill="#1a2b4c"/>' + "</g>" * 20_000 + "\n</svg>\n")


def test_every_safe_picture_is_drawn_once_and_a_refusal_is_an_error(root: Path) -> None:
    folder = root / "test-guide"
    asked: list[str] = []

    def refuse(path: Path) -> tuple[int, str]:
        asked.append(path.name)
        return 3, "the kiosk cannot draw this picture: test"

    problems = check_guides_dir(root, services=SERVICES, context_dirs=(), draw=refuse)
    assert asked == ["tap.svg"]   # three languages show it, it is drawn once
    assert [str(p) for p in problems] == [f"{folder}/tap.svg:3: the kiosk cannot draw this picture: test"]
    # An unsafe picture never reaches the renderer; a renderer that fails is a refusal, not a traceback.
    (folder / "tap.svg").write_text(SVG.replace("<rect", "<script>alert(1)</script><rect"), encoding="utf-8")
    asked.clear()
    check_guides_dir(root, services=SERVICES, context_dirs=(), draw=refuse)
    assert asked == []
    (folder / "tap.svg").write_text(SVG, encoding="utf-8")
    problems = check_guides_dir(root, services=SERVICES, context_dirs=(), draw=lambda path: 1 / 0)
    assert [str(p) for p in problems] == [
        f"{folder}/tap.svg:1: the kiosk cannot draw this picture (ZeroDivisionError)"]


def test_cli_refuses_pictures_qt_cannot_draw(root: Path, repo: Path) -> None:
    """A 20 000-deep SVG and a cut-off PNG pass every other check; the command draws them with
    QtSvg and QImage on the offscreen platform (no display needed) and refuses both."""
    folder = root / "test-guide"
    (folder / "tap.svg").write_text(DEEP_SVG, encoding="utf-8")
    (folder / "cut.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    for lang, heading, alt in (("fi", "## Tarkista tiedot", "Lomake."), ("sv", "## Kontrollera uppgifterna",
                                                                          "Ett formulär."),
                               ("en", "## Check the details", "A form.")):
        edit(f"{lang}.md", heading, f"{heading}\n\n![{alt}](cut.png)")(folder)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "kiosk", "guides", "check", str(root)], cwd=repo,
                            env={**env, "QT_QPA_PLATFORM": "xcb"},   # even a platform that cannot start
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.splitlines() == [
        f"{folder}/tap.svg:2: the kiosk cannot draw this picture: Qt's SVG renderer refuses this picture "
        "(too deeply nested, or not SVG it knows); simplify it or export it again",
        f"{folder}/cut.png:1: the kiosk cannot draw this picture: Qt cannot read this PNG picture "
        "(damaged or cut short) (Qt says: libpng error: Read Error); simplify it or export it again",
    ]
