"""Stage 2a: hyphenated titles the tokenizer split ("ex", "-", "chairman") joined back into one word.

The parser reads "the ex-chairman of Boeing said" as three subjects and the speaker stage would take "ex" for the
description; one word "ex-chairman", with the children of its three parts, is the title as written.
"""
from __future__ import annotations

import re

from bot.claims.columns import texts
from bot.claims.lexicon import TITLE_PREFIXES

#: A count after "of" in a hyphenated description ("mum-of-two", "father-of-three", "grandmother-of-5").
_COUNT = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
#: The words such a description opens with.
_PARENT_WORDS = frozenset(("mum", "mom", "mother", "dad", "father", "gran", "grandmother", "grandfather", "grandma",
                           "grandad", "grandpa", "grandparent", "parent", "nan", "granny"))


def _title_word(doc, i: int) -> bool:
    """Is token i a listed prefix glued by a hyphen to the word after it ("ex-chairman"), all three outside any
    name or inside the same one?"""
    if i + 2 >= len(doc) or doc[i].lower_ not in TITLE_PREFIXES:
        return False
    prefix, dash, word = doc[i], doc[i + 1], doc[i + 2]
    return (dash.text == "-" and not prefix.whitespace_ and not dash.whitespace_ and word.is_alpha
            and prefix.ent_type_ == dash.ent_type_ == word.ent_type_ and "B" not in (dash.ent_iob_, word.ent_iob_))


def join_title_prefixes(doc) -> None:
    """Merge each "<prefix> - <word>" of a listed prefix (`TITLE_PREFIXES`) into one token, in place."""
    spans, end = [], 0
    for i, word in enumerate(texts(doc)):
        if i >= end and word.lower() in TITLE_PREFIXES and _title_word(doc, i):
            spans.append(doc[i:i + 3])
            end = i + 3  # "co-vice-chair": spans never overlap
    for span in spans:
        prefix, dash, word = span
        if not span.start <= word.head.i < span.end:
            # the word is the title's head: the joined word takes its place in the parse, not the prefix's
            # (the parser often hangs "co", "-" on the verb: "co - host Mika Brzezinski asked")
            prefix.head = dash.head = word
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)


_MOTHERS = frozenset(("mum", "mom", "mother", "gran", "grandmother", "grandma", "nan", "granny"))
_FATHERS = frozenset(("dad", "father", "grandfather", "grandad", "grandpa"))


def parent_of_count(word: str) -> bool:
    """Is `word` one "<parent>-of-<count>" ("mum-of-two", "father-of-three"; joined by `join_parent_counts`)?"""
    parent, _, rest = word.lower().partition("-of-")
    return parent in _PARENT_WORDS and bool(_COUNT.fullmatch(rest))


def parent_gender(word: str) -> str | None:
    """"f" for "mum-of-two", "m" for "father-of-three", else None."""
    parent = word.lower().partition("-of-")[0]
    return "f" if parent in _MOTHERS else "m" if parent in _FATHERS else None


def join_parent_counts(doc) -> None:
    """Merge each "mum - of - two" outside any name into one noun, in place: the parser reads "the mum-of-two said"
    with the count as the subject ("two", a number: no speaker's word), and "the mum-of-two" is a description of one
    person, as "the 34-year-old" is."""
    spans, end = [], 0
    for i, word in enumerate(texts(doc)):
        if i < end or i + 4 >= len(doc) or word.lower() not in _PARENT_WORDS:
            continue
        w = doc[i:i + 5]
        if (w[1].text == "-" and w[2].lower_ == "of" and w[3].text == "-"
                and _COUNT.fullmatch(w[4].lower_) and not any(t.whitespace_ for t in w[:4])
                and not any(t.ent_type_ and t.ent_type_ != "CARDINAL" for t in w)):
            spans.append(w)
            end = i + 5
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"POS": "NOUN", "TAG": "NN", "ENT_TYPE": 0, "ENT_IOB": 2})


#: Offices written "<office>-General" in the Commonwealth and the UN ("Attorney-General", "Secretary-General",
#: "Governor-General", "Auditor-General"): one title, as "Attorney General" is without the hyphen.
_GENERAL_OFFICES = frozenset(("attorney", "secretary", "governor", "auditor", "solicitor", "director", "inspector",
                              "surgeon", "registrar", "postmaster", "accountant", "comptroller", "controller"))


def join_general_titles(doc) -> None:
    """Merge each "<office> - General" ("Attorney - General") into one word, in place: the parser makes "General" the
    title's head, and "the Attorney-General said" later would read "General" alone, never the office the person
    named with it holds ("Attorney-General Mark Dreyfus"). Only within one name or outside any."""
    spans = []
    words = texts(doc)
    for i in (k - 2 for k, w in enumerate(words) if k >= 2 and w.lower() == "general"):
        office, dash, general = doc[i], doc[i + 1], doc[i + 2]
        if (dash.text in ("-", "‑") and office.lower_ in _GENERAL_OFFICES and office.is_alpha
                and not office.whitespace_ and not dash.whitespace_
                and office.ent_type_ == dash.ent_type_ == general.ent_type_ and "B" not in (dash.ent_iob_, general.ent_iob_)
                and not (spans and spans[-1].end > i)):
            spans.append(doc[i:i + 3])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:  # a noun, whatever the tagger took "general" for (an adjective, most often)
                proper = span[0].is_title and span[2].is_title
                retokenizer.merge(span, attrs={"POS": "PROPN" if proper else "NOUN", "TAG": "NNP" if proper else "NN"})


#: Words after a hyphen that make a title one not yet taken up ("mayor-elect", "chancellor-designate").
_TITLE_SUFFIXES = frozenset(("elect", "designate"))


def join_title_suffixes(doc) -> None:
    """Merge each lower-case "<title> - elect" into one noun, in place: the parser takes "elect" for a name and the
    speaker of "the mayor-elect said" would read "elect". ("President-elect Donald Trump" before a name is left: the
    name is the speaker.)"""
    spans = []
    words = texts(doc)
    for i in (k - 2 for k, w in enumerate(words) if k >= 2 and w.lower() in _TITLE_SUFFIXES):
        title, dash, suffix = doc[i], doc[i + 1], doc[i + 2]
        if (dash.text == "-" and title.is_alpha and title.is_lower
                and not title.whitespace_ and not dash.whitespace_ and suffix.dep_ != "compound"
                and not (spans and spans[-1].end > i)):
            spans.append(doc[i:i + 3])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"POS": "NOUN", "TAG": "NN", "ENT_TYPE": 0, "ENT_IOB": 2})


#: Prefixes of a verb of posting ("quote-tweeted", "re-tweeted", "live-tweeted", "re-posted", "cross-posted").
_POST_PREFIXES = frozenset(("quote", "re", "live", "cross"))
#: The verbs they go with, every form.
_POST_VERBS = frozenset(("tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted", "posting", "share",
                         "shares", "shared", "sharing", "blog", "blogged", "blogging", "stream", "streamed", "streaming"))


def join_post_prefixes(doc) -> None:
    """Merge each "<prefix> - <verb of posting>" ("quote-tweeted", "re-tweeted", "live-tweeted", and "quote tweeted"
    without the hyphen) into one verb, in place. The parser reads "Piers Morgan quote-tweeted the clip, adding: …" with
    "quote" a noun and the name no subject, and the object ("the clip") was taken for the one adding; "The MP
    re-tweeted the post, writing: …" with "re" the verb, and the claim was lost. A name or noun right before the
    joined verb that the parser hung on it (or on its prefix) with no subject of its own becomes its subject."""
    spans = []
    words = texts(doc)
    for i, w in enumerate(words):
        if w.lower() not in _POST_PREFIXES or spans and spans[-1].end > i or doc[i].ent_iob_ == "I":
            continue
        if (i + 2 < len(doc) and doc[i + 1].text in ("-", "‑") and not doc[i].whitespace_ and not doc[i + 1].whitespace_
                and doc[i + 2].lower_ in _POST_VERBS):
            spans.append(doc[i:i + 3])
        elif (w.lower() == "quote" and i + 1 < len(doc) and doc[i + 1].lower_ in _POST_VERBS
              and doc[i + 1].lower_.startswith("tweet") and doc[i].whitespace_ == " " and doc[i + 1].tag_ != "NN"):
            spans.append(doc[i:i + 2])  # "quote tweeted"
    if not spans:
        return
    places = [(span.start, len(span)) for span in spans]
    with doc.retokenize() as retokenizer:
        for span in spans:  # (the joined word takes the place of the part the parser made the head)
            last = span[-1].lower_
            tag = "VBD" if last.endswith("ed") else "VBG" if last.endswith("ing") else "VBZ" if last.endswith("s") else "VB"
            retokenizer.merge(span, attrs={"POS": "VERB", "TAG": tag})
    offset = 0
    for start, size in places:
        verb = doc[start - offset]
        offset += size - 1
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
            continue
        before = doc[verb.i - 1]
        while before.head.i != verb.i and before.head.i < verb.i and before.dep_ in ("compound", "flat"):
            before = before.head
        if before.head.i == verb.i and before.pos_ in ("PROPN", "NOUN") and before.dep_ in (
                "npadvmod", "compound", "nmod", "dobj", "appos", "dep", "nsubj"):
            before.dep_ = "nsubj"
