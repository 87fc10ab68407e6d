"""Run a command with its standard output or error on a pseudo-terminal of a given width, as a user's terminal."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios


def on_terminal(argv: list[str], *, columns: int = 100, stream: str = "stdout", timeout: float = 120) -> str:
    """What `argv` wrote to `stream` ("stdout" or "stderr") on a terminal `columns` wide (the other stream is
    dropped)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    other = subprocess.DEVNULL
    proc = subprocess.Popen(argv, env=env, stdout=slave if stream == "stdout" else other,
                            stderr=slave if stream == "stderr" else other)
    os.close(slave)
    chunks = []
    while select.select([master], [], [], timeout)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=timeout)
    os.close(master)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
