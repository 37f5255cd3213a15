"""A guide on paper: one QTextDocument in large print, every step with its picture.

Large print for A4: 18 pt body text, 24 pt step headings, left-aligned, each
picture about 9.5 cm wide (embedded as an image resource, so nothing is read
from disk while printing). The online address and its QR code close the
document, so a resident can go on at home.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import (
    QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextImageFormat,
)

from kiosk.core.guides import Guide, GuideText, render_step_markdown
from kiosk.ui.guides.pictures import picture_image
from kiosk.ui.guides.step_page import insert_markdown
from kiosk.ui.shell.qr import qr_image

BODY_PT = 18
STEP_PT = 24
TITLE_PT = 30
# Pictures are rendered at print resolution and shown this wide (document px ~ 1/96 in).
PICTURE_DOC_PX = 360
PICTURE_RENDER_PX = 1400
QR_DOC_PX = 170
# The printable part of A4 with PrintService's 12 mm margins, in document pixels (96 per inch).
PAGE_PX = QSizeF((210 - 24) / 25.4 * 96, (297 - 24) / 25.4 * 96)


@dataclass(frozen=True)
class PrintLabels:
    """The translated words printed around the guide's own text."""

    step: str          # "Step %1 / %2"
    online: str        # "Read this guide on your phone or at home:"


def _char(point_size: float, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(point_size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return fmt


def _block(top: float = 0, bottom: float = 0, page_break: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if page_break:
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


def build_guide_document(guide: Guide, text: GuideText, labels: PrintLabels,
                         online: str | None = None) -> QTextDocument:
    """The whole guide in `text`'s language, ready for `PrintService.print_document`."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSize(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, text.title)
    doc.setPageSize(PAGE_PX)
    cursor = QTextCursor(doc)
    starts: list[int] = []    # where each step begins, to keep it on one page

    cursor.setBlockFormat(_block(bottom=12))
    cursor.setCharFormat(_char(TITLE_PT, bold=True))
    cursor.insertText(text.title)
    if text.intro_markdown.strip():
        cursor.insertBlock(_block(top=6, bottom=6), _char(BODY_PT))
        insert_markdown(cursor, text.intro_markdown)

    total = len(text.steps)
    for number, step in enumerate(text.steps, start=1):
        cursor.insertBlock(_block(top=24), _char(BODY_PT))
        starts.append(cursor.position())
        cursor.insertText(labels.step.replace("%1", str(number)).replace("%2", str(total)))
        cursor.insertBlock(_block(bottom=6), _char(STEP_PT, bold=True))
        cursor.insertText(step.title)
        body = render_step_markdown(step)
        if body:
            cursor.insertBlock(_block(), _char(BODY_PT))
            insert_markdown(cursor, body)
        path = guide.picture_path(step)
        if path is not None:
            image = picture_image(path, PICTURE_RENDER_PX)
            if not image.isNull():
                name = f"guide-picture-{number}"
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                fmt = QTextImageFormat()
                fmt.setName(name)
                fmt.setWidth(PICTURE_DOC_PX)
                fmt.setHeight(PICTURE_DOC_PX * image.height() / image.width())
                cursor.insertBlock(_block(top=8, bottom=8), _char(BODY_PT))
                cursor.insertImage(fmt)

    if online:
        cursor.insertBlock(_block(top=30), _char(BODY_PT, bold=True))
        starts.append(cursor.position())
        cursor.insertText(labels.online)
        cursor.insertBlock(_block(top=6), _char(BODY_PT))
        cursor.insertText(online)
        qr = qr_image(online, 600)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("guide-qr"), qr)
        fmt = QTextImageFormat()
        fmt.setName("guide-qr")
        fmt.setWidth(QR_DOC_PX)
        fmt.setHeight(QR_DOC_PX)
        cursor.insertBlock(_block(top=8), _char(BODY_PT))
        cursor.insertImage(fmt)
    _keep_together(doc, starts)
    return doc


def _keep_together(doc: QTextDocument, starts: list[int]) -> None:
    """Start a step on a new page when it would otherwise be split (a picture apart from its text)."""
    layout = doc.documentLayout()
    page = PAGE_PX.height()
    ends = [*starts[1:], None]
    for start, end in zip(starts, ends):
        first = doc.findBlock(start)
        last = doc.findBlock(end - 1) if end is not None else doc.lastBlock()
        top = layout.blockBoundingRect(first).top()
        bottom = layout.blockBoundingRect(last).bottom()
        if bottom - top > page * 0.9 or int(top // page) == int((bottom - 1) // page):
            continue   # fits on its page (or could never fit on one)
        fmt = first.blockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).setBlockFormat(fmt)
