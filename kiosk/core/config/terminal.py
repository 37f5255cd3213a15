"""Which terminal this is, and its own part of a shared site file ([terminals.<id>]).

One site file serves every terminal of a service point (docs/deploy.md, "From
one terminal to thirty"); what differs is the machine. A terminal's id comes,
first found wins, from:

1. the machine's identity file, `/etc/digipiste/terminal.toml` (written by
   `install.sh --terminal-id ID`; `id = "..."`, optionally `label = "..."`),
   or the file named by $DIGIPISTE_TERMINAL_FILE (tests, the demo);
2. `site.terminal_id` in the site file (single-terminal sites, the demo);
3. the host name, made an id: its first label (before the first '.'),
   lower-cased, every run of other characters than a-z, 0-9 and '-' made one
   '-', '-' trimmed from both ends, at most 63 characters ("Kirjasto_PC 07.lan"
   is "kirjasto-pc-07"); "terminal" when nothing is left.

The machine's file beats the site file because it is the one thing written for
this computer alone: a shared file copied to thirty machines must not make
them one terminal. `site.terminal_id` beats the host name so that a terminal
set up before issue 20 keeps the id its figures were counted under.

A `[terminals.<id>]` table gives one terminal its label for helpers, its
printer (a CUPS queue; empty: the system's default printer, docs/printing.md)
and its help-queue letter (A-Z, each letter one terminal's). `queue_letter`
below is the one rule for the letter of a terminal the file does not name;
the start's log line, `kiosk check-config` and the shared help queue all use
it through `this_terminal`. Pure Python.
"""

from __future__ import annotations

import os
import re
import socket
import zlib
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.config.text import ConfigError, decode_config, read_toml, shown

ENV = "DIGIPISTE_TERMINAL_FILE"
MACHINE_FILE = Path("/etc/digipiste/terminal.toml")
ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")              # the same as site ids (sections.ID)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Characters CUPS refuses in a queue name (lpadmin: "printable characters except space, '/', '#', '\\'").
_PRINTER_BAD = re.compile(r"[\s/#\\]")
_MAX_MACHINE_FILE = 64 * 1024


@dataclass(frozen=True)
class MachineIdentity:
    """What the machine says it is: from its identity file, or from its host name."""

    id: str
    label: str = ""
    source: str = ""          # "/etc/digipiste/terminal.toml" or "host name 'X'"
    from_file: bool = False


@dataclass(frozen=True)
class TerminalSettings:
    """One terminal's own settings (Config.terminal is this terminal's)."""

    id: str
    label: str                # for helpers: the [terminals.<id>] label, the machine file's, or the id
    printer: str = ""         # CUPS queue; "" is the system's default printer
    queue_letter: str = "A"   # help-queue letter, A-Z
    named: bool = False       # the site file has a [terminals.<id>] table for it
    id_source: str = ""       # where the id came from, for the log line and check-config


def terminal_file() -> Path:
    """The machine's identity file: $DIGIPISTE_TERMINAL_FILE when set (tests, demo), else /etc/digipiste."""
    named = os.environ.get(ENV, "")
    return Path(named) if named else MACHINE_FILE


def id_from_host_name(name: str) -> str:
    """A terminal id made from a host name (the rule in the module docstring)."""
    first = name.split(".", 1)[0].lower()
    text = re.sub(r"[^a-z0-9-]+", "-", first)
    text = re.sub(r"-{2,}", "-", text).strip("-")[:63].strip("-")
    return text or "terminal"


def read_machine_identity(path: Path | None = None, host_name: str | None = None
                          ) -> tuple[MachineIdentity | None, list[ConfigError]]:
    """The machine's identity file if there is one (its errors if it is wrong), else the host name."""
    path = terminal_file() if path is None else path
    source = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_MACHINE_FILE + 1)
    except (FileNotFoundError, NotADirectoryError):
        name = socket.gethostname() if host_name is None else host_name
        return MachineIdentity(id_from_host_name(name), "", f"host name '{shown(name)}'"), []
    except (OSError, ValueError) as exc:
        return None, [ConfigError(source, 1, "(file)", f"cannot read this terminal's identity file: "
                                                       f"{getattr(exc, 'strerror', None) or shown(exc)}")]
    if len(raw) > _MAX_MACHINE_FILE:
        return None, [ConfigError(source, 1, "(file)", "too big for a terminal identity file (two lines)")]
    text, error = decode_config(raw, source)
    if error is not None:
        return None, [error]
    data, lines, errors = read_toml(text, source)
    if data is None or errors:
        return None, errors
    out: list[ConfigError] = []
    for key in data:
        if key not in ("id", "label"):
            out.append(ConfigError(source, lines.line(key), shown(key), "unknown key (this file holds `id` "
                                                                         "and `label`)"))
    tid, label = data.get("id"), data.get("label", "")
    if tid is None:
        out.append(ConfigError(source, 1, "id", "missing: write id = \"...\" (install.sh --terminal-id ID)"))
    elif not isinstance(tid, str) or not ID.fullmatch(tid):
        out.append(ConfigError(source, lines.line("id"), "id", f"'{shown(tid)}' is not a terminal id: use "
                                                               "lower-case letters, digits and '-' (at most 63)"))
    if not isinstance(label, str) or len(label) > 100 or (label and not label.isprintable()):
        out.append(ConfigError(source, lines.line("label"), "label", "a line of text of at most 100 characters"))
    if out:
        return None, out
    return MachineIdentity(tid, label, source, from_file=True), []


def choose_id(site_terminal_id: str, machine: MachineIdentity, site_source: str) -> tuple[str, str, str]:
    """(id, where it came from, a warning or "") by the precedence in the module docstring."""
    if machine.from_file:
        warning = ""
        if site_terminal_id and site_terminal_id != machine.id:
            warning = (f"'{site_terminal_id}' is overridden by this computer's id '{machine.id}' "
                       f"({machine.source}); remove site.terminal_id from a file many terminals share")
        return machine.id, machine.source, warning
    if site_terminal_id:
        return site_terminal_id, f"site.terminal_id in {site_source}", ""
    return machine.id, machine.source, ""


def check_terminals(v, table: dict) -> dict[str, TerminalSettings]:
    """Every [terminals.<id>] table checked and resolved; errors name the terminal and the key.

    `v` is the validator (kiosk/core/config/shape.py); each table has had its
    shape checked (strings within bounds). Queue letters: each given one is
    one terminal's; a terminal without one takes the first letter nobody has,
    terminals in the order of their ids.
    """
    out: dict[str, TerminalSettings] = {}
    taken: dict[str, str] = {}
    for tid, part in table.items():
        if not ID.fullmatch(tid):
            v.error(f"terminals.{tid}", f"'{shown(tid)}' is not a terminal id: use lower-case letters, "
                                        "digits and '-' (at most 63)")
            continue
        path = f"terminals.{tid}"
        letter = part.get("queue_letter", "")
        if letter:
            if len(letter) != 1 or letter not in LETTERS:
                v.error(f"{path}.queue_letter", f"'{shown(letter)}' is not one capital letter A-Z")
                letter = ""
            elif letter in taken:
                other = taken[letter]
                v.error(f"{path}.queue_letter", f"'{letter}' is also the queue letter of terminal '{other}' "
                                                f"(line {v.lines.line(f'terminals.{other}.queue_letter')}); "
                                                "each terminal needs its own letter")
                letter = ""
            else:
                taken[letter] = tid
        printer = part.get("printer", "")
        if printer and _PRINTER_BAD.search(printer):
            v.error(f"{path}.printer", f"'{shown(printer)}' is not a printer queue name (no spaces, '/', "
                                       "'#' or '\\'); `lpstat -e` lists the names")
        label = part.get("label", "") or tid
        out[tid] = TerminalSettings(tid, label, printer, letter, named=True)
    free = [c for c in LETTERS if c not in taken]
    for tid in sorted(out):
        if out[tid].queue_letter:
            continue
        if not free:
            v.error(f"terminals.{tid}.queue_letter", "no letter A-Z is left for this terminal; give the "
                                                     "terminals of different service points their own files")
            continue
        out[tid] = TerminalSettings(tid, out[tid].label, out[tid].printer, free.pop(0), named=True)
    return out


def letters_left(terminals: dict[str, TerminalSettings]) -> str:
    """The letters no [terminals] table holds, in alphabet order: those a terminal the file does not name may take."""
    held = {t.queue_letter for t in terminals.values()}
    return "".join(c for c in LETTERS if c not in held)


def queue_letter(tid: str, terminals: dict[str, TerminalSettings]) -> str:
    """Terminal `tid`'s help-queue letter ("B" of "B 12"): the one rule, for the log, check-config and the queue.

    A terminal with a [terminals.<id>] table has the letter `check_terminals`
    gave it (its `queue_letter`, else the first letter no table holds, tables
    in the order of their ids). A terminal the file does not name cannot know
    the others that are not named either, so its letter comes from its own id:
    the id's last number counts along the letters no table holds (1 the first
    of them: with no tables "kirjasto-1" is A, "kirjasto-2" B, "kirjasto-9" I);
    an id without digits counts by a checksum of the id (CRC-32, the same on
    every machine and Python). So it never takes a letter a table holds, and
    unnamed terminals numbered 1, 2, 3... of one file get different letters
    up to the count of letters left; beyond it the count starts again (27 is
    A again with no tables), and ids without digits, or "kiosk-1" beside
    "lainaamo-1", may meet on one letter: name them in [terminals] to be sure.
    "" when the tables hold all 26 letters (its numbers are then shown bare).
    """
    own = terminals.get(tid)
    if own is not None:
        return own.queue_letter
    left = letters_left(terminals)
    if not left:
        return ""
    numbers = re.findall(r"[0-9]+", tid)
    count = int(numbers[-1]) - 1 if numbers else zlib.crc32(tid.encode("utf-8"))
    return left[count % len(left)]


def this_terminal(terminals: dict[str, TerminalSettings], tid: str, id_source: str,
                  machine_label: str = "") -> TerminalSettings:
    """This terminal's settings: its table's, or the defaults (the letter by `queue_letter`'s rule)."""
    own = terminals.get(tid)
    if own is not None:
        label = own.label if own.label != tid or not machine_label else machine_label
        return TerminalSettings(tid, label, own.printer, own.queue_letter, True, id_source)
    return TerminalSettings(tid, machine_label or tid, "", queue_letter(tid, terminals), False, id_source)


def summary_lines(terminals: tuple[TerminalSettings, ...], this: TerminalSettings) -> list[str]:
    """What `kiosk check-config` says of the terminals: each one checked, and this computer's part."""
    def parts(t: TerminalSettings) -> str:
        printer = f"printer {t.printer}" if t.printer else "the default printer"
        return f"label '{t.label}', queue letter {t.queue_letter or 'none (bare numbers)'}, {printer}"
    lines = [f"checked for {len(terminals)} terminal{'s' if len(terminals) != 1 else ''} named in "
             f"[terminals]" + (":" if terminals else " (none)")]
    lines += [f"  {t.id}: {parts(t)}" for t in terminals]
    named = "its [terminals] table gives" if this.named else "not named in the file, so the defaults:"
    lines.append(f"this computer is terminal '{this.id}' (from {this.id_source}); {named} {parts(this)}")
    left = letters_left({t.id: t for t in terminals})
    lines.append(f"a terminal the file does not name takes its queue letter from its id's last number, 1 the "
                 f"first of the letters no table holds ({left or 'none left'}), an id without digits by a "
                 "checksum; name every terminal in [terminals] to be sure no two share one")
    return lines
