"""`kiosk stats --from DIR`: the coordinator's figures from many terminals' files, without Matomo.

Every terminal whose `[sync] target = "directory"` writes to one share (or
whose USB sticks are copied into one folder) leaves NDJSON files there
(kiosk/services/sync_targets.py: DirectoryTarget). This reads every `*.ndjson`
under DIR, and prints the same figures as `kiosk stats` for each terminal and
for all of them together (`--json` too). An event sent twice (a batch split
and sent again) is counted once: records carry their uuid. A file that cannot
be read, or lines that are not usage records, get one line on stderr naming
the file (and the first bad line); everything else is still counted. A
record is checked against the usage schema (kiosk/core/usage/schema.py)
before it is counted, so a foreign file cannot make the report lie or crash.
No Qt, no database.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z", re.ASCII)
_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}", re.ASCII)   # a tile's or guide's id, never free text
MAX_FILE_BYTES = 64 * 1024 * 1024     # a batch file is at most a few MB (5000 events)


@dataclass
class Collected:
    """What the folder held: the records by uuid (in reading order), files read, problems found."""

    records: dict[str, dict] = field(default_factory=dict)
    files: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)


def _record_problem(record: object) -> str | None:
    """Why `record` is not a usage record the figures can count, or None."""
    from kiosk.core.usage.schema import RECORD_TYPES, Context, check_record

    if not isinstance(record, dict):
        return "not a JSON object"
    for key in ("uuid", "type", "at", "site", "terminal", "session"):
        if not isinstance(record.get(key), str):
            return f"no '{key}' text"
    if not _AT.fullmatch(record["at"]):
        return "'at' is not a UTC minute (YYYY-MM-DDTHH:MMZ)"
    rtype = next((t for t in RECORD_TYPES.values() if t.name == record["type"]), None)
    fields = record.get("fields")
    if rtype is None or not isinstance(fields, dict):
        return f"unknown record type '{str(record['type'])[:40]}'" if rtype is None else "no 'fields' object"
    missing = [name for name in rtype.fields if name not in rtype.optional and name not in fields]
    if missing:
        return f"{rtype.name} without '{missing[0]}'"
    # The ids of tiles and guides are the terminal's own, not known here: the record's own are taken;
    # every other value is held to the schema (enums, ranges, shapes).
    def ids(*names: str) -> set[str]:
        return {v for v in (fields.get(n) for n in names) if isinstance(v, str) and _ID.fullmatch(v)}
    ctx = Context.make(record["site"], record["terminal"], ids("tile", "topic"), ids("guide"))
    if not check_record(record, ctx):
        return f"a {rtype.name} record outside the usage schema"
    return None


def collect(folder: Path) -> Collected:
    """Every record of every `*.ndjson` file under `folder` (files in name order, hidden ones skipped)."""
    out = Collected()
    paths = sorted(p for p in folder.rglob("*.ndjson") if not p.name.startswith("."))
    for path in paths:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                out.problems.append(f"{path}: larger than {MAX_FILE_BYTES // 2**20} MiB, not a usage file; skipped")
                continue
            data = path.read_bytes()
        except OSError as exc:
            out.problems.append(f"{path}: cannot be read ({exc.strerror or exc}); skipped")
            continue
        out.files += 1
        bad: list[tuple[int, str]] = []
        good = 0
        for number, raw in enumerate(data.split(b"\n"), 1):   # NDJSON: lines end in \n only
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                bad.append((number, "not a line of JSON"))
                continue
            problem = _record_problem(record)
            if problem is not None:
                bad.append((number, problem))
                continue
            good += 1
            if record["uuid"] in out.records:
                out.duplicates += 1
            else:
                out.records[record["uuid"]] = record
        if bad:
            number, why = bad[0]
            out.problems.append(f"{path}: {len(bad)} line{'s' if len(bad) > 1 else ''} not counted "
                                f"(first: line {number}: {why}); {good} counted")
    return out


def terminal_key(record: dict) -> str:
    return f"{record['site']}/{record['terminal']}"


def report(collected: Collected, since: date | None, time_zone: str) -> dict:
    """Per terminal ('site/terminal') and in total, the figures `kiosk stats` gives (JSON-ready)."""
    from kiosk.storage.usage_stats import cutoff_of, figures

    cutoff = cutoff_of(since, time_zone)
    rows: dict[str, list] = defaultdict(list)
    # By time, then in the order read: a session's first record sets its day, as in the outbox.
    for record in sorted(collected.records.values(), key=lambda r: r["at"]):
        if record["at"] >= cutoff:
            rows[terminal_key(record)].append((record["type"], record["at"], record["session"], record["fields"]))
    every = [row for key in sorted(rows) for row in rows[key]]
    every.sort(key=lambda row: row[1])
    return {
        "files": collected.files, "events": sum(len(r) for r in rows.values()),
        "duplicates": collected.duplicates, "problems": collected.problems,
        "terminals": {key: figures(rows[key], since, time_zone) for key in sorted(rows)},
        "total": figures(every, since, time_zone),
    }


def text(data: dict) -> str:
    from kiosk.storage.usage_stats import text_report

    parts = []
    for key, figures in data["terminals"].items():
        site, terminal = key.split("/", 1)
        parts.append(f"== Terminal {terminal} (site {site})\n{text_report(figures)}")
    n = len(data["terminals"])
    parts.append(f"== All {n} terminal{'s' if n != 1 else ''}: {data['events']} events from {data['files']} files"
                 + (f" ({data['duplicates']} sent twice, counted once)" if data["duplicates"] else "")
                 + f"\n{text_report(data['total'])}")
    return "\n\n".join(parts)


def cmd_stats_from(args, time_zone: str) -> int:
    """Exit 0 when the folder could be read (bad files are named on stderr), 1 when it cannot."""
    folder = Path(args.from_dir)
    if not folder.is_dir():
        print(f"kiosk stats: {folder} is not a folder", file=sys.stderr)
        return 1
    collected = collect(folder)
    for problem in collected.problems:
        print(f"kiosk stats: {problem}", file=sys.stderr)
    data = report(collected, args.since, time_zone)
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else text(data))
    return 0
