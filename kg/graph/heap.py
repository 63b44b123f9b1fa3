"""How the build's main process keeps its large blocks of memory.

The main process joins and encodes strings of megabytes (runs of sorted lines, N-Quads, chunks of the
exports); glibc gives each block over its (adaptive) mapping threshold a mapping of its own and unmaps it
when freed, so every new one faults its pages in afresh: half the build's minor page faults. glibc raises
that threshold as it sees blocks freed, up to 32 MB; set there from the start, a freed block is reused.
"""

from __future__ import annotations

import ctypes

_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt's parameters, from glibc's malloc.h
MMAP_THRESHOLD = 32 << 20  # the most glibc's adaptive threshold reaches on 64 bits, from the start
TRIM_THRESHOLD = 128 << 20  # free memory at the heap's top kept up to this much (glibc adapts it up to 64 MB)


def keep_large_blocks() -> bool:
    """Ask glibc to serve large blocks from the heap and keep freed ones; False where there is no glibc."""
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own symbols: libc's where glibc is linked
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
