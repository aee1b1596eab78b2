"""Start the real ``newstally serve`` on a free loopback port and stop it again: what the browser
tests and the load benchmark (bench/web_bench.py) both do.

    >>> from newstally.web.running import running_server
    >>> with running_server("demo.db") as server:                        # doctest: +SKIP
    ...     httpx.get(server.base + "/api/health").json()
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import httpx

__all__ = ["RunningServer", "cpu_seconds", "free_port", "running_server"]


class RunningServer(NamedTuple):
    base: str  # http://127.0.0.1:PORT
    pid: int  # the command's process (its workers are its children)


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by process ``pid`` and its children still running (Linux ``/proc``;
    0.0 elsewhere): what a request costs the server, whatever else the machine runs."""
    total, todo, seen = 0.0, [pid], set()
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on just now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _command() -> list[str]:
    exe = Path(sys.executable).with_name("newstally")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from newstally.cli import main; main()"]


@contextmanager
def running_server(db: str, args: Sequence[str] = (), *, timeout: float = 30.0) -> Iterator[RunningServer]:
    """``newstally serve --db DB ARGS`` on a free 127.0.0.1 port, answering ``/api/health``;
    yields its base URL (``http://127.0.0.1:PORT``) and process id, and stops it when the block
    ends. A server that exits first raises ``RuntimeError`` with what it printed."""
    port = free_port()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        proc = subprocess.Popen([*_command(), "serve", "--db", db, "--port", str(port), *args],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        base = f"http://127.0.0.1:{port}"

        def printed() -> str:
            errors.seek(0)
            return errors.read()[-4000:]

        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if proc.poll() is not None:
                    raise RuntimeError(f"newstally serve stopped (exit {proc.returncode}): {printed()}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"newstally serve did not answer in {timeout:.0f}s: {printed()}")
                time.sleep(0.1)
            yield RunningServer(base, proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
