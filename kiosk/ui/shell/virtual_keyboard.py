"""Qt's on-screen keyboard for touch-only terminals (`deployment.virtual_keyboard = true`).

The keyboard is Qt Virtual Keyboard (in the PySide6 wheels: the input-context
plugin, its QML and the layouts, fi_FI and sv_SE included). `kiosk.cli` chooses
it before the QApplication exists (QT_IM_MODULE=qtvirtualkeyboard). In a
widget application it is its own frameless window at the bottom of the
screen ("desktop" panel); this module makes it fit the kiosk:

- it appears whenever a text field gets the focus (a kiosk field focused by
  the program as well as a tapped one; QtWebEngine shows it itself for a web
  page's field) and hides when the focus leaves text;
- its layout follows the resident's language (fi -> Finnish with å ä ö,
  sv -> Swedish, en -> English), and only the site's languages are offered by
  its globe key;
- while it is up, the kiosk's screens get only the space above it, and a
  kiosk field's form (the field and its Skip / Continue buttons) is scrolled
  wholly into sight (kiosk/ui/shell/keyboard_room.py); a web page gets a
  smaller view and Chromium scrolls its focused field into sight;
- a tap that takes the focus out of a field (on the form's own buttons) is
  let finish before the screen grows back to the whole window, so the button
  does not move away from under the finger before it is released;
- at the end of a session it is hidden and set back to the site's language.

Privacy: the wheels carry no spell-checking or prediction engine for Latin
layouts (only Hangul, OpenWNN, Pinyin, TCIme and Thai, which the bundle
leaves out), so there is no word prediction and no learned-word dictionary;
the test checks that a session writes nothing under HOME or the XDG folders.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QByteArray, QEvent, QMetaObject, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication, QInputMethod
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.shell.keyboard_room import KeyboardRoom

log = logging.getLogger("kiosk.keyboard")

IM_MODULE = "qtvirtualkeyboard"
# The keyboard layout for each kiosk language.
LAYOUTS = {"fi": "fi_FI", "sv": "sv_SE", "en": "en_GB"}
_RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)

_SETTINGS_QML = b"""import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function apply(locale, active) {
        VirtualKeyboardSettings.activeLocales = active
        VirtualKeyboardSettings.locale = locale
        return VirtualKeyboardSettings.locale
    }
}
"""


def _in_web_view(widget: QWidget) -> bool:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    while widget is not None:
        if isinstance(widget, QWebEngineView):
            return True
        widget = widget.parentWidget()
    return False


def requested() -> bool:
    """The kiosk was started with Qt's on-screen keyboard as its input method."""
    return os.environ.get("QT_IM_MODULE") == IM_MODULE


class OnScreenKeyboard(QObject):
    """Keeps the keyboard in step with the focus, the resident's language and the window."""

    def __init__(self, window: QWidget, languages: list[str], language, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._language = language
        self._active = [LAYOUTS[code] for code in languages if code in LAYOUTS] or ["en_GB"]
        self._settings = None
        self._room = KeyboardRoom(window)
        self._room_at_release = False
        self.im: QInputMethod = QGuiApplication.inputMethod()
        self.im.visibleChanged.connect(self._make_room)
        self.im.keyboardRectangleChanged.connect(self._make_room)
        QGuiApplication.instance().focusObjectChanged.connect(self._focus_changed)
        language.changed.connect(self.follow_language)
        self._made = False
        self._waiting = not window.isActiveWindow()   # for the window to become active
        if self._waiting:
            QGuiApplication.instance().focusWindowChanged.connect(self._make_keyboard)
        else:
            self._make_keyboard()

    def _make_keyboard(self, *_args) -> None:
        # WORKAROUND for a dead lock (PySide6 6.12, Qt Virtual Keyboard 6.12):
        # the keyboard's QML is compiled on Qt's QML loader thread the first
        # time a text field gets the focus, and the main thread waits for it.
        # When that focus comes from Python (a setFocus() in a slot), the main
        # thread holds Python's GIL while it waits, and a warning the loader
        # thread sends to the kiosk's Python message handler (kiosk/log.py:
        # "Member contentWidth of the object PopupList ... overrides") waits
        # for the GIL for ever (seen on Xvfb: the help screen's name field
        # froze the kiosk). So the keyboard is made once, here, as soon as the
        # window is active, by focusing a 1-pixel field for a moment while Qt's
        # own (GIL-free) message handler is in place.
        if self._made or not self._window.isActiveWindow():
            return
        self._made = True
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QLineEdit

        had_focus = QApplication.focusWidget()
        previous = qInstallMessageHandler(None)
        probe = QLineEdit(self._window)
        try:
            probe.setGeometry(0, 0, 1, 1)
            probe.show()
            probe.setFocus()
            self.follow_language(self._language.code)
        finally:
            probe.hide()
            probe.deleteLater()
            qInstallMessageHandler(previous)
            if had_focus is not None:
                had_focus.setFocus()
        if self._waiting:
            # Only when connected: PySide warns (RuntimeWarning) on disconnecting a slot that never was.
            self._waiting = False
            QGuiApplication.instance().focusWindowChanged.disconnect(self._make_keyboard)

    # -- the resident's language ------------------------------------------------------

    def _settings_object(self):
        if self._settings is None:
            try:
                from PySide6.QtQml import QQmlComponent, QQmlEngine
                from PySide6.QtQuick import QQuickView
            except ImportError as exc:   # a bundle without PySide6's QtQml/QtQuick modules
                log.error("on-screen keyboard stays in its default layout: %s", exc)
                self._settings = False
                return None

            views = [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickView)]
            if not views:
                return None
            component = QQmlComponent(views[0].engine())
            component.setData(QByteArray(_SETTINGS_QML), QUrl())
            self._settings = component.create()
            if self._settings is not None:
                # Ours, not the QML engine's garbage collector's.
                QQmlEngine.setObjectOwnership(self._settings, QQmlEngine.ObjectOwnership.CppOwnership)
                self._settings.setParent(self)
            else:
                log.error("on-screen keyboard settings unavailable: %s", component.errorString().strip())
                self._settings = False
        return self._settings or None

    def follow_language(self, code: str) -> None:
        """Show the layout of `code` (the site's other languages stay on the globe key)."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG

        from PySide6.QtCore import qInstallMessageHandler

        settings = self._settings_object()
        if settings is None:
            return     # made later (_make_keyboard), with the language of that moment
        wanted = LAYOUTS.get(code, "en_GB")
        # The new layout's QML loads on the loader thread too (see _make_keyboard).
        previous = qInstallMessageHandler(None)
        try:
            QMetaObject.invokeMethod(settings, "apply", Q_RETURN_ARG("QVariant"),
                                     Q_ARG("QVariant", wanted), Q_ARG("QVariant", self._active))
        finally:
            qInstallMessageHandler(previous)

    def layout_locale(self) -> str:
        """The locale of the layout shown now, e.g. 'fi_FI'."""
        return self.im.locale().name()

    # -- focus and room ---------------------------------------------------------------

    def _focus_changed(self, focus: QObject | None) -> None:
        # Qt shows the keyboard only when a field is tapped; a field the kiosk
        # focuses itself (the help request's name) must bring it up as well.
        if focus is not None and self._wants_text(focus):
            QMetaObject.invokeMethod(self.im, "show", Qt.ConnectionType.QueuedConnection)
            if self.im.isVisible():
                self._make_room()      # another field: it must be above the keyboard too
        else:
            QMetaObject.invokeMethod(self.im, "hide", Qt.ConnectionType.QueuedConnection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._room_at_release and event.type() in _RELEASES:
            self._stop_waiting_for_release()
            # After the release has reached the button (its click may change the screen).
            QTimer.singleShot(0, self._make_room)
        return False

    def _wait_for_release(self) -> None:
        if not self._room_at_release:
            self._room_at_release = True
            QApplication.instance().installEventFilter(self)

    def _stop_waiting_for_release(self) -> None:
        if self._room_at_release:
            self._room_at_release = False
            QApplication.instance().removeEventFilter(self)

    @staticmethod
    def _wants_text(focus: QObject) -> bool:
        """A kiosk text field (a web page's field is QtWebEngine's business: it shows the keyboard itself)."""
        if not isinstance(focus, QWidget) or _in_web_view(focus):
            return False
        return bool(focus.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)) and focus.isVisible()

    def _raise_panel(self) -> None:
        # The keyboard is its own window, stacked when it was first shown. The
        # kiosk's window gets a new native window later (the first web page
        # turns its surface into an OpenGL one, see window_filters.py), which
        # then lies above the keyboard on X11 without a window manager: the
        # keyboard would be "visible" but hidden. So it is raised each time.
        for window in self._panels():
            if window.isVisible():
                window.raise_()

    @staticmethod
    def _panels() -> list:
        """The keyboard's own window(s): frameless, never taking the focus."""
        return [w for w in QGuiApplication.topLevelWindows()
                if w.flags() & Qt.WindowType.WindowDoesNotAcceptFocus and w.objectName() != "main-window"]

    def _make_room(self) -> None:
        """Keep the field being typed into, and its form's buttons, above the keyboard (see keyboard_room)."""
        if not self.im.isVisible():
            if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
                # The keyboard went because a tap took the focus (Qt hides it
                # itself): the screen grows back once the finger is up, so the
                # button tapped stays under it until then.
                self._wait_for_release()
                return
            self._room.give_back()
            return
        self._stop_waiting_for_release()
        self._raise_panel()
        rect = self.im.keyboardRectangle().toRect()
        keyboard_top = self._window.mapFromGlobal(rect.topLeft()).y()
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self._window:
            focus = None
        self._room.make(keyboard_top, focus if focus is not None else getattr(self._window, "stack", None),
                        kiosk_field=focus is not None and self._wants_text(focus))

    def end_session(self) -> None:
        """Hide the keyboard; the language reset brings the site's layout back."""
        self._stop_waiting_for_release()
        self.im.hide()
        self._make_room()


def install(window: QWidget, languages: list[str], language) -> OnScreenKeyboard | None:
    """The keyboard's companion when the kiosk runs with it, else None."""
    if not requested():
        return None
    return OnScreenKeyboard(window, languages, language)
