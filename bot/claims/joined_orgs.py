"""Stage 2b: an organisation's name the tagger cut short, joined back ("Avon and" + "Somerset Police", "Age" + "UK").

Police forces, fire services and boards are often named for two places or two tasks ("Devon and Cornwall Police",
"Greater Manchester Fire and Rescue Service"). The tagger ends or starts the name at "and", and the speaker would
read "Somerset Police" or "Devon" (a place). Charities and bodies named with a word before a country ("Age UK",
"Water UK", "Team GB") lose that word: the speaker would read "UK".
"""
from __future__ import annotations

from bot.claims.columns import column, symbol, texts
from bot.claims.lexicon import (DESCRIPTION_ORG_KINDS, GIVEN_NAMES, JOINT_ORG_HEADS, ORG_COUNTRIES, ORG_OF_HEADS, ORG_WORDS,
                                PEOPLE_NOUNS, PORTFOLIO_WORDS, word_set)

#: The longest run of capitalised words on either side of "and" taken as part of one name.
_MAX_RUN = 4


def _capitalised(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


#: Two tasks that name a service with no word after them ("South Yorkshire Fire and Rescue", "Coastguard Search and
#: Rescue"): the one word after "and" ends the name.
_TASK_PAIRS = frozenset((("fire", "rescue"), ("search", "rescue")))
#: Two fields that name a department or division between them ("The Vermont Fish and Wildlife Department", "the
#: Parks and Recreation Department"): with them, "Department" and "Division" end a name too (never alone: "the
#: Treasury and State Department" are two).
_FIELD_PAIRS = frozenset((("fish", "wildlife"), ("fish", "game"), ("parks", "wildlife"), ("parks", "recreation"),
                          ("health", "services"), ("housing", "development"), ("game", "parks"),
                          ("environment", "conservation")))
_FIELD_HEADS = frozenset(("department", "division"))


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
    pair = (doc[and_i - 1].lower_, doc[hi - 1].lower_) in _TASK_PAIRS  # "South Yorkshire Fire and Rescue"
    fields = doc[hi - 1].lower_ in _FIELD_HEADS and any(
        (doc[and_i - 1].lower_, doc[k].lower_) in _FIELD_PAIRS for k in range(and_i + 1, hi - 1))
    if (lo == and_i or hi - and_i < 3 and not pair or doc[hi - 1].lower_ not in JOINT_ORG_HEADS and not fields
            or doc[and_i - 1].lower_ in ORG_WORDS
            or doc[and_i - 1].text in alone or doc[and_i - 1].is_upper
            or lo > 0 and _capitalised(doc[lo - 1]) or hi < len(doc) and _capitalised(doc[hi])
            or _inside_longer_org(doc, lo, hi)):
        return None
    return lo, hi


def _inside_longer_org(doc, lo: int, hi: int) -> bool:
    """Do the words lo..hi, "and" and all, lie inside one longer organisation's name the tagger found ("The Department
    of Agriculture's Food Safety and Inspection Service")? Then that name holds them; cutting it would leave "Department"
    a name of its own."""
    if any(doc[k].ent_type_ != "ORG" or k > lo and doc[k].ent_iob_ != "I" for k in range(lo, hi)):
        return False
    return doc[lo].ent_iob_ == "I" or hi < len(doc) and doc[hi].ent_iob_ == "I"


def _named_before_country(doc, ent) -> tuple[int, int] | None:
    """`Age UK`, `Water UK`, `Team GB`: a country (words/org_countries.txt) the tagger found (or took for a person's
    name: "Natural England", or for an organisation: "Police" + "Scotland"), with capitalised words
    of no entity before it on its line that the parser made modifiers of it: one organisation's name."""
    if ent.label_ not in ("GPE", "PERSON", "ORG") or len(ent) > 2 or ent.text.lower() not in ORG_COUNTRIES:
        return None
    doc = ent.doc
    if ent.label_ == "PERSON" and (ent.start == 0 or doc[ent.start - 1].lower_ in GIVEN_NAMES):
        return None  # "Natural England" tagged a person "England"; not "Harry" + "England"
    lo = ent.start
    if (lo > 0 and doc[lo - 1].text == "Visit" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == ent.root.i
            and "\n" not in doc[lo - 1].whitespace_):
        return lo - 1, ent.end  # "Visit Scotland said": the tourist board, the parser's imperative verb and all
    while (lo > 0 and ent.start - lo < _MAX_RUN and _capitalised(doc[lo - 1]) and not doc[lo - 1].ent_type_
           and doc[lo - 1].dep_ == "compound" and ent.start <= doc[lo - 1].head.i < ent.end
           and "\n" not in doc[lo - 1].whitespace_):
        lo -= 1
    return (lo, ent.end) if lo < ent.start else None


#: Small words inside a long organisation's name ("Office for the Coordination of Humanitarian Affairs").
_NAME_LINKS = frozenset(("of", "for", "the", "and", "on", "in", "&"))
#: The most words taken for a name its acronym in brackets spells out.
_MAX_SPELLED = 12


def _spelled_by_acronym(doc, acr) -> tuple[int, int] | None:
    """`The Medicines and Healthcare products Regulatory Agency (MHRA)`, `the UN Office for the Coordination of
    Humanitarian Affairs (OCHA)`: an acronym in brackets right after a name whose capitalised words' initials it
    spells (in order, from the first or second word): the words from the one it opens with to the bracket are one
    organisation's name, however the tagger cut them."""
    text = acr.text
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper() and acr.i >= 2 and acr.i + 1 < len(doc)
            and doc[acr.i - 1].text == "(" and doc[acr.i + 1].text == ")"):
        return None
    hi = acr.i - 1
    lo = hi
    while (lo > 0 and hi - lo < _MAX_SPELLED and "\n" not in doc[lo - 1].whitespace_
           and (doc[lo - 1].is_title or doc[lo - 1].is_upper and doc[lo - 1].is_alpha
                or doc[lo - 1].lower_ in _NAME_LINKS and doc[lo - 1].is_lower
                or doc[lo - 1].is_lower and doc[lo - 1].is_alpha and doc[lo - 1].pos_ == "NOUN" and lo < hi)):
        lo -= 1
    while lo < hi and (doc[lo].lower_ in _NAME_LINKS or not doc[lo].text[:1].isupper()):
        lo += 1  # "the", "and" or a common noun opening the run is no part of the name
    if hi - lo < 2 or all(t.ent_type_ == "PERSON" for t in doc[lo:hi]):
        return None  # (a person's initials: "Jane Doe (JD)")
    capitalised = [t for t in doc[lo:hi] if t.text[:1].isupper()]
    initials = [t.text[0] for t in capitalised]
    if not initials or text[0] not in initials[:2]:
        return None
    k = initials.index(text[0])
    lo = capitalised[k].i  # from the word the acronym opens with ("Yesterday the World Health Organization (WHO)")
    for letter in text[1:]:
        k = next((j for j in range(k + 1, len(initials)) if initials[j] == letter), None)
        if k is None:
            return None
    return lo, hi


#: Heads of a government body named for its portfolio ("Department for Energy Security and Net Zero").
_PORTFOLIO_HEADS = frozenset(("department", "ministry", "office"))


def _portfolio_after_and(doc, ent) -> tuple[int, int] | None:
    """`the Department for Energy Security and Net Zero`: a body named for its portfolio ("Department for", "Ministry
    of") that the tagger ended at "and", the capitalised words after it (one to three, of no entity, on one line,
    the parser's conjunct of the portfolio, words of a portfolio: words/portfolio_words.txt) still part of its
    name."""
    if ent.label_ != "ORG" or ent.end + 2 > len(doc) or doc[ent.end].lower_ != "and":
        return None
    words = [t.lower_ for t in ent]
    if not any(w in _PORTFOLIO_HEADS and k + 1 < len(words) and words[k + 1] in ("for", "of")
               for k, w in enumerate(words)):
        return None
    hi = ent.end + 1
    while (hi < len(doc) and hi - ent.end <= 3 and _capitalised(doc[hi]) and not doc[hi].ent_type_
           and "\n" not in doc[hi - 1].whitespace_):
        hi += 1
    if hi == ent.end + 1 or hi - ent.end > 3 or hi < len(doc) and _capitalised(doc[hi]):
        return None
    last = doc[hi - 1]
    if (last.dep_ != "conj" or not ent.start <= last.head.i < ent.end
            or not all(t.lower_ in PORTFOLIO_WORDS for t in doc[ent.end + 1:hi])):
        return None
    return ent.start, hi


def _places_after_and(doc, ent, places: dict) -> tuple[int, int] | None:
    """`the Port Authority of New York and New Jersey`: a body named "of" a place (an authority, a commission, a
    council: words/joint_org_heads.txt) that the tagger ended at "and", the place right after it (tagged one, on the same line, the parser's conjunct of the body's name) still part of its
    name."""
    if ent.label_ != "ORG" or ent.end + 2 > len(doc) or doc[ent.end].lower_ != "and" or "\n" in doc[ent.end].whitespace_:
        return None
    of = next((t for t in ent[1:] if t.lower_ == "of"), None)
    if of is None or doc[of.i - 1].lower_ not in JOINT_ORG_HEADS:
        return None  # (a body of its own kind: "The Bank of England and France said" are two)
    place = places.get(ent.end + 1)
    if place is None or place.root.dep_ != "conj" or not ent.start <= place.root.head.i < ent.end:
        return None
    return ent.start, place.end


#: Saints a name opens with ("St John's Primary School", "St Thomas' Hospital").
_SAINTS = frozenset(("st", "st.", "saint"))


def _named_with_possessive(doc, ent) -> tuple[int, int] | None:
    """`St John's Primary School`, `Sheffield Children's Hospital Charity`: an organisation's name the tagger cut after
    a possessive inside it (then "Primary School", "Hospital Charity" speak). The capitalised words before the "'s" on
    its line are part of the name when they open with a saint or the possessor is a people's word ("Children's",
    "Women's", "People's"); never a person's or a place's own ("Obama's Justice Department", "Britain's Labour
    Party")."""
    if ent.label_ != "ORG" or ent.start < 2:
        return None
    s, owner = doc[ent.start - 1], doc[ent.start - 2]
    if (s.lower_ not in ("'s", "’s", "'", "’") or s.dep_ != "case" or "\n" in owner.whitespace_ + s.whitespace_
            or not owner.text[:1].isupper() or not ent.start <= owner.head.i < ent.end):
        return None
    lo = owner.i
    while (lo > 0 and owner.i - lo < _MAX_RUN and (_capitalised(doc[lo - 1]) or doc[lo - 1].lower_ in _SAINTS)
           and "\n" not in doc[lo - 1].whitespace_):
        lo -= 1
    if doc[lo].lower_ in _SAINTS and doc[lo].text[:1].isupper() and lo < owner.i:
        return _possessive_pair_start(doc, lo), ent.end
    if owner.lower_ in PEOPLE_NOUNS or owner.lower_ == "people":
        return _possessive_pair_start(doc, lo), ent.end
    return None


def _possessive_pair_start(doc, lo: int) -> int:
    """Where a name with a possessive begins when another possessive is joined to it by "and" ("Guy's and St Thomas'
    NHS Foundation Trust": at "Guy", never a person "Guy" and a trust): one capitalised word with "'s" right before
    "and" on the line. Else `lo`."""
    if lo < 3 or doc[lo - 1].lower_ != "and" or doc[lo - 2].lower_ not in ("'s", "’s"):
        return lo
    owner = doc[lo - 3]
    if not owner.text[:1].isupper() or not owner.is_alpha or "\n" in owner.whitespace_ + doc[lo - 2].whitespace_:
        return lo
    return owner.i


def _named_of_place(doc, i: int) -> tuple[int, int] | None:
    """`the Diocese of Westminster`, `The Archdiocese of Liverpool`: a capitalised head of such names
    (words/org_of_heads.txt) at token i, "of", and one to three capitalised proper nouns after it on the line, the
    last the object of "of" and no capitalised word or possessive after them: one organisation's name, however the
    tagger cut or labelled it ("Archdiocese" a nationality, "Liverpool" an organisation). The capitalised words
    before the head that the parser made its modifiers are part of it too."""
    head = doc[i]
    if not (head.lower_ in ORG_OF_HEADS and head.is_title and head.pos_ == "PROPN" and i + 2 < len(doc)
            and doc[i + 1].lower_ == "of" and doc[i + 1].head.i == i and "\n" not in head.whitespace_ + doc[i + 1].whitespace_):
        return None
    hi = i + 2
    while hi < len(doc) and hi - i - 2 < 3 and _capitalised(doc[hi]) and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    last = doc[hi - 1]
    if (hi == i + 2 or hi - i - 2 > 3 or last.dep_ != "pobj" or last.head.i != i + 1
            or hi < len(doc) and (_capitalised(doc[hi]) or doc[hi].dep_ == "case")):
        return None
    if all(t.ent_type_ == "ORG" for t in doc[i:hi]) and all(t.ent_iob_ == "I" for t in doc[i + 1:hi]):
        return None  # the tagger's name holds it already, maybe a longer one ("the University of California, Berkeley")
    lo = i
    while (lo > 0 and i - lo < _MAX_RUN and _capitalised(doc[lo - 1]) and doc[lo - 1].dep_ == "compound"
           and doc[lo - 1].head.i == i and "\n" not in doc[lo - 1].whitespace_):
        lo -= 1
    while lo > 0 and head.ent_type_ == "ORG" and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == "ORG":
        lo -= 1  # the start of the tagger's name the head ends ("Muslim Council" + "of Britain")
    return lo, hi


def _untagged_words_before(doc, ent) -> tuple[int, int] | None:
    """`The Ebenezer Baptist Church`: an organisation's name ending in an organisation word (words/org_words.txt) that
    the tagger began after capitalised proper nouns of no entity which the parser made modifiers of it, on the same
    line ("Ebenezer" + "Baptist Church"): they are part of the name."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in ORG_WORDS or ent[0].lower_ == "the":
        return None
    lo = ent.start
    while (lo > 0 and ent.start - lo < 2 and _capitalised(doc[lo - 1]) and not doc[lo - 1].ent_type_
           and doc[lo - 1].dep_ == "compound" and ent.start <= doc[lo - 1].head.i < ent.end
           and "\n" not in doc[lo - 1].whitespace_ and doc[lo - 1].lower_ not in ORG_WORDS):
        lo -= 1
    return (lo, ent.end) if lo < ent.start else None


#: The most words of an untagged name after the kind of organisation it is ("the union Unite").
_MAX_DESCRIBED_NAME = 3


def _described_untagged(doc, i: int) -> tuple[int, int] | None:
    """`the union Unite`, `the train drivers' union Aslef`, `the charity Shelter`: capitalised proper nouns of no
    entity right after a lower-case noun saying what kind of organisation they are (words/description_org_kinds.txt),
    on its line: an organisation's name the tagger did not see (then "The union said" next had no union to be)."""
    noun = doc[i]
    if not (noun.is_lower and noun.tag_ == "NN" and i + 1 < len(doc) and "\n" not in noun.whitespace_):
        return None
    hi = i + 1
    while (hi < len(doc) and hi - i <= _MAX_DESCRIBED_NAME and _capitalised(doc[hi]) and not doc[hi].ent_type_
           and doc[hi].lower_ not in GIVEN_NAMES
           and "\n" not in doc[hi - 1].whitespace_):
        hi += 1
    if hi == i + 1 or hi - i > _MAX_DESCRIBED_NAME or hi < len(doc) and (_capitalised(doc[hi]) or doc[hi].ent_type_):
        return None
    return i + 1, hi


#: Papers named "Sunday <word>" (words/sunday_titles.txt).
SUNDAY_TITLES = word_set("sunday_titles")


def _sunday_paper(doc, i: int) -> bool:
    """Is "Sunday" at `i` the first word of a paper's name ("The Sunday Times report", "told the Sunday Telegraph"),
    which the tagger read as a date: after "the" or "a", before a paper's word that no other capitalised word
    follows ("the Sunday Times Square crowd" is no paper)?"""
    return (0 < i and i + 1 < len(doc) and doc[i - 1].lower_ in ("the", "a") and doc[i + 1].is_title
            and doc[i + 1].lower_ in SUNDAY_TITLES and doc[i].ent_type_ in ("DATE", "ORG", "")
            and not (i + 2 < len(doc) and doc[i + 2].is_title and doc[i + 2].pos_ == "PROPN"))


def join_org_names(doc) -> None:
    """Make, in place, each organisation's name joined by "and", cut before a country or spelled out before its
    acronym in brackets one organisation entity."""
    words = texts(doc)
    ands = [i for i, w in enumerate(words) if i > 0 and w.lower() == "and"]
    before_and = {i - 1 for i in ands}
    propn = symbol(doc, "PROPN")
    alone = {w for i, (w, pos) in enumerate(zip(words, column(doc, "POS")))
             if pos == propn and w[:1].isupper() and w.isalpha() and i not in before_and} if ands else set()
    spans = [span for i in ands if (span := _joined_span(doc, i, alone)) is not None]
    spans += [span for ent in doc.ents if (span := _named_before_country(doc, ent)) is not None]
    spans += [span for ent in doc.ents if (span := _portfolio_after_and(doc, ent)) is not None]
    if ands:
        places = {ent.start: ent for ent in doc.ents if ent.label_ == "GPE"}
        spans += [span for ent in doc.ents if (span := _places_after_and(doc, ent, places)) is not None]
    spans += [span for i, w in enumerate(words) if w == "(" and i + 2 < len(doc)
              and (span := _spelled_by_acronym(doc, doc[i + 1])) is not None]
    spans += [span for ent in doc.ents if (span := _named_with_possessive(doc, ent)) is not None]
    spans += [span for i, w in enumerate(words) if w.lower() in ORG_OF_HEADS and (span := _named_of_place(doc, i))]
    spans += [span for ent in doc.ents if (span := _untagged_words_before(doc, ent)) is not None]
    spans += [span for i, w in enumerate(words) if w.lower() in DESCRIPTION_ORG_KINDS
              and (span := _described_untagged(doc, i)) is not None]
    spans += [(i, i + 2) for i, w in enumerate(words) if w == "Sunday" and _sunday_paper(doc, i)]
    kept: list[tuple[int, int]] = []
    for lo, hi in sorted(set(spans), key=lambda span: span[0] - span[1]):  # the longest of overlapping names
        if not any(lo < k_hi and k_lo < hi for k_lo, k_hi in kept):
            kept.append((lo, hi))
    spans = kept
    if not spans:
        return
    out = [ent for ent in doc.ents if not any(ent.start < hi and lo < ent.end for lo, hi in spans)]
    for lo, hi in spans:
        span = doc[lo:hi]
        span.label_ = "ORG"
        out.append(span)
    doc.ents = sorted(out, key=lambda e: e.start)
