"""The URL policy lets the built-in PDF viewer work, and nothing else of chrome: or extensions."""

from __future__ import annotations

import pytest

from kiosk.core.browser.url_policy import PDF_VIEWER_EXTENSION_ID, Policy

POLICY = Policy.build(["www.kela.fi"], [])
VIEWER = f"chrome-extension://{PDF_VIEWER_EXTENSION_ID}"


@pytest.mark.parametrize("url", [f"{VIEWER}/index.html", f"{VIEWER}/main.js",
                                 f"{VIEWER}/elements/viewer_toolbar.js"])
@pytest.mark.parametrize("navigation", [True, False])
def test_pdf_viewer_extension_is_internal(url: str, navigation: bool) -> None:
    decision = POLICY.decide(url, is_navigation=navigation)
    assert decision.allowed and decision.reason == "internal"


def test_shared_webui_resources_only_as_parts_of_a_page() -> None:
    url = "chrome://resources/cr_elements/cr_icon_button/cr_icon_button.js"
    assert POLICY.decide(url, is_navigation=False).allowed
    assert not POLICY.decide(url, is_navigation=True).allowed


@pytest.mark.parametrize("url", [
    "chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html",   # another extension
    f"chrome-extension://{PDF_VIEWER_EXTENSION_ID.upper()}/index.html",
    f"chrome-extension://{PDF_VIEWER_EXTENSION_ID}@evil.example/index.html",
    f"chrome-extension://{PDF_VIEWER_EXTENSION_ID}:80/index.html",
    f"chrome-extension://evil.example/{PDF_VIEWER_EXTENSION_ID}/index.html",
    "chrome://settings",
    "chrome://resources.evil/x.js",
    "chrome://downloads/",
])
@pytest.mark.parametrize("navigation", [True, False])
def test_everything_else_of_chrome_stays_refused(url: str, navigation: bool) -> None:
    decision = POLICY.decide(url, is_navigation=navigation)
    assert not decision.allowed and decision.reason == "scheme"
