"""Colours, sizes and the style sheet of the two themes (normal, high contrast).

The colours are plain data so that a test can compute every text/background
pair's contrast (at least 7:1, WCAG AAA) without building a widget.
"""

from __future__ import annotations

from dataclasses import dataclass

# Three text-size steps, in pixels of body text. The largest gives a capital
# letter of about 6 mm on a 22-inch 1920x1080 screen (DOMAIN.md, large text mode).
TEXT_SIZES = (22, 28, 36)

# Pixels per millimetre on the reference screen: 22 inches, 1920x1080.
REFERENCE_PX_PER_MM = 1920 / (22 * 25.4 * 16 / (16**2 + 9**2) ** 0.5)
MIN_TARGET_MM = 9.0
MIN_TARGET_PX = int(MIN_TARGET_MM * REFERENCE_PX_PER_MM + 0.999)


@dataclass(frozen=True)
class Theme:
    name: str
    window_bg: str
    text: str
    muted_text: str
    tile_bg: str
    tile_text: str
    tile_border: str
    bar_bg: str
    bar_text: str
    button_bg: str
    button_text: str
    button_border: str
    selected_bg: str
    selected_text: str
    danger_bg: str
    danger_text: str
    focus: str
    focus_text: str
    # A button that cannot be pressed now (step 1's "Previous"): still readable, clearly off.
    disabled_bg: str
    disabled_text: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text, background) pair a person reads on the main screens."""
        return {
            "body": (self.text, self.window_bg),
            "muted": (self.muted_text, self.window_bg),
            "tile": (self.tile_text, self.tile_bg),
            "bar": (self.bar_text, self.bar_bg),
            "button": (self.button_text, self.button_bg),
            "selected": (self.selected_text, self.selected_bg),
            "danger": (self.danger_text, self.danger_bg),
            "focused": (self.focus_text, self.focus),
            "disabled": (self.disabled_text, self.disabled_bg),
        }

    def focus_ring_pairs(self) -> dict[str, tuple[str, str]]:
        """Focus ring against the surfaces it is drawn on (needs 3:1, WCAG 1.4.11)."""
        return {"tile": (self.focus, self.tile_bg), "bar": (self.focus, self.bar_bg),
                "danger": (self.focus, self.danger_bg)}


NORMAL = Theme(
    name="normal",
    window_bg="#f7f7f2",
    text="#1a1a1a",
    muted_text="#3d3d3d",
    tile_bg="#0b3d6b",
    tile_text="#ffffff",
    tile_border="#0b3d6b",
    bar_bg="#1f2a37",
    bar_text="#ffffff",
    button_bg="#ffffff",
    button_text="#1a1a1a",
    button_border="#1a1a1a",
    selected_bg="#1a1a1a",
    selected_text="#ffffff",
    danger_bg="#8a1c1c",
    danger_text="#ffffff",
    focus="#ffd23f",
    focus_text="#1a1a1a",
    disabled_bg="#dcdcd6",
    disabled_text="#3d3d3d",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window_bg="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    tile_bg="#000000",
    tile_text="#ffff00",
    tile_border="#ffff00",
    bar_bg="#000000",
    bar_text="#ffffff",
    button_bg="#000000",
    button_text="#ffffff",
    button_border="#ffffff",
    selected_bg="#ffff00",
    selected_text="#000000",
    danger_bg="#000000",
    danger_text="#ffff00",
    focus="#00ffff",
    focus_text="#000000",
    disabled_bg="#000000",
    disabled_text="#a8a8a8",
)

THEMES = {t.name: t for t in (NORMAL, HIGH_CONTRAST)}


def tile_text_px(text_px: int) -> int:
    """The type of a home tile's name for a body text size: one and a half times it, at every step."""
    return round(text_px * 1.5)


def focus_padding(text_px: int) -> str:
    """Padding for a focused button: its 5 px ring takes 3 px more than the 2 px border."""
    return f"padding: {max(8, text_px // 2) - 3}px {max(12, text_px // 2 + 4) - 3}px;"


def style_sheet(theme: Theme, text_px: int) -> str:
    """The application style sheet for a theme and a body text size."""
    big = tile_text_px(text_px)
    title = int(text_px * 1.6)
    small_pad = max(8, text_px // 2)
    # Less padding at the sides than the text size: at the largest size the labels need the room.
    side_pad = max(12, text_px // 2 + 4)
    # The focus ring is 3 px thicker than the border: the padding gives the 3 px back, so a
    # label that fits a button still fits it when the button has the focus.
    focus_pad = focus_padding(text_px)
    # The bar grows with the text like everything else: its labels wrap onto two lines
    # where the row is crowded (BigButton), never smaller type.
    bar_px = text_px
    t = theme
    return f"""
    QWidget#main-window, QStackedWidget, QWidget[screen="true"] {{
        background: {t.window_bg}; color: {t.text};
    }}
    QWidget {{ font-size: {text_px}px; color: {t.text}; }}
    QLabel[role="title"] {{ font-size: {title}px; font-weight: 600; color: {t.text}; }}
    QLabel[role="muted"] {{ color: {t.muted_text}; }}
    QPushButton {{
        background: {t.button_bg}; color: {t.button_text};
        border: 2px solid {t.button_border}; border-radius: 10px;
        padding: {small_pad}px {side_pad}px; min-height: {MIN_TARGET_PX + 20}px;
    }}
    QPushButton:checked {{ background: {t.selected_bg}; color: {t.selected_text}; }}
    QPushButton:focus {{
        background: {t.focus}; color: {t.focus_text}; border: 5px solid {t.focus_text}; {focus_pad}
    }}
    QPushButton:pressed {{ background: {t.selected_bg}; color: {t.selected_text}; }}
    QPushButton:disabled {{
        background: {t.disabled_bg}; color: {t.disabled_text}; border: 2px dashed {t.disabled_text};
    }}
    QPlainTextEdit, QTableWidget {{
        background: {t.window_bg}; color: {t.text}; border: 2px solid {t.button_border};
    }}
    QHeaderView::section {{
        background: {t.window_bg}; color: {t.text}; border: 1px solid {t.button_border};
        padding: 4px; font-weight: 600;
    }}
    QToolButton[role="tile"] {{
        background: {t.tile_bg}; color: {t.tile_text}; border: 3px solid {t.tile_border};
        border-radius: 18px; font-size: {big}px; font-weight: 600; padding: 12px;
    }}
    QToolButton[role="tile"]:focus {{ border: 8px solid {t.focus}; }}
    QToolButton[role="tile"] QLabel {{
        color: {t.tile_text}; background: transparent; font-weight: 600; border: none;
    }}
    QPushButton[role="danger"] {{
        background: {t.danger_bg}; color: {t.danger_text}; border: 2px solid {t.danger_text}; font-weight: 600;
    }}
    QPushButton[role="danger"]:focus {{ border: 5px solid {t.focus}; {focus_pad} }}
    QWidget#nav-bar {{ background: {t.bar_bg}; }}
    QWidget#nav-bar QPushButton {{
        background: {t.bar_bg}; color: {t.bar_text}; border: 2px solid {t.bar_text};
        font-weight: 600; font-size: {bar_px}px; padding: {small_pad}px 10px;
    }}
    QWidget#nav-bar QPushButton:focus {{ border: 5px solid {t.focus}; padding: {small_pad - 3}px 7px; }}
    QWidget#nav-bar QPushButton[role="danger"] {{
        background: {t.danger_bg}; color: {t.danger_text}; border: 2px solid {t.danger_text};
    }}
    QWidget#nav-bar QPushButton[role="danger"]:focus {{ border: 5px solid {t.focus}; padding: {small_pad - 3}px 7px; }}
    """
