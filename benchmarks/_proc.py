"""Process helpers for benchmarks: run a command and sample its process tree's memory."""

from __future__ import annotations

import contextlib
import subprocess
import threading
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            kids += [int(x) for x in (task / "children").read_text().split()]
    return kids


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(pid: int) -> tuple[int, int]:
    """Return (RSS of ``pid``, RSS of ``pid`` and all its descendants), in KiB."""
    own = _rss_kib(pid)
    total, stack = own, _children(pid)
    while stack:
        child = stack.pop()
        total += _rss_kib(child)
        stack += _children(child)
    return own, total


def run_measured(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int, int, str]:
    """Run ``cmd``; return (seconds, peak main RSS KiB, peak tree RSS KiB, output tail)."""
    peak_main = peak_tree = 0
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_main, peak_tree
        while not done.is_set():
            own, tree = tree_rss_kib(proc.pid)
            peak_main, peak_tree = max(peak_main, own), max(peak_tree, tree)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{output[-3000:]}")
    return elapsed, peak_main, peak_tree, output[-500:]
