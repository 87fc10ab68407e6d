"""Make a file or folder really read-only for the test process, even when tests run as root (where permission
bits do not stop writes): `chattr +i` as root, `chmod a-w` otherwise; skips the test if neither is possible."""
from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    done: list[Path] = []
    root = os.geteuid() == 0
    try:
        for p in paths:
            if root:
                r = subprocess.run(["chattr", "+i", str(p)], capture_output=True, text=True)
                if r.returncode != 0:
                    pytest.skip(f"cannot make {p} read-only as root: {r.stderr.strip()}")
            else:
                p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            done.append(p)
        probe = paths[0] / "probe" if paths[0].is_dir() else paths[0]
        try:
            with open(probe, "a"):
                pass
            pytest.skip("this file system ignores read-only settings")
        except OSError:
            pass
        yield
    finally:
        for p in reversed(done):
            if root:
                subprocess.run(["chattr", "-i", str(p)], check=True)
            else:
                p.chmod(p.stat().st_mode | stat.S_IWUSR)
