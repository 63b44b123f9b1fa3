"""The build's main process asks glibc to keep large blocks; elsewhere the request is a no-op."""

from __future__ import annotations

import sys

from kg.graph.heap import keep_large_blocks


def test_glibc_keeps_large_blocks():
    assert keep_large_blocks() is (sys.platform == "linux")
