"""Progress bars show on a terminal and stay out of pipes and CI logs."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from conftest import ROOT, SEEDS


def run_build(tmp_path, *, terminal: bool) -> str:
    command = [sys.executable, "-m", "kg", "build", "--documents", str(SEEDS), "--out", str(tmp_path / "dist"), "--no-cache"]
    if not terminal:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, cwd=ROOT, stdin=follower, stdout=follower, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert process.wait(timeout=120) == 0
    os.close(leader)
    return b"".join(chunks).decode(errors="replace")


def test_a_terminal_sees_the_bar(tmp_path):
    assert "Converting" in run_build(tmp_path, terminal=True)


def test_a_pipe_sees_no_bar(tmp_path):
    assert "Converting" not in run_build(tmp_path, terminal=False)
