"""Load bench: a burst of signed Slack message events against the real app, all on 127.0.0.1.

    python bench/load.py                      # 500 events, 50 in flight, app in a `whosaid serve --http` subprocess
    python bench/load.py --events 100 --concurrency 20
    python bench/load.py --kill               # SIGKILL the app mid-burst, restart it, check exactly-once
    python bench/load.py --in-process         # app in this process (no `whosaid serve` needed)
    python bench/load.py --sequential 30      # reply latency as a person feels it: one ~1,000-word article at a
                                              # time on a warm server, event delivery -> thread reply (p50/p95)

A mix of pasted articles and links (served by a local HTTP server) goes to the app; the Slack Web API is the
bundled stand-in (bot.demo.standin). Every accepted message must end with exactly one thread reply or one recorded
failure. Reports ack latency p50/p99 (target p99 <= 100 ms), end-to-end reply latency p50/p95, peak RSS of the
app, and totals. Bounded: a fixed number of events and an overall --timeout; it always stops by itself.
The Slack stand-in and the article server, which stand for servers elsewhere, run at a lower CPU priority than the
app and the sender (`stand_ins_yield_the_cpu`). The burst's requests are signed and built before it starts and sent
from a separate process by one `selectors`
loop over non-blocking sockets (no thread, urllib opener or coroutine per request, so the sender is not the
bottleneck: about 0.1 ms of CPU per request; a new connection per request);
beside the sender's ack times the bench reports the app's own handling time (its Server-Timing header), acks per
second and the CPU time per event during the burst of the main process and of the Events endpoint's own process.
With --kill the senders stay in this process, because they must wait for the restarted app to redeliver.

Like Slack, a sender whose delivery fails (connection refused / 5xx / timeout, e.g. while the app is down)
redelivers the same event_id with X-Slack-Retry-Num, up to 3 times.
"""
from __future__ import annotations

import argparse
import errno
import json
import multiprocessing
import os
import random
import re
import resource
import selectors
import shutil
import signal
import socket
import sqlite3
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from proc_rss import PeakRss, cpu_seconds, listening_pids  # noqa: E402 - bench/proc_rss.py, next to this script
from serve_process import ServeProcess  # noqa: E402 - bench/serve_process.py, next to this script

from bot.demo.run import ArticleServer, LocalBot, find_seeds, free_port, local_env, local_settings  # noqa: E402 - after the sys.path set-up above
from bot.demo.signing import (  # noqa: E402 - after the sys.path set-up above
    SignedPoster,
    event_callback,
    message_event,
    new_event_id,
    signed_headers,
)
from bot.demo.standin import SlackStandIn  # noqa: E402 - after the sys.path set-up above
from handlers.common import looks_like_article  # noqa: E402 - after the sys.path set-up above

CHANNEL = "C0LOADTEST"
MAX_REDELIVERIES = 3
STALL_S = 15.0  # nothing queued or running and no new outcome for this long: stop waiting

TEMPLATES = [
    ("Port Ellis council approves new harbour bridge",
     "The city council of Port Ellis voted on Tuesday to approve a new bridge across the harbour.\n\n"
     "\"We have waited twenty years for this bridge, and now it will finally be built,\" said Jane Holloway, "
     "the mayor of Port Ellis.\n\nOpposition leader Marcus Bennett was not convinced. \"The budget is a fantasy and "
     "the taxpayers will pay for it,\" Bennett told reporters after the vote.\n\n\"The structure is designed to last "
     "for more than a century,\" said Priya Raman, the chief engineer of the project.\n\nConstruction is expected to "
     "begin next spring."),
    ("Regional hospital opens new cancer ward",
     "A new cancer ward opened at the regional hospital on Monday after three years of building work.\n\n"
     "\"Patients will no longer have to travel two hours for treatment,\" said Dr. Helen Marsh, the head of oncology "
     "at the hospital.\n\nThe health minister, Tom Okafor, said the government would fund two more wards next year. "
     "\"This is only the beginning of our plan,\" he told a press conference.\n\nUnions welcomed the news but warned "
     "about staff shortages. \"We need nurses, not just buildings,\" said Carla Diaz, a spokeswoman for the nurses' "
     "union."),
]


POLNEAR_TRAIN = ROOT.parent / "shared" / "bench" / "polnear" / "polnear_train.jsonl"


def real_stories(min_words: int, max_words: int) -> list[tuple[str, str]]:
    """(title, text) of PolNeAR's train articles of that length, each a different real story ([] without
    ../shared): since issue 11 the log answers a near-duplicate from what it has read, without extracting, so
    copies of a few templates would not load the extraction side."""
    if not POLNEAR_TRAIN.is_file():
        return []
    rows = [json.loads(line) for line in POLNEAR_TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()]
    # only what the app takes for an article (quote marks or reporting verbs): the rest is chatter it ignores
    return [(r["text"].split("\n", 1)[0][:120], r["text"]) for r in rows
            if min_words <= len(r["text"].split()) <= max_words and looks_like_article(r["text"], 400)]


def articles() -> list[tuple[str, str]]:
    """Different stories for a burst (real news when ../shared is there), else templates and the seeds."""
    real = real_stories(150, 1100)
    if len(real) >= 200:
        return real
    out = list(TEMPLATES)
    try:
        for p in find_seeds():
            text = p.read_text(encoding="utf-8", errors="replace")
            title = next((ln.strip() for ln in text.splitlines() if ln.strip()), p.stem)
            out.append((title, text))
    except Exception:  # noqa: BLE001 - seeds are optional here
        pass
    return out


def unique_text(title: str, body: str, i: int) -> str:
    """A distinct article per event (so nothing is deduplicated by content)."""
    return f"{title}\n\nDispatch {i} from the load-test desk.\n\n{body}"


@dataclass
class Sent:
    i: int
    ts: str
    kind: str  # paste | link
    event_id: str
    t_send: float = 0.0  # first attempt (monotonic)
    ack_s: float | None = None  # latency of the delivery that got 200
    status: int | None = None
    attempts: int = 0
    errors: list[str] = field(default_factory=list)
    app_ms: float | None = None  # the app's own handling time (Server-Timing), when it answered


def server_ms(headers: dict[str, str]) -> float | None:
    """The app's handling time from its `Server-Timing: app;dur=12.3` header."""
    for k, v in headers.items():
        if k.lower() == "server-timing":
            m = re.search(r"dur=([0-9.]+)", v)
            return float(m.group(1)) if m else None
    return None


def _raw_request(url: str, body: str, headers: dict[str, str]) -> bytes:
    """One HTTP/1.1 POST as bytes, built before the burst (the sender then only writes and reads)."""
    u = urlsplit(url)
    data = body.encode("utf-8")
    lines = [f"POST {u.path} HTTP/1.1", f"Host: {u.netloc}", f"Content-Length: {len(data)}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data


def _parse_response(raw: bytes) -> tuple[int, dict[str, str]]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
    return int(head[0].split()[1]), headers


@dataclass
class _InFlight:
    key: int
    rest: memoryview  # what is still to be written
    t_wall: float  # CLOCK_MONOTONIC is system-wide on Linux: comparable with the stand-in's
    t0: float
    chunks: list[bytes] = field(default_factory=list)


def _send_all(url: str, requests: list[tuple[int, bytes]], concurrency: int, timeout: float) -> dict[int, tuple]:
    """`concurrency` requests in flight: a new connection per request (as a fresh delivery), non-blocking sockets
    on one `selectors` loop. About 0.1 ms of CPU per request on this machine, a third of an asyncio-streams sender's,
    so the sender takes as little as it can of the CPU the app needs. {key: (start, status, seconds, app ms,
    error)}; `timeout` bounds each request."""
    u = urlsplit(url)
    address = (u.hostname or "127.0.0.1", u.port or 80)
    out: dict[int, tuple] = {}
    waiting = list(reversed(requests))
    sel = selectors.DefaultSelector()

    def finish(sock: socket.socket, f: _InFlight, error: str | None) -> None:
        sel.unregister(sock)
        sock.close()
        if error is None:
            try:
                status, headers = _parse_response(b"".join(f.chunks))
            except (ValueError, IndexError) as e:
                error = type(e).__name__
        if error is not None:
            out[f.key] = (f.t_wall, None, None, None, error)
        else:
            out[f.key] = (f.t_wall, status, time.perf_counter() - f.t0, server_ms(headers), None)

    def start_next() -> None:
        key, raw = waiting.pop()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        f = _InFlight(key, memoryview(raw), time.monotonic(), time.perf_counter())
        code = sock.connect_ex(address)
        if code not in (0, errno.EINPROGRESS):
            sock.close()
            out[key] = (f.t_wall, None, None, None, errno.errorcode.get(code, str(code)))
            return
        sel.register(sock, selectors.EVENT_WRITE, f)

    while waiting or sel.get_map():
        while waiting and len(sel.get_map()) < concurrency:
            start_next()
        for k, events in sel.select(timeout=0.2):
            sock, f = k.fileobj, k.data
            try:
                if events & selectors.EVENT_WRITE:
                    f.rest = f.rest[sock.send(f.rest):]
                    if not f.rest:
                        sel.modify(sock, selectors.EVENT_READ, f)
                elif chunk := sock.recv(65536):
                    f.chunks.append(chunk)
                else:  # Connection: close -> the response ends at EOF
                    finish(sock, f, None)
            except OSError as e:
                finish(sock, f, type(e).__name__)
        now = time.perf_counter()
        for k in [k for k in sel.get_map().values() if now - k.data.t0 > timeout]:
            finish(k.fileobj, k.data, "TimeoutError")
    sel.close()
    return out


def _send_presigned(url: str, requests: list[tuple[int, bytes]], concurrency: int, conn) -> None:
    """In a separate process: POST pre-built requests, `concurrency` in flight (light: no thread per request, no
    urllib); send back (start, status, seconds, app ms, error) per key."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    results = _send_all(url, requests, concurrency, timeout=10.0)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu_s = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    conn.send((results, cpu_s * 1000 / max(1, len(requests))))
    conn.close()


def send_burst_from_process(url: str, signing_secret: str, sent: list[Sent], bodies: dict[str, str],
                            concurrency: int, timeout: float) -> float:
    """Sign every request now, send them all from a spawned process, fill in each Sent's timings. Returns the
    sender's CPU time per request (ms)."""
    requests = []
    for s in sent:
        body = json.dumps(event_callback(message_event(bodies[s.ts], channel=CHANNEL, ts=s.ts), event_id=s.event_id))
        requests.append((s.i, _raw_request(url, body, signed_headers(signing_secret, body))))
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_send_presigned, args=(url, requests, concurrency, child), name="load-sender")
    proc.start()
    child.close()
    if not parent.poll(timeout):
        proc.kill()
        raise SystemExit("the sender process did not finish in time")
    results, sender_cpu_ms = parent.recv()
    proc.join(10)
    for s in sent:
        t, status, ack_s, app_ms, err = results[s.i]
        s.t_send, s.status, s.ack_s, s.app_ms, s.attempts = t, status, ack_s, app_ms, 1
        if err:
            s.errors.append(err)
    return sender_cpu_ms


#: CPU priority (nice) of this process's server threads: the Slack stand-in and the article server.
STAND_IN_NICENESS = 10


def stand_ins_yield_the_cpu() -> None:
    """The Slack stand-in and the article server answer from threads of this process. They stand for Slack's and
    the web's servers, which in real use do not share the app's CPU, so they get a lower CPU priority (Linux: nice
    is per thread) and the app keeps the CPU it would have. The main thread keeps its priority, and with it the
    sender process, started later from it. On another OS or when not allowed: unchanged."""
    me = threading.get_native_id()
    try:
        threads = [int(t) for t in os.listdir("/proc/self/task") if int(t) != me]
        for tid in threads:
            os.setpriority(os.PRIO_PROCESS, tid, STAND_IN_NICENESS)
    except OSError as e:  # no /proc, or not allowed: the bench still runs, at equal priority
        print(f"(the stand-ins keep their CPU priority: {e})", file=sys.stderr)


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def job_outcomes(db: Path) -> dict[str, list[str]]:
    """message ts -> statuses of its jobs in the durable queue."""
    if not db.exists():
        return {}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        rows = con.execute("select payload, status from jobs").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        con.close()
    out: dict[str, list[str]] = {}
    for payload, status in rows:
        try:
            out.setdefault(str(json.loads(payload).get("ts")), []).append(status)
        except ValueError:
            pass
    return out


def long_articles() -> list[tuple[str, str]]:
    """Articles of about 1,000 words, each a different story (the log answers a near-duplicate from what it has
    read, without extracting: that would not measure a reply): real news from PolNeAR's train split (800-1,300
    words; ../shared, when present), else the dev articles and templates joined in pairs."""
    real = real_stories(800, 1300)
    if len(real) >= 40:
        return real
    texts = [(t, b) for t, b in articles()]
    shared = ROOT.parent / "shared" / "dev-articles"
    for p in sorted(shared.glob("*.json")) if shared.is_dir() else []:
        d = json.loads(p.read_text(encoding="utf-8"))
        texts.append((d.get("title") or p.stem, d["text"]))
    out = []
    for i, (title, body) in enumerate(texts):
        while len(body.split()) < 900:
            body += "\n\n" + texts[(i + 1) % len(texts)][1]
            i += 1
        out.append((title, " ".join(body.split(" ")[:1100]) if len(body.split()) > 1100 else body))
    return out


def run_sequential(args, poster: SignedPoster, standin: SlackStandIn, started_at: str, boot_s: float,
                   deadline: float) -> int:
    """Reply latency as a person feels it: one article at a time, event delivery -> thread reply arriving."""
    texts = long_articles()

    def one(i: int) -> tuple[float, float, float | None] | None:
        title, body = texts[i % len(texts)]
        text = unique_text(title, body, i)
        ts = standin.next_ts()
        standin.add_message(CHANNEL, text, ts=ts)
        body_json = json.dumps(event_callback(message_event(text, channel=CHANNEL, ts=ts)))
        headers = signed_headers(poster.signing_secret, body_json)  # signed before the clock starts
        t0 = time.monotonic()
        ack = poster.post_raw(body_json, headers)
        if ack.status != 200:
            print(f"event {i}: HTTP {ack.status}", file=sys.stderr)
            return None
        try:
            reply = standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts,
                                     timeout=max(1.0, min(60.0, deadline - time.monotonic())))[0]
        except TimeoutError:
            print(f"event {i}: no reply", file=sys.stderr)
            return None
        return reply.at - t0, ack.seconds, server_ms(ack.headers)

    print(f"app up in {boot_s:.1f}s; 3 warm-up articles (the first one timed as 'first reply after start'), then {args.sequential} one at a time...", flush=True)
    warm = [one(10_000 + i) for i in range(3)]  # the first is the first article after a (re)start
    results = [r for r in (one(i) for i in range(args.sequential)) if r is not None and time.monotonic() < deadline]
    e2e = [r[0] for r in results]
    acks = [r[1] * 1000 for r in results]
    words = sorted(len(unique_text(*texts[i % len(texts)], i).split()) for i in range(args.sequential))
    res = {
        "date": started_at, "command": "python bench/load.py " + " ".join(sys.argv[1:]),
        "mode": "sequential", "articles": args.sequential, "answered": len(results),
        "words_median": words[len(words) // 2] if words else 0, "workers": args.workers,
        "reply_s_p50": round(pct(e2e, 50), 3), "reply_s_p95": round(pct(e2e, 95), 3),
        "reply_s_max": round(max(e2e), 3) if e2e else None,
        "first_reply_after_start_s": round(warm[0][0], 3) if warm[0] else None,
        "ack_ms_p50": round(pct(acks, 50), 1), "ack_ms_p99": round(pct(acks, 99), 1),
        "app_handle_ms_p50": round(pct([r[2] for r in results if r[2] is not None], 50), 1),
        "targets": "reply p50 <= 0.6 s, p95 <= 1.0 s",
        "p50_met": bool(e2e) and pct(e2e, 50) <= 0.6, "p95_met": bool(e2e) and pct(e2e, 95) <= 1.0,
        "load_average_1m": round(os.getloadavg()[0], 1),
    }
    print(json.dumps(res, indent=2))
    print(f"\nreply p50/p95 {res['reply_s_p50']}/{res['reply_s_p95']} s over {len(results)} articles of ~"
          f"{res['words_median']} words (targets 0.6/1.0 s: {'met' if res['p50_met'] else 'MISSED'}/"
          f"{'met' if res['p95_met'] else 'MISSED'}); machine load average {res['load_average_1m']}")
    return 0 if len(results) == args.sequential else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=500)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--links", type=float, default=0.3, help="share of events that are links (default 0.3)")
    ap.add_argument("--workers", type=int, default=2, help="WHOSAID_WORKERS for the app")
    ap.add_argument("--acks-only", action="store_true",
                    help="measure the burst's acks and stop (do not wait for the replies or check exactly-once)")
    ap.add_argument("--http-processes", type=int, default=None,
                    help="WHOSAID_HTTP_PROCESSES for the app (processes serving the Events endpoint)")
    ap.add_argument("--kill", action="store_true", help="SIGKILL the app mid-burst, restart it, check exactly-once")
    ap.add_argument("--in-process", action="store_true", help="run the app in this process instead of a subprocess")
    ap.add_argument("--timeout", type=float, default=300, help="overall time limit in seconds (default 300)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (DB, app log)")
    ap.add_argument("--slack-latency", type=float, default=0.0,
                    help="seconds the Slack stand-in waits before answering each Web API call (default 0)")
    ap.add_argument("--slack-429", type=int, default=0, metavar="K",
                    help="the stand-in answers 429 (Retry-After: 1) to the first K chat.postMessage calls")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sequential", type=int, default=0, metavar="N",
                    help="instead of a burst: N articles of ~1,000 words one at a time on a warm server")
    args = ap.parse_args(argv)
    if args.kill and args.in_process:
        ap.error("--kill needs the app in a subprocess")
    if args.events < 1 or args.events > 20000 or args.concurrency < 1 or args.concurrency > 500:
        ap.error("--events must be 1..20000 and --concurrency 1..500")

    def _terminate(signum, frame):  # e.g. `timeout` sends SIGTERM: still clean up the app subprocess
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _terminate)
    deadline = time.monotonic() + args.timeout
    rnd = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="whosaid-load-"))
    db = tmp / "load.db"
    signing_secret = os.urandom(16).hex()
    texts = articles()
    standin = SlackStandIn(latency=args.slack_latency).start()
    if args.slack_429:
        standin.fail("chat.postMessage", status=429, times=args.slack_429, retry_after=1)
    pages = ArticleServer().start()
    app: ServeProcess | None = None
    rss: PeakRss | None = None
    local: LocalBot | None = None
    started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    try:
        # ---------------------------------------------------------- the app
        port = free_port()
        if args.in_process:
            settings = local_settings(standin, db, signing_secret=signing_secret, workers=args.workers)
            t0 = time.monotonic()
            local = LocalBot(settings).start()
            port = local.port
            boot_s = time.monotonic() - t0
        else:
            env = local_env(standin, db, signing_secret, port=port, workers=args.workers,
                            extra={"LOG_LEVEL": "WARNING", "WHOSAID_MIN_ARTICLE_CHARS": "200",
                                   **({"WHOSAID_HTTP_PROCESSES": str(args.http_processes)}
                                      if args.http_processes else {})})
            app = ServeProcess(env, port, tmp / "app.log")
            rss = PeakRss(lambda: app.proc)
            boot_s = app.start()
            if not args.kill:  # (with --kill a niced thread restarts the app, which would inherit its priority)
                stand_ins_yield_the_cpu()
        poster = SignedPoster(f"http://127.0.0.1:{port}/slack/events", signing_secret, timeout=10)
        if args.sequential:
            return run_sequential(args, poster, standin, started_at, boot_s, deadline)
        print(f"app up in {boot_s:.1f}s on 127.0.0.1:{port} ({'in-process' if local else 'subprocess'}); "
              f"sending {args.events} events, {args.concurrency} in flight...", flush=True)

        # ---------------------------------------------------------- the events
        sent: list[Sent] = []
        bodies: dict[str, str] = {}
        for i in range(args.events):
            title, body = texts[i % len(texts)]
            ts = standin.next_ts()
            if rnd.random() < args.links:
                url = pages.add_article(f"/a/{i}", title, unique_text(title, body, i))
                text, kind = f"<{url}>", "link"
            else:
                text, kind = unique_text(title, body, i), "paste"
            standin.add_message(CHANNEL, text, ts=ts)
            sent.append(Sent(i=i, ts=ts, kind=kind, event_id=new_event_id()))
            bodies[ts] = text

        app_up = threading.Event()
        app_up.set()
        killed_at: list[float] = []

        def deliver(s: Sent) -> None:
            envelope = event_callback(message_event(bodies[s.ts], channel=CHANNEL, ts=s.ts), event_id=s.event_id)
            s.t_send = time.monotonic()
            for attempt in range(MAX_REDELIVERIES + 1):
                if time.monotonic() > deadline:
                    s.errors.append("deadline")
                    return
                if attempt:
                    app_up.wait(max(0.0, deadline - time.monotonic()))
                    time.sleep(0.2 * attempt)
                s.attempts += 1
                try:
                    ack = poster.envelope(envelope, retry_num=attempt or None)
                except OSError as e:
                    s.errors.append(type(e).__name__)
                    continue
                s.status = ack.status
                if ack.status == 200:
                    s.ack_s = ack.seconds
                    return
                s.errors.append(f"HTTP {ack.status}")

        acked = [0]
        acked_lock = threading.Lock()
        half = threading.Event()
        all_sent = threading.Event()

        def deliver_and_count(s: Sent) -> None:
            deliver(s)
            with acked_lock:
                acked[0] += 1
                if acked[0] >= len(sent) // 2:
                    half.set()

        def kill_and_restart(why: str) -> None:
            app_up.clear()
            app.kill()
            killed_at.append(time.monotonic())
            print(f"killed the app (SIGKILL) {why}: {acked[0]} of {len(sent)} deliveries done, "
                  f"{len(standin.posts(channel=CHANNEL))} replies posted; restarting...", flush=True)
            try:
                print(f"restarted in {app.start():.1f}s", flush=True)
            finally:
                app_up.set()

        def killer() -> None:
            # 1. mid-burst, with requests in flight (senders redeliver, as Slack does)
            half.wait(max(0.0, deadline - time.monotonic()))
            kill_and_restart("mid-burst")
            # 2. while workers are replying, so a job can be cut between its reply and being marked done
            target = len(standin.posts(channel=CHANNEL)) + 3
            while len(standin.posts(channel=CHANNEL)) < target and time.monotonic() < deadline:
                time.sleep(0.005)
            kill_and_restart("while replying")

        t_burst = time.monotonic()
        server_cpu0 = cpu_seconds(app.proc.pid) if app is not None and app.proc is not None else None
        # the Events endpoint's own processes (bot.acceptor)
        doors = [p for p in listening_pids(port) if p != app.proc.pid] if server_cpu0 is not None else []
        door_cpu0 = sum(map(cpu_seconds, doors))
        kthread, sender_cpu_ms = None, None
        if args.kill and app is not None:
            kthread = threading.Thread(target=killer, name="killer", daemon=True)
            kthread.start()
        if args.kill:
            with ThreadPoolExecutor(max_workers=args.concurrency, thread_name_prefix="sender") as pool:
                for f in [pool.submit(deliver_and_count, s) for s in sent]:
                    f.result()
        else:
            sender_cpu_ms = send_burst_from_process(poster.url, signing_secret, sent, bodies, args.concurrency,
                                                    max(1.0, deadline - time.monotonic()))
        all_sent.set()
        if kthread is not None:
            kthread.join(max(0.0, deadline - time.monotonic()))
        burst_s = time.monotonic() - t_burst
        ends = [s.t_send + s.ack_s for s in sent if s.ack_s is not None]
        ack_span_s = max(ends) - min(s.t_send for s in sent) if ends else 0.0  # first send to last ack
        server_cpu_ms = door_cpu_ms = None
        if server_cpu0 is not None and not args.kill:
            # the main process only (its extraction processes are children): ⏳ and the workers' share
            server_cpu_ms = (cpu_seconds(app.proc.pid) - server_cpu0) * 1000 / len(sent)
            if doors:
                door_cpu_ms = (sum(map(cpu_seconds, doors)) - door_cpu0) * 1000 / len(sent)  # verify, dedupe, queue
        accepted = [s for s in sent if s.status == 200]
        print(f"burst sent in {burst_s:.1f}s: {len(accepted)}/{len(sent)} accepted; waiting for replies...", flush=True)
        acks = [s.ack_s * 1000 for s in accepted if s.ack_s is not None]
        app_ms = [s.app_ms for s in accepted if s.app_ms is not None]
        burst = {
            "ack_ms_p50": round(pct(acks, 50), 1), "ack_ms_p99": round(pct(acks, 99), 1),
            "ack_ms_max": round(max(acks), 1) if acks else None,
            "sender": "separate process, pre-signed" if not args.kill else "threads in the bench process",
            "app_handle_ms_p50": round(pct(app_ms, 50), 1), "app_handle_ms_p99": round(pct(app_ms, 99), 1),
            "burst_s": round(burst_s, 1), "acks_per_s": round(len(accepted) / ack_span_s, 1) if ack_span_s else None,
            "server_cpu_ms_per_event_during_burst": round(server_cpu_ms, 2) if server_cpu_ms is not None else None,
            "front_door_cpu_ms_per_event_during_burst": round(door_cpu_ms, 2) if door_cpu_ms is not None else None,
            "sender_cpu_ms_per_event": round(sender_cpu_ms, 3) if sender_cpu_ms is not None else None,
        }
        if args.acks_only:
            print(json.dumps({"accepted": len(accepted), **burst}, indent=2))
            return 0 if len(accepted) == len(sent) else 1

        # ---------------------------------------------------------- wait for every outcome
        accepted_ts = {s.ts for s in accepted}
        last_progress, last_count = time.monotonic(), -1
        while time.monotonic() < deadline:
            outcomes = job_outcomes(db)
            replied = {str(c.get("thread_ts")) for c in standin.posts(channel=CHANNEL)}
            pending = [ts for ts in accepted_ts if ts not in replied and "failed" not in outcomes.get(ts, [])]
            busy = any(st in ("queued", "running") for v in outcomes.values() for st in v)
            if not pending and not busy:
                break
            done = len(accepted_ts) - len(pending)
            if done != last_count or busy:
                last_progress, last_count = time.monotonic(), done
            elif time.monotonic() - last_progress > STALL_S:
                print(f"no progress for {STALL_S:.0f}s and no job queued or running: {len(pending)} accepted "
                      "message(s) will never be answered", file=sys.stderr, flush=True)
                break
            time.sleep(0.25)
        time.sleep(1.0)  # let any duplicate show itself
        wall_s = time.monotonic() - t_burst

        # ---------------------------------------------------------- results
        posts = standin.posts(channel=CHANNEL)
        by_thread: dict[str, list] = {}
        for c in posts:
            by_thread.setdefault(str(c.get("thread_ts")), []).append(c)
        outcomes = job_outcomes(db)
        one_reply = [ts for ts in accepted_ts if len(by_thread.get(ts, [])) == 1]
        dupes = {ts: len(v) for ts, v in by_thread.items() if len(v) > 1}
        failed_no_reply = [ts for ts in accepted_ts if not by_thread.get(ts) and "failed" in outcomes.get(ts, [])]
        missing = [ts for ts in accepted_ts if not by_thread.get(ts) and "failed" not in outcomes.get(ts, [])]
        jobs_per_msg = {ts: len(v) for ts, v in outcomes.items() if len(v) > 1}
        failure_replies = [ts for ts in one_reply if "failed" in outcomes.get(ts, [])]
        send_at = {s.ts: s.t_send for s in sent}
        e2e = [(v[0].at - send_at[ts]) * 1000 for ts, v in by_thread.items() if ts in send_at]
        if local is not None:
            peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            peak_note = "this process (app + bench + stand-in)"
        else:
            peak_kb = rss.peak_kb if rss else 0
            peak_note = "app process group: server + extraction processes"
        api_429 = sum(1 for c in standin.calls() if c.status == 429)
        redelivered = sum(1 for s in sent if s.attempts > 1)
        res = {
            "date": started_at,
            "command": "python bench/load.py " + " ".join(argv if argv is not None else sys.argv[1:]),
            "events": len(sent), "links": sum(s.kind == "link" for s in sent), "concurrency": args.concurrency,
            "workers": args.workers, "slack_latency_s": args.slack_latency, "accepted": len(accepted), "not_accepted": len(sent) - len(accepted),
            "redelivered": redelivered, "killed": len(killed_at),
            "exactly_one_reply": len(one_reply), "of_which_failure_notices": len(failure_replies),
            "failed_without_reply": len(failed_no_reply), "duplicate_replies": sum(v - 1 for v in dupes.values()),
            "missing": len(missing), "messages_with_several_jobs": len(jobs_per_msg),
            **burst,
            "reply_s_p50": round(pct(e2e, 50) / 1000, 2), "reply_s_p95": round(pct(e2e, 95) / 1000, 2),
            "reply_s_max": round(max(e2e) / 1000, 2) if e2e else None,
            "wall_s": round(wall_s, 1),
            "throughput_msgs_per_s": round(len(by_thread) / wall_s, 1) if wall_s else None,
            "peak_rss_mb": round(peak_kb / 1024, 1), "peak_rss_of": peak_note,
            "boot_s": round(boot_s, 1), "standin_calls": len(standin.calls()), "standin_429": api_429,
            "timed_out": time.monotonic() >= deadline,
        }
        ok = (res["missing"] == 0 and res["duplicate_replies"] == 0 and res["not_accepted"] == 0
              and res["exactly_one_reply"] + res["failed_without_reply"] == len(accepted))
        res["exactly_once_ok"] = ok
        res["ack_p99_target_met"] = bool(acks) and res["ack_ms_p99"] <= 100
        print(json.dumps(res, indent=2))
        if missing:
            print(f"MISSING (no reply, no failure): {sorted(missing)[:10]}", file=sys.stderr)
        if dupes:
            print(f"DUPLICATES: {dict(list(dupes.items())[:10])}", file=sys.stderr)
        print(f"\nack p50/p99 {res['ack_ms_p50']}/{res['ack_ms_p99']} ms (app's own handling p50/p99 "
              f"{res['app_handle_ms_p50']}/{res['app_handle_ms_p99']} ms; target ack p99 <= 100 ms: "
              f"{'met' if res['ack_p99_target_met'] else 'MISSED'}); reply p50/p95 {res['reply_s_p50']}/"
              f"{res['reply_s_p95']} s; peak RSS {res['peak_rss_mb']} MB ({peak_note}); "
              f"{res['exactly_one_reply']} one-reply, {res['failed_without_reply']} failed, {res['missing']} missing, "
              f"{res['duplicate_replies']} duplicates: {'OK' if ok else 'NOT exactly-once'}")
        return 0 if ok else 1
    finally:
        if local is not None:
            local.stop()
        if app is not None:
            app.stop()
        if rss is not None:
            rss.stop()
        pages.close()
        standin.close()
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
