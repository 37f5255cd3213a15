"""Checks of what a configuration points at: addresses, hosts, icons and folders.

A tile's start address is judged by the browser's own policy
(`kiosk.core.browser.url_policy.Policy`, built exactly as the kiosk builds it), so
`kiosk check-config` refuses every address the browser would refuse (a port
other than 443, http to a public host, a blocked host, ...) and accepts the
rest: one source of truth. The words explaining a refusal are made here; the
verdict never is.

Icons are the SVG files in kiosk/assets/icons or a path to an .svg/.png file;
paths (icons, guide folders, sync files) are relative to the configuration's
folder and are returned absolute, so the kiosk finds them from any working
directory and from the saved copy of the last valid configuration.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.core.config import files as F
from kiosk.core.config.text import shown, shown_long
from kiosk.core.browser.url_policy import DEFAULT_LOCAL_HTTP_HOSTS, Decision, Policy, Reason, host_of, parse_host_rule
from kiosk.resources import asset_dir

if TYPE_CHECKING:
    from kiosk.core.config.shape import Validator

ICON_SUFFIXES = (".svg", ".png")
MAX_HOST_RULE = 2 + 253   # "*." and the longest host name DNS has


def browser_policy(allowed: list[str] | tuple[str, ...], blocked: list[str] | tuple[str, ...],
                   local_hosts: list[str] | tuple[str, ...] = ()) -> Policy:
    """The browser policy for these rules, built as kiosk/app.py builds it."""
    return Policy.build(allowed, blocked, local_hosts=local_hosts)


def url_shape_problem(url: str) -> str | None:
    """Why `url` is not an https/http address with a plain host, in an IT person's words."""
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)", url)
    if not m or not m.group(2):
        return f"not a web address: '{shown_long(url)}'"
    scheme = m.group(1).lower()
    if scheme not in ("http", "https"):
        return f"must use https://, not {shown(scheme)}://"
    if "@" in m.group(2):
        return "a web address must not contain a user name ('@')"
    host = host_of(url)
    if host is None:
        return f"malformed host in '{shown_long(url)}'"
    if scheme == "http" and host not in DEFAULT_LOCAL_HTTP_HOSTS:
        return "must use https:// (http is only allowed for 127.0.0.1 and localhost)"
    return None


def refusal_words(url: str, decision: Decision, policy: Policy) -> str:
    """Explain why the browser policy refused a tile's start address."""
    shape = url_shape_problem(url)
    if shape is not None:
        return shape
    host = decision.host or "?"
    if decision.reason == Reason.HOST_BLOCKED:
        return (f"the browser refuses host '{shown(host)}': it is blocked (browser.blocked_hosts, "
                "or an identification test host that is always blocked)")
    if decision.reason == Reason.INSECURE:
        return "must use https:// (http is only allowed for 127.0.0.1 and localhost)"
    port = _port(url)
    if decision.reason == Reason.HOST_NOT_ALLOWED and port is not None and policy.allows_host(host):
        return (f"the browser opens https:// addresses only on port 443, so port {port} can never "
                f"open; remove ':{port}' or use the service's address on port 443")
    if decision.reason == Reason.MALFORMED:
        return f"the browser cannot read this address safely: '{shown_long(url)}'"
    return f"the browser refuses this address ({decision.reason})"


def _port(url: str) -> int | None:
    try:
        return urlsplit(url).port
    except ValueError:
        return None


def check_tile_url(v: Validator, path: str, url: str, policy: Policy) -> None:
    """Error unless the browser policy would open `url` as a page."""
    decision = policy.decide(url, is_navigation=True)
    # Internal pages (kiosk:, about:blank) pass the policy but are no service.
    if decision.allowed and decision.reason == Reason.OK:
        return
    if decision.allowed:
        v.error(path, url_shape_problem(url) or f"not a web address: '{shown_long(url)}'")
        return
    v.error(path, refusal_words(url, decision, policy))


def check_sync_url(v: Validator, path: str, url: str) -> None:
    problem = url_shape_problem(url)
    if problem is not None:
        v.error(path, problem)


def host_list(v: Validator, path: str, hosts: list[str] | None) -> list[str]:
    """The well-formed host rules of a list; an error for each other one, on its own line."""
    good = []
    for i, host in enumerate(hosts or []):
        if len(host) > MAX_HOST_RULE:
            v.error(f"{path}[{i}]", f"malformed host '{shown(host)}': too long for a host name "
                                    f"(at most 253 characters)")
            continue
        try:
            parse_host_rule(host)
        except ValueError as exc:   # UnicodeError (IDNA) is a ValueError too
            v.error(f"{path}[{i}]", f"malformed host '{shown(host)}': {exc}")
        else:
            good.append(host)
    return good


def check_not_blocked(v: Validator, path: str, hosts: list[str], policy: Policy) -> None:
    """An allowed host that the blocklist swallows whole can never open: say so."""
    for i, text in enumerate(hosts):
        rule = parse_host_rule(text)
        if rule.subdomains:
            covered = any(b.subdomains and (rule.host == b.host or rule.host.endswith("." + b.host))
                          for b in policy.blocked)
        else:
            covered = policy.is_blocked(rule.host)
        if covered:
            v.error(f"{path}[{i}]", f"the browser refuses '{shown(text)}': it is also blocked "
                                    "(browser.blocked_hosts, or an identification test host that is "
                                    "always blocked)")


def local_host_list(v: Validator, path: str, hosts: list[str] | None, policy: Policy | None) -> list[str]:
    """browser.local_hosts: exact host names the site also allows; an error for each other one."""
    good = []
    well_formed = set(host_list(v, path, hosts))
    for i, host in enumerate(hosts or []):
        if host not in well_formed:
            continue   # host_list said why
        rule = parse_host_rule(host)
        if rule.subdomains:
            v.error(f"{path}[{i}]", f"'{host}': name each local host exactly, without '*.' (a wildcard "
                                    "would let every name under it point into the local network)")
        elif policy is not None and not policy.allows_host(rule.host):
            v.error(f"{path}[{i}]", f"'{host}' is not an allowed host; allow it too (a tile's address, "
                                    "tiles[].hosts or browser.extra_hosts)")
        else:
            good.append(rule.host)
    return good


def builtin_icons() -> tuple[str, ...]:
    """Names of the icons shipped in kiosk/assets/icons."""
    return tuple(sorted(p.stem for p in (asset_dir() / "icons").glob("*.svg")))


def check_icon(v: Validator, path: str, icon: str, base: Path) -> str:
    """A built-in icon name, or the absolute path of an icon file; error otherwise."""
    names = builtin_icons()
    if icon in names:
        return icon
    looks_like_path = "/" in icon or "\\" in icon or icon.lower().endswith(ICON_SUFFIXES)
    if not looks_like_path:
        import difflib  # only when needed: its import is start-up time
        near = difflib.get_close_matches(icon, names, n=1, cutoff=0.6)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        v.error(path, f"unknown icon '{shown_long(icon)}'{hint}; built-in icons: {', '.join(names)}; "
                      "or a path to an .svg or .png file")
        return icon
    file, problem = F.resolve(icon, base)
    if file is None:
        v.error(path, problem or "not a usable path")
        return icon
    if not icon.lower().endswith(ICON_SUFFIXES):
        v.error(path, f"an icon file must be .svg or .png: '{shown_long(icon)}'")
        return str(file)
    st, problem = F.look(file)
    if st is None and problem == "does not exist":
        v.error(path, f"icon file not found: '{shown_long(icon)}'{_looked_in(icon, file)}")
    elif st is None:
        v.error(path, f"icon file '{shown_long(icon)}' {problem}{_looked_in(icon, file)}")
    elif not stat.S_ISREG(st.st_mode):
        v.error(path, f"icon file '{shown_long(icon)}' is not a file{_looked_in(icon, file)}")
    return str(file)


def check_folders(v: Validator, path: str, folders: list[str], base: Path) -> list[str]:
    """Absolute paths of existing folders; an error for each missing one."""
    out = []
    for i, text in enumerate(folders):
        if not text.strip():
            v.error(f"{path}[{i}]", "empty folder name")
            continue
        folder, problem = F.resolve(text, base)
        if folder is None:
            v.error(f"{path}[{i}]", problem or "not a usable path")
            continue
        st, problem = F.look(folder)
        if st is None and problem == "does not exist":
            v.error(f"{path}[{i}]", f"folder '{shown_long(text)}' does not exist{_looked_in(text, folder)}")
        elif st is None:
            v.error(f"{path}[{i}]", f"folder '{shown_long(text)}' {problem}{_looked_in(text, folder)}")
        elif not stat.S_ISDIR(st.st_mode):
            v.error(f"{path}[{i}]", f"'{shown_long(text)}' is a file, not a folder{_looked_in(text, folder)}")
        else:
            out.append(str(folder))
    return out


def _looked_in(text: str, resolved: Path) -> str:
    return "" if Path(text).expanduser().is_absolute() else f" (looked for {shown_long(str(resolved))})"
