"""Progress bars for long runs: drawn on a terminal, silent in CI logs and pipes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import click

Advance = Callable[[int], None]
Progress = Callable[[int, str], AbstractContextManager[Advance]]


@contextmanager
def quiet(total: int, label: str) -> Iterator[Advance]:
    """No bar (the library default).

    >>> with quiet(3, "Converting") as advance:
    ...     advance(1)
    """
    yield lambda done: None


@contextmanager
def bar(total: int, label: str, *, enabled: bool | None = None) -> Iterator[Advance]:
    """A bar on stderr when it is a terminal (or when ``enabled``), else nothing."""
    if not (sys.stderr.isatty() if enabled is None else enabled) or total <= 0:
        yield lambda done: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True, show_eta=True) as shown:
        yield shown.update
