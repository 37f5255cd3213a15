"""The Chromium command line QtWebEngine runs with, and the environment to clean.

QtWebEngine takes Chromium switches from two places: the application's
command line and the ``QTWEBENGINE_CHROMIUM_FLAGS`` environment variable;
remote debugging (a full remote control of every page, cookies included) can
also be switched on with ``QTWEBENGINE_REMOTE_DEBUGGING``. A public kiosk must
not let any of these in from outside, so:

- `scrub_environment` removes the two variables before QtWebEngine starts;
- `chromium_flags` computes the whole list of switches in one place, turning
  off what phones home, pops up, or could leak (translation prompts, sync,
  component updates, crash uploads), and refusing extra switches that would
  re-open debugging, turn off the sandbox or web security, or accept bad
  certificates;
- `qt_argv` puts the switches behind ``--webEngineArgs``. Qt 6 QtWebEngine
  hands Chromium only what follows that marker (without it, recent versions
  drop every application argument), so the kiosk's switches arrive and
  nothing else typed on the process command line does. If
  ``QTWEBENGINE_CHROMIUM_FLAGS`` is set, QtWebEngine uses it *instead of*
  the command line: one more reason it is scrubbed.

``QTWEBENGINE_DISABLE_SANDBOX`` is deliberately left alone: tests and the demo
set it when they run as root (Chromium's sandbox refuses to start as root);
production never sets it, and ``--no-sandbox`` stays forbidden here.

Pure standard library: this module never imports Qt (a test enforces it).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

__all__ = [
    "DISABLED_FEATURES",
    "FORBIDDEN_FLAGS",
    "RESERVED_FLAGS",
    "GUARD_HOST",
    "SCRUBBED_ENV",
    "WEBENGINE_ARGS",
    "chromium_flags",
    "guard_flags",
    "qt_argv",
    "scrub_environment",
]

# Environment variables QtWebEngine reads that an outsider could use to open
# remote debugging or inject switches. NOT QTWEBENGINE_DISABLE_SANDBOX: see above.
SCRUBBED_ENV: tuple[str, ...] = ("QTWEBENGINE_REMOTE_DEBUGGING", "QTWEBENGINE_CHROMIUM_FLAGS")

# QtWebEngine passes only the arguments after this marker to Chromium.
WEBENGINE_ARGS = "--webEngineArgs"

# Chromium features to switch off (names as in Chromium's base::Feature list).
DISABLED_FEATURES: tuple[str, ...] = (
    "TranslateUI",  # no "translate this page?" bubble over a resident's form
    "MediaRouter",  # no casting: nothing of a session goes to another screen
    "DialMediaRouteProvider",  # nor discovery of cast devices on the LAN
    "OptimizationHints",  # no per-page hint fetching from Google
    "AutofillServerCommunication",  # no form-field data sent to Google
    # FedCM: navigator.credentials.get({identity}) fetches /.well-known/web-identity
    # and a page-chosen URL from any host, outside the request interceptor.
    "FedCm",
)

# Always present, in this order. Each one is a real Chromium switch.
_BASE_FLAGS: tuple[str, ...] = (
    "--disable-background-networking",  # no requests the resident did not make
    "--disable-component-update",  # no downloads of components at run time
    "--disable-sync",  # never sign in to or sync with a Google account
    "--no-first-run",  # no first-run UI
    "--disable-domain-reliability",  # no network-error reports to Google
    "--disable-breakpad",  # crash dumps could hold page content: none
    "--disable-print-preview",  # printing goes through the kiosk's own dialog
    # QUIC is UDP straight from the network process: it would pass the
    # connection guard (a TCP proxy) by. (WebTransport ignores this switch;
    # what stops it is the proxy: Chromium fails WebTransport behind one.)
    "--disable-quic",
    # WebRTC sends no UDP of its own (no STUN, no host or server-reflexive
    # candidates, so no local address is exposed); it may only use TCP relays
    # through the proxy, which the connection guard decides on like any host.
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
)

# The connection guard's address; the port is chosen at start.
GUARD_HOST = "127.0.0.1"

# Switches that must never reach a production kiosk, by name (without "--").
# Remote debugging / devtools give full control of the session; the sandbox
# and web security flags let a page escape; certificate flags accept forged
# identification pages; host rules can point an allowed name at any server.
FORBIDDEN_FLAGS: frozenset[str] = frozenset(
    {
        "remote-debugging-port",
        "remote-debugging-pipe",
        "remote-debugging-address",
        "remote-debugging-socket-name",
        "remote-allow-origins",
        "auto-open-devtools-for-tabs",
        "no-sandbox",
        "disable-setuid-sandbox",
        "disable-seccomp-filter-sandbox",
        "disable-gpu-sandbox",
        "single-process",
        "disable-web-security",
        "disable-site-isolation-trials",
        "allow-running-insecure-content",
        "allow-file-access-from-files",
        "unsafely-treat-insecure-origin-as-secure",
        "ignore-certificate-errors",
        "ignore-certificate-errors-spki-list",
        "ignore-urlfetcher-cert-requests",
        "host-rules",
        "webengineargs",
    }
)

# Switches only the kiosk itself sets (see `guard_flags` and `_BASE_FLAGS`);
# an extra one would route around the connection guard, point a name at
# another server, turn QUIC back on or let WebRTC send its own UDP.
RESERVED_FLAGS: frozenset[str] = frozenset(
    {
        "host-resolver-rules",
        "proxy-server",
        "proxy-bypass-list",
        "proxy-pac-url",
        "proxy-auto-detect",
        "no-proxy-server",
        "winhttp-proxy-resolver",
        "enable-quic",
        "origin-to-force-quic-on",
        "force-webrtc-ip-handling-policy",
    }
)

# A language tag such as "fi", "sv-FI", "se", "en-US" (underscores accepted).
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def _flag_name(flag: str) -> str:
    """The switch name, as Chromium reads it: no dashes, no value, lower case.

    Chromium accepts "-switch" as well as "--switch" (and is case-insensitive
    on Windows), so both are checked the same way.
    """
    return flag.lstrip("-").split("=", 1)[0].lower()


def _features(flag: str) -> list[str]:
    value = flag.split("=", 1)[1] if "=" in flag else ""
    return [f.strip() for f in value.split(",") if f.strip()]


def guard_flags(port: int) -> list[str]:
    """The switches that send every connection of Chromium through the guard on `port`.

    - ``--proxy-server``: every http(s)/ws(s) connection, preconnect, FedCM
      fetch and WebRTC TCP relay goes to the local guard, which asks the URL
      policy (see `kiosk.web.connection_guard`).
    - ``--proxy-bypass-list=<-loopback>``: Chromium would otherwise connect to
      localhost and 127.0.0.0/8 directly; these are decided by the guard too.
    - ``--host-resolver-rules``: Chromium's own name lookups all fail except
      for the guard's address, so nothing that might still go around the
      proxy (a future feature, a DNS prefetch) can even leak a name in a DNS
      query: the guard resolves the allowed hosts itself.
    """
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise ValueError(f"not a port for the connection guard: {port!r}")
    return [
        f"--proxy-server=http://{GUARD_HOST}:{port}",
        "--proxy-bypass-list=<-loopback>",
        f"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE {GUARD_HOST}",
    ]


def chromium_flags(*, lang: str, disable_gpu: bool = False, extra: Sequence[str] = (),
                   guard_port: int | None = None) -> list[str]:
    """The Chromium switches for QtWebEngine, deterministic and without duplicates.

    `lang` is the UI language ("fi", "sv-FI"). `disable_gpu` adds
    ``--disable-gpu`` (machines with broken drivers). `extra` (for example from
    the site's configuration) may add switches; `guard_port` adds `guard_flags`
    (the kiosk always passes it; only a benchmark's baseline runs without a
    guard). ``--disable-features`` and
    ``--enable-features`` values are merged into one switch each, since Chromium
    honours only the last of each.

    Raises ValueError for a malformed language or extra switch, for any
    switch in `RESERVED_FLAGS` (proxy, name resolution, QUIC, WebRTC), and for any
    switch in `FORBIDDEN_FLAGS` (remote debugging, ``--no-sandbox``,
    ``--disable-web-security``, ``--ignore-certificate-errors``, ...). Tests
    that must run Chromium as root set ``QTWEBENGINE_DISABLE_SANDBOX=1`` in
    their environment instead of passing ``--no-sandbox``.
    """
    if not isinstance(lang, str) or not _LANG.fullmatch(lang):
        raise ValueError(f"not a language code: {lang!r}")
    disabled = list(DISABLED_FEATURES)
    enabled: list[str] = []
    others: list[str] = []
    for flag in extra:
        if not isinstance(flag, str) or not re.fullmatch(r"--?[A-Za-z0-9][A-Za-z0-9_.-]*(=\S*)?", flag):
            raise ValueError(f"not a Chromium switch: {flag!r}")
        name = _flag_name(flag)
        if name in FORBIDDEN_FLAGS:
            raise ValueError(f"the kiosk never runs with {flag.split('=', 1)[0]}")
        if name in RESERVED_FLAGS:
            raise ValueError(f"only the kiosk itself sets {flag.split('=', 1)[0]}")
        if name == "lang":
            raise ValueError("set the language with lang=..., not with an extra --lang")
        if name == "disable-features":
            disabled.extend(_features(flag))
        elif name == "enable-features":
            enabled.extend(_features(flag))
        else:
            # Normalise the spelling so "-disable-gpu" and "--disable-gpu" dedupe.
            others.append("--" + flag.lstrip("-"))
    # Re-enabling what we turned off would silently undo the list above.
    clash = sorted(set(enabled) & set(DISABLED_FEATURES))
    if clash:
        raise ValueError(f"these features stay disabled in the kiosk: {', '.join(clash)}")

    flags = [f"--disable-features={','.join(dict.fromkeys(disabled))}"]
    if enabled:
        flags.append(f"--enable-features={','.join(dict.fromkeys(enabled))}")
    flags.extend(_BASE_FLAGS)
    if guard_port is not None:
        flags.extend(guard_flags(guard_port))
    flags.append(f"--lang={lang.replace('_', '-')}")
    if disable_gpu:
        flags.append("--disable-gpu")
    flags.extend(others)
    return list(dict.fromkeys(flags))


def qt_argv(program: str, flags: Sequence[str]) -> list[str]:
    """The argv for QApplication: the program name, then ``--webEngineArgs`` and `flags`.

    QtWebEngine passes Chromium only the arguments after the marker. Do not
    append ``sys.argv`` after it: a ``--remote-debugging-port`` typed on the
    kiosk's command line would then reach Chromium.
    """
    return [program, WEBENGINE_ARGS, *flags]


def scrub_environment(environ: MutableMapping[str, str]) -> list[str]:
    """Remove `SCRUBBED_ENV` from `environ` (e.g. ``os.environ``); return the names removed.

    Call it before the QApplication is made: QtWebEngine reads them at start.
    ``QTWEBENGINE_DISABLE_SANDBOX`` is kept on purpose (see the module docs).
    """
    removed = []
    for name in SCRUBBED_ENV:
        if name in environ:
            del environ[name]
            removed.append(name)
    return removed
