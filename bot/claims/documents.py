"""Stage 5c (coreference): a document as speaker resolves to its owner, with evidence only.

"The report said", "the statement added", "the letter ... said", "it said" (of a statement just
read) are claims of whoever issued, wrote, signed or led that document. The owner is taken from
evidence in the text, nearest first:

  1. the document's own phrase: "X's report", "a report by X", "figures from X", "the letter,
     signed by X,", "the study, led by X", "a statement on behalf of X", and a name that issued it
     ("X issued a statement saying", "X ran a piece that noted");
  2. a claim made through a document of the same kind in the same or the previous paragraph
     ("X said in a statement ... the statement said");
  3. another mention of the same document (same noun) within a few paragraphs that has (1).

Without evidence the document stays as the article wrote it ("a new poll", "the report"),
as a source in its own right. The nouns and verbs are data (`words/document_nouns.txt`, `authorship_verbs.txt`).
"""
from __future__ import annotations

from bot.claims.cues import subject_of
from bot.claims.frames import Frame
from bot.claims.lexicon import (AUTHORSHIP_FORMS, CHANNEL_NOUNS, GROUP_NOUNS, OFFICIAL_NOUNS, ORG_NOUNS, SENDING_FORMS,
                                SPOKES_NOUNS, forms_table, reporting_base)
from bot.claims.resolve import Registry, Resolved, resolve
from bot.claims.speakers import COMMISSIONED_NOUNS, SpeakerRef, speaker_ref
from bot.claims.validate import DOCUMENT_NOUNS, is_valid_speaker

#: How far (in paragraphs) another mention of the same document may be.
LOOKBACK_PARAS = 3
LOOKAHEAD_PARAS = 1
#: ... and never more than this many tokens away (a run-on "paragraph" of a megabyte stays linear).
MAX_SCAN_TOKENS = 1500
_OWNER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: Prepositions by which a document is the channel of a reporting verb ("said in a statement", "through a
#: letter"); not "to" ("pointed to a poll that shows": the poll is not the pointer's).
SPOKEN_THROUGH = frozenset(("in", "through", "via"))


def document_noun(word: str) -> str | None:
    """The document noun (singular) a word names, or None."""
    low = word.lower()
    for w in (low, low[:-1] if low.endswith("s") else low):
        if w in DOCUMENT_NOUNS or w in CHANNEL_NOUNS:
            return w
    return None


def _base(tok, noun) -> str | None:
    """Base form of an authorship verb token (our own table: the lemmatizer is off) for the document `noun`. Who
    commissioned a poll or a survey owns it ("a poll commissioned by CNN"), never a report, a review or a study
    ("A review commissioned by the Home Office found ...": the reviewers' findings, not the Home Office's)."""
    base = AUTHORSHIP_FORMS.get(tok.lower_)
    if base == "commission" and noun.lower_ not in COMMISSIONED_NOUNS:
        return None
    return base


def _agent(verb):
    """Who did it: "written by X"; for a verb of sending, also "sent from X"."""
    preps = ("by", "from") if verb.lower_ in SENDING_FORMS else ("by",)
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in preps):
            for g in c.children:
                if g.dep_ == "pobj":
                    return _named(g)
    return None


#: Common nouns that issue documents themselves ("the group is running ads", "his campaign sent out a text").
_ISSUING_NOUNS = ORG_NOUNS | GROUP_NOUNS | OFFICIAL_NOUNS | SPOKES_NOUNS


def _issuer(c, frame: Frame) -> bool:
    """Can the subject `c` of a verb that issued a document be its owner: a name, or an organisation, group or
    official named by a common noun ("the group", "his campaign"; resolved later as any speaker is)?"""
    return frame.tok_quote[c.i] < 0 and (c.pos_ == "PROPN" or c.ent_type_ in _OWNER_LABELS
                                         or c.pos_ == "NOUN" and c.lower_ in _ISSUING_NOUNS)


def _behalf_of(tok):
    """`on behalf of X` among tok's children: X."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for b in c.children:
                if b.lower_ == "behalf":
                    for of in b.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            for g in of.children:
                                if g.dep_ == "pobj":
                                    return g
    return None


def _named(tok):
    """The name in apposition to a description ("the market research firm Marketline"), else the token."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
    return tok


def _maker_after_object(frame: Frame, tok):
    """`A survey of 2,000 adults by YouGov`, `An analysis of Home Office data by the Refugee Council`: the maker the
    parser hung on the object of the document's "of", when it is a name (never "data from X": where the data came
    from; nor "a review of complaints by residents")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
            for o in c.children:
                for b in o.children:
                    if o.dep_ == "pobj" and b.dep_ == "prep" and b.lower_ == "by":
                        g = next((g for g in b.children if g.dep_ == "pobj" and frame.tok_quote[g.i] < 0), None)
                        if g is not None and (g.pos_ == "PROPN" or g.ent_type_ in _OWNER_LABELS):
                            return g  # a name only: "a review of complaints by residents" is the residents'
    return None


def owner_token(frame: Frame, tok, verb_subject: bool = True):
    """The token naming the owner of the document `tok`, from its own phrase and clause (`verb_subject`:
    also the named subject of the verb that issued it, "X issued a statement")."""
    for c in tok.children:
        if c.dep_ == "poss" and (c.ent_type_ in _OWNER_LABELS or c.pos_ == "PROPN"):
            return c
    behalf = _behalf_of(tok)
    if behalf is not None:
        return behalf
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for g in c.children:
                if g.dep_ == "pobj" and frame.tok_quote[g.i] < 0:
                    return _named(g)
        if c.dep_ in ("acl", "relcl") and _base(c, tok):
            agent = _agent(c)
            if agent is not None:
                return agent
    by = _maker_after_object(frame, tok)
    if by is not None:
        return by
    head = tok.head
    if verb_subject and tok.dep_ == "pobj" and head.lower_ in SPOKEN_THROUGH and head.dep_ == "prep":
        # "X said in a statement that ...": the document is the channel of X's claim, so X's (when X is
        # a name: "the party warned in its report" is left to the description's own resolution)
        verb = head.head
        if verb is not head and reporting_base(verb.text) and verb.pos_ in ("VERB", "AUX"):
            subj = subject_of(verb, frame)
            if subj is not None and frame.tok_quote[subj] < 0 and (
                    frame.doc[subj].pos_ == "PROPN" or frame.doc[subj].ent_type_ in _OWNER_LABELS):
                return frame.doc[subj]
    if tok.dep_ in ("dobj", "nsubjpass") and head is not tok:
        behalf = _behalf_of(head)  # "X read a statement on behalf of Y"
        if behalf is not None:
            return behalf
        if tok.dep_ == "nsubjpass" and _base(head, tok):  # "the report was written by X"
            return _agent(head)
        if tok.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "advcl" and _base(head, tok):
            # "Giving the lead judgment, X said": the subject of the clause it hangs off
            for c in head.head.children:
                if c.dep_ == "nsubj" and frame.tok_quote[c.i] < 0:
                    return c
        if verb_subject and tok.dep_ == "dobj" and head.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VBN") and _base(head, tok):
            # "X issued a statement saying ...", "X is releasing an ad", "the group ran a piece that noted ...":
            # the verb's subject, when it is a name or an issuing body ("his office put out a statement": his
            # office, resolved as a speaker is)
            for c in head.children:
                if c.dep_ == "nsubj" and _issuer(c, frame):
                    return c
    return None


def _resolve_owner(frame: Frame, reg: Registry, tok, prev) -> Resolved | None:
    ref = speaker_ref(frame, tok.i)
    if ref is None or (document_noun(frame.doc[ref.head].text) and not ref.named):
        return None  # another document ("the report's letter"), but a name may end in one ("The Washington Post")
    r = resolve(frame, reg, ref, prev)
    return r if r.name and is_valid_speaker(r.name, r.kind) else None


def document_owner(frame: Frame, reg: Registry, ref: SpeakerRef, earlier: list[tuple[int, str, Resolved]],
                   prev=()) -> Resolved | None:
    """The owner of the document that `ref` (a speaker such as "the report") names, or None."""
    doc = frame.doc
    tok = doc[ref.head]
    noun = document_noun(tok.text)
    if noun is None or ref.pronoun:
        return None
    own = owner_token(frame, tok)
    if own is not None:
        r = _resolve_owner(frame, reg, own, prev)
        if r is not None:
            return r
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "the campaign's statement": its owner is written there, as a description
    here = tok.idx
    para = frame.tok_para[tok.i]
    first_char = frame.para_bounds[max(0, para - 1)][0]
    for start, via, resolved in reversed(earlier):  # "X said in a statement ..." just before
        if first_char <= start < here and via and noun in via.lower().replace("’", " ").split():
            return resolved
    lo = frame.para_bounds[max(0, para - LOOKBACK_PARAS)][0]
    hi = frame.para_bounds[min(len(frame.para_bounds) - 1, para + LOOKAHEAD_PARAS)][1]
    lo_t = max(frame.token_at(lo), tok.i - MAX_SCAN_TOKENS)
    hi_t = min(len(doc), frame.token_at(hi) + 1, tok.i + MAX_SCAN_TOKENS)
    others = [t for t in doc[lo_t:hi_t] if t.i != tok.i and frame.tok_quote[t.i] < 0 and document_noun(t.text) == noun]
    if tok.tag_ == "NNS" and not any(c.i < tok.i for c in tok.children):
        others = []  # "Polls show ...": polls in general, not the ones someone ran a paragraph before
    if any(c.ent_type_ == "DATE" and c.dep_ != "poss" for c in tok.lefts):
        others = []  # "A Sept. 15, 2011 email shows ...": one of its own date, not "an email from X" named before
    others.sort(key=lambda t: (t.i > tok.i, abs(t.i - tok.i)))  # earlier ones first, nearest first
    for t in others:
        own = owner_token(frame, t, verb_subject=t.i < tok.i)  # a later "X signed a letter" may be another letter
        if own is not None:
            r = _resolve_owner(frame, reg, own, prev)
            if r is not None:
                return r
    if _names_its_own(tok):
        return None  # "an NBC report": the name it carries says whose (resolved as the speaker itself)
    sender = _sender_by_verb(frame, noun, lo_t, tok.i)
    return _resolve_owner(frame, reg, sender, prev) if sender is not None else None


def _names_its_own(tok) -> bool:
    """Does a document's phrase carry a name before its noun ("an NBC report", "the Fox poll")?"""
    return any(c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_) for c in tok.children)


def _sender_by_verb(frame: Frame, noun: str, lo: int, hi: int):
    """The subject of the verb the document's noun makes, last before token `hi` ("X emailed supporters ... The email
    goes on to say", "X tweeted ... the tweet"): whoever emailed wrote the email."""
    if reporting_base(noun):
        return None  # "X reported ...", "Y noted ...": a verb of saying, not of sending that document
    forms = set(forms_table((noun,))) - {noun, noun + "s"}
    doc = frame.doc
    for i in range(hi - 1, lo - 1, -1):
        t = doc[i]
        if t.lower_ in forms and t.pos_ == "VERB" and frame.tok_quote[i] < 0:
            return next((c for c in t.children if c.dep_ == "nsubj" and _issuer(c, frame)), None)
    return None


#: How many words outside quotation marks "it said" looks back for a document.
IT_LOOKBACK_WORDS = 40


def document_before(frame: Frame, tok_i: int):
    """The nearest document noun before token `tok_i` ("it said" of a statement just read): words
    inside quotation marks are passed over; at most IT_LOOKBACK_WORDS other words back, never
    further than the previous paragraph."""
    doc = frame.doc
    para = frame.tok_para[tok_i]
    seen = 0
    for i in range(tok_i - 1, -1, -1):
        if frame.tok_para[i] < para - 1 or seen >= IT_LOOKBACK_WORDS:
            break
        if frame.tok_quote[i] >= 0:
            continue
        seen += 1
        t = doc[i]
        if t.pos_ in ("NOUN", "PROPN") and document_noun(t.text) and not _bare_after_preposition(t):
            return t
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lower_ in SENDING_FORMS:
            return None  # "Lopez posted a cryptic quote on Instagram. "…," it read.": what was just put out, no
            # document named before it
    return None


def _bare_after_preposition(t) -> bool:
    """A document's noun with nothing before it after a preposition ("are under investigation", "in response"): a
    state or a manner, no document that "it" could take up."""
    return (t.dep_ == "pobj" and t.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod") for c in t.children))
