"""Which terminal this is (machine file, site.terminal_id, host name) and its [terminals.<id>] part (issue 20).

The machine's identity file is a real file in a temporary folder, named by
$DIGIPISTE_TERMINAL_FILE as the kiosk reads it; check-config runs as IT runs it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.config.site import load_config, parse_config
from kiosk.core.config.terminal import ENV, MachineIdentity, id_from_host_name, read_machine_identity
from kiosk.demo import demo_config_path
from tests.unit.test_config import BASE, replace

SHARED = replace('terminal_id = "t-1"\n', "") + """
[terminals.kirjasto-1]
label = "Library, by the window"
queue_letter = "C"

[terminals.kirjasto-2]
printer = "HP_LaserJet_M404"

[terminals.kirjasto-3]
"""
HOST = MachineIdentity("vm-7", "", "host name 'vm-7'")


def machine_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "terminal.toml"
    path.write_text(text, encoding="utf-8")
    return path


def config_for(text: str, machine: MachineIdentity = HOST):
    config, errors = parse_config(text, "site.toml", machine=machine)
    assert errors == [], errors
    return config


@pytest.mark.parametrize("name,expected", [
    ("kirjasto-pc-07", "kirjasto-pc-07"),
    ("Kirjasto_PC 07.kokkola.local", "kirjasto-pc-07"),
    ("KIOSK--3.", "kiosk-3"),
    ("-äiti-", "iti"),
    ("___", "terminal"),
    ("x" * 80, "x" * 63),
])
def test_a_host_name_becomes_an_id(name, expected):
    assert id_from_host_name(name) == expected


def test_the_machine_file_overrides_site_terminal_id_and_says_so(tmp_path):
    machine, errors = read_machine_identity(machine_file(tmp_path, 'id = "kirjasto-2"\nlabel = "Quiet room"\n'))
    assert errors == [] and machine.from_file
    config = config_for(BASE, machine)     # BASE has site.terminal_id = "t-1"
    assert config.terminal_id == "kirjasto-2" and config.terminal.id == "kirjasto-2"
    assert config.terminal.label == "Quiet room" and config.terminal.id_source == str(tmp_path / "terminal.toml")
    assert [str(w) for w in config.warnings] == [
        f"site.toml:4: site.terminal_id: 't-1' is overridden by this computer's id 'kirjasto-2' "
        f"({tmp_path / 'terminal.toml'}); remove site.terminal_id from a file many terminals share"]


def test_site_terminal_id_beats_the_host_name_and_the_host_name_is_the_last_resort(tmp_path):
    config = config_for(BASE)
    assert (config.terminal_id, config.terminal.id_source) == ("t-1", "site.terminal_id in site.toml")
    machine, _ = read_machine_identity(tmp_path / "missing.toml", host_name="Kirjasto_PC-07.lan")
    config = config_for(SHARED, machine)
    assert (config.terminal_id, config.terminal.id_source) == ("kirjasto-pc-07", "host name 'Kirjasto_PC-07.lan'")
    assert config.warnings == ()


@pytest.mark.parametrize("text,expected", [
    ('id = "Kirjasto 2"\n', "terminal.toml:1: id: 'Kirjasto 2' is not a terminal id: use lower-case letters, "
                            "digits and '-' (at most 63)"),
    ('label = "x"\n', "terminal.toml:1: id: missing: write id = \"...\" (install.sh --terminal-id ID)"),
    ('id = "k-1"\nname = "x"\n', "terminal.toml:2: name: unknown key (this file holds `id` and `label`)"),
    ('id = "k-1\n', None),   # TOML's own error, with its line
])
def test_a_broken_machine_file_is_an_error_of_the_configuration(tmp_path, text, expected):
    path = machine_file(tmp_path, text)
    machine, errors = read_machine_identity(path)
    assert machine is None and len(errors) == 1
    if expected is not None:
        assert str(errors[0]) == str(tmp_path / expected)
    else:
        assert str(errors[0]).startswith(f"{path}:1: ")


def test_each_terminal_gets_its_part_and_letters_are_given_in_id_order():
    config = config_for(SHARED, MachineIdentity("kirjasto-2", "", "/etc/digipiste/terminal.toml", True))
    by_id = {t.id: (t.label, t.printer, t.queue_letter) for t in config.terminals}
    assert by_id == {"kirjasto-1": ("Library, by the window", "", "C"),
                     "kirjasto-2": ("kirjasto-2", "HP_LaserJet_M404", "A"),
                     "kirjasto-3": ("kirjasto-3", "", "B")}
    assert (config.terminal.label, config.terminal.printer, config.terminal.queue_letter) == (
        "kirjasto-2", "HP_LaserJet_M404", "A")
    assert config.terminal.named
    # A terminal the file does not name: its id as label, the default printer, and the letter its
    # number 9 counts to along the letters no table holds (A, B, C are held: D E F G H I J K L).
    other = config_for(SHARED, MachineIdentity("kirjasto-9", "", "/etc/digipiste/terminal.toml", True))
    assert (other.terminal.label, other.terminal.printer, other.terminal.queue_letter,
            other.terminal.named) == ("kirjasto-9", "", "L", False)


@pytest.mark.parametrize("old,new,expected", [
    ("[terminals.kirjasto-3]\n", '[terminals.kirjasto-3]\nqueue_letter = "C"\n',
     "site.toml:44: terminals.kirjasto-3.queue_letter: 'C' is also the queue letter of terminal 'kirjasto-1' "
     "(line 38); each terminal needs its own letter"),
    ("[terminals.kirjasto-3]\n", '[terminals.kirjasto-3]\nqueue_letter = "c"\n',
     "site.toml:44: terminals.kirjasto-3.queue_letter: 'c' is not one capital letter A-Z"),
    ('printer = "HP_LaserJet_M404"', 'printer = "HP LaserJet"',
     "site.toml:41: terminals.kirjasto-2.printer: 'HP LaserJet' is not a printer queue name (no spaces, '/', "
     "'#' or '\\'); `lpstat -e` lists the names"),
    ("[terminals.kirjasto-3]\n", "[terminals.Kirjasto_3]\n",
     "site.toml:43: terminals.Kirjasto_3: 'Kirjasto_3' is not a terminal id: use lower-case letters, digits "
     "and '-' (at most 63)"),
    ("[terminals.kirjasto-3]\n", "[terminals.kirjasto-3]\nlabl = \"x\"\n",
     "site.toml:44: terminals.kirjasto-3.labl: unknown key (did you mean 'label'?)"),
])
def test_errors_name_the_terminal_and_the_key(old, new, expected):
    config, errors = parse_config(replace(old, new, SHARED), "site.toml", machine=HOST)
    assert config is None and [str(e) for e in errors] == [expected]


def run_cli(*args: str, env_file: Path) -> subprocess.CompletedProcess:
    import os
    env = {**os.environ, ENV: str(env_file)}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


RULE_LINE = ("a terminal the file does not name takes its queue letter from its id's last number, 1 the first of "
             "the letters no table holds (DEFGHIJKLMNOPQRSTUVWXYZ), an id without digits by a checksum; name every "
             "terminal in [terminals] to be sure no two share one")


def test_check_config_lists_every_terminal_it_checked(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text(SHARED, encoding="utf-8")
    done = run_cli("check-config", str(site), env_file=machine_file(tmp_path, 'id = "kirjasto-3"\n'))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"{site}: OK",
        "checked for 3 terminals named in [terminals]:",
        "  kirjasto-1: label 'Library, by the window', queue letter C, the default printer",
        "  kirjasto-2: label 'kirjasto-2', queue letter A, printer HP_LaserJet_M404",
        "  kirjasto-3: label 'kirjasto-3', queue letter B, the default printer",
        f"this computer is terminal 'kirjasto-3' (from {tmp_path / 'terminal.toml'}); its [terminals] table gives "
        "label 'kirjasto-3', queue letter B, the default printer",
        RULE_LINE]
    # A computer the file does not name: the letter its number gives, the one the help queue uses.
    done = run_cli("check-config", str(site), env_file=machine_file(tmp_path, 'id = "kirjasto-9"\n'))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == [
        f"this computer is terminal 'kirjasto-9' (from {tmp_path / 'terminal.toml'}); not named in the file, so "
        "the defaults: label 'kirjasto-9', queue letter L, the default printer", RULE_LINE]
    site.write_text(replace("[terminals.kirjasto-3]\n", '[terminals.kirjasto-3]\nqueue_letter = "C"\n', SHARED))
    done = run_cli("check-config", str(site), env_file=tmp_path / "none.toml")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"{site}:44: terminals.kirjasto-3.queue_letter: 'C' is also the queue letter of terminal 'kirjasto-1' "
        "(line 38); each terminal needs its own letter"]


def test_a_broken_machine_file_stops_check_config_with_its_line(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text(SHARED, encoding="utf-8")
    done = run_cli("check-config", str(site), env_file=machine_file(tmp_path, 'id = "PC 1"\n'))
    assert done.returncode == 2 and done.stderr.splitlines() == [
        f"{tmp_path / 'terminal.toml'}:1: id: 'PC 1' is not a terminal id: use lower-case letters, digits and "
        "'-' (at most 63)"]


def test_the_demo_keeps_its_terminal(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV, str(tmp_path / "none.toml"))
    config = load_config(demo_config_path())
    assert config.terminal_id == "koivutupa-1" and config.terminal.queue_letter == "A"
    assert config.terminal.label == "koivutupa-1" and config.terminals == ()


def test_the_help_queue_numbers_use_the_terminals_letter_and_label():
    """The shared queue's "C 12" and the helper view's terminal name come from [terminals.<id>];
    terminals a shared file does not name get letters from their ids' numbers, not all the same one,
    and never one a table holds."""
    from kiosk.core.help.shared_queue import terminal_label

    named = config_for(SHARED, MachineIdentity("kirjasto-1", "", "test"))
    assert (named.terminal.queue_letter, terminal_label(named)) == ("C", "Library, by the window")
    unnamed = [config_for(SHARED, MachineIdentity(tid, "", "test")) for tid in ("lainaamo-4", "lainaamo-5")]
    assert [c.terminal.queue_letter for c in unnamed] == ["G", "H"]     # the 4th and 5th of D..Z
    assert [terminal_label(c) for c in unnamed] == ["lainaamo-4", "lainaamo-5"]


@pytest.mark.parametrize("tid,letter", [
    ("kirjasto-1", "A"), ("kirjasto-2", "B"), ("kirjasto-9", "I"), ("kirjasto-26", "Z"), ("kirjasto-27", "A"),
    ("kirjasto2-pc-07", "G"),      # the id's last number
    ("kiosk-0", "Z"),              # 0 counts back to the last letter
])
def test_an_unnamed_terminal_of_a_file_without_tables_counts_its_number_along_the_alphabet(tid, letter):
    from kiosk.core.config.terminal import queue_letter

    assert queue_letter(tid, {}) == letter


def test_unnamed_terminals_never_take_a_held_letter_and_numbered_ones_differ():
    from kiosk.core.config.terminal import LETTERS, TerminalSettings, queue_letter

    held = {f"t-{c}": TerminalSettings(f"t-{c}", "", queue_letter=c, named=True) for c in "ACEGIKMOQSUWY"}
    numbered = [queue_letter(f"kirjasto-{n}", held) for n in range(1, 14)]
    assert numbered == list("BDFHJLNPRTVXZ")                 # 13 left, 13 terminals, 13 letters
    for tid in ("tori", "koivutupa", "kirjasto-pc-a", "kirjasto-pc-b", "kiosk-40"):
        assert queue_letter(tid, held) in "BDFHJLNPRTVXZ"
        assert queue_letter(tid, held) == queue_letter(tid, dict(held))      # the same on every call
    full = {f"t-{c}": TerminalSettings(f"t-{c}", "", queue_letter=c, named=True) for c in LETTERS}
    assert queue_letter("kirjasto-9", full) == ""            # no letter left: bare numbers, not a held one
