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
