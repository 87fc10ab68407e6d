"""Stage 3, first pass: reported clauses (`X said (that) ...`, `..., X said`, `according to X`).

Every reporting verb outside quotation marks with a clausal complement, and every
`according to X`. The content becomes an indirect claim, a mixed one if it holds quoted
words, or just the cue of a direct quote when the content is nothing but that quote.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.claims.cues import (CLAUSE_TAGS, channel_participle_taken_for_verb, DASHES, FINITE_TAGS, MIN_CONTENT_WORDS, OBJECT_DEPS, WORD, Attribution, head_of_name, is_verb,
                             org_acronym, subject_of, year_old)
from bot.claims.frames import Frame
from bot.claims.lexicon import (
    ADDRESSEE_FORMS,
    ANONYMITY_PHRASES,
    AUDIENCE_NOUNS,
    CHANNEL_NOUNS,
    CLAIM_NOUNS,
    EVENT_TURN_MARKS,
    EVIDENCE_FORMS,
    FOUND_STATES,
    GO_BETWEEN_NOUNS,
    INFINITIVE_VERBS,
    MANNER_NORMS,
    NOT_SPEAKERS,
    OBJECT_VERBS,
    QUOTING_FORMS,
    REFUSAL_VERBS,
    TAIL_STOPS,
    TURN_MARKS,
    WITHHELD_VERBS,
    read_words,
    reporting_base,
)
from bot.claims.speakers import (bare_one, channel_phrase, described_subject, partitive_group, share_of_people,
                                 source_holding)


# Symbols that belong to the words before them: "5%", "40°", "3‰". Never trimmed off a claim's end.
UNIT_SYMBOLS = frozenset("%‰‱°′″")
_BRACKETS = {")": "(", "]": "["}


def _trailing_punct(doc, lo: int, hi: int) -> bool:
    """Is doc[hi - 1] punctuation after the claim's last word (not a unit, not a bracket closing one opened inside)?"""
    tok = doc[hi - 1]
    if not tok.is_punct or tok.text in "\"”’'" or tok.text in UNIT_SYMBOLS:
        return False
    opener = _BRACKETS.get(tok.text)
    return opener is None or not any(doc[j].text == opener for j in range(lo, hi - 1))


def _trim(frame: Frame, lo: int, hi: int) -> tuple[int, int]:
    """Token range [lo, hi) -> char span, without a leading `that`/punctuation and trailing punctuation.

    The span ends where the sentence's words end: units and symbols stay ("by 5%"), and so does a
    bracket closing one the span opened ("the fund (IMF)")."""
    doc = frame.doc
    while lo < hi and (doc[lo].is_punct and frame.tok_quote[lo] < 0 or doc[lo].lower_ in ("that", "whether") and (doc[lo].dep_ == "mark" or doc[lo].dep_ == "dep" and doc[lo].pos_ == "SCONJ") or doc[lo].is_space
                       or _that_taken_for_object(doc, lo, hi)):
        lo += 1
    past = _past_citing_aside(frame, lo, hi)
    if past > lo:
        return _trim(frame, past, hi)
    while hi > lo and (doc[hi - 1].is_space or frame.tok_quote[hi - 1] < 0 and _trailing_punct(doc, lo, hi)):
        hi -= 1
    if lo >= hi:
        return (doc[lo].idx if lo < len(doc) else len(frame.text),) * 2
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _past_citing_aside(frame: Frame, lo: int, hi: int) -> int:
    """Where a content begins after the source it cites, set between commas before its "that" (`The ministry said,
    citing intelligence reports, that the attack had been planned`, `Xinhua said, quoting Xi, that …`;
    words/quoting_verbs.txt): the one cited is the source of the words, no part of them. Else `lo`."""
    doc = frame.doc
    tok = doc[lo]
    if tok.tag_ != "VBG" or tok.lower_ not in QUOTING_FORMS or frame.tok_quote[lo] >= 0:
        return lo
    end = tok.right_edge.i + (doc[tok.right_edge.i].text != ",")  # (the comma after it may be its own)
    if end + 2 < hi and doc[end].text == "," and doc[end + 1].lower_ == "that" and doc[end + 1].dep_ == "mark":
        return end + 1
    return lo


def _that_taken_for_object(doc, lo: int, hi: int) -> bool:
    """`told a news briefing that China opposed sanctions`: a content's first word "that" the parser made the object
    of the clause's verb (as if "a briefing that China opposed"), right before that verb's subject."""
    tok = doc[lo]
    clause = tok.head.head if tok.head.dep_ == "xcomp" else tok.head  # ("that he hoped to stay": of "stay")
    return (tok.lower_ == "that" and tok.dep_ == "dobj" and clause.dep_ == "relcl" and lo + 1 < hi
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == lo + 1 for c in clause.children))


def _content(frame: Frame, lo: int, hi: int, subj: int | None) -> tuple[int, int]:
    """`_trim` of a content's token range, ended before another speaker's attribution inside it, and before the
    channel closing it after a comma."""
    hi = _before_other_speaker(frame, lo, hi, subj)
    return _trim(frame, lo, _before_closing_channel(frame, lo, hi))


def _before_closing_channel(frame: Frame, lo: int, hi: int) -> int:
    """Where a channel closing the content after a comma begins (`said the country would not accept "interference"
    in its courts, in a speech in Brasília`: where the speaker said it, no part of what was said), else `hi`."""
    doc = frame.doc
    last = hi - 1
    while last > lo and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    k = last
    while k > lo + 1 and doc[k].text != "," and last - k < 12:
        k -= 1
    prep = doc[k + 1] if doc[k].text == "," and k + 1 <= last else None
    if prep is None or prep.lower_ != "in" or frame.tok_quote[prep.i] >= 0 or prep.right_edge.i < last:
        return hi
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return k if noun is not None and channel_phrase(prep, noun) else hi


def _before_other_speaker(frame: Frame, lo: int, hi: int, subj: int | None) -> int:
    """Where another speaker's attribution begins inside [lo, hi), else `hi`: a clause of contrast with its own
    subject and reporting verb (`accuses Sanders of a smear while Sanders suggests ...`, `..., whereas Petraeus
    acknowledged that ...`), which is that speaker's claim, not a part of this one; or an aside closing the
    content with someone else's stance on it (`_before_aside`)."""
    doc = frame.doc
    for k in frame.tokens_between("turn marks", _turn_mark, lo + 1, hi):
        t = doc[k]
        if frame.tok_quote[k] >= 0:
            continue
        clause = t.head
        if t.lower_ in EVENT_TURN_MARKS and not (reporting_base(clause.text) and any(c.dep_ == "ccomp" for c in clause.children)):
            continue  # `came hours after Trump proposed a ban`: an event, not someone's report
        if not any(doc[j].is_alpha and doc[j].dep_ not in ("cc", "mark") for j in range(lo, clause.left_edge.i)):
            continue  # the content opens with the clause (`said that while polls showed ..., it was ...`)
        own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if own is None or own.i == subj or own.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(is_verb(v) and reporting_base(v.text) is not None for v in clause.subtree if v.i < hi):
            return clause.left_edge.i
    return _before_aside(frame, lo, hi, subj)


def _turn_mark(tok) -> bool:
    return tok.dep_ == "mark" and tok.lower_ in _ALL_TURN_MARKS


_ALL_TURN_MARKS = TURN_MARKS | EVENT_TURN_MARKS


def _relative_clause(tok) -> bool:
    return tok.dep_ == "relcl"


def _before_aside(frame: Frame, lo: int, hi: int, subj: int | None) -> int:
    """Where an aside closing the content begins, if it is someone else's stance on it (`the vote was "rigged,"
    a charge that party leaders denied`, `..., a point Feinstein also acknowledged`, `(which Clinton also
    supports)`), else `hi`."""
    doc = frame.doc
    last = hi - 1
    while last > lo and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for k in frame.tokens_between("relative clauses", _relative_clause, lo + 1, hi):
        t = doc[k]
        if frame.tok_quote[k] >= 0 or t.right_edge.i < last:
            continue
        own = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and c.pos_ in ("PROPN", "NOUN")), None)
        if own is None or own.i == subj:
            continue
        noun = t.head
        if noun.dep_ == "appos" and lo < noun.left_edge.i and doc[noun.left_edge.i - 1].text in (",", *DASHES):
            cut = noun.left_edge.i
        elif doc[t.left_edge.i - 1].text == "(" and lo < t.left_edge.i - 1:
            cut = t.left_edge.i - 1
        else:
            continue
        if any(doc[j].is_alpha for j in range(lo, cut)):
            return cut
    return hi


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
    words = [w for w in WORD.findall(" ".join(rest)) if w.lower() != "that"]
    return not words


#: Forms of verbs that report a retort with "back" and a "that" clause (words/retort_verbs.txt).
RETORT_FORMS = dict(line.split() for line in read_words("retort_verbs"))


def retort(verb) -> bool:
    """"shot back that …", "fired back that …": a verb of striking with "back" and a "that" clause of its own, a
    claim of its subject; never without the clause ("shot back at the officers")."""
    return (verb.lower_ in RETORT_FORMS and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" and c.i == verb.i + 1
                                                 for c in verb.children)
            and any(c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    for c in verb.children))


def put_it_to(verb):
    """"Damian Green put it to Bullingham that the FA had been warned": a question put as a claim, the subject's; the
    "that" clause after "it" and "to" someone, also where the parser hung it on the one it was put to ("put it to the
    witness that she had known"); None for "put it to a vote", with no clause."""
    if verb.lower_ not in ("put", "puts", "putting") or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > verb.i), None)
    if to is None:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > to.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return c
    return next((g for p in to.children if p.dep_ == "pobj" for g in p.rights
                 if _that_clause(g, ("acl", "relcl", "ccomp")) and g.left_edge.dep_ == "mark"), None)


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
                verdict = _verdict_reported(frame, tok, att)
                if verdict is not None:
                    out.append(verdict)
            continue
        if (not (is_verb(tok) or _verb_taken_for_noun(tok))
                or reporting_base(tok.text) is None and not retort(tok) and put_it_to(tok) is None
                or refused(tok) or questioned(tok)):
            continue
        if _called_to_order(tok):
            continue
        agency = _agency_before_acronym(frame, tok)
        if agency is not None:  # "…, the Saudi Press Agency (SPA) reported."
            att = _classify(frame, *_trim(frame, frame.sent_bounds(tok.i)[0], agency.left_edge.i - 1), tok, agency.i)
            if att:
                out.append(att)
            continue
        att = _trailing_apposed_speaker(frame, tok)
        if att is not None:  # "Hadley died on Sunday in Santa Monica, his daughter, Rebecca Hadley, said."
            out.append(att)
            continue
        comp = None
        for c in tok.children:
            if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (c.left_edge.lower_ == "that" or any(g.dep_ in ("mark", "nsubj") for g in c.children))):
                comp = c
                break
        if comp is None:
            comp = _that_clause_taken_for_conjunct(tok)
        comp = _past_trailing_source(frame, tok, comp)
        if comp is not None and comp.i < tok.i and (_cut_off_before(doc, comp, tok) or _whose_aside(doc, comp)
                                                    or comp == channel_participle_taken_for_verb(tok)):
            after = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            # (with none after, an object of its own: `The ruling drew fire — the ACLU called it "a disgrace."`)
            comp = after if after is not None or reporting_base(tok.text) in OBJECT_VERBS and _object_after(tok) else comp
        if _found_in_a_state(tok, comp):
            continue  # "Police found the man dead", "His wife found him collapsed": a discovery, no claim
        joined = None
        if comp is not None and comp.i < tok.i:
            later = _clause_after_other_report(frame, tok, comp)
            joined, comp = (later if later is not comp else None), later
        if comp is None:
            comp = _clause_after_channel(tok)
        if comp is None:
            comp = put_it_to(tok)  # "put it to the witness that she had known": hung on the one it was put to
        if comp is None:
            comp = _clause_taken_for_object(tok)
        if comp is None and not _complement_clause(tok) and _trailing_conjunct(frame, tok):
            att = _trailing_parataxis(frame, tok)  # "..., the UK Health Security Agency has confirmed."
            if att:
                out.append(att)
            continue
        if comp is None and reporting_base(tok.text) in INFINITIVE_VERBS:
            att = _infinitive_content(frame, tok)
            if att:
                out.append(att)
                continue
        if comp is None and reporting_base(tok.text) in _FINDING_VERBS:
            att = _small_clause_content(frame, tok)  # "A YouGov poll found Labour 20 points ahead"
            if att:
                out.append(att)
                continue
        if comp is None and reporting_base(tok.text) in OBJECT_VERBS:
            att = _object_content(frame, tok)
            if not att and tok.dep_ == "acl":
                att = _trailing_hung_on_noun(frame, tok)  # "The couple have split, a source confirmed to Page Six."
            if att:
                out.append(att)
            continue
        if comp is None and tok.dep_ == "parataxis" and tok.head.i > tok.i:
            att = _medial_parataxis(frame, tok)
            if att:
                out.append(att)
            continue
        if comp is None and tok.dep_ in ("acl", "relcl"):
            att = _trailing_hung_on_noun(frame, tok)
            if att:
                out.append(att)
                continue
        if (comp is None and tok.head.i < tok.i and not _complement_clause(tok)
                and (tok.dep_ == "parataxis" or tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and frame.sent_bounds(tok.i)[1] - tok.i <= 6 and _quote_free(frame, *frame.sent_bounds(tok.i))
                     and not _subordinate(tok))
                and not _said_content(doc, tok)):
            att = _trailing_parataxis(frame, tok)
            if att:
                out.append(att)
            continue
        if comp is None:
            att = _fronted_content(frame, tok)  # "Israeli strikes killed 25 people, health officials said."
            if att:
                out.append(att)
            continue
        att = _inverted_medial(frame, tok, comp)
        if att:
            out.append(att)
            continue
        if _shown_speaking(frame, tok, comp):
            continue  # "Video shows Officer Dan Price shouting "Get down!"": his words (quote_cues), not the video's
        if put_to(tok):  # "said when asked how he reads the news": asked by someone the text does not name
            lo, hi = comp.left_edge.i, comp.right_edge.i + 1
            if not lo <= tok.i < hi and not _anonymity(frame, lo, hi):
                att = _classify(frame, *_content(frame, lo, hi, None), tok, None)
                if att:
                    out.append(att)
            continue
        subj = subject_of(tok, frame)
        if subj is None:
            subj = _left_name(frame, tok)
        if subj is not None and doc[subj].lower_ in ("who", "that") and tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN"):
            subj = tok.head.i  # "Smith, who said the plan would fail"
            held = source_holding(tok.head)
            if held is not None:
                subj = held.i  # "according to a person familiar with the deliberations, who said": the person
        if subj is not None and not _can_speak(doc[subj]):
            subj = None
        if subj is None or frame.tok_quote[subj] >= 0 or _no_speaker_word(doc[subj], ("there", "what", "which", "that", "this", "you", "who")):
            continue
        if doc[subj].lower_ == "it" and (doc[subj].dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in tok.children)):
            continue  # "it is said that ..."
        if _said_thing_predicate(tok, comp, subj):
            continue
        lo, hi = comp.left_edge.i, comp.right_edge.i + 1
        if joined is not None and doc[lo].lower_ in _REPORT_JOINS:
            lo += 1  # ("while in Chicago the parade began": the join is no part of what was reported)
        lo = _past_relative_subject(doc, tok, comp, lo)
        lo, hi = _report_before_source(frame, tok, comp, lo, hi)
        if comp.dep_ == "conj" and comp == _that_clause_taken_for_conjunct(tok):
            lo = next(g.i for g in comp.lefts if g.dep_ == "mark" and g.lower_ == "that")  # (the aside before it: no)
        if lo <= tok.i < hi:  # the verb inside its own complement: a parse we cannot use
            continue
        lo = _subject_hung_on_verb(frame, tok, comp, lo)
        lo = _subject_taken_for_relative(doc, tok, comp, lo)
        lo = _past_time_of_saying(doc, tok, comp, lo)
        hi = _past_closing_quote(doc, lo, hi)
        hi = _before_trailing_agency(frame, tok, lo, hi)
        if lo < subj < hi and _hung_on_quoted_word(frame, doc[subj], tok):
            hi = doc[subj].left_edge.i  # `The claim was "misleading", the head of …, Sir Robert Chote, said`
        if lo <= subj < hi or _anonymity(frame, lo, hi):
            continue
        start, end = _content(frame, lo, hi, subj)
        att = _classify(frame, start, end, tok, subj)
        if att and hi <= min(tok.i, doc[subj].left_edge.i) and end == _trim(frame, lo, hi)[1]:
            att = _with_tail(frame, att, tok, subj)
        if att:
            out.append(att)
    return out


def _hung_on_quoted_word(frame: Frame, subj, verb) -> bool:
    """Is the subject found for a verb a phrase right before it, after a comma, that the parser hung on a quoted word of
    the content as its apposition (`X was "misleading", the head of the UK Statistics Authority, Sir Robert Chote,
    said`)? Then the content ends before it."""
    doc = frame.doc
    return (subj.dep_ == "appos" and frame.tok_quote[subj.head.i] >= 0 and subj.left_edge.i > 0
            and doc[subj.left_edge.i - 1].text == "," and all(doc[k].is_punct for k in range(subj.right_edge.i + 1, verb.i)))


_OPENING_QUOTES = frozenset(('"', "“"))
_CLOSING_QUOTES = frozenset(('"', "”"))


#: Words joining two reported clauses of one sentence, each with its own source (`A, X said, while B, Y said`).
_REPORT_JOINS = frozenset(("while", "whereas", "but", "and"))


def _report_join(doc, k: int) -> bool:
    """Is token `k` a join after a comma between two reported clauses (`…, X said, while …`, `…, but …`)?"""
    return doc[k].lower_ in _REPORT_JOINS and doc[k].dep_ in ("mark", "cc") and doc[k - 1].text == ","


def _clause_after_other_report(frame: Frame, verb, comp):
    """`In Seattle, marchers honored the victims, KING-TV reported, while in Chicago the parade began with a silence,
    the Chicago Sun-Times reported.`: the parser makes the first source's whole attribution ("…, KING-TV reported")
    the second verb's content, or hangs the clause after the join on the first source's verb; the second source
    reported only the clause after the join. That clause, else `comp`."""
    doc = frame.doc
    first = comp if _own_report(frame, comp, "ccomp") else next(
        (c for c in comp.children if c.dep_ == "parataxis" and c.i > comp.i and _own_report(frame, c, None)), None)
    if first is None:
        return comp  # (the clause before the verb holds no attribution of its own)
    # the join right after the first attribution, its own phrases at most between ("reported on Tuesday, while")
    join = next((k for k in range(first.i + 2, verb.i) if _report_join(doc, k)
                 and all(_hangs_on(doc[j], first) for j in range(first.i + 1, k - 1))), None)
    if join is None:
        return comp
    if doc[join].dep_ == "mark":
        clause = doc[join].head
        return clause if clause.left_edge.i == join and clause.i < verb.i else comp
    return next((c for c in (*verb.children, *comp.children) if c.dep_ in ("ccomp", "advcl", "conj")
                 and join < c.left_edge.i and c.i < verb.i), comp)


def _own_report(frame: Frame, tok, content_dep: str | None) -> bool:
    """Is `tok` a reporting verb with a subject of its own that can speak, before it (and, with `content_dep`, its
    content before it too): a whole attribution ("…, KING-TV reported")?"""
    return (is_verb(tok) and reporting_base(tok.text) is not None
            and (content_dep is None or any(c.dep_ == content_dep and c.i < tok.i for c in tok.children))
            and any(c.dep_ == "nsubj" and c.i < tok.i and frame.tok_quote[c.i] < 0 and _can_speak(c)
                    for c in tok.children))


def _past_relative_subject(doc, verb, comp, lo: int) -> int:
    """`a levy on flights, which he said would add €9 to a fare`: a relative clause's "which" is the subject of what
    the speaker said, set before the speaker and the verb; the content is the words after the verb ("would add €9 to
    a fare"), not a parse to pass over. (Not "who": "asked the conservative who he thought would win" is a question.)"""
    rel = doc[lo]
    if (rel.lower_ in ("which", "that") and rel.dep_ in ("nsubj", "nsubjpass") and rel.head.i == comp.i
            and verb.dep_ == "relcl" and rel.i < verb.i < comp.i):
        return verb.i + 1
    return lo


def _past_time_of_saying(doc, verb, comp, lo: int) -> int:
    """Where the content begins when the parser hung the time of saying on the content's verb (`Yale said on
    Thursday it would cut tuition`: "on Thursday" is when Yale said it): a preposition of a date right after the
    reporting verb, then the content's own subject. Else `lo`."""
    first = doc[lo]
    if lo != verb.i + 1 or first.dep_ != "prep" or first.head.i != comp.i or first.right_edge.i + 1 >= comp.i:
        return lo
    if not any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or channel_phrase(first, g))
               for g in first.children):
        return lo  # ("said in a statement it was cooperating": the channel, as the time, is no part of the claim)
    k = first.right_edge.i + 1
    own = any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == k for c in comp.children)
    return k if own else lo


def _past_closing_quote(doc, lo: int, hi: int) -> int:
    """The content's end, past a closing quotation mark the parser hung elsewhere when the content opened a
    quotation it does not close (`told the inquest she had "lost everything".`)."""
    if hi < len(doc) and doc[hi].text in _CLOSING_QUOTES:
        marks = [doc[k].text for k in range(lo, hi) if doc[k].text in _OPENING_QUOTES | _CLOSING_QUOTES]
        if marks and marks[-1] in _OPENING_QUOTES and (marks[-1] == "“" or len(marks) % 2 == 1):
            return hi + 1
    return hi


def _subject_hung_on_verb(frame: Frame, verb, comp, lo: int) -> int:
    """Where the content begins when the parser hung its subject on the reporting verb (`The budget office said
    about half of the adjustment reflected revenue losses`, `X said their networks of donors, ..., were now
    composed of women`): a finite complement with no subject of its own, right after one noun phrase of the
    verb's. Else `lo`."""
    doc = frame.doc
    if (comp.i < verb.i or lo <= verb.i + 1 or verb.lower_ in ADDRESSEE_FORMS or doc[lo].lower_ in CONTENT_MARKS
            or verb.text[:1].isupper() and verb.i > frame.sent_bounds(verb.i)[0]  # a title-cased headline
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children)
            or not (comp.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")
                                                    for c in comp.children))):
        return lo
    np = next((c for c in verb.children if c.i == verb.i + 1 or c.left_edge.i == verb.i + 1), None)
    if (np is None or np.dep_ not in ("dobj", "prep") or np.right_edge.i + 1 != lo and not (
            np.right_edge.i + 2 == lo and doc[lo - 1].is_punct) or any(frame.tok_quote[j] >= 0 for j in range(verb.i + 1, lo))):
        return lo
    if np.dep_ == "prep" and not (np.lower_ == "about" and any(c.dep_ == "pobj" and (c.pos_ == "NOUN" or c.like_num) for c in np.children)):
        return lo  # `said on Tuesday ...`: when, not who
    if np.dep_ == "dobj" and np.pos_ not in ("NOUN", "PROPN"):
        return lo
    return verb.i + 1


def _subject_taken_for_relative(doc, verb, comp, lo: int) -> int:
    """Where the content begins when the tagger took its subject, a plural noun right after "that", for a verb of a
    relative clause on the one told (`told the crowd that billionaires should pay more`: "billionaires" a verb of
    "crowd", the content "should pay more"): at that noun, when the complement has no subject of its own. Else `lo`."""
    if lo < 2 or comp.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return lo
    noun, that = doc[lo - 1], doc[lo - 2]
    if (noun.dep_ == "relcl" and noun.tag_ == "VBZ" and noun.lower_.endswith("s") and not any(noun.rights)
            and that.lower_ == "that" and that.head.i == noun.i and that.dep_ == "nsubj"
            and noun.head.dep_ == "dobj" and noun.head.head.i == verb.i):
        return noun.i
    return lo


def _object_after(verb) -> bool:
    """Does a verb have a direct object after it (`called it "a disgrace"`)?"""
    return any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _cut_off_before(doc, comp, verb) -> bool:
    """A clause before the verb that a semicolon, colon or dash closes (`A majority say X; 26 percent of Democrats
    say they have not`, `It has had an effect: 20 percent said they believe ...`, `She counts herself among them -
    only she thinks ...`): a sentence of its own, not what the verb after it reports, when the verb has a clause
    of its own after it."""
    return any(t.text in (";", ":") or t.text in DASHES for t in doc[comp.right_edge.i:verb.i])


def _whose_aside(doc, comp) -> bool:
    """A clause before the verb that is an aside on its speaker, which the parser took for the verb's content and
    the speaker for its subject ("Alberto Núñez Feijóo, whose People's Party won the most seats, said Sánchez was
    ..."): "whose" opens it after a comma; the verb's content is its clause after it."""
    return any(t.lower_ == "whose" and doc[t.i - 1].text == "," for t in doc[comp.left_edge.i + 1:comp.i])


def _said_thing_predicate(verb, comp, subj: int) -> bool:
    """A reporting verb in a relative clause on a thing said, whose "complement" is really the predicate of that
    thing in a sentence attributed after it (`Nothing the president said "will calm anyone," the senator said`):
    the words are the senator's, not the president's. Only with no subject of their own (`the plan she said
    would fail` is a claim of hers about the plan) and a reporting verb after them that the thing hangs on."""
    thing = verb.head
    if verb.dep_ != "relcl" or thing.i == subj or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        return False
    attribution = thing.head
    return attribution.i > comp.right_edge.i and is_verb(attribution) and reporting_base(attribution.text) is not None


def refused(verb) -> bool:
    """A reporting verb that reports silence: "declined to say how much", "would not say whether", "no one
    said"."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in REFUSAL_VERBS:
        return True
    return (reporting_base(verb.text) in WITHHELD_VERBS and any(c.dep_ == "neg" for c in verb.children)
            or any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in verb.children))


def _nobody(subj) -> bool:
    """A subject that is no one ("No one said", "Nobody has claimed", "None of the officials said", "no official
    said"): nothing was said. Not "No 10 said" nor "the No. 2 official said" (a number after "No")."""
    doc = subj.doc
    return subj.lower_ in ("nobody", "none") or any(
        d.dep_ == "det" and d.lower_ == "no" and not (d.i + 1 < len(doc) and doc[d.i + 1].text[:1].isdigit())
        for d in subj.children)


def questioned(verb) -> bool:
    """A reporting verb under "if" or "whether" ("asked if he still believes that ...", "whether she thinks
    ..."): what it would report is asked about, not said."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children)


def put_to(verb) -> bool:
    """A bare past participle clause ("said when asked if he would quit", "Asked whether he would quit, Grant
    said"): its words were put to the sentence's subject, who neither asked nor said them. Not with a subject, an
    auxiliary or a "by" agent of its own ("when asked by reporters")."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children)


def _can_speak(tok) -> bool:
    if partitive_group(tok) is not None or share_of_people(tok):
        return True  # "Nine in 10 voters say", "20 percent of people said", "One in five said": a number of people
    if year_old(tok):
        return True  # "The 28-year-old added that ...": a person, though tagged as a date
    if bare_one(tok):
        return True  # "Workers gathered outside the gates. One said …": one of them, though tagged a number
    if tok.lower_ == "minutes" and not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in tok.children):
        return True  # "The minutes of the Fed's meeting showed ...": a meeting's record, though tagged as a time
    return not (tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL")
                or tok.lower_ in NOT_SPEAKERS and not _name_ending_in(tok))


def _name_ending_in(tok) -> bool:
    """Is a word of words/not_speakers.txt ("fact", "state") the last word of a capitalised name here ("Full Fact
    said", "The Islamic State said")? Never alone ("The fact remains", "State officials")."""
    return (tok.pos_ == "PROPN" or tok.i > tok.sent.start) and tok.is_title and any(
        c.dep_ in ("compound", "amod") and c.is_title and c.i == tok.i - 1 for c in tok.lefts)


def _infinitive_content(frame: Frame, verb) -> Attribution | None:
    """`urged the council to act now`, `vowed to fight on`, `called for an inquiry`."""
    subj = subject_of(verb, frame)
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
    if _anonymity(frame, lo, hi):
        return None
    start, end = _content(frame, lo, hi, subj)
    return _classify(frame, start, end, verb, subj)


def _called_to_order(verb) -> bool:
    """"The Speaker called the House to order", "the chair called the meeting to order": an "order" the parser read
    as a verb with nothing ordered is the chair's procedure, no content ("called on the mayor to order an inquiry"
    is one)."""
    return any(c.dep_ == "xcomp" and c.lower_ == "order" and c.i > verb.i
               and not any(g.dep_ in ("dobj", "dative", "ccomp", "xcomp") for g in c.children) for c in verb.children)


def _anonymity(frame: Frame, lo: int, hi: int) -> bool:
    """Is what was asked for (tokens lo..hi) not to be named ("who asked not to be named", "asked that her name not
    be used")? A condition of the interview, not a claim. (A long range is looked up in the document's places of
    those phrases, `_anonymity_phrases`.)"""
    hi = min(hi, len(frame.doc))
    if frame.short(lo, hi):
        asked = " ".join(t.lower_ for t in frame.doc[lo:hi])
        return any(p in asked for p in ANONYMITY_PHRASES)
    found, offsets = frame.memo("anonymity phrases", _anonymity_phrases)
    # the range's lower-case words joined by spaces: [start, end) of the whole document's (`_anonymity_phrases`)
    start, end = offsets[lo], offsets[hi] - 1
    for p, at in found.items():
        k = bisect_left(at, start)  # the phrase's first place in the range, if it fits there
        if k < len(at) and at[k] + len(p) <= end:
            return True
    return False


def _anonymity_phrases(frame: Frame) -> tuple[dict[str, list[int]], list[int]]:
    """Where each phrase of `ANONYMITY_PHRASES` occurs in the document's tokens' lower-case words joined by spaces
    (phrase -> its start offsets there, ascending; overlapping ones too), and each token's offset there (one more
    for the end), so that `_anonymity` finds a phrase inside a token range without joining the range again."""
    words = [t.lower_ for t in frame.doc]
    joined = " ".join(words)
    found: dict[str, list[int]] = {}
    for p in ANONYMITY_PHRASES:
        at, k = [], joined.find(p)
        while k >= 0:
            at.append(k)
            k = joined.find(p, k + 1)
        if at:
            found[p] = at
    offsets, pos = [], 0
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    offsets.append(pos)
    return found, offsets


def _shown_speaking(frame: Frame, verb, comp) -> bool:
    """Does a verb of evidence show someone speaking words in quotation marks ("Video of the arrest shows Officer Dan
    Price shouting "Get on the ground!"", "CCTV footage showed Rowe saying "you'll regret this""): a gerund of a
    reporting verb with a subject of its own and a quotation after it. The words are the one shown's."""
    if reporting_base(verb.text) not in EVIDENCE_FORMS.values() or comp.tag_ != "VBG" or not reporting_base(comp.text):
        return False
    if not any(c.dep_ in ("nsubj", "dobj") and c.i < comp.i and c.pos_ in ("PROPN", "NOUN", "PRON") for c in comp.children):
        return False
    return any(frame.tok_quote[k] >= 0 for k in range(comp.i + 1, min(comp.right_edge.i + 3, len(frame.doc))))


def _no_speaker_word(tok, words) -> bool:
    """Is the subject one of `words` ("who", "that", "there"), never a speaker, and not an organisation's acronym
    spelled like one ("The WHO warned that ...": the World Health Organization)?"""
    return tok.lower_ in words and not org_acronym(tok)


def _object_content(frame: Frame, verb) -> Attribution | None:
    """`denied the report`, `called him "a total stiff"`, `accused X of lying`: the object is the content."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    subj = subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0 or not _can_speak(frame.doc[subj]) or _no_speaker_word(frame.doc[subj], ("you", "who", "which", "that")):
        return None
    if _addressed_person(verb, obj):
        return None
    hi = obj.right_edge.i + 1
    for c in verb.children:
        if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("as", "of", "for")):
            hi = max(hi, c.right_edge.i + 1)
    qi = frame.tok_quote[hi - 1]
    if qi >= 0 and frame.tok_quote[obj.left_edge.i] != qi:
        # `called it "dead on arrival."`: the parser hung "on arrival" on the verb; the quotation the content opens
        # is whole in it
        hi = max(hi, frame.token_at(frame.quotes[qi].inner_end - 1) + 1)
    start, end = _content(frame, obj.left_edge.i, hi, subj)
    return _classify(frame, start, end, verb, subj)


#: Verbs of a poll's or a study's finding whose content may be an object and its predicate with no verb between
#: ("found Labour 20 points ahead", "showed the Tories trailing").
_FINDING_VERBS = frozenset(("find", "show"))
#: Predicates of such a small clause: where the object stands.
_STANDINGS = frozenset(("ahead", "behind", "level", "trailing", "leading", "tied", "neck"))


def _found_in_a_state(verb, comp) -> bool:
    """`Police found the man dead`, `His wife found him collapsed in the garden`, `Officers found Mr Reed unresponsive`:
    "found" with the state someone was found in (words/found_states.txt) as its small clause, which the parser made
    its complement or hung on the verb; no "that", no auxiliary, no finite verb of a finding ("found he had died")."""
    if reporting_base(verb.text) != "find":
        return False
    if comp is None:
        comp = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("advmod", "acomp", "oprd", "xcomp")), None)
        if comp is None or not any(c.dep_ == "dobj" and c.i < comp.i for c in verb.children):
            return False
    return (comp.i > verb.i and comp.lower_ in FOUND_STATES
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in comp.children))


def _small_clause_content(frame: Frame, verb) -> Attribution | None:
    """`A YouGov poll found Labour 20 points ahead`: the parser hung the object's predicate (where it stands) on the
    verb; the object and its predicate are the content."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    pred = next((c for c in verb.children if c.i > obj.i and c.dep_ in ("advmod", "acomp", "oprd", "xcomp")
                 and c.lower_ in _STANDINGS), None)
    if pred is None:
        return None
    subj = subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0 or not _can_speak(frame.doc[subj]):
        return None
    start, end = _content(frame, obj.left_edge.i, pred.right_edge.i + 1, subj)
    return _classify(frame, start, end, verb, subj)


#: Object pronouns of people: whom a verb such as `question` or `warn` addresses.
_PERSON_OBJECTS = frozenset(("him", "her", "them", "me", "us"))


def _addressed_person(verb, obj) -> bool:
    """`Mr Wolfe questioned Tom Reed for an hour`, `warned him`: a verb that addresses someone (addressee_verbs)
    whose object is a person, with nothing said after it (`warned him that ...`, `of ...`): no content."""
    if verb.text.lower() not in ADDRESSEE_FORMS or not (obj.lower_ in _PERSON_OBJECTS or obj.ent_type_ == "PERSON"):
        return False
    return not any(c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("of", "as", "about"))
                   for c in verb.children)


def _claim_noun(frame: Frame, noun) -> Attribution | None:
    """`his claim that ...`: the possessor is the speaker."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or frame.tok_quote[poss.i] >= 0:
        return None
    comp = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that"
                 and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that" for x in c.children)), None)
    if comp is None:
        return None
    if _trailing_tag_taken_for_clause(comp):
        subj = next(c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i)
        s_lo = frame.sent_bounds(comp.i)[0]
        if noun.left_edge.i != s_lo or frame.tok_quote[subj.i] >= 0:
            return None
        start, end = _trim(frame, s_lo, subj.left_edge.i - 1)
        return _classify(frame, start, end, comp, subj.i)
    cut = _verdict_run_into_clause(noun, comp)
    start, end = _content(frame, comp.left_edge.i, comp.right_edge.i + 1 if cut is None else cut, poss.i)
    return _classify(frame, start, end, noun, poss.i)


def _verdict_reported(frame: Frame, noun, claim: Attribution) -> Attribution | None:
    """`Critics said Trump's claim that windmills cause cancer was absurd`: the claim noun taken for the object of the
    verb of saying, the verdict run into its clause (`_verdict_run_into_clause`); the verb's subject says the whole
    verdict, the claim inside it."""
    verb = noun.head
    if (noun.dep_ != "dobj" or verb.i > noun.i or not is_verb(verb) or reporting_base(verb.text) is None
            or claim.end >= frame.doc[noun.right_edge.i].idx + len(noun.right_edge.text)):
        return None  # (the claim reaching the end of the noun's phrase: no verdict was cut off it)
    subj = subject_of(verb, frame)
    if subj is None or subj > verb.i or frame.tok_quote[subj] >= 0:
        return None
    start, end = _trim(frame, noun.left_edge.i, noun.right_edge.i + 1)
    return _classify(frame, start, end, verb, subj)


def _verdict_run_into_clause(noun, comp) -> int | None:
    """`Trump's claim that vaccines cause autism is false`, `Experts say Trump's claim that vaccines cause autism has no
    scientific basis`: with no predicate of the claim noun's own, the parser ran the verdict on the claim into its
    clause ("autism is false" a clause of "cause"); the claim ends with the noun before the verdict's verb. Not after
    a verb that takes a clause (`his claim that officials knew the plan was flawed`) nor with a "that" of its own."""
    if noun.dep_ in ("nsubj", "nsubjpass") or reporting_base(comp.text) is not None or comp.lemma_ in _CLAUSE_TAKERS:
        return None
    if any(c.dep_ in ("dobj", "attr") for c in comp.children):
        return None
    verdict = next((c for c in comp.rights if c.dep_ == "ccomp" and c.lemma_ in ("be", "have")
                    and c.left_edge.i == comp.i + 1), None)
    if verdict is None:
        return None
    subj = next((c for c in verdict.children if c.dep_ == "nsubj" and c.i < verdict.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.i + 1 != verdict.i:
        return None
    return subj.right_edge.i + 1


#: Verbs whose clause is their own object (`knew the plan was flawed`): never a verdict run into a claim.
_CLAUSE_TAKERS = frozenset(("know", "think", "believe", "show", "prove", "mean", "find", "hope", "fear", "feel",
                            "suggest", "indicate", "ensure", "see", "hear", "realize", "realise", "assume", "expect",
                            "guess", "suppose", "understand", "wish", "demonstrate", "reveal", "imply", "doubt"))


def _trailing_tag_taken_for_clause(comp) -> bool:
    """`Trump's claim that vaccines cause autism has no scientific basis, experts say.`: the parser hung the tag at the
    end of the sentence (", experts say") on the claim noun as its "that" clause, the verdict inside it; the claim
    is the verdict's, and the tag's subject says it (never `his claim that experts say vaccines are safe`)."""
    subj = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
    doc = comp.doc
    return (reporting_base(comp.text) is not None and subj is not None and subj.left_edge.i > 0
            and doc[subj.left_edge.i - 1].text == "," and comp.right_edge.i <= comp.i + 1
            and any(c.dep_ == "ccomp" and c.i < subj.i for c in comp.children))


def _clause_after_channel(verb):
    """`said in a statement that ...`: the parser often hangs the clause on the channel noun, or on a participle
    after it (`said in a letter seen by the Observer that ...`), or on the one the speaker spoke through (`said
    through an interpreter that ...`), or on the occasion told (`told a briefing that ...`)."""
    for c in verb.children:
        if (c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in QUOTING_FORMS and c.i == verb.i + 2
                and verb.doc[verb.i + 1].text == ","):
            # `KCNA said, citing Kim, that the country would …`: the clause the parser hung on the source cited
            clause = next((g for g in c.rights if _that_clause(g, ("ccomp",)) and g.left_edge.dep_ == "mark"
                           and verb.doc[g.left_edge.i - 1].text == ","), None)
            if clause is not None:
                return clause
        if c.dep_ == "dobj" and c.lower_ in CHANNEL_NOUNS and reporting_base(verb.text) == "tell":
            # `told a regular briefing that ...`: the occasion told, as `told reporters that ...`
            clause = next((g for g in c.rights if _that_clause(g, ("acl", "relcl", "ccomp"))), None)
            if clause is not None:
                return clause
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and reporting_base(verb.text) == "tell":
            # `told the inquest that staffing levels had improved`: the clause the parser hung on the one told, its
            # "that" a subordinator (not a relative: `told the story that she had heard`)
            clause = next((g for g in c.rights if g.dep_ == "acl" and _that_clause(g, ("acl",))
                           and g.left_edge.dep_ == "mark" and g.left_edge.head.i == g.i), None)
            if clause is not None:
                return clause
            # `told the inquest she had been alone`: with no "that", the parser makes the clause a relative one on
            # those told at a hearing or meeting (words/audience_nouns.txt)
            clause = next((g for g in c.rights if g.dep_ == "relcl" and c.lower_ in AUDIENCE_NOUNS and g.left_edge.i == c.i + 1
                           and any(x.dep_ in ("nsubj", "nsubjpass") and x.i < g.i and x.lower_ not in _RELATIVE_WORDS
                                   for x in g.children)), None)
            if clause is not None:
                return clause
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and (p.lower_ in CHANNEL_NOUNS or c.lower_ in ("through", "via") and p.lower_ in GO_BETWEEN_NOUNS
                                     or _written_reply(p)):
                for g in p.rights:
                    if _that_clause(g, ("acl", "relcl", "ccomp")):
                        return g
                    if g.dep_ == "acl" and g.tag_ == "VBN":
                        clause = next((x for x in g.rights if _that_clause(x, ("ccomp",))), None)
                        if clause is not None:
                            return clause
                    if g.dep_ == "prep" and g.lower_ == "to" and _written_reply(p):
                        # `said in a response to the report that ...`: the clause hung on what was answered
                        clause = next((x for o in g.children if o.dep_ == "pobj" for x in o.rights
                                       if _that_clause(x, ("acl", "relcl", "ccomp"))), None)
                        if clause is not None:
                            return clause
    return None


#: Nouns of a written answer to a report or a complaint ("said in a response that ...").
_REPLY_NOUNS = frozenset(("response", "reply", "rebuttal", "rejoinder"))


def _written_reply(noun) -> bool:
    """`said in a response that ...`, `said in its reply that ...`: a reply as a document, with a determiner or an
    owner (never `said in response that`, an idiom the clause after it does not hang on)."""
    return noun.lower_ in _REPLY_NOUNS and any(c.dep_ in ("det", "poss") for c in noun.children)


def _clause_taken_for_object(verb):
    """`said the findings needed to be replicated`, `said the agency had pre-positioned supplies`: a clause right
    after a verb of saying that the parser read as its object, its finite verb taken for a participle on the noun
    ("needed" an `acl`) or a hyphenated verb for an adjective (the subject's "had" left inside the object). The
    object is the content; not for verbs whose object is what they act on (`words/object_verbs.txt`, the one told
    or urged, `words/addressee_verbs.txt`) nor a channel (`said a statement ...`)."""
    base = reporting_base(verb.text)
    if (base in OBJECT_VERBS or base in INFINITIVE_VERBS or verb.lower_ in ADDRESSEE_FORMS
            or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children)):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in CHANNEL_NOUNS:
        return None
    for c in obj.rights:
        if (c.dep_ == "acl" and c.i == obj.i + 1 and c.tag_ in ("VBN", "VBD") and not any(x.dep_ == "agent" for x in c.children)
                and any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                        for x in c.children)):
            return obj  # "the findings needed to be replicated" (not "the material used by the SVP to stoke fears")
    for t in obj.subtree:
        if (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == t.right_edge.i + 1 and t.head.dep_ in ("aux", "auxpass")
                and t.head.tag_ in CLAUSE_TAGS and t.pos_ in ("NOUN", "PROPN")):
            return obj  # "the agency had pre-positioned supplies": a subject on an auxiliary, inside the object
        if (t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ in ("amod", "compound")
                and (t.head.pos_ == "VERB" or t.head.tag_ in ("VBN", "VBD"))
                and any(a.dep_ in ("aux", "auxpass") and t.i < a.i < t.head.i for a in t.head.children)):
            # "the council had failed ratepayers", `the Bank of England had "lost control" of inflation`, `the Home
            # Office had "lost track" of …`: the verb, with its subject and auxiliary, taken for an adjective on its
            # object
            return obj
    return None


#: Words that open a relative clause as its subject ("the jury who ...").
_RELATIVE_WORDS = frozenset(("who", "which", "that", "whom", "whose"))


def _verb_taken_for_noun(tok) -> bool:
    """`Figures from the Met Office show that …`: a verb of saying the tagger took for a noun, the root of its
    sentence with a subject before it, no modifier of a noun (`Audit files from NGP VAN show that`, "from" left
    with no object: the name is no subject) and a "that" clause right after it."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
            and not any(c.dep_ in ("compound", "amod", "det", "poss", "nummod") for c in tok.children)
            and any(c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1 and c.left_edge.lower_ == "that"
                    and c.left_edge.dep_ == "mark" for c in tok.children))


def _that_clause(g, deps) -> bool:
    """A clause opening with "that" that has a subject of its own (no relative clause of "that" as subject)."""
    return g.dep_ in deps and g.left_edge.lower_ == "that" and any(
        x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that" for x in g.children)


def _quote_free(frame: Frame, lo: int, hi: int) -> bool:
    return all(frame.tok_quote[k] < 0 for k in range(lo, hi))


def _verbs_object(name) -> bool:
    """Is the name what a verb acts on ("defeating Donald Trump", "spoke with Mr. Reed"), not part of a noun
    phrase ("advisers to Mr. Rubio", "a voter in Ohio, Brenda Johnson")?"""
    if name.dep_ == "pobj":
        return name.head.dep_ == "prep" and is_verb(name.head.head)
    return name.dep_ in OBJECT_DEPS and is_verb(name.head)


def _left_name(frame: Frame, verb) -> int | None:
    """A verb the parser left without a subject: the nearest person's name before it in the sentence, passing
    over an aside between dashes ("Neil Sroka, director of a group - which was founded by Howard Dean - said")."""
    doc = frame.doc
    sent_start = frame.sent_bounds(verb.i)[0]
    lo = max(sent_start, verb.i - 12)
    k = verb.i
    aside = False
    while k > lo:
        k -= 1
        t = doc[k]
        if frame.tok_quote[k] >= 0 or t.text in (".", ";", ":"):
            return None
        if t.text in DASHES and t.whitespace_ and not aside:
            opening = next((j for j in range(k - 1, sent_start - 1, -1) if doc[j].text in DASHES and doc[j].whitespace_), None)
            if opening is not None:
                k, lo, aside = opening, sent_start, True
                continue
        if t.ent_type_ == "PERSON" and t.ent_iob_ != "B" or (t.ent_type_ == "PERSON" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")):
            if t.dep_ in ("poss", "case"):
                continue  # "to deflect Mr. Khan's criticism, writing that ...": an owner is no subject
            if _verbs_object(doc[head_of_name(t)]):
                continue  # "shifting his focus to defeating Donald Trump and admitting that ...": an object neither
            name = doc[head_of_name(t)]
            described = next((c for owner in (name, name.head) for c in owner.children if described_subject(c)), None)
            if described is not None:
                # "In an interview with hosts Joe Cole and Ann Lee, the candidate stated": the names in the verb's
                # own phrase are whom it was said to; the description the parser hung on them speaks
                return described.i
            if aside:
                first = k
                while first > sent_start and doc[first].ent_iob_ == "I":
                    first -= 1
                # "Mr. Bush - in a line aimed at Mr. Trump - declared": the name right before the aside;
                # else only the name opening the sentence, before its apposition
                return k if k == opening - 1 or first <= sent_start + 2 else None
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
    if len(WORD.findall(frame.text[start:end])) < MIN_CONTENT_WORDS:
        return None
    kind = "mixed" if inside else "indirect"
    return Attribution(kind, start, end, cue.i, cue.text, subj, tuple(inside))


def _attribution_in(frame: Frame, lo: int, hi: int) -> bool:
    """Does [lo, hi) hold a reporting verb with a subject of its own (`Mrs. Clinton has praised ...`)?"""
    return any(is_verb(t) and reporting_base(t.text) is not None
               and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON") and lo <= c.i < hi for c in t.children)
               for t in frame.doc[lo:hi])


def _according_to(frame: Frame, tok) -> Attribution | None:
    doc = frame.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None or _manner_norm(frame, tok, pobj):
        return None
    phrase_lo, phrase_hi = tok.i, max(pobj.right_edge.i, to.right_edge.i) + 1
    speaker = _according_speaker(pobj)
    run_on = _source_run_into_subject(frame, tok, to, pobj)
    if run_on is not None:
        speaker, phrase_hi = run_on
    appos = _apposition_after(frame, phrase_hi) if tok.i == frame.sent_bounds(tok.i)[0] else None
    if appos is not None:
        # "According to Smith's lawyer, Jane Doe, the charges …": the parser left the name out of the phrase
        name = next((j for j in range(appos - 2, phrase_hi, -1) if doc[j].ent_type_ == "PERSON"), None)
        if name is not None and doc[speaker].pos_ == "NOUN":
            speaker = name
        phrase_hi = appos
    lo, hi = _brackets_around(frame, phrase_lo, phrase_hi)
    # "According to Smith, the deal was good; according to Jones, it was a disaster": a semicolon ends the words
    # an "according to" vouches for when the part past it has an attribution of its own (not in a list: "A was
    # paid $29,715; B was paid $35,845, according to FEC records")
    semis = frame.tokens_between("semicolons", _semicolon, lo, hi)
    cut_lo = max([j + 1 for j in semis if j < phrase_lo], default=lo)
    cut_hi = min([j for j in semis if j >= phrase_hi], default=hi)
    if cut_lo > lo and _vouched_apart(frame, lo, cut_lo):
        lo = cut_lo
    if cut_hi < hi and _vouched_apart(frame, cut_hi, hi):
        hi = cut_hi
    before = (lo, phrase_lo)
    after = (phrase_hi, hi)
    split = _report_split_by(frame, before, after, tok, speaker)
    if split is not None:
        return split
    lo, hi = before if before[1] - before[0] >= after[1] - after[0] or _source_quoted_after(frame, pobj, phrase_hi,
                                                                                          before) else after
    head = tok.head
    # `Mrs. Clinton has praised X, and won 77 percent, according to exit polls`: the polls report what the
    # clause they hang on says, not the attribution before it
    if ((lo, hi) == before and head.dep_ in ("conj", "relcl") and is_verb(head) and lo < head.left_edge.i < phrase_lo
            and _attribution_in(frame, lo, head.left_edge.i)):
        lo = head.left_edge.i
    if (lo, hi) == before:
        # `Prices rose 3%, the ONS said, while wages rose 2%, according to the Bank`: the Bank vouches for the
        # clause after the join only, the one before has a source of its own
        join = max((k for k in range(lo + 2, phrase_lo) if _report_join(doc, k) and _attribution_in(frame, lo, k)),
                   default=None)
        lo = lo if join is None else join + 1
        lo = _outlet_learned(frame, lo, phrase_lo)
    start, end = _trim(frame, lo, hi)
    if end <= start:
        return None
    return _classify(frame, start, end, tok, speaker)


def _source_quoted_after(frame: Frame, pobj, phrase_hi: int, before: tuple[int, int]) -> bool:
    """`The company is weighing layoffs, according to a source, who told Reuters: "…"`: the source's own reporting
    verb in a relative clause opens the quotation after a colon; the "according to" vouches for the clause before it
    (the quotation is the relative clause's)."""
    doc = frame.doc
    if before[1] - before[0] < 3 or phrase_hi >= len(doc) or ":" not in (doc[phrase_hi].text, doc[phrase_hi - 1].text):
        return False  # (the parser may hang the colon on the source: "union leader Mick Lynch, who told Sky News:")
    return any(t.dep_ == "relcl" and reporting_base(t.text) and frame.tok_quote[t.i] < 0
               for t in doc[pobj.i:phrase_hi])


#: What an outlet says it found out ("Axios has learned that …", "The Times understands that …").
_LEARNT_FORMS = frozenset(("learned", "learnt", "understands"))


def _outlet_learned(frame: Frame, lo: int, hi: int) -> int:
    """Where the words an "according to" vouches for begin when the clause before it opens with the outlet's own
    finding ("Axios has learned that the White House plans …, according to two sources": at "the White House"):
    the sources vouch for what was learned, not for the learning; else `lo`."""
    doc = frame.doc
    verb = next((t for t in doc[lo:hi] if t.lower_ in _LEARNT_FORMS), None)
    subj = None if verb is None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i != lo or not (subj.lower_ == "we" or subj.text[:1].isupper() and subj.pos_ != "NOUN"):
        return lo  # (an outlet: "Axios", "The Times", "POLITICO", "we"; not "Police learned that")
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < hi), None)
    if comp is None:
        return lo
    k = comp.left_edge.i
    return k + 1 if doc[k].lower_ == "that" else k


def _source_run_into_subject(frame: Frame, tok, to, pobj) -> tuple[int, int] | None:
    """"According to the OECD, U.S. tax revenue as a share of GDP is below …": the parser ran the source into the
    subject of the clause after the comma, taking that subject for the object of "to" and the source for its
    modifier. The source is the phrase before the comma (its head and the token after the comma are returned),
    when "according to" opens the sentence and a verb after the phrase goes on with the clause."""
    doc = frame.doc
    if tok.i != frame.sent_bounds(tok.i)[0] or pobj.i <= to.i + 1:
        return None
    comma = next((j for j in range(to.i + 1, pobj.i) if doc[j].text == ","), None)
    if comma is None or comma == to.i + 1:
        return None
    heads = [t for t in doc[to.i + 1:comma] if not to.i < t.head.i < comma]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN") or heads[0].head.i < comma:
        return None
    end = max(pobj.right_edge.i, to.right_edge.i) + 1
    if end >= frame.sent_bounds(tok.i)[1] or not is_verb(doc[end]) and doc[end].pos_ != "AUX":
        return None
    return heads[0].i, comma + 1


def _past_trailing_source(frame: Frame, verb, comp):
    """The content of a report that a source after it reports (`Kim said his country would never give up its weapons,
    state media said`) where the parser hung the content on the source's verb, beside the report (`said` and `give`
    both clauses of the last `said`), or hung the source's verb with the content on the report (`Kim said [… , state
    media reported]`): the clause between the report's verb and the source; else `comp`."""
    doc = frame.doc
    if comp is None and verb.dep_ == "ccomp" and verb.head.i > verb.i and reporting_base(verb.head.text) is not None:
        return next((c for c in verb.head.children if c.dep_ == "ccomp" and c.left_edge.i == verb.right_edge.i + 1
                     and _source_after(doc, verb.head, c)), None)
    if comp is not None and comp.i > verb.i and reporting_base(comp.text) is not None:
        inner = next((c for c in comp.children if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1
                      and _source_after(doc, comp, c)), None)
        return comp if inner is None else inner
    return comp


def _source_after(doc, source_verb, content) -> bool:
    """Does a source's verb come after the content, its subject between them after a comma (`…, state media said`)?"""
    subj = next((c for c in source_verb.children if c.dep_ == "nsubj"), None)
    return (subj is not None and content.right_edge.i < subj.left_edge.i < source_verb.i
            and doc[subj.left_edge.i - 1].text == "," and content.right_edge.i + 2 == subj.left_edge.i)


def _report_before_source(frame: Frame, verb, comp, lo: int, hi: int) -> tuple[int, int]:
    """The range a source after a report vouches for (`Kim said his country would …, state media said`), where the
    parser hung the report and its content apart: from the report's subject to the comma before the source; else
    (`lo`, `hi`)."""
    doc = frame.doc
    if not _source_after(doc, verb, comp) and not (comp.dep_ == "ccomp" and comp.head.i == verb.i):
        return lo, hi
    head = verb.head
    if (verb.dep_ == "ccomp" and head.i < comp.left_edge.i and head.i + 1 == comp.left_edge.i
            and reporting_base(head.text) is not None and _source_after(doc, verb, comp)):
        subj = max((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), default=None,
                   key=lambda c: c.i)  # `Kim said [… , state media said]`
        return (lo, hi) if subj is None else (subj.left_edge.i, hi)
    if comp.i < verb.i and reporting_base(comp.text) is not None and not any(c.dep_ == "ccomp" for c in comp.children):
        rest = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == comp.right_edge.i + 1
                     and _source_after(doc, verb, c)), None)  # `[Kim said] [his country …], state media said`
        if rest is not None:
            return lo, rest.right_edge.i + 1
    return lo, hi


def _that_clause_taken_for_conjunct(verb):
    """`Erdogan told reporters on his plane, according to remarks published by the presidency, that Turkey would not
    back down`: the "that" clause after a comma that the parser made a conjunct of the reporting verb (no "and"
    between them) is its content; else None."""
    doc = verb.doc
    for c in verb.rights:
        mark = next((g for g in c.lefts if g.dep_ == "mark" and g.lower_ == "that"), None)
        if (c.dep_ == "conj" and mark is not None and doc[mark.i - 1].text == ","
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > mark.i for g in c.children)
                and not any(g.dep_ in ("cc", "preconj") and verb.i < g.i < c.i for g in verb.children)):
            return c
    return None


def _report_split_by(frame: Frame, before: tuple[int, int], after: tuple[int, int], tok, speaker: int) -> Attribution | None:
    """`Ishiba said at a news conference, according to Kyodo News, that he would not resign`: an "according to"
    phrase set between a reporting verb and its "that" clause vouches for the whole report around it, itself left
    out (a gap), as with `Ishiba said he would not resign, according to Kyodo`; else None."""
    doc = frame.doc
    (lo, phrase_lo), (phrase_hi, hi) = before, after
    k = phrase_hi + (phrase_hi < hi and doc[phrase_hi].text == ",")
    if not (k < hi and doc[k].lower_ == "that" and doc[k].dep_ == "mark" and doc[phrase_lo - 1].text == ","):
        return None
    verb = doc[k].head.head
    if not (lo <= verb.i < phrase_lo and reporting_base(verb.text) is not None and doc[k].head.dep_ in ("ccomp", "conj")):
        return None
    start, mid1 = _trim(frame, lo, phrase_lo)
    mid2, end = _trim(frame, phrase_hi, hi)
    if mid1 <= start or end <= mid2:
        return None
    att = _classify(frame, start, end, tok, speaker)
    return None if att is None else replace(att, gap=(mid1, mid2))


def _manner_norm(frame: Frame, tok, pobj) -> bool:
    """"The decision would be made according to the law", "was cancelled according to the rules": a rule or a plan
    (words/manner_norms.txt) that "according to" follows as the manner of the clause before it, with no comma between
    them, is no one's word. "According to the plan, ..." and "..., according to the law" stay sources."""
    doc = frame.doc
    return (pobj.lower_ in MANNER_NORMS and tok.i > frame.sent_bounds(tok.i)[0]
            and not doc[tok.i - 1].is_punct and pobj.i == tok.i + 2 + (doc[tok.i + 2].dep_ == "det"))


#: The most words an apposition set between commas after an "according to" phrase may have.
_MAX_APPOSITION = 8


def _apposition_after(frame: Frame, k: int) -> int | None:
    """The token after an apposition set between commas at token `k`, right after an "according to" phrase opening a
    sentence that the parser ended before it ("According to Smith's lawyer, Jane Doe, the charges are …"): a few words with no verb
    and no subject, the clause going on after the second comma. None when there is none."""
    doc = frame.doc
    sent_end = frame.sent_bounds(k)[1] if k < len(doc) else k
    if k >= sent_end or doc[k].text != ",":
        return None
    close = next((j for j in range(k + 1, min(sent_end, k + 2 + _MAX_APPOSITION)) if doc[j].text == ","), None)
    if close is None or close == k + 1 or close + 2 >= sent_end:
        return None
    words = doc[k + 1:close]
    if _source_described(words, close):
        return close + 1
    if words[0].pos_ == "ADP" or any(is_verb(t) or t.dep_ in ("nsubj", "nsubjpass") or t.pos_ in ("PRON", "SCONJ", "CCONJ") for t in words):
        return None
    return close + 1 if any(t.pos_ in ("PROPN", "NOUN") for t in words) else None


def _source_described(words, close: int) -> bool:
    """"According to Hopper, the booking app, fares are up", "According to the CDC, the agency that tracks outbreaks,
    cases rose": a "the" noun the parser made the subject of the clause after the second comma while that clause has a
    subject of its own there (a second subject of the verb, or a noun it took for an apposition of the first): a
    description of the source. "According to Smith, the plan, which was drafted in May, will cost …" has none."""
    subj = next((t for t in words if t.dep_ == "nsubj" and t.head.i > close and t.pos_ == "NOUN"), None)
    if subj is None or words[0].lower_ != "the" or words[0].head.i != subj.i:
        return False
    if any(is_verb(t) and not any(a.dep_ == "relcl" for a in (t, *t.ancestors) if a.i > subj.i) for t in words):
        return False  # a verb of its own, outside a relative clause on the noun
    return any(t.dep_ in ("nsubj", "appos") and t.pos_ in ("NOUN", "PROPN") and t.head.i in (subj.head.i, subj.i)
               and t.i > close for t in subj.doc[close + 1:subj.head.i])


def _brackets_around(frame: Frame, lo: int, hi: int) -> tuple[int, int]:
    """The inside of the brackets holding tokens [lo, hi) in the sentence, else the whole sentence: "X cites Y
    (the actual number is 15 percent, according to Z)" is Z's word on the bracket only."""
    doc = frame.doc
    sent_start, sent_end = frame.sent_bounds(lo)
    before = frame.tokens_between("brackets", _bracket, sent_start, lo)  # the nearest bracket before, and after
    opening = before[-1] if before else None
    if opening is None or doc[opening].text != "(":
        return sent_start, sent_end
    after = frame.tokens_between("brackets", _bracket, hi, sent_end)
    closing = after[0] if after else None
    if closing is None or doc[closing].text != ")":
        return sent_start, sent_end
    return opening + 1, closing


def _bracket(tok) -> bool:
    return tok.text in "()"


def _semicolon(tok) -> bool:
    return tok.text == ";"


def _vouched_apart(frame: Frame, lo: int, hi: int) -> bool:
    """Does [lo, hi) hold an "according to" or a reporting verb with a subject of its own?"""
    return any(frame.doc[j].lower_ == "according" for j in range(lo, hi)) or _attribution_in(frame, lo, hi)


def _according_speaker(pobj) -> int:
    """`according to its results statement` -> `its`; `according to a report by X` -> X; `according to
    reports Mr. Schoen filed`, `an interview his brother gave` -> who filed or gave it."""
    if pobj.lower_ in CHANNEL_NOUNS:
        for c in pobj.children:
            if c.dep_ == "poss":
                return c.i
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g.i
            if c.dep_ == "relcl" and c.i > pobj.i:
                for g in c.children:
                    if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") and g.i < c.i:
                        return g.i
    return pobj.i


def _medial_parataxis(frame: Frame, verb) -> Attribution | None:
    """`Many of the closures, he said, have involved ...`: the attribution sits inside the content."""
    subj = subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0 or not _can_speak(frame.doc[subj]):
        return None
    sent_start, sent_end = frame.sent_bounds(verb.i)
    left, right = verb.left_edge.i, verb.right_edge.i + 1
    if left - sent_start < 1 or sent_end - right < 3:
        return None
    start, mid1 = _trim(frame, sent_start, left)
    mid2, end = _trim(frame, right, sent_end)
    if mid1 <= start or end <= mid2:
        return None
    att = _classify(frame, start, end, verb, subj)
    if att is None or att.kind == "direct":
        return None
    inside = tuple(qi for qi in att.quotes if not (mid1 <= frame.quotes[qi].start < mid2))
    return Attribution("mixed" if inside else "indirect", start, end, verb.i, verb.text, subj, inside, gap=(mid1, mid2))


def _inverted_medial(frame: Frame, verb, comp) -> Attribution | None:
    """`Any reading of his actions, said Ann Cole, an expert, would see ...`, `The contrast, say experts like X,
    is clear`: the parser makes the words before the comma the verb's subject and the speaker the subject of
    the rest; the one named right after the verb speaks, and the claim runs around the attribution."""
    doc = frame.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or frame.tok_quote[verb.i - 1] >= 0:
        return None
    fronted = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if fronted is None or fronted.right_edge.i != verb.i - 2 and fronted.right_edge.i != verb.i - 1:
        return None
    if any(t.text == "," for t in doc[fronted.left_edge.i:verb.i - 1]):
        return None  # "Ruth Cole, the mayor, said Tom Reed, ..., would": the words before the verb speak
    speaker = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == verb.i + 1), None)
    if (speaker is None or speaker.pos_ not in ("PROPN", "NOUN") or not _can_speak(speaker) or frame.tok_quote[speaker.i] >= 0
            or any(c.dep_ == "poss" for c in speaker.children)):
        return None  # "said their speeches, full of ..., would": what the subject said is about the speeches
    after = speaker.right_edge.i + (0 if doc[speaker.right_edge.i].text == "," else 1)
    if after >= comp.right_edge.i or doc[after].text != ",":
        return None
    start, mid1 = _trim(frame, fronted.left_edge.i, verb.i)
    mid2, end = _trim(frame, after + 1, comp.right_edge.i + 1)
    if mid1 <= start or end <= mid2:
        return None
    att = _classify(frame, start, end, verb, speaker.i)
    if att is None or att.kind == "direct":
        return None
    inside = tuple(qi for qi in att.quotes if not (mid1 <= frame.quotes[qi].start < mid2))
    return Attribution("mixed" if inside else "indirect", start, end, verb.i, verb.text, speaker.i, inside, gap=(mid1, mid2))


#: Subordinators opening a content clause (`said that ...`), not an aside (`as X believe`).
CONTENT_MARKS = frozenset(("that", "whether", "if"))


def _subordinate(tok) -> bool:
    """A clause with a modal or a "that" is a complement, never a trailing "..., the review said" ("X said the review
    would report in June": the review reports nothing)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" for c in tok.children)


def _complement_clause(verb) -> bool:
    """A verb opened by `that`, `whether` or `if`, or in the passive (`... said that shelter had been found for
    67 households`): the content of the verb before it, never a trailing tag (`..., she found`). An aside
    opened by `as` (`- as many researchers believe -`) is still a tag."""
    return any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "mark" and c.lower_ in CONTENT_MARKS
               for c in verb.children)


def _said_content(doc, verb) -> bool:
    """`A spokesman said inquiries were continuing`: a reporting verb (`continue`) that is the complement of the
    reporting verb right before it, with no comma or dash between them, is what was said, not a trailing tag."""
    head = verb.head
    if verb.dep_ != "ccomp" or reporting_base(head.text) is None:
        return False
    return not any(t.text in (",", ":", ";") or t.text in DASHES for t in doc[head.i + 1:verb.i])


def _trailing_conjunct(frame: Frame, verb) -> bool:
    """`Two children have died after contracting Strep A, the UK Health Security Agency has confirmed.`: a reporting
    verb the parser joined to the clause before it as a conjunct with no "and" or "but", only a comma before its
    own subject, ending the sentence: a tag after the content, as "..., she said"."""
    doc = frame.doc
    if verb.dep_ != "conj" or not reporting_base(verb.text):
        return False
    if frame.sent_bounds(verb.i)[1] - verb.i > 2 and not _only_own_adjuncts(frame, verb):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("cc", "preconj") and verb.head.i < c.i < verb.i for c in verb.head.children)


def _only_own_adjuncts(frame: Frame, verb) -> bool:
    """Is all that follows a reporting verb to its sentence's end the verb's own phrases of when, where and to whom
    ("…, his publicist told The Associated Press on Sunday.", "…, the family said in a statement."), with no clause
    or object of what was said?"""
    doc = frame.doc
    hi = frame.sent_bounds(verb.i)[1]
    if hi - verb.i > 12 or any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "cc") and c.i > verb.i
                               for c in verb.children):
        return False
    told = reporting_base(verb.text) == "tell"
    for t in doc[verb.i + 1:hi]:
        if frame.tok_quote[t.i] >= 0:
            return False
        if t.head.i == verb.i and not (t.dep_ in ("prep", "npadvmod", "advmod", "punct")
                                       or told and t.dep_ in ("dobj", "dative")):
            return False  # ("the administrator confirmed the news": an object of its own)
    return True


def _agency_before_acronym(frame: Frame, verb):
    """The agency of `…, the Saudi Press Agency (SPA) reported.` (also "the official Emirates News Agency (WAM)"),
    where the acronym in brackets led the parser to join the verb ending the sentence to the verb before it, as a
    conjunct with no subject (the agency joined to the object before it) or as its clause; else None."""
    doc = frame.doc
    k = verb.i
    if (verb.dep_ not in ("conj", "ccomp") or k < 5 or doc[k - 1].text != ")" or doc[k - 3].text != "("
            or frame.sent_bounds(k)[1] - k > 2 or not reporting_base(verb.text)):
        return None
    acronym, agency = doc[k - 2], doc[k - 4]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != agency.i for c in verb.children):
        return None  # (or, as a clause of the verb before it, with the agency its subject)
    if not (acronym.is_upper and acronym.is_alpha) or agency.pos_ != "PROPN" or agency.ent_type_ != "ORG" \
            or frame.tok_quote[agency.i] >= 0:
        return None
    left = agency.left_edge.i
    if left - frame.sent_bounds(k)[0] < 4 or doc[left - 1].text != ",":
        return None
    return agency


def _before_trailing_agency(frame: Frame, verb, lo: int, hi: int) -> int:
    """`hi`, or the comma before an agency that reports the sentence from its end (`_agency_before_acronym`) when it
    falls inside [lo, hi): the agency is no part of what was said."""
    doc = frame.doc
    last = frame.sent_bounds(verb.i)[1] - 1
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= verb.i or doc[last].text == ")":
        return hi
    agency = _agency_before_acronym(frame, doc[last])
    comma = agency.left_edge.i - 1 if agency is not None else hi
    return comma if lo < comma < hi else hi


def _trailing_parataxis(frame: Frame, verb) -> Attribution | None:
    """`The plan will fail, she said.` parsed with `said` as parataxis of the clause."""
    subj = subject_of(verb, frame)
    if subj is None or frame.tok_quote[subj] >= 0:
        return None
    lo, hi = frame.sent_bounds(verb.i)[0], min(verb.i, frame.doc[subj].left_edge.i)
    if hi - lo < 3:
        return None
    start, end = _trim(frame, lo, hi)
    att = _classify(frame, start, end, verb, subj)
    return att and _with_tail(frame, att, verb, subj)


def _trailing_apposed_speaker(frame: Frame, verb) -> Attribution | None:
    """`Hadley died on Sunday at his home in Santa Monica, his daughter, Rebecca Hadley, told The Associated Press.`
    parsed with the speaker in apposition to the content's last noun ("Santa Monica, his daughter") and the verb left
    with no subject: a described person ("his daughter", "a spokesman") or a person's name between commas right
    before the verb, hung on a noun of the sentence before it, speaks the words before the comma. Not when the verb
    has a subject or a clause of its own after it."""
    doc = frame.doc
    if verb.i < 4 or verb.tag_ not in ("VBD", "VBZ", "VBP") or doc[verb.i - 1].text != "," or frame.tok_quote[verb.i] >= 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > verb.i for c in verb.children):
        return None
    s_lo = frame.sent_bounds(verb.i)[0]
    end = verb.i - 2  # the last word of the apposition
    a = doc[end]
    while a.dep_ != "appos" and a.head.i != a.i and a.head.i <= end and a.head.i > s_lo:
        a = a.head  # up from the apposition's last word to its head ("daughter" of "his daughter, Rebecca Hadley")
    if a.dep_ != "appos" or a.right_edge.i not in (end, end + 1):
        return None
    while a.head.right_edge.i in (end, end + 1) and a.head.i > s_lo and (
            a.head.dep_ == "appos" or a.head.pos_ == "NOUN" and doc[a.head.left_edge.i - 1].text == ","
            and any(c.dep_ in ("det", "poss") for c in a.head.children)):
        a = a.head  # the outer apposition ("his daughter" holds "Rebecca Hadley"), or the description set off by a
        #             comma that the parser made an object ("…, a spokeswoman, Anna White, said")
    comma = a.left_edge.i - 1
    if comma - s_lo < 3 or doc[comma].text != "," or not (s_lo <= a.head.i < comma) or frame.tok_quote[a.head.i] >= 0 \
            or frame.tok_quote[comma - 1] >= 0 or a.head.ent_type_ == "PERSON":
        return None  # (a person's own apposition is theirs: `"…," Gene Sperling, a top Clinton adviser, said`)
    if any(c.dep_ in ("cc", "preconj") and verb.head.i < c.i < verb.i for c in verb.head.children):
        return None  # ("…, and his daughter, Ann, said": a second clause of its own)
    if not (verb.dep_ in ("advcl", "parataxis", "conj") and s_lo <= verb.head.i < comma
            or any(c.dep_ == "ccomp" and s_lo <= c.i < comma for c in verb.children)):
        return None  # (the words before must be the clause the verb reports)
    described = a.pos_ == "NOUN" and any(c.dep_ in ("poss", "det") for c in a.children)
    named = a.pos_ == "PROPN" and a.ent_type_ in ("PERSON", "ORG")
    if not (described or named) or not _can_speak(a) or any(frame.tok_quote[j] >= 0 for j in range(comma, verb.i)):
        return None
    start, end_ = _trim(frame, s_lo, comma)
    att = _classify(frame, start, end_, verb, a.i)
    return att and _with_tail(frame, att, verb, a.i)


def _fronted_content(frame: Frame, verb) -> Attribution | None:
    """`Israeli air strikes killed at least 25 Palestinians on Sunday, local health authorities said.` parsed with the
    content's subject as a second subject of the reporting verb and its verb as a participle on it ("strikes killed"
    read as "strikes [that were] killed"): the sentence before the comma is what the subject right before the verb
    said."""
    doc = frame.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    loose = _loose_fronted_clause(verb, subjects[0]) if len(subjects) == 1 else None
    if loose is not None:
        subjects = [loose, subjects[0]]  # ("A cruise ship ... on board suffered engine failure ..., officials said")
    if len(subjects) != 2:
        return None
    content, subj = subjects
    comma = subj.left_edge.i - 1
    s_lo = frame.sent_bounds(verb.i)[0]
    if (doc[comma].text != "," or content.right_edge.i != comma - 1 or content.left_edge.i != s_lo
            or frame.tok_quote[subj.i] >= 0 or not _can_speak(subj)):
        return None
    if loose is not None and not any(t.tag_ in ("VBD", "VBN") and t.dep_ in ("acl", "relcl", "amod")
                                     for t in content.subtree):
        return None
    if loose is None and not any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN")
                                 and any(g.dep_ == "dobj" for g in c.children) for c in content.children):
        return None  # (a subject with no clause of its own said nothing)
    start, end = _trim(frame, s_lo, comma)
    att = _classify(frame, start, end, verb, subj.i)
    return att and _with_tail(frame, att, verb, subj.i)


def _loose_fronted_clause(verb, subj):
    """The noun opening the sentence that the parser left hanging on the reporting verb with no role ("dep"), before its
    one subject ("A cruise ship with 1,300 people on board suffered engine failure off Norway, prompting an evacuation,
    Norwegian authorities said": "suffered" read as an adjective on "failure"); else None."""
    return next((c for c in verb.children if c.dep_ == "dep" and c.pos_ == "NOUN" and c.i < subj.i
                 and c.left_edge.i == verb.sent.start), None)


def _trailing_hung_on_noun(frame: Frame, verb) -> Attribution | None:
    """`The Jets have fired Robert Saleh, The New York Times reported on Tuesday.` parsed with the verb as a clause on
    the last noun before the comma (the source taken for an apposition to "Saleh" with a participle, or "the Athletic
    reported" for a relative clause on it): the named source's attribution of the sentence before the comma, when
    nothing after the verb is anything but its own adjuncts (no object, no clause)."""
    doc = frame.doc
    if verb.dep_ == "acl" and verb.head.dep_ in ("appos", "npadvmod") and verb.head.i < verb.i:
        subj = verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
    elif verb.dep_ == "relcl" and verb.head.i < verb.i:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    else:
        return None
    if subj is None or frame.tok_quote[subj.i] >= 0 or not (
            subj.pos_ == "PROPN" and subj.ent_type_ in ("ORG", "PERSON")
            or verb.dep_ == "acl" and _described_source_in_past(subj, verb)):
        return None
    left = subj.left_edge.i
    s_lo, s_hi = frame.sent_bounds(verb.i)
    if left - s_lo < 4 or doc[left - 1].text != "," or frame.tok_quote[left - 1] >= 0:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "advcl") and c.i > verb.i for c in verb.children):
        return None  # "…, the Times reported the deal": an object of its own, no attribution of the sentence before
    last = s_hi - 1
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    k = verb.right_edge.i + 1
    if k <= last and not (doc[k].text == "," and k + 1 <= last and doc[k + 1].tag_ == "VBG"):
        return None  # something after the verb that is not its own (but ", citing sources"): no attribution at the end
    noun = verb.head if verb.dep_ == "relcl" else subj.head
    if not (s_lo <= noun.i < left) or any(frame.tok_quote[j] >= 0 for j in range(left, verb.i + 1)):
        return None
    start, end = _trim(frame, s_lo, left - 1)
    return _classify(frame, start, end, verb, subj.i)


def _described_source_in_past(subj, verb) -> bool:
    """`The couple have split, a source confirmed to Page Six.`: a described person (an article or possessive before a
    common noun that can speak) with a verb the tagger read as a past tense, which the parser hung on it as a
    participle ("a source [that was] confirmed to ..."); a participle proper ("a man accused of fraud") is no
    attribution."""
    return (subj.pos_ == "NOUN" and verb.tag_ == "VBD" and _can_speak(subj) and subj.ent_type_ == ""
            and any(c.dep_ in ("det", "poss") for c in subj.children)
            and not any(c.dep_ in ("relcl", "acl", "appos") and c.i != verb.i for c in subj.children))


def _with_tail(frame: Frame, att: Attribution, verb, subj: int) -> Attribution:
    """A content before its attribution that goes on after it (`The argument would be aided, Devine said, by the
    upcoming calendar`; `Ms. Malik had two interviews, officials said, the first by a consular officer`): the
    claim runs around the attribution. The words after it are no part of the claim when they are the speaker's
    next act (`, adding ...`, `, and warned ...`), someone's attribution of their own, or a source."""
    if att.kind == "direct" or att.gap is not None:
        return att
    doc = frame.doc
    s = doc[subj]
    if frame.tok_quote[verb.i] >= 0:
        return att
    last = frame.sent_bounds(verb.i)[1] - 1
    while last > verb.i and (doc[last].is_punct and frame.tok_quote[last] < 0 or doc[last].is_space):
        last -= 1
    # the attribution: the subject and the verb, and what hangs on the verb before a comma (`said on Saturday`)
    k = max(verb.i, s.right_edge.i) + 1 if s.i > verb.i else verb.i + 1
    while k <= last and doc[k].text != ",":
        if frame.tok_quote[k] >= 0 or not _hangs_on(doc[k], verb):
            return att
        k += 1
    lo = k + 1
    if k > last or doc[k].text != "," or last - lo < 2 or frame.tok_quote[k] >= 0:
        return att
    first = doc[lo]
    if first.lower_ in TAIL_STOPS or first.text in DASHES or first.text in "(\"“‘'":
        return att
    if first.lower_ == "without" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in first.children):
        return att  # `, without giving a date`, `, without providing evidence`: how the speaker spoke
    for t in doc[lo:last + 1]:
        if lo <= t.head.i <= last:
            continue
        if t.head.i == verb.i and (t.dep_ in ("conj", "cc", "npadvmod", "advmod", "punct") or t.tag_ == "VBG"):
            return att  # `, adding ...`, `, and warned ...`: the speaker's next act
        if t.head.i == verb.i and t.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            return att  # `, two days after voters went to the polls`: when the speaker spoke
        if not (t.head.i == verb.i and t.dep_ in ("prep", "advcl", "ccomp", "dobj", "attr", "acomp", "xcomp") or _inside(t.head, att)):
            return att  # hung somewhere else: not the content's words
    if _attribution_in(frame, lo, last + 1) or any(doc[j].lower_ == "according" for j in range(lo, last + 1)):
        return att
    mid2, end = _trim(frame, lo, last + 1)
    if end <= mid2:
        return att
    mid1 = att.end
    inside, straddle = _quotes_in(frame, att.start, end)
    if straddle or _only_quote(frame, mid2, end, [qi for qi in inside if frame.quotes[qi].start >= mid2]):
        return att
    kind = "mixed" if inside else "indirect"
    return Attribution(kind, att.start, end, att.cue, att.cue_text, att.subject, tuple(inside), gap=(mid1, mid2))


def _hangs_on(tok, verb) -> bool:
    """Does `tok` belong to a phrase hung on `verb` (`said on Saturday`, `said in a statement`)?"""
    t = tok
    while t.head.i != t.i:
        if t.head.i == verb.i:
            return t.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj", "punct")
        t = t.head
    return False


def _inside(tok, att: Attribution) -> bool:
    return att.start <= tok.idx < att.end


def inside_sources(frame: Frame, atts: list[Attribution]) -> tuple[list[Attribution], dict[int, int]]:
    """A source cited after what it reported (`..., according to the AP`, `..., the Times reported`) whose
    content is itself someone's attribution (`Weaver says it is proof ..., according to the AP`): the one who
    says it inside speaks too, and that inner claim is kept beside the source's. Returns the attributions
    (an inner one ended before the source when the parser hung the source on it) and, for each inner one by
    index, the start of the source's content (the inner claim comes first: the source is named last)."""
    doc = frame.doc
    indirect = sorted((i for i, a in enumerate(atts) if a.kind != "direct" and a.cue is not None and a.subject is not None),
                      key=lambda i: atts[i].start)
    if len(indirect) < 2:
        return atts, {}
    starts = [atts[i].start for i in indirect]
    out: list[Attribution] = list(atts)
    inner: dict[int, int] = {}
    for i in indirect:
        a = atts[i]
        cue = doc[a.cue]
        if not (cue.lower_ == "according" or cue.idx >= a.end):
            continue
        for j in indirect[bisect_left(starts, a.start):bisect_left(starts, a.end)]:
            b = atts[j]
            if j == i or not (b.end <= a.end or b.start <= cue.idx < b.end):
                continue
            if not _frames_report(frame, a, b):
                continue
            inner[j] = a.start
            if b.end > a.end:
                out[j] = replace(b, end=a.end, quotes=tuple(qi for qi in b.quotes if frame.quotes[qi].end <= a.end + 1))
            break
    return out, inner


def _frames_report(frame: Frame, outer: Attribution, inner: Attribution) -> bool:
    """Is `inner` the attribution the whole of `outer`'s content is built on: its named speaker (a pronoun
    could take the outer source's name) and its reporting verb stand in that content, the verb as the
    content's own main verb (or one joined to it), not a clause hung on a word of it (`the man who said ...`)
    nor one reported by someone else there (`voters said they believe ...`); and what it reports is a
    clause (`says it is proof ...`, `vowed to fight on`), not a thing it acts on (`welcomed a baby`)."""
    doc = frame.doc
    verb, subj = doc[inner.cue], doc[inner.subject]
    if (not (outer.start <= subj.idx < verb.idx < inner.start < outer.end) or verb.lower_ == "according"
            or subj.pos_ == "PRON"):
        return False
    if verb.lower_ not in ADDRESSEE_FORMS and any(c.dep_ == "dobj" and c.idx < inner.start for c in verb.children):
        return False  # `At the moment Sanders announced his candidacy, Mook was ...`: what he announced is his candidacy
    top = verb
    while top.dep_ == "conj" and outer.start <= top.head.idx < outer.end:
        top = top.head
    if top.dep_ != "ROOT" and outer.start <= top.head.idx < outer.end:
        return False
    # (through the source's own verb when the parser made it the clause: `The minister said the Kingdom would …, the
    # official Emirates News Agency (WAM) reported`, "continue" a clause of "reported", itself one of "said")
    clauses = [*verb.children, *(g for c in verb.children if c.i == outer.cue for g in c.children),
               *(doc[outer.cue].children if verb.head.i == outer.cue and verb.dep_ == "ccomp" else ())]
    return any(c.dep_ in ("ccomp", "xcomp") and inner.start <= c.idx < inner.end for c in clauses) or (
        _that_clause_taken_for_conjunct(verb) is not None)  # (`…, according to Kyodo, that …`)
