"""Stage 3: find attributions: a cue (reporting verb, "according to", a colon) and its content.

Two passes over one parsed document:
  * `reported_clauses`: every reporting verb outside quotation marks with a clausal
    complement (`X said (that) ...`, `..., X said`), and every `according to X`.
    The content becomes an indirect claim, a mixed one if it holds quoted words, or
    just the cue of a direct quote when the content is nothing but that quote.
  * `quote_cues`: for each quotation not claimed above, the nearest reporting verb
    in the text around it within the same sentence (`"Q," said X` / `X said: "Q"`).
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass

from bot.claims.frames import Frame
from bot.claims.lexicon import (CHANNEL_NOUNS, CLAIM_NOUNS, INFINITIVE_VERBS, NOT_SPEAKERS, OBJECT_VERBS, TITLE_CUES,
                                reporting_base)

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_SENT_END = frozenset(".!?")
MIN_CONTENT_WORDS = 3
MIN_DIRECT_WORDS = 4


@dataclass(frozen=True)
class Attribution:
    kind: str  # direct / indirect / mixed
    start: int  # content span (cleaned text)
    end: int
    cue: int | None  # token index of the cue (verb, "according", ":"), None for carry-over
    cue_text: str | None
    subject: int | None  # token index of the speaker's head token
    quotes: tuple[int, ...] = ()  # quote indices inside the content
    gap: tuple[int, int] | None = None  # an attribution inside the content ("A, he said, B"), left out of the quote


def _is_verb(tok) -> bool:
    return tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX")


def _subject_of(verb, frame: Frame | None = None) -> int | None:
    """The speaker's head token for a reporting verb (follows conj chains: `said ... and warned`).

    With a frame, a cue outside quotation marks never takes its subject from inside a quotation
    (`telling the crowd, "Some people ..."`), and a quoted verb on the way up is passed over
    (`X told Y that Z "had ...," adding, "..."`: the speaker is X, not Z)."""
    seen = 0
    v = verb
    quoted = frame.tok_quote if frame is not None and frame.tok_quote[verb.i] < 0 else None
    while v is not None and seen < 4:
        in_quote = quoted is not None and quoted[v.i] >= 0
        subjects = [] if in_quote else [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                                        and (quoted is None or quoted[c.i] < 0)]
        if subjects and all(c.dep_ == "nsubjpass" for c in subjects) and not in_quote:
            # "X was asked by Y whether ...": the one asking (the agent) speaks, not the one asked
            for c in v.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj" and (quoted is None or quoted[g.i] < 0):
                            return g.i
        if subjects:  # the one nearest the verb (a quote's words are sometimes parsed as a second subject)
            return min(subjects, key=lambda c: abs(c.i - v.i)).i
        if not in_quote:
            for c in v.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g.i
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head is not v and (v.dep_ == "conj" or v.tag_ in ("VBG", "VB")):
            v = v.head
            seen += 1
            continue
        if in_quote and v.dep_ in ("ccomp", "conj", "advcl") and v.head is not v:
            v = v.head
            seen += 1
            continue
        # "X closed the speech by saying ...": the gerund hangs off a preposition of the verb
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.lower_ in ("by", "after", "before", "while")\
                and v.head.head is not v.head and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head
            seen += 1
            continue
        break
    return None


def _trim(frame: Frame, lo: int, hi: int) -> tuple[int, int]:
    """Token range [lo, hi) -> char span, without a leading `that`/punctuation and trailing punctuation."""
    doc = frame.doc
    while lo < hi and (doc[lo].is_punct and frame.tok_quote[lo] < 0 or doc[lo].lower_ in ("that", "whether") and doc[lo].dep_ == "mark" or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].is_punct and doc[hi - 1].text not in "\"”’'" and frame.tok_quote[hi - 1] < 0):
        hi -= 1
    if lo >= hi:
        return (doc[lo].idx if lo < len(doc) else len(frame.text),) * 2
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _quotes_in(frame: Frame, start: int, end: int) -> tuple[list[int], bool]:
    """Quotes inside [start, end) and whether some quote straddles its edge."""
    inside, straddle = [], False
    # quotes are sorted and disjoint: start from the first one that may reach `start`
    first = max(0, bisect_left(frame.quote_starts, start) - 1)
    for qi in range(first, len(frame.quotes)):
        q = frame.quotes[qi]
        if q.start >= end:
            break
        if q.end <= start:
            continue
        if q.start >= start - 1 and q.end <= end + 1:
            inside.append(qi)
        elif q.inner_start >= start and q.inner_end <= end + 1:
            inside.append(qi)
        else:
            straddle = True
    return inside, straddle


def _only_quote(frame: Frame, start: int, end: int, inside: list[int]) -> bool:
    """Is the content nothing but its quotation(s) (plus punctuation and `that`)?"""
    rest = []
    pos = start
    for qi in inside:
        q = frame.quotes[qi]
        rest.append(frame.text[pos:q.start])
        pos = max(pos, q.end)
    rest.append(frame.text[pos:end])
    words = [w for w in _WORD.findall(" ".join(rest)) if w.lower() != "that"]
    return not words


def reported_clauses(frame: Frame) -> list[Attribution]:
    doc = frame.doc
    out: list[Attribution] = []
    for tok in doc:
        if frame.tok_quote[tok.i] >= 0:
            continue
        low = tok.lower_
        if low == "according":
            att = _according_to(frame, tok)
            if att:
                out.append(att)
            continue
        if low in CLAIM_NOUNS and tok.pos_ == "NOUN":
            att = _claim_noun(frame, tok)
            if att:
                out.append(att)
            continue
        if not _is_verb(tok) or reporting_base(tok.text) is None:
            continue
        comp = None
        for c in tok.children:
            if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (c.left_edge.lower_ == "that" or any(g.dep_ in ("mark", "nsubj") for g in c.children))):
                comp = c
                break
        if comp is None:
            comp = _clause_after_channel(tok)
        if comp is None and reporting_base(tok.text) in INFINITIVE_VERBS:
            att = _infinitive_content(frame, tok)
            if att:
                out.append(att)
                continue
        if comp is None and reporting_base(tok.text) in OBJECT_VERBS:
            att = _object_content(frame, tok)
            if att:
                out.append(att)
            continue
        if comp is None and tok.dep_ == "parataxis" and tok.head.i > tok.i:
            att = _medial_parataxis(frame, tok)
            if att:
                out.append(att)
            continue
        if comp is None and tok.head.i < tok.i and (tok.dep_ == "parataxis" or tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and tok.sent.end - tok.i <= 6 and _quote_free(frame, tok.sent.start, tok.sent.end)):
            att = _trailing_parataxis(frame, tok)
            if att:
                out.append(att)
            continue
        if comp is None:
            continue
        subj = _subject_of(tok, frame)
        if subj is None:
            subj = _left_name(frame, tok)
        if subj is not None and doc[subj].lower_ in ("who", "that") and tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN"):
            subj = tok.head.i  # "Smith, who said the plan would fail"
        if subj is not None and not _can_speak(doc[subj]):
            subj = None
        if subj is None or frame.tok_quote[subj] >= 0 or doc[subj].lower_ in ("there", "what", "which", "that", "this", "you", "who"):
            continue
        if doc[subj].lower_ == "it" and (doc[subj].dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in tok.children)):
            continue  # "it is said that ..."
        lo, hi = comp.left_edge.i, comp.right_edge.i + 1
        if lo <= tok.i < hi:  # the verb inside its own complement: a parse we cannot use
            continue
        if lo <= subj < hi:
            continue
        start, end = _trim(frame, lo, hi)
        att = _classify(frame, start, end, tok, subj)
        if att:
            out.append(att)
    return out


def _can_speak(tok) -> bool:
    return not (tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL")
                or tok.lower_ in NOT_SPEAKERS)


def _infinitive_content(frame: Frame, verb) -> Attribution | None:
    """`urged the council to act now`, `vowed to fight on`, `called for an inquiry`."""
    subj = _subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0 or not _can_speak(frame.doc[subj]):
        return None
    lo = hi = None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.i > verb.i:
            obj = next((o for o in verb.children if o.dep_ in ("dobj", "dative") and o.i < c.i), None)
            lo, hi = (obj.left_edge.i if obj is not None else c.left_edge.i), c.right_edge.i + 1
            break
        if c.dep_ == "prep" and c.lower_ == "for" and verb.lower_.startswith("call"):
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if pobj is not None:
                lo, hi = pobj.left_edge.i, pobj.right_edge.i + 1
                break
    if lo is None or lo <= verb.i - 1 and lo < subj:
        return None
    start, end = _trim(frame, lo, hi)
    return _classify(frame, start, end, verb, subj)


def _object_content(frame: Frame, verb) -> Attribution | None:
    """`denied the report`, `called him "a total stiff"`, `accused X of lying`: the object is the content."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    subj = _subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0 or not _can_speak(frame.doc[subj]) or frame.doc[subj].lower_ in ("you", "who", "which", "that"):
        return None
    hi = obj.right_edge.i + 1
    for c in verb.children:
        if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("as", "of", "for")):
            hi = max(hi, c.right_edge.i + 1)
    start, end = _trim(frame, obj.left_edge.i, hi)
    return _classify(frame, start, end, verb, subj)


def _claim_noun(frame: Frame, noun) -> Attribution | None:
    """`his claim that ...`: the possessor is the speaker."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or frame.tok_quote[poss.i] >= 0:
        return None
    comp = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that"
                 and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that" for x in c.children)), None)
    if comp is None:
        return None
    start, end = _trim(frame, comp.left_edge.i, comp.right_edge.i + 1)
    return _classify(frame, start, end, noun, poss.i)


def _clause_after_channel(verb):
    """`said in a statement that ...`: the parser often hangs the clause on the channel noun."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.lower_ in CHANNEL_NOUNS:
                for g in p.rights:
                    if g.dep_ in ("acl", "relcl", "ccomp") and g.left_edge.lower_ == "that" and any(
                            x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that" for x in g.children):
                        return g
    return None


def _quote_free(frame: Frame, lo: int, hi: int) -> bool:
    return all(frame.tok_quote[k] < 0 for k in range(lo, hi))


def _left_name(frame: Frame, verb) -> int | None:
    """A verb the parser left without a subject: the nearest person's name before it in the sentence."""
    doc = frame.doc
    lo = max(verb.sent.start, verb.i - 12)
    for k in range(verb.i - 1, lo - 1, -1):
        t = doc[k]
        if frame.tok_quote[k] >= 0 or t.text in (".", ";", ":"):
            return None
        if t.ent_type_ == "PERSON" and t.ent_iob_ != "B" or (t.ent_type_ == "PERSON" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")):
            return k
    return None


#: A cue's content longer than this is a parse gone wrong (a run-on "sentence" of thousands of words),
#: not a claim; skipping it also keeps the engine linear on such input.
MAX_CONTENT_CHARS = 6000


def _classify(frame: Frame, start: int, end: int, cue, subj: int | None) -> Attribution | None:
    if end <= start or end - start > MAX_CONTENT_CHARS:
        return None
    inside, straddle = _quotes_in(frame, start, end)
    if straddle:
        return None
    if inside and _only_quote(frame, start, end, inside):
        return Attribution("direct", start, end, cue.i, cue.text, subj, tuple(inside))
    if len(_WORD.findall(frame.text[start:end])) < MIN_CONTENT_WORDS:
        return None
    kind = "mixed" if inside else "indirect"
    return Attribution(kind, start, end, cue.i, cue.text, subj, tuple(inside))


def _according_to(frame: Frame, tok) -> Attribution | None:
    doc = frame.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    phrase_lo, phrase_hi = tok.i, max(pobj.right_edge.i, to.right_edge.i) + 1
    before = (sent.start, phrase_lo)
    after = (phrase_hi, sent.end)
    lo, hi = before if before[1] - before[0] >= after[1] - after[0] else after
    start, end = _trim(frame, lo, hi)
    if end <= start:
        return None
    return _classify(frame, start, end, tok, _according_speaker(pobj))


def _according_speaker(pobj) -> int:
    """`according to its results statement` -> `its`; `according to a report by X` -> X."""
    if pobj.lower_ in CHANNEL_NOUNS:
        for c in pobj.children:
            if c.dep_ == "poss":
                return c.i
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g.i
    return pobj.i


def _medial_parataxis(frame: Frame, verb) -> Attribution | None:
    """`Many of the closures, he said, have involved ...`: the attribution sits inside the content."""
    subj = _subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0 or not _can_speak(frame.doc[subj]):
        return None
    sent = verb.sent
    left, right = verb.left_edge.i, verb.right_edge.i + 1
    if left - sent.start < 1 or sent.end - right < 3:
        return None
    start, mid1 = _trim(frame, sent.start, left)
    mid2, end = _trim(frame, right, sent.end)
    if mid1 <= start or end <= mid2:
        return None
    att = _classify(frame, start, end, verb, subj)
    if att is None or att.kind == "direct":
        return None
    inside = tuple(qi for qi in att.quotes if not (mid1 <= frame.quotes[qi].start < mid2))
    return Attribution("mixed" if inside else "indirect", start, end, verb.i, verb.text, subj, inside, gap=(mid1, mid2))


def _trailing_parataxis(frame: Frame, verb) -> Attribution | None:
    """`The plan will fail, she said.` parsed with `said` as parataxis of the clause."""
    subj = _subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0:
        return None
    sent = verb.sent
    lo, hi = sent.start, min(verb.i, frame.doc[subj].left_edge.i)
    if hi - lo < 3:
        return None
    start, end = _trim(frame, lo, hi)
    return _classify(frame, start, end, verb, subj)


def is_title_like(frame: Frame, qi: int) -> bool:
    """Quoted title, name, term or scare quote rather than someone's words."""
    q = frame.quotes[qi]
    inner = frame.text[q.inner_start:q.inner_end].strip()
    words = _WORD.findall(inner)
    if len(words) < MIN_DIRECT_WORDS:
        return True
    before = frame.text[max(0, q.start - 30):q.start].lower()
    prev_words = _WORD.findall(before)[-2:]
    if any(w in TITLE_CUES for w in prev_words):
        return True
    if len(words) <= 8 and title_case(words):
        return True
    return False


def title_case(words: list[str]) -> bool:
    """`Guardians of the Galaxy`, `Peace Through Strength`: most words capitalised."""
    if len(words) >= 2:
        caps = sum(1 for w in words if w[0].isupper() or w.isdigit())
        small = sum(1 for w in words if w.lower() in ("of", "the", "a", "an", "and", "in", "on", "for", "to", "at"))
        if caps + small == len(words) and caps >= max(1, len(words) // 2):
            return True
    return False


def quote_cue(frame: Frame, qi: int) -> tuple[int | None, int | None, str | None]:
    """(cue token, subject token, cue text) for a quotation from the words right around it."""
    cue, subj, text = _quote_cue(frame, qi)
    if subj is not None:
        doc = frame.doc
        tok = doc[subj]
        # "Paul Ryan (R-WI) said": a parenthesised party/state tag is not the speaker
        in_parens = (any(doc[k].text == "(" for k in range(max(0, tok.i - 3), tok.i))
                     and any(doc[k].text == ")" for k in range(tok.i + 1, min(len(doc), tok.i + 3))))
        if in_parens and tok.head is not tok:
            while tok.head is not tok and (tok.dep_ in ("appos", "npadvmod", "compound") or doc[tok.i - 1].text in ("(", "-")):
                if tok.head.i == tok.i:
                    break
                tok = tok.head
                if tok.pos_ == "PROPN" and doc[tok.i - 1].text not in ("(", "-"):
                    break
            subj = tok.i
    return cue, subj, text


def _according_to_object(tok) -> int | None:
    """The token after "according to" ("according to *officials*"), if the parse has one."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return pobj.i if pobj is not None else None


def _quote_cue(frame: Frame, qi: int) -> tuple[int | None, int | None, str | None]:
    doc = frame.doc
    q = frame.quotes[qi]
    first = frame.token_at(q.start)
    last = frame.token_at(max(q.start, q.end - 1))
    para = frame.tok_para[first]
    inner = frame.text[q.inner_start:q.inner_end].rstrip()
    ends_sentence = inner[-1:] in _SENT_END if inner else False
    # after the quote: up to the end of the sentence, another quote or the paragraph
    after: list[int] = []
    j = last + 1
    while j < len(doc) and frame.tok_para[j] == para and frame.tok_quote[j] < 0:
        t = doc[j]
        if t.text in _SENT_END or (t.text in ":;" and after):
            break
        after.append(j)
        j += 1
        if len(after) > 25:
            break
    if after and ends_sentence and not _starts_lower(doc[after[0]]):
        # `"Q!" US Senator Jeff Sessions said as he ...`: keep only a short attribution clause
        head = after[:8]
        if not any(reporting_base(doc[k].text) and _is_verb(doc[k]) and k == head[-1] or
                   reporting_base(doc[k].text) and _is_verb(doc[k]) and doc[k].dep_ in ("ROOT", "parataxis") for k in head):
            after = []
    before: list[int] = []
    j = first - 1
    while j >= 0 and frame.tok_para[j] == para and frame.tok_quote[j] < 0:
        t = doc[j]
        if t.text in _SENT_END:
            break
        before.append(j)
        j -= 1
        if len(before) > 60:
            break
    if after and doc[after[0]].text in ("―", "—", "–", "-", "--") and len(after) > 1:
        # `"Q." ― Sonya Herridge`: a byline-style attribution after a dash
        k = after[1]
        if doc[k].pos_ == "PROPN" or doc[k].ent_type_ in ("PERSON", "ORG"):
            j = k
            while j + 1 <= after[-1] and doc[j + 1].pos_ == "PROPN" and doc[j + 1].head.i != j:
                j += 1
            while j + 1 <= after[-1] and doc[j + 1].pos_ == "PROPN":
                j += 1
            return after[0], j, "―"
    for idx in after:
        t = doc[idx]
        if reporting_base(t.text) and (_is_verb(t) or _verb_tagged_noun(doc, idx)):
            subj = _subject_of(t, frame)
            if subj is None:
                subj = _nearby_noun(frame, after, idx)
            return idx, subj, t.text
        if t.lower_ == "according":
            return idx, _according_to_object(t), "according to"
    for idx in before:  # nearest first
        t = doc[idx]
        if _is_verb(t) and reporting_base(t.text):
            subj = _subject_of(t, frame)
            if subj is None:
                subj = _nearby_noun(frame, before, idx)
            return idx, subj, t.text
        if t.lower_ == "according":
            return idx, _according_to_object(t), "according to"
    intro = _channel_intro(frame, before)
    if intro is not None:
        return intro
    if not before and first > 0 and frame.tok_para[first - 1] == para - 1:
        # a paragraph that is all quote after one ending with a colon ("Stated Stone:", "said in a statement:")
        cue = _colon_intro(frame, first)
        if cue is not None:
            return cue
    if before and doc[before[0]].text == ":":
        # headline style `Haugen: "We will fly"`
        for idx in before[1:]:
            if doc[idx].pos_ in ("PROPN", "NOUN") or doc[idx].ent_type_:
                return before[0], idx, ":"
    return None, None, None


def _channel_intro(frame: Frame, before: list[int]):
    """`In an interview with Reuters, the founder of 38 North ... "Q"`: no verb, but a channel
    phrase opens the sentence; the noun phrase after it is the speaker."""
    if not before:
        return None
    doc = frame.doc
    toks = sorted(before)
    for k in toks[:4]:
        t = doc[k]
        if t.dep_ == "prep" and t.lower_ in ("in", "during", "speaking") or t.lower_ == "speaking":
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if t.lower_ != "speaking" and (pobj is None or pobj.lower_ not in CHANNEL_NOUNS):
                continue
            edge = next((j for j in toks if j > k and doc[j].text == ","), None)
            if edge is None:
                continue
            for j in toks:
                if j <= edge or doc[j].is_punct or doc[j].is_space:
                    continue
                if doc[j].pos_ in ("NOUN", "PROPN"):
                    h = doc[j]
                    while h.dep_ in ("compound", "amod") and h.head.i > h.i:
                        h = h.head
                    return k, h.i, t.text
                if doc[j].pos_ not in ("DET", "ADJ"):
                    break
    return None


def _verb_tagged_noun(doc, i: int) -> bool:
    """`, Viguerie notes.`: a reporting verb the tagger took for a plural noun."""
    t = doc[i]
    return (t.tag_ in ("NNS", "NN") and i > 0 and doc[i - 1].pos_ in ("PROPN", "PRON")
            and (i + 1 >= len(doc) or doc[i + 1].is_punct))


def _colon_intro(frame: Frame, first: int):
    doc = frame.doc
    j = first - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":" or frame.tok_quote[j] >= 0:
        return None
    sent = doc[j].sent
    for k in range(j - 1, sent.start - 1, -1):
        t = doc[k]
        if frame.tok_quote[k] >= 0:
            return None
        if _is_verb(t) and (reporting_base(t.text) or t.lower_ in ("released", "issued", "posted", "published", "continued", "reads", "read")):
            subj = _subject_of(t, frame)
            if subj is None:
                window = list(range(t.i + 1, j))
                subj = _nearby_noun(frame, window, t.i)
            return t.i, subj, t.text
    root = sent.root
    subj = _subject_of(root, frame) if root is not None else None
    if subj is not None and (doc[subj].pos_ == "PROPN" or doc[subj].ent_type_ in ("PERSON", "ORG")):
        return j, subj, ":"
    if j - sent.start <= 5:  # a bare label such as "Stated Stone:" or "Senator Warren:"
        for k in range(j - 1, sent.start - 1, -1):
            if doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PERSON":
                return j, k, ":"
    return None


def _starts_lower(tok) -> bool:
    return tok.text[:1].islower() or tok.is_punct


def _nearby_noun(frame: Frame, window: list[int], verb_i: int) -> int | None:
    doc = frame.doc
    for idx in sorted(window, key=lambda k: abs(k - verb_i)):
        t = doc[idx]
        if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos")):
            return idx if t.pos_ != "PROPN" else _head_of_name(t)
    return None


def _head_of_name(tok) -> int:
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    return tok.i
