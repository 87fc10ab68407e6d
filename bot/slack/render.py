"""Slack messages: Block Kit blocks, mrkdwn escaping and plain-text fallbacks.

Pure functions over claims, quote hits and digests; nothing here talks to
Slack or the database. Every string that comes from an article (titles,
names, roles, channels, quotes, URLs) goes through `escape()` / `link()`
before it reaches mrkdwn, so an article cannot ping `<!channel>`, mention
`<@U123>`, hide a link behind innocent text, or break our formatting.

Slack limits honoured here: at most 50 blocks per message / view, at most
3,000 characters per section text, 2,000 per button value, 150 per header.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote as _pct
from urllib.parse import urlsplit

from store.grouping import quote_key

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_CONTEXT_CHARS = 2000  # per context element; Slack allows 10 elements
MAX_FALLBACK_CHARS = 3000
MAX_BUTTON_VALUE = 2000
QUOTE_CHARS = 280  # a quote in a reply is trimmed to about this many characters
QUOTES_PER_SPEAKER = 3  # in a thread reply; the rest are behind "Show all"
MODAL_BLOCKS = 100  # Slack's limit for a modal view
SUMMARY_TOP = 3  # speakers named in the reply's one-line summary
MAX_REPLY_QUOTES = 60  # in one thread reply, in total

SHARE_ACTION_ID = "whosaid_share"
SHOW_ALL_ACTION_ID = "whosaid_show_all"
SHOW_ALL_CALLBACK_ID = "whosaid_all_claims"
SHORTCUT_CALLBACK_ID = "whosaid_message"

Block = dict[str, Any]

# --------------------------------------------------------------------------
# Escaping


_FORMAT_LOOKALIKES = str.maketrans({
    "*": "\u2217",  # ∗ asterisk operator
    "_": "\u02cd",  # ˍ modifier letter low macron
    "~": "\u223c",  # ∼ tilde operator
    "`": "\u02cb",  # ˋ modifier letter grave accent
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def escape(text: str | None) -> str:
    """Make untrusted text inert in mrkdwn.

    `&`, `<`, `>` become entities (so `<!channel>`, `<@U123>`, `<https://x|y>`
    show as text), and the formatting characters `* _ ~ `` are swapped for
    look-alikes so they cannot start bold/italic/strike/code spans. Control
    characters and bidi overrides are removed.
    """
    if not text:
        return ""
    text = _CONTROL.sub("", str(text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.translate(_FORMAT_LOOKALIKES)


def escape_basic(text: str | None) -> str:
    """Only the three entities (for places where `* _ ~ `` are harmless, e.g. URLs)."""
    if not text:
        return ""
    return _CONTROL.sub("", str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_url(url: str | None) -> str | None:
    """An http(s) URL made safe to sit inside `<url|label>`, or None if it is not a web link."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Characters that would end or split the link markup, and whitespace, are percent-encoded.
    url = _pct(url, safe="!#$%&'()*+,/:;=?@[]~-._")
    return escape_basic(url)


def link(url: str | None, label: str | None) -> str:
    """`<url|label>` with both parts escaped; just the escaped label when the URL is unusable."""
    label_s = escape(label) if label else ""
    u = safe_url(url)
    if not u:
        return label_s
    return f"<{u}|{label_s or escape(domain(url))}>"


def domain(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def trim(text: str | None, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis when shortened."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    if text[limit - 1] != " ":  # mid-word: back up to the last word boundary
        space = cut.rfind(" ")
        if space >= limit // 2:
            cut = cut[:space]
    return cut.rstrip(" ,;:-–—(") + "…"


def _fit(text: str, limit: int = MAX_SECTION_CHARS) -> str:
    """Last-resort guard for already-escaped mrkdwn: cut at a line (or entity-safe) boundary."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    nl = cut.rfind("\n")
    if nl >= limit // 2:
        return cut[:nl] + "\n…"
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]  # never leave half an entity
    lt = cut.rfind("<")
    if lt != -1 and ">" not in cut[lt:]:
        cut = cut[:lt]  # never leave half a link
    return cut + "…"


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _fit(text)}}


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _fit(t, MAX_CONTEXT_CHARS)} for t in texts[:10]]}


def divider() -> Block:
    return {"type": "divider"}


def header(text: str) -> Block:
    """Header block for OUR OWN fixed text only (plain_text is not escaped)."""
    return {"type": "header", "text": {"type": "plain_text", "text": text[:150], "emoji": True}}


@dataclass(frozen=True)
class Message:
    """What to send: `blocks` plus a plain-text `text` fallback (notifications, screen readers)."""

    text: str
    blocks: list[Block]

    def kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


# --------------------------------------------------------------------------
# Claims


def _a(obj: Any, name: str, default: Any = None) -> Any:
    return getattr(obj, name, default) if not isinstance(obj, dict) else obj.get(name, default)


def format_quote(quote: str, kind: str | None, limit: int = QUOTE_CHARS) -> str:
    """A claim's content, trimmed and escaped: direct quotes in curly quotes, reported speech marked as such."""
    q = trim(quote, limit)
    if kind == "indirect":
        return f"_reported:_ {escape(q)}"
    if q[:1] in "\"“'‘" or kind == "mixed":
        return escape(q)
    return f"“{escape(q)}”"


def _speaker_label(name: str | None) -> str:
    return escape(name) if name else "Unattributed"


def _attribution(role: str | None, via: str | None) -> str:
    bits = []
    if role:
        bits.append(escape(trim(role, 160)))
    if via:
        bits.append(f"via {escape(trim(via, 80))}")
    return " · ".join(bits)


def distinct_claims(claims: Iterable[Any]) -> list[Any]:
    """Each quote once per speaker: a repeat in the same article (a headline quote the body gives again) is left
    out, whatever its quote marks, case or closing punctuation (the key the log groups quotes by)."""
    seen: set[tuple[str | None, str]] = set()
    kept = []
    for c in claims:
        key = (_a(c, "speaker"), quote_key(_a(c, "quote")))
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return kept


def group_by_speaker(claims: Iterable[Any]) -> list[tuple[str | None, list[Any]]]:
    """Claims grouped by speaker, speakers in order of first appearance, claims in text order."""
    groups: dict[str | None, list[Any]] = {}
    for c in sorted(claims, key=lambda c: (_a(c, "start") or 0)):
        groups.setdefault(_a(c, "speaker"), []).append(c)
    # Unattributed claims go last.
    return sorted(groups.items(), key=lambda kv: kv[0] is None)


def _first_role(claims: Sequence[Any]) -> str | None:
    for c in claims:
        if _a(c, "role"):
            return _a(c, "role")
    return None


def _quote_link(url: str | None, quote: str | None) -> str:
    """' <page#:~:text=…|↗>': a link to the quote on its page (empty without a web link)."""
    u = safe_url(quote_url(url, quote))
    return f" <{u}|↗>" if u else ""


def _speaker_section(name: str | None, claims: Sequence[Any], *, per_speaker: int, url: str | None = None) -> str:
    role = _first_role(claims)
    head = f"*{_speaker_label(name)}*"
    if role:
        head += f", {escape(trim(role, 160))}"
    lines = [head]
    shown = 0
    for c in claims:
        if shown >= per_speaker:
            break
        line = f"• {format_quote(_a(c, 'quote', ''), _a(c, 'kind'))}"
        via = _a(c, "via")
        if via:
            line += f" _(via {escape(trim(via, 80))})_"
        line += _quote_link(url, _a(c, "quote"))
        if sum(len(x) + 1 for x in lines) + len(line) + 40 > MAX_SECTION_CHARS:
            break
        lines.append(line)
        shown += 1
    rest = len(claims) - shown
    if rest:
        lines.append(f"_…and {rest} more from {_speaker_label(name)}_")
    return "\n".join(lines)


def short_role(role: str | None) -> str | None:
    """The organisation part of a role ("senior director of X at the Center for Y" → "Center for Y"), short."""
    if not role:
        return None
    for sep in (" at ", " of "):
        if sep in role:
            role = role.rsplit(sep, 1)[1]
            break
    role = re.sub(r"^the\s+", "", role.strip(" ,."), flags=re.I)
    return trim(role, 40) or None


def summary_line(claims: Sequence[Any]) -> str:
    """ "14 claims from 8 speakers — Harry Kazianis (CNI) ×2, Kim Jong-un ×2, Bruce Bennett (RAND)" (escaped)."""
    groups = group_by_speaker(claims)
    named = [(n, cs) for n, cs in groups if n is not None]
    direct = sum(1 for c in claims if _a(c, "kind") != "indirect")
    head = f"{_plural(len(claims), 'claim')} from {_plural(len(named), 'speaker')}"
    top = sorted(named, key=lambda g: -len(g[1]))[:SUMMARY_TOP]
    parts = []
    for name, cs in top:
        role = short_role(_first_role(cs))
        part = escape(name) + (f" ({escape(role)})" if role else "") + (f" ×{len(cs)}" if len(cs) > 1 else "")
        parts.append(part)
    line = f"*{head}*" + (" — " + ", ".join(parts) if parts else "")
    return line + f"  ·  {_plural(direct, 'direct quote')}, {len(claims) - direct} reported"


def show_all_button(article_id: str, total: int) -> Block:
    return {"type": "actions", "elements": [{
        "type": "button", "action_id": SHOW_ALL_ACTION_ID, "value": article_id[:MAX_BUTTON_VALUE],
        "text": {"type": "plain_text", "text": f"Show all {total:,} claims"},
    }]}


def render_all_claims_modal(claims: Sequence[Any], *, title: str | None) -> dict[str, Any]:
    """A modal with every claim of an article, by speaker (as many as Slack's 100 blocks hold)."""
    claims = distinct_claims(claims)
    blocks: list[Block] = [section(article_heading(title, None)), context(summary_line(claims)), divider()]
    groups = group_by_speaker(claims)
    for i, (name, cs) in enumerate(groups):
        if len(blocks) >= MODAL_BLOCKS - 1:
            rest = sum(len(c) for _, c in groups[i:])
            blocks.append(context(f"…and {_plural(rest, 'more claim')}: `/whosaid NAME` lists everything someone said."))
            break
        blocks.append(section(_speaker_section(name, cs, per_speaker=len(cs))))
    return {"type": "modal", "callback_id": SHOW_ALL_CALLBACK_ID,
            "title": {"type": "plain_text", "text": "Who said what"},
            "close": {"type": "plain_text", "text": "Close"}, "blocks": blocks[:MODAL_BLOCKS]}


def render_notice_modal(text: str) -> dict[str, Any]:
    """The "Who said what" modal with a single line of explanation instead of claims."""
    return {"type": "modal", "callback_id": SHOW_ALL_CALLBACK_ID,
            "title": {"type": "plain_text", "text": "Who said what"},
            "close": {"type": "plain_text", "text": "Close"}, "blocks": [section(escape(text))]}


def article_heading(title: str | None, url: str | None) -> str:
    label = trim(title, 200) if title else (domain(url) or "Pasted article")
    return f"*{link(url, label)}*" if safe_url(url) else f"*{escape(label)}*"


def short_date(value: str | None) -> str:
    """'2026-11-03…' as '3 Nov' (the value itself when it is not a date)."""
    try:
        d = date.fromisoformat((value or "")[:10])
    except ValueError:
        return escape((value or "")[:10])
    return f"{d.day} {d:%b}"


def already_read_note(first_seen: str | None, permalink: str | None) -> str:
    """'Already read on 3 Nov — who said what is in <that thread>' (mrkdwn)."""
    note = f":recycle: Already read on {short_date(first_seen)}"
    u = safe_url(permalink)
    return note + (f" — who said what is in <{u}|that thread>." if u else ".")


def render_claims(claims: Sequence[Any], *, title: str | None = None, url: str | None = None,
                  per_speaker: int = QUOTES_PER_SPEAKER, max_quotes: int = MAX_REPLY_QUOTES,
                  article_id: str | None = None, note: str | None = None,
                  read_before: str | None = None) -> Message:
    """The thread reply for one article: a one-line summary, then claims grouped by speaker, within Slack's limits.

    The first `per_speaker` claims of each speaker are shown; with `article_id`, a "Show all" button opens
    the rest in a modal. A quote repeated by the same speaker in the article is shown once. `read_before`
    (mrkdwn, already escaped) goes first: `already_read_note` for an article read before; `note` (plain text)
    goes under the summary.
    """
    claims = distinct_claims(claims)
    groups = group_by_speaker(claims)
    source = domain(url) or "pasted text"
    blocks: list[Block] = [section(article_heading(title, url))]
    if read_before:
        blocks.insert(0, context(read_before))
    if not claims:
        blocks.append(context(f"Who said what · source: {escape(source)}"))
        blocks.append(section("I read it but found no quotes or reported claims attributed to anyone."))
        if note:
            blocks.append(context(escape(note)))
        text = f"Who said what in {trim(title or source, 150)}: I found no quotes or reported claims."
        return Message(text=("Already read before. " if read_before else "") + escape(text), blocks=blocks)
    blocks.append(section(summary_line(claims)))
    blocks.append(context(f"Who said what · source: {escape(source)} · “direct quotes” and _reported:_ speech"))
    if note:
        blocks.append(context(escape(note)))
    blocks.append(divider())
    budget = max_quotes
    reserve = 2  # for the "and N more" note and the button
    shown_speakers = shown_claims = 0
    for name, cs in groups:
        if len(blocks) >= MAX_BLOCKS - reserve or budget <= 0:
            break
        n = max(1, min(per_speaker, budget))
        text = _speaker_section(name, cs, per_speaker=n, url=url)
        blocks.append(section(text))
        shown = text.count("\n• ")
        budget -= shown
        shown_claims += shown
        shown_speakers += 1
    hidden = groups[shown_speakers:]
    if hidden:
        hidden_claims = sum(len(cs) for _, cs in hidden)
        names = ", ".join(_speaker_label(n) for n, _ in hidden[:8])
        more = f"…and {_plural(len(hidden), 'more speaker')} ({_plural(hidden_claims, 'claim')})"
        blocks.append(context(f"{more}: {names}{', …' if len(hidden) > 8 else ''}."))
    if shown_claims < len(claims) and article_id:
        blocks.append(show_all_button(article_id, len(claims)))
    fallback = claims_fallback(groups, title=title, source=source, total=len(claims))
    return Message(text=("Already read before. " if read_before else "") + fallback, blocks=blocks[:MAX_BLOCKS])


def claims_fallback(groups: Sequence[tuple[str | None, Sequence[Any]]], *, title: str | None, source: str, total: int) -> str:
    head = f"Who said what in {trim(title or source, 150)}: {_plural(total, 'claim')}"
    parts = [f"{n or 'Unattributed'} ({len(cs)})" for n, cs in groups]
    text = head + (" — " + ", ".join(parts) if parts else "")
    return escape(trim(text, MAX_FALLBACK_CHARS - 200))


def render_failure(user_message: str, *, note: str | None = None) -> Message:
    """A short, friendly failure note for the thread (never a traceback)."""
    msg = escape(trim(user_message, 500)) or "Sorry, something went wrong reading that."
    blocks = [section(f":warning: {msg}")] + ([context(escape(note))] if note else [])
    return Message(text=f"Sorry: {msg}", blocks=blocks)


# --------------------------------------------------------------------------
# /whosaid NAME


def _date_label(value: str | None) -> str:
    return escape((value or "")[:10])


_FRAGMENT_EXTRA = str.maketrans({"-": "%2D", "_": "%5F", "~": "%7E", "*": "%2A"})


def quote_url(url: str | None, quote: str | None) -> str | None:
    """A link to the quote itself on its page: `url#:~:text=start,end` (a URL text fragment), so one click
    shows it highlighted in context. The page's own fragment is dropped; None without a web link."""
    if not safe_url(url):
        return None
    base = url.strip().split("#", 1)[0]
    ws = (quote or "").strip().strip("\"“”‘’'«» ").split()
    if ws:
        ws[-1] = ws[-1].rstrip(".,;:!?\"“”‘’'»")
    ws = [w for w in ws if w]
    if not ws:
        return base

    def enc(words: list[str]) -> str:
        # ',', '&' and '-' have a meaning in a fragment directive; '_ ~ *' would read as mrkdwn formatting
        return _pct(" ".join(words), safe="").translate(_FRAGMENT_EXTRA)

    if len(ws) <= 8:
        return f"{base}#:~:text={enc(ws)}"
    return f"{base}#:~:text={enc(ws[:4])},{enc(ws[-4:])}"


def _source_name(url: str | None, title: str | None) -> str:
    return domain(url) or trim(title, 60) or "pasted text"


def render_quote_hits(name: str, hits: Sequence[Any], *, shareable: bool = True, shared_by: str | None = None,
                      suggestions: Sequence[str] = (), search: bool = False) -> Message:
    """What NAME has been quoted saying, newest first, with article links and dates.

    `hits` are quote hits, or quote groups (`hit` + `sources`, oldest first): a quote that appeared in
    several articles is listed once, "in 4 articles · first 2 Nov, reuters.com".
    `search`: `name` is the words of `/whosaid search WORDS` and the hits are quotes containing them."""
    if not hits and search:
        text = f"I haven't logged any quotes containing {escape(trim(name, 100))}."
        return Message(text=text, blocks=[section(text)])
    if not hits:
        text = f"I haven't logged any quotes from {escape(trim(name, 100))} yet."
        if suggestions:
            text += " Did you mean: " + ", ".join(f"*{escape(s)}*" for s in suggestions[:5]) + "?"
        return Message(text=text, blocks=[section(text)])
    items = [(_a(h, "hit") or h, list(_a(h, "sources", ()) or ())) for h in hits]
    speakers = []
    for h, _ in items:
        s = _a(h, "speaker")
        if s and s not in speakers:
            speakers.append(s)
    who = ", ".join(escape(s) for s in speakers[:3]) or escape(trim(name, 100))
    unit = "quote" if any(src for _, src in items) else "claim"
    intro = f"*What {who} said* — {_plural(len(hits), unit)}, newest first"
    command = escape(trim(name, 100))
    if search:
        intro = f"*Quotes containing “{command}”* — {_plural(len(hits), unit)}, best match first"
        command = f"search {command}"
    blocks: list[Block] = [section(intro)]
    if shared_by:
        blocks.append(context(f"Shared by <@{escape_basic(shared_by)}> with `/whosaid {command}`"))
    reserve = 2  # "and N more" + share button
    shown = 0
    for h, sources in items:
        if len(blocks) >= MAX_BLOCKS - reserve:
            break
        quote = format_quote(_a(h, "quote", ""), _a(h, "kind"), limit=500)
        meta = []
        speaker = _a(h, "speaker")
        if len(speakers) > 1 and speaker:
            meta.append(f"*{escape(speaker)}*")
        attr = _attribution(_a(h, "role"), _a(h, "via"))
        if attr:
            meta.append(attr)
        if len(sources) > 1:
            first = sources[0]
            where = _source_name(_a(first, "url"), _a(first, "title"))
            meta.append(f"in {_plural(len(sources), 'article')} · first {short_date(_a(first, 'date'))}, "
                        + (link(quote_url(_a(first, "url"), _a(h, "quote")), where) or escape(where)))
        else:
            url = _a(h, "article_url")
            art = link(quote_url(url, _a(h, "quote")), trim(_a(h, "article_title") or domain(url) or "an article", 120))
            if art:
                meta.append(art)
            d = _date_label(_a(h, "article_date") or _a(h, "created_at"))
            if d:
                meta.append(d)
        blocks.append(section(f"{quote}\n{' · '.join(meta)}"))
        shown += 1
    if shown < len(hits):
        blocks.append(context(f"…and {_plural(len(hits) - shown, 'more ' + unit)}."))
    if shareable:
        blocks.append(share_button("search" if search else "who", name))
    fallback = f"What {speakers[0] if speakers else trim(name, 100)} said: {_plural(len(hits), unit)}"
    first_quote = _a(items[0][0], "quote", "")
    fallback += f" — latest: “{trim(first_quote, 200)}”"
    return Message(text=escape(fallback), blocks=blocks[:MAX_BLOCKS])


def render_check(text: str, hits: Sequence[Any]) -> Message:
    """`/whosaid check "words"`: who said it, first seen where and when; or a clear "not in the log"."""
    asked = escape(trim(text, 200))
    if not hits:
        msg = f"Not in the log: I have no record of anyone saying “{asked}”."
        return Message(text=msg, blocks=[section(f":mag: {msg}")])
    blocks: list[Block] = [section(f":mag: *Who said “{asked}”* — according to the log")]
    for h in hits[:10]:
        g = _a(h, "group")
        hit, sources = _a(g, "hit"), list(_a(g, "sources", ()) or ())
        who = f"*{_speaker_label(_a(hit, 'speaker'))}*"
        attr = _attribution(_a(hit, "role"), _a(hit, "via"))
        lines = [f"{who}{', ' + attr if attr else ''} ({round(_a(h, 'score', 0))}% alike)",
                 format_quote(_a(hit, "quote", ""), _a(hit, "kind"), limit=500)]
        if sources:
            first = sources[0]
            where = _source_name(_a(first, "url"), _a(first, "title"))
            line = f"first seen {short_date(_a(first, 'date'))}, " + (
                link(quote_url(_a(first, "url"), _a(hit, "quote")), where) or escape(where))
            if len(sources) > 1:
                line += f" · in {_plural(len(sources), 'article')}"
            lines.append(line)
        blocks.append(section("\n".join(lines)))
    top = _a(_a(hits[0], "group"), "hit")
    fallback = f"“{trim(text, 100)}”: said by {_a(top, 'speaker') or 'an unattributed speaker'}"
    return Message(text=escape(fallback), blocks=blocks)


def render_follow_dm(speakers: Sequence[str], claims: Sequence[Any], *, title: str | None, url: str | None,
                     per_speaker: int = 3) -> Message:
    """The direct message to a follower: new claims by the speakers they follow, in one article."""
    who = ", ".join(f"*{escape(s)}*" for s in speakers[:5]) or "someone you follow"
    blocks: list[Block] = [section(f":bell: New from {who} in {article_heading(title, url)}")]
    for name, cs in group_by_speaker(claims):
        lines = [f"*{_speaker_label(name)}*"]
        for c in cs[:per_speaker]:
            lines.append(f"• {format_quote(_a(c, 'quote', ''), _a(c, 'kind'))}{_quote_link(url, _a(c, 'quote'))}")
        if len(cs) > per_speaker:
            lines.append(f"_…and {len(cs) - per_speaker} more_")
        blocks.append(section("\n".join(lines)))
        if len(blocks) >= MAX_BLOCKS - 1:
            break
    blocks.append(context("You follow them with `/whosaid follow NAME`; `/whosaid unfollow NAME` to stop."))
    text = f"New from {', '.join(speakers[:5]) or 'someone you follow'} in {trim(title or domain(url) or 'an article', 150)}"
    return Message(text=escape(text), blocks=blocks)


def share_button(cmd: str, arg: str = "") -> Block:
    value = json.dumps({"cmd": cmd, "arg": trim(arg, 200)})[:MAX_BUTTON_VALUE]
    return {
        "type": "actions",
        "elements": [{
            "type": "button", "action_id": SHARE_ACTION_ID, "value": value,
            "text": {"type": "plain_text", "text": "Share to channel"},
        }],
    }


def parse_share_value(value: str) -> tuple[str, str]:
    try:
        data = json.loads(value)
        return str(data.get("cmd", "")), str(data.get("arg", ""))
    except (ValueError, AttributeError):
        return "", ""


# --------------------------------------------------------------------------
# Top speakers, digest, help, App Home


def _speaker_rows(top: Sequence[Any]) -> list[str]:
    return [
        f"{i}. *{escape(_a(s, 'name'))}* — {_plural(_a(s, 'claims', 0), 'claim')} in {_plural(_a(s, 'articles', 0), 'article')}"
        for i, s in enumerate(top, 1)
    ]


def render_top_speakers(top: Sequence[Any], *, period: str = "this week", shareable: bool = True,
                        shared_by: str | None = None) -> Message:
    if not top:
        text = f"No one has been quoted in the articles I've read {period}."
        return Message(text=text, blocks=[section(text)])
    blocks = [section(f"*Most-quoted speakers {period}*\n" + "\n".join(_speaker_rows(top)))]
    if shared_by:
        blocks.append(context(f"Shared by <@{escape_basic(shared_by)}> with `/whosaid top`"))
    if shareable:
        blocks.append(share_button("top"))
    fallback = f"Most-quoted {period}: " + ", ".join(f"{_a(s, 'name')} ({_a(s, 'claims', 0)})" for s in top[:10])
    return Message(text=escape(trim(fallback, MAX_FALLBACK_CHARS)), blocks=blocks)


def _day_label(day: date | str) -> str:
    if isinstance(day, date):
        return f"{day:%a} {day.day} {day:%b %Y}"
    return str(day)


def render_digest(digest: Any, *, shareable: bool = False, shared_by: str | None = None,
                  quotes_per_speaker: int = 2, speakers_per_article: int = 5) -> Message:
    """The daily digest: articles → speakers → their claims, within Slack's limits."""
    day = _day_label(_a(digest, "day"))
    articles = list(_a(digest, "articles", ()) or ())
    total = _a(digest, "total_claims", 0) or 0
    failed = _a(digest, "failed", 0) or 0
    blocks: list[Block] = [header(f"Who said what — {day}")]
    if not articles:
        text = f"No articles were read on {day}."
        blocks.append(section(text))
        return Message(text=text, blocks=blocks)
    summary = f"{_plural(len(articles), 'article')} · {_plural(total, 'claim')}"
    if failed:
        summary += f" · {failed} could not be read"
    blocks.append(context(summary))
    top = list(_a(digest, "top_speakers", ()) or ())
    if top:
        blocks.append(section("*Most quoted:* " + ", ".join(
            f"{escape(_a(s, 'name'))} ({_a(s, 'claims', 0)})" for s in top[:5])))
    blocks.append(divider())
    reserve = 2 + (1 if shareable else 0) + (1 if shared_by else 0)
    shown = 0
    for a in articles:
        if len(blocks) >= MAX_BLOCKS - reserve:
            break
        lines = [article_heading(_a(a, "title"), _a(a, "url")) + f" — {_plural(_a(a, 'claim_count', 0) or 0, 'claim')}"]
        speakers = list(_a(a, "speakers", ()) or ())
        for sp in speakers[:speakers_per_article]:
            head = f"• *{_speaker_label(_a(sp, 'name'))}*"
            if _a(sp, "role"):
                head += f" ({escape(trim(_a(sp, 'role'), 100))})"
            quotes = list(_a(sp, "quotes", ()) or ())
            # The digest does not say which claims were direct quotes, so add no quote marks of our own:
            # quote marks around a paraphrase would misquote the speaker.
            qs = "; ".join(format_quote(q, "indirect", limit=160) for q in quotes[:quotes_per_speaker])
            if len(quotes) > quotes_per_speaker:
                qs += f" _(+{len(quotes) - quotes_per_speaker} more)_"
            lines.append(f"{head}: {qs}" if qs else head)
        if len(speakers) > speakers_per_article:
            lines.append(f"_…and {_plural(len(speakers) - speakers_per_article, 'more speaker')}_")
        blocks.append(section("\n".join(lines)))
        shown += 1
    if shown < len(articles):
        blocks.append(context(f"…and {_plural(len(articles) - shown, 'more article')}."))
    if shared_by:
        blocks.append(context(f"Shared by <@{escape_basic(shared_by)}> with `/whosaid digest`"))
    if shareable:
        blocks.append(share_button("digest"))
    fallback = f"Who said what — {day}: {summary}"
    return Message(text=escape(fallback), blocks=blocks[:MAX_BLOCKS])


HELP_TEXT = (
    "*whosaid* finds who said what in news articles.\n"
    "• Paste a link to an article, or the article's text, in a channel I'm in: I reply in the thread "
    "with every quote and reported claim, grouped by speaker.\n"
    "• Message menu → *Who said what?* runs me on any message.\n"
    "• Mention me in a thread to run me on the thread's first message.\n"
    "• `/whosaid NAME` — what NAME has been quoted saying (only you see it; you can share it).\n"
    "• `/whosaid check \"words of a quote\"` — who said it, first seen where and when.\n"
    "• `/whosaid follow NAME` — a direct message when NAME is quoted in a new article "
    "(`unfollow NAME`, `following`).\n"
    "• `/whosaid top` — the most-quoted speakers this week.\n"
    "• `/whosaid search WORDS` — quotes containing all these words.\n"
    "• `/whosaid digest` — today's digest, now."
)


def render_help() -> Message:
    return Message(text="whosaid: paste an article or a link; /whosaid NAME, /whosaid top, /whosaid digest.",
                   blocks=[section(HELP_TEXT)])


_STATUS_EMOJI = {"done": ":white_check_mark:", "failed": ":warning:", "pending": ":hourglass_flowing_sand:"}


def render_home(recent: Sequence[Any], top: Sequence[Any]) -> dict[str, Any]:
    """The App Home tab view: how to use it, recent articles, top speakers this week."""
    blocks: list[Block] = [header("whosaid — who said what"), section(HELP_TEXT), divider()]
    blocks.append(section("*Recent articles*"))
    if not recent:
        blocks.append(context("Nothing yet: paste an article or a link in a channel I'm in."))
    for a in recent[:20]:
        status = _a(a, "status", "") or ""
        emoji = _STATUS_EMOJI.get(status, "")
        line = f"{emoji} {article_heading(_a(a, 'title'), _a(a, 'url'))}".strip()
        meta = []
        if status == "done":
            meta.append(_plural(_a(a, "claim_count", 0) or 0, "claim"))
        elif status == "failed":
            meta.append("could not be read")
        created = _a(a, "created")
        if created:
            meta.append(_date_label(created))
        if meta:
            line += "\n" + " · ".join(meta)
        blocks.append(section(line))
    blocks.append(divider())
    if top:
        blocks.append(section("*Most-quoted speakers this week*\n" + "\n".join(_speaker_rows(top[:10]))))
    else:
        blocks.append(section("*Most-quoted speakers this week*\nNo one yet."))
    return {"type": "home", "blocks": blocks[:MAX_BLOCKS]}
