"""No network for the processes that evaluate queries and updates, enforced by the kernel.

A query check can be wrong; the kernel cannot be talked around. Each worker installs a seccomp filter
before it takes its first job: ``socket()`` succeeds only for ``AF_UNIX`` (the pipe to the server), so
no IPv4, IPv6, packet or netlink socket can be made, and ``io_uring`` (which can open sockets itself) is
refused. Sockets the worker inherited from the server are closed first. The filter lasts for the life
of the process and every child it forks; nothing can lift it. Where the kernel cannot install it (not
Linux, an unknown architecture), :func:`check` says so and ``kg serve`` refuses to start.

The same processes share the other limits kept here: a cap on the memory they may add, and a thread with a
large stack for their work (a long chain in a query or update recurses in the parser, and the main
thread's 8 MiB would overflow).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import platform
import resource
import signal
import socket
import stat
import struct
import threading
from typing import Callable

PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO = 0x7FFF0000, 0x00050000
LD_W_ABS, JEQ_K, JGE_K, RET_K = 0x20, 0x15, 0x35, 0x06
STACK = 512 * 2**20
# architecture -> (AUDIT_ARCH, socket, io_uring_setup, first number of a foreign ABI or None)
ARCHITECTURES = {
    "x86_64": (0xC000003E, 41, 425, 0x40000000),  # numbers from 0x40000000 are the x32 ABI
    "aarch64": (0xC00000B7, 198, 425, None),
}


class SandboxError(RuntimeError):
    """The platform cannot keep worker processes off the network."""


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _program(arch: int, sys_socket: int, sys_io_uring: int, foreign: int | None) -> bytes:
    """The BPF program: right architecture, then socket() only for AF_UNIX, no io_uring."""
    deny = SECCOMP_RET_ERRNO | errno.EACCES
    code = [(LD_W_ABS, 0, 0, 4), (JEQ_K, 1, 0, arch), (RET_K, 0, 0, deny), (LD_W_ABS, 0, 0, 0)]
    if foreign is not None:
        code += [(JGE_K, 0, 1, foreign), (RET_K, 0, 0, deny)]
    code += [(JEQ_K, 0, 1, sys_io_uring), (RET_K, 0, 0, deny),
             (JEQ_K, 0, 3, sys_socket), (LD_W_ABS, 0, 0, 16), (JEQ_K, 1, 0, socket.AF_UNIX),
             (RET_K, 0, 0, deny), (RET_K, 0, 0, SECCOMP_RET_ALLOW)]
    return b"".join(struct.pack("HBBI", *instruction) for instruction in code)


def _close_inherited_sockets(keep: set[int]) -> None:
    """Close every socket but the ones to keep: a worker must not reach a client's connection."""
    try:
        descriptors = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in descriptors:
        if fd in keep:
            continue
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:
            pass


def deny_network(*, keep: set[int] = frozenset()) -> None:
    """Make this process (and its children) unable to open any network socket, for good."""
    numbers = ARCHITECTURES.get(platform.machine())
    if os.name != "posix" or platform.system() != "Linux" or numbers is None:
        raise SandboxError(f"cannot forbid network access on {platform.system()} {platform.machine()}: "
                           "query workers need Linux (x86_64 or aarch64) with seccomp")
    _close_inherited_sockets(set(keep))
    program = _program(*numbers)
    buffer = ctypes.create_string_buffer(program)
    fprog = _Filter(len(program) // 8, ctypes.addressof(buffer))
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, None, 0, 0) != 0:
        raise SandboxError(f"prctl(NO_NEW_PRIVS) failed: {os.strerror(ctypes.get_errno())}")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0) != 0:
        raise SandboxError(f"the kernel refused the seccomp filter: {os.strerror(ctypes.get_errno())}")


def cap_memory(extra: int) -> None:
    """Let this process grow by at most ``extra`` bytes of address space from now on (RLIMIT_AS)."""
    with open("/proc/self/status", encoding="ascii") as status:
        size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))


def on_large_stack(target: Callable, *args) -> None:
    """Run ``target(*args)`` on a thread with a :data:`STACK`-byte stack, and wait for it."""
    threading.stack_size(STACK)
    worker = threading.Thread(target=target, args=args)
    worker.start()
    worker.join()


def exit_reason(process) -> str:
    """How a (multiprocessing) process that stopped answering ended, in words: "was killed by SIGSEGV"."""
    process.join(timeout=1)
    code = process.exitcode
    if code is None:
        return "stopped answering"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


def network_denied() -> bool:
    """Whether this process can no longer open an IPv4 or IPv6 socket."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.socket(family, socket.SOCK_STREAM).close()
        except PermissionError:
            continue
        except OSError as problem:
            if problem.errno in (errno.EAFNOSUPPORT,):
                continue
            return False
        return False
    return True


def check() -> None:
    """Raise SandboxError unless a forked process here can be kept off the network.

    Run once at start-up, so that a platform without seccomp fails loudly rather than serving unguarded."""
    if not hasattr(os, "fork"):
        raise SandboxError("cannot forbid network access: this platform cannot fork worker processes")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read)
        try:
            deny_network()
            message = b"ok" if network_denied() else b"the filter was installed but a socket could still be made"
        except BaseException as problem:  # noqa: BLE001 - everything goes back to the parent
            message = str(problem).encode()
        os.write(write, message[:4000])
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        message = pipe.read().decode(errors="replace")
    os.waitpid(pid, 0)
    if message != "ok":
        raise SandboxError(message or "the sandbox check died")
