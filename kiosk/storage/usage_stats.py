"""Local summary of the usage log, for `kiosk stats` and the admin view.

Answers the coordinator's questions of DOMAIN.md from the outbox (sent rows
stay until the bound removes them): how many sessions, per day, how they
ended and how long they were, which services and guides were used, where
guides were left, help requested and how it ended, and whether residents got
their matter done. Days are counted in the site's time zone.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.storage import delivery, outbox


# How a session ended, for people (the JSON keeps the reason itself).
_ENDED = {"resident": "by the resident", "timeout": "idle timeout", "admin": "by an admin",
          "shutdown": "kiosk stopped or restarted"}


def _median(values: list[int]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def cutoff_of(since: date | None, time_zone: str) -> str:
    """The local midnight of `since`, as the UTC minute the records use ("" for no bound)."""
    if since is None:
        return ""
    local = datetime(since.year, since.month, since.day, tzinfo=ZoneInfo(time_zone))
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def summary(db, since: date | None = None, time_zone: str = "Europe/Helsinki") -> dict:
    """The summary as plain data (JSON-ready)."""
    cur = db.conn.execute("SELECT type, at, session, body FROM usage_outbox WHERE at >= ? ORDER BY id",
                          (cutoff_of(since, time_zone),))
    rows = ((kind, at, session, json.loads(body).get("fields", {})) for kind, at, session, body in cur)
    return {**figures(rows, since, time_zone), "outbox": outbox.counts(db), "sync": outbox.get_status(db),
            "delivery": {**delivery.totals(db), "set_aside_reasons": delivery.set_aside_reasons(db)}}


def figures(rows, since: date | None = None, time_zone: str = "Europe/Helsinki") -> dict:
    """The coordinator's figures from (type, at, session, fields) rows in the order they were recorded.

    `summary` gives it a terminal's outbox; `kiosk stats --from` the records of
    many terminals' files (kiosk/cli_stats_from.py).
    """
    tally = _Tally(ZoneInfo(time_zone))
    for kind, at, session, f in rows:
        tally.add(kind, at, session, f)
    return tally.figures(since, time_zone)


class _Tally:
    """The counts `figures` reports, filled one record at a time."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz
        self.sessions: set[str] = set()
        self.per_day: Counter = Counter()
        self.ended: Counter = Counter()
        self.lengths: list[int] = []
        self.tiles: Counter = Counter()
        self.guides: dict[str, dict] = defaultdict(lambda: {"opened": 0, "completed": 0, "abandoned": 0,
                                                            "abandoned_at_step": Counter()})
        self.guide_feedback: dict[str, Counter] = defaultdict(Counter)
        self.languages: Counter = Counter()
        self.accessibility: Counter = Counter()
        self.prints: dict[str, Counter] = defaultdict(Counter)
        self.help_counts: Counter = Counter()
        self.help_topics: Counter = Counter()
        self.help_outcomes: Counter = Counter()
        self.waits: list[int] = []
        self.handling: list[int] = []
        self.feedback: Counter = Counter()
        self.dropped: Counter = Counter()

    def add(self, kind: str, at: str, session: str | None, f: dict) -> None:
        day = datetime.strptime(at, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC).astimezone(self.tz).date().isoformat()
        if session and session not in self.sessions:
            self.sessions.add(session)
            self.per_day[day] += 1
        if kind == "session.ended":
            self.ended[f.get("reason", "?")] += 1
            self.lengths.append(f.get("length_min", 0))
        elif kind == "tile.opened":
            self.tiles[f["tile"]] += 1
        elif kind == "guide.opened":
            self.guides[f["guide"]]["opened"] += 1
        elif kind == "guide.completed":
            self.guides[f["guide"]]["completed"] += 1
        elif kind == "guide.abandoned":
            self.guides[f["guide"]]["abandoned"] += 1
            self.guides[f["guide"]]["abandoned_at_step"][str(f.get("step"))] += 1
        elif kind == "guide.feedback":
            self.guide_feedback[f["guide"]][f["answer"]] += 1
        elif kind == "language.chosen":
            self.languages[f["lang"]] += 1
        elif kind == "accessibility.used" and f.get("on"):
            self.accessibility[f["mode"]] += 1
        elif kind == "print.finished":
            p = self.prints[f["kind"]]
            p["jobs"] += 1
            p["pages"] += f.get("pages", 0)
            p["failed"] += 0 if f.get("ok") else 1
        elif kind.startswith("help."):
            self._add_help(kind.split(".", 1)[1], f)
        elif kind == "session.feedback":
            self.feedback[f["answer"]] += 1
        elif kind == "usage.dropped":
            self.dropped[f.get("reason", "unknown")] += f.get("count", 0)

    def _add_help(self, action: str, f: dict) -> None:
        self.help_counts[action] += 1
        if action == "requested":
            self.help_topics[f.get("topic", "?")] += 1
        if action == "closed":
            self.help_outcomes[f.get("outcome", "?")] += 1
            if "handling_min" in f:
                self.handling.append(f["handling_min"])
        if action == "called" and "wait_min" in f:
            self.waits.append(f["wait_min"])

    def figures(self, since: date | None, time_zone: str) -> dict:
        help_counts = self.help_counts
        return {
            "since": since.isoformat() if since else None,
            "time_zone": time_zone,
            "sessions": len(self.sessions),
            "sessions_per_day": dict(sorted(self.per_day.items())),
            "sessions_ended": dict(self.ended),
            "session_length_min": {"median": _median(self.lengths), "count": len(self.lengths)},
            "tiles": dict(self.tiles.most_common()),
            "guides": {g: {**v, "abandoned_at_step": dict(v["abandoned_at_step"])}
                       for g, v in sorted(self.guides.items())},
            "guide_feedback": {g: dict(c) for g, c in sorted(self.guide_feedback.items())},
            "languages": dict(self.languages.most_common()),
            "accessibility": dict(self.accessibility.most_common()),
            "prints": {k: dict(v) for k, v in self.prints.items()},
            "help": {"requested": help_counts["requested"], "called": help_counts["called"],
                     "closed": help_counts["closed"], "topics": dict(self.help_topics.most_common()),
                     "outcomes": dict(self.help_outcomes.most_common()),
                     "wait_min_median": _median(self.waits), "handling_min_median": _median(self.handling)},
            "feedback": {a: self.feedback[a] for a in ("yes", "partly", "no", "skipped")},
            "dropped_unsent": sum(self.dropped.values()),
            "dropped_unsent_by_reason": dict(self.dropped),
        }


def sessions_last_days(db, days: int = 30, time_zone: str = "Europe/Helsinki",
                       today: date | None = None) -> list[tuple[str, int]]:
    """[(day, sessions)] for the last `days` days, oldest first, zero days included (admin chart)."""
    tz = ZoneInfo(time_zone)
    today = today or datetime.now(tz).date()
    first = today - timedelta(days=days - 1)
    per_day = summary(db, first, time_zone)["sessions_per_day"]
    return [((first + timedelta(days=i)).isoformat(), per_day.get((first + timedelta(days=i)).isoformat(), 0))
            for i in range(days)]


def text_report(s: dict) -> str:
    """The summary for people: a few lines."""
    lines = [f"Sessions: {s['sessions']}" + (f" since {s['since']}" if s["since"] else "")]
    for day, n in s["sessions_per_day"].items():
        lines.append(f"  {day}: {n}")
    if s["sessions_ended"]:
        lines.append("Ended: " + ", ".join(f"{_ENDED.get(k, k)} {v}" for k, v in s["sessions_ended"].items()))
    if s["session_length_min"]["median"] is not None:
        lines.append(f"Median session length: {s['session_length_min']['median']} min")
    if s["tiles"]:
        lines.append("Services: " + ", ".join(f"{k} {v}" for k, v in s["tiles"].items()))
    for guide, g in s["guides"].items():
        steps = ", ".join(f"step {k}: {v}" for k, v in sorted(g["abandoned_at_step"].items()))
        lines.append(f"Guide {guide}: opened {g['opened']}, completed {g['completed']}, "
                     f"abandoned {g['abandoned']}" + (f" ({steps})" if steps else ""))
    h = s["help"]
    if h["requested"] or h["closed"]:
        lines.append(f"Help: requested {h['requested']}, called {h['called']}, closed {h['closed']}; "
                     f"median wait {h['wait_min_median']} min, median handling {h['handling_min_median']} min")
        if h["outcomes"]:
            lines.append("  outcomes: " + ", ".join(f"{k} {v}" for k, v in h["outcomes"].items()))
    fb = s["feedback"]
    lines.append(f"Got their matter done: yes {fb['yes']}, partly {fb['partly']}, no {fb['no']}, "
                 f"skipped {fb['skipped']}")
    if "outbox" not in s:   # figures from files (kiosk stats --from): no terminal's outbox to tell of
        return "\n".join(lines)
    ob = s["outbox"]
    why = s.get("dropped_unsent_by_reason") or {}
    dropped = f"{s['dropped_unsent']} dropped unsent" + (
        " (" + ", ".join(f"{_DROPPED.get(k, k)} {v}" for k, v in why.items()) + ")" if why else "")
    lines.append(f"Outbox: {ob['pending']} pending, {ob['sent']} sent, {ob['quarantined']} set aside, "
                 f"{ob['expired']} too old for Matomo; {dropped}")
    d = s["delivery"]
    lines.append(f"Delivery: {d['rejected']} rejected by the receiver as invalid, {d['resent']} copies sent again, "
                 f"{d['set_aside']} set aside, {d['waiting']} waiting to be tried again")
    for reason, n in d["set_aside_reasons"].items():
        lines.append(f"  set aside: {n} x {reason}")
    lines.append(f"Clock: {d['corrected']} events re-dated by the clock they were recorded with, "
                 f"{d['estimated']} dated by estimate")
    return "\n".join(lines)


_DROPPED = {"too_old": "older than the age bound", "full": "outbox full", "unknown": "reason not recorded"}
