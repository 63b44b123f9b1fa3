"""Where the time goes: a stage timer the build can fill in, for benchmarks."""

from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager


class Stages:
    """Seconds spent per named stage, summed over every call.

    >>> stages = Stages()
    >>> with stages("parse"):
    ...     pass
    >>> list(stages.seconds)
    ['parse']
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def __call__(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started


class NoStages(Stages):
    """A timer that records nothing (the default)."""

    @contextmanager
    def __call__(self, name: str):
        yield
