"""STATUS.md, the record of who made each translation, read for the admin view."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.languages import UI_LANGUAGES
from kiosk.core.translation_status import StatusFileError, parse_status, read_status

STATUS = Path(__file__).resolve().parents[2] / "kiosk" / "assets" / "translations" / "STATUS.md"

GOOD = """# Translations

## Interface

| code | language | made by | date | checked by a native speaker |
|---|---|---|---|---|
| ru | Russian | AI-assisted draft | 2026-12-07 | no |
| et | Estonian | AI-assisted draft | 2026-12-07 | yes: Mari Tamm, Eesti Selts, 2027-01-15 |

## Guides

| guide | ru | et |
|---|---|---|
| log-out | AI draft, not checked | AI draft, not checked |
"""


def test_the_shipped_file_has_a_row_for_every_language_and_no_new_one_is_checked():
    status = read_status(STATUS)
    assert set(status) == set(UI_LANGUAGES)
    for code in ("ru", "uk", "et", "ar", "fa", "so"):
        assert not status[code].reviewed and "AI" in status[code].made_by, code


def test_a_reviewer_written_in_counts_as_checked():
    status = parse_status(GOOD)
    assert not status["ru"].reviewed
    assert status["et"].reviewed and "Mari Tamm" in status["et"].checked
    assert set(status) == {"ru", "et"}          # the guides' table is not read as languages


@pytest.mark.parametrize(("text", "message"), [
    ("# nothing\n", "STATUS.md: no '## Interface' section"),
    (GOOD.replace("| code | language |", "| language | code |"), "STATUS.md:5: the table's columns must be"),
    (GOOD.replace("| ru | Russian | AI-assisted draft | 2026-12-07 | no |", "| ru | Russian | no |"),
     "STATUS.md:7: 5 cells expected, found 3"),
])
def test_a_broken_file_is_named_with_its_line(text, message):
    with pytest.raises(StatusFileError) as caught:
        parse_status(text)
    assert str(caught.value).startswith(message)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StatusFileError, match="cannot be read"):
        read_status(tmp_path / "STATUS.md")


def _guides_table(text: str) -> dict[tuple[str, str], str]:
    """STATUS.md's guides table: (guide, language) -> its cell."""
    rows = [line for line in text.split("## Guides", 1)[1].splitlines() if line.startswith("|")]
    header = [c.strip() for c in rows[0].strip("|").split("|")]
    out = {}
    for line in rows[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert len(cells) == len(header), line
        out.update({(cells[0], lang): cell for lang, cell in zip(header[1:], cells[1:], strict=True)})
    return out


def test_every_shipped_guide_translation_has_its_cell():
    """Each guide's ru/uk/et/ar/fa/so text says who made it, and none claims a check it has not had."""
    guides = STATUS.parents[1].parent / "guides"
    wanted = {(md.parent.name, md.stem) for md in guides.glob("*/*.md") if md.stem not in ("fi", "sv", "en")}
    table = _guides_table(STATUS.read_text(encoding="utf-8"))
    assert len(wanted) >= 14 * 6
    assert sorted(wanted - set(table)) == []
    assert sorted(set(table) - wanted) == []      # no row for a guide or language that is not shipped
    assert all(table[key].startswith("AI draft ") and table[key].endswith("not checked") for key in wanted)
