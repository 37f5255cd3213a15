"""The health gate of a new release: "trial" until the kiosk drew home on it, else back by itself.

Modelled on RAUC's and Mender's A/B "mark good": the bootloader counts boots of
the new slot and falls back when it is not confirmed in time. Here the slots
are /opt/digipiste/current and previous, the boot counter is kept by the
kiosk unit's ExecStartPre (`kiosk update --gate`, run from the *previous*
release, the one known to work), and the confirmation is the ready marker the
kiosk writes after READY with the home screen drawn (kiosk.core.fleet.ready).

Pure: the caller reads the files and the clock, applies the verdict.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

# A release that has not drawn home after this many starts is rolled back
# before the next one. Below the kiosk unit's StartLimitBurst=5, so the gate
# acts before systemd gives up and starts the recovery screen.
MAX_STARTS = 3
# A kiosk that runs but never says it drew home (no READY, or the marker cannot
# be written) is rolled back this long after its first start in this boot.
# systemd already kills a start without READY after TimeoutStartSec=90.
LIMIT_S = 15 * 60


class Action(enum.Enum):
    WAIT = "wait"            # still on trial
    GOOD = "good"            # drew home: mark good, the trial ends
    ROLL_BACK = "roll back"  # previous becomes current again
    DROP = "drop"            # current is no longer the trial release (changed by hand): forget the trial


@dataclass(frozen=True)
class Trial:
    """A release switched to but not yet marked good (the gate's whole memory, kept in trial.json)."""

    release: str            # folder name under releases/, as the current link names it
    previous: str           # the folder that was current before: the one to go back to
    version: str
    sha256: str = ""        # the archive's, so a rolled-back archive is not taken again
    switched_at: float = 0.0
    boot_id: str = ""
    first_start: float | None = None   # first start of the trial release in this boot
    starts: int = 0

    def to_json(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict) -> "Trial":
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**fields)


@dataclass(frozen=True)
class Verdict:
    action: Action
    reason: str


def started(trial: Trial, now: float, boot_id: str) -> Trial:
    """The kiosk unit is starting the trial release once more. A new boot restarts the clock
    (a terminal switched off at night has not failed), not the count of starts."""
    first = trial.first_start if trial.first_start is not None and trial.boot_id == boot_id else now
    return replace(trial, starts=trial.starts + 1, first_start=first, boot_id=boot_id)


def judge(trial: Trial, *, current: str, ready_release: str | None, now: float, boot_id: str,
          max_starts: int = MAX_STARTS, limit_s: float = LIMIT_S) -> Verdict:
    """What to do with the release on trial now."""
    if current != trial.release:
        return Verdict(Action.DROP, f"current is {current or 'nothing'}, not the release on trial "
                                    f"{trial.release} (changed by hand?)")
    if ready_release == trial.release:
        return Verdict(Action.GOOD, f"{trial.version} drew home after {trial.starts} start(s)")
    if trial.starts > max_starts:
        return Verdict(Action.ROLL_BACK, f"{trial.version} did not draw home in {max_starts} starts "
                                         "(it crashed or never became ready)")
    if trial.first_start is not None and trial.boot_id == boot_id and now - trial.first_start > limit_s:
        return Verdict(Action.ROLL_BACK, f"{trial.version} did not draw home within {int(limit_s // 60)} minutes "
                                         "of its first start")
    return Verdict(Action.WAIT, f"{trial.version} on trial ({trial.starts} start(s), not yet ready)")
