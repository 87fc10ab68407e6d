"""Socket Mode recovery bench: how long the real app takes to be connected again after each kind of break.

    python bench/socket_mode.py                 # 3 rounds of each case with our settings, then the stock handler
    python bench/socket_mode.py --rounds 5 --only ours

All on 127.0.0.1: the Slack stand-in answers apps.connections.open, tests/e2e/socket_server.py is the Socket
Mode server. For each case the clock starts when the server breaks the connection and stops when the app has
opened a new one AND acknowledged an envelope sent on it (so "reconnected" means "answering again"):

* close    — the server sends a close frame (1001) and closes;
* drop     — the server closes TCP with no close frame;
* refresh  — the server sends {"type": "disconnect", "reason": "refresh_requested"};
* dead     — the server keeps the TCP connection but stops answering anything (a silently dead path).

Targets (issue 13): reconnect within 2 s of a close, within 15 s of a silent drop.

    python bench/socket_mode.py --closes 16     # how often closing hangs (the server never answers our close,
                                                # two threads keep the GIL busy, as on a loaded box)

A close that has not returned after CLOSE_LIMIT_S counts as hung (then it is released by hand).

    python bench/socket_mode.py --acks 200      # envelope-to-ack time of pasted articles, one at a time: the
                                                # event kept in the inbox then acked (`bot.socket_door`, what
                                                # `whosaid serve` runs) against Bolt's listener in the ack's path
"""
from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import create_app  # noqa: E402 - after the sys.path set-up above
from bot.demo.run import local_settings  # noqa: E402 - after the sys.path set-up above
from bot.demo.signing import event_callback, message_event  # noqa: E402 - after the sys.path set-up above
from bot.demo.standin import SlackStandIn  # noqa: E402 - after the sys.path set-up above
from bot.slack.socket_mode import close_socket_mode, open_socket_mode  # noqa: E402 - after the sys.path set-up above
from bot.socket_door import SocketDoor  # noqa: E402 - after the sys.path set-up above
from store import Store  # noqa: E402 - after the sys.path set-up above
from tests.e2e.articles import BRIDGE  # noqa: E402 - after the sys.path set-up above
from tests.e2e.socket_server import APP_TOKEN, SocketModeServer  # noqa: E402 - after the sys.path set-up above

CASES = ("close", "drop", "refresh", "dead")
LIMIT_S = 90.0  # a case that has not recovered by then is reported as "no reconnect"


def _break(server: SocketModeServer, case: str) -> None:
    {"close": lambda: server.close_current(1001), "drop": server.drop_current,
     "refresh": server.request_refresh, "dead": server.freeze_current}[case]()


def _recovery(server: SocketModeServer, standin: SlackStandIn, case: str) -> float | None:
    before = len(server.connections())
    t0 = time.monotonic()
    _break(server, case)
    try:
        server.wait_connected(before + 1, timeout=LIMIT_S)
        env = server.send("events_api", event_callback(message_event("ping", ts=standin.next_ts())))
        server.wait_ack(env, timeout=LIMIT_S)
    except TimeoutError:
        return None
    return time.monotonic() - t0


def acks(label: str, count: int, *, door: bool) -> None:
    """`count` pasted articles sent one at a time (each a new message): how long each waits for its ack."""
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, SlackStandIn() as standin, SocketModeServer(standin) as server:
        settings = replace(local_settings(standin, Path(tmp) / "bench.db"), slack_app_token=APP_TOKEN)
        store = Store.open(settings.db_path)
        app = create_app(settings, store)  # no workers: the jobs stay queued, the acks are what is measured
        socket_door = SocketDoor(settings, store, app) if door else None
        if socket_door is not None:
            socket_door.open()
            handler = socket_door.handler
        else:
            handler = open_socket_mode(app, APP_TOKEN)
        try:
            server.wait_connected()
            for _ in range(count):
                ts = standin.next_ts()
                t0 = time.monotonic()
                env = server.send("events_api", event_callback(message_event(BRIDGE, ts=ts)))
                server.wait_ack(env, timeout=LIMIT_S)
                times.append(time.monotonic() - t0)
        finally:
            if socket_door is not None:
                socket_door.close()
            else:
                close_socket_mode(handler)
            store.close()
    q = statistics.quantiles(times, n=100)
    print(f"\n{label}\n  {count} acks: p50 {q[49] * 1000:.1f} ms, p95 {q[94] * 1000:.1f} ms, "
          f"p99 {q[98] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")


def run(label: str, rounds: int, *, stock: bool) -> dict[str, list[float | None]]:
    results: dict[str, list[float | None]] = {c: [] for c in CASES}
    with tempfile.TemporaryDirectory() as tmp, SlackStandIn() as standin, SocketModeServer(standin) as server:
        settings = replace(local_settings(standin, Path(tmp) / "bench.db"), slack_app_token=APP_TOKEN)
        store = Store.open(settings.db_path)
        app = create_app(settings, store)
        socket_door = None
        if stock:  # slack_bolt's default: built-in client, ping_interval 5 s, no watchdog
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            handler = SocketModeHandler(app, APP_TOKEN)
            handler.connect()
        else:  # what `whosaid serve` runs
            socket_door = SocketDoor(settings, store, app)
            socket_door.open()
            handler = socket_door.handler
        try:
            server.wait_connected()
            for case in CASES:
                for _ in range(rounds):
                    results[case].append(_recovery(server, standin, case))
                    time.sleep(0.3)
        finally:
            if socket_door is not None:
                socket_door.close()
            else:
                handler.close()
            store.close()
    _print(label, results)
    return results


CLOSE_LIMIT_S = 20.0


def closes(label: str, rounds: int, *, stock: bool) -> None:
    """Open, make the connection silently dead, close while two threads keep the GIL busy: how many closes hang."""
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            pass

    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.05)  # long GIL turns, like a thread parsing an article
    hogs = [threading.Thread(target=busy, daemon=True) for _ in range(2)]
    for t in hogs:
        t.start()
    times: list[float | None] = []
    try:
        with tempfile.TemporaryDirectory() as tmp, SlackStandIn() as standin, SocketModeServer(standin) as server:
            settings = local_settings(standin, Path(tmp) / "bench.db")
            store = Store.open(settings.db_path)
            app = create_app(settings, store)
            for i in range(rounds):
                handler = open_socket_mode(app, APP_TOKEN, watchdog=False)
                server.wait_connected(i + 1)
                server.freeze_current()
                closing = threading.Thread(target=handler.close if stock else lambda: close_socket_mode(handler),
                                           daemon=True)
                t0 = time.monotonic()
                closing.start()
                closing.join(CLOSE_LIMIT_S)
                times.append(None if closing.is_alive() else time.monotonic() - t0)
                if closing.is_alive():
                    handler.client.current_session_state.terminated = True  # release it
                    closing.join(CLOSE_LIMIT_S)
            store.close()
    finally:
        stop.set()
        sys.setswitchinterval(switch)
    ok = [x for x in times if x is not None]
    print(f"\n{label}\n  closes: {len(times)}, hung (> {CLOSE_LIMIT_S:g} s): {len(times) - len(ok)}"
          + (f", the others median {statistics.median(ok):.2f} s, max {max(ok):.2f} s" if ok else ""))


def _print(label: str, results: dict[str, list[float | None]]) -> None:
    print(f"\n{label}")
    print(f"  {'case':<8} {'median s':>9} {'max s':>7}  rounds")
    for case, xs in results.items():
        ok = [x for x in xs if x is not None]
        failed = len(xs) - len(ok)
        med = f"{statistics.median(ok):9.2f}" if ok else "        -"
        mx = f"{max(ok):7.2f}" if ok else "      -"
        extra = f"  ({failed} did not reconnect within {LIMIT_S:g} s)" if failed else ""
        print(f"  {case:<8} {med} {mx}  {' '.join('-' if x is None else f'{x:.2f}' for x in xs)}{extra}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", choices=("ours", "stock"))
    ap.add_argument("--closes", type=int, metavar="N", help="instead: N closes of a silently dead connection")
    ap.add_argument("--acks", type=int, metavar="N", help="instead: N envelope-to-ack times, one at a time")
    args = ap.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    if args.acks:
        acks("whosaid: event kept in the inbox, then acked (bot.socket_door)", args.acks, door=True)
        acks("Bolt's listener in the ack's path (open_socket_mode without an inbox)", args.acks, door=False)
        return
    if args.closes:
        if args.only != "stock":
            closes("whosaid: close_socket_mode", args.closes, stock=False)
        if args.only != "ours":
            closes("stock: SocketModeHandler.close()", args.closes, stock=True)
        return
    if args.only != "stock":
        run("whosaid (bot.socket_door: built-in client, ping every 2 s, watchdog, events kept in the inbox)", args.rounds, stock=False)
    if args.only != "ours":
        run("stock slack_bolt SocketModeHandler (built-in client, ping every 5 s)", args.rounds, stock=True)


if __name__ == "__main__":
    main()
