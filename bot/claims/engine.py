"""The pipeline of stages, and the two public entry points.

    clean (bot.claims.clean) -> parse (spaCy, one pass; hyphenated titles, surname particles and "X and Y Police"
    joined) -> quotes -> cues & content -> speaker at the cue -> resolve names and pronouns -> Claims with raw offsets
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from bot.claims.clauses import inside_sources, put_to, reported_clauses
from bot.claims.clean import clean_text
from bot.claims.cues import FINITE_TAGS, Attribution, is_verb, quoted_as
from bot.claims.debris import (colon_dateline_tokens, dateline_spans, debris_line_tokens, debris_paragraphs,
                               debris_tokens)
from bot.claims.documents import document_before, document_noun, document_owner
from bot.claims.frames import Frame, build_frame
from bot.claims.hyphens import (join_general_titles, join_parent_counts, join_post_prefixes, join_title_prefixes,
                                 join_title_suffixes)
from bot.claims.joined_orgs import join_org_names
from bot.claims.lexicon import (ADDRESSEE_FORMS, CHANNEL_NAMES, CHANNEL_NOUNS, CHANNEL_PREPS, EVIDENCE_FORMS, HEADLINE_VERBS, HONORIFICS,
                                INTERVIEWER_NOUNS, NAMING_VERBS, READING_FORMS, SECTION_LABELS, SENDING_FORMS,
                                reporting_base)
from bot.claims.model import Claim
from bot.claims.nested import nested_quotes
from bot.claims.nlp import MAX_CHUNK_CHARS, get_nlp
from bot.claims.particles import join_name_particles
from bot.claims.quote_cues import is_title_like, quote_cue, title_case, titled_quote
from bot.claims.quotes import CAPS_LABEL, QA_LABEL, find_quotes
from bot.claims.resolve import Resolved, build_registry, resolve
from bot.claims.roles import clean_resolved
from bot.claims.speakers import (channel, joint_parties, mention_text, own_group_joined, platform_of_posted,
                                 speaker_ref)
from bot.claims.validate import event_parties, headline_prefix, is_valid_speaker, shorten, speaker_problem

log = logging.getLogger(__name__)

_SURROGATES = re.compile("[\ud800-\udfff]")
_WORDS = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"\w['’]s\b|s['’](?!\w)")
DEFAULT_BATCH_SIZE = 16


def prepare(raw: str):
    """Stage 1: clean the raw text (lone surrogates become U+FFFD first: same length, same offsets)."""
    if not isinstance(raw, str):
        raise TypeError(f"extract_claims needs a str, got {type(raw).__name__}")
    safe = _SURROGATES.sub("\ufffd", raw)
    return clean_text(safe)


def _pieces(text: str) -> list[str]:
    """Cut a long text at paragraph (else line, else any) boundaries into parseable pieces."""
    out, pos = [], 0
    while len(text) - pos > MAX_CHUNK_CHARS:
        lim = pos + MAX_CHUNK_CHARS
        cut = text.rfind("\n\n", pos, lim)
        if cut <= pos:
            cut = text.rfind("\n", pos, lim)
        if cut <= pos:
            cut = text.rfind(" ", pos, lim)
        cut = lim if cut <= pos else cut + 1
        out.append(text[pos:cut])
        pos = cut
    out.append(text[pos:])
    return out


#: A long run with no letter or digit (quote-mark soup, ASCII art) has nothing to parse; spaCy's parser
#: slows down sharply on such runs, so they are blanked (same length: offsets stay valid) before parsing.
_WORDLESS_RUN = re.compile(r"[^\w\n]{64,}")


#: A time-zone note after a date ("said on Tuesday (local time) that ...", "(1400 GMT)") misleads the parser
#: into hanging the reported clause on "time"; it carries no words of the claim, so it is blanked for parsing
#: too (the claim's text is still cut from the article's own words).
_TIME_NOTE = re.compile(r"\((?:(?:local|[A-Z][a-z]+|[A-Z]{2,4})(?: [A-Z][a-z]+)? time"
                        r"|(?:\d{1,2}[:.]?\d{2} ?)?(?:GMT|UTC|ET|EST|EDT|PT|PST|PDT|BST|CET|CEST|KST|JST|IST))\)")


#: A dash glued to the capitalised word opening a line (a signature under a quotation, `-President Obama,
#: tweeting after ...`, or a bullet): the tokenizer keeps it in the word, and the tagger then sees no name there.
_LINE_DASH = re.compile(r"(?m)^[-—–―](?=[A-Z])|(?<=\n[ \t])[-—–―](?=[A-Z])")


#: "X, the singer turned campaigner, said": an apposition of one thing become another. The parser takes "turned" for
#: a verb, "campaigner" for its object and the rest for a second clause, and the claim is lost; with a hyphen
#: ("singer-turned campaigner", a common spelling) it reads the apposition. Not a verb's particle or a clause
#: ("the tide turned and ...", "a side turned around by").
_TURNED = re.compile(r"(?<=, )((?:the|a|an|former) (?:[\w'’.-]+ ){0,4}?[a-z][\w'’-]*) turned "
                     r"(?!(?:around|round|down|up|out|over|away|into|to|on|off|back|in|against|from|and|or|but|as"
                     r"|when|after|before|while|so|the|a|an|his|her|their|its)\b)(?=(?:[\w'’-]+ ){0,3}?[a-z][\w'’-]*,)")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def parse_text(text: str) -> str:
    """The text the parser reads: same length as `text` (offsets stay valid), with what misleads it blanked
    (a dateline too: "HOUSTON (AP) — A dispatcher ... has been fired, officials said" is parsed with the place as
    the sentence's root, and the officials' claim is lost) or hyphenated ("the singer-turned campaigner")."""
    text = _LINE_DASH.sub(_blank, _TIME_NOTE.sub(_blank, _WORDLESS_RUN.sub(_blank, text)))
    text = _TURNED.sub(r"\1-turned ", text)
    spans = dateline_spans(text)
    if not spans:
        return text
    out, pos = [], 0
    for lo, hi in spans:
        out += [text[pos:lo], " " * (hi - lo)]
        pos = hi
    out.append(text[pos:])
    return "".join(out)


def parse(nlp, text: str):
    text = parse_text(text)
    pieces = _pieces(text)
    if len(pieces) == 1:
        return nlp(text)
    # lazy: spaCy is loaded with the model (bot.claims.nlp), not by every process that imports the engine
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)


@dataclass(frozen=True)
class _Draft:
    att: Attribution
    resolved: Resolved
    via: str | None
    mention: str | None = None


def analyse_doc(doc, cleaned) -> list[Claim]:
    """Stages 2-5 on a parsed, cleaned document; offsets mapped back to the raw text."""
    text = cleaned.text
    quotes = find_quotes(text)
    join_title_prefixes(doc)
    join_parent_counts(doc)
    join_title_suffixes(doc)
    join_general_titles(doc)
    join_post_prefixes(doc)
    join_name_particles(doc)
    join_org_names(doc)
    frame = build_frame(doc, text, quotes)
    debris = debris_paragraphs(frame)
    lines = debris_line_tokens(frame, debris)
    atts = [a for a in _attributions(frame) if frame.tok_para[frame.token_at(a.start)] not in debris
            and frame.token_at(a.start) not in lines]
    dateline = debris_tokens(frame)
    atts = [a if a.subject not in dateline else replace(a, subject=_past_dateline(frame, a.subject, dateline))
            for a in atts]
    reg = build_registry(frame, skip_paras=debris, skip_tokens=dateline | lines)
    drafts: list[_Draft] = []
    prev: list[tuple[int, Resolved]] = []  # (token index, speaker) of the claims so far
    unanchored = set()
    for att in atts:
        draft = _speaker(frame, reg, att, drafts, prev)
        if _unanchored_first_person(frame, draft, prev):
            unanchored.add(len(drafts))
        drafts.append(draft)
        if draft.resolved.name:
            prev.append((att.subject if att.subject is not None else frame.token_at(att.start), draft.resolved))
    drafts = [d for i, d in enumerate(drafts) if i not in unanchored]
    drafts = _platform_carried(frame, reg, drafts, prev)
    drafts = _headline_speakers(frame, drafts)
    claims = []
    for group in _utterances(frame, drafts):
        claims.append(_to_claim(cleaned, text, group))
    claims.extend(_to_claim(cleaned, text, [d]) for d in _nested_drafts(frame, reg, drafts, prev))
    claims.sort(key=lambda c: (c.start, c.end))  # document order (a claim inside a source's report was drafted first)
    return claims


#: Verbs of writing a post that name no platform themselves (`"…," he wrote`).
_POSTING_CUES = frozenset(("write", "post"))
#: Verbs that take a platform after "to" or "on" for a post ("took to X", "posted on Instagram", "wrote on X").
_PLATFORM_VERBS = frozenset(("take", "takes", "took", "taking", "go", "goes", "went", "going", "post", "posts",
                             "posted", "posting", "write", "writes", "wrote", "writing"))


#: Names of words/channel_names.txt that are news outlets or half a name, never a platform one posts on.
_NOT_PLATFORMS = frozenset(("abc", "afp", "ap", "bbc", "bloomberg", "cbs", "cnn", "fox", "msnbc", "nbc", "reuters",
                            "social", "truth"))


def _platform_carried(frame: Frame, reg, drafts: list[_Draft], prev) -> list[_Draft]:
    """`Musk took to X on Sunday. "This is insane," he wrote.`: a post whose sentence names no channel went out on the
    platform the same speaker took to, posted or wrote on in the sentence right before (a capitalised name of
    words/channel_names.txt); never when someone else did, nor two sentences back."""
    doc = frame.doc
    out = []
    for d in drafts:
        cue = d.att.cue
        if d.via is None and cue is not None and d.resolved.name and reporting_base(doc[cue].text) in _POSTING_CUES:
            first = min(doc[cue].sent.start, doc[frame.token_at(d.att.start)].sent.start)
            via = _platform_before(frame, reg, doc[first - 1].sent, d.resolved.name, prev) if first else None
            if via:
                d = replace(d, via=via)
        out.append(d)
    return out


def _platform_before(frame: Frame, reg, sent, name: str, prev) -> str | None:
    """The platform `name` (the subject, resolved) took to, posted or wrote on in `sent`; else None."""
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or v.lower_ not in _PLATFORM_VERBS or frame.tok_quote[v.i] >= 0:
            continue
        plat = next((p.text for prep in v.children if prep.dep_ == "prep" and prep.lower_ in ("to", "on")
                     for p in prep.children if p.dep_ == "pobj" and p.text[:1].isupper()
                     and p.lower_ in CHANNEL_NAMES and p.lower_ not in _NOT_PLATFORMS), None) or next(
            (via for c in v.children if c.dep_ == "dobj" for via in [platform_of_posted(frame, c)] if via), None)
        subj = next((c.i for c in v.children if c.dep_ == "nsubj"), None)
        if plat is None or subj is None:
            continue
        ref = speaker_ref(frame, subj)
        if ref is None:
            continue
        if resolve(frame, reg, ref, [p for p in prev if p[0] < subj]).name == name:
            return plat
    return None


def _nested_drafts(frame: Frame, reg, drafts: list[_Draft], prev) -> list[_Draft]:
    """Quotations nested in a direct quotation and introduced there by someone named (`bot.claims.nested`),
    when that is someone other than the outer speaker. They stand outside the chain of claims, so no
    later quotation takes their speaker over."""
    out = []
    for d in drafts:
        if d.att.kind != "direct":
            continue
        for qi in d.att.quotes:
            for att in nested_quotes(frame, frame.quotes[qi]):
                if not d.att.start <= att.start < att.end <= d.att.end:
                    continue
                draft = _speaker(frame, reg, att, [], prev)
                if draft.resolved.name and draft.resolved.name != d.resolved.name:
                    out.append(draft)
    return out


MAX_SPLIT_GAP = 160  # characters of attribution between the two halves of a split quotation


def _utterances(frame: Frame, drafts: list[_Draft]) -> list[list[_Draft]]:
    """Group the halves of a quotation split by its attribution (`"A," she said, "B."` and
    `"A," she said. "B."`) into one utterance; everything else stands alone."""
    groups: list[list[_Draft]] = []
    for d in drafts:
        if groups:
            last = groups[-1][-1]
            if (d.att.kind == last.att.kind == "direct" and d.resolved.name == last.resolved.name
                    and (d.att.cue is None or d.att.cue == last.att.cue)
                    and frame.tok_para[frame.token_at(d.att.start)] == frame.tok_para[frame.token_at(last.att.start)]
                    and 0 <= d.att.start - last.att.end <= MAX_SPLIT_GAP
                    and _only_attribution_between(frame, last, d)):
                groups[-1].append(d)
                continue
        groups.append([d])
    return groups


def _only_attribution_between(frame: Frame, a: _Draft, b: _Draft) -> bool:
    """Is the text between two quotes just their attribution (the cue sits there, or nothing but punctuation)?"""
    cue = a.att.cue
    if cue is not None:
        i = frame.doc[cue].idx
        return a.att.end <= i < b.att.start
    return False


#: A free relative that only points at what follows (`Here is what the chancellor told MPs:`, `This is how she put
#: it:`): no content of its own, the words after the colon are the claim.
_POINTER = re.compile(r"(?:here|this|that)(?:['’]s|\s+is|\s+was)\s+(?:what|how)", re.I)


def _attributions(frame: Frame) -> list[Attribution]:
    reported = [a for a in reported_clauses(frame)
                if not (a.kind == "indirect" and _POINTER.fullmatch(frame.text[a.start:a.end].strip()))]
    reported, in_source = inside_sources(frame, reported)
    order = sorted(range(len(reported)), key=lambda i: (reported[i].start, -(reported[i].end - reported[i].start)))
    # one attribution per content span, the longest on overlap; a claim reported inside a source's report
    # (`Weaver says ..., according to the AP`) stands beside the source's
    kept: list[Attribution] = []
    reach = -1  # end of the last content span kept in its own right
    outer: Attribution | None = None  # the attribution whose content reaches there
    for i in order:
        a = reported[i]
        if i in in_source:
            kept.append(a)
            continue
        if a.start < reach and a.kind == "direct" and outer is not None and _evidence_inside(frame, outer, a):
            continue
        if a.start < reach and a.kind != "direct":
            if outer is not None and _own_claim_inside(frame, outer, a):
                kept.append(a)  # `blamed the media for making an issue of Trump's claim that Obama "founded ISIS"`
            continue
        kept.append(a)
        reach, outer = a.end, a
    # a claim reported inside a source's report comes just before the source's: the source is named last
    first = {id(reported[i]): start for i, start in in_source.items()}
    used = {qi for a in kept for qi in a.quotes}
    out: list[Attribution] = []
    for a in kept:
        if a.kind == "direct":
            for qi in a.quotes:
                q = frame.quotes[qi]
                out.append(Attribution("direct", q.inner_start, q.inner_end, a.cue, a.cue_text, a.subject, (qi,)))
        else:
            out.append(a)
    spans = sorted((a.start, a.end) for a in kept if a.kind != "direct")
    span_starts = [s for s, _ in spans]
    for qi, q in enumerate(frame.quotes):
        if qi in used:
            continue
        k = bisect_right(span_starts, q.start) - 1
        if k >= 0 and q.end <= spans[k][1] + 1:
            continue
        cue, subj, cue_text = quote_cue(frame, qi)
        inner = frame.text[q.inner_start:q.inner_end].rstrip()
        if is_title_like(frame, qi) and not (cue is not None and inner[-1:] in ",.!?…" and (inner[:1].isupper() or _SENTENCE_BREAK.search(inner))
                                             and (not titled_quote(frame, qi) or _CHANT.fullmatch(inner)
                                                  or _verb_colon_before(frame, qi, cue)
                                                  or _opens_sentence_before_verb(frame, qi, cue))
                                             and (_adjacent(frame, qi, cue) or _only_speaker_between(frame, qi, cue, subj)
                                                  or _quoted_as_saying_after(frame, qi, cue, subj))) \
                and not (cue is None and _short_sentence_after_attribution(frame, qi, inner)):
            continue
        end = q.inner_end
        if subj is not None and frame.tok_quote[subj] == qi:
            # the speaker's name on the quotation's last line (a signature): the claim ends before it
            cut = frame.text.rfind("\n", q.inner_start, frame.doc[subj].idx)
            end = cut if cut > q.inner_start else end
        out.append(Attribution("direct", q.inner_start, end, cue, cue_text, subj, (qi,)))
    out.extend(_transcript_turns(frame, out))
    out.sort(key=lambda a: (first[id(a)], -1, a.end) if id(a) in first else (a.start, 0, a.end))
    return out


#: The words between a quotation and a short one after it that go on with its speaker: the attribution alone, as a
#: sentence of its own (`"They did nothing," Osei says. "Absolutely nothing."`).
_ATTRIBUTION_SENTENCE = re.compile(r"[ \t]+[^.!?\"“”‘’\n]{1,60}[.!?][ \t]+")


def _short_sentence_after_attribution(frame: Frame, qi: int, inner: str) -> bool:
    """Is a quotation too short to count on its own a whole spoken sentence ("Absolutely nothing.", "Never.") right
    after the sentence attributing the quotation before it, in its paragraph (`"They did nothing," Osei says.
    "Absolutely nothing."`)? It goes on with that speaker, as a longer one there would."""
    if qi == 0 or not inner[:1].isupper() or inner[-1:] not in ".!?…" or title_case(_WORDS.findall(inner)):
        return False
    q, before = frame.quotes[qi], frame.quotes[qi - 1]
    if before.para != q.para or frame.text[before.inner_end - 1:before.inner_end] not in (",", "!", "?"):
        return False
    m = _ATTRIBUTION_SENTENCE.fullmatch(frame.text, before.end, q.start)
    if m is None:
        return False
    cue = quote_cue(frame, qi - 1)[0]
    return cue is not None and before.end <= frame.doc[cue].idx < q.start


def _evidence_inside(frame: Frame, outer: Attribution, inner: Attribution) -> bool:
    """Are `inner`'s quoted words, inside `outer`'s content, what a thing bears out there (`saying they showed
    "the plan is working"`, `the data proves "we were right"`)? They are the outer speaker's words: a verb of
    evidence (words/evidence_verbs.txt) whose subject is no name."""
    if inner.cue is None or inner.subject is None or not inner.quotes:
        return False
    doc = frame.doc
    cue, subj = doc[inner.cue], doc[inner.subject]
    if not (outer.start <= cue.idx < outer.end and inner.end <= outer.end) or cue.lower_ not in EVIDENCE_FORMS:
        return False
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    return subj.pos_ == "NOUN" or subj.lower_ in ("it", "they", "this", "that", "these", "those")


def _own_claim_inside(frame: Frame, outer: Attribution, inner: Attribution) -> bool:
    """Is `inner`, inside `outer`'s content, a claim a named other makes there in words of its own: a claim noun's
    named owner (`blamed the media for Trump's claim that Obama "founded ISIS"`)? Only with quoted words: they
    are that one's, not the outer speaker's."""
    if not inner.quotes or inner.cue is None or inner.subject is None or outer.subject is None:
        return False
    doc = frame.doc
    cue, subj = doc[inner.cue], doc[inner.subject]
    if not (outer.start <= cue.idx and inner.end <= outer.end) or subj.i == outer.subject:
        return False
    if not (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG")):
        return False
    opening = [frame.token_at(frame.quotes[qi].start) for qi in inner.quotes]
    if any(k > 0 and doc[k - 1].lower_ == "as" for k in opening):
        return False  # `describing Obama's statement that he opposed the war as "the biggest fairy tale"`: the describer's
    return cue.pos_ == "NOUN" and subj.dep_ == "poss" and subj.head.i == cue.i


_HEADLINE_LABEL = re.compile(r"[ \t]*([A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2}):[ \t]+(?=\S)")
#: A label opening with a question word ("WHAT'S NEXT:", "WHY IT MATTERS:"): like the section headers, kickers and
#: credits of words/section_labels.txt, no speaker's turn.
_QUESTION_LABEL = re.compile(r"(?:WHAT|WHY|HOW|WHERE|WHEN|WHO)(?:['’]S|['’]RE)?\b")


def _section_label(label: str) -> bool:
    """Is a paragraph's label before a colon a section's header, a kicker or a credit (`FACT CHECK:`, `THE LATEST:`,
    `WHAT'S NEXT:`), not a speaker's name or title?"""
    upper = " ".join(label.upper().split())
    return upper.lower() in SECTION_LABELS or bool(_QUESTION_LABEL.match(upper))


def _labelled(frame: Frame, pno: int) -> bool:
    """Does paragraph `pno` open with a label before a colon (a speaker's turn or a question, `Q:`), or end with a
    colon that introduces what follows ("Partial transcript as follows:")?"""
    if not 0 <= pno < len(frame.para_bounds):
        return False
    lo, hi = frame.para_bounds[pno]
    m = CAPS_LABEL.match(frame.text, lo, hi) or _HEADLINE_LABEL.match(frame.text, lo, hi) or QA_LABEL.match(frame.text, lo, hi)
    return m is not None and not _section_label(m.group(1)) or frame.text[lo:hi].rstrip().endswith(":")




def _person_label(frame: Frame, m: re.Match, hi: int) -> bool:
    """Is a label in mixed case before a colon opening a paragraph a person's name, so that the paragraph is their
    turn in a transcript (`Gov. Gavin Newsom: I'm focused on California.`, `Matthews: Well, speculation is bad.`)?
    Its words are capitalised (the tagger may take a surname alone for any word), and it names a person the tagger
    saw there or names in full elsewhere ("Matthews" after "Chris Matthews"). Not when the words after it name that
    person ("Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for …": a section on
    the person, written about them), nor when they hold no clause, nor away from another turn (below)."""
    doc = frame.doc
    toks = [t for t in doc[frame.token_at(m.start(1)):frame.token_at(m.end(1) - 1) + 1] if not t.is_punct]
    if not toks or any(not t.is_title and t.lower_ not in HONORIFICS for t in toks):
        return False
    if _section_label(m.group(1)) or toks[-1].lower_ in HONORIFICS:
        return False
    turn = frame.text[m.end():hi]
    surname = toks[-1].lower_
    if surname in {w.lower() for w in _WORDS.findall(turn)} or title_case(_WORDS.findall(turn)):
        return False  # (a title-case line is a headline: "Bernie Sanders: I'm Not Much Of A Socialist …")
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[frame.token_at(m.end()):frame.token_at(hi - 1) + 1]):
        return False  # a list's item, not a turn: "John Kasich: Now or never."
    if not any(_labelled(frame, k) for k in (frame.tok_para[toks[0].i] - 1, frame.tok_para[toks[0].i] + 1)):
        return False  # a transcript's turns come one after another: "Jeb Bush: Student loans …" opens a section
    if any(t.ent_type_ == "PERSON" for t in toks):
        return True
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == surname and not (toks[0].i <= e.start <= toks[-1].i)
               for e in doc.ents)


def _transcript_turns(frame: Frame, found: list[Attribution]) -> list[Attribution]:
    """Interview transcripts: a paragraph that starts `WALLACE: ...` is Wallace's turn.

    A turn already found as a quotation gets the label as its speaker (and loses the label).
    """
    out = []
    text = frame.text
    by_start = {a.start: i for i, a in enumerate(found)}
    answerer: list[int | None] | None = None  # the person a Q&A's answers are given to, once looked for
    for pno, (lo, hi) in enumerate(frame.para_bounds):
        m = CAPS_LABEL.match(text, lo, hi)
        if pno == 0 and not m:
            m = _HEADLINE_LABEL.match(text, lo, hi)  # headline `Rubio: I Still Believe ...`
            if m and frame.doc[frame.token_at(m.end(1) - 1)].pos_ != "PROPN":
                m = None
        elif not m:
            m = _HEADLINE_LABEL.match(text, lo, hi)  # `Matthews: Well, speculation is bad.`
            if m and not _person_label(frame, m, hi):
                m = None
        if m and _section_label(m.group(1)):
            label_end = frame.token_at(m.end(1) - 1)
            for i, a in enumerate(found):
                if lo <= a.start < m.end() < a.end:
                    # `KEY QUOTE: "…," Schumer said`: the header is no part of what was said
                    found[i] = a = replace(a, start=m.end())
                if a.cue is not None and frame.token_at(lo) <= a.cue <= label_end and a.start >= m.end():
                    # `CLAIM: Harris "wants to take away your guns."`: the header (a verb to the parser) is no cue, and
                    # the one the claim is about is not who made it
                    found[i] = replace(a, subject=None)
            continue
        subj = None
        if not m:
            m = QA_LABEL.match(text, lo, hi)
            if not m or m.group(1) != "A":
                continue  # (a question, `Q: …`, is asked, not claimed)
            if answerer is None:
                answerer = [_interviewee(frame, lo)]
            subj = answerer[0]  # `A: We are on track.`: the person interviewed, when the text before says who
        elif len(m.group(1)) < 2:
            continue
        label_tok = frame.token_at(m.end(1) - 1)
        if label_tok in colon_dateline_tokens(frame):
            continue  # `NEW DELHI: The Supreme Court on Monday said …`: a dateline, no turn
        if subj is None and m.re is not QA_LABEL:
            subj = label_tok
        start = m.end()
        end = hi
        while end > start and text[end - 1] in " \t\r\n\"”":
            end -= 1
        if end - start < 10:
            continue
        for qs, i in list(by_start.items()):
            if lo <= qs < start + 1 or (lo <= qs <= start and found[i].end <= hi):
                a = found[i]
                found[i] = Attribution(a.kind, start, a.end, label_tok, ":", subj, a.quotes)
                break
        else:
            if frame.tok_quote[frame.token_at(start)] < 0 and not any(
                    a.start < end and start < a.end and a.kind == "direct" for a in found):
                # the speaker's turn replaces reported clauses found inside it ("Do you think ..."); an answer keeps
                # those of someone else it reports ("what Bernie is talking about now is mainstream")
                found[:] = [a for a in found if not (a.start < end and start < a.end) or (
                    m.re is QA_LABEL and a.subject is not None and frame.doc[a.subject].pos_ != "PRON")]
                by_start = {a.start: i for i, a in enumerate(found)}
                out.append(Attribution("direct", start, end, label_tok, ":", subj, ()))
    return out


def _interviewee(frame: Frame, before: int) -> int | None:
    """The person answering a Q&A's questions (`A: …`): of the people the text names before its first answer, the
    one named most often ("Q&A with Vice President Joe Biden. … Biden complained …"), leaving out those described as
    who asks (words/interviewer_nouns.txt: "POLITICO senior writer Michael Grunwald"). The head token of their
    last full mention there; None when nobody is named, or two are named equally often (right speaker or none)."""
    counts: dict[str, int] = {}
    full: dict[str, int] = {}
    for e in frame.doc.ents:
        if e.start_char >= before:
            break
        if e.label_ != "PERSON" or _asks(e):
            continue
        key = e[-1].lower_
        counts[key] = counts.get(key, 0) + 1
        if len(e) > 1 or key not in full:
            full[key] = e.root.i
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return full[ranked[0][0]]


def _asks(ent) -> bool:
    """Is a person described, in the words right before their name, as an interviewer ("Washington Post reporter
    Jim Tankersley") or by an apposition headed by such a noun ("Ann Lee, our Europe editor")?"""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 3):ent.start]
    return any(t.lower_ in INTERVIEWER_NOUNS for t in before) or any(
        c.dep_ == "appos" and c.lower_ in INTERVIEWER_NOUNS for c in ent.root.children)


#: Words each a sentence of its own, shouted or chanted (`"Fight! Fight! Fight!" Trump shouted`): capitalised as a
#: title's are, but spoken.
_CHANT = re.compile(r"(?:[^\W\d_][\w'’-]*[!?.][ \t]*){2,}")


#: A sentence ending inside a quotation and another starting: words spoken, not a title (`"states were hemorrhaging
#: money. They needed it," DeSantis said` after "grant program").
_SENTENCE_BREAK = re.compile(r"\w[.!?] +[A-Z]")


def _adjacent(frame: Frame, qi: int, cue: int) -> bool:
    """Is the cue right next to the quote (`"Q," she said` / `she said: "Q"`)?"""
    q = frame.quotes[qi]
    t = frame.doc[cue]
    gap = frame.text[q.end:t.idx] if t.idx >= q.end else frame.text[t.idx + len(t.text):q.start]
    return len(_WORDS.findall(gap)) <= 3


def _verb_colon_before(frame: Frame, qi: int, cue: int) -> bool:
    """Does a reporting verb introduce the quotation with a colon, at most its channel between them (`Rayner replied:
    "Pathetic from the Tories."`, `Trump wrote on Truth Social: "Thank You Texas!"`)? A title-cased quotation so
    introduced is a post's or a speaker's words, not a title."""
    q = frame.quotes[qi]
    t = frame.doc[cue]
    if t.idx >= q.start or not is_verb(t) or t.lower_ in NAMING_VERBS or t.dep_ == "auxpass" or any(
            c.dep_ == "auxpass" for c in t.children):
        return False  # (`The book is called: "The Art of the Deal."`: a name)
    gap = frame.text[t.idx + len(t.text):q.start].rstrip()
    if not gap.endswith(":") or "\n" in gap:
        return False
    words = _WORDS.findall(gap)
    return not words or len(words) <= 3 and words[0].lower() in CHANNEL_PREPS  # never an object ("its title:")


def _opens_sentence_before_verb(frame: Frame, qi: int, cue: int) -> bool:
    """Does a quotation open its sentence and close with a comma, "!" or "?" right before its reporting verb
    (`"Shame on the BBC," wrote the actor on X`, `"Total Witch Hunt!" Trump posted`)? A title-cased quotation so
    placed is a post's or a speaker's words; a title inside a sentence (`He starred in "Breaking Bad," said …`) is not
    so placed."""
    q = frame.quotes[qi]
    t = frame.doc[cue]
    inner = frame.text[q.inner_start:q.inner_end].rstrip()
    if t.idx < q.end or inner[-1:] not in ",!?" or not is_verb(t) or t.lower_ in NAMING_VERBS:
        return False
    if _WORDS.search(frame.text[q.end:t.idx]):
        return False  # (the verb right after the quotation: `"Q," wrote X`, not `"Q," X wrote`, nor a clause between)
    lead = frame.text[max(0, q.start - 3):q.start]
    return q.start == 0 or not lead.strip() and "\n" in lead or bool(re.search(r"[.!?]['\"’”]?\s+$", lead))


#: The most words of a speaker's noun phrase between a short quotation and its verb ("the union's president, Fran
#: Drescher,").
_MAX_SPEAKER_WORDS = 10


def _only_speaker_between(frame: Frame, qi: int, cue: int | None, subj: int | None) -> bool:
    """Are the words between a quotation and the reporting verb after it only the speaker's noun phrase (`"We did
    it!" the union's president, Fran Drescher, said`, `"Absolutely not," a spokesperson for the company said`): no
    verb among them, the speaker among them, a few words at most? A short quotation so attributed is spoken."""
    if cue is None or subj is None:
        return False
    q = frame.quotes[qi]
    doc = frame.doc
    if doc[cue].idx < q.end or not q.end <= doc[subj].idx < doc[cue].idx:
        return False
    lo, hi = frame.token_at(q.end), cue
    while lo < hi and doc[lo].idx < q.end:
        lo += 1
    gap = doc[lo:hi]
    return (0 < len(_WORDS.findall(frame.text[q.end:doc[cue].idx])) <= _MAX_SPEAKER_WORDS
            and not any(t.pos_ in ("VERB", "AUX") or frame.tok_quote[t.i] >= 0 or t.text in ".!?;:" for t in gap))


def _quoted_as_saying_after(frame: Frame, qi: int, cue: int | None, subj: int | None) -> bool:
    """Does a short quotation open its sentence with a source right after it that quotes someone as saying it
    (`"We will respond," KCNA quoted Kim as saying`, `"No comment," Tass quoted Peskov as saying`): between the
    quotation and "as saying" only the source, the quoting verb and the one quoted, no other verb? Words so tagged
    are spoken, not a term (`The "special operation" continued, RIA quoted the ministry as saying` has the verb
    "continued" in between)."""
    if cue is None or subj is None:
        return False
    q = frame.quotes[qi]
    doc = frame.doc
    verb = doc[cue]
    quoted, _ = quoted_as(verb)
    if quoted is None or quoted != subj or verb.idx < q.end:
        return False
    lead = frame.text[max(0, q.start - 3):q.start]
    if not (q.start == 0 or not lead.strip() and "\n" in lead or re.search(r"[.!?]['\"’”]?\s+$", lead)):
        return False  # (the quotation opens its sentence)
    quoting = verb.head.head
    j = verb.right_edge.i if verb.right_edge.text == "," else verb.right_edge.i + 1
    if quoting.dep_ != "ROOT" or j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return False  # (`"Peace dividend," Interfax quoted him as saying, was a myth`: the quotation is a subject)
    lo = frame.token_at(q.end)
    while lo < cue and doc[lo].idx < q.end:
        lo += 1
    gap = doc[lo:cue]
    return (len(_WORDS.findall(frame.text[q.end:verb.idx])) <= _MAX_SPEAKER_WORDS + 3
            and not any(t.pos_ in ("VERB", "AUX") and t.i != quoting.i and t.head.i != quoting.i
                        or frame.tok_quote[t.i] >= 0
                        or t.text in ".!?;:" for t in gap))


def _speaker(frame: Frame, reg, att: Attribution, drafts: list[_Draft], prev) -> _Draft:
    """The speaker of one attribution: candidates in order of preference, the first that passes
    validation wins (`bot.claims.validate`); none passing means no speaker, never a wrong one."""
    via = channel(frame, att.cue)
    mention = None
    for resolved, cand_via, cand_mention in _candidates(frame, reg, att, drafts, prev, via):
        if mention is None and cand_mention is not None:
            mention = cand_mention  # the article's own words at this claim, even when they resolve to nothing valid
        if resolved.name and is_valid_speaker(resolved.name, resolved.kind, direct=att.kind == "direct"):
            return _Draft(att, clean_resolved(resolved), cand_via, cand_mention if cand_mention is not None else mention)
    return _Draft(att, Resolved(None, "unknown", None), via, mention)


def _joint_speakers(frame: Frame, reg, att: Attribution, ref, resolved: Resolved, prev):
    """(speaker, channel, mention) of parties who spoke together ("Egypt and Qatar said in a joint statement"), each
    resolved as it would be alone; None when the text does not say they spoke together or one of them has no name."""
    parties = joint_parties(frame, ref.head, att.cue)
    if not parties or not resolved.name or ref.pronoun:
        return None
    names = [resolved.name]
    for i in parties:
        other = speaker_ref(frame, i)
        r = resolve(frame, reg, other, prev, content=(att.start, att.end)) if other is not None else None
        if r is None or not r.name or r.name in names:
            return None
        names.append(r.name)
    name = ", ".join(names[:-1]) + " and " + names[-1]
    doc = frame.doc
    lo = ref.head
    while lo > 0 and doc[lo - 1].head.i == ref.head and doc[lo - 1].dep_ in ("compound", "det", "amod", "poss"):
        lo -= 1
    mention = doc[lo:doc[parties[-1]].right_edge.i + 1].text
    return replace(resolved, name=name, kind="group"), channel(frame, att.cue), mention


def _candidates(frame: Frame, reg, att: Attribution, drafts: list[_Draft], prev, via):
    """(speaker, channel, mention) candidates for an attribution, best first."""
    if _asked_by_nobody(frame, att):
        return  # `Trump was asked, "Q?"`: the one asked does not speak, and nobody named asks
    if att.subject is not None:
        ref = speaker_ref(frame, att.subject)
        if ref is not None:
            mention = mention_text(frame, att.subject)
            if ref.pronoun and ref.text.lower() == "it":
                # "it said" of a statement, report or letter just mentioned: the document's owner
                doc_tok = document_before(frame, att.subject)
                if doc_tok is not None:
                    owner = document_owner(frame, reg, replace(ref, head=doc_tok.i, pronoun=False, text=doc_tok.text),
                                           _document_claims(drafts), prev)
                    if owner is not None:
                        yield owner, via or doc_tok.text, mention
                if doc_tok is None and att.cue is not None and frame.doc[att.cue].lower_ in READING_FORMS:
                    # '"…," it read' with no document named before it: something's words, no one's (never a place or
                    # a group the pronoun could reach: "Two Americans were killed. "…," it reads")
                    yield Resolved(None, "unknown", None), via, mention  # (no name: the mention "it" kept)
                    return
            if not ref.pronoun and document_noun(frame.doc[ref.head].text):
                # "the statement said": whoever issued it, when the text says so
                owner = document_owner(frame, reg, ref, _document_claims(drafts), prev)
                if owner is not None:
                    yield owner, via, mention
            resolved = resolve(frame, reg, ref, prev, content=(att.start, att.end))
            joint = _joint_speakers(frame, reg, att, ref, resolved, prev)
            if joint is not None:
                # "Egypt and Qatar said in a joint statement": all of them, never the first alone
                yield joint
            group = own_group_joined(frame, ref.head)
            if group is not None and resolved.name and mention:
                # "She and her aides have vowed", "he and other Clinton challengers complained": the two together
                yield replace(resolved, name=f"{resolved.name} and {group}", kind="group"), via, f"{mention} and {group}"
            yield resolved, via, mention
            # still here: the subject as resolved failed validation
            problem = speaker_problem(resolved.name, resolved.kind, direct=att.kind == "direct")
            if problem == "headline fragment":
                prefix = headline_prefix(resolved.name)  # "Marco Rubio Responds To Question"
                if prefix:
                    yield resolve(frame, reg, replace(ref, text=prefix, named=True), prev), via, prefix
                if ref.text != resolved.name and not ref.pronoun:
                    # "Sanders" resolved to a headline the tagger took for a name ("Bernie Sanders Promises Action
                    # On ..."): the article's own words at the cue
                    yield replace(resolved, name=ref.text), via, mention
            elif problem == "an event":
                parties = event_parties(resolved.name)  # "the US and North Korea summit talks ..., promising"
                if parties:
                    yield replace(resolved, name=parties), via, mention
            elif problem == "too long":
                short = shorten(resolved.name)
                if short:
                    yield replace(resolved, name=short), via, mention
            elif problem in ("number or date", "not an agent") and mention and _holds_name(mention, resolved.name):
                # a name that cannot stand alone ("NY1", "Time"): as the article wrote it around that name
                # ("a NY1 representative", "Time magazine")
                yield replace(resolved, name=_ARTICLE.sub("", mention)), via, mention
            return  # the sentence names its speaker and it is not valid: no speaker rather than a guess
    if drafts and (att.cue is None or att.subject is None):
        # no valid attribution of its own: the previous claim's speaker carries over, if close
        last = _last_speaking(frame, drafts)
        para_here = frame.tok_para[frame.token_at(att.start)]
        para_last = frame.tok_para[frame.token_at(last.att.start)]
        if para_here - para_last <= 1 and last.resolved.name and not _own_subject(frame, att, last):
            yield last.resolved, last.via, last.mention
    if att.cue is None:
        # a paragraph of quotation after one that introduces its speaker ("X spoke about her father.")
        intro = _previous_paragraph_subject(frame, att)
        if intro is not None:
            ref = speaker_ref(frame, intro)
            if ref is not None and (ref.named or ref.pronoun):
                r = resolve(frame, reg, ref, prev)
                if r.name and (r.kind == "person" or r.kind == "organisation" and _sends_out(frame.doc[intro])):
                    yield r, None, None


def _last_speaking(frame: Frame, drafts: list[_Draft]) -> _Draft:
    """The claim whose speaker a cue-less quotation continues: the last one, unless it is a reported claim told
    inside the sentence of the quotation before it (`"Q1," said Phil Bryant, a former backer of Ted Cruz, who
    has since called on Republicans to back Trump. "Q2"`: Q2 is Bryant's, not Cruz's)."""
    last = drafts[-1]
    if last.att.kind != "indirect" or last.att.cue is None or len(drafts) < 2:
        return last
    before = drafts[-2]
    if before.att.kind == "indirect" or before.att.cue is None:
        return last
    doc = frame.doc
    return before if doc[last.att.cue].sent.start == doc[before.att.cue].sent.start else last


def _asked_by_nobody(frame: Frame, att: Attribution) -> bool:
    """Is the cue a passive verb of asking or telling whose subject is the speaker found, with no "by X"
    (`Trump was asked, "Q?"`, `his salespeople were told, "Q."`), or a bare participle clause ("said when asked
    how he reads the news")? The one asked or told is not the speaker."""
    if att.cue is not None and att.subject is None and put_to(frame.doc[att.cue]):
        return True
    if att.cue is None or att.subject is None:
        return False
    verb, subj = frame.doc[att.cue], frame.doc[att.subject]
    if verb.lower_ not in ADDRESSEE_FORMS or subj.head.i != verb.i or any(c.dep_ == "agent" for c in verb.children):
        return False
    return subj.dep_ == "nsubjpass" or subj.dep_ == "nsubj" and _reduced_passive(verb)


#: Addressee verbs that also take a to-infinitive with no one addressed (`asked to depose`, `begged to stay`).
_SELF_ASKING = frozenset(("ask", "beg"))


def _reduced_passive(verb) -> bool:
    """`with residents told to keep windows closed`: a participle of telling with no one told after it, only
    what to do. The parser takes the one told for its subject; an active `told` always names whom it tells
    (but `Judicial Watch asked to depose Clinton` asks itself, and `the ones Comey advised not to` has its
    object before it)."""
    return (verb.tag_ in ("VBD", "VBN") and verb.dep_ != "relcl" and ADDRESSEE_FORMS[verb.lower_] not in _SELF_ASKING
            and not any(c.dep_ in ("dobj", "dative", "iobj", "aux") for c in verb.children)
            and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in verb.children))


#: Finite verb tags: a clause of its own ("the balloons cascaded", "Clinton fixates", "will accuse").
_FINITE = FINITE_TAGS | {"MD"}


def _own_subject(frame: Frame, att: Attribution, last: _Draft) -> bool:
    """Does the sentence a cue-less quotation stands in have a clause of its own outside quotation marks,
    with a subject that is a noun or someone else's name (`When Trump finally wrapped up - "Q" - the
    balloons cascaded`, after a claim by Harvey)? Then the previous claim's speaker does not carry over to
    it: the sentence is about someone or something else. (A pronoun subject may be the previous speaker;
    neither the previous claim's own attribution, a subordinate clause ("once the elections are over") nor
    a document ("the statement read") counts.)"""
    doc = frame.doc
    own_words = set((last.resolved.name or "").split())
    first, end = frame.token_at(att.start), frame.token_at(max(att.start, att.end - 1))
    para = frame.tok_para[first]
    lo, hi = doc[first].sent.start, doc[end].sent.end
    for k in range(lo, hi):
        t = doc[k]
        if (t.dep_ in ("nsubj", "nsubjpass") and _noun_phrase(t) and frame.tok_quote[k] < 0
                and not any(c.dep_ == "mark" for c in t.head.children) and not document_noun(t.text)
                and frame.tok_para[k] == para and frame.tok_quote[t.head.i] < 0 and t.head.i != last.att.cue
                and k != last.att.subject and t.text not in own_words
                and (t.head.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                                  for c in t.head.children))):
            return True
    return False


def _noun_phrase(tok) -> bool:
    """A name, or a noun with words of its own ("the balloons"; not a verb the tagger took for a bare noun)."""
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in tok.children)


_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_CUT_SHORT = frozenset(("and", "or", "of", "for", "to", "in", "at", "on", "the", "a", "an"))


def _holds_name(mention: str, name: str) -> bool:
    """Is the name one or more words of a longer, whole mention ("NY1" in "a NY1 representative"; not one cut
    short: "The secretary of state and")?"""
    words, inner = mention.split(), name.split()
    return (len(words) > len(inner) and words[-1].lower() not in _CUT_SHORT
            and any(words[i:i + len(inner)] == inner for i in range(len(words))))


#: How many earlier claims are searched for "X said in a statement" (bounds the work per claim).
DOCUMENT_LOOKBACK_CLAIMS = 40


def _document_claims(drafts: list[_Draft]) -> list[tuple[int, str, Resolved]]:
    """(char offset, channel, speaker) of recent claims made through a document ("said in a statement")."""
    return [(d.att.start, d.via, d.resolved) for d in drafts[-DOCUMENT_LOOKBACK_CLAIMS:] if d.via and d.resolved.name]


def _previous_paragraph_subject(frame: Frame, att: Attribution) -> int | None:
    """Subject of the last sentence of the paragraph before a cue-less quotation that opens its paragraph."""
    first = frame.token_at(att.start)
    para = frame.tok_para[first]
    if para == 0:
        return None
    lo, hi = frame.para_bounds[para]
    if frame.text[lo:att.start].strip(" \t\"“”'‘"):
        return None  # the quotation does not open its paragraph
    j = first - 1
    while j >= 0 and frame.tok_para[j] == para:
        j -= 1
    if j < 0 or frame.tok_para[j] != para - 1:
        return None
    sent = frame.doc[j].sent
    if any(frame.tok_quote[k] >= 0 for k in range(sent.start, sent.end)):
        return None
    root = sent.root
    for c in root.children:
        if c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON"):
            return c.i
        if c.dep_ == "nsubj" and c.pos_ == "NOUN":
            # "Her neighbour Paul Green, 61, was at work when the water came in.": the person in apposition
            named = next((g for g in c.children if g.dep_ == "appos" and g.ent_type_ == "PERSON" and g.i > c.i), None)
            if named is not None:
                return named.i
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children) or any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in root.children):
        # `If anything, Ash argued in his email, the incident is an illustration of ...`: the one whose argument
        # the sentence is, in an attribution the parser hangs under the sentence's own verb
        for c in root.children:
            if (c.dep_ in ("ccomp", "parataxis", "advcl") and c.i < root.i and is_verb(c) and reporting_base(c.text)
                    and not any(g.dep_ == "mark" for g in c.children)):
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON"):
                    return subj.i
    return None


def _sends_out(subj) -> bool:
    """Does an organisation's sentence send out the words that follow it ("The DNC issued a statement apologizing
    to Sanders ...")? Only then is a paragraph of quotation after it the organisation's own."""
    verb = subj.head
    return (subj.dep_ == "nsubj" and verb.lower_ in SENDING_FORMS
            and any(c.dep_ == "dobj" and (document_noun(c.text) or c.lower_ in CHANNEL_NOUNS) for c in verb.children))


def _past_dateline(frame: Frame, subject: int, dateline: frozenset[int]) -> int | None:
    """The subject the parser hung on a dateline it took for the subject ("CLEVELAND, July 19 (UPI) — Former
    Attorney General Michael Mukasey told ..."): the name in apposition after the dateline, or the verb's own subject
    after it ("MUMBAI: The Brihanmumbai Municipal Corporation said …", both taken for subjects), else none."""
    subj = frame.doc[subject]
    return next((c.i for c in subj.children if c.dep_ == "appos" and c.i not in dateline and c.i > subject),
                next((c.i for c in subj.head.children if c.dep_ == subj.dep_ and c.i not in dateline
                      and c.i > subject and subj.dep_ in ("nsubj", "nsubjpass")), None))


def _unanchored_first_person(frame: Frame, d: _Draft, prev: list[tuple[int, Resolved]]) -> bool:
    """`I do not think ...` in the narration, outside quotation marks, with nobody it could be (no person has
    spoken before it): the writer's aside (or a translation's slip), not a claim by anyone in the article. After
    someone has, it stays, with no name when it is the writer's (`bot.claims.resolve`)."""
    subj = d.att.subject
    return (d.resolved.name is None and subj is not None and d.att.kind != "direct"
            and frame.doc[subj].lower_ == "i" and frame.tok_quote[subj] < 0
            and not (prev and prev[-1][1].kind == "person"))


#: Share of a headline quotation's words a body quotation must repeat to overrule the headline's label.
HEADLINE_ECHO = 0.8


def _headline_speakers(frame: Frame, drafts: list[_Draft]) -> list[_Draft]:
    """Cue-less quotes before the first attributed claim (headlines): speaker of the body claim they echo.
    A quotation after a colon in the headline (`Rothwell Athletic sack Kellerman: 'We could not wait'`) takes
    the speaker of the body quotation that repeats its words, not the words before the colon (often the
    headline's object, or a verb the parser read as a noun); a bare name or title before the colon stays."""
    out = list(drafts)
    for i, d in enumerate(drafts):
        headline_label = (d.att.cue_text == ":" and frame.tok_para[frame.token_at(d.att.start)] == 0
                          and _not_a_bare_label(d.mention))
        if not headline_label and (d.resolved.name or d.att.cue is not None) or _names_a_term(frame, d.att):
            continue
        if not headline_label and i and _goes_on_unnamed(frame, drafts[i - 1], d):
            continue  # `"Q1," he said. "Q2."` with "he" no one named: Q2 is his too, no one else's echo
        words = set(_WORDS.findall(frame.text[d.att.start:d.att.end].lower()))
        if not words:
            continue
        best, score = None, 0.0
        for o in drafts:
            if o is d or not o.resolved.name:
                continue
            ow = set(_WORDS.findall(frame.text[o.att.start:o.att.end].lower()))
            s = len(words & ow) / len(words)
            if s > score and (not headline_label or o.att.kind == "direct" and frame.tok_para[frame.token_at(o.att.start)] > 0):
                best, score = o, s
        if best is not None and score >= (HEADLINE_ECHO if headline_label else 0.5):
            out[i] = _Draft(d.att, best.resolved, d.via or best.via, d.mention)
    return out


def _goes_on_unnamed(frame: Frame, last: _Draft, d: _Draft) -> bool:
    """Does the cue-less quotation `d` follow, in the same paragraph, a direct quotation whose speaker is no one
    named (`"Q1," he said. "Q2."`)?"""
    return (last.att.kind == "direct" and not last.resolved.name and last.att.cue is not None
            and frame.tok_para[frame.token_at(last.att.start)] == frame.tok_para[frame.token_at(d.att.start)])


def _not_a_bare_label(mention: str | None) -> bool:
    """Does a headline's label hold a lower-case word (`Rothwell Athletic sack Kellerman`, `Sarah Silverman
    heckles fans`) or a headline's verb (`Donald Trump Praises … Matthew Boyle`), so that it is more than a name or title (`Kasich`, `CNN President`) or an owner's words
    (`Republicans' reaction`) that speak as written?"""
    words = _WORDS.findall(mention or "")
    return (any(i and w.lower() in HEADLINE_VERBS for i, w in enumerate(words))
            or any(w.islower() for w in words) and not _POSSESSIVE.search(mention or ""))


#: How a quotation's words can hang on a noun after it (`the "90 to 95 percent" figure`).
_TERM_DEPS = frozenset(("compound", "nmod", "amod", "nummod"))


def _names_a_term(frame: Frame, att: Attribution) -> bool:
    """Do the quoted words modify a noun right after them, in the narration (`The "90 to 95 percent" figure came
    from the Clinton campaign`)? A term the writer names, not words of whoever used them last."""
    doc = frame.doc
    first, last = frame.token_at(att.start), frame.token_at(max(att.start, att.end - 1))
    return any(doc[k].dep_ in _TERM_DEPS and doc[k].head.i > last and doc[k].head.pos_ == "NOUN"
               and frame.tok_quote[doc[k].head.i] < 0 for k in range(first, last + 1))


def _quote_text(text: str, a: Attribution) -> str:
    if a.gap is None:
        return text[a.start:a.end].strip()
    return text[a.start:a.gap[0]].strip() + " " + text[a.gap[1]:a.end].strip()


def _to_claim(cleaned, text: str, group: list[_Draft]) -> Claim:
    d = group[0]
    a = d.att
    quote = " ".join(_quote_text(text, g.att) for g in group)
    rs, re_ = cleaned.span_to_raw(a.start, group[-1].att.end)
    return Claim(speaker=d.resolved.name, speaker_kind=d.resolved.kind if d.resolved.kind else "unknown",
                 role=d.resolved.role, quote=quote, kind=a.kind, via=d.via or next((g.via for g in group if g.via), None),
                 start=rs, end=re_,
                 cue=a.cue_text, mention=d.mention)


def extract_claims(text: str) -> list[Claim]:
    """Every quote and reported claim in `text`, in document order."""
    cleaned = prepare(text)
    doc = parse(get_nlp(), cleaned.text)
    return analyse_doc(doc, cleaned)


def extract_many(texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[list[Claim] | Exception]:
    """Claims for each text in order, parsed in batches with `nlp.pipe`.

    This is the batch boundary: a text that fails (at any stage) yields its
    exception, logged, and the others go on.
    """
    nlp = get_nlp()
    it = iter(texts)
    while True:
        chunk = list(islice(it, max(1, batch_size)))
        if not chunk:
            return
        prepared: list = []
        for raw in chunk:
            try:
                prepared.append(prepare(raw))
            except Exception as e:  # batch boundary
                log.warning("cleaning failed: %s", e)
                prepared.append(e)
        short = [i for i, c in enumerate(prepared) if not isinstance(c, Exception) and len(c.text) <= MAX_CHUNK_CHARS]
        docs: dict[int, object] = {}
        try:
            for i, doc in zip(short, nlp.pipe([parse_text(prepared[i].text) for i in short])):
                docs[i] = doc
        except Exception as e:  # batch boundary: retry one by one below
            log.warning("batch parse failed (%s); parsing one by one", e)
        for i, c in enumerate(prepared):
            if isinstance(c, Exception):
                yield c
                continue
            try:
                doc = docs.get(i)
                if doc is None:
                    doc = parse(nlp, c.text)
                yield analyse_doc(doc, c)
            except Exception as e:  # batch boundary
                log.exception("extraction failed for text %d of the batch", i)
                yield e
