"""Step-by-step guides: the model, loading from folders, and validation.

A guide is one folder (``guides/bank-codes/``) holding ``guide.toml`` (id,
service, topic, languages, titles, ...), one Markdown file per language
(``fi.md``, ``sv.md``, ``en.md``; also ``ru``, ``uk``, ``et``, ``ar``, ``fa``, ``so``)
and the pictures the steps show. Each
``## Heading`` in a language file starts a step; text before the first heading
is the introduction.

Guides are written by communications staff, not developers, so loading never
raises for bad content: every problem comes back as a `Problem` with the file
and line (``FILE:LINE: message``), a broken guide is left out and the others
still load.

Standard library only: the UI builds its widgets from the plain dataclasses
here. Whether Qt can *draw* a picture is asked of a `draw` function passed to
`check_guides_dir`: core itself knows no Qt.

The rooms, lowest first: `model` (dataclasses, fixed lists), `markdown`
(language files split into steps), `plain_language` (selkokieli warnings),
`finnish_words` (the page's Finnish words quoted as ``**words**{fi}``, checked against fi.md),
`pictures` (checks inside a picture file), `guide_toml` and `loader` (one
guide folder), `collection` (many folders, the check command). The names
callers use are re-exported here.
"""

from kiosk.core.guides.collection import check_guides_dir, load_guides
from kiosk.core.guides.loader import load_guide
from kiosk.core.guides.markdown import render_step_markdown
from kiosk.core.guides.model import (
    DEFAULT_ORDER,
    GENERAL_SERVICE,
    MAX_PICTURE_BYTES,
    PICTURE_TYPES,
    TOPICS,
    Guide,
    GuideText,
    Problem,
    Step,
)
from kiosk.core.guides.pictures import Draw
from kiosk.core.guides.plain_language import CAPS_ALLOWED, MAX_PARAGRAPH_SENTENCES, MAX_SENTENCE_WORDS

__all__ = [
    "CAPS_ALLOWED", "DEFAULT_ORDER", "GENERAL_SERVICE", "MAX_PARAGRAPH_SENTENCES", "MAX_PICTURE_BYTES",
    "MAX_SENTENCE_WORDS", "PICTURE_TYPES", "TOPICS", "Draw", "Guide", "GuideText", "Problem", "Step",
    "check_guides_dir", "load_guide", "load_guides", "render_step_markdown",
]
