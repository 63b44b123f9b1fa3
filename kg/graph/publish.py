"""Publishing a build: it writes a staging folder beside ``out`` that replaces ``out`` in two renames, one
build at a time, and the next build puts right what a killed one left (its staging folder; ``out`` renamed
``out.old`` if it was killed between the two renames).
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class OutputBusy(RuntimeError):
    """Another build is writing the same output folder."""


def _old(out: Path) -> Path:
    return out.with_name(out.name + ".old")


def _staging_name(out: Path) -> re.Pattern:
    """The names :func:`tempfile.mkdtemp` gives staging folders: ``.{out}-`` and 8 random characters."""
    return re.compile(rf"\.{re.escape(out.name)}-[a-z0-9_]{{8}}")


@contextmanager
def publishing(out: Path) -> Iterator[None]:
    """Hold ``out`` for one build, and first put right what a killed build left there.

    The lock is a POSIX record lock on ``.{out}.lock``: it goes with the process that holds it, even when
    killed, and the converter's forked workers do not inherit it, so a lingering worker of a killed build
    does not keep the next one out. The file is removed while still locked, so none is left behind."""
    out.parent.mkdir(parents=True, exist_ok=True)
    path = out.parent / f".{out.name}.lock"
    with _locked(path, out):
        try:
            _recover(out)
            yield
        finally:
            path.unlink(missing_ok=True)


@contextmanager
def _locked(path: Path, out: Path) -> Iterator[None]:
    while True:
        with open(path, "a") as lock:
            try:
                fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise OutputBusy(f"{out}: another build is writing it; run this one when it ends") from None
            try:
                current = path.stat().st_ino == os.fstat(lock.fileno()).st_ino
            except FileNotFoundError:
                current = False
            if current:  # else the holder removed the file as we opened it: lock the one there now
                yield
                return


def _recover(out: Path) -> None:
    old = _old(out)
    if old.is_dir():
        if out.exists():
            shutil.rmtree(old)
        else:
            os.replace(old, out)
    pattern = _staging_name(out)
    for folder in out.parent.iterdir():
        if pattern.fullmatch(folder.name) and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def staging_folder(out: Path) -> Path:
    """A new, empty folder beside ``out`` for a build to write into (readable by others, as ``out`` is)."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    staging.chmod(0o755)
    return staging


def replace(new: Path, out: Path) -> None:
    """Put ``new`` in place of ``out``: the old output is renamed aside, then removed."""
    old = _old(out)
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    if old.exists():
        shutil.rmtree(old)
