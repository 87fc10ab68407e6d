"""Stage 3: find attributions: a cue (reporting verb, "according to", a colon) and its content.

Two passes over one parsed document, one module each:
  * `bot.claims.clauses.reported_clauses`: every reporting verb outside quotation marks
    with a clausal complement (`X said (that) ...`, `..., X said`), and every `according
    to X`. The content becomes an indirect claim, a mixed one if it holds quoted words, or
    just the cue of a direct quote when the content is nothing but that quote.
  * `bot.claims.quote_cues.quote_cue`: for each quotation not claimed above, the nearest
    reporting verb in the text around it within the same sentence (`"Q," said X` / `X said: "Q"`).

This module holds what both passes share: the `Attribution` type and the subject of a cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.claims.frames import Frame
from bot.claims.lexicon import CAUSATIVE_FORMS, CHANNEL_NOUNS, CHANNEL_PARTICIPLES, PERCEPTION_FORMS, QUOTING_FORMS, reporting_base
from bot.claims.lexicon import word_set
from bot.claims.validate import EVENT_NOUNS, THINGS

#: Recordings played or shown ("a clip of Angela Rayner saying …"; words/recording_nouns.txt).
RECORDING_NOUNS = word_set("recording_nouns")

WORD = re.compile(r"\w+")
SENT_END = frozenset(".!?")
MIN_CONTENT_WORDS = 3
MIN_DIRECT_WORDS = 4
#: Finite verbs: the verb of a clause that could have said something ("barked", "shoots back").
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
#: Tags of a finite verb or a modal: a clause of its own around it.
CLAUSE_TAGS = FINITE_TAGS | {"MD"}
#: Dependencies of what a verb acts on (or, for "pobj", a preposition): never who speaks.
OBJECT_DEPS = frozenset(("dobj", "dative", "pobj", "iobj", "attr", "oprd"))


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


def is_verb(tok) -> bool:
    return tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX")


def subject_of(verb, frame: Frame | None = None) -> int | None:
    """The speaker's head token for a reporting verb (follows conj chains: `said ... and warned`).

    With a frame, a cue outside quotation marks never takes its subject from inside a quotation
    (`telling the crowd, "Some people ..."`), and a quoted verb on the way up is passed over
    (`X told Y that Z "had ...," adding, "..."`: the speaker is X, not Z)."""
    seen = 0
    v = verb
    quoted = frame.tok_quote if frame is not None and frame.tok_quote[verb.i] < 0 else None
    own = _gerund_subject(verb)
    if own is None:
        own = _recorded_subject(verb)
    if own is None:
        own = quoted_as(verb)[0]
    if own is None:
        own = _aged_subject(verb)
    if own is None:
        own = _relative_clause_participle(verb)
    if own is None:
        own = _controlling_object(verb)
    if own is None:
        own = _perceived_subject(verb)
    if own is None:
        own = _conjunct_own_subject(verb)
    if own is None:
        own = _subject_taken_for_object(verb)
    if own is None:
        own = _subject_in_opening_phrase(verb)
    if own is None:
        own = _channel_participle_subject(verb)
    if own is None:
        part = channel_participle_taken_for_verb(verb)
        own = None if part is None else next(c.i for c in part.children if c.dep_ == "nsubj")
    if own is not None and (quoted is None or quoted[own] < 0):
        return own
    while v is not None and seen < 4:
        in_quote = quoted is not None and quoted[v.i] >= 0
        subjects = [] if in_quote else [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                                        and (quoted is None or quoted[c.i] < 0)]
        if not subjects and not in_quote and quoted is not None and v.i == verb.i:
            own = _name_hung_on_quotation(verb, quoted)
            if own is None:
                own = _noun_before_quoted_subject(verb, frame)
            if own is not None:
                return own
        if subjects and all(c.dep_ == "nsubjpass" for c in subjects) and not in_quote and v.i == verb.i:
            # "X was asked by Y whether ...": the one asking (the agent) speaks, not the one asked;
            # only for the cue itself ("X was booed by Y after saying ...": X says it)
            for c in v.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj" and (quoted is None or quoted[g.i] < 0):
                            return g.i
        if not subjects and not in_quote:
            own = _subject_joined_to_object(v)  # "Without X guiding the network, conservatives are left wondering"
            if own is not None and (quoted is None or quoted[own] < 0):
                return own
        if not subjects and not in_quote and v.i != verb.i:
            own = _conjunct_own_subject(v)  # "... and Emanuel fired his chief, acknowledging that ..."
            if own is not None and (quoted is None or quoted[own] < 0):
                return own
        if subjects:  # the one nearest the verb (a quote's words are sometimes parsed as a second subject)
            subjects = [_named_before_aside(c) or _person_after_opening_place(c) or c for c in subjects]
            subjects = [_past_dash_aside(_trailing_name(_second_clause_subject(c, v), v), v, frame) for c in subjects]
            before = [c for c in subjects if c.i < v.i]
            if before and len(before) < len(subjects) and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
                # "Sanders, whose coalition ..., said closed primaries deny ...": a subject after the verb and
                # before its content is the content's own; the one before the verb speaks
                subjects = before
            best = min(subjects, key=lambda c: abs(c.i - v.i))
            best = _titled_name_after_organisation(best, subjects, v)
            best = _name_before_apposed_subject(best, subjects, v)
            if best.pos_ == "ADP":
                # "Of Carson, Levine, who has given money to Rubio, said": the parser made the opening preposition
                # the subject and hung the name after the comma under it; that name speaks
                obj = next((c for c in best.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                            and c.doc[c.i - 1].text == "," and best.i + 1 < c.i), None)
                if obj is not None:
                    return obj.i
            return best.i  # (a surname tagged as a preposition stays: "From said")
        if not in_quote and v.i == verb.i:
            for c in v.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g.i
                named = _named_before_aside(c) if c.dep_ == "ccomp" and c.i < v.i else None
                if named is not None and (quoted is None or quoted[named.i] < 0):
                    return named.i  # "Dr Emma Stone, lead author of the study, said:" (see _named_before_aside)
                if c.tag_ == "VBG" and c.dep_ in ("ccomp", "advcl") and c.i < v.i:
                    # "X, noting the size of Y's following, said": the parser gives X to the participle
                    for g in c.children:
                        if g.dep_ == "nsubj" and g.i < c.i and (quoted is None or quoted[g.i] < 0):
                            return g.i
                if (c.tag_ in ("VBN", "VBD") and c.dep_ == "advcl" and c.i < v.i and c.right_edge.i + 2 == v.i
                        and c.doc[c.right_edge.i + 1].text == ","):
                    # "Harper, asked about his slump, said ...": the parser gives the name before the aside, set off
                    # by commas, to the participle as its subject
                    for g in c.children:
                        if (g.dep_ == "nsubj" and g.i < c.i - 1 and g.right_edge.i <= c.i - 1 and c.doc[c.i - 1].text == ","
                                and g.left_edge.i == c.left_edge.i and (quoted is None or quoted[g.i] < 0)):
                            return g.i
                if (c.dep_ == "ccomp" and c.i < v.i and c.tag_ in FINITE_TAGS
                        and any(d.dep_ == "ccomp" and d.i > v.i for d in v.children)):
                    # "Mr. Slinker, whose start-up, Paradata, uses big data ..., said Mr. Trump was ...": a verb has
                    # one content, the clause after it; the clause before it is an aside about the named speaker
                    for g in c.children:
                        if g.dep_ == "nsubj" and g.i < c.i and g.pos_ == "PROPN" and (quoted is None or quoted[g.i] < 0):
                            return g.i
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head is not v and (v.dep_ == "conj" or v.tag_ in ("VBG", "VB")) or (
                v.dep_ == "parataxis" and v.head.tag_ == "VBG" and v.head.i < v.i):
            # (parataxis: "X, noting the size of Y's following, said": the parser makes "noting" the root)
            if (v.dep_ == "conj" and v.tag_ in FINITE_TAGS and v.head.tag_ == "VB" and v.head.head is not v.head
                    and any(c.tag_ == "MD" for c in v.head.children)):
                # "X backpedaled on his prediction that Russia would pull out, and blamed ...": a past tense
                # verb is no conjunct of "would pull"; it is joined to the clause above
                v = v.head
            sibling = _nearer_conjunct_with_subject(v) if v.dep_ == "conj" and not in_quote else None
            v = v.head if sibling is None else sibling
            if (v.dep_ == "acl" and verb.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
                    and v.head.pos_ == "NOUN" and v.head.dep_ in OBJECT_DEPS and is_verb(v.head.head)):
                # "X rejected the idea that Y would be a drag, saying ...": the parser hangs the participle on
                # the verb of the noun's "that" clause; it is X's, who rejected the idea
                v = v.head.head
            if (v.dep_ == "ccomp" and v.head is not v and v.head.i < v.i and reporting_base(v.head.text)
                    and reporting_base(verb.text) and _trailing_attribution(v) is None):
                # "X said it was too early but added, ...": the parser hangs the second reporting verb
                # inside the first one's content; both are X's (not when a name of its own trails the content:
                # `Comey cannot say that "Q," Lewandowski added, saying ...`: Lewandowski adds, and says)
                v = v.head
            seen += 1
            continue
        if in_quote and v.dep_ in ("ccomp", "conj", "advcl") and v.head is not v:
            v = v.head
            seen += 1
            continue
        # "X issued a statement Tuesday saying ...": the statement's issuer says it (not "a statement from Y")
        if (not in_quote and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lower_ in CHANNEL_NOUNS
                and v.head.dep_ == "dobj" and is_verb(v.head.head)
                and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in v.head.children)):
            v = v.head.head
            seen += 1
            continue
        # "X closed the speech by saying ...": the gerund hangs off a preposition of the verb
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.lower_ in GERUND_CLIMB_PREPS\
                and v.head.head is not v.head and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head
            seen += 1
            continue
        break
    return None


#: Small words a name in quotation marks may hold in lower case ("Friends of the Earth", "Save our Libraries").
_NAME_LINKS = frozenset(("of", "the", "and", "for", "our", "to", "in", "on", "&"))


def quoted_name_after(frame: Frame, tok) -> tuple[int, str] | None:
    """`The passengers' group "Fair Fares Now" said`, `A residents' association, "Friends of Elm Park", said`: a short
    name in quotation marks right after a common noun (a comma between them at most) names what the noun describes;
    (the quotation's index, the name), else None."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and (doc[j].is_space or doc[j].text == ","):
        j += 1
    if tok.pos_ != "NOUN" or j >= len(doc) or frame.tok_quote[j] < 0 or frame.tok_quote[tok.i] >= 0:
        return None
    qi = frame.tok_quote[j]
    q = frame.quotes[qi]
    if frame.token_at(q.start) != j:
        return None
    name = frame.text[q.inner_start:q.inner_end].strip(" ,.")
    words = name.split()
    if not (1 <= len(words) <= 6 and words[0][:1].isupper()
            and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)):
        return None
    return qi, name


def _noun_before_quoted_subject(verb, frame: Frame) -> int | None:
    """`The protest group 'Just Stop Oil' said`: the parser took a word of the quoted name for the verb's subject; the
    noun the name follows is the subject (`bot.claims.speakers` names it by the quotation)."""
    quoted = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and frame.tok_quote[c.i] >= 0]
    if not quoted or any(c.dep_ in ("nsubj", "nsubjpass") and frame.tok_quote[c.i] < 0 for c in verb.children):
        return None
    qi = frame.tok_quote[quoted[0].i]
    j = frame.token_at(frame.quotes[qi].start) - 1
    while j >= 0 and (verb.doc[j].is_space or verb.doc[j].text == ","):
        j -= 1
    if j < 0 or j > verb.i:
        return None
    found = quoted_name_after(frame, verb.doc[j])
    last = frame.token_at(max(frame.quotes[qi].start, frame.quotes[qi].end - 1))
    if found is None or found[0] != qi or any(not verb.doc[k].is_punct for k in range(last + 1, verb.i)):
        return None
    return j


def _name_hung_on_quotation(verb, quoted) -> int | None:
    """`"…, but also competitors," William Daley, Obama's former chief of staff, said …`: a verb left with no subject
    outside the quotation before it, where the parser hung the name between them on a quoted word as its apposition:
    the name speaks; so does a description with a name in apposition to it (`The claim was "misleading", the head of
    the UK Statistics Authority, Sir Robert Chote, said`), resolved through that name."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and quoted[k] < 0 and doc[k].text not in (".", "!", "?"):
        k -= 1
    if k < 0 or quoted[k] < 0:
        return None
    return next((t.i for t in doc[k + 1:verb.i] if t.dep_ == "appos" and quoted[t.head.i] >= 0 and (
        t.pos_ == "PROPN" or t.pos_ == "NOUN" and doc[t.left_edge.i].lower_ == "the"
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children))), None)


def channel_participle_taken_for_verb(verb):
    """`Putin, in an address to the nation broadcast on state television, said …`: the participle after the channel
    ("broadcast", "translated into English") that the parser took for a finite verb with the speaker as its subject
    and made a clause of the reporting verb, which it left no subject; that participle, else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i or c.tag_ not in ("VBD", "VBN") or doc[c.right_edge.i + 1].text != ",":
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") and g.i < c.i), None)
        if subj is None or c.right_edge.i + 2 != verb.i:
            continue
        if any(p.dep_ == "prep" and p.lower_ in ("in", "during") and subj.i < p.i < c.i and p.right_edge.i == c.i - 1
               and doc[p.i - 1].text == "," and any(o.dep_ == "pobj" and o.lower_ in CHANNEL_NOUNS for o in p.children)
               for p in (*c.children, *subj.children)):
            return c
    return None


def _subject_in_opening_phrase(verb) -> int | None:
    """`In a letter to Senator Mike Lee, the Justice Department said …`: the parser left the verb no subject and made
    the noun phrase right before it, after a comma, an apposition inside the opening phrase; that phrase speaks, not
    the one the letter went to."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "prep" and c.i < verb.i:
            for t in c.subtree:
                if (t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") and (t.right_edge.i == verb.i - 1 or (
                        t.right_edge.i < verb.i and t.ent_type_ not in ("GPE", "LOC", "DATE")
                        and t.head.dep_ == "pobj"  # (a name the parser joined as a conjunct keeps its role)
                        and all(doc[k].text == "," for k in range(t.right_edge.i + 1, verb.i))))
                        and t.left_edge.i > c.i and doc[t.left_edge.i - 1].text == ","):
                    # (a comma the parser hung elsewhere may close it: "with Piers Morgan, the actor, 64, said"; never
                    # a place's state: "the attack in San Bernardino, Calif., showed")
                    return t.i
    return None


#: Prepositions of a verb whose gerund shares the verb's subject ("closed the speech by saying ...", "shifting his
#: focus to defeating Trump and admitting that ..."; not "for": "blamed Trump for saying" is Trump's saying).
GERUND_CLIMB_PREPS = frozenset(("by", "after", "before", "while", "upon", "to"))
#: Prepositions whose object can be the subject of the gerund right after it ("with Maddow asking ...").
GERUND_SUBJECT_PREPS = frozenset(("with", "without", "about"))


#: A dash standing alone between words (not a hyphen): "JUST TOO EARLY - Mark Blumenthal".
DASHES = ("-", "—", "–", "―", "--")
_CLOSING_MARKS = frozenset((",", "”", "’", "''", '"', "'"))


def _titled_name_after_organisation(best, subjects, verb):
    """`"…," said RCN general secretary Pat Cullen`: the parser split the organisation from the title and name after
    it and made both subjects of the verb; the person named right after the organisation's words speaks."""
    if best.i < verb.i or best.pos_ != "PROPN" or best.ent_type_ not in ("ORG", ""):
        return best
    return next((c for c in subjects if c.i > best.i and c.left_edge.i == best.right_edge.i + 1
                 and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and c.left_edge.pos_ != "PROPN"), best)


def _channel_participle_subject(verb) -> int | None:
    """`Speaking at the Hay festival on Saturday, McEwan, 76, told …`: a verb with no subject but a channel participle
    the parser made its clausal subject, with the name hung inside it in apposition: the participle, which
    bot.claims.speakers reads as the one it stands before (its writer)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    part = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i
                 and c.lower_ in CHANNEL_PARTICIPLES), None)
    if part is None or not any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in part.subtree):
        return None
    return part.i


def _trailing_attribution(verb):
    """The name right before a reporting verb after a comma or closing quotation mark, its subject (`Comey cannot
    say that "Q," Lewandowski added`): an attribution of its own that trails the content, not a verb of the
    content that the parser hung under the first one."""
    doc = verb.doc
    for c in verb.children:
        if (c.dep_ == "nsubj" and c.i == verb.i - 1 and c.pos_ == "PROPN" and c.left_edge.i > 0
                and doc[c.left_edge.i - 1].text in _CLOSING_MARKS and reporting_base(verb.text)):
            return c
    return None


def _trailing_name(subj, verb):
    """The name right before the verb that the parser made a conjunct of the subject or its apposition, with a comma
    and no "and" between (`... shifted from Rubio to, now, Cruz, Wilkin said`): the last words of the content end
    in a name, and the one just before the verb says it (a name takes no second name in apposition)."""
    if subj.pos_ != "PROPN" or subj.i > verb.i or any(c.dep_ in ("cc", "preconj") for c in subj.children):
        return subj
    for c in subj.children:
        if (c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c.i + 1 == verb.i and subj.doc[subj.i + 1].text == ","
                and all(t.pos_ == "PROPN" for t in subj.doc[subj.i + 2:c.i + 1])):
            return c
    return subj


def _nearer_conjunct_with_subject(verb):
    """`A group called for a boycott, and the League denounced his rhetoric and said ...`: the parser joined "said"
    to the first verb past a conjunct between them that has a subject of its own; "said" continues that one."""
    return max((c for c in verb.head.children if c.dep_ == "conj" and verb.head.i < c.i < verb.i and is_verb(c)
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), key=lambda c: c.i, default=None)


def _second_clause_subject(subj, verb):
    """`a group of rabbis called for a boycott, and the civil rights organization the Anti-Defamation League
    denounced ... and said`: the parser made the first clause's finite verb a modifier of its subject and joined
    the second subject to it; the subject joined before the verb is the verb's own."""
    if not any(c.dep_ == "acl" and c.tag_ == "VBD" and c.i < verb.i for c in subj.children):
        return subj
    conj = next((c for c in subj.children if c.dep_ == "conj" and subj.i < c.i < verb.i), None)
    if conj is None or not any(c.dep_ == "cc" and subj.i < c.i < conj.i for c in subj.children):
        return subj
    return conj


def _person_after_opening_place(tok):
    """`At Cannes, where the film premiered, Tom Cruise, 62, said …`: the parser took the place of an opening "At" or
    "In" (left with no object) for the subject and hung the name after it in apposition; the name speaks. None when
    `tok` is no such place."""
    doc = tok.doc
    left = tok.left_edge.i
    if tok.ent_type_ == "PERSON" or tok.pos_ != "PROPN" or left == 0 or tok.dep_ != "nsubj":
        return None
    prep = doc[left - 1]
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "in") or any(c.dep_ == "pobj" for c in prep.children):
        return None
    return next((c for c in reversed(list(tok.children)) if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                 and c.i > tok.i and doc[c.left_edge.i - 1].text == ","), None)


def _named_before_aside(tok):
    """The name before an aside between commas that the parser took for a clause of its own, its first word the
    clause's head: "Dr Emma Stone, lead author of the study, said" ("lead" taken for a verb, or an adjective with
    a subject, whose subject is Stone, hung on "said" as its subject or as a clause before it). None when `tok` is
    no such clause."""
    if tok.i < 2 or tok.dep_ not in ("ccomp", "nsubj"):
        return None
    doc = tok.doc
    name = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    end = tok.right_edge.i if doc[tok.right_edge.i].text == "," else tok.right_edge.i + 1  # the closing comma
    if (name is None or name.pos_ != "PROPN" or doc[tok.i - 1].text != "," or name.right_edge.i > tok.i - 1
            or any(doc[k].text == "," for k in range(name.i + 1, tok.i - 1))
            or end >= len(doc) or doc[end].text != ","):
        return None
    return name


def _spaced_dash(tok) -> bool:
    """A dash with a space on either side (`- addressed to ... -`), not a hyphen."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _name_before_apposed_subject(best, subjects, verb):
    """`OceanGate, the company that operated the vessel, said`: the parser made the description between commas a
    second subject of the verb; it is the name's apposition, and the name before it speaks."""
    doc = best.doc
    if best.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in best.children):
        return best
    lo, hi = best.left_edge.i, best.right_edge.i
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    if lo < 2 or doc[lo - 1].text != "," or hi + 2 != verb.i or doc[hi + 1].text != ",":
        return best
    name = next((c for c in subjects if c.pos_ == "PROPN" and c.right_edge.i == lo - 2 and c.i < lo), None)
    return name if name is not None else best


def _past_dash_aside(subj, verb, frame: Frame | None = None):
    """The subject after an aside between dashes that ends with a name (`In the letter - addressed to the U.S.
    attorney, Channing D. Phillips - the Utah Republican asks ...`): the parser made the aside's last name the
    subject and the real one its apposition."""
    doc = subj.doc

    def dashed(lo: int, hi: int) -> bool:  # a spaced dash in [lo, hi); with a frame, its index of them
        if frame is not None:
            return frame.any_between("spaced dashes", _spaced_dash, lo, hi)
        return any(_spaced_dash(doc[k]) for k in range(lo, hi))

    if not dashed(frame.sent_bounds(subj.i)[0] if frame is not None else subj.sent.start, subj.i):
        return subj
    for c in subj.children:
        if (c.dep_ == "appos" and subj.i < c.i < verb.i and any(g.dep_ == "det" for g in c.children)
                and dashed(subj.i + 1, c.left_edge.i)):
            return c
    return subj


def _aged_subject(verb) -> int | None:
    """"The 28-year-old added that ...": the parser, with no subject for the verb, hangs the age on it as a modifier;
    the age is the one who speaks."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "amod" and c.i < verb.i and year_old(c):
            return c.i
    return None


def org_acronym(tok) -> bool:
    """An organisation's acronym the tagger may take for a word ("WHO" for "who"): upper case, three letters or more,
    tagged as an organisation."""
    return tok.ent_type_ == "ORG" and tok.text.isupper() and len(tok.text) > 2


def year_old(tok) -> bool:
    """Is `tok` the "old" of an age ("71-year-old": "old" over "year" over a number)?"""
    return tok.lower_ == "old" and any(c.lower_ == "year" and any(n.like_num for n in c.children) for c in tok.children)


def quoted_as(verb) -> tuple[int | None, int | None]:
    """For a participle in "quoted X as saying ..." (words/quoting_verbs.txt): the one quoted (the object, or the
    subject of "X was quoted as saying") and the active subject that quoted them ("state media"), else Nones."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.dep_ != "prep":
        return None, None
    quoting = verb.head.head
    if quoting.lower_ not in QUOTING_FORMS or quoting.pos_ not in ("VERB", "AUX"):
        return None, None
    objs = [c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass") and c.i < verb.head.i]
    source = next((c.i for c in quoting.children if c.dep_ == "nsubj"), None)
    if source is None:  # "was quoted by state news agency IRNA as saying", "was quoted as saying by TASS"
        source = next((g.i for c in (*quoting.children, *verb.children) if c.dep_ == "agent" or c.dep_ == "prep"
                       and c.lower_ == "by" and c.head.i == verb.i for g in c.children if g.dep_ == "pobj"), None)
    return (objs[0].i if len(objs) == 1 else None), source


def _gerund_subject(verb) -> int | None:
    """The subject of a gerund the parser hangs beside its own subject: "the interview ended with Maddow asking
    whether ...", "Williams will talk about Pope Francis calling Christmas a sham": the object of the
    preposition right before the gerund asks or calls, not the subject of the main verb."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    obj = prev if prev.dep_ == "pobj" else None
    if obj is None or obj.head.lower_ not in GERUND_SUBJECT_PREPS or obj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return obj.i


def _recorded_subject(verb) -> int | None:
    """The one recorded, right before a participle the parser hung on the verb of playing or showing ("The presenter
    played a clip of his deputy, Angela Rayner, saying the cap was cruel", "Fox News aired footage of Biden saying
    …"; words/recording_nouns.txt): the one in the recording says it, never the one who plays it."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i < 3:
        return None
    doc = verb.doc
    k = verb.i - 1 - (doc[verb.i - 1].text == ",")
    t = doc[k]
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in RECORDING_NOUNS:
            named = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i == k), None)
            if t.right_edge.i != k or (named is None) == (k < verb.i - 1):
                return None  # (after a comma, only a name in apposition: "footage of the rally, saying" is the airer's)
            one = named or t
            if one.pos_ not in ("NOUN", "PROPN") or one.lower_ in THINGS or one.lower_ in EVENT_NOUNS or one.ent_type_ in (
                    "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "WORK_OF_ART"):
                return None  # a thing recorded ("a clip of the speech saying"), no one
            return one.i
        if t.dep_ not in ("appos", "compound", "flat") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _relative_clause_participle(verb) -> int | None:
    """The subject of a "where" clause that a participle after a comma closes ("Clinton spoke near the casino,
    where about 50 protesters had gathered, chanting "Q""): the parser hangs the participle on the main verb, but
    the ones gathered at the place chant, not Clinton. (Other relative clauses leave the participle to the main
    subject: "Clinton spoke in the hall that Cole had booked, saying ...".)"""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.i > verb.i:
        return None
    prev = verb.doc[verb.i - 2]
    clause = next((a for a in [prev, *prev.ancestors] if a.dep_ == "relcl"), None)
    if (clause is None or not head.i < clause.i < verb.i or head not in clause.ancestors
            or not any(c.lower_ == "where" for c in clause.children)):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj.i


def _controlling_object(verb) -> int | None:
    """The object of a causative verb above an infinitive cue ("the victory led Priebus to declare ...", "they
    urged Hollis to say ..."): the one led or urged to speak speaks, not the subject that led or urged."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head is verb or verb.head.lower_ not in CAUSATIVE_FORMS:
        return None
    return next((c.i for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _perceived_subject(verb) -> int | None:
    """The one watched or heard, before a bare verb the parser joined to "watch/see/hear" with no "and" ("voters
    are watching a member of the establishment, Hillary Clinton, argue that ..."): that one argues, not the voters."""
    head = verb.head
    if (verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or head.lower_ not in PERCEPTION_FORMS
            or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    if obj is None:
        return None
    name = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i), obj)
    return head_of_name(name)


def _conjunct_own_subject(verb) -> int | None:
    """A second clause with its own auxiliary, or its own finite verb, whose subject the parser joined to the
    first clause's object ("the Post will brand you a liar and NBC News will accuse you of ...", "charged the
    officer with murder and Okafor fired ..."): the name right before the auxiliary or verb is its subject,
    not the first clause's subject."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux and verb.tag_ not in FINITE_TAGS:
        return None
    # "prosecutors charged the officer with murder and Emanuel fired his chief, acknowledging ...": a finite
    # verb right after the name is that name's too
    k = min(c.i for c in aux) - 1 if aux else verb.i - 1
    if k <= verb.head.i:
        return None
    name = verb.doc[k]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or not aux and (name.ent_type_ not in ("PERSON", "ORG") or name.head.i <= verb.head.i):
        return None
    return head_of_name(name)


#: Words that open a clause of time or cause which the parser can take for a preposition ("after its largest
#: investor, the Saudi National Bank, said ...").
CLAUSE_PREPS = frozenset(("after", "before", "until", "since"))


def _subject_taken_for_object(verb) -> int | None:
    """"Credit Suisse shares plunged after its largest investor, the Saudi National Bank, said it would not ...": the
    parser read "after" as a preposition, its subject as the object, and joined "said" to the main verb with no
    "and" (it was "Credit Suisse shares"); the object that ends right before the verb, past a comma, is its subject."""
    if (verb.dep_ != "conj" or verb.head.i > verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children)
            or any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)):
        return None
    doc = verb.doc
    for p in verb.head.children:
        if p.dep_ != "prep" or p.lower_ not in CLAUSE_PREPS or not verb.head.i < p.i < verb.i:
            continue
        obj = next((g for g in p.children if g.dep_ == "pobj"), None)
        end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
        if obj is not None and obj.right_edge.i + 1 == end and obj.pos_ in ("NOUN", "PROPN"):
            return obj.i
    return None


def _subject_joined_to_object(verb) -> int | None:
    """A clause's subject the parser joined to the object of the phrase before it ("Without Mr. Ailes guiding
    the network, conservatives and Republican politicians are left wondering ..."): the nouns between the comma
    and the verb's auxiliary are its subject, when the verb has no subject of its own."""
    if verb.dep_ not in ("ROOT", "ccomp") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux:
        return None
    doc = verb.doc
    k = min(aux) - 1
    comma = next((j for j in range(k - 1, max(verb.sent.start, k - 8) - 1, -1) if doc[j].text == ","), None)
    if comma is None or doc[k].dep_ != "conj" or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    first = doc[comma + 1]
    while first.i < k and first.dep_ in ("amod", "compound", "det"):
        first = doc[first.i + 1]
    if first.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or first.head.i >= comma:
        return None
    return head_of_name(first)


def head_of_name(tok) -> int:
    """The head token of the name a token is part of ("Bill" in "Bill Maher" -> "Maher")."""
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    return tok.i
