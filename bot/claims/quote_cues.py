"""Stage 3, second pass: the cue of a quotation no reported clause claimed.

For each such quotation, the nearest reporting verb in the text around it within the same
sentence (`"Q," said X` / `X said: "Q"`), a channel phrase (`In an interview with Reuters,
X ...`), a colon introduction, a dash byline, else the named subject of the clause the quotation stands in
(`"Q," Oliver barked`), a signature line under a pull quote (`"Q.⏎- Dean Baker."`); plus the test for
quoted titles and terms.
"""
from __future__ import annotations

import re

from bot.claims.cues import (
    DASHES,
    FINITE_TAGS,
    MIN_DIRECT_WORDS,
    OBJECT_DEPS,
    SENT_END,
    WORD,
    head_of_name,
    is_verb,
    subject_of,
)
from bot.claims.clauses import RETORT_FORMS
from bot.claims.frames import Frame
from bot.claims.lexicon import (REFUSAL_VERBS, ADDRESSEE_FORMS, AUDIENCE_NOUNS, CHANNEL_NOUNS, CLAIM_NOUNS, EXPERIENCER_FORMS, HONORIFICS, ORG_NOUNS,
                                NAMING_VERBS, PEOPLE_NOUNS, READING_FORMS, READING_NOUNS, SPOKES_NOUNS, TITLE_CUES,
                                UTTERANCE_NOUNS, forms_table, quote_verb_base, reporting_base, word_set)
from bot.claims.speakers import POSTING_FORMS, is_name_word
from bot.claims.validate import DOCUMENT_NOUNS


def is_title_like(frame: Frame, qi: int) -> bool:
    """Quoted title, name, term or scare quote rather than someone's words."""
    q = frame.quotes[qi]
    inner = frame.text[q.inner_start:q.inner_end].strip()
    words = WORD.findall(inner)
    if len(words) < MIN_DIRECT_WORDS:
        return True
    before = frame.text[max(0, q.start - 30):q.start].lower()
    prev_words = WORD.findall(before)[-2:]
    if any(w in TITLE_CUES for w in prev_words):
        return True
    return len(words) <= 8 and titled_quote(frame, qi)


_LINE_WORDS = re.compile(r"[^\W_][\w'’]*")
#: How far around a quotation its line is read (a headline is shorter; a longer line is running text anyway).
_LINE_REACH = 300


def titled_quote(frame: Frame, qi: int) -> bool:
    """Are a quotation's words title-cased, as a title's are ("The Art of the Deal"), in a line that is not
    title-cased itself? In a headline (`Issa: Clinton's "Honesty Is In Question"`) the capitals are its style."""
    q, text = frame.quotes[qi], frame.text
    inner = text[q.inner_start:q.inner_end].rstrip(",.!?… ")
    if ", " in inner or not title_case(_LINE_WORDS.findall(inner)):
        return False  # (a pause is a speaker's: "Bernie or Jill, No Hill")
    if _spoken_title_case(frame, qi):
        return False
    lo = text.rfind("\n", max(0, q.start - _LINE_REACH), q.start) + 1 or max(0, q.start - _LINE_REACH)
    hi = text.find("\n", q.end, q.end + _LINE_REACH)
    line = _LINE_WORDS.findall(text[lo:q.start] + " " + text[q.end:hi if hi >= 0 else q.end + _LINE_REACH])
    label = len(line) == 1 and line[0][:1].isupper() and text[lo:q.start].rstrip().endswith(":")  # `Kasich: "We …"`
    return not (label or len(line) >= 2 and title_case(line))


#: Particles between a verb of speech and the colon that opens its quotation ("shot back:", "cut in:").
_VERB_PARTICLES = frozenset(("back", "in", "up", "out"))


def _spoken_title_case(frame: Frame, qi: int) -> bool:
    """Is a quotation in title case marked as spoken by the verb around it: a verb before a colon opening it (`Trump
    shot back: "Only Rosie O'Donnell."`), or a verb of speech right after its closing comma (`"Only Rosie O'Donnell,"
    Trump said`)? A title is named, never introduced so ("his book, "The Art of the Deal," sold")."""
    q, doc = frame.quotes[qi], frame.doc
    first = frame.token_at(q.start)
    k = first - 1
    if k >= 1 and doc[k].text == ":":
        k -= 1
        if k >= 1 and doc[k].lower_ in _VERB_PARTICLES:
            k -= 1
        return doc[k].tag_ in ("VBD", "VBZ", "VBP") and frame.tok_quote[k] < 0
    inner = frame.text[q.inner_start:q.inner_end].rstrip()
    if not inner.endswith(","):
        return False
    last = frame.token_at(max(q.start, q.end - 1))
    for j in range(last + 1, min(len(doc), last + 6)):
        if doc[j].is_punct or frame.tok_quote[j] >= 0:
            return False
        if is_verb(doc[j]) and quote_verb_base(doc[j].text):
            # a tag of its own: a finite verb with its subject beside it and no content of its own after it (never
            # `on ABC's "This Week," Carson admitted that …`, `the show "The Apprentice," said in an interview that …`)
            verb = doc[j]
            # (`entitled "Mr. Sanders Is Not a Brave Truth-Teller," when it posted`: no subject there but "it")
            nsubj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > last), None)
            subj = nsubj is not None and (nsubj.i == j + 1 if j == last + 1 else
                                          nsubj.left_edge.i == last + 1 and nsubj.right_edge.i == j - 1)
            own = any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") and c.i > j for c in verb.children)
            return verb.tag_ in ("VBD", "VBZ", "VBP") and subj and not own
    return False


#: Short words a title leaves in lower case ("Guardians of the Galaxy").
_TITLE_SMALL_WORDS = frozenset(("of", "the", "a", "an", "and", "or", "but", "in", "on", "for", "to", "at", "by", "with",
                                "from", "into", "as", "vs"))


def title_case(words: list[str]) -> bool:
    """`Guardians of the Galaxy`, `Peace Through Strength`: most words capitalised."""
    if len(words) >= 2:
        caps = sum(1 for w in words if w[0].isupper() or w.isdigit())
        small = sum(1 for w in words if w.lower() in _TITLE_SMALL_WORDS and not w[0].isupper())  # "On" counts once
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


#: Verbs of answering someone else's words (words/response_verbs.txt).
RESPONSE_VERBS = word_set("response_verbs")

#: Words opening a sentence that names, after a quotation, who said it: "That is how Maria Lopez describes ...".
_HOW_OPENERS = (("that", "is", "how"), ("that", "'s", "how"), ("that", "’s", "how"), ("this", "is", "how"),
                ("that", "was", "how"))


def _how_described(frame: Frame, after: list[int]) -> tuple[int, int, str] | None:
    """(cue, subject, cue text) of a sentence right after a quotation that says whose words they were: `"It felt like
    the end of the world." That is how Maria Lopez, 61, describes the night ...`."""
    doc = frame.doc
    if len(after) < 5 or tuple(doc[k].lower_ for k in after[:3]) not in _HOW_OPENERS:
        return None
    for k in after[3:]:
        t = doc[k]
        if is_verb(t) and reporting_base(t.text) or t.lower_ in ("put", "puts", "sums", "summed"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
                return None
            return k, subj.i, t.text
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return None
    return None


def _in_the_words_of(tok) -> int | None:
    """The one whose words a quotation is in "in the words of X", "in X's words", "in his words" (`tok`: "words"),
    if the parse has them."""
    doc = tok.doc
    if tok.lower_ != "words" or tok.i < 2:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is not None and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.i == owner.left_edge.i - 1:
        return owner.i  # "In Sanders's words, the system is "rigged"", "in his own words"
    if doc[tok.i - 1].lower_ != "the" or doc[tok.i - 2].lower_ != "in":
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj.i if obj is not None else None


def _according_to_object(tok) -> int | None:
    """The token after "according to" ("according to *officials*"), if the parse has one."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return pobj.i if pobj is not None else None


#: Closing marks left after a quotation that ends with one nested in it (`''... yell, 'China bad.''' But`).
STRAY_CLOSERS = frozenset(("'", "’", "''", '"', "”"))


def _silent(frame: Frame, verb) -> bool:
    """A reporting verb after a quotation that says someone did not speak (`"Lock him up." Trump has not commented
    on it.`, `He did not comment further.`, `Its owner declined to comment.`): no attribution of the quotation."""
    return (any(c.dep_ == "neg" and frame.tok_quote[c.i] < 0 for c in verb.children)  # (not `"Absolutely not," he said`)
            or verb.dep_ == "xcomp" and verb.head.lower_ in REFUSAL_VERBS)


def _quote_cue(frame: Frame, qi: int) -> tuple[int | None, int | None, str | None]:
    doc = frame.doc
    q = frame.quotes[qi]
    first = frame.token_at(q.start)
    last = frame.token_at(max(q.start, q.end - 1))
    para = frame.tok_para[first]
    inner = frame.text[q.inner_start:q.inner_end].rstrip()
    ends_sentence = inner[-1:] in SENT_END if inner else False
    # after the quote: up to the end of the sentence, another quote or the paragraph
    after: list[int] = []
    j = last + 1
    while j < len(doc) and frame.tok_para[j] == para and not _line_break_before(doc, j):
        if frame.tok_quote[j] >= 0:
            if not (after and _term_in_clause(frame, frame.tok_quote[j])
                    and not any(doc[k].tag_ in FINITE_TAGS for k in after)):
                break
            j += 1  # `"Q," Bill Eastland, wearing "Ted Cruz" pins, said.`: a quoted term inside the clause
            continue
        t = doc[j]
        if t.text in SENT_END or (t.text in ":;" and after):
            break
        after.append(j)
        j += 1
        if len(after) > 25:
            break
    while after and doc[after[0]].text in STRAY_CLOSERS:
        after = after[1:]  # a quotation ending with one nested in it: the nested one's own closing mark
    if after and ends_sentence and not _starts_lower(doc[after[0]]):
        how = _how_described(frame, after)
        if how is not None:
            return how  # `"Q." That is how Maria Lopez describes the night ...`
        # `"Q!" US Senator Jeff Sessions said as he ...`: keep only a short attribution clause
        head = after[:8]
        if not any(quote_verb_base(doc[k].text) and is_verb(doc[k]) and k == head[-1] or
                   quote_verb_base(doc[k].text) and is_verb(doc[k]) and doc[k].dep_ in ("ROOT", "parataxis") for k in head):
            after = []
        elif any(reporting_base(doc[k].text) and is_verb(doc[k]) and (
                _own_content(frame, doc[k]) or _own_thing(frame, doc[k]) and _continues_quote(frame, qi)) for k in head):
            # `"Q." Kasich said he would have fired him.`: a new sentence reporting its own content; `"Q1," said Tom
            # Fletcher. "Q2." Network Rail later blamed a fault with overhead wires.`: after a quotation that goes on
            # with the one before, a new sentence about a thing of its own (not `"Q." Tom Fletcher described the
            # scene.`)
            after = []
        elif any(reporting_base(doc[k].text) in RESPONSE_VERBS and is_verb(doc[k]) for k in head):
            # `"This is the best deal we could get." Critics disagree.`: a sentence answering the quotation
            after = []
    before: list[int] = []
    j = first - 1
    while j >= 0 and frame.tok_para[j] == para and frame.tok_quote[j] < 0 and not _line_break_before(doc, j + 1):
        t = doc[j]
        if t.text in SENT_END and not _abbreviation_point(doc, j):
            break
        before.append(j)
        j -= 1
        if len(before) > 60:
            break
    if (after and ends_sentence and len(before) >= 2 and doc[before[0]].text in ",:" and is_verb(doc[before[1]])
            and reporting_base(doc[before[1]].text) and not _in_noun_slot(doc[before[1]])):
        # `On Monday, Labott tweeted, "Q." This sort of opining, CNN claimed, ...`: a whole sentence quoted right
        # after its reporting verb; the words after it start another sentence (its last mark is missing)
        after = []
    if (after and ends_sentence and before and _is_colon(doc[before[0]]) and not _starts_lower(doc[after[0]])
            and any(reporting_base(doc[k].text) and is_verb(doc[k]) and _own_object(frame, doc[k]) for k in after)):
        # `... voiced in his famous demand in Berlin: "Mr. Gorbachev, tear down this wall!" Conservatives still
        # praise his refusal ...`: a sentence quoted after its own colon; the next sentence's verb reports
        # something of its own
        after = []
    if after and before and doc[before[0]].text in DASHES and doc[after[0]].text in DASHES and _own_subject(doc, after):
        # `O'Malley lamented her gaffes - "does she have to keep giving them ammunition?" - Democrats who watched
        # said …`: words set between dashes belong to the clause before the first dash (`clause_subject`), not to
        # a clause of another subject resumed after the second (`Elkins had served in Vietnam - "13 months in
        # living hell" - and said …` goes on with Elkins)
        after = []
    if after and doc[after[0]].text in DASHES and len(after) > 1:
        # `"Q." ― Sonya Herridge`: a byline-style attribution after a dash
        k = after[1]
        if doc[k].lower_ == "the" and len(after) > 2:
            k = after[2]  # `"Q." — the ACLU`
        if doc[k].pos_ == "PROPN" or doc[k].ent_type_ in ("PERSON", "ORG"):
            j = k
            while (doc[j].dep_ in ("compound", "nmod", "poss") and j < doc[j].head.i <= after[-1]
                   and doc[j].head.pos_ == "PROPN"):
                j = doc[j].head.i  # `― ACLU executive director Anthony Romero`: the name the organisation modifies
            while j + 1 <= after[-1] and doc[j + 1].pos_ == "PROPN" and doc[j + 1].head.i != j:
                j += 1
            while j + 1 <= after[-1] and doc[j + 1].pos_ == "PROPN":
                j += 1
            return after[0], j, "―"
    owner = _owner_of_quoted_utterance(frame, first, last)
    if owner is not None:
        return None, owner, None  # `Obama's "Q" promise`: never "promise" read as the reporting verb
    for idx in after:
        t = doc[idx]
        written = _written_subject(t)
        if written is not None:
            return idx, written, t.text
        if (quote_verb_base(t.text) and (is_verb(t) or _verb_tagged_noun(doc, idx)) and not _in_noun_slot(t)
                and not _introduces_next_quote(frame, t, qi) and not _when_asked(t) and not _later_event(frame, t)
                and not _silent(frame, t)):
            subj = subject_of(t, frame)
            if subj is None:
                subj = _reduced_relative_subject(t, after)
            if subj is None:
                subj = _nearby_noun(frame, after, idx)
            return idx, subj, t.text
        if t.lower_ == "according":
            return idx, _according_to_object(t), "according to"
        words_of = _in_the_words_of(t)
        if words_of is not None:
            return idx, words_of, "in the words of"
    if before and _is_colon(doc[before[0]]):
        # `Pollsters agree - Carl Bialik: "Q"`: a source label after a dash, not the heading's verb
        label = _dash_label(frame, before)
        if label is not None:
            return before[0], label, ":"
    for idx in before:  # nearest first
        t = doc[idx]
        if is_verb(t) and (quote_verb_base(t.text) and not _in_noun_slot(t) and not _subordinate_report(t, q.start)
                           and not _when_asked(t) and not _joined_with_own_object(frame, t, before) or _puts_it(t)):
            subj = subject_of(t, frame)
            if subj is None:
                subj = _as_object(t)
            if subj is None:
                # `Prince William, the RNLI's president, posted on social media: "Q"` with "posted" read as a
                # participle on the name: the name, never the description nearest the verb
                subj = _reduced_relative_subject(t, before)
                if subj is not None and (doc[subj].pos_ != "PROPN" or t.lower_ in NAMING_VERBS):
                    subj = None  # (only a name: "a culture called "The HP Way"" names, "a group's dictum" is no one)
            if subj is None:
                subj = _nearby_noun(frame, before, idx)
            return idx, subj, t.text
        if t.lower_ == "according":
            return idx, _according_to_object(t), "according to"
        words_of = _in_the_words_of(t)
        if words_of is not None:
            return idx, words_of, "in the words of"
    if not after:
        sig = _signature(frame, qi)
        if sig is not None:
            return sig
    intro = _channel_intro(frame, before)
    if intro is not None:
        return intro
    if before and not after and all(doc[k].text in BULLETS for k in before):
        first, before = before[-1], []  # "- "We will cut waiting lists."": an item of a list of quotations
    if not before and first > 0 and frame.tok_para[first - 1] == para - 1:
        # a paragraph that is all quote after one ending with a colon ("Stated Stone:", "said in a statement:")
        cue = _colon_intro(frame, first)
        if cue is not None:
            return cue
    if before and _is_colon(doc[before[0]]):
        return _colon_speaker(frame, before)
    return None, clause_subject(frame, qi, before), None


def _term_in_clause(frame: Frame, qi: int) -> bool:
    """A quoted name or term standing inside the words after a quotation (`"Q," Bill Eastland, wearing a cowboy hat
    and "Ted Cruz" campaign pins, said.`): part of the attribution clause, not a quotation that ends it (only before
    any finite verb: `"Q," while Fiorina penned "Dear Walter" letters that called him ...` is a clause of its own)."""
    q = frame.quotes[qi]
    inner = frame.text[q.inner_start:q.inner_end].strip()
    return (len(WORD.findall(inner)) <= MAX_TERM_WORDS and inner[-1:] not in ".!?,;:"
            and is_title_like(frame, qi))


#: A quoted term inside an attribution clause has at most this many words.
MAX_TERM_WORDS = 4


#: A clause after a quote (`"Q," Oliver barked.`) has at most this many tokens to hold its verb.
MAX_CLAUSE_AFTER = 7


def clause_subject(frame: Frame, qi: int, before: list[int]) -> int | None:
    """A quotation with no reporting verb, standing in a clause whose subject is named: that person.

    `"Q," Oliver barked.` / `"Q," reacted Trump.` / `Sanders shot back, "Q"` / a quotation opening
    right after a sentence of the same paragraph about someone (`Dianne Bystrom agreed. "Q"`).
    Only a name counts (he/she only right after the quote): `"Q," the balloons cascaded` has no speaker here."""
    doc = frame.doc
    q = frame.quotes[qi]
    last = frame.token_at(max(q.start, q.end - 1))
    para = frame.tok_para[last]
    inner = frame.text[q.inner_start:q.inner_end].rstrip()
    if before and doc[before[0]].text in DASHES and last + 1 < len(doc) and doc[last + 1].text in DASHES:
        # `When Trump finally wrapped up — "I will fight for you!" — the balloons cascaded down`: words set
        # between dashes belong to the clause before the first dash, not to the sentence resumed after them
        return _dash_aside_subject(frame, before)
    if inner[-1:] in ",!?—–-":
        after = []
        j = last + 1
        while (j < len(doc) and len(after) < MAX_CLAUSE_AFTER and frame.tok_para[j] == para and frame.tok_quote[j] < 0
               and not _line_break_before(doc, j) and doc[j].text not in SENT_END and doc[j].text not in ",;:"):
            after.append(j)
            j += 1
        verb = next((k for k in after if is_verb(doc[k]) and doc[k].tag_ in FINITE_TAGS), None)
        if verb is not None:
            subj = subject_of(doc[verb], frame)
            return subj if subj is not None and subj in after and _named(frame, doc[subj]) else None
    if before and doc[before[0]].text == ",":
        # `Sanders shot back, "Q"`: the clause the comma closes
        # (the parser often hangs that clause under the quotation's own verb)
        verb = next((k for k in before if is_verb(doc[k]) and doc[k].tag_ in FINITE_TAGS
                     and (doc[k].dep_ == "ROOT" or frame.tok_quote[doc[k].head.i] >= 0)), None)
        if verb is not None:
            subj = subject_of(doc[verb], frame)
            if subj is not None and subj in before and (_named(frame, doc[subj]) or _owned_utterance(doc[subj])):
                return subj  # (`Barrett's dictum to his interns was, "Q"`: Barrett's words)
        return None
    first = frame.token_at(q.start)
    if before or _after_quote_in_sentence(frame, first):
        # `Trump groused to a crowd that CNN "doesn't treat me properly"`: words quoted inside a clause
        # whose subject is named, also past another quotation of the sentence (`X, star of "Scandal,"
        # thanked Obama for "Q"`; `X endorsed her, citing her "A," "B" and ...`)
        return _sentence_subject(frame, first)
    # `Dianne Bystrom agreed. "Q"`: the sentence just before, in the same paragraph
    j = first - 1
    while j >= 0 and (doc[j].is_space or doc[j].is_punct) and frame.tok_quote[j] < 0:
        if _line_break_before(doc, j + 1) and j + 1 < first:
            return None
        j -= 1
    if j < 0 or frame.tok_para[j] != frame.tok_para[first] or frame.tok_quote[j] >= 0 or _line_break_before(doc, j + 1):
        return None
    sent = doc[j].sent
    if any(frame.tok_quote[k] >= 0 for k in range(sent.start, sent.end)):
        return None
    root = sent.root
    subj = subject_of(root, frame) if is_verb(root) else None
    if subj is not None and _named(frame, doc[subj]) and doc[subj].pos_ != "PRON" and doc[subj].dep_ == "nsubj":
        return subj
    return None


def _own_subject(doc, after: list[int]) -> bool:
    """Do the tokens after a quotation open a clause with a subject of its own (one before its first finite verb)?"""
    for k in after:
        if doc[k].dep_ in ("nsubj", "nsubjpass"):
            return True
        if doc[k].tag_ in FINITE_TAGS:
            return False
    return False


def _dash_aside_subject(frame: Frame, before: list[int]) -> int | None:
    """The named subject of the finite verb nearest before the dash opening a quotation set between dashes
    (`When Trump finally wrapped up — "Q" —`), in its sentence; none when that clause has no named subject."""
    doc = frame.doc
    verb = next((k for k in before[1:] if is_verb(doc[k]) and doc[k].tag_ in FINITE_TAGS), None)
    if verb is None:
        return None
    subj = subject_of(doc[verb], frame)
    if subj is None or subj not in before or doc[subj].pos_ == "PRON" or not _named(frame, doc[subj]):
        return None
    return subj


def _after_quote_in_sentence(frame: Frame, first: int) -> bool:
    """Does the quotation starting at token `first` follow another quotation of its sentence directly?"""
    doc = frame.doc
    j = first - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and frame.tok_quote[j] >= 0 and doc[j].sent.start == doc[first].sent.start


def _sentence_subject(frame: Frame, first: int) -> int | None:
    """The named subject of the main verb of the sentence a quotation (starting at token `first`) stands
    in, when both come before it, outside quotation marks and in its paragraph."""
    doc = frame.doc
    sent = doc[first].sent
    root = sent.root
    if not (root.i < first and frame.tok_quote[root.i] < 0 and is_verb(root)):
        return None
    subj = subject_of(root, frame)
    if (subj is None or not sent.start <= subj < first or frame.tok_quote[subj] >= 0
            or frame.tok_para[subj] != frame.tok_para[first] or _passed_on(root)):
        return None
    return subj if (_named(frame, doc[subj]) and doc[subj].pos_ != "PRON" or _owned_utterance(doc[subj])) else None


#: Verbs of passing on what someone else posted ("reposted", "retweeted", "reshared", "amplified").
_PASSING_ON_FORMS = forms_table(("repost", "retweet", "reshare", "re-share", "re-post", "re-tweet", "amplify"))


def _passed_on(verb) -> bool:
    """Does the verb pass on someone else's words (`Mr Trump reposted a meme that read "Q"`, `shared a message from a
    supporter: "Q"`, `shared a post by the account …`)? Its subject did not write them: no speaker from it."""
    low = verb.lower_
    if low in _PASSING_ON_FORMS:
        return True
    if POSTING_FORMS.get(low) != "share":
        return False
    things = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # (the parser hangs "from" on either)
    return any(p.dep_ == "prep" and p.lower_ in ("from", "by") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT") for g in p.children)
        for t in things for p in t.children)


def _owned_utterance(tok) -> bool:
    """Is a noun someone's utterance by a possessive ("Rubio's catch phrase", "the mayor's warning"): its owner's
    words (`bot.claims.speakers` gives the owner as the speaker)."""
    return (tok.pos_ == "NOUN" and tok.lower_ in UTTERANCE_NOUNS
            and any(c.dep_ == "poss" and c.i < tok.i for c in tok.children))


def _owner_of_quoted_utterance(frame: Frame, first: int, last: int) -> int | None:
    """`Obama's "if you like your plan, you can keep it" promise`: a quotation set between a possessive and the
    utterance noun it owns is the owner's words; the owner, else None."""
    doc = frame.doc
    j, k = first - 1, last + 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    while k < len(doc) and (doc[k].is_space or doc[k].text in STRAY_CLOSERS):
        k += 1
    if (j < 0 or k >= len(doc) or doc[j].text not in ("'s", "’s", "'", "’") or doc[j].dep_ != "case"
            or not (doc[k].lower_ in UTTERANCE_NOUNS or doc[k].lower_ in CLAIM_NOUNS)):
        return None
    owner = doc[j].head  # (the parser rarely hangs the owner on the noun past the quotation)
    return owner.i if owner.i < j and owner.pos_ in ("PROPN", "NOUN") else None


def _named(frame: Frame, tok) -> bool:
    """A person's or organisation's name, or he/she. A capitalised word the tagger took for a common
    noun counts when the article uses it in a name elsewhere (`"Q?" Hannity pressed.` after
    "Sean Hannity")."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG") or tok.lower_ in ("he", "she")
            or tok.text in frame.name_words)


#: Dependencies of a noun that is what a clause is about or to whom it is said, never who says it.
#: Words heading a content clause as its subject ("what was wrong"): never who speaks.
CONTENT_WORDS = frozenset(("what", "which", "whatever", "how", "why"))


def _colon_speaker(frame: Frame, before: list[int]) -> tuple[int | None, int | None, str | None]:
    """`X delivered a blunt message to Trump: "Q"`: the subject of the clause the colon ends speaks,
    never a noun inside it ("Trump", "its findings", "the e-mail controversy"); with no clause, a
    headline-style label (`Haugen: "We will fly"`) is the speaker."""
    doc = frame.doc
    colon = before[0]  # (a source label after a dash was looked for first: `_dash_label`)
    span = set(before)
    verbs = [k for k in before[1:] if is_verb(doc[k]) and doc[k].dep_ in ("ROOT", "conj", "advcl", "ccomp", "parataxis")]
    if verbs:
        head = doc[colon].head
        verb = head if head.i in span and is_verb(head) else doc[max(verbs)]
        subj = subject_of(verb, frame)
        while (subj is not None and doc[subj].lower_ in CONTENT_WORDS and verb.dep_ in ("ccomp", "xcomp")
               and verb.head.i in span and is_verb(verb.head)):
            # `Jeb Bush broke down exactly what was wrong with the image:`: a content clause ("what was wrong")
            # says nothing of who speaks; the clause above it does
            verb = verb.head
            subj = subject_of(verb, frame)
        felt_by = _experiencer(frame, verb, span)
        if felt_by is not None:
            return colon, felt_by, ":"
        if subj is not None and subj in span and not (
                _passed_on(verb) and not any(reporting_base(doc[k].text) and doc[k].dep_ in ("advcl", "conj", "xcomp")
                                             for k in before if k > verb.i)):
            # (`shared a message from a supporter:` passes on another's words; `retweeted the post, writing:` its own)
            return colon, subj, ":"
        return colon, None, ":"  # a clause without a usable subject: no speaker rather than a noun inside it
    for idx in _past_brackets(doc, before[1:], closed=doc[colon].text != ":"):
        t = doc[idx]
        if (t.pos_ in ("PROPN", "NOUN") or t.ent_type_) and t.dep_ not in OBJECT_DEPS:
            t = _struck_back_taken_for_noun(_read_taken_for_noun(t))
            idx = t.i
            written = _label_document(t)
            return colon, idx if written is None else written, ":"
    return None, None, None


def _read_taken_for_noun(tok):
    """`The caption read: "Q"`, `Her Instagram post read: "Q"`: a reading verb the tagger took for a noun (with the
    document as its compound or subject) is no speaker; the document before it is."""
    if tok.lower_ not in READING_FORMS or tok.pos_ != "NOUN":
        return tok
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN"), tok)


def _struck_back_taken_for_noun(tok):
    """`Trump shot back: "Q"`: a verb of striking with "back" (words/retort_verbs.txt) the tagger took for a noun,
    with the one who struck back as its compound or subject, is no speaker; that one is. (`The shot: "Q"` has no
    "back"; `A warning shot: "Q"` stays as it was.)"""
    doc = tok.doc
    if (tok.lower_ not in RETORT_FORMS or tok.pos_ != "NOUN" or tok.i + 1 >= len(doc)
            or doc[tok.i + 1].lower_ != "back"):
        return tok
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("compound", "nsubj")
                 and c.pos_ in ("NOUN", "PROPN")), tok)


def _label_document(tok) -> int | None:
    """`From Bush's Facebook post: "Q"`: a word naming the kind of a document ("Facebook" of "Bush's Facebook
    post") is not the speaker; the owner the label gives is, else the document as written."""
    doc_noun = tok.head
    if tok.dep_ not in ("compound", "amod") or doc_noun.lower_ not in WRITTEN_NOUNS:
        return None
    return next((head_of_name(c) for c in doc_noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), doc_noun.i)


def _is_colon(tok) -> bool:
    """A colon, or a colon the tokenizer glued to the bracket before it (`Rep. Tom Hale (R-Ohio): "Q"`)."""
    return tok.text == ":" or tok.text in ("):", "]:")


def _experiencer(frame: Frame, verb, span: set[int]) -> int | None:
    """The named object of a verb of feeling before a colon (`The timing of the surge doesn't surprise pollster
    Daron Shaw: "Q"`): the one surprised or troubled speaks, not what surprised them."""
    if verb.lower_ not in EXPERIENCER_FORMS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in span), None)
    if obj is None or obj.pos_ != "PROPN" or not _named(frame, obj):
        return None
    return obj.i


def _past_brackets(doc, before: list[int], closed: bool) -> list[int]:
    """The tokens before a label's colon (nearest first) without the bracket closing right before it: the party
    and state, age or affiliation after a name (`Tom Hale (R-Ohio):`) is not who speaks."""
    if not closed and not (before and doc[before[0]].text in (")", "]")):
        return before
    for n, idx in enumerate(before):
        if doc[idx].text in ("(", "["):
            return before[n + 1:]
    return before


#: A source label after a dash before a colon has at most this many tokens ("- Mark Blumenthal and Jon Cohen:").
MAX_DASH_LABEL = 7
#: Small words a dash label may hold besides its capitalised name: "-More from Blumenthal and Cohen:".
LABEL_WORDS = word_set("label_words")


def _dash_label(frame: Frame, before: list[int]) -> int | None:
    """`IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: "Q"` (a digest's heading,
    a dash, its source): the name after the dash, not the heading's subject."""
    doc = frame.doc
    label = []
    for k in before[1:MAX_DASH_LABEL + 2]:
        t = doc[k]
        if t.text.startswith(DASHES) and k > 0 and doc[k - 1].whitespace_:
            words = [doc[j] for j in reversed(label) if not doc[j].is_punct]
            while words and words[0].lower_ in LABEL_WORDS:
                words.pop(0)
            if words and words[0].text[:1].isupper() and all(
                    (w.text[:1].isupper() and not is_verb(w)) or w.lower_ in LABEL_WORDS for w in words):
                return head_of_name(words[0])
            return None
        label.append(k)
    return None


#: Dependencies of a verb form used as a noun's modifier or as a noun: "in a written statement", "this sort of
#: opining" — no one says anything there.
NOUN_SLOT_DEPS = frozenset(("amod", "compound", "pobj", "dobj", "nsubj"))


def _in_noun_slot(verb) -> bool:
    return verb.dep_ in NOUN_SLOT_DEPS


def _subordinate_report(verb, start: int) -> bool:
    """A reporting verb in a subordinate clause with its own content before the quotation
    (`When Trump suggested that Cuba would sue, Rubio fired back: "Q"`), or whose main clause, between it
    and the quotation, has a named subject of its own (`After Jerry Brown criticized Bill Clinton, Hillary
    shot back, "Q"`): it reports something else."""
    if not (verb.dep_ == "advcl" or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)):
        return False
    main = verb.head
    if (verb.dep_ == "advcl" and verb.i < main.i and main.idx < start
            and any(c.dep_ == "nsubj" and c.i > verb.i and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG"))
                    for c in main.children)):
        return True
    return any(c.dep_ == "ccomp" and c.doc[c.right_edge.i].idx < start for c in verb.children)


#: Words opening a clause whose bare participle is asked, not asking (`when asked about it`, `if pressed`).
WHEN_WORDS = frozenset({"when", "if", "after", "before", "once", "while", "until", "as", "unless"})


def _when_asked(verb) -> bool:
    """`Lynch, who told Congress when asked last month: "Q"`, `"Q" when questioned about it`: a bare participle
    after "when/if/after" is the question put to the speaker, not the speaker's own verb."""
    return (verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.lower_ in WHEN_WORDS and c.i < verb.i and c.dep_ in ("advmod", "mark") for c in verb.children))


EVENT_MARKS = word_set("event_marks")


def _later_event(frame: Frame, verb) -> bool:
    """`... offering "a deep and sincere apology" to Sanders after leaked emails showed DNC staff favoring
    Clinton`: a reporting verb after the quotation in a clause opened by "after/when/because ...", with a subject
    and a content of its own, tells an event around the quotation, not who said it."""
    return (any(c.dep_ == "mark" and c.lower_ in EVENT_MARKS and c.i < verb.i for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
            and _own_object(frame, verb))


def _introduces_next_quote(frame: Frame, verb, qi: int) -> bool:
    """A reporting verb after a quotation that opens the next one (`"Why now?" Mills then writes back,
    "You look cute."`): it is that quotation's cue."""
    doc = frame.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].dep_ in ("prt", "advmod") and doc[j].head.i == verb.i:
        j += 1
    if j + 1 >= len(doc) or doc[j].text not in ",:":
        return False
    nxt = frame.tok_quote[j + 1]
    return nxt >= 0 and nxt != qi


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
            and (i + 1 >= len(doc) or doc[i + 1].is_punct and not (doc[i + 1].text in DASHES and not t.whitespace_)))


#: Marks that open an item of a list ("- "We will cut waiting lists."").
BULLETS = frozenset("- • * · – —".split())
#: Nouns of a described subject before a colon that can introduce quotations ("The minister set out three promises:").
_INTRODUCING_NOUNS = HONORIFICS | SPOKES_NOUNS | PEOPLE_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS


def _colon_intro(frame: Frame, first: int):
    doc = frame.doc
    j = first - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    for _ in range(MAX_LIST_ITEMS):  # back over the items of a list of quotations to the colon that opens it
        item = _list_item_start(frame, j)
        if item is None:
            break
        j = item - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
    if j < 0 or doc[j].text != ":" or frame.tok_quote[j] >= 0:
        return None
    sent = doc[j].sent
    for k in range(j - 1, sent.start - 1, -1):
        t = doc[k]
        if frame.tok_quote[k] >= 0:
            return None
        if is_verb(t) and (reporting_base(t.text) or t.lower_ in ("released", "issued", "posted", "published", "continued", "reads", "read")):
            subj = subject_of(t, frame)
            if subj is None:
                window = list(range(t.i + 1, j))
                subj = _nearby_noun(frame, window, t.i)
            return t.i, subj, t.text
    root = sent.root
    subj = subject_of(root, frame) if root is not None else None
    if subj is not None and (doc[subj].pos_ == "PROPN" or doc[subj].ent_type_ in ("PERSON", "ORG")
                             or doc[subj].lower_ in _INTRODUCING_NOUNS
                             and any(c.dep_ in ("det", "poss") for c in doc[subj].children)):
        return j, subj, ":"
    if j - sent.start <= 5:  # a bare label such as "Stated Stone:" or "Senator Warren:"
        for k in range(j - 1, sent.start - 1, -1):
            if doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PERSON":
                return j, k, ":"
    return None


MAX_LIST_ITEMS = 12


def _list_item_start(frame: Frame, j: int) -> int | None:
    """The first token of the list item ending at token `j` ("- "Q."", a bullet and a quotation), else None."""
    doc = frame.doc
    if j < 0 or frame.tok_quote[j] < 0 and not doc[j].is_punct:
        return None
    para = frame.tok_para[j]
    k = j
    while k > 0 and frame.tok_para[k - 1] == para:
        k -= 1
    if doc[k].text not in BULLETS or not all(frame.tok_quote[i] >= 0 or doc[i].is_punct or doc[i].is_space
                                              for i in range(k + 1, j + 1)):
        return None
    return k


#: A signature under a quotation that ends its paragraph: the next line, after a dash (`"Q."⏎⏎- Hillary
#: Clinton.`), or the quotation's own last line (`"Q.⏎Dean Baker, Center for Economic Research."`).
_DASH_LINE = re.compile(r"[ \t]*\n[ \t\n]*[-—–―]+[ \t]*(?=\S)")
MAX_SIGNATURE_WORDS = 12
#: Parts of speech a signature's name part may hold ("Former NAACP president Ben Jealous", "S.C. Rep. Jim Clyburn").
_SIGNATURE_POS = frozenset(("PROPN", "DET", "ADJ", "NOUN", "PUNCT", "SPACE"))


def _signature(frame: Frame, qi: int) -> tuple[int | None, int, str | None] | None:
    """(cue, name token, cue text) of a signature line under a quotation, or None."""
    q = frame.quotes[qi]
    text = frame.text
    dash = _DASH_LINE.match(text, q.end)
    if dash is not None:
        end = text.find("\n", dash.end())
        name = _signature_name(frame, dash.end(), len(text) if end < 0 else end)
        return (frame.token_at(dash.end() - 1), name, "―") if name is not None else None
    inner = text[q.inner_start:q.inner_end].rstrip()
    cut = inner.rfind("\n")
    if cut <= 0 or not inner[:cut].strip() or not re.match(r"[ \t]*(?:\n|$)", text[q.end:]):
        return None
    name = _signature_name(frame, q.inner_start + cut + 1, q.inner_start + len(inner))
    return (None, name, None) if name is not None else None


def _signature_name(frame: Frame, lo: int, hi: int) -> int | None:
    """The head of the name a signature line `lo:hi` starts with ("Dean Baker, Center for ..." -> Baker):
    a short line whose part before the first comma is a title and name and nothing else."""
    doc = frame.doc
    line = frame.text[lo:hi]
    if not line[:1].isupper() or len(WORD.findall(line)) > MAX_SIGNATURE_WORDS:
        return None
    toks = [t for t in doc[frame.token_at(lo):frame.token_at(max(lo, hi - 1)) + 1] if lo <= t.idx < hi]
    part = []
    for t in toks:
        if t.text in (",", "(", "—", "–", "-"):
            break
        part.append(t)
    while part and (part[-1].is_punct or part[-1].is_space):
        part.pop()
    if not part or part[-1].pos_ != "PROPN" or any(t.pos_ not in _SIGNATURE_POS for t in part):
        return None
    last = part[-1]
    if not (last.ent_type_ in ("PERSON", "ORG") or last.text in frame.name_words):
        return None
    return head_of_name(last)


def _line_break_before(doc, j: int) -> bool:
    """Does a line break stand between token j - 1 and token j? (Some pages break paragraphs with one
    newline: a quote ending a line is not attributed by the next line's verb.)"""
    if j <= 0 or j >= len(doc):
        return False
    return "\n" in doc[j - 1].whitespace_ or doc[j - 1].is_space and "\n" in doc[j - 1].text or doc[j].is_space and "\n" in doc[j].text


def _own_content(frame: Frame, verb) -> bool:
    """Does the verb report a clause of its own outside quotation marks ("said he would have fired him")?"""
    return any(c.dep_ == "ccomp" and c.i > verb.i and frame.tok_quote[c.i] < 0 for c in verb.children)


def _own_object(frame: Frame, verb) -> bool:
    """Does the verb report a clause or a noun of its own outside quotation marks ("praise his refusal")?"""
    return _own_content(frame, verb) or any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ != "PRON"
                                            and frame.tok_quote[c.i] < 0 for c in verb.children)


def _continues_quote(frame: Frame, qi: int) -> bool:
    """Is quotation `qi` in the paragraph of the quotation before it (words going on with its speaker's)?"""
    if qi == 0:
        return False
    return frame.tok_para[frame.token_at(frame.quotes[qi - 1].start)] == frame.tok_para[frame.token_at(frame.quotes[qi].start)]


def _own_thing(frame: Frame, verb) -> bool:
    """Does the verb, of no one told or asked, take a thing of its own outside quotation marks as its object ("blamed
    a fault with overhead wires"; not "told reporters", "told the BBC", "said it")?"""
    if verb.lower_ in ADDRESSEE_FORMS:
        return False
    return any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN" and not c.ent_type_
               and c.lower_ not in AUDIENCE_NOUNS and c.lower_ not in PEOPLE_NOUNS and frame.tok_quote[c.i] < 0
               for c in verb.children)


def _puts_it(verb) -> bool:
    """`As The Post's Ruth Marcus puts it, Obama is trying to make Republicans "an offer ..."`: "as X
    put(s) it" reports X's words."""
    return (verb.lower_ in ("put", "puts") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))


#: Things whose words a quotation can be, as the subject of a reading verb.
WRITTEN_NOUNS = DOCUMENT_NOUNS | READING_NOUNS


def _written_subject(verb) -> int | None:
    """`"Q," reads a Wednesday editorial in the Gazette` / `"Q," the statement begins`: the document whose words
    the quotation are, the subject of a reading verb (the parser often takes an inverted one for the object)."""
    if verb.lower_ not in READING_FORMS or not is_verb(verb):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ not in WRITTEN_NOUNS and not _it_reads(c) for c in verb.children):
        return None  # `"Q," Ann Lee read the statement aloud`: the reader is the verb's subject
    return next((c.i for c in verb.children if (c.dep_ == "nsubj" or c.dep_ in ("dobj", "attr") and c.i > verb.i)
                 and (c.lower_ in WRITTEN_NOUNS or _it_reads(c))), None)


def _it_reads(tok) -> bool:
    """`"Q," it read.`: "it" the subject of a reading verb with no object is the document just named (a post, a
    statement), whose words the quotation are, never a continuation of the one quoted before."""
    return tok.dep_ == "nsubj" and tok.lower_ == "it" and not any(c.dep_ == "dobj" for c in tok.head.children)


def _joined_with_own_object(frame: Frame, verb, before: list[int]) -> bool:
    """`Sanders was asked by host Bill Maher, who ... has previously dismissed the story about the emails, "Q"`: a
    reporting verb the parser joined to an earlier one before the quotation, with an object of its own, reported
    that object; the earlier verb is the quotation's cue."""
    head = verb.head
    return (verb.dep_ == "conj" and head.i in before and is_verb(head) and reporting_base(head.text) is not None
            and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and frame.tok_quote[c.i] < 0 for c in verb.children))


def _as_object(verb) -> int | None:
    """`As Akhil Amar, professor of law and author of "X," put it, "Q"`: the parser takes "as" for a preposition and
    the speaker for its object; the name after "as" is the subject of "put it"."""
    if not _puts_it(verb):
        return None
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    return next((c.i for c in mark.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)


def _abbreviation_point(doc, j: int) -> bool:
    """Is the full stop at j the tokenizer's split of a short capitalised abbreviation inside a sentence
    (`John Cornyn, the No. 2 in the GOP leadership, put it:`), not a sentence's end?"""
    prev = doc[j - 1] if j > 0 else None
    return (doc[j].text == "." and prev is not None and not prev.whitespace_ and len(prev.text) <= 3
            and prev.text[:1].isupper() and j + 1 < len(doc) and not doc[j + 1].is_sent_start)


def _starts_lower(tok) -> bool:
    return tok.text[:1].islower() or tok.is_punct


def _nearby_noun(frame: Frame, window: list[int], verb_i: int) -> int | None:
    """The noun nearest a reporting verb the parser left without a subject; never the verb's own
    object or audience, nor a word of its name (`Ramos, 58, told AFP`, `Butz, 49, told The Huffington
    Post`: the outlet is told, the person speaks)."""
    doc = frame.doc
    # a noun before the verb (`Butz, 49, told The Huffington Post`): a word of the object's name is the object
    # too; with none (`"Q," asked Mr. Manafort`) the parser's object after the verb is the inverted subject
    noun_before = any(k < verb_i and doc[k].pos_ in ("PROPN", "NOUN") for k in window)
    inverted = not noun_before and _right_after_quote(frame, verb_i)
    described = _relative_clause_noun(doc, verb_i, window)
    if described is not None:
        return described
    aside = _aside_before(doc, verb_i)
    for idx in sorted(window, key=lambda k: abs(k - verb_i)):
        if idx in aside or idx == verb_i:
            continue  # (the verb itself, taken for a noun, is never its own speaker: `"Q," Nair repeats.`)
        t = doc[idx]
        if idx > verb_i and _subject_of_adverbial_clause(t, verb_i):
            # the subject of an "as/while/when" clause after the verb does not speak (`Bill Eastland, wearing a
            # hat, said as confetti fluttered down`)
            continue
        if t.head.i == verb_i and t.dep_ in OBJECT_DEPS and not (inverted and idx > verb_i and (
                t.pos_ == "PROPN" or t.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.i > idx for c in t.head.children))):
            # (`"Q," added Murphy, referring to Obama's ...`: the name the parser took for the object of a
            # verb right after the quotation is its inverted subject, and so is a noun, `"Q?" asked the boy`,
            # unless the verb's own phrase after it completes the noun: `tweeted a spokesman for Kestrel Air`)
            continue
        head = doc[head_of_name(t)]
        if head.i == verb_i and t.pos_ == "PROPN" and idx == verb_i - 1:
            return idx  # `"Q," Nair scoffs.`: the name the parser hung on the verb it took for a noun speaks
        if noun_before and head.i > verb_i and head.head.i == verb_i and head.dep_ in OBJECT_DEPS:
            continue
        if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos")):
            owner = _apposition_owner(t, window)
            if owner is not None:
                return owner
            return _described_by(doc[idx if t.pos_ != "PROPN" else head_of_name(t)], window).i
        if is_name_word(frame, t):  # `"Q," Will wrote.`
            return idx
    return None


def _relative_clause_noun(doc, verb_i: int, window: list[int]) -> int | None:
    """`a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Q"`: the parser
    hung the noun elsewhere and left the verb without a subject; a "who" clause ending right before the verb
    describes its subject, the noun that clause hangs from."""
    if verb_i == 0:
        return None
    prev = doc[verb_i - 1]
    clause = next((a for a in (prev, *prev.ancestors) if a.dep_ == "relcl"), None)
    if (clause is None or clause.right_edge.i != verb_i - 1 or clause.head.i not in window
            or clause.head.pos_ not in ("NOUN", "PROPN")
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children)):
        return None
    return clause.head.i


def _reduced_relative_subject(verb, window: list[int]) -> int | None:
    """`"Q!" the presumptive nominee, Donald Trump, tweeted Sunday`: the parser took the verb for a participle
    modifying the noun before it, which is its subject."""
    noun = verb.head
    if (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and noun.i < verb.i and noun.i in window
            and noun.pos_ in ("NOUN", "PROPN")):
        return noun.i
    return None


def _subject_of_adverbial_clause(tok, verb_i: int) -> bool:
    """Is `tok` in a clause opened by "as/while/when ..." under the verb, its subject or any other word of it (`said
    as confetti fell`, `said as confetti fluttered down around him`)?"""
    for clause in (tok, *tok.ancestors):
        if clause.i == verb_i:
            return False
        if (clause.dep_ == "advcl" and clause.head.i == verb_i and clause is not tok
                and any(c.dep_ == "mark" for c in clause.children)):
            return True
    return False


def _described_by(tok, window: list[int]):
    """The description a name nearest the verb completes ("the ex-chairman of Boeing said": the ex-chairman, not
    Boeing), when the noun it hangs from by a preposition is in the attribution too."""
    while (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN"
           and tok.head.head.i in window):
        tok = tok.head.head
    return tok


def _aside_before(doc, verb_i: int) -> range:
    """The tokens of an aside between commas right before a verb (and its auxiliaries) that opens with a
    participle or "who" ("after Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said"):
    a name inside it is not the verb's subject."""
    j = verb_i - 1
    while j > 0 and doc[j].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[j].head.i == verb_i:
        j -= 1
    if j <= 0 or doc[j].text != ",":
        return range(0)
    opening = next((k for k in range(j - 1, max(doc[verb_i].sent.start, j - 20) - 1, -1) if doc[k].text == ","), None)
    first = doc[opening + 1] if opening is not None else None
    if first is None or not (first.tag_ in ("VBN", "VBG") or first.tag_ == "VBD" and first.dep_ in ("advcl", "acl")
                             or first.lower_ in ("who", "whose")):
        return range(0)
    return range(opening, j + 1)


def _right_after_quote(frame: Frame, verb_i: int) -> bool:
    """Does the verb come right after a quotation (nothing but punctuation between)?"""
    doc = frame.doc
    j = verb_i - 1
    while j >= 0 and frame.tok_quote[j] < 0 and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    return j >= 0 and frame.tok_quote[j] >= 0


#: How far up the parse a word may sit inside an apposition to a name ("Democrat of Tennessee": 3 steps).
MAX_APPOSITION_DEPTH = 4


def _apposition_owner(tok, window: list[int]) -> int | None:
    """The name an apposition holding `tok` describes (`Steve Cohen, Democrat of Tennessee, told`, `Brent
    Bozell, founder of the Media Research Center, tells`): that name speaks, not a word of its description."""
    a = tok.doc[head_of_name(tok)]
    if a.dep_ == "appos":
        return None  # a name in apposition ("her adviser, Jake Sullivan,") is the speaker's own
    for _ in range(MAX_APPOSITION_DEPTH):
        if a.dep_ == "appos" and a.head.pos_ == "PROPN" and a.head.i in window:
            return head_of_name(a.head)
        if a.head is a:
            return None
        a = a.head
    return None
