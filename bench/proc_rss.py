"""Peak memory and CPU time of processes, read from /proc (Linux): for the load bench's `whosaid serve` subprocess."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by process `pid` (not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # fields 14, 15: utime, stime


def listening_pids(port: int) -> list[int]:
    """The processes holding the socket that listens on `port` (Linux /proc)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        f = line.split()
        if int(f[1].rsplit(":", 1)[1], 16) == port and f[3] == "0A":  # 0A: LISTEN
            inodes.add(f"socket:[{f[9]}]")
    pids = []
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.readlink(fd) in inodes for fd in fd_dir.iterdir()):
                pids.append(int(fd_dir.parent.name))
        except OSError:  # gone, or not ours to read
            continue
    return sorted(pids)


def group_rss_kb(pgid: int) -> int:
    """Summed VmRSS (kB) of every process in process group `pgid`."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # field 5 of /proc/PID/stat: the process group
                continue
            for line in (stat.parent / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total


class PeakRss:
    """Samples the group of whatever process `proc()` returns (it may be restarted) every 0.2 s; keeps the peak."""

    def __init__(self, proc: Callable[[], subprocess.Popen | None]):
        self.proc = proc
        self.peak_kb = 0
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            p = self.proc()
            if p is not None and p.poll() is None:
                self.peak_kb = max(self.peak_kb, group_rss_kb(p.pid))
            time.sleep(0.2)

    def stop(self) -> None:
        self._stop.set()
