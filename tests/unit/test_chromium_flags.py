"""Chromium switches for QtWebEngine and the environment scrubbed before it starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.browser.chromium_flags import (
    DISABLED_FEATURES,
    FORBIDDEN_FLAGS,
    RESERVED_FLAGS,
    SCRUBBED_ENV,
    WEBENGINE_ARGS,
    chromium_flags,
    guard_flags,
    qt_argv,
    scrub_environment,
)


def test_always_present_flags() -> None:
    flags = chromium_flags(lang="fi")
    assert "--lang=fi" in flags
    disable = [f for f in flags if f.startswith("--disable-features=")]
    assert len(disable) == 1
    assert "TranslateUI" in disable[0].split("=", 1)[1].split(",")
    for flag in (
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-domain-reliability",
        "--disable-breakpad",
    ):
        assert flag in flags
    assert "--disable-gpu" not in flags


def test_gpu_flag_only_when_asked() -> None:
    assert "--disable-gpu" in chromium_flags(lang="fi", disable_gpu=True)


@pytest.mark.parametrize("lang", ["fi", "sv", "se", "en-US", "sv_FI"])
def test_lang(lang: str) -> None:
    assert f"--lang={lang.replace('_', '-')}" in chromium_flags(lang=lang)


@pytest.mark.parametrize("lang", ["", "f", "fi --remote-debugging-port=9222", "fi;rm", "--lang=fi"])
def test_bad_lang(lang: str) -> None:
    with pytest.raises(ValueError):
        chromium_flags(lang=lang)


def test_deterministic_and_without_duplicates() -> None:
    extra = ["--disable-gpu", "-disable-gpu", "--no-first-run", "--force-device-scale-factor=1.5"]
    a = chromium_flags(lang="fi", disable_gpu=True, extra=extra)
    b = chromium_flags(lang="fi", disable_gpu=True, extra=list(extra))
    assert a == b
    assert len(a) == len(set(a))
    assert a.count("--disable-gpu") == 1
    assert a[-1] == "--force-device-scale-factor=1.5"


def test_feature_lists_are_merged() -> None:
    flags = chromium_flags(
        lang="fi",
        extra=["--disable-features=Foo,TranslateUI", "--disable-features=Bar", "--enable-features=Baz"],
    )
    disable = [f for f in flags if f.startswith("--disable-features=")]
    enable = [f for f in flags if f.startswith("--enable-features=")]
    assert len(disable) == 1 and len(enable) == 1
    names = disable[0].split("=", 1)[1].split(",")
    assert names == [*DISABLED_FEATURES, "Foo", "Bar"]
    assert enable[0] == "--enable-features=Baz"


def test_cannot_re_enable_disabled_features() -> None:
    with pytest.raises(ValueError, match="TranslateUI"):
        chromium_flags(lang="fi", extra=["--enable-features=TranslateUI"])


@pytest.mark.parametrize(
    "flag",
    [
        "--remote-debugging-port=9222",
        "--remote-debugging-port",
        "--remote-debugging-pipe",
        "--auto-open-devtools-for-tabs",
        "--no-sandbox",
        "--disable-web-security",
        "--ignore-certificate-errors",
        "-no-sandbox",  # Chromium also accepts a single dash
        "--No-Sandbox",
        "--host-resolver-rules=MAP*127.0.0.1",
        "--webEngineArgs",
        "--lang=sv",
        "not-a-flag",
        "--two words",
        "",
    ],
)
def test_forbidden_or_malformed_extras_raise(flag: str) -> None:
    with pytest.raises(ValueError):
        chromium_flags(lang="fi", extra=[flag])


def test_forbidden_list_covers_the_essentials() -> None:
    for name in (
        "remote-debugging-port",
        "remote-debugging-pipe",
        "auto-open-devtools-for-tabs",
        "no-sandbox",
        "disable-web-security",
        "ignore-certificate-errors",
    ):
        assert name in FORBIDDEN_FLAGS
    flags = chromium_flags(lang="fi", disable_gpu=True)
    assert not any(f.lstrip("-").split("=")[0].lower() in FORBIDDEN_FLAGS for f in flags)


def test_switches_that_close_whole_paths_are_always_there() -> None:
    """QUIC (and so WebTransport), FedCM and WebRTC's own UDP are off, guard or not."""
    for flags in (chromium_flags(lang="fi"), chromium_flags(lang="fi", guard_port=8080)):
        assert "--disable-quic" in flags
        assert "--force-webrtc-ip-handling-policy=disable_non_proxied_udp" in flags
        disabled = next(f for f in flags if f.startswith("--disable-features=")).split("=", 1)[1].split(",")
        assert "FedCm" in disabled


def test_guard_port_sends_everything_through_the_guard() -> None:
    flags = chromium_flags(lang="fi", guard_port=40123)
    assert "--proxy-server=http://127.0.0.1:40123" in flags
    # Without it Chromium would reach localhost and 127.0.0.0/8 directly.
    assert "--proxy-bypass-list=<-loopback>" in flags
    assert "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1" in flags
    assert not any(f.startswith("--proxy-server") for f in chromium_flags(lang="fi"))
    assert guard_flags(40123) == [f for f in flags if f.startswith(("--proxy", "--host-resolver"))]


@pytest.mark.parametrize("port", [0, -1, 65536, "8080", True, None])
def test_guard_port_must_be_a_port(port) -> None:
    with pytest.raises(ValueError):
        chromium_flags(lang="fi", guard_port=port) if port is not None else guard_flags(port)


@pytest.mark.parametrize("flag", [
    "--proxy-server=http://evil:3128", "--proxy-server=direct://", "--no-proxy-server",
    "--proxy-bypass-list=*", "--proxy-pac-url=http://x/p.pac", "--proxy-auto-detect",
    "--enable-quic", "--origin-to-force-quic-on=evil:443",
    "--force-webrtc-ip-handling-policy=default", "--host-resolver-rules=MAP * 10.0.0.1",
    "--Proxy-Server=x", "-proxy-server=x", "--enable-features=FedCm",
])
def test_extras_cannot_widen_the_guard(flag: str) -> None:
    with pytest.raises(ValueError):
        chromium_flags(lang="fi", extra=[flag], guard_port=40123)


def test_reserved_switches_are_set_by_the_kiosk_only() -> None:
    names = {f.lstrip("-").split("=")[0].lower() for f in chromium_flags(lang="fi", guard_port=1)}
    assert {"proxy-server", "proxy-bypass-list", "host-resolver-rules", "disable-quic",
            "force-webrtc-ip-handling-policy"} <= names
    assert "proxy-server" in RESERVED_FLAGS and "host-resolver-rules" in RESERVED_FLAGS
    assert not (RESERVED_FLAGS & FORBIDDEN_FLAGS)


def test_qt_argv_puts_flags_after_the_marker() -> None:
    flags = chromium_flags(lang="fi")
    argv = qt_argv("kiosk", flags)
    assert argv[0] == "kiosk"
    assert argv[1] == WEBENGINE_ARGS
    assert argv[2:] == flags


def test_scrub_environment() -> None:
    env = {
        "QTWEBENGINE_REMOTE_DEBUGGING": "0.0.0.0:9222",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--remote-debugging-port=9222",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "PATH": "/usr/bin",
    }
    removed = scrub_environment(env)
    assert removed == list(SCRUBBED_ENV)
    assert env == {"QTWEBENGINE_DISABLE_SANDBOX": "1", "PATH": "/usr/bin"}
    assert scrub_environment(env) == []
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in SCRUBBED_ENV


def test_module_does_not_import_qt() -> None:
    code = (
        "import sys, kiosk.core.browser.chromium_flags; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
