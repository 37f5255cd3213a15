"""The guide viewer's tools: Read aloud and Print, as a part of GuideView (kiosk.ui.guides.view).

Read aloud speaks the step shown through the speech engine handed in
(`set_speaker`; none hides the button). Print sends the whole guide in large
print to the default printer and shows how the job went next to the guide. The
class is mixed into GuideView and uses its state (the guide, the step, the
buttons and the print status label it made).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from kiosk.core.guides import render_step_markdown
from kiosk.core.guides.finnish_words import speech_parts, with_speech_marks
from kiosk.core.languages import speech_language
from kiosk.ui.guides.printout import PrintLabels, build_guide_document
from kiosk.ui.guides.speech import Speaker
from kiosk.ui.guides.step_page import plain_text

log = logging.getLogger("kiosk.guides")


class GuideTools:
    """Read aloud and Print for GuideView (a mixin: no state of its own)."""

    # -- read aloud -----------------------------------------------------------------

    def set_speaker(self, speaker: Speaker | None) -> None:
        """Speech output for Read aloud; None hides the button."""
        self.speaker_chosen = True
        if self._speaker is not None:
            self._stop_speaking()
            changed = getattr(self._speaker, "changed", None)
            if changed is not None:
                changed.disconnect(self._update_read_aloud)
        self._speaker = speaker
        changed = getattr(speaker, "changed", None)
        if changed is not None:
            changed.connect(self._update_read_aloud)
        self._update_read_aloud()

    @property
    def speaker(self) -> Speaker | None:
        return self._speaker

    def _update_read_aloud(self) -> None:
        """Shown when a voice for the guide's language is ready; "not available now" while the engine fails;
        disabled with "This language cannot be read aloud" for a language without a voice (Somali)."""
        text = self.shown_text()
        speaker = self._speaker
        on_step = speaker is not None and text is not None and not self.on_last_screen()
        failing = on_step and bool(getattr(speaker, "unavailable", lambda: False)())
        can = on_step and not failing and speaker.can_speak(text.lang)
        # A language espeak-ng has no voice for (Somali): said plainly, for good, not "now".
        no_voice = on_step and not failing and speech_language(text.lang) is None
        # The viewer's words: its translation context, whatever class runs this.
        if no_voice:
            self.read_aloud.set_label(
                two_lines(QCoreApplication.translate("GuideView", "This language cannot be read aloud")),
                QCoreApplication.translate("GuideView", "This language cannot be read aloud on this computer"))
        elif failing:
            # On two lines: a one-line sentence would squeeze the guide's title beside it.
            self.read_aloud.set_label(
                two_lines(QCoreApplication.translate("GuideView", "Read aloud is not available now")),
                QCoreApplication.translate("GuideView", "Reading aloud is not available now"))
        else:
            self.read_aloud.set_label(QCoreApplication.translate("GuideView", "Read aloud"),
                                      QCoreApplication.translate("GuideView", "Read this step aloud"))
        # Disabled, not hidden: the resident who used it sees why nothing is heard.
        self.read_aloud.setEnabled(bool(can))
        self.read_aloud.setVisible(bool(can or failing or no_voice))

    def step_speech(self) -> str:
        """What Read aloud says for the current step: its heading and its text."""
        return "".join(text for _, text in self.step_speech_parts())

    def step_speech_parts(self) -> list[tuple[str, str]]:
        """The step's heading and text as (language, text) parts: its Finnish words ({fi}) in "fi"."""
        text = self.shown_text()
        if text is None or self.on_last_screen():
            return []
        step = text.steps[self._index]
        body = plain_text(with_speech_marks(render_step_markdown(step)))
        return speech_parts(f"{step.title}.\n{body}".strip(), text.lang)

    def speak_step(self) -> None:
        """Ask for the step to be spoken; returns at once (the engine runs in its own process)."""
        text = self.shown_text()
        if self._speaker is None or text is None or self.on_last_screen():
            return
        self._speaker.say_parts(self.step_speech_parts(), text.lang)

    def _stop_speaking(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()

    # -- printing -------------------------------------------------------------------

    def print_guide(self) -> None:
        """The whole guide in large print on the default printer."""
        guide, text = self._guide, self.shown_text()
        if self._printing is None or guide is None or text is None:
            return
        # The viewer's own words (its translation context, whatever class runs this).
        labels = PrintLabels(step=QCoreApplication.translate("GuideView", "Step %1 / %2"),
                             online=QCoreApplication.translate(
                                 "GuideView", "The service's own page, to open on your phone or at home:"))
        # Kept until the job is done: the service prints on the next turn of the loop.
        self._print_doc = build_guide_document(guide, text, labels, self.online_address())
        log.info("guide print: %s", guide.id)
        self._printing.print_document(self._print_doc, requester=self)

    def _on_print_started(self) -> None:
        if self._printing.requester is self:
            self.print_button.setEnabled(False)
            self._print_status.show_printing()

    def _on_print_finished(self, ok: bool, key: str) -> None:
        if self._printing.requester is not self:
            return
        self._print_doc = None
        self.print_button.setEnabled(True)
        self._print_status.show_result(ok, key)

    def _clear_print_status(self) -> None:
        self.print_button.setEnabled(True)
        self._print_status.clear()

    def print_state(self) -> str:
        """"", "printing", "done" or "error" (for tests and style sheets)."""
        return self._print_status.state()


def two_lines(text: str) -> str:
    """`text` broken at the space nearest its middle (one line when it has no space)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]
