"""Hybrid logical clock: wall time in milliseconds, a counter, and the device.

A stamp is a string that sorts as the clock does: 13 digits of milliseconds, 5 of counter,
then the device id. Ordering never depends on one device's wall clock alone: a device that
has seen a stamp never issues a smaller one, whatever its own clock says.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.domain.errors import AppError

COUNTER_LIMIT = 99_999  # five digits in a stamp


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        try:
            wall, counter, device = text.split(".", 2)
            digits = wall + counter
            if len(wall) != 13 or len(counter) != 5 or not device:
                raise ValueError(text)
            if not (digits.isascii() and digits.isdigit()):  # no sign, no other scripts' digits
                raise ValueError(text)
            return cls(int(wall), int(counter), device)
        except ValueError:
            raise AppError("hlc.invalid", value=text) from None


@dataclass
class Clock:
    """The device's clock state; the store persists `wall_ms` and `counter` after each use."""

    device: str
    wall_ms: int = 0
    counter: int = 0

    def tick(self, now_ms: int) -> Stamp:
        """A new stamp for a local event, later than every stamp seen so far."""
        if now_ms > self.wall_ms:
            self.wall_ms, self.counter = now_ms, 0
        else:
            self.counter += 1
            if self.counter > COUNTER_LIMIT:
                # more events in one millisecond than the counter holds: borrow the next one
                self.wall_ms, self.counter = self.wall_ms + 1, 0
        return Stamp(self.wall_ms, self.counter, self.device)

    def observe(self, stamp: Stamp) -> None:
        """Move past a stamp received from another device, so later local stamps sort after it."""
        self.wall_ms, self.counter = max(
            (self.wall_ms, self.counter), (stamp.wall_ms, stamp.counter)
        )
