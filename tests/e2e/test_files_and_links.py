"""Inputs people actually send, end to end: snippets, PDFs, scans, several links, and "show all"."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.demo.run import local_env
from bot.demo.signing import DEFAULT_CHANNEL, block_actions_payload
from bot.slack.render import SHOW_ALL_ACTION_ID
from tests.pdf_maker import make_pdf

from .articles import BRIDGE, BRIDGE_SPEAKERS, ESCAPE, variant
from .conftest import REPLY_TIMEOUT, reply_text

WHOSAID = str(Path(sys.executable).with_name("whosaid"))
# The first reply of a fresh app waits for its extraction process to load the model: slow on a busy box.
SLOW = REPLY_TIMEOUT * 2


def _reactions(standin, ts: str, method: str = "reactions.add") -> list[str]:
    return [c.get("name") for c in standin.calls(method) if c.get("channel") == DEFAULT_CHANNEL
            and str(c.get("timestamp")) == ts]


def test_long_paste_snippet_is_read_with_the_bot_token(bot, post, standin):
    snippet = standin.add_file("Untitled", BRIDGE, mimetype="text/plain", filetype="text")
    ack, ts = post.message("", subtype="file_share", files=[snippet])
    assert ack.status == 200
    text = reply_text(post.reply(ts, timeout=SLOW))
    assert all(name in text for name in BRIDGE_SPEAKERS), text
    downloads = standin.calls("files.download")
    assert downloads and all(c.get("authorized") for c in downloads)


def _not_here(*args, **kwargs):
    raise AssertionError("a document was read in the server's process")


def test_pdf_attachment_is_read_and_a_scan_gets_a_clear_reply(bot, post, standin, article_server, monkeypatch):
    # Reading documents (PDF text, a page's HTML) is the extraction process's work, never the server's: here it
    # would fail. (The extraction process is spawned: it imports its own, unpatched, modules.)
    assert bot.settings.extract_processes > 0
    monkeypatch.setattr("bot.documents.pdf_text", _not_here)
    monkeypatch.setattr("bot.documents.extract_html", _not_here)
    monkeypatch.setattr("bot.fetch.pdf_text", _not_here)
    monkeypatch.setattr("bot.fetch.extract_html", _not_here)
    pdf = standin.add_file("bridge-report.pdf", make_pdf([BRIDGE], title="Harbour bridge report"),
                           mimetype="application/pdf", filetype="pdf")
    _, ts = post.message("the council's report", subtype="file_share", files=[pdf])
    text = reply_text(post.reply(ts, timeout=SLOW))
    assert "Harbour bridge report" in text and "Holloway" in text
    scan = standin.add_file("scan.pdf", make_pdf(["", ""]), mimetype="application/pdf", filetype="pdf")
    _, ts2 = post.message("scanned letter", subtype="file_share", files=[scan])
    text2 = reply_text(post.reply(ts2, timeout=SLOW))
    assert "scanned" in text2 and "Traceback" not in text2
    post.settle()
    assert "warning" in _reactions(standin, ts2)
    assert bot.store.count_jobs("failed") == 1  # recorded, for `whosaid retry`
    # A link to a PDF, and to a web page, are read the same way.
    pdf_url = article_server.add("/report.pdf", make_pdf([BRIDGE], title="Bridge report online"),
                                 content_type="application/pdf")
    page_url = article_server.add_article("/escape", "Chat app outage", ESCAPE)
    _, ts3 = post.message(f"<{pdf_url}> and <{page_url}>")
    replies = standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts3, count=2, timeout=SLOW)
    texts = " ".join(reply_text(r) for r in replies)
    # the linked PDF holds the attached report's text: read (in the extraction process), then known as one story
    assert "Already read" in texts and "Holloway" in texts and "Whitfield" in texts, texts


def test_several_links_one_reply_each_and_one_reaction_for_the_message(bot, post, standin, article_server):
    urls = [article_server.add_article(f"/a{i}", f"Story {i}", variant(BRIDGE if i % 2 else ESCAPE, i))
            for i in range(7)]
    _, ts = post.message(" and ".join(f"<{u}>" for u in urls))
    replies = standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts, count=5,
                               timeout=SLOW)
    post.settle(1.5)
    replies = post.replies(ts)
    assert len(replies) == 5  # at most five articles per message
    assert "7 links" in reply_text(replies[0]) and "first 5" in reply_text(replies[0])
    assert sorted(article_server.requests) == sorted(f"/a{i}" for i in range(5))
    assert _reactions(standin, ts).count("hourglass_flowing_sand") == 1
    assert _reactions(standin, ts).count("white_check_mark") == 1
    assert _reactions(standin, ts, "reactions.remove") == ["hourglass_flowing_sand"]


def test_show_all_opens_every_claim_in_a_modal(bot, post, standin):
    many = "\n\n".join(f'"Point number {i} matters a great deal to us," said Jane Holloway, the mayor.'
                       for i in range(8))
    _, ts = post.message(f"Mayor lists her points\n\n{many}")
    reply = post.reply(ts, timeout=SLOW)
    buttons = [e for b in reply.get("blocks") or [] if b.get("type") == "actions" for e in b.get("elements", [])]
    assert [b["action_id"] for b in buttons] == [SHOW_ALL_ACTION_ID], reply.get("blocks")
    payload = block_actions_payload(SHOW_ALL_ACTION_ID, value=buttons[0]["value"], message_ts=reply.response["ts"])
    assert bot.poster.interactive(payload).status == 200
    view = standin.wait_for("views.open", timeout=10)[0].get("view")
    blob = str(view)
    assert all(f"Point number {i}" in blob for i in range(8)), blob


def test_retry_downloads_a_file_again_once_the_file_host_is_back(bot, post, standin):
    """Slack's file host is down when the snippet is shared: a clear reply, recorded failed. Then `whosaid retry`
    (the real CLI, in its own process) downloads it again with the bot token and answers in the thread."""
    standin.fail("files.download", status=503, times=None)
    snippet = standin.add_file("Untitled", BRIDGE, mimetype="text/plain", filetype="text")
    _, ts = post.message("", subtype="file_share", files=[snippet])
    first = reply_text(post.reply(ts, timeout=SLOW))
    assert "Slack's file server answered 503" in first and "page" not in first and "Holloway" not in first
    post.settle()
    assert bot.store.count_jobs("failed") == 1 and "warning" in _reactions(standin, ts)

    standin.clear_faults()
    env = local_env(standin, bot.settings.db_path, bot.settings.slack_signing_secret, port=0)
    run = subprocess.run([WHOSAID, "retry"], capture_output=True, text=True, env=env, timeout=SLOW)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 Slack message(s) read again and answered in their threads" in run.stdout
    replies = standin.posts(channel=DEFAULT_CHANNEL, thread_ts=ts)
    assert len(replies) == 2 and all(name in reply_text(replies[1]) for name in BRIDGE_SPEAKERS)
    assert bot.store.count_jobs("failed") == 0 and bot.store.count_jobs("done") == 1
    assert _reactions(standin, ts, "reactions.remove")[-1] == "warning"
    assert _reactions(standin, ts)[-1] == "white_check_mark"
    downloads = standin.calls("files.download")
    assert [c.status for c in downloads] == [503, 200] and all(c.get("authorized") for c in downloads)
    # Done: nothing left to retry, and no second answer.
    again = subprocess.run([WHOSAID, "retry"], capture_output=True, text=True, env=env, timeout=SLOW)
    assert again.returncode == 0 and "Nothing to retry." in again.stdout
    assert len(standin.posts(channel=DEFAULT_CHANNEL, thread_ts=ts)) == 2


def test_retry_without_a_bot_token_says_so_and_keeps_the_failure(bot, post, standin):
    standin.fail("files.download", status=503, times=None)
    _, ts = post.message("", subtype="file_share",
                         files=[standin.add_file("notes.txt", BRIDGE, mimetype="text/plain", filetype="text")])
    post.reply(ts, timeout=SLOW)
    post.settle()
    env = local_env(standin, bot.settings.db_path, bot.settings.slack_signing_secret, port=0)
    env.pop("SLACK_BOT_TOKEN")
    run = subprocess.run([WHOSAID, "retry"], capture_output=True, text=True, env=env, timeout=SLOW)
    assert run.returncode == 1 and "SLACK_BOT_TOKEN" in run.stderr and "Traceback" not in run.stderr
    assert bot.store.count_jobs("failed") == 1 and len(standin.calls("files.download")) == 1


def test_retry_reads_a_failed_link_again_and_answers_in_its_thread(bot, post, standin, article_server):
    """The site is down when the link is posted: a clear reply, ⚠️, recorded failed. Once it is back, `whosaid
    retry` (the real CLI, its own process) fetches it again and answers in the same thread — only that link of
    the message, the one already answered is not fetched or answered again."""
    ok_url = article_server.add_article("/up", "Chat app outage", ESCAPE)
    down_url = article_server.add("/down", "<html><body>maintenance</body></html>", status=503)
    _, ts = post.message(f"<{ok_url}> and <{down_url}>")
    standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts, count=2, timeout=SLOW)
    post.settle()
    first = " ".join(reply_text(r) for r in post.replies(ts))
    assert "503" in first and "Whitfield" in first and "Holloway" not in first, first
    assert bot.store.count_jobs("failed") == 1 and "warning" in _reactions(standin, ts)

    article_server.add_article("/down", "Harbour bridge approved", BRIDGE)  # the site is back
    fetched_before = list(article_server.requests)
    env = local_env(standin, bot.settings.db_path, bot.settings.slack_signing_secret, port=0)
    run = subprocess.run([WHOSAID, "retry"], capture_output=True, text=True, env=env, timeout=SLOW)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 Slack message(s) read again and answered in their threads" in run.stdout
    replies = post.replies(ts)
    assert len(replies) == 3 and all(name in reply_text(replies[-1]) for name in BRIDGE_SPEAKERS)
    assert article_server.requests[len(fetched_before):] == ["/down"]  # once: not again by the article retry
    assert bot.store.count_jobs("failed") == 0
    assert _reactions(standin, ts, "reactions.remove")[-1] == "warning"
    assert _reactions(standin, ts)[-1] == "white_check_mark"
    again = subprocess.run([WHOSAID, "retry"], capture_output=True, text=True, env=env, timeout=SLOW)
    assert again.returncode == 0 and "Nothing to retry." in again.stdout
    assert len(post.replies(ts)) == 3
