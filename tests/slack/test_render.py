"""Block Kit rendering: escaping makes article text inert; Slack's limits hold; grouping by speaker."""
from __future__ import annotations

import json
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.claims.model import Claim
from bot.slack.render import (
    MAX_BLOCKS,
    MAX_SECTION_CHARS,
    SHOW_ALL_ACTION_ID,
    escape,
    link,
    render_all_claims_modal,
    render_claims,
    render_digest,
    render_failure,
    render_help,
    render_home,
    render_quote_hits,
    render_top_speakers,
    summary_line,
    trim,
)
from store.types import Digest, DigestArticle, DigestSpeaker, QuoteHit, SpeakerCount, StoredArticle

EVIL = "Call <!channel> and <!here> now, <@U123> & <https://evil.example|innocent> *bold* _it_ ~s~ `code`"


def claim(speaker="Bruce Bennett", quote="We were close.", kind="direct", role=None, via=None, start=0):
    return Claim(speaker, "person", role, quote, kind, via, start, start + len(quote), "said")


def texts(blocks) -> list[str]:
    """Every mrkdwn string in a block list."""
    out = []

    def walk(o):
        if isinstance(o, dict):
            if o.get("type") == "mrkdwn":
                out.append(o["text"])
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(blocks)
    return out


def assert_inert(text: str) -> None:
    """No Slack control sequences or formatting from article text survive."""
    for bad in ("<!channel>", "<!here>", "<@U123>", "<https://evil", "|innocent>", "*bold*", "_it_", "~s~", "`code`"):
        assert bad not in text, (bad, text)


def test_escape_makes_mentions_links_and_formatting_inert():
    out = escape(EVIL)
    assert_inert(out)
    assert "&lt;!channel&gt;" in out and "&lt;@U123&gt;" in out and " &amp; " in out
    assert "<" not in out and ">" not in out
    assert escape("a\u202eb\x00c") == "abc"


@given(st.text())
@settings(max_examples=300)
def test_escape_never_leaves_angle_brackets_or_bare_ampersands(s):
    out = escape(s)
    assert "<" not in out and ">" not in out
    assert not re.search(r"&(?!amp;|lt;|gt;)", out)
    assert not set("*_~`") & set(out)


def test_link_escapes_label_and_url():
    out = link("https://example.com/a?x=1&y=<2>|3", "<!channel> story")
    assert out.startswith("<https://example.com/a?x=1&amp;y=%3C2%3E%7C3|")
    assert "<!channel>" not in out and "&lt;!channel&gt;" in out
    assert link("javascript:alert(1)", "x") == "x"
    assert link(None, "<b>") == "&lt;b&gt;"


def test_trim_cuts_at_word_boundary_with_ellipsis():
    assert trim("short", 10) == "short"
    t = trim("the quick brown fox jumps over the lazy dog", 20)
    assert t.endswith("…") and len(t) <= 20 and t == "the quick brown fox…"
    assert len(trim("x" * 500, 100)) == 100


def test_reply_with_hostile_article_is_inert():
    claims = [claim(speaker="<@U123> Evil", quote=EVIL, role="<!here> spokesman", via="<https://evil|Reuters>")]
    msg = render_claims(claims, title="<!channel> Breaking & *news*", url="https://news.example/a?b=1&c=2")
    for t in texts(msg.blocks) + [msg.text]:
        assert_inert(t)
    dumped = json.dumps(msg.blocks)
    assert "<!channel>" not in dumped and "<@U123>" not in dumped and "<!here>" not in dumped
    assert "<https://news.example/a?b=1&amp;c=2|" in dumped  # our own link to the article stays a link


def test_claims_grouped_by_speaker_with_role_and_via():
    claims = [claim("Anna Lindqvist", "first", role="foreign minister", start=0),
              claim("Bruce Bennett", "second", role="researcher", via="Reuters", start=10),
              claim("Anna Lindqvist", "third", kind="indirect", start=20),
              claim(None, "rumour", kind="indirect", start=5)]
    msg = render_claims(claims, title="Talks", url="https://www.example.com/x")
    sections = [b["text"]["text"] for b in msg.blocks if b["type"] == "section"]
    assert sections[1].startswith("*4 claims from 2 speakers*")  # the one-line summary opens the reply
    sections = sections[2:]
    anna = next(s for s in sections if "Anna Lindqvist" in s)
    assert "foreign minister" in anna and "“first”" in anna and "_reported:_ third" in anna and "“third”" not in anna
    bruce = next(s for s in sections if "Bruce Bennett" in s)
    assert "via Reuters" in bruce
    order = [s for s in sections if "*Anna" in s or "*Bruce" in s or "Unattributed" in s]
    assert "Anna" in order[0] and "Bruce" in order[1] and "Unattributed" in order[2]
    ctx = json.dumps(msg.blocks)
    assert "example.com" in ctx and "4 claims from 2 speakers" in ctx
    assert "Anna Lindqvist (2)" in msg.text


def test_two_hundred_claims_stay_within_slack_limits():
    claims = [claim(f"Speaker {i % 70}", ("word " * 400) + "&<>" * 300, role="r" * 500, via="v", start=i)
              for i in range(200)]
    msg = render_claims(claims, title="T" * 1000, url="https://e.com/" + "p" * 3000)
    assert len(msg.blocks) <= MAX_BLOCKS
    for t in texts(msg.blocks):
        assert len(t) <= MAX_SECTION_CHARS
    assert "more" in json.dumps(msg.blocks[-1])
    assert len(msg.text) <= 3000


def test_one_speaker_with_many_long_quotes_fits_a_section():
    claims = [claim("Bennett", f"{i} " + "&" * 400, start=i) for i in range(50)]
    msg = render_claims(claims, title="t")
    for t in texts(msg.blocks):
        assert len(t) <= MAX_SECTION_CHARS
    assert "…and 48 more from Bennett" in json.dumps(msg.blocks, ensure_ascii=False)


def test_no_claims_and_failure_messages():
    msg = render_claims([], title="Quiet day")
    assert "no quotes" in json.dumps(msg.blocks) and msg.text
    fail = render_failure("That link is <!channel> broken")
    assert_inert(fail.text)
    assert "<!channel>" not in json.dumps(fail.blocks)


def hit(quote=EVIL, speaker="Bruce Bennett", **kw):
    base = dict(speaker=speaker, speaker_id=1, quote=quote, kind="direct", role="<!here> researcher", via="Reuters",
                article_id="a1", article_title="<@U123> title", article_url="https://e.com/1",
                article_date="2026-11-20", created_at="2026-11-20T10:00:00Z")
    base.update(kw)
    return QuoteHit(**base)


def test_quote_hits_are_inert_dated_linked_and_shareable():
    msg = render_quote_hits("Bennett", [hit(), hit("Second & last")])
    for t in texts(msg.blocks) + [msg.text]:
        assert_inert(t)
    dumped = json.dumps(msg.blocks)
    assert "2026-11-20" in dumped and "<https://e.com/1#:~:text=" in dumped and "via Reuters" in dumped
    assert msg.blocks[-1]["type"] == "actions" and msg.blocks[-1]["elements"][0]["action_id"] == "whosaid_share"
    shared = render_quote_hits("Bennett", [hit()], shareable=False, shared_by="U9")
    assert all(b["type"] != "actions" for b in shared.blocks) and "<@U9>" in json.dumps(shared.blocks)


def test_quote_hits_limits_and_empty():
    msg = render_quote_hits("x", [hit("q" * 5000) for _ in range(100)])
    assert len(msg.blocks) <= MAX_BLOCKS and all(len(t) <= MAX_SECTION_CHARS for t in texts(msg.blocks))
    empty = render_quote_hits("<!channel>", [], suggestions=["Bruce Bennett"])
    assert_inert(empty.text) and "Bruce Bennett" in empty.text


def test_digest_top_and_home_are_inert_and_bounded():
    sp = DigestSpeaker(1, "<@U123>", "<!here>", (EVIL,) * 5)
    arts = tuple(DigestArticle(f"a{i}", "<!channel> news", "https://e.com/x", None, (sp,) * 8, 40) for i in range(80))
    top = (SpeakerCount(1, "<!channel> Boss", "person", 9, 3),)
    d = Digest(date(2026, 11, 24), arts, top, 3200, failed=2)
    msg = render_digest(d)
    assert len(msg.blocks) <= MAX_BLOCKS
    for t in texts(msg.blocks) + [msg.text]:
        assert_inert(t)
        assert len(t) <= MAX_SECTION_CHARS
    assert "Tue 24 Nov 2026" in msg.text and "could not be read" in json.dumps(msg.blocks)
    assert "No articles" in render_digest(Digest(date(2026, 11, 24), (), (), 0)).text
    t = render_top_speakers(top)
    for x in texts(t.blocks):
        assert_inert(x)
    art = StoredArticle("a", "https://e.com", "<!channel>", None, "", "done", None, "2026-11-24T10:00:00Z", "",
                        claim_count=3)
    view = render_home([art] * 30, list(top) * 3)
    assert view["type"] == "home" and len(view["blocks"]) <= MAX_BLOCKS
    for x in texts(view["blocks"]):
        assert_inert(x)
    assert "/whosaid" in json.dumps(render_help().blocks)


def test_already_read_note_links_the_first_thread_and_escapes():
    from bot.slack.render import already_read_note, render_claims

    note = already_read_note("2026-11-03T10:00:00.000000Z", "https://x.slack.com/archives/C1/p1")
    assert note.startswith(":recycle: Already read on 3 Nov") and "<https://x.slack.com/archives/C1/p1|that thread>" in note
    assert already_read_note("2026-11-03", None).endswith("3 Nov.")
    assert already_read_note("2026-11-03", "javascript:alert(1)").endswith("3 Nov.")
    msg = render_claims([], title="T", read_before=note)
    assert msg.blocks[0]["elements"][0]["text"] == note and msg.text.startswith("Already read before.")


def test_quote_url_is_a_text_fragment_that_stays_inert():
    from bot.slack.render import quote_url

    url = quote_url("https://e.com/a?x=1#old", "“We have waited twenty years for this bridge, and now it will be built,”")
    assert url == "https://e.com/a?x=1#:~:text=We%20have%20waited%20twenty,it%20will%20be%20built"
    assert quote_url("https://e.com/a", "Yes - and _now_, fast") == "https://e.com/a#:~:text=Yes%20%2D%20and%20%5Fnow%5F%2C%20fast"
    assert quote_url(None, "x") is None and quote_url("javascript:alert(1)", "x") is None


def test_a_quote_from_several_articles_is_listed_once_with_its_first_source():
    from bot.slack.render import render_quote_hits
    from store.types import QuoteGroup, QuoteHit, QuoteSource

    hit = QuoteHit(speaker="Jane Holloway", speaker_id=1, quote="Build the bridge now", kind="direct", role=None,
                   via=None, article_id="a3", article_title="T3", article_url=None, article_date="2026-11-04",
                   created_at="2026-11-04T10:00:00Z", group_id=7)
    sources = tuple(QuoteSource(f"a{i}", u, None, f"2026-11-0{i + 1}", "") for i, u in
                    enumerate(["https://reuters.example/x", "https://times.example/y", None, None]))
    msg = render_quote_hits("Holloway", [QuoteGroup(hit, sources)])
    dumped = json.dumps(msg.blocks, ensure_ascii=False)
    assert "in 4 articles · first 1 Nov, <https://reuters.example/x#:~:text=Build%20the%20bridge%20now|reuters.example>" in dumped
    assert "1 quote, newest first" in dumped


def test_thread_reply_links_each_quote_of_a_linked_page_to_its_place():
    from bot.slack.render import render_claims

    c = {"speaker": "Jane Holloway", "quote": "Build it now and build it well", "kind": "direct", "start": 0}
    linked = json.dumps(render_claims([c], title="T", url="https://e.com/story").blocks, ensure_ascii=False)
    assert "<https://e.com/story#:~:text=Build%20it%20now%20and%20build%20it%20well|↗>" in linked
    assert "#:~:text=" not in json.dumps(render_claims([c], title="T").blocks)  # pasted text: nowhere to link


def test_summary_line_names_the_most_quoted_with_short_roles_and_counts():
    claims = [claim("Harry Kazianis", "a", role="senior director of Korean studies at the Center for the National "
                    "Interest", start=0),
              claim("Harry Kazianis", "b", start=1),
              claim("Kim Jong-un", "c", start=2), claim("Kim Jong-un", "d", kind="indirect", start=3),
              claim("Bruce Bennett", "e", role="researcher at RAND", start=4),
              claim("Ann Other", "f", start=5)]
    line = summary_line(claims)
    assert line.startswith("*6 claims from 4 speakers* — Harry Kazianis (Center for the National Interest) ×2, "
                           "Kim Jong-un ×2, Bruce Bennett (RAND)")
    assert "Ann Other" not in line and "5 direct quotes, 1 reported" in line


def test_many_claims_show_the_first_per_speaker_and_a_show_all_button():
    claims = [claim("Anna Lindqvist", f"quote number {i}", start=i) for i in range(12)]
    msg = render_claims(claims, title="Talks", article_id="abc123")
    buttons = [e for b in msg.blocks if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == [SHOW_ALL_ACTION_ID] and buttons[0]["value"] == "abc123"
    assert "Show all 12 claims" in buttons[0]["text"]["text"]
    dumped = json.dumps(msg.blocks)
    assert "quote number 2" in dumped and "quote number 3" not in dumped and "9 more from Anna Lindqvist" in dumped
    few = render_claims(claims[:2], title="Talks", article_id="abc123")
    assert not [b for b in few.blocks if b["type"] == "actions"]  # nothing hidden, no button


def test_show_all_modal_holds_every_claim_within_slack_limits():
    claims = [claim(f"Speaker {i % 150}", f"quote {i}", start=i) for i in range(300)]
    view = render_all_claims_modal(claims, title="Long")
    assert view["type"] == "modal" and len(view["blocks"]) <= 100
    assert "quote 0" in json.dumps(view["blocks"]) and "more claims" in json.dumps(view["blocks"][-1])
    small = render_all_claims_modal(claims[:20], title="Short")
    assert all(f"quote {i}" in json.dumps(small["blocks"]) for i in range(20))


def test_a_quote_repeated_by_the_same_speaker_in_one_article_is_shown_once():
    headline = claim("Experts", "North ICBM manufacturing situation, not surprising", start=0)
    again = claim("Experts", "“North ICBM manufacturing situation, not surprising.”", start=400)
    other_speaker = claim("Bruce Bennett", "North ICBM manufacturing situation, not surprising", start=800)
    edited = claim("Experts", "North ICBM manufacturing situation, hardly surprising", start=900)
    msg = render_claims([headline, again, other_speaker, edited], title="T")
    body = "\n".join(texts(msg.blocks))
    assert body.count("not surprising") == 2  # once for Experts, once for Bruce Bennett
    assert "hardly surprising" in body  # different words are a different quote
    assert "3 claims from 2 speakers" in body
    modal = json.dumps(render_all_claims_modal([headline, again, other_speaker, edited], title="T"))
    assert modal.count("not surprising") == 2
