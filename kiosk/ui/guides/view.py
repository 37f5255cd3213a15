"""The guide viewer (`guide-view`): one step per screen, big text, the picture, Back / Next.

Large text that follows the text-size setting, the step's picture scaled to
fit, "Step 3 / 7" with a progress bar, Back and Next as big buttons, a swipe
or the Left / Right arrow keys to turn the page. After the last step: "Did
this guide help you?" with two big answers. Read aloud, print and the QR code
to go on reading on one's own phone sit with the guide. A language switch
shows the same step in the new language (or in the site's default language
when the guide has not been translated).

The same viewer runs full screen in the guides screen and narrow in the side
panel next to a service (`set_compact`): there the picture goes above the text
and the QR code is left out. Its parts: the step and where its pieces go
(kiosk.ui.guides.step_page), keys and swipes (page_turn), Read aloud and
Print (view_tools).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout, QHBoxLayout, QLabel, QProgressBar, QScrollArea, QStackedLayout, QVBoxLayout, QWidget,
)

from kiosk.core.guides import Guide, GuideText, render_step_markdown
from kiosk.services.printing import PrintService
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.theme import focus_padding
from kiosk.ui.guides.feedback import GuideFeedback
from kiosk.ui.guides.page_turn import PageTurner
from kiosk.ui.guides.step_page import StepPage, markdown_html
from kiosk.ui.guides.view_tools import GuideTools
from kiosk.ui.shell.i18n import Language, directional
from kiosk.ui.shell.print_status import PrintStatusLabel
from kiosk.ui.guides.speech import Speaker
from kiosk.ui.shell.widgets import BigButton

log = logging.getLogger("kiosk.guides")

# Step text is larger than the rest of the kiosk's text, at every text size.
TEXT_SCALE = 1.3
INTRO_SCALE = 1.15
# In the narrow panel at most this much larger: a long Finnish word must fit its width.
COMPACT_MAX_PX = 36


class GuideView(GuideTools, QWidget):
    """Shows one guide. `step_shown(id, index)`; index == step count is the last screen.

    `opened(id, steps)`, `step_shown` and `closed(id, index)` are what the
    event hub hears about guides (wired in kiosk.wiring). `step_shown` comes
    again when a language or text-size change re-renders the same step.
    """

    opened = Signal(str, int)
    step_shown = Signal(str, int)
    closed = Signal(str, int)
    answered = Signal(str, str)      # guide id, "yes" / "no"
    close_requested = Signal()

    def __init__(self, language: Language, appearance: Appearance, *, default_language: str = "fi",
                 printing: PrintService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-view")
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._language = language
        self._appearance = appearance
        self._default_language = default_language
        self._printing = printing
        self._speaker: Speaker | None = None
        self.speaker_chosen = False   # set_speaker was called (even with None)
        self._guide: Guide | None = None
        self._index = 0
        self._compact = False
        self._print_doc: QTextDocument | None = None
        self._can_print = False

        # -- header: title and the guide's tools
        self._title = QLabel(self)
        self._title.setObjectName("guide-title")
        self._title.setWordWrap(True)
        self.read_aloud = BigButton("read-aloud", self)
        self.read_aloud.clicked.connect(self.speak_step)
        self.read_aloud.hide()
        self.print_button = BigButton("guide-print", self)
        self.print_button.clicked.connect(self.print_guide)
        self.close_button = BigButton("guide-close", self)
        self.close_button.clicked.connect(self.close_requested)
        self._print_status = PrintStatusLabel("guide-print-status", self)
        self._tools = QHBoxLayout()
        self._tools.setSpacing(12)
        self._tools.addStretch(1)   # buttons to the end of the row in the narrow panel
        # The title and the tools in one box: beside a service it scrolls with the step (_place_head).
        self._head = QWidget(self)
        self._header = QBoxLayout(QBoxLayout.Direction.LeftToRight, self._head)
        self._header.setContentsMargins(0, 0, 0, 0)
        self._header.setSpacing(12)
        self._header.addWidget(self._title, 1)
        self._header.addLayout(self._tools)
        for button in (self.read_aloud, self.print_button, self.close_button):
            self._tools.addWidget(button)

        # -- one step: heading over (text | picture + QR)
        self._step = StepPage(self)

        # -- the last screen: did it help?
        self._feedback = GuideFeedback(self)
        self._feedback.answered.connect(self._answer)

        # The question and its answers scroll when a narrow panel at the largest text is too low.
        self._feedback_scroll = QScrollArea(self)
        self._feedback_scroll.setObjectName("guide-feedback-scroll")
        self._feedback_scroll.setWidgetResizable(True)
        self._feedback_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._feedback_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._feedback_scroll.setWidget(self._feedback)

        self._pages = QStackedLayout()
        self._pages.addWidget(self._step)
        self._pages.addWidget(self._feedback_scroll)

        # -- bottom: where am I, and the two page buttons
        self._counter = QLabel(self)
        self._counter.setObjectName("guide-step-counter")
        self._counter.setWordWrap(True)
        self._progress = QProgressBar(self)
        self._progress.setObjectName("guide-progress")
        self._progress.setTextVisible(False)
        self._progress.setMinimumHeight(14)
        self._progress.setMinimumWidth(60)
        self.prev_button = BigButton("guide-prev", self)
        self.next_button = BigButton("guide-next", self)
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        where = QHBoxLayout()
        where.setSpacing(16)
        where.addWidget(self._counter, 2)
        where.addWidget(self._progress, 1)
        turn = self._turn = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        turn.setSpacing(16)
        turn.addWidget(self.prev_button)
        turn.addStretch(1)
        turn.addWidget(self.next_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        outer.setSpacing(12)
        outer.addWidget(self._head)
        outer.addWidget(self._print_status)
        outer.addLayout(self._pages, 1)
        outer.addLayout(where)
        outer.addLayout(turn)
        self._outer = outer

        # Arrow keys and swipes turn the page too.
        self._turner = PageTurner(self, (*self._step.swipe_targets(), self._feedback),
                                  self.next_step, self.previous_step)

        if printing is not None:
            printing.started.connect(self._on_print_started)
            printing.finished.connect(self._on_print_finished)
        language.changed.connect(self.retranslate)
        appearance.changed.connect(self._restyle)
        self._restyle()
        self.retranslate()

    # -- what is shown --------------------------------------------------------------

    @property
    def guide(self) -> Guide | None:
        return self._guide

    @property
    def index(self) -> int:
        """Current step (0-based); equal to the step count on the last screen."""
        return self._index

    def position(self) -> tuple[str, int] | None:
        """(guide id, step index) for a help request; None when no guide is open."""
        return (self._guide.id, self._index) if self._guide is not None else None

    def on_last_screen(self) -> bool:
        return self._guide is not None and self._index >= self._guide.step_count

    def shown_text(self) -> GuideText | None:
        """The guide in the language shown (the UI language, else the site default)."""
        if self._guide is None:
            return None
        return self._guide.text(self._language.code, self._default_language)

    def online_address(self) -> str | None:
        if self._guide is None:
            return None
        online = self._guide.online
        shown = self.shown_text()
        return (online.get(self._language.code) or (online.get(shown.lang) if shown else None)
                or online.get(self._default_language))

    def open(self, guide: Guide, step: int = 0) -> None:
        """Show `guide` at `step` (first step by default)."""
        self._stop_speaking()
        self._guide = guide
        self._index = max(0, min(step, guide.step_count))
        self._clear_print_status()
        # Asked once per guide: finding the default printer can take a while with CUPS.
        self._can_print = self._printing is not None and self._printing.printer_available()
        log.info("guide opened: %s", guide.id)
        self.opened.emit(guide.id, guide.step_count)
        self._show_current()

    def clear(self) -> None:
        """No guide: stop speaking, forget the position and any print status."""
        self._stop_speaking()
        guide, index = self._guide, self._index
        self._guide = None
        self._index = 0
        if guide is not None:
            self.closed.emit(guide.id, index)
        self._clear_print_status()
        self._pages.setCurrentIndex(0)

    def next_step(self) -> None:
        if self._guide is None or self._index >= self._guide.step_count:
            return
        self._index += 1
        self._show_current()

    def previous_step(self) -> None:
        if self._guide is None or self._index == 0:
            return
        self._index -= 1
        self._show_current()

    def event(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest:
            # A button's size changed (text size, language): one row or two for Previous / Next.
            self._arrange_turn()
        if event.type() == QEvent.Type.Gesture and self._turner.gesture(event):
            return True
        return super().event(event)

    def _show_current(self) -> None:
        guide, text = self._guide, self.shown_text()
        if guide is None or text is None:
            return
        self._stop_speaking()
        self._place_head()
        total = guide.step_count
        self._title.setText(text.title)
        last = self._index >= total
        self._progress.setRange(0, total)
        self._progress.setValue(min(self._index + 1, total))
        if last:
            self._pages.setCurrentWidget(self._feedback_scroll)
            self._counter.setText(self.tr("All %1 steps done").replace("%1", str(total)))
        else:
            step = text.steps[self._index]
            self._pages.setCurrentIndex(0)
            self._counter.setText(self.tr("Step %1 / %2").replace("%1", str(self._index + 1))
                                  .replace("%2", str(total)))
            intro = text.intro_markdown if self._index == 0 else ""
            gap = round(self._appearance.text_px * 0.7)
            self._step.show_step(
                step.title,
                markdown_html(intro, self._scaled(INTRO_SCALE), gap) if intro else "",
                markdown_html(render_step_markdown(step), self._scaled(TEXT_SCALE), gap),
                guide.picture_path(step), step.picture_alt)
            self._fit_text_height()
        self._progress.setAccessibleName(self._counter.text())
        self._counter.setAccessibleName(self._counter.text())
        address = self.online_address()
        self._step.qr.set_address(address)
        self._step.qr.setVisible(bool(address) and not self._compact and not last)
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setVisible(not last)
        self.print_button.setVisible(self._can_print)
        self._update_read_aloud()
        self.step_shown.emit(guide.id, self._index)

    # -- layout and text size -------------------------------------------------------

    def set_compact(self, compact: bool) -> None:
        """Narrow (side panel): title over the tools, picture over the text, no QR code."""
        self._compact = compact
        vertical = QBoxLayout.Direction.TopToBottom
        self._header.setDirection(vertical if compact else QBoxLayout.Direction.LeftToRight)
        self._place_head()
        self._feedback.set_compact(compact)
        # Narrow: the arrows may stand above their words, so that both fit on one row.
        for button in (self.prev_button, self.next_button):
            button.glue_symbols = not compact
        margin = 8 if compact else 32
        self._outer.setContentsMargins(margin, 12 if compact else 16, margin, 12 if compact else 16)
        self._turn.setSpacing(8 if compact else 16)
        self._arrange()
        self._restyle()
        self.retranslate()
        self._arrange_turn()

    def _place_head(self) -> None:
        """Beside a service the title and tools scroll with the step: at the largest text a low
        panel has no room for them above it, and the title was cut, the step text got one line and
        Next went off the screen. On the whole screen, and on the last screen, they stay on top."""
        into_step = self._compact and not self.on_last_screen()
        if into_step:
            self._step.set_top(self._head)
        elif self._outer.indexOf(self._head) != 0:
            self._outer.insertWidget(0, self._head)

    def _arrange(self) -> None:
        """Where text, picture and QR code go (see StepPage.arrange): by panel, orientation, text size."""
        compact = self._compact
        portrait = not compact and self.height() > self.width()
        self._step.arrange(compact, portrait, not compact and not portrait and self._appearance.text_step > 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()
        self._arrange_turn()
        self._fit_text_height()

    def _arrange_turn(self) -> None:
        """Previous and Next on one row when both fit (wrapped if need be), else one above the other."""
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        need = (self.prev_button.minimumSizeHint().width() + self.next_button.minimumSizeHint().width()
                + self._turn.spacing())
        row = not self._compact or need <= room
        direction = QBoxLayout.Direction.LeftToRight if row else QBoxLayout.Direction.TopToBottom
        if self._turn.direction() != direction:
            self._turn.setDirection(direction)

    def _fit_text_height(self) -> None:
        self._step.fit_text_height(self.width(), self.height())

    @property
    def compact(self) -> bool:
        return self._compact

    def add_tool(self, button: QWidget) -> None:
        """Another button with the guide's own (the guides screen adds "Next to the service")."""
        self._tools.insertWidget(self._tools.count() - 1, button)

    def _scaled(self, scale: float) -> int:
        """Step text in pixels: larger than the body text, less so in the narrow panel."""
        px = round(self._appearance.text_px * scale)
        return min(px, max(COMPACT_MAX_PX, self._appearance.text_px)) if self._compact else px

    def _restyle(self) -> None:
        self._arrange()
        px = self._appearance.text_px
        self._step.restyle(self._scaled(1.5), self._scaled(TEXT_SCALE), self._scaled(INTRO_SCALE))
        self._title.setStyleSheet(f"font-size: {round(px * 1.1)}px; font-weight: 600;")
        theme = self._appearance.theme
        self._progress.setStyleSheet(
            f"QProgressBar {{ border: 2px solid {theme.text}; border-radius: 6px; background: {theme.window_bg}; }}"
            f"QProgressBar::chunk {{ background: {theme.selected_bg}; }}")
        # Next is the button pressed most: wide, and filled so it is found at a glance.
        # In the narrow panel the two share the row instead (see set_compact).
        wide = f"min-width: {0 if self._compact else px * 7}px; font-weight: 600;"
        self.prev_button.setStyleSheet(f"QPushButton {{ {wide} }}")
        self.next_button.setStyleSheet(
            f"QPushButton {{ {wide} background: {theme.selected_bg}; color: {theme.selected_text};"
            f" border: 2px solid {theme.selected_bg}; }}"
            f"QPushButton:focus {{ background: {theme.focus}; color: {theme.focus_text};"
            f" border: 5px solid {theme.focus_text}; {focus_padding(px)} }}")
        self._show_current()   # paragraph gaps follow the text size

    # -- words ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.prev_button.set_label(directional(self.tr("← Previous")), self.tr("Previous step"))
        self.next_button.set_label(directional(self.tr("Next →")), self.tr("Next step"))
        self.print_button.set_label(self.tr("Print"), self.tr("Print the whole guide"))
        # Beside a service the bar's "Hide guide" is the one way to put the guide away.
        self.close_button.setVisible(not self._compact)
        if not self._compact:
            self.close_button.set_label(self.tr("All guides"), self.tr("Close the guide and show all guides"))
        self._feedback.retranslate()
        # The address is the service's own page (guide.toml [online]), not this guide.
        self._step.qr.set_caption(self.tr("The service's own page on your phone: scan the code with the camera."))
        self.setAccessibleName(self.tr("Guide"))
        self._print_status.retranslate()
        self._show_current()

    # -- the last screen ------------------------------------------------------------

    def _answer(self, answer: str) -> None:
        guide = self._guide
        if guide is None:
            return
        # The usage log comes later; for now the answer is a line in the log.
        log.info("guide feedback: %s %s", guide.id, answer)
        self.answered.emit(guide.id, answer)
