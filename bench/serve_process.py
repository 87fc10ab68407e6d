"""`whosaid serve --http` in a subprocess, for the load bench (bench/load.py samples its memory with
bench/proc_rss.py) and the crash/restart test (tests/e2e/test_restart.py kills and restarts it)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent  # bench/serve_process.py -> the checkout


def serve_command() -> list[str]:
    """The command line of `whosaid serve --http` from this virtualenv."""
    exe = shutil.which("whosaid", path=str(Path(sys.executable).parent)) or shutil.which("whosaid")
    return [exe, "serve", "--http"] if exe else [sys.executable, "-c", "from bot.cli import main; main()", "serve", "--http"]


class ServeProcess:
    """`whosaid serve --http` in a subprocess (its own session, so it can be killed)."""

    def __init__(self, env: dict[str, str], port: int, log_path: str | os.PathLike, cmd: list[str] | None = None):
        self.env, self.port, self.log_path = env, port, Path(log_path)
        self.cmd = cmd or serve_command()
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    def start(self, timeout: float = 90.0) -> float:
        t0 = time.monotonic()
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(self.cmd, env=self.env, cwd=str(REPO_ROOT), stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.starts += 1
        url = f"http://127.0.0.1:{self.port}/healthz"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while time.monotonic() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}; see {self.log_path}")
            try:
                with opener.open(url, timeout=1) as r:
                    if r.status == 200:
                        return time.monotonic() - t0
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"the app was not healthy within {timeout:.0f}s; see {self.log_path}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
