"""First stage of the claim engine: clean raw article text, keeping an offset map.

`clean_text(raw)` undoes Slack markup and HTML entities, repairs mojibake with
ftfy, normalises odd whitespace and repairs the damage a crude profanity
filter leaves ("mbad production" -> "mass production").  Every change is
recorded, so any offset in the cleaned text can be mapped back to the raw
text with `Cleaned.to_raw` / `Cleaned.span_to_raw`.

Two parts, one module each: the offset maps (`bot.claims.offsets`: `Cleaned`, `PassMap`)
and, here, the cleaning passes that produce them.
"""
from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from html.entities import html5 as html5_entities

from bot.claims.offsets import Cleaned, EditBuilder, Edits, PassMap, regex_pass

log = logging.getLogger(__name__)

__all__ = ["Cleaned", "clean_text", "FILTER_DAMAGE"]


# --------------------------------------------------------------------------- pass 1: Slack markup + entities

_SLACK_OR_ENTITY = re.compile(
    r"<(?P<body>[^<>\n]{1,2000})>"
    r"|&(?P<ent>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_ENTITY = re.compile(r"&(?P<ent>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_URLISH = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}:|www\.)\S*$")
_SPECIAL = {"channel": "@channel", "here": "@here", "everyone": "@everyone"}


def _slack_edits(m: re.Match[str]) -> Edits:
    a, b = m.span()
    ent = m.group("ent")
    if ent is not None:  # an entity (from _SLACK_OR_ENTITY or _ENTITY)
        if ent[0] == "#":
            s = html.unescape(m.group(0))
        else:
            s = html5_entities.get(ent + ";", m.group(0))  # exact names only: "&notin;" yes, "&notx;" no
        if s != m.group(0) and s and all(_printable_char(c) for c in s):
            yield a, b, s
        return
    body = m.group("body")
    if body is None:
        return
    target, bar, label = body.partition("|")
    if target[:1] in "@#" and len(target) > 1 and re.fullmatch(r"[@#][A-Z0-9]+", target):
        # <@U123>, <@U123|name>, <#C123|general>
        name = label.lstrip("@#") if bar and label.strip() else target[1:]
        yield a, b, target[0] + name
    elif re.fullmatch(r"![a-z_]+(?:\^.*)?", target):  # <!here>, <!subteam^S1|@x>, <!date^...|fallback>
        word = target[1:].split("^", 1)[0]
        if word in _SPECIAL:
            yield a, b, _SPECIAL[word]
        elif bar and label.strip():
            shown = label if word != "subteam" or label.startswith("@") else "@" + label
            yield a, b, shown
        else:
            yield a, b, _SPECIAL.get(word, "@" + word if word else "@")
    elif _URLISH.match(target) and " " not in target:
        if bar and label.strip():
            # keep the label where it is: delete "<url|" and ">", so the label maps 1:1
            label_start = a + 1 + len(target) + 1
            yield a, label_start, ""
            for em in _ENTITY.finditer(m.string, label_start, b - 1):  # "<url|Q&amp;A>"
                yield from _slack_edits(em)
            yield b - 1, b, ""
        else:
            shown = target[len("mailto:"):] if target.startswith("mailto:") else target
            yield a, b, shown.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    # anything else (e.g. "<3" never matches; "<b>" stays as typed)


def _printable_char(c: str) -> bool:
    cat = unicodedata.category(c)
    return not (cat.startswith("C") and c not in "\n\t") and c != "\ufffd"


# --------------------------------------------------------------------------- pass 2: *bold* _italic_ ~strike~

# Slack's rule, roughly: the opening mark follows start/space/open punctuation and
# is followed by a non-space; the closing mark follows a non-space and is followed
# by end/space/closing punctuation.  So snake_case, 2*3*4 and URL paths are left alone.
# Each alternative starts with its mark (so the regex engine skips straight to the marks) and then looks back:
# the mark is not preceded by anything but start/space/open punctuation.
_OPEN_NOT = r"(?<![^\s(\[{\"'\u201c\u2018]"
_CLOSE_OK = r"(?=[\s.,;:!?)\]}\"'\u201d\u2019-]|$)"
_EMPHASIS = re.compile(
    "|".join(
        re.escape(c) + _OPEN_NOT + re.escape(c) + ")"
        + r"(?=[^\s" + c + r"])[^" + c + r"\n]{1,1000}?(?<=[^\s" + c + r"])" + re.escape(c) + _CLOSE_OK
        for c in "*_~"
    ),
    re.M,
)


def _emphasis_edits(m: re.Match[str]) -> Edits:
    a, b = m.span()
    yield a, a + 1, ""
    yield b - 1, b, ""


# --------------------------------------------------------------------------- pass 3: mojibake (ftfy)

_FTFY_CONFIG = None


def _ftfy_config():
    global _FTFY_CONFIG
    if _FTFY_CONFIG is None:
        # lazy: ftfy takes ~140 ms to import and only text with non-ASCII characters needs it
        import ftfy

        _FTFY_CONFIG = ftfy.TextFixerConfig(
            unescape_html=False,  # done in pass 1, with offsets
            uncurl_quotes=False,  # curly quotes are meaningful
            fix_line_breaks=False,  # done in the whitespace pass
            remove_control_chars=False,  # done in the whitespace pass
            explain=False,
            normalization="NFC",
        )
    return _FTFY_CONFIG


_MAX_CHUNK = 4000
_MAX_WORD = 100_000
_MAX_DIFF = 3000


def _chunks(line: str, base: int) -> Iterable[tuple[int, str]]:
    """Split a long line at spaces into chunks of about _MAX_CHUNK chars (never inside a word,
    unless a "word" runs past _MAX_WORD chars)."""
    n = len(line)
    i = 0
    while i < n:
        j = min(n, i + _MAX_CHUNK)
        if j < n:
            k = line.rfind(" ", i + 1, j)
            if k > i:
                j = k
            else:
                k = line.find(" ", j, i + _MAX_WORD)
                j = k if k > 0 else min(n, i + _MAX_WORD)
        yield base + i, line[i:j]
        i = j


def _diff_edits(a: str, b: str, base: int) -> Edits:
    """Edits turning a into b, as small as practical, in linear-ish time.

    ftfy's fixes are local and never add or drop line breaks or ASCII spaces in
    practice, so align line by line, then word by word, and only diff the words
    that changed; fall back to one diff of the whole piece when the counts differ.
    """
    for sep in ("\n", " "):
        if sep in a:
            pa, pb = a.split(sep), b.split(sep)
            if len(pa) == len(pb):
                off = base
                for x, y in zip(pa, pb):
                    if x != y:
                        yield from _diff_edits(x, y, off)
                    off += len(x) + 1
                return
            break  # counts differ: diff the piece as a whole
    yield from _diff_piece(a, b, base)


def _diff_piece(a: str, b: str, base: int) -> Edits:
    n, m = len(a), len(b)
    p = 0
    while p < n and p < m and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and a[n - 1 - s] == b[m - 1 - s]:
        s += 1
    ma, mb = a[p:n - s], b[p:m - s]
    if len(ma) + len(mb) > _MAX_DIFF:  # too long to diff cheaply: one coarse edit
        yield base + p, base + n - s, mb
        return
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ma, mb, autojunk=False).get_opcodes():
        if tag != "equal":
            yield base + p + i1, base + p + i2, mb[j1:j2]


# Lines without any of these characters (and already NFC) have nothing for ftfy to fix:
# UTF-8 mojibake always shows a lead byte as one of \xc2-\xf4 (Â Ã â ð ...); C1 controls,
# Cyrillic-codepage mojibake, ligatures, fullwidth forms and surrogates are the rest.
_FTFY_SUSPECT = re.compile(r"[\x80-\x9f\xc2-\xf4\u0400-\u04ff\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff]")
_MANY_LINES = 2000  # above this many suspect lines, short lines are fixed in batches (speed)


def _needs_ftfy(line: str) -> bool:
    if line.isascii():
        return False
    return bool(_FTFY_SUSPECT.search(line)) or not unicodedata.is_normalized("NFC", line)


def _ftfy_segments(text: str) -> Iterable[tuple[int, str]]:
    """(offset, segment) pairs to give ftfy: suspect lines one by one (as ftfy itself does),
    long lines in chunks; with very many suspect lines, runs of short ones are batched."""
    suspect: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if _needs_ftfy(line):
            suspect.append((pos, line))
        pos += len(line) + 1
    batch = len(suspect) > _MANY_LINES
    group_start, group_end = -1, -1
    for start, line in suspect:
        if batch and len(line) < _MAX_CHUNK:
            if group_start >= 0 and start + len(line) - group_start <= _MAX_CHUNK:  # may span clean lines
                group_end = start + len(line)
                continue
            if group_start >= 0:
                yield group_start, text[group_start:group_end]
            group_start, group_end = start, start + len(line)
            continue
        yield from _chunks(line, start)
    if group_start >= 0:
        yield group_start, text[group_start:group_end]


def _ftfy_pass(text: str) -> tuple[str, PassMap]:
    if text.isascii():
        return text, PassMap()
    # lazy: as in _ftfy_config
    import ftfy

    config = _ftfy_config()
    edits: list[tuple[int, int, str]] = []
    for start, segment in _ftfy_segments(text):
        try:
            fixed, _ = ftfy.fix_and_explain(segment, config)  # no line splitting of its own
        except Exception:  # noqa: BLE001 - a bug in the third-party fixer leaves this segment as it is; logged
            log.warning("ftfy failed on a %d-character segment; left as is", len(segment), exc_info=True)
            continue
        if fixed != segment and fixed.count("\n") == segment.count("\n"):
            edits.extend(_diff_edits(segment, fixed, start))
    edits.sort(key=lambda e: (e[0], e[1]))  # batched groups and single lines interleave
    b = EditBuilder(text)
    for e in edits:
        b.edit(*e)
    return b.finish()


# --------------------------------------------------------------------------- pass 4: whitespace

_ODD_CHARS = re.compile(
    r"(?:\r\n?"
    r"|\x1b\[[0-9;?]{0,32}[A-Za-z]"  # terminal colour/cursor escapes
    r"|[\u2028\u2029\x0b\x0c\x85]"  # line breaks
    r"|[\u200b-\u200d\u2060\ufeff\u00ad\u180e]"  # zero-width, soft hyphen
    r"|[\x00-\x08\x0e-\x1f\x7f]"  # other control characters
    r"|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"  # odd spaces
    r")+"
)
_ANSI = re.compile(r"\x1b\[[0-9;?]{0,32}[A-Za-z]")
_ODD_TABLE = {
    **{ord(c): "\n" for c in "\r\u2028\x0b\x0c\x85"},
    0x2029: "\n\n",
    **{ord(c): "" for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"},
    **{c: "" for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]},
    **{ord(c): " " for c in "\t\u00a0\u1680\u202f\u205f\u3000"},
    **{c: " " for c in range(0x2000, 0x200B)},
}


#: The characters an odd run can start with: searched first, as one character class, which is much faster than
#: trying `_ODD_CHARS` at every position.
_ODD_START = re.compile(r"[\r\x1b\u2028\u2029\x0b\x0c\x85\u200b-\u200d\u2060\ufeff\u00ad\u180e\x00-\x08\x0e-\x1f\x7f"
                        r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


class _OddRuns:
    """`finditer` over the runs of odd characters, found from their first character."""

    @staticmethod
    def finditer(text: str) -> Iterable[re.Match[str]]:
        pos = 0
        while (first := _ODD_START.search(text, pos)) is not None:
            m = _ODD_CHARS.match(text, first.start())
            if m is None:  # cannot happen (every odd run starts with an _ODD_START character); never loop
                pos = first.end()
                continue
            yield m
            pos = m.end()


def _odd_char_edits(m: re.Match[str]) -> Edits:
    # one edit per run of odd characters (not per character): fast on pathological input
    yield m.start(), m.end(), _ANSI.sub("", m.group(0)).replace("\r\n", "\n").translate(_ODD_TABLE)


# inside the text: trailing spaces, spaces starting a line, runs of blank lines, doubled spaces; a lone "\n" or
# "\n\n" does not even match (the whitespace around the whole text is cut by `_spacing_pass` itself)
_SPACING = re.compile(r"(?: +\n|\n(?=[ \n]))[ \n]*|  +")


def _spacing_pass(text: str) -> tuple[str, PassMap]:
    b = EditBuilder(text)
    lo, hi = len(text) - len(text.lstrip()), len(text.rstrip())
    if hi <= lo:  # nothing but whitespace
        b.edit(0, len(text), "")
        return b.finish()
    b.edit(0, lo, "")
    for m in _SPACING.finditer(text, lo, hi):
        s = m.group(0)
        b.edit(m.start(), m.end(), ("\n\n" if s.count("\n") >= 2 else "\n") if "\n" in s else " ")
    b.edit(hi, len(text), "")
    return b.finish()


# a closing curly quotation mark after the quotation's last punctuation, glued to the next word
# (`... paranoia,”Clinton said`): the tokenizer would make one word of them and lose the speaker
_GLUED_CLOSE = re.compile(r"(?<=[,.?!…])”(?=[A-Z])")


def _glued_close_edits(m: re.Match[str]) -> Edits:
    yield m.start(), m.end(), "” "


# an opening quotation mark glued to the colon of a label (`Rep. Tom Hale (R-Ohio):"I have ...`): the tokenizer
# keeps `):"I` as one word, so the label's colon is lost and the quotation takes the previous speaker
_GLUED_OPEN = re.compile(r"(?<=[A-Za-z.)\]]:)(?=[\"“][A-Z])")


def _glued_open_edits(m: re.Match[str]) -> Edits:
    yield m.start(), m.end(), " "


# --------------------------------------------------------------------------- pass 5: profanity-filter damage

#: (damaged, original) substrings left by crude word filters: "bad" for "ass"
#: ("mbad production", "clbad") and for "anal" ("badysis"), and the classic
#: "butt" for "ass" ("clbuttic").  A repair is only made when the damaged word
#: is unknown and the repaired one is a common word (see _repair_word).
FILTER_DAMAGE: tuple[tuple[str, str], ...] = (
    ("bad", "ass"),
    ("bad", "anal"),
    ("butt", "ass"),
)
_DAMAGED_MAX_ZIPF = 1.0  # the damaged word must be (nearly) unknown...
_REPAIRED_MIN_ZIPF = 2.5  # ...and the repaired one clearly a real word
_MAX_OCCURRENCES = 4  # 2**4 combinations at most per word

_DAMAGE_RE = re.compile(
    r"(?<![A-Za-z])[A-Za-z]*(?i:" + "|".join(re.escape(d) for d, _ in FILTER_DAMAGE) + r")[A-Za-z]*(?![A-Za-z])"
)


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    # lazy: wordfreq takes ~0.7 s to import; only text with a word a profanity filter damaged needs it
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _match_case(template: str, repl: str) -> str:
    if template.isupper() and len(template) > 1:
        return repl.upper()
    if len(template) == len(repl):
        return "".join(r.upper() if t.isupper() else r for t, r in zip(template, repl))
    if template[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


@lru_cache(maxsize=4096)
def _repair_word(word: str) -> tuple[tuple[int, int, str], ...]:
    """Edits (relative to the word) that repair filter damage, or () if the word is fine."""
    lower = word.lower()
    if _zipf(lower) > _DAMAGED_MAX_ZIPF:
        return ()
    best: tuple[float, tuple[tuple[int, int, str], ...]] | None = None
    for damaged, original in FILTER_DAMAGE:
        spots = [m.start() for m in re.finditer(re.escape(damaged), lower)]
        if not spots or len(spots) > _MAX_OCCURRENCES:
            continue
        for mask in range(1, 1 << len(spots)):
            chosen = [s for k, s in enumerate(spots) if mask >> k & 1]
            # occurrences found by finditer never overlap, so the choice is consistent
            edits = tuple((s, s + len(damaged), _match_case(word[s:s + len(damaged)], original)) for s in chosen)
            candidate = []
            last = 0
            for s, e, r in edits:
                candidate.append(lower[last:s])
                candidate.append(original)
                last = e
            candidate.append(lower[last:])
            score = _zipf("".join(candidate))
            if score >= _REPAIRED_MIN_ZIPF and (best is None or score > best[0]):
                best = (score, edits)
    return best[1] if best else ()


def _damage_edits(m: re.Match[str]) -> Edits:
    a = m.start()
    for s, e, r in _repair_word(m.group(0)):
        yield a + s, a + e, r


# --------------------------------------------------------------------------- entry point


def _run(text: str, maps: list[PassMap], step: Callable[[str], tuple[str, PassMap]]) -> str:
    try:
        out, m = step(text)
    except Exception:  # a pass must never break cleaning: skip it
        log.warning("clean_text: a cleaning pass failed and was skipped", exc_info=True)
        return text
    if m:
        maps.append(m)
    return out


def clean_text(raw: str) -> Cleaned:
    """Clean `raw` (never raises for any str) and keep the map back to it."""
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    maps: list[PassMap] = []
    text = raw
    text = _run(text, maps, lambda t: regex_pass(t, _SLACK_OR_ENTITY, _slack_edits) if ("<" in t or "&" in t) else (t, PassMap()))
    text = _run(text, maps, lambda t: regex_pass(t, _EMPHASIS, _emphasis_edits))
    text = _run(text, maps, _ftfy_pass)
    text = _run(text, maps, lambda t: regex_pass(t, _OddRuns, _odd_char_edits))
    text = _run(text, maps, _spacing_pass)
    text = _run(text, maps, lambda t: regex_pass(t, _GLUED_CLOSE, _glued_close_edits) if "”" in t else (t, PassMap()))
    text = _run(text, maps, lambda t: regex_pass(t, _GLUED_OPEN, _glued_open_edits) if ":" in t else (t, PassMap()))
    text = _run(text, maps, lambda t: regex_pass(t, _DAMAGE_RE, _damage_edits))
    return Cleaned(raw=raw, text=text, _maps=tuple(maps))
