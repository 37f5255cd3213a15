"""When an idle session warns and when it ends: pure arithmetic on seconds."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from kiosk.core.config.schema import WARNING_MIN_S


class Phase(enum.Enum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


@dataclass(frozen=True)
class IdleRules:
    """`idle_timeout_s` without input shows a warning lasting `warning_s`."""

    idle_timeout_s: float
    warning_s: float

    def __post_init__(self) -> None:
        if self.warning_s < WARNING_MIN_S:   # the configuration's own lower bound (kiosk/core/config/schema.py)
            raise ValueError(f"the warning must give at least {WARNING_MIN_S} seconds")
        if self.idle_timeout_s <= 0:
            raise ValueError("idle timeout must be positive")

    def phase(self, idle_s: float) -> Phase:
        """Phase after `idle_s` seconds without input."""
        if idle_s < self.idle_timeout_s:
            return Phase.ACTIVE
        if idle_s < self.idle_timeout_s + self.warning_s:
            return Phase.WARNING
        return Phase.EXPIRED

    def seconds_left(self, idle_s: float) -> int:
        """Whole seconds shown on the countdown (never below 0)."""
        left = self.idle_timeout_s + self.warning_s - idle_s
        return max(0, math.ceil(left))

    def next_check_in(self, idle_s: float) -> float:
        """Seconds until the phase may change, or until the next countdown tick."""
        if idle_s < self.idle_timeout_s:
            return self.idle_timeout_s - idle_s
        left = self.idle_timeout_s + self.warning_s - idle_s
        if left <= 0:
            return 0.0
        # Wake when the whole seconds shown on the countdown change.
        frac = left - math.floor(left)
        return frac if frac > 0 else 1.0
