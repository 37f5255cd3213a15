"""One step of a guide on screen: its heading, text and picture, and the QR code, arranged to fit.

A part of the guide viewer (kiosk.ui.guides.view), which decides what is
shown; this page holds the widgets of a step and puts them where they fit: in
the narrow side panel the picture above the text and no QR code; in portrait
the text on top and the picture the screen's width under it; in landscape the
text beside the picture, and with larger text the QR code under the text.
The Markdown of a step becomes rich text here (QLabel's own Markdown has no
gaps between paragraphs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.guides.finnish_words import with_placeholder, without_marks
from kiosk.ui.guides.pictures import GuidePicture
from kiosk.ui.shell.qr import QrCard

_UNLIMITED = 16777215   # QWIDGETSIZE_MAX


# Stands for a {fi} mark between Markdown and the finished document (a private-use character).
_PLACEHOLDER = "\ue0f1"
# The "FI" mark: white on the kiosk's dark blue (contrast 14:1), smaller than the text.
_MARK_FG = QColor("#ffffff")
_MARK_BG = QColor("#1a2b4c")
MARK_TEXT = "FI"


def plain_text(markdown: str) -> str:
    """The words of `markdown` (for read aloud): no marks, no {fi}."""
    doc = QTextDocument()
    doc.setMarkdown(without_marks(markdown))
    return doc.toPlainText()


def insert_markdown(cursor: QTextCursor, markdown: str) -> None:
    """`markdown` at `cursor`, each Finnish quote (**words**{fi}) followed by a small "FI" mark."""
    cursor.insertMarkdown(with_placeholder(markdown, _PLACEHOLDER))
    mark_finnish_words(cursor.document())


def mark_finnish_words(doc: QTextDocument) -> None:
    """Replace each placeholder left by `with_placeholder` with the "FI" mark.

    Qt's rich text has no per-span language for screen readers or speech, so
    the mark is what tells the words are Finnish; a no-break space keeps it
    on the line of its words. The mark is not in the Markdown itself: read
    aloud and search see only the words.
    """
    cursor = doc.find(_PLACEHOLDER)
    while not cursor.isNull():
        base = cursor.charFormat()
        fmt = QTextCharFormat()
        fmt.setForeground(_MARK_FG)
        fmt.setBackground(_MARK_BG)
        fmt.setFontWeight(QFont.Weight.Bold)
        size_px = base.font().pixelSize()
        if size_px > 0:
            fmt.setProperty(QTextCharFormat.Property.FontPixelSize, max(10, round(size_px * 0.7)))
        elif base.font().pointSizeF() > 0:
            fmt.setFontPointSize(max(7.0, base.font().pointSizeF() * 0.7))
        plain = QTextCharFormat()
        plain.setFontWeight(QFont.Weight.Normal)
        cursor.insertText("\u00a0", plain)
        cursor.insertText(f"\u00a0{MARK_TEXT}\u00a0", fmt)
        # A left-to-right mark: in Arabic or Persian text the mark's last space stays with it.
        cursor.insertText("\u200e", plain)
        cursor = doc.find(_PLACEHOLDER, cursor)


def markdown_html(markdown: str, font_px: int, gap_px: int) -> str:
    """Markdown as rich text in `font_px` type, `gap_px` between paragraphs (QLabel's Markdown has none).

    Finnish words quoted with {fi} get a small "FI" mark after them.
    """
    doc = QTextDocument()
    font = QFont()
    font.setPixelSize(font_px)
    doc.setDefaultFont(font)
    doc.setMarkdown(with_placeholder(markdown, _PLACEHOLDER))
    mark_finnish_words(doc)
    block = doc.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        fmt = block.blockFormat()
        fmt.setBottomMargin(gap_px)
        cursor.setBlockFormat(fmt)
        block = block.next()
    return doc.toHtml()


class StepPage(QWidget):
    """Heading over (text | picture + QR code); `arrange()` moves them for the shape of the screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("guide-step-title")
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("guide-intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setProperty("role", "muted")
        self.text = QLabel(self)
        self.text.setObjectName("guide-step-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.column = QWidget(self)
        self.column.setProperty("screen", True)
        text_box = QVBoxLayout(self.column)
        text_box.setContentsMargins(0, 0, 12, 0)
        text_box.setSpacing(16)
        # The step's heading scrolls with its text: a narrow panel at the largest size is low.
        text_box.addWidget(self.heading)
        text_box.addWidget(self.intro)
        text_box.addWidget(self.text)
        text_box.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("guide-step-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.column)
        self.picture = GuidePicture(self)
        self.qr = QrCard(self)
        # Picture over the QR code: beside the text, or under it in portrait.
        side = self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        side.setSpacing(12)
        side.addWidget(self.picture, 1)
        side.addWidget(self.qr)
        self._text_box = text_box
        self._layout_key: tuple = ()
        self._fit_for: tuple[int, int] | None = None   # the viewer's size the text height was fitted to
        self._fitting = False
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(24)
        self._body.addWidget(self.scroll, 3)
        self._body.addLayout(side, 2)
        self.scroll.viewport().installEventFilter(self)
        self.picture.installEventFilter(self)
        step_box = QVBoxLayout(self)
        step_box.setContentsMargins(0, 0, 0, 0)
        step_box.setSpacing(12)
        step_box.addLayout(self._body, 1)

    def swipe_targets(self) -> tuple[QWidget, ...]:
        """Where a swipe turns the page (the widgets a finger lands on)."""
        return (self, self.scroll.viewport(), self.column, self.text, self.intro, self.heading, self.picture)

    def show_step(self, heading: str, intro_html: str, text_html: str, picture: Path | None, alt: str) -> None:
        self.heading.setText(heading)
        self.intro.setText(intro_html)
        self.intro.setVisible(bool(intro_html))
        self.text.setText(text_html)
        self.picture.set_picture(picture, alt)
        self.picture.setVisible(self.picture.has_picture())
        self.scroll.verticalScrollBar().setValue(0)

    def set_top(self, widget: QWidget) -> None:
        """`widget` (the guide's title and tools) at the top of the text, scrolling with it."""
        if self._text_box.indexOf(widget) != 0:
            self._text_box.insertWidget(0, widget)

    def restyle(self, heading_px: int, text_px: int, intro_px: int) -> None:
        self.heading.setStyleSheet(f"font-size: {heading_px}px; font-weight: 600;")
        self.text.setStyleSheet(f"font-size: {text_px}px;")
        self.intro.setStyleSheet(f"font-size: {intro_px}px;")

    @property
    def portrait(self) -> bool:
        return bool(self._layout_key) and self._layout_key[1]

    def arrange(self, compact: bool, portrait: bool, qr_under_text: bool) -> None:
        """Where text, picture and QR code go: by panel, orientation and text size.

        - narrow panel: the picture above the text, no QR code;
        - portrait: the text on top, the picture the screen's width under it, the QR
          code under the picture (not the landscape columns with half the screen blank);
        - landscape: the text beside the picture; with larger text the QR code moves
          under the text, where it scrolls with it, so the text keeps its room.
        """
        key = (compact, portrait, qr_under_text)
        if key == self._layout_key:
            return
        self._layout_key = key
        vertical = QBoxLayout.Direction.TopToBottom
        horizontal = QBoxLayout.Direction.LeftToRight
        self._body.setDirection(vertical if compact or portrait else horizontal)
        self._body.removeWidget(self.scroll)
        if compact:
            # The picture sits above the text and the text gets the room.
            self._body.addWidget(self.scroll, 2)
            self._body.setStretch(0, 1)
        else:
            self._body.insertWidget(0, self.scroll, 1 if portrait else 3)
            self._body.setStretch(1, 1 if portrait else 2)
        self._side.removeWidget(self.qr)
        self._text_box.removeWidget(self.qr)
        for i in reversed(range(self._side.count())):
            if self._side.itemAt(i).spacerItem() is not None:
                self._side.takeAt(i)
        if qr_under_text:
            self._text_box.insertWidget(self._text_box.count() - 1, self.qr)
        else:
            self._side.addWidget(self.qr)
        if portrait:
            # The QR code right under the picture; what is left over stays below both.
            self._side.addStretch(1)

    def fit_text_height(self, width: int, height: int) -> None:
        """In portrait the text takes the height it needs (at most 60 % of `height`), the picture the rest.

        Equal shares left a short step's text above a wide blank band.
        """
        self._fit_for = (width, height)
        if not self.portrait:
            if self.scroll.maximumHeight() != _UNLIMITED:
                self.scroll.setMinimumHeight(0)
                self.scroll.setMaximumHeight(_UNLIMITED)
                self.picture.setMaximumHeight(_UNLIMITED)
            return
        # The picture no taller than it is drawn: the room left over goes below it, not around it.
        picture_h = self.picture.height_for(self.picture.width() or width)
        self.picture.setMaximumHeight(max(self.picture.minimumHeight(), picture_h or _UNLIMITED))
        column = self.column
        viewport_w = self.scroll.viewport().width() or width
        need = (column.heightForWidth(viewport_w) if column.layout().hasHeightForWidth()
                else column.sizeHint().height())
        fitted = max(height // 10, min(need + 8, int(height * 0.6)))
        if fitted != self.scroll.maximumHeight():
            self.scroll.setFixedHeight(fitted)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # Fitted while the viewer's layout was still settling (a narrow text
        # column measures tall, a narrow picture short), the text took 60 %
        # and the picture a sliver: fit again when the column or the picture
        # gets its real width.
        if event.type() == QEvent.Type.Resize and self._fit_for is not None and not self._fitting:
            self._fitting = True
            try:
                self.fit_text_height(*self._fit_for)
            finally:
                self._fitting = False
        return False
