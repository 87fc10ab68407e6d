"""bot/slack/server.py: waitress's per-request "Task queue depth" warnings become one notice a minute."""
from __future__ import annotations

import logging

from bot.slack.server import QueueDepthNotice, quiet_queue_warnings


def queue_record(depth: int) -> logging.LogRecord:
    return logging.LogRecord("waitress.queue", logging.WARNING, __file__, 1, "Task queue depth is %d", (depth,), None)


def test_one_notice_per_window_saying_the_deepest_queue_since_the_last():
    now = [0.0]
    notice = QueueDepthNotice(every_s=60, clock=lambda: now[0])
    first = queue_record(3)
    assert notice.filter(first) and first.getMessage().startswith("3 requests were waiting")
    burst = [queue_record(d) for d in (5, 40, 12)]
    assert not any(notice.filter(r) for r in burst)  # within the minute: nothing written
    now[0] = 61.0
    later = queue_record(2)
    assert notice.filter(later) and later.getMessage().startswith("40 requests were waiting")
    now[0] = 62.0
    assert not notice.filter(queue_record(1))


def test_the_filter_is_put_on_waitress_queue_logger_once():
    queue_log = logging.getLogger("waitress.queue")
    quiet_queue_warnings()
    quiet_queue_warnings()
    assert sum(isinstance(f, QueueDepthNotice) for f in queue_log.filters) == 1
