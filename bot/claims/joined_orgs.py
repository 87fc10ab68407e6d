"""Stage 2b: an organisation's name the tagger cut short, joined back ("Avon and" + "Somerset Police", "Age" + "UK").

Police forces, fire services and boards are often named for two places or two tasks ("Devon and Cornwall Police",
"Greater Manchester Fire and Rescue Service"). The tagger ends or starts the name at "and", and the speaker would
read "Somerset Police" or "Devon" (a place). Charities and bodies named with a word before a country ("Age UK",
"Water UK", "Team GB") lose that word: the speaker would read "UK".
"""
from __future__ import annotations

from bot.claims.lexicon import FEMALE_NAMES, JOINT_ORG_HEADS, MALE_NAMES, ORG_COUNTRIES, ORG_WORDS

#: The longest run of capitalised words on either side of "and" taken as part of one name.
_MAX_RUN = 4


def _capitalised(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


def _joined_span(doc, and_i: int, alone: set[str]) -> tuple[int, int] | None:
    """The name around the "and" at `and_i`: capitalised words on both sides on one line, the right side at least
    two words ending in a word such names end in (words/joint_org_heads.txt), the left side not ending in one (`Avon Police and Somerset
    Police` are two forces) nor in a name the article uses on its own (`alone`: "the FBI and Justice
    Department", "Clinton and State Department officials")."""
    lo = and_i
    while lo > 0 and and_i - lo < _MAX_RUN and _capitalised(doc[lo - 1]) and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = and_i + 1
    while hi < len(doc) and hi - and_i <= _MAX_RUN and _capitalised(doc[hi]) and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    if (lo == and_i or hi - and_i < 3 or doc[hi - 1].lower_ not in JOINT_ORG_HEADS or doc[and_i - 1].lower_ in ORG_WORDS
            or doc[and_i - 1].text in alone or doc[and_i - 1].is_upper
            or lo > 0 and _capitalised(doc[lo - 1]) or hi < len(doc) and _capitalised(doc[hi])):
        return None
    return lo, hi


def _named_before_country(doc, ent) -> tuple[int, int] | None:
    """`Age UK`, `Water UK`, `Team GB`: a country (words/org_countries.txt) the tagger found (or took for a person's
    name: "Natural England"), with capitalised words
    of no entity before it on its line that the parser made modifiers of it: one organisation's name."""
    if ent.label_ not in ("GPE", "PERSON") or len(ent) != 1 or ent.root.lower_ not in ORG_COUNTRIES:
        return None
    doc = ent.doc
    if ent.label_ == "PERSON" and (ent.start == 0 or doc[ent.start - 1].lower_ in FEMALE_NAMES
                                   or doc[ent.start - 1].lower_ in MALE_NAMES):
        return None  # "Natural England" tagged a person "England"; not "Harry" + "England"
    lo = ent.start
    while (lo > 0 and ent.start - lo < _MAX_RUN and _capitalised(doc[lo - 1]) and not doc[lo - 1].ent_type_
           and doc[lo - 1].dep_ == "compound" and ent.start <= doc[lo - 1].head.i < ent.end
           and "\n" not in doc[lo - 1].whitespace_):
        lo -= 1
    return (lo, ent.end) if lo < ent.start else None


def join_org_names(doc) -> None:
    """Make, in place, each organisation's name joined by "and" or cut before a country one organisation entity."""
    ands = [t.i for t in doc if t.lower_ == "and" and t.i > 0]
    before_and = {doc[i - 1].i for i in ands}
    alone = {t.text for t in doc if _capitalised(t) and t.i not in before_and} if ands else set()
    spans = [span for i in ands if (span := _joined_span(doc, i, alone)) is not None]
    spans += [span for ent in doc.ents if (span := _named_before_country(doc, ent)) is not None]
    if not spans:
        return
    out = [ent for ent in doc.ents if not any(ent.start < hi and lo < ent.end for lo, hi in spans)]
    for lo, hi in spans:
        span = doc[lo:hi]
        span.label_ = "ORG"
        out.append(span)
    doc.ents = sorted(out, key=lambda e: e.start)
