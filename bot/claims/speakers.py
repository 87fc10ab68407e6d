"""Stage 4: the speaker as written at the cue: name or noun phrase, role and channel.

Works on one subject token of the parse; resolving pronouns, surnames and title
phrases to a canonical name is the next stage (`resolve`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.claims.cues import DASHES, is_verb, org_acronym, quoted_as, quoted_name_after
from bot.claims.frames import Frame
from bot.claims.lexicon import (AUDIENCE_NOUNS, CHANNEL_NAMES, CHURCH_STYLES, CHANNEL_NOUNS, CHANNEL_PARTICIPLES, CHANNEL_PREPS,
                                CHANNEL_VERBS, DESCRIPTION_ORG_KINDS, FORMER_WORDS, GIVEN_NAMES, GROUP_NOUNS, HEADLINE_VERBS,
                                HONORIFIC_STEMS, HONORIFICS, KINSHIP_NOUNS, LAWYER_NOUNS, TERRITORIAL_STYLES, LED_BY_ROLES, NAME_DESCRIPTIONS, NAME_HONORIFICS, NAME_ORG_KINDS,
                                NAME_PARTICLES, NAMING_VERBS,
                                OFFICIAL_NOUNS, ORG_NOUNS, ORG_WORDS, OWNER_PEOPLE, PARTITIVE_WORDS, PEOPLE_NOUNS, PORTFOLIO_WORDS,
                                PARTY_EPITHETS, PLACE_NAMES, PLATFORM_FEATURES, POST_NOMINALS, QUOTING_FORMS, SPEAKS_FOR_OWNER, SPOKES_NOUNS,
                                TITLE_PREFIXES, UTTERANCE_NOUNS, forms_table, read_words, reporting_base, word_set)
from bot.claims.validate import DOCUMENT_NOUNS, NON_AGENTS, THINGS, is_valid_speaker

PERSON_LABELS = ("PERSON",)
ORG_LABELS = ("ORG", "GPE", "FAC", "NORP")
_PRONOUNS = frozenset("he she his her they it its their i we you him them".split())
#: Object pronouns, a speaker only as the one quoted or the source ("quoted him as saying", "according to him").
_OBJECT_PRONOUNS = frozenset(("him", "them"))


@dataclass(frozen=True)
class SpeakerRef:
    text: str  # the name or phrase as written ("Bennett", "the minister", "she")
    kind: str  # person / organisation / group / unknown
    role: str | None
    head: int  # token index
    pronoun: bool = False
    named: bool = False  # a proper name (entity or PROPN)


def _span_text(doc, lo: int, hi: int) -> str:
    if hi <= lo:
        return ""
    return doc[lo:hi].text


def _strip_det(doc, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (doc[lo].dep_ in ("det", "punct", "cc") or doc[lo].is_space) and not _number_ten(doc, lo):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return lo, hi


def _number_ten(doc, i: int) -> bool:
    """Is token i the "No" of "No 10" (Downing Street: "No 10 said"), which the parser reads as a determiner?"""
    return doc[i].text in ("No", "No.", "Number") and i + 1 < len(doc) and doc[i + 1].text == "10"


def _glued_mark_name(doc, i: int) -> int | None:
    """A capitalised word glued to a "?" or "!" inside its sentence, the sentence going on in lower case after it
    ("Which? said the fees were unfair", "The consumer group Which? said"): a name written with its mark (the
    parser takes "Which" for a question word), at token `i` or its mark; the word's index, else None."""
    if doc[i].text in ("?", "!") and i:
        i -= 1
    tok = doc[i]
    if (not tok.text[:1].isupper() or not tok.is_alpha or tok.whitespace_ or i + 2 >= len(doc)
            or doc[i + 1].text not in ("?", "!") or doc[i + 2].sent.start != tok.sent.start):
        return None
    after = doc[i + 2]
    return i if after.text[:1].islower() or after.text in (",", ":") else None


# A word that is only a number or a score ("4-6", "6-3,", "2024", "(3)"): never part of a name.
_NUMBER_WORD = re.compile(r"^\W*\d[\d\W]*$")


def post_nominal(word: str) -> bool:
    """Letters written after a name ("MP", "KC", "OBE", "PhD"; words/post_nominals.txt), as written: with a capital
    after the first letter."""
    return word.lower() in POST_NOMINALS and word[1:] != word[1:].lower()


def _office_letters_end(words: list[str]) -> int:
    """Where a person's name starts after an office's letters the tagger took into it with the party or place before
    them ("Sinn Féin TD Pearse Doherty", "Social Democrats TD Holly Cairns"; words/post_nominals.txt, an office):
    after the last such letters followed by two or three capitalised words of no organisation's name; else 0."""
    for i in range(len(words) - 3, -1, -1):
        rest = words[i + 1:]
        if (POST_NOMINALS.get(words[i].lower()) and post_nominal(words[i]) and 2 <= len(rest) <= 3
                and all(w[:1].isupper() for w in rest) and not any(w.lower().rstrip(".,") in ORG_WORDS for w in rest)):
            return i + 1
    return 0


#: A title before a name, with its point or without ("Sen.", "Sen"), as `clean_name` drops it.
_HONORIFIC_FORMS = HONORIFICS | HONORIFIC_STEMS

#: Words that join the words of an organisation's name ("Justice and Equality Movement", "Bureau of Investigation").
_NAME_JOINS = frozenset(("and", "of", "for", "&"))


#: Words a broadcaster's number follows in its name ("Channel 4", "BBC Radio 4", "France 24", "Rai 1", "Channel 12").
_NUMBERED_OUTLET_WORDS = frozenset(("channel", "radio", "tv", "television", "france", "rai", "canal", "kanal"))


def _channel_number(words: list[str], i: int) -> bool:
    """Is the number `words[i]` part of a broadcaster's name ("Channel 4 News", "BBC Radio 4"), never cut like an
    age or a score?"""
    return i > 0 and words[i].isdigit() and len(words[i]) <= 3 and words[i - 1].lower() in _NUMBERED_OUTLET_WORDS


def numbered_outlet(tok) -> str | None:
    """A broadcaster named with a number after a place ("France 24 reported"), which the tagger split into the
    place and a date: the name with its number; else None."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (nxt is None or not tok.is_title or not _channel_number([tok.text, nxt.text], 1) or nxt.head.i != tok.i
            or tok.ent_type_ not in ("GPE", "LOC")):
        return None
    return f"{tok.text} {nxt.text}"


def clean_name(name: str) -> str:
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w.endswith(":")), None)
    if cut is not None:
        words = words[:cut + 1]  # "Luciana Lopez: Saying": a transcript's label the tagger ran into the turn
    cut = next((i for i, w in enumerate(words) if _NUMBER_WORD.match(w) and not _channel_number(words, i)), len(words))
    words = words[:cut] if cut else [w for w in words if not _NUMBER_WORD.match(w)]  # "Petrášková 4-6" -> "Petrášková"
    while len(words) > 1 and (words[0].lower() in ("neither", "nor", "both", "and", "but", "former", "late")
                              or words[0].lower().endswith("ed") and reporting_base(words[0])):
        words = words[1:]  # "Neither Cruz", "Stated Stone"
    cut = next((i for i in range(1, len(words) - 1) if words[i] in ("on", "via") and _platform_words(words[i + 1:])),
               len(words))
    words = words[:cut]  # "Trump on Truth Social": a platform the tagger ran into the name is its channel
    cut = next((i for i, w in enumerate(words) if i and w[:1].isupper() and w.lower() in HEADLINE_VERBS), len(words))
    words = words[:cut]  # "Ted Cruz Apologizes", "Glenn Beck Blasts Drudge": a headline's verb and what follows
    while len(words) > 1 and post_nominal(words[-1].rstrip(",")) and (
            len(words) > 2 or not POST_NOMINALS[words[-1].rstrip(",").lower()]):
        words = words[:-1]  # "Tom Reed MP", "Pannick KC": letters after a name are no part of it ("Labour MP" is)
    words = words[_office_letters_end(words):]  # "Sinn Féin TD Pearse Doherty": the party and office, no name
    if (len(words) > 2 and words[0].isalpha() and words[0].islower() and words[0] not in NAME_PARTICLES
            and words[0] not in ("a", "an", "the") and words[1][:1].isupper() and words[2][:1].isupper()):
        words = words[1:]  # "kaumātua Kingi Taurua": a description in lower case the tagger took into the name
    if len(words) > 2 and f"{words[0]} {words[1]}".lower() in _HONORIFIC_FORMS:
        words = words[2:]  # "Tan Sri Muhyiddin Yassin": a style of two words
    words = words[church_style_end(words):]  # "The Rt Rev Sarah Mullally": a style of the clergy
    while (len(words) > 1 and words[0].lower().rstrip(".") + ("." if words[0].endswith(".") else "") in _HONORIFIC_FORMS
           and not _titled_org(words)):
        if words[1].lower() in _NAME_JOINS:
            break  # "Justice and Equality Movement": a word of an organisation's name, no title
        words = words[1:]
    if (len(words) > 1 and words[0][:1].isupper() and words[1].lower() in GIVEN_NAMES
            and words[0].lower()[-1:] == "s" and words[0].lower()[:-1] in KINSHIP_NOUNS.keys() | NAME_DESCRIPTIONS):
        words = words[1:]  # "Brothers Tom and Jack Hill", "Parents Mark and Debbie": a plural is no one's name
    if (len(words) > 2 and words[0][:1].isupper() and words[0].lower().split("-")[0] in NAME_DESCRIPTIONS
            and words[1].lower() not in _NAME_JOINS):  # ("Driver and Vehicle Standards Agency": a name's own word)
        words = words[1:]  # "Grandmother Pat Wilkins", "Landlady Sue Barker", "Father-of-two Ian Moss"
    if (len(words) > 2 and words[0].lower() in PARTY_NAMES
            and words[1].lower() in GIVEN_NAMES):
        words = words[1:]  # "ousting Conservative Andy Street": the party is no part of the name
    out = " ".join(words)
    # a bracket at the end, closed or not, is an abbreviation or an aside: "World Health Organization (WHO"
    out = re.sub(r"(?<=\w)\s*\([^()]*\)?$", "", out) if "(" in out[1:] else out
    out = re.sub(r"(?:'s|’s|'|’)$", "", out)
    out = re.sub(r"\s+[-–—]+$", "", out)  # "Ruth Cole -": the dash opening an aside the tagger took in
    return out.strip(" ,.;:")


def church_style_end(words: list[str]) -> int:
    """How many of a name's first words are a style of the clergy ("The Rev", "The Rt Rev", "Most Rev";
    words/church_styles.txt) with a capitalised word after them; else 0."""
    lower = tuple(w.lower().rstrip(".") for w in words[:4])
    for style in CHURCH_STYLES:
        k = len(style)
        if len(words) > k and lower[:k] == style and words[k][:1].isupper():
            return k
    return 0


def _titled_org(words: list[str]) -> bool:
    """Does an organisation's name open with a word that is also a title ("General Motors", "General Electric",
    "Justice Department", "Sheriff Department"): it ends in an organisation word and no first name follows the
    title ("Mayor John Bank" is a person)."""
    return (words[-1].lower().rstrip(".,") in ORG_WORDS and words[0][:1].isupper()
            and words[1].lower() not in GIVEN_NAMES)


def name_s(tok) -> str:
    """The "'s" that ends a company's name ("Moody's downgraded", "Sainsbury's said", "a spokesman for McDonald's"):
    on a name the tagger calls an organisation that owns nothing there (no possessive, and a verb, a preposition or
    a punctuation mark after it); else ""."""
    if tok.ent_type_ != "ORG" or tok.dep_ == "poss" or tok.i + 1 >= len(tok.doc):
        return ""
    s = tok.doc[tok.i + 1]
    if not (s.dep_ == "case" and s.head.i == tok.i and s.lower_ in ("'s", "’s")):
        return ""
    after = tok.doc[s.i + 1] if s.i + 1 < len(tok.doc) else None
    # nothing it could own follows ("outside CNN's building" is CNN's, whatever the parser says)
    return s.text if after is None or after.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") else ""


def org_shaped(name: str) -> bool:
    """A name the tagger called a person's but that ends in an organisation word ("Harlow Gazette")."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in ORG_WORDS


def place_name(name: str) -> bool:
    """A capital or a country that speaks for its government ("Kyiv", "Khartoum"; words/place_names.txt), which the
    tagger sometimes takes for a person's name: a place, never a person."""
    return name.lower() in PLACE_NAMES


def _platform_words(words: list[str]) -> bool:
    """Are a name's last words a platform alone ("X", "Instagram", "Truth Social"), capitalised?"""
    name = " ".join(words).rstrip(".,")
    return name[:1].isupper() and (len(words) == 1 and name.lower() in CHANNEL_NAMES and name.lower() not in (
        "social", "truth") or platform_feature(name))


def platform_feature(name: str) -> bool:
    """A platform's own feature or service that the tagger called a person ("Instagram Live", "Truth Social"):
    words/channel_names.txt then words/platform_features.txt."""
    words = name.lower().split()
    return len(words) == 2 and words[0] in CHANNEL_NAMES and words[1] in PLATFORM_FEATURES


#: Words that end a person's name after it ("Donald Trump Jr.").
NAME_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
#: Words after a comma that still belong to a name ("Tom Reed, Jr.", "Kestrel, Inc.").
_COMMA_SUFFIXES = NAME_SUFFIXES | frozenset(("inc", "inc.", "ltd", "ltd.", "llc", "co.", "corp", "corp."))


def _one_name(doc, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The part of a person's or organisation's name span holding token `at`, cut at a comma the tagger ran across
    ("... went to Marsh, Wilkins said": two names, the content's last and the speaker's), but for a suffix ("Tom
    Reed, Jr.")."""
    if not all(t.pos_ == "PROPN" or t.text == "," for t in doc[lo:hi]):
        return lo, hi  # "University of California, Berkeley": one name
    for k in range(lo + 1, hi - 1):
        if doc[k].text == "," and doc[k + 1].lower_ not in _COMMA_SUFFIXES:
            if k < at:
                lo = k + 1
            else:
                return lo, k
    return lo, hi


def one_name(ent):
    """A person's or organisation's entity cut to the one name holding its root (`_one_name`)."""
    if ent.label_ not in ("PERSON", "ORG"):
        return ent
    lo, hi = _one_name(ent.doc, ent.start, ent.end, ent.root.i)
    if (lo, hi) == (ent.start, ent.end):
        return ent
    # lazy: spaCy is loaded with the model (bot.claims.nlp), not by every process that imports the engine
    from spacy.tokens import Span

    return Span(ent.doc, lo, hi, label=ent.label_)


def _entity_of(tok):
    """The entity span around tok, cut at line breaks (the tagger sometimes runs across paragraphs)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    lo = tok.i
    while lo > 0 and doc[lo].ent_iob_ == "I" and not doc[lo - 1].is_space and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I" and not doc[hi].is_space and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    if tok.ent_type_ in ("PERSON", "ORG"):
        lo, hi = _one_name(doc, lo, hi, tok.i)
    label = tok.ent_type_
    if (hi < len(doc) and doc[hi - 1].lower_ == "of" and hi - lo > 1 and doc[hi].ent_iob_ == "B"
            and doc[hi].ent_type_ in ("ORG", "GPE") and "\n" not in doc[hi - 1].whitespace_):
        # "The City of" + "Edinburgh Council": a name the tagger cut after "of" goes on with the name after it
        hi += 1
        while hi < len(doc) and doc[hi].ent_iob_ == "I" and "\n" not in doc[hi - 1].whitespace_:
            hi += 1
        label = "ORG"
    # lazy: spaCy is loaded with the model (bot.claims.nlp), not by every process that imports the engine
    from spacy.tokens import Span

    return Span(doc, lo, hi, label=label)


def is_name_word(frame: Frame, tok) -> bool:
    """A word of a name the article uses elsewhere that the tagger took here for a common noun or an
    auxiliary ("Hannity pressed", "Will wrote"), or for a preposition it still made a subject ("From said", of
    Al From): not first in its sentence, not glued to a hyphen."""
    return ((tok.pos_ in ("NOUN", "AUX") or tok.pos_ == "ADP" and tok.dep_ == "nsubj") and not tok.ent_type_
            and tok.text in frame.name_words and tok.i > tok.sent.start and bool(tok.doc[tok.i - 1].whitespace_))


#: Playing positions the parser reads as no noun after a team's name (words/team_positions.txt), by their words.
TEAM_POSITIONS = frozenset(tuple(p.split()) for p in word_set("team_positions"))
_POSITION_LENGTH = max(len(p) for p in TEAM_POSITIONS)


def _team_position_span(frame: Frame, tok) -> tuple[int, int] | None:
    """"the Lakers forward said", "the Saints running back said", "the Wales full-back said": a team's name after "the"
    that the parser made the subject, with a playing position (words/team_positions.txt) between it and its verb, is a
    player's description: its span from "the" to the position's last word, else None."""
    doc = frame.doc
    verb = tok.head
    if (not (tok.pos_ == "PROPN" or tok.is_title and tok.ent_type_ in ("ORG", "GPE", "NORP")) or tok.dep_ != "nsubj"
            or not tok.i < verb.i or frame.tok_quote[tok.i] >= 0):
        return None  # (a name the tagger took for a common noun: "the Saints" tagged an organisation)
    lo = tok.i
    while lo > 0 and doc[lo - 1].dep_ in ("compound", "flat") and doc[lo - 1].pos_ == "PROPN":
        lo -= 1
    if lo == 0 or doc[lo - 1].lower_ != "the":
        return None
    words = tuple(t.lower_ for t in doc[tok.i + 1:verb.i] if t.text not in ("-", "–"))
    hyphened = tuple("-".join(words[k:k + 2]) for k in range(len(words) - 1))
    if not (0 < len(words) <= _POSITION_LENGTH + 1) or not (
            words in TEAM_POSITIONS or len(words) == 2 and hyphened in TEAM_POSITIONS):
        return None
    return lo - 1, verb.i


def _team_position(frame: Frame, tok) -> SpeakerRef | None:
    """The player's description of `_team_position_span` as a reference, as written without "the", its head the
    position's last word."""
    span = _team_position_span(frame, tok)
    if span is None:
        return None
    text = _span_text(frame.doc, span[0] + 1, span[1]).strip()
    return SpeakerRef(text, "person", text, span[1] - 1)


def nation_of_acronym(doc, lo: int, hi: int) -> int:
    """Where an acronym's name begins when a nationality modifies it ("the Turkish FA", "the Chinese CDC", "the Irish
    FA"): the nationality is part of the name (the FA, the CDC are other bodies); else `lo`."""
    if lo == 0 or hi - lo != 1 or not (doc[lo].is_upper and len(doc[lo].text) >= 2 and doc[lo].is_alpha):
        return lo
    nation = doc[lo - 1]
    if (nation.dep_ in ("amod", "compound") and nation.head.i == hi - 1 and nation.ent_type_ == "NORP"
            and nation.text[:1].isupper() and nation.is_alpha):
        return lo - 1
    return lo


def place_owned(frame: Frame, lo: int, hi: int) -> int:
    """Where a body's name begins when it is a description in lower case that the tagger took for a name, owned by a
    place ("Russia's defence ministry", "Ukraine's navy": "defence ministry" alone is any country's): at the place's
    name; else `lo`."""
    doc = frame.doc
    if lo < 2 or not all(t.is_lower or t.is_punct for t in doc[lo:hi]) or doc[lo - 1].dep_ != "case":
        return lo
    owner = doc[lo - 2]
    ent = _entity_of(owner)
    if owner.dep_ != "poss" or owner.head.i not in range(lo, hi) or ent is None or not _place_owner(frame, owner):
        return lo
    return ent.start if doc[ent.start].lower_ != "the" else ent.start + 1


def speaker_ref(frame: Frame, head_i: int) -> SpeakerRef | None:
    doc = frame.doc
    tok = doc[head_i]
    low = tok.lower_
    glued = _glued_mark_name(doc, head_i)
    if glued is not None:
        # "Which? said …": the name with its mark, never the question word the parser saw
        return SpeakerRef(doc[glued].text + doc[glued + 1].text, "organisation", role_of(frame, doc[glued]), glued,
                          named=True)
    if low in _OBJECT_PRONOUNS and not _source_object(tok):
        return None  # "which allows him to deny ...": no speaker's word
    if low in _PRONOUNS:
        return SpeakerRef(tok.text, "unknown", None, head_i, pronoun=True)
    antecedent = tok.head.head
    if (low in ("that", "which") and tok.dep_ == "nsubj" and tok.head.dep_ in ("acl", "relcl")
            and antecedent.i < head_i and antecedent.pos_ == "NOUN" and antecedent.lower_ in DOCUMENT_NOUNS):
        # "releasing a statement that ... accused": the document (and so its owner), never the word "that"
        return speaker_ref(frame, antecedent.i)
    named = _named_antecedent(frame, tok)
    if named is not None:
        return speaker_ref(frame, named)
    described = _described_antecedent(frame, tok)
    if described is not None:
        return speaker_ref(frame, described)
    cited = _according_source_who(tok)
    if cited is not None:
        return speaker_ref(frame, cited.i)  # "according to a source familiar with the matter, who told Reuters: …"
    ref = _name_closing_title_of(frame, tok)
    if ref is not None:
        return ref  # "Leader of the Opposition V.D. Satheesan said": Satheesan, never the title nor "Opposition …"
    name = title_particle_name(tok)
    if name is not None:  # "General Secretary To Lam said": To Lam, never "Secretary"
        lo, _ = _strip_det(doc, tok.left_edge.i, tok.i + 1)
        return SpeakerRef(_span_text(doc, name.start, name.end), "person", _span_text(doc, lo, tok.i + 1),
                          name.end - 1, named=True)
    writer = _writer_of_participle(tok) or _subject_past_opening_participle(tok)
    if writer is not None:
        # "Writing in the Church Times, the Bishop of Oxford, Steven Croft, argued": the parser made the participle
        # the subject and hung the writer on it; the writer speaks, never "Writing in the Church Times"
        return speaker_ref(frame, writer.i)
    if low in ("one", "another"):
        # "one of the executives, Ruth Cole, said", "Another, Linda Hughes, 54, said": the person in apposition is
        # the speaker; with no name, "said one of those advisers, who spoke on the condition of anonymity": someone
        # of that group, as written
        ref = _appos_person(frame, tok) or _displaced_appos_person(frame, tok)  # ("One of the men, Jack Trewin,")
        if ref is not None:
            return ref
        group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS"), None)
        if group is not None:
            return SpeakerRef(f"{tok.text} of {_span_text(doc, *_np_bounds(group))}".strip(" ,"), "person", None, head_i)
        if bare_one(tok):
            # "One said …", `"…," one wrote`, "One of them said": as written
            return SpeakerRef(_span_text(doc, tok.i, tok.right_edge.i + 1).strip(), "unknown", None, head_i)
    ref = _name_after_rank(frame, tok)
    if ref is not None:
        return ref  # 'said Eureka police Capt. Leonard La France.': the ranked name the parser split off
    ref = _partitive(frame, tok) or _share_ref(frame, tok)  # "some of Clinton's allies said", "One in five said": as
    if ref is not None:                                         # written
        return ref
    ref = _team_position(frame, tok)
    if ref is not None:
        # "the Lakers forward said", "the Saints running back said": a player, never the team the parser made the subject
        return ref
    paper = sunday_paper(tok) or numbered_outlet(tok)
    if paper is not None:  # "The Mail on Sunday reported", never "Mail"; "Scotland on Sunday", "France 24", never
        # the place
        return SpeakerRef(paper, "organisation", None, head_i, named=True)
    if is_name_word(frame, tok):
        # "Hannity pressed", "Will wrote": a word of a name the article uses, which the tagger took for another
        return SpeakerRef(clean_name(tok.text), "person", None, head_i, named=True)
    if tok.i and _number_ten(doc, tok.i - 1):
        return SpeakerRef(_span_text(doc, tok.i - 1, tok.i + 1), "organisation", None, head_i, named=True)  # "No 10 said"
    if (tok.pos_ in ("DET", "PRON", "NUM", "ADP", "PUNCT") or tok.is_space) and not _mistagged_name(tok):
        return None
    name = campaign_name(tok) or _capitalised_noun_name(tok)
    if name is not None:
        # "Consumer Reports, which first flagged the issue, said": a name of capitalised common nouns, no description
        return SpeakerRef(name, "organisation", role_of(frame, tok), head_i, named=True)
    # "the family's solicitor, Amara Nwosu, said", "the ministry's spokesman, Ahmed Karimi, said": the person in
    # apposition is the speaker (a spokesman is an organisation's voice, but a named one is that person)
    described = (tok.pos_ == "NOUN" or title_word(tok) or _hyphened_title(tok)  # "the Labour MP", as "the minister"
                 or _owned_office(tok)  # "The utility's CEO, Jason Wells, said"
                 or _untagged_office(tok))  # "The Groceries Code Adjudicator, Mark White, said"
    if tok.pos_ == "NOUN":
        ref = _named_by_participle(frame, tok)  # "a man named Tom Reed said"
        if ref is not None:
            return ref
    if described and (tok.lower_ not in ORG_NOUNS or tok.lower_ in SPOKES_NOUNS):
        ref = _appos_person(frame, tok) or _displaced_appos_person(frame, tok)
        if ref is not None:
            return ref
    if tok.pos_ == "NOUN" and tok.lower_ in ORG_NOUNS:
        # "one group, the Harlow Tenants Union, said": the organisation in apposition is the speaker
        after = _acronym_after(tok)
        for c in (*tok.children, *after):
            if (c.dep_ == "appos" or c in after or _set_off_name(c, tok)) and frame.tok_quote[c.i] < 0 and (
                    c.ent_type_ == "ORG" or _glued_org_name(tok, c)):
                ent = _entity_of(c)
                lo, hi = (ent.start, ent.end) if ent is not None else (c.left_edge.i, c.i + 1)
                name = clean_name(_span_text(doc, *_strip_det(doc, lo, hi)))
                if name:
                    lo, hi = _strip_det(doc, *_np_bounds(tok))
                    return SpeakerRef(name, "organisation", _span_text(doc, lo, hi), c.i, named=True)
    role = role_of(frame, tok)
    sibling = told_apart_by_age(tok)
    if sibling is not None:
        # "The younger Gallagher wrote": one of two of that name, told apart by age: as written, never the one of
        # them named in full before
        return SpeakerRef(sibling, "person", role, head_i)
    if title_word(tok) or _party_member(tok):
        # "The Labour MP said", "the Republican Senator said": a capitalised title after an article is a
        # description, never a name ("Labour" is the party, not the member): as written, or the one given it
        lo, hi = _strip_det(doc, *_np_bounds(tok))
        return SpeakerRef(_span_text(doc, lo, hi), "person", role, head_i)
    ref = _owned_role_person(frame, tok)  # "The Institute for Fiscal Studies' director, Paul Johnson, told"
    if ref is not None:
        return ref
    ent = _entity_of(tok)
    if ent is not None and len(ent) == 1 and post_nominal(tok.text) and tok.i and doc[tok.i - 1].ent_type_ == "PERSON":
        ent = None  # "Barrister Greg Barns SC said": the letters the tagger called an organisation (below)
    if ent is not None and (ent.label_ in PERSON_LABELS + ORG_LABELS or ent.root.i == tok.i and _org_taken_for_place(ent)):
        # (a service the tagger took for a place, its head before "of": "The East of England Ambulance Service")
        lo, hi = _strip_det(doc, ent.start, ent.end)
        held = titled_name_start(ent)
        if held is not None and held <= tok.i:  # "Auckland Mayor Wayne Brown said": Wayne Brown, the mayor
            return SpeakerRef(clean_name(_span_text(doc, held, hi)), "person", role, head_i, named=True)
        lo = nation_of_acronym(doc, lo, hi)  # "the Chinese CDC", never the CDC
        lo = place_owned(frame, lo, hi)  # "Russia's defence ministry", never any "defence ministry"
        name = clean_name(_span_text(doc, lo, hi))
        if not name:
            return None
        name += name_s(doc[hi - 1] if doc[hi - 1].dep_ != "case" else doc[hi - 2])
        kind = "person" if ent.label_ == "PERSON" else ("group" if ent.label_ == "NORP" else "organisation")
        if kind == "group" and _one_member(tok, ent):
            # "one Democrat who attended", "A senior Tory said", "Another Republican": one member of a party or a
            # nation, as written, never the party
            return SpeakerRef(_span_text(doc, *_strip_det(doc, *_np_bounds(tok))).strip(), "person", role, head_i)
        if kind == "person" and (any(t.lower_ in ORG_NOUNS for t in ent) or org_shaped(name) or place_name(name)):
            kind = "organisation"  # ("Kyiv said": a place the tagger took for a person speaks for its government)
        return SpeakerRef(name, kind, role, head_i, named=True)
    if tok.pos_ == "PROPN" and tok.lower_ in HONORIFICS:
        # "Sirius XM Vice President for news and talk Dave Gorab called": a title the parser split from
        # its name, which it hung on the title as a conjunct or apposition
        for c in [*tok.children, *_portfolio_holder(tok)]:
            if c.dep_ in ("conj", "appos", "pobj") and (c.ent_type_ == "PERSON" or _listed_person_org(c)) \
                    and c.i > tok.i and frame.tok_quote[c.i] < 0:
                ent = _entity_of(c)
                name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end))) if ent is not None else ""
                if name:
                    lo = tok.i
                    while lo > 0 and doc[lo - 1].dep_ in ("compound", "flat") and doc[lo - 1].pos_ == "PROPN":
                        lo -= 1
                    return SpeakerRef(name, "person", _span_text(doc, lo, ent.start).rstrip(" ,"), c.i, named=True)
    if tok.pos_ == "PROPN" and post_nominal(tok.text) and tok.i and doc[tok.i - 1].ent_type_ == "PERSON":
        # "Local MP Tom Reed MP called": the parser made the letters after the name its head; the name is the
        # person's before them, never "Reed MP"
        ent = _entity_of(doc[tok.i - 1])
        name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end))) if ent is not None else ""
        if name:
            return SpeakerRef(name, "person", role, ent.end - 1, named=True)
    if tok.pos_ == "PROPN" and not (_lower_common_noun(tok) or tok.is_lower and low in ORG_NOUNS):
        # ("the Gaza health ministry", "Italy's finance ministry": a noun)
        lo = tok.i
        # the words before it that modify it or one another ("North" of "East" in "North East Ambulance Service")
        while lo > 0:
            glued = _glued_hyphen(doc, lo - 1)
            k = lo - 2 if glued else lo - 1  # "Okonjo-Iweala" is one name, never "Iweala"
            if (doc[k].lower_ in HONORIFICS and doc[lo].ent_type_ != "ORG" and doc[lo].is_title
                    and not org_shaped(_span_text(doc, lo, tok.i + 1))):
                break  # a title before a name is no part of it ("Lagos State Governor Babajide Sanwo-Olu")
            if not (glued and doc[k].pos_ == "PROPN"  # (whatever the parser hung it on: "Sanwo" + "-" + "Olu")
                    or doc[k].dep_ in ("compound", "flat") and doc[k].head.i >= lo
                    and (doc[k].pos_ == "PROPN" or doc[k].pos_ == "NOUN" and doc[k].is_title and not doc[k].ent_type_
                         or doc[k].is_title and doc[k].lower_ in GIVEN_NAMES)  # ("Gergely" taken for an adverb)
                    or _capitalised_name_adjective(doc[k], lo)):  # ("Consumer Reports", "Consumer" a noun)
                break
            lo = k
        lo = nation_of_acronym(doc, lo, tok.i + 1)  # "the Turkish FA", never the FA
        lo = _office_holder_before(doc, lo, tok)  # "The Prime Minister's Office", never "Office"
        name = clean_name(_span_text(doc, lo, tok.i + 1))
        kind = "organisation" if org_shaped(name) else "person"  # a service the tagger took for a place
        return SpeakerRef(name, kind, role, head_i, named=True) if name else None
    utterer = _utterer(frame, tok)
    if utterer is not None:
        return utterer
    quoted_name = quoted_name_after(frame, tok) if low in GROUP_NOUNS or low in ORG_NOUNS else None
    if quoted_name is not None:
        # `The campaign group "Save Our Libraries" said`: the group by its name, never "campaign group"
        lo, hi = _strip_det(doc, *_np_bounds(tok))
        return SpeakerRef(quoted_name[1], "organisation", _span_text(doc, lo, tok.i + 1), head_i, named=True)
    # "Sanders' campaign said", "Clinton's spokesman said": the named owner speaks through them
    # (not a lawyer: "Reyes's lawyer said" is the lawyer's argument, not words of Reyes's; it stays as written; nor
    # aides, advisers or allies, a reporter's sources on what the owner thinks: "Biden aides privately fear …",
    # "Mr Sunak's allies insist he will fight on" stay as written, like "an ally of Boris Johnson")
    if tok.pos_ == "NOUN" and (low in ("campaign", "camp", "team", "office", "staff")
                               or low in SPOKES_NOUNS
                               or low in CHANNEL_NOUNS  # "Sanders' fundraising email notes that ..."
                               or low in UTTERANCE_NOUNS):  # "Barrett's dictum to his interns was, "Q""
        # also "the Clinton campaign", "a Cruz spokesman": a person's name as the noun's modifier
        poss = next((c for c in tok.children if c.dep_ == "poss" and (c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN")
                     and not _place_owner(frame, c)  # "Ukraine's general staff": no place's own (below)
                     and c.ent_type_ not in ("DATE", "TIME")  # "Monday's report by X": a day's, X's (below)
                     or c.dep_ == "compound" and c.ent_type_ == "PERSON"), None)
        if poss is None:
            poss = _whose_antecedent(frame, tok)  # "condemned by Labour, whose spokesman said": Labour's
        if poss is not None:
            ent = _entity_of(poss)
            name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end))) if ent is not None else poss.text
            if name:
                kind = "person" if poss.ent_type_ == "PERSON" else "organisation"
                return SpeakerRef(name, kind, _span_text(doc, *_strip_det(doc, *_np_bounds(tok))), poss.i, named=True)
    if tok.pos_ == "NOUN" and low in LAWYER_NOUNS:
        client = _whose_antecedent(frame, tok)
        if client is not None:
            # "Trump, whose attorneys argued": the lawyers, as written, never their client (a lawyer's argument is no
            # words of the client's)
            return SpeakerRef(f"{client.text}'s {tok.text}", "person", None, head_i)
    owner = _untagged_owner(tok)
    if owner is not None:
        # "An Ofsted spokesperson said", "A DfE spokesperson said": the body the tagger did not see, or took for a
        # place, speaks through its spokesperson
        lo, hi = _strip_det(doc, *_np_bounds(tok))
        return SpeakerRef(owner.text, "organisation", _span_text(doc, lo, hi), head_i, named=True)
    # a common noun: "the minister", "a spokesman for SkyVale", "experts", "officials at the agency"
    org = _owner_org(tok) if _speaks_for_owner(tok) else None
    if org is not None and not _speaks_for_place(tok, org):
        lo, hi = _strip_det(doc, org.start, org.end)
        np_lo, np_hi = _np_bounds(tok)
        return SpeakerRef(clean_name(_span_text(doc, lo, hi)), "organisation",
                          role or _span_text(doc, *_strip_det(doc, np_lo, np_hi)), head_i, named=True)
    lo, hi = _np_bounds(tok)
    lo, hi = _strip_det(doc, lo, hi)
    phrase = _span_text(doc, lo, hi).split("\n")[-1].strip()
    if not phrase:
        return None
    if low in CHANNEL_NOUNS:  # "a separate announcement said": the organisation behind it
        return SpeakerRef(phrase, "organisation", role, head_i)
    if low in GROUP_NOUNS or (tok.tag_ == "NNS" and low not in ORG_NOUNS):
        return SpeakerRef(phrase, "group", role, head_i)
    if low in ORG_NOUNS:
        return SpeakerRef(phrase, "organisation", role, head_i)
    return SpeakerRef(phrase, "unknown", role, head_i)


def _office_holder_before(doc, lo: int, tok) -> int:
    """Where a name the tagger did not see begins when a title's possessive opens it ("The Prime Minister's Office",
    "The Information Commissioner's Office", "the Governor's Office"): at the title (a capitalised proper noun of
    words/honorifics.txt, owner of the name's head, an organisation's word, with the capitalised words before it that
    modify it). Else `lo`."""
    if lo < 2 or doc[lo - 1].dep_ != "case" or doc[lo - 1].lower_ not in ("'s", "’s") or tok.lower_ not in ORG_WORDS:
        return lo
    owner = doc[lo - 2]
    if (owner.dep_ != "poss" or owner.head.i != tok.i or owner.pos_ != "PROPN" or not owner.is_title
            or owner.lower_ not in HONORIFICS or owner.ent_type_ in ("PERSON", "GPE", "NORP")):
        return lo
    k = owner.i
    while (k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i == owner.i and doc[k - 1].pos_ == "PROPN"
           and doc[k - 1].is_title and not doc[k - 1].ent_type_):
        k -= 1
    return k


def _one_member(tok, ent) -> bool:
    """Is a party's or a nation's word (tagged NORP) one person of it: singular, after "a", "one" or "another" ("one
    Democrat", "A senior Tory", "Another Republican"), the word the head of its own phrase?"""
    return (len(ent) == 1 and ent.root.i == tok.i and tok.tag_ == "NNP" and not tok.text.endswith("s")
            and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") and c.i < tok.i
                    for c in tok.children))


def bare_one(tok) -> bool:
    """"One" or "another" alone as the subject of a verb in the past with no modal ("Workers gathered outside the
    gates. One said …", `"…," one wrote`): one of the people just spoken of, never a number or the generic "one"
    ("One might argue that …")."""
    verb = tok.head
    return (tok.lower_ in ("one", "another") and tok.dep_ == "nsubj" and all(_of_them(c) for c in tok.children)
            and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children))


def _of_them(prep) -> bool:
    """"of them", "of those" right after "One" ("One of them said …"): one of the people just spoken of."""
    return (prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == prep.head.i + 1
            and [g.lower_ for g in prep.children] == [prep.doc[prep.i + 1].lower_]
            and prep.doc[prep.i + 1].lower_ in ("them", "those"))


def _utterer(frame: Frame, tok) -> SpeakerRef | None:
    """Whose words a noun for an utterance names by a possessive that is no name ("The senator's response was
    swift:", "his remarks indicated"): the owner, a description or a pronoun resolved as any speaker is, never
    "senator's response". (A named owner, "Johnson's message", is the branch below.)"""
    if tok.pos_ != "NOUN" or tok.lower_ not in UTTERANCE_NOUNS:
        return None  # (not a channel's or a document's own noun: "Her Instagram post read:" stays as written)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PROPN" or owner.ent_type_ or frame.tok_quote[owner.i] >= 0:
        return None
    if owner.lower_ in _PRONOUNS:
        return SpeakerRef(owner.text, "unknown", None, owner.i, pronoun=True)
    if owner.pos_ == "NOUN" and is_valid_speaker(owner.lower_) and owner.lower_ not in DOCUMENT_NOUNS \
            and owner.lower_ not in CHANNEL_NOUNS:  # (not "the report's conclusion": the report's own resolution)
        return speaker_ref(frame, owner.i)
    return None


def _untagged_owner(tok):
    """The one capitalised word right before a spokes-noun that names whose spokesperson it is when the tagger saw no
    organisation there ("An Ofsted spokesperson", tagged an adjective; "An easyJet spokeswoman", a common noun) or
    took an acronym in mixed case for a place ("A DfE spokesperson"): not opening its sentence, no word of a nation or a party, no title; else None."""
    if tok.pos_ != "NOUN" or tok.lower_ not in SPOKES_NOUNS or tok.i < 1:
        return None
    m = tok.doc[tok.i - 1]
    camel = m.text[:1].islower() and any(ch.isupper() for ch in m.text[1:])  # "easyJet", tagged a common noun
    if (m.head.i != tok.i or m.dep_ not in ("amod", "compound", "nmod") or not m.is_alpha or m.i == m.sent.start
            or not (m.text[:1].isupper() or camel) or m.n_lefts or m.n_rights or m.lower_ in HONORIFICS
            or m.lower_ in PARTY_NAMES or m.lower_ in ORG_NOUNS):
        return None
    acronym = sum(ch.isupper() for ch in m.text) >= 2 and not m.is_upper  # "DfE", "DfT"
    if m.ent_type_ == "GPE" and acronym or not m.ent_type_ and (m.pos_ in ("ADJ", "PROPN") or camel) and not m.is_upper:
        if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.i != m.i for c in tok.children):
            return None
        return m
    return None


def _writer_of_participle(tok):
    """The one a channel participle the parser made a subject stands before ("Writing in the Church Times, the
    Bishop of Oxford, … argued"; words/channel_participles.txt): a noun after it and a comma that the parser hung on
    it; else None."""
    if tok.tag_ != "VBG" or tok.lower_ not in CHANNEL_PARTICIPLES or tok.dep_ not in ("nsubj", "csubj"):
        return None
    own = next((c for c in tok.children if c.dep_ in ("npadvmod", "appos", "nsubj") and c.i > tok.i
                and c.pos_ in ("NOUN", "PROPN") and tok.doc[c.left_edge.i - 1].text == ","), None)
    if own is not None:
        return own
    # "Speaking at the Hay festival on Saturday, McEwan, 76, told …": the name hung deeper, in apposition to the
    # participle's last noun; the one that closes the phrase right before the verb
    doc = tok.doc
    verb = tok.head
    # (also in apposition to a description in apposition to it: "Speaking to Times Radio, the defence secretary,
    # John Healey, said")
    return next((c for c in reversed(list(tok.subtree)) if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN"
                 and (c.head.dep_ == "pobj" or c.head.dep_ == "appos" and c.head.pos_ == "NOUN"
                      and c.head.head.dep_ == "pobj" and doc[c.head.left_edge.i - 1].text == ",")
                 and doc[c.left_edge.i - 1].text == ","
                 and all(doc[k].is_punct for k in range(c.right_edge.i + 1, verb.i))
                 and verb.i > c.i), None)


#: Initials before a name ("V.D. Satheesan", "K. Annamalai").
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


#: Titles of a seat or a leader that close with the seat's or the portfolio's "for"/"of" phrase ("Labour MP for
#: Tottenham David Lammy", "Member for Mackellar Sophie Scamps", "Leader of the Opposition ..."), besides the
#: honorifics ("Minister for Housing Clare O'Neil").
_SEAT_TITLES = frozenset(("leader", "member", "mp", "mpp", "mla", "mhk", "mec"))


def _name_closing_title_of(frame: Frame, tok) -> SpeakerRef | None:
    """The holder's name that closes a capitalised title with its "of" phrase, which the parser took for the end of
    the phrase's object ("Leader of the Opposition V.D. Satheesan said", "Speaker of the National Assembly Thoko
    Didiza said"): from the object's first word that opens a person's name (a listed first name, initials, or the
    start of a name the tagger saw), two to four capitalised words to the object's end, after at least one word of
    the body; the title and its body are the role. Else None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.is_title or tok.is_upper and len(tok) > 1) or not (
            tok.lower_ in HONORIFICS or tok.lower_ in _SEAT_TITLES):
        return None
    doc = frame.doc
    obj = next((p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
                for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    if obj is None:  # "Labour MP for Tottenham David Lammy said": the name made the title's conjunct after "for"
        obj = next((c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "for" and not any(prep.children)
                    for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.left_edge.i == prep.i + 1),
                   None)
    while obj is not None and obj.right_edge.i != obj.i:  # ("Leader of the Opposition in the Lok Sabha Rahul Gandhi")
        obj = next((p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for")
                    for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    if obj is None or frame.tok_quote[obj.i] >= 0:
        return None
    lo = obj.left_edge.i + (doc[obj.left_edge.i].lower_ == "the")
    for k in range(lo + 1, obj.i):
        t = doc[k]
        if not (t.lower_ in GIVEN_NAMES or _INITIALS.fullmatch(t.text) or t.ent_type_ == "PERSON" and t.ent_iob_ == "B"):
            continue
        words = doc[k:obj.i + 1]
        if any(w.lower_ in ORG_WORDS for w in words):
            continue  # "Chief Commissioner of Victoria Police Shane Patton": a first name opening the body's name
        if 2 <= len(words) <= 4 and all(w.pos_ == "PROPN" and (w.is_title or _INITIALS.fullmatch(w.text)) for w in words):
            name = clean_name(_span_text(doc, k, obj.i + 1))
            if name:
                return SpeakerRef(name, "person", _span_text(doc, *_strip_det(doc, tok.left_edge.i, k)), obj.i,
                                  named=True)
        return None
    return _name_after_portfolio(frame, tok, lo, obj)


def _name_after_portfolio(frame: Frame, tok, lo: int, obj) -> SpeakerRef | None:
    """The holder's name after a title's portfolio when no word of it is a listed first name ("Minister of Electricity
    Kgosientsho Ramokgopa said", the tagger's one organisation): the object's words after its leading portfolio words
    (words/portfolio_words.txt: "Electricity", "Foreign Affairs"), when two or three capitalised proper nouns, none
    a portfolio's, an organisation's or a title's word, are left to its end; the title and portfolio are the role.
    Else None."""
    doc = frame.doc
    k = lo
    while k < obj.i and (doc[k].lower_ in PORTFOLIO_WORDS or k > lo and doc[k].lower_ == "and"):
        k += 1
    words = doc[k:obj.i + 1]
    if k == lo or doc[k - 1].lower_ == "and" or not 2 <= len(words) <= 3 or not all(
            w.pos_ == "PROPN" and w.is_title and w.is_alpha and w.lower_ not in PORTFOLIO_WORDS
            and w.lower_ not in ORG_WORDS and w.lower_ not in HONORIFICS and not w.ent_type_ in ("GPE", "NORP")
            for w in words):
        return None
    name = clean_name(_span_text(doc, k, obj.i + 1))
    if not name:
        return None
    return SpeakerRef(name, "person", _span_text(doc, *_strip_det(doc, tok.left_edge.i, k)), obj.i, named=True)


def title_particle_name(tok):
    """A person's name that opens with a capitalised word the parser took for a preposition, right after a title
    ("General Secretary To Lam said", "Mayor De Luca"): the word and the one to three capitalised proper nouns after
    it to the phrase's end, as a span; else None. Not "of"/"for" (the title's body), nor a place ("Minister To
    Visit China")."""
    doc = tok.doc
    if not (tok.is_title and tok.lower_ in HONORIFICS) or tok.i + 2 >= len(doc):
        return None
    p = doc[tok.i + 1]
    if not (p.pos_ == "ADP" and p.head.i == tok.i and p.is_title and p.lower_ not in ("of", "for", "in", "at")):
        return None
    obj = next((c for c in p.children if c.dep_ == "pobj"), None)
    if obj is None or obj.left_edge.i != p.i + 1 or obj.right_edge.i != obj.i or not 1 <= obj.i - p.i <= 3:
        return None
    words = doc[p.i + 1:obj.i + 1]
    if not all(w.pos_ == "PROPN" and w.is_title and w.ent_type_ not in ("GPE", "LOC", "NORP", "DATE") for w in words):
        return None
    return doc[p.i:obj.i + 1]


def _subject_past_opening_participle(tok):
    """The one an opening participle's phrase stands before when the parser made the phrase the subject and hung the
    real subject inside it ("Addressing mourners in Machakos, the Wiper party leader said": "mourners" the subject,
    "leader" in apposition to "Machakos"): a noun after a comma, in apposition, that runs to the verb; else None."""
    doc = tok.doc
    first = doc[tok.left_edge.i]
    if first.i == tok.i:
        return _appos_closing_participle(tok)
    if tok.dep_ != "nsubj" or not _opening_participle(first) or first.i != tok.sent.start:
        return None
    verb = tok.head
    return next((c for c in tok.subtree if c.dep_ == "appos" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                 and doc[c.left_edge.i - 1].text == "," and c.right_edge.i < verb.i
                 and all(t.is_punct for t in doc[c.right_edge.i + 1:verb.i])), None)


def _opening_participle(first) -> bool:
    """A participle opening its sentence, also one the tagger took into the name after it ("Introducing Trump, his
    son, Eric Trump, told": "Introducing" a proper noun of no entity, in compound with "Trump")."""
    return first.tag_ == "VBG" or (first.pos_ == "PROPN" and first.dep_ == "compound" and first.lower_.endswith("ing")
                                   and first.is_title and len(first) > 5
                                   and (first.head.i == first.i + 1 or _participle_object(first.head))
                                   and first.head.ent_type_ in ("PERSON", "")  # (not "Playing Field Promotions")
                                   and (not first.ent_type_ or first.lower_ in QUOTING_FORMS))  # ("Quoting Churchill")


def _appos_closing_participle(tok):
    """The one named last in an opening participle's phrase that the parser made the subject itself ("Introducing Sir
    Keir, the deputy leader, Angela Rayner, told the hall": "Introducing" the subject, Rayner in apposition to
    "leader"): the name in apposition, after a comma, that runs to the verb; else None. The one introduced, welcomed
    or addressed ("Sir Keir") is the participle's object, never in apposition, so never the speaker."""
    doc = tok.doc
    verb = tok.head
    if (tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "csubj") or tok.i != tok.sent.start or verb.i < tok.i
            or not doc[verb.i - 1].is_punct):
        return None
    closing = [c for c in tok.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
               and doc[c.left_edge.i - 1].text == "," and c.right_edge.i < verb.i
               and all(t.is_punct for t in doc[c.right_edge.i + 1:verb.i])]
    return closing[-1] if closing else None


def _lower_common_noun(tok) -> bool:
    """A lower-case word the tagger took for a name, in no entity ("Italy's finance ministry said", "ministry" tagged
    a proper noun after "finance"): a description, as written, never the name "ministry"."""
    return tok.is_lower and tok.is_alpha and not tok.ent_type_


def _capitalised_name_adjective(tok, lo: int) -> bool:
    """A capitalised adjective inside a name, not opening its sentence unless the name ends in an organisation's word
    ("The Great Western Hospitals NHS Foundation Trust", tagged "Great" an adjective; "Mistral AI said"): a word of the
    name, never cut off."""
    return (tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.is_title
            and (tok.i > tok.sent.start or tok.head.lower_ in ORG_WORDS  # ("Mistral AI said" opening a sentence)
                 or _name_of_proper_nouns(tok))  # ("Big Brother Watch said", "Black Lives Matter said")
            and tok.head.i >= lo and tok.i + 1 == lo and tok.ent_type_ not in ("PERSON", "NORP")
            and tok.doc[tok.i - 1].text not in ("-", "‑"))  # not "an anti-Trump PAC"


def _name_of_proper_nouns(tok) -> bool:
    """Does a capitalised adjective opening its sentence stand before two or more proper nouns that run to the name's
    head, with no entity the tagger saw in them ("Big Brother Watch", "Black Lives Matter"), and is it no word of time
    or of a former office ("Former", "Late")?"""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN") and not doc[j].ent_type_:
        j += 1
    return j - tok.i > 2 and tok.head.i < j and tok.lower_ not in FORMER_WORDS


#: Prepositions inside a campaign's or a charity's name ("Mothers Against Drunk Driving", "Doctors Without Borders",
#: "Parents for Safer Roads").
_CAMPAIGN_PREPS = frozenset(("against", "without", "for"))
#: Small words a name of capitalised words may hold inside it ("Citizens for Safety and Justice in Transport").
_NAME_LINKS = frozenset(("and", "of", "in", "the", "on", "&"))


def campaign_name(tok) -> str | None:
    """`Mothers Against Drunk Driving said`, `Surfers Against Sewage said`: a plural noun in capitals with a
    preposition and capitalised words after it, which the parser read as a description ("Mothers") with a phrase
    hung on it, is the name of a group as written, also at its sentence's start; None for a place or a time after
    the preposition ("Campaigners for Leeds") or a lower-case word in it ("Parents against the plan")."""
    doc = tok.doc
    if not (tok.tag_ in ("NNS", "NNPS") and tok.is_title and not tok.ent_type_
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _CAMPAIGN_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "NORP", "PERSON") or obj.pos_ == "PRON":
        return None
    words = doc[prep.i + 1:obj.right_edge.i + 1]
    if not words or not words[0].is_title or not all(
            t.is_title or t.lower_ in _NAME_LINKS and t.i > words[0].i for t in words):
        return None
    return doc[tok.i:obj.right_edge.i + 1].text


def _capitalised_noun_name(tok) -> str | None:
    """`Consumer Reports`: common nouns the tagger did not take for a name but the article capitalises,
    the head past its sentence's first word, with a capitalised modifier right before it and no determiner (not
    "the Trust", "the Health Secretary", descriptions a British paper capitalises): a name as written."""
    if (tok.pos_ != "NOUN" or not tok.is_title or tok.i == tok.sent.start or tok.ent_type_
            or tok.lower_ in ORG_NOUNS or tok.lower_ in SPOKES_NOUNS or tok.lower_ in OFFICIAL_NOUNS
            or tok.lower_ in PEOPLE_NOUNS):
        return None  # ("Health Officials", "Press Secretary": descriptions as before)
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return None
    mods = [c for c in tok.lefts if c.dep_ == "compound"]
    if not mods or mods[-1].i != tok.i - 1 or not all(t.is_title and t.pos_ in ("NOUN", "PROPN")
                                                       for t in tok.doc[mods[0].i:tok.i]):
        return None
    lo = mods[0].i
    if lo > tok.sent.start and tok.doc[lo - 1].is_title and not tok.doc[lo - 1].is_punct:
        return None  # a title-cased line or a longer run of capitals: not sure where the name starts
    return tok.doc[lo:tok.i + 1].text


def _portfolio_holder(tok) -> list:
    """`Secretary for Security Chris Tang said`: the name the parser hung, with the portfolio, on "for" or "of" after
    the title, when capitalised words alone lead from the title to it."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == tok.i + 1:
            out += [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"
                    and all(t.is_title or t.text in ("-", "‑") or t.is_lower and t.ent_type_ == "PERSON"
                            for t in tok.doc[c.i + 1:g.i + 1])]
    return out


def _source_object(tok) -> bool:
    """Is an object pronoun the one a quoting verb quotes ("Tasnim quoted him as saying") or the source of "according
    to him"?"""
    head = tok.head
    return (tok.dep_ == "dobj" and head.lower_ in QUOTING_FORMS
            or tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")


def _glued_hyphen(doc, k: int) -> bool:
    """Is token k a hyphen glued between two capitalised proper nouns ("Okonjo" "-" "Iweala"; a transcript's label in
    capitals, "JEAN" "-" "PIERRE")?"""
    return (k > 0 and doc[k].text in ("-", "‑") and not doc[k].whitespace_ and not doc[k - 1].whitespace_
            and doc[k - 1].pos_ == "PROPN" and k + 1 < len(doc)
            and (doc[k - 1].is_title and doc[k + 1].is_title or doc[k - 1].is_upper and doc[k + 1].is_upper
                 and len(doc[k - 1]) > 1 and len(doc[k + 1]) > 1))


def title_word(tok) -> bool:
    """A capitalised title the tagger took for a proper noun after an article ("The Labour MP", "a Tory MP", "the
    Republican Senator"), even when the tagger took the words for a name ("The Green MEP"): a description, like
    "the senator"."""
    return (tok.pos_ == "PROPN" and (tok.lower_ in HONORIFICS or post_nominal(tok.text) or _territorial_style(tok)
                                     or _member_for_seat(tok))
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)) or _address_style(tok) \
        or _opening_description(tok)


def _party_member(tok) -> bool:
    """"The Kentucky Republican said", "the Texas Democrat": one member of a party (words/party_epithets.txt, singular,
    after "the" or "a") with the place they stand for before it: a description of a person, as written, never the
    party's name alone."""
    return (tok.lower_ in PARTY_EPITHETS and tok.tag_ == "NNP"
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)
            and any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in tok.lefts))


def _opening_description(tok) -> bool:
    """"Lawyer for the family, Peter Morrissey, said", "Barrister for the family said": a noun of one who speaks for
    another (words/speaks_for_owner.txt, words/lawyer_nouns.txt) opening its sentence with no article and its "for"
    phrase, which the tagger took for a name: a description, never a name "Lawyer"."""
    low = tok.lower_
    return (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.i == tok.sent.start
            and (low in SPEAKS_FOR_OWNER or low in LAWYER_NOUNS or low in SPOKES_NOUNS)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children))


def _member_for_seat(tok) -> bool:
    """"The Member for Mackellar": a member of parliament by the seat capitalised after "for", a title of its own."""
    return tok.lower_ == "member" and tok.is_title and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in tok.children)


#: Styles of address a possessive names someone by ("His Majesty", "Her Royal Highness", "His Holiness").
ADDRESS_STYLES = frozenset(("majesty", "highness", "holiness", "excellency", "eminence", "lordship", "ladyship"))


def _address_style(tok) -> bool:
    """"His Majesty said", "Her Royal Highness told": a style of address after "his", "her" or "their" is a
    description, as written with its possessive, never a name "Majesty"."""
    return tok.lower_ in ADDRESS_STYLES and tok.is_title and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in tok.children)


def _territorial_style(tok) -> bool:
    """A style of royalty or the peerage with "of" and a proper noun after it ("The Duke of Sussex", "The Prince of
    Wales"; words/territorial_styles.txt): a title of its own, never the bare style nor a name it is in ("Prince
    Harry")."""
    if tok.lower_ not in TERRITORIAL_STYLES or not tok.is_title:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
           for c in tok.children):
        return True
    # "The Duke said", "the Duchess, 43,": the style alone, no name run into it, is that title too (the one given
    # it, "Prince Andrew, the Duke of York,", or the title as written), never a name "Duke"
    ent = _entity_of(tok) if tok.ent_type_ else None
    return not any(c.dep_ in ("compound", "flat", "appos") and c.pos_ == "PROPN" and c.i == tok.i + 1 for c in tok.children) \
        and not (tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1) and (
            not tok.ent_type_ or ent is not None and len(ent) - (ent[0].dep_ == "det") == 1)


def _name_after_rank(frame: Frame, tok) -> SpeakerRef | None:
    """`"Q," said Eureka police Capt. Leonard La France.`: a common noun subject right before a rank and a person's
    name that ends the clause, which the parser split off (the rank read as punctuation): that person, with the
    words before the name as the role."""
    doc = frame.doc
    k = tok.i + 1
    if tok.pos_ != "NOUN" or k + 2 >= len(doc) or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i > tok.i:
        return None
    rank = doc[k]
    if not (rank.is_title and (rank.lower_ in HONORIFICS or rank.lower_.rstrip(".") in HONORIFIC_STEMS)):
        return None
    hi = k + 1
    while hi < len(doc) and doc[hi].pos_ == "PROPN" and doc[hi].text[:1].isupper() and frame.tok_quote[hi] < 0:
        hi += 1
    if hi - (k + 1) < 2 or doc[k + 1].ent_type_ != "PERSON" or hi < len(doc) and doc[hi].text not in (".", ",", ";"):
        return None
    lo, _ = _strip_det(doc, *_np_bounds(tok))
    return SpeakerRef(_span_text(doc, k + 1, hi), "person", _span_text(doc, lo, k + 1), hi - 1, named=True)


def _owned_office(tok) -> bool:
    """An office in capitals the tagger took for a proper noun, owned by a noun before it ("The utility's CEO",
    "the county's MP"): a description, like "the company's chief executive"."""
    low = tok.lower_
    return (tok.pos_ == "PROPN" and not tok.ent_type_
            and (low in SPEAKS_FOR_OWNER or low in OFFICIAL_NOUNS or low in HONORIFICS or post_nominal(tok.text))
            and any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in tok.children))


def _acronym_after(noun) -> tuple:
    """`Rail union RMT blamed cuts`: an acronym right after the organisation noun that the parser hung on the verb
    instead of on the noun; it names the organisation as an apposition would."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_upper and len(nxt) >= 2 and nxt.head.i == noun.head.i
            and nxt.dep_ == "npadvmod" and noun.whitespace_):
        return (nxt,)
    return ()


def _set_off_name(c, noun) -> bool:
    """A name between commas right after an organisation's noun that the parser hung on it as a bare modifier ("The UN
    refugee agency, UNHCR, said": "UNHCR" an npadvmod): an apposition all the same."""
    doc = noun.doc
    return (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == noun.i + 2 and doc[noun.i + 1].text == ","
            and c.i + 1 < len(doc) and doc[c.i + 1].text == ",")


def _glued_org_name(noun, appos) -> bool:
    """`The regulator Ofwat said`: a proper noun right after an organisation noun, with no comma, names it even
    when the tagger took it for a place or no entity (with a comma, `the agency, Ohio, said`, only an ORG does)."""
    return (appos.pos_ == "PROPN" and appos.ent_type_ in ("", "GPE") and appos.left_edge.i == noun.i + 1
            and all(t.pos_ == "PROPN" for t in noun.doc[appos.left_edge.i:appos.i + 1]))


def partitive_group(tok):
    """The group a quantifier heads ("some of Clinton's allies", "Nine in 10 Democratic registered voters", "20
    percent of people"): its plural noun of people after "of"/"in", else None."""
    if not (tok.lower_ in PARTITIVE_WORDS or tok.pos_ == "NUM" or tok.lower_ in ("percent", "%")):
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") and c.i == tok.i + 1
                 for g in c.children if g.dep_ == "pobj" and (people_noun(g) or c.lower_ == "in" and _body(g)
                                                              and tok.lower_ in PARTITIVE_WORDS)), None)


def _body(tok) -> bool:
    """A body of people someone can be "in" ("some in the Clinton camp", "many in the GOP", "some in the "Bernie
    or Bust" crowd"): an organisation's noun or name, never a place or a time ("most in Iowa", "some in 2015")."""
    return (tok.lower_ in ORG_NOUNS or tok.lower_ in ("crowd", "camp") or tok.ent_type_ in ("ORG", "NORP")) and \
        tok.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")


def people_noun(tok) -> bool:
    """A plural noun for people ("voters", "Democrats", "her followers", "respondents", "economists"), not things
    ("papers", "orders")."""
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME", "ORG", "GPE") or low in THINGS | NON_AGENTS:
        return False
    return (low in GROUP_NOUNS or low in PEOPLE_NOUNS or tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")
            or tok.tag_ == "NNS" and low.endswith(("ists", "ians")) and low not in DOCUMENT_NOUNS | CHANNEL_NOUNS)


_APOSTROPHE_NAME = re.compile(r"^[A-Z][’'][A-Z][a-z]+$")


def _mistagged_name(tok) -> bool:
    """A surname with an apostrophe ("O’Malley", "D’Souza") or an organisation's acronym ("a report by the WHO")
    the tagger took for a pronoun: still a name."""
    return tok.pos_ == "PRON" and (bool(_APOSTROPHE_NAME.match(tok.text))
                                   or org_acronym(tok))


def own_group_joined(frame: Frame, head_i: int) -> str | None:
    """The group joined to a speaker as his own ("She and her aides", "he and other Clinton challengers", "Cole and
    her allies"): that group's words, or None. Not a second person or body ("Lee and Reed", "Cole and the mayor"):
    the first speaks for herself."""
    tok = frame.doc[head_i]
    for c in tok.children:
        if c.dep_ != "conj" or c.i <= tok.i or frame.tok_quote[c.i] >= 0 or c.tag_ != "NNS" or not people_noun(c):
            continue
        if not any(d.dep_ == "cc" and d.lower_ == "and" and tok.i < d.i < c.i for d in tok.children):
            continue
        own = [d for d in c.children if d.i < c.i and (d.dep_ == "poss" and d.lower_ in ("his", "her", "their", "its")
                                                       or d.dep_ == "amod" and d.lower_ == "other")]
        if own and not any(d.dep_ in ("relcl", "acl", "prep", "appos") for d in c.children):
            return _span_text(frame.doc, c.left_edge.i, c.i + 1)
    return None


#: Words that make what a joined subject says one act of all of them ("said in a joint statement", "jointly said").
JOINT_WORDS = frozenset(("joint", "jointly", "together"))


def joint_parties(frame: Frame, head_i: int, cue_i: int | None) -> list[int]:
    """The parties joined to a speaker by "and" when the text says they spoke together ("Egypt and Qatar said in a
    joint statement", "Britain, France and Germany jointly said"): the heads of the others, in order; else []. Without
    such a word the first speaks for herself, as before ("Lee and Reed said")."""
    if cue_i is None:
        return []
    doc = frame.doc
    tok, cue = doc[head_i], doc[cue_i]
    parties, todo = [], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.i > t.i and frame.tok_quote[c.i] < 0:
                parties.append(c)
                todo.append(c)
    if not parties or not any(c.dep_ == "cc" and c.lower_ == "and" for t in (tok, *parties) for c in t.children):
        return []
    if not all(p.pos_ == "PROPN" and p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for p in (tok, *parties)):
        return []  # (names only: "Hamas and its allies", "the mayor and council members" are no named parties)
    # on the verb, or on the statement a participle hangs on ("issued a joint statement saying")
    verbs = [cue] + ([cue.head] if cue.dep_ in ("advcl", "xcomp", "conj", "acl") and cue.head.i != cue.i else [])
    joint = any(c.dep_ in ("advmod", "amod") and c.lower_ in JOINT_WORDS
                or c.dep_ in ("prep", "dobj", "agent") and any(t.lower_ in JOINT_WORDS for t in c.subtree)
                for v in verbs for c in v.children if frame.tok_quote[c.i] < 0)
    # "Warren and Sanders both said", "Tesla and Ford each said": each said it, so all of them say it
    joint = joint or any(c.lower_ in _EACH_WORDS and c.dep_ in ("appos", "advmod", "det", "preconj", "nsubj")
                         and c.i < cue.i for c in (*tok.children, *cue.children))
    return sorted(p.i for p in parties) if joint else []


#: Words after a joined subject ("A and B both said", "A and B each said") that give the words to every one of them.
_EACH_WORDS = frozenset(("both", "each"))


#: Fractions that stand for a share of the people asked ("A third said", "Half said", "two-thirds said").
_FRACTIONS = frozenset(("half", "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters", "fifth",
                        "fifths", "majority", "minority"))


def share_of_people(tok) -> bool:
    """Is a subject a share of people with no group named ("One in five said they …", "A third said", "Half said"):
    a number "in" a number, or a fraction with nothing "of" after it ("half of the budget" is no one)? A survey's
    answers, said by that share of those asked."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if tok.lower_ in _FRACTIONS:
        return tok.pos_ in ("NOUN", "NUM", "ADJ") and not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children)
    return tok.like_num and any(c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1
                                and any(g.dep_ == "pobj" and g.like_num and g.i == c.i + 1 for g in c.children)
                                for c in tok.children)


def _share_ref(frame: Frame, tok) -> SpeakerRef | None:
    """`One in five said`, `A third said`: the share as written, a group."""
    if not share_of_people(tok):
        return None
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    if frame.doc[lo].lower_ != "a":
        lo, hi = _strip_det(frame.doc, lo, hi)  # ("A third" keeps its article: "third" alone is no share)
    phrase = _span_text(frame.doc, lo, hi).strip()
    return SpeakerRef(phrase, "group", None, tok.i) if phrase else None


def _partitive(frame: Frame, tok) -> SpeakerRef | None:
    """Part of a group as written ("Some of Clinton's longtime allies", "Some 20 percent of people in a recent CNN
    poll"): the quantifier with its numbers, up to the group noun and the place it is found in."""
    group = partitive_group(tok)
    if group is None or frame.tok_quote[group.i] >= 0:
        return None
    doc = frame.doc
    lo = tok.i
    while lo > 0 and lo - 1 < doc[lo - 1].head.i <= tok.i and doc[lo - 1].dep_ in ("quantmod", "nummod", "det"):
        lo -= 1
    hi = group.i + 1
    edge = max(group.right_edge.i, tok.right_edge.i) + 1
    tail = doc[hi:edge]
    if len(tail) and tail[0].dep_ == "prep" and len(doc[lo:edge]) <= MAX_MENTION_WORDS and not any(
            t.pos_ in ("VERB", "AUX", "PUNCT") or t.dep_ in ("relcl", "acl") for t in tail):
        hi = edge  # "... of people in a recent CNN poll"
    lo, hi = _strip_det(doc, lo, hi)
    phrase = _span_text(doc, lo, hi).split("\n")[-1].strip()
    return SpeakerRef(phrase, "group", None, tok.i) if phrase else None


def _named_by_participle(frame: Frame, tok) -> SpeakerRef | None:
    """The name a participle gives a description ("a man named Tom Reed", "a woman identified as Ann Lee", "a man
    calling himself Paul Paul"; `words/naming_verbs.txt`), with the description as its role."""
    doc = frame.doc
    for c in tok.children:
        if c.dep_ != "acl" or c.lower_ not in NAMING_VERBS or frame.tok_quote[c.i] >= 0:
            continue
        if c.lower_ == "calling" and not any(d.dep_ == "dobj" and d.lower_.endswith(("self", "selves")) for d in c.children):
            continue  # "a man calling the mayor a liar": he is no "mayor"
        names = [d for d in c.children if d.dep_ == "oprd"] + [
            g for d in c.children if d.dep_ == "prep" and d.lower_ == "as" for g in d.children if g.dep_ == "pobj"]
        for n in names:
            ent = _entity_of(n)
            if ent is None or ent.label_ not in ("PERSON", "ORG") or frame.tok_quote[n.i] >= 0:
                continue
            name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end)))
            if name:
                lo, _ = _strip_det(doc, *_np_bounds(tok))
                kind = "person" if ent.label_ == "PERSON" else "organisation"
                return SpeakerRef(name, kind, _span_text(doc, lo, tok.i + 1), n.i, named=True)
    return None


def _former_name_of_other(doc, tok, c) -> bool:
    """Is the name in apposition a former name of the noun right before it, not of the description `tok` ("the actor
    on X, formerly Twitter,": Twitter is X, never the actor)?"""
    comma = c.left_edge.i - 1
    return (any(a.dep_ == "advmod" and a.lower_ in ("formerly", "previously", "once") for a in c.children)
            and comma > tok.i and doc[comma].text == "," and doc[comma - 1].i != tok.i)


def _appos_person(frame: Frame, tok) -> SpeakerRef | None:
    """The name in apposition to a description ("the family's solicitor, Amara Nwosu,"), with the description as
    its role."""
    doc = frame.doc
    for c in tok.children:
        if c.dep_ == "appos":
            c = _holder_after_seat(frame, tok, c) or c  # ("The Governor, Central Bank of Nigeria, Olayemi Cardoso,")
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "DATE") and frame.tok_quote[c.i] < 0 \
                and not _past_colon(doc, tok, c) and (not c.is_lower or _glued_name_tail(doc, c)) \
                and not _former_name_of_other(doc, tok, c):
            # (a word in lower case is no name: "Nats, the air traffic control provider,"; but a romanised given
            # name's second syllable is: "Hong Kong's leader, John Lee Ka-chiu,")
            ent = _entity_of(c) or c.doc[c.left_edge.i:c.i + 1]
            if post_nominal(c.text) and c.left_edge.i < ent.start:
                ent = doc[c.left_edge.i:c.i + 1]  # "Counsel for the ACCC, Ruth Higgins SC,": the name before the letters
            lo, hi = _strip_det(doc, *_np_bounds(tok))
            pair = _named_pair(frame, tok, c)
            if pair is not None:
                return SpeakerRef(pair, "group", _span_text(doc, lo, hi), c.i)
            name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end)))
            if c.ent_type_ == "GPE" and name and org_shaped(name):
                # "The firm's landlord, Greyfield Estates, said": a company the tagger took for a place
                return SpeakerRef(name, "organisation", _span_text(doc, lo, hi), c.i, named=True)
            if (name and (c.ent_type_ != "GPE" or church_style_end(_span_text(doc, ent.start, ent.end).split())
                          or _relative_named(tok, ent))
                    and not all(w.lower() in HONORIFICS or w.lower() + "." in HONORIFICS for w in name.split())):
                # (a name with a style of the clergy is a person's, though tagged a place's: "the Rt Rev Joanne
                # Grenfell")
                # (a rank the parser hung apart, "spokesman Lt. Col. Nadav Shoshani": "Col." is no name; the name
                # in apposition after it is)
                return SpeakerRef(name, "person", _span_text(doc, lo, hi), c.i, named=True)
    for c in tok.children:
        # "Harry's friend, the broadcaster Tom Bradby, said": a name run into a description that is itself in
        # apposition (the parser hangs the name on "broadcaster"), the description before the comma is the role
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i and frame.tok_quote[c.i] < 0:
            g = next((g for g in c.children if g.dep_ == "appos" and g.ent_type_ == "PERSON" and g.pos_ == "PROPN"
                      and g.left_edge.i == c.i + 1 and frame.tok_quote[g.i] < 0), None)
            ent = _entity_of(g) if g is not None else None
            name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end))) if ent is not None else ""
            if name:
                lo, hi = _strip_det(doc, *_np_bounds(tok))
                return SpeakerRef(name, "person", _span_text(doc, lo, hi), g.i, named=True)
    return None


def _relative_named(tok, ent) -> bool:
    """Is a name the tagger took for a place a relative's own, in apposition to a kinship noun with an owner ("Her
    grandson, Liam, 24,", "His sister, Jordan,", "his widow, Georgia Hale,"; words/kinship_nouns.txt)? A place is
    never in apposition to one's relative; "the family's home town, Jordan" has no kinship noun."""
    return (tok.lower_ in KINSHIP_NOUNS and any(d.dep_ == "poss" for d in tok.children) and len(ent) <= 3
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent))


def _holder_after_seat(frame: Frame, tok, c):
    """The holder's name after the apposition `c` when `c` is the organisation whose office the title `tok` is, set
    between the title and the name as Nigerian papers write it ("The Governor, Central Bank of Nigeria, Olayemi
    Cardoso, said"; "The spokesman, Lagos State Police Command, SP Benjamin Hundeyin,"): the holder speaks, never the
    organisation taken for a person. The name hangs on the title or on the organisation; else None."""
    if c.ent_type_ != "ORG" and not org_shaped(c.text) or tok.tag_ in ("NNS", "NNPS"):
        return None  # (a plural's names are its members: "Four casinos — Bally's, Caesars and Trump Taj Mahal —")
    return next((d for d in (*tok.children, *c.children)
                 if d.dep_ == "appos" and d.i > c.i and d.pos_ == "PROPN" and frame.tok_quote[d.i] < 0 and d.is_title
                 and (d.ent_type_ == "PERSON" or d.ent_type_ in ("", "FAC")
                      and not org_shaped(_span_text(frame.doc, d.left_edge.i, d.i + 1)))), None)


def _glued_name_tail(doc, c) -> bool:
    """Is `c`, in lower case, the syllable after the hyphen of a name the tagger took whole for a person's ("John Lee
    Ka-chiu": "chiu")?"""
    return (c.ent_type_ == "PERSON" and c.i >= 2 and doc[c.i - 1].text in ("-", "‑") and not doc[c.i - 1].whitespace_
            and not doc[c.i - 2].whitespace_ and doc[c.i - 2].is_title and doc[c.i - 2].ent_type_ == "PERSON")


def _past_colon(doc, tok, c) -> bool:
    """Is `c` after a colon that follows `tok` (`O'ROURKE: Hell yes, …`: the first word of a transcript's turn, which
    the parser hung on the label in apposition, is no name for it)?"""
    return any(doc[k].text == ":" for k in range(tok.i + 1, c.left_edge.i))


def _owned_role_person(frame: Frame, tok) -> SpeakerRef | None:
    """`The Institute for Fiscal Studies' director, Paul Johnson, told the BBC`: the parser made the organisation the
    subject and hung the person's name on it in apposition, with the role noun after its "'s" buried inside it. An
    organisation is renamed by no person: the person speaks, with the organisation's role as theirs."""
    if tok.ent_type_ != "ORG" or tok.pos_ != "PROPN":
        return None
    person = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > tok.i
                   and frame.tok_quote[c.i] < 0), None)
    if person is None:
        # "The Law Society of South Australia's president, Alexander Lazarevich,": the parser read the role noun
        # as the object of the name's "of" ("of [South Australia's president]") and hung the person on it
        person = next((a for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                       for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                       and any(x.dep_ == "poss" for x in g.children)
                       for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.i > g.i
                       and frame.tok_quote[a.i] < 0), None)
    if person is None:
        return None
    doc = frame.doc
    case = next((t for t in doc[tok.i:person.i] if t.dep_ == "case"), None)
    role_noun = doc[case.i + 1] if case is not None and case.i + 1 < person.i else None
    if role_noun is None or role_noun.pos_ != "NOUN":
        return None
    ent = _entity_of(person)
    name = clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end))) if ent is not None else ""
    if not name:
        return None
    lo = tok.left_edge.i
    hi = role_noun.i + 1
    return SpeakerRef(name, "person", _span_text(doc, *_strip_det(doc, lo, hi)), person.i, named=True)


#: Adjectives that tell apart two people of one name by age ("the younger Gallagher", "the elder Bush").
_AGE_COMPARATIVES = frozenset(("younger", "elder", "older", "youngest", "eldest", "oldest"))


def told_apart_by_age(tok) -> str | None:
    """"the younger Gallagher", "the elder Mr. Bush": the name with its adjective as written, or None."""
    if tok.pos_ != "PROPN":
        return None
    adj = next((c for c in tok.lefts if c.dep_ == "amod" and c.lower_ in _AGE_COMPARATIVES), None)
    if adj is None:
        return None
    return _span_text(tok.doc, adj.i, tok.i + 1)


def _hyphened_title(tok) -> bool:
    """The end of a hyphenated title the tagger took for an adjective ("the agency's secretary-general, Celeste
    Saulo,": "general"), glued to a noun before it."""
    doc = tok.doc
    return (tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass") and tok.i >= 2 and doc[tok.i - 1].text == "-"
            and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].pos_ == "NOUN")


def _named_pair(frame: Frame, tok, name) -> str | None:
    """People or organisations named together in apposition to a plural description ("The astronauts, Butch Wilmore
    and Suni Williams,", "Her parents, Tom and Ann Reed,", "The two firms, Acme and Boeing,"): all of them as written,
    never the first alone; None when the description is one or the names are no pair of people or organisations."""
    if tok.tag_ != "NNS":
        return None
    doc = frame.doc
    # (the second as a person too when the first is one, whatever the tagger called it: "Macron and Scholz" tagged a
    # place; two organisations alike: "The two firms, Acme and Boeing,")
    conj = next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN" and (
        c.ent_type_ == "PERSON" or name.ent_type_ == "PERSON" and c.ent_type_ in ("GPE", "ORG", "") and c.is_title
        or name.ent_type_ == "ORG" and c.ent_type_ == "ORG")), None)
    if (conj is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in name.children)
            or any(frame.tok_quote[i] >= 0 for i in range(name.left_edge.i, conj.i + 1))
            or any(c.dep_ == "conj" for c in conj.children)):
        return None  # (three or more, "A, B and C", are left to the first as before)
    # each name up to its head as written (the tagger may cut one: "Baran" + "bo Odar"), without titles ("Senator")
    names = [clean_name(_span_text(doc, *_strip_det(doc, t.left_edge.i, t.i + 1))) for t in (name, conj)]
    return " and ".join(names) if all(names) else None


#: Entity labels of places and organisations: names that a person's name in apposition cannot rename.
PLACE_OR_ORG = ("GPE", "LOC", "FAC", "ORG")


def _displaced_appos_person(frame: Frame, tok) -> SpeakerRef | None:
    """The name closing a description that the parser hung on the name inside it ("One pastor supporting Mr.
    Cruz, Darran Whiting of Liberty Baptist Church, said", "An aide working for Ms. Cole, Tom Reed, said", "said
    her lawyer at Smith & Co, Tom Reed."): a name takes no second name in apposition, nor does a place or an
    organisation take a person's, nor a thing ("the author of the book, Ann Pryce,"), so it renames the
    description. Not after a common noun for people ("a friend of the mayor, Tom Reed,": he may be the mayor)."""
    doc = frame.doc
    verb = tok.head
    for c in tok.subtree:
        if not (c.i > tok.i and c.dep_ == "appos" and c.pos_ == "PROPN" and frame.tok_quote[c.i] < 0):
            continue
        if _party_state_tag(c):
            continue  # "A spokesman for Sen. Tammy Baldwin, D-Wis., said": her party and state, no one's name
        person = c.ent_type_ == "PERSON" or _given_name_first(c)
        if not ((c.ent_type_ not in ("GPE", "NORP", "DATE", "ORG") or person) and c.head.i > tok.i
                and (c.head.ent_type_ == "PERSON" or person and (c.head.ent_type_ in PLACE_OR_ORG
                                                                 or _thing(c.head)
                                                                 or _acronym(c.head)
                                                                 or _title_seat(c.head, tok)
                                                                 or _renamed_by_no_one(c.head, c)))
                and doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 < len(doc) and is_verb(verb)):
            continue
        end = c.right_edge.i
        while end > c.i and doc[end].is_punct and doc[end - 1].like_num:
            end -= 1  # ("Jack Trewin, 27, told": the comma after the age the parser hung on the name)
        if (end + 4 < len(doc) and doc[end + 1].text == "," and doc[end + 2].like_num and doc[end + 3].text == ","
                and end + 4 == verb.i):
            end += 2  # "One resident of Pontypridd, Gareth Evans, 72, said": the age the parser hung elsewhere
        after = doc[end + 1].text
        if (after == "," and end + 2 == verb.i  # "..., Tom Reed, said"
                or verb.i < tok.i and after in (",", ".", ";")):  # "said his friend at Lehigh, Tom Reed."
            ent = _entity_of(c)
            lo = ent.start if ent is not None and ent.start >= c.left_edge.i else c.left_edge.i
            hi = ent.end if ent is not None and ent.start >= c.left_edge.i else c.i + 1
            name = clean_name(_span_text(doc, *_strip_det(doc, lo, hi)))
            if name:
                role_lo, _ = _strip_det(doc, *_np_bounds(tok))
                return SpeakerRef(name, "person", _span_text(doc, role_lo, c.left_edge.i - 1), c.i, named=True)
    return None


def _untagged_office(tok) -> bool:
    """An office of capitalised words the tagger saw as no name ("The Groceries Code Adjudicator"), after "the", no
    organisation's word at its head, with a person's name in apposition: a description that name holds."""
    return (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.lower_ not in ORG_WORDS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children))


def _party_state_tag(tok) -> bool:
    """Is `tok` the end of a US legislator's party and state tag in apposition ("D-Wis.", "R-Ohio", "I-Vt.")?"""
    doc, lo = tok.doc, tok.left_edge.i
    return (tok.i - lo == 2 and doc[lo].text in ("R", "D", "I") and doc[lo + 1].text in ("-", "–")
            and tok.text[:1].isupper())


def _title_seat(tok, title) -> bool:
    """Is `tok` the seat a capitalised title is "of" ("The Bishop of Lancaster, Paul Swarbrick, said": "Lancaster",
    untagged, which the parser gave the name in apposition)? A title's seat takes no person's name: it renames the
    title."""
    prep = tok.head
    return (tok.pos_ == "PROPN" and tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i == title.i
            and title_word(title))


#: Nouns for a trip, which no person's name renames ("A passenger on the submersible's previous dive, Arthur Loibl,").
_TRIP_NOUNS = frozenset(("dive", "flight", "voyage", "journey", "trip", "crossing", "cruise", "ride", "expedition"))
#: Nouns for the name a speaker gave ("A resident who gave only her first name, Linda, said": Linda speaks).
_GIVEN_NAME_NOUNS = frozenset(("name", "surname", "forename"))


def _given_name_first(tok) -> bool:
    """A name the tagger took for an organisation or left untagged whose first word is a known first name ("the
    mayor of Paiporta, Maribel Albalat,", all of it tagged ORG): a person's."""
    first = tok.doc[tok.left_edge.i]
    return (first.pos_ == "PROPN" and first.i < tok.i and first.lower_ in GIVEN_NAMES
            and all(t.pos_ == "PROPN" for t in tok.doc[first.i:tok.i + 1]))


def _renamed_by_no_one(head, name) -> bool:
    """Is `head` a word that one person's name in apposition cannot rename, so that the name renames the
    description around it: the noun for a name given ("who gave only her first name, Linda,") or a trip ("on the
    previous dive, Arthur Loibl,"), a plural common noun ("One of the rescued men, Jack Trewin,": one man, not the men; never two names, "The astronauts, Butch
    Wilmore and Suni Williams"), or a proper noun the tagger left untagged that is no title ("One resident of
    Pontypridd, Gareth Evans,")?"""
    if any(c.dep_ == "conj" for c in name.children):
        return False
    if head.pos_ == "NOUN":
        return head.lower_ in _GIVEN_NAME_NOUNS or head.tag_ == "NNS" or head.lower_ in _TRIP_NOUNS
    return (head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ not in HONORIFICS
            and head.lower_ + "." not in HONORIFICS and not title_word(head))


def _acronym(tok) -> bool:
    """An organisation's acronym the tagger left untagged ("the secretary-general of the WMO, Celeste Saulo,"): no
    person, so a person's name in apposition to it renames the description around it."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()


def _thing(tok) -> bool:
    """A common noun for an organisation or a thing, never a person ("the book", "the agency"; not "the
    spokesman")."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and not tok.ent_type_ and low not in SPOKES_NOUNS and (
        low in ORG_NOUNS or low in DOCUMENT_NOUNS or low in CHANNEL_NOUNS)


#: A mention longer than this is cut back to the words up to its head noun.
MAX_MENTION_WORDS = 12


def _named_antecedent(frame: Frame, tok) -> int | None:
    """`Loretta Lynch, who told Congress: "Q"`, `the attorney general, Ruth Cole, who told`: the noun that the
    relative "who" stands for, when it is a name or carries one in apposition (not in a title-case headline)."""
    antecedent = tok.head.head
    if not (tok.text == "who" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl"
            and antecedent.i < tok.i):
        return None
    if _a_name(frame, antecedent):
        return antecedent.i
    if antecedent.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in antecedent.children):
        return antecedent.i
    return None


def _described_antecedent(frame: Frame, tok) -> int | None:
    """`…," said a former official who oversaw the inquiry and described it as "…"`: the common noun that the relative
    "who" right after it stands for, as written, or the name it is in apposition to ("Braynard, a South Carolina
    native who writes …"). (After a comma the parser often hangs "who" on the wrong noun: "Santilli on camera, who".)"""
    antecedent = tok.head.head
    if not (tok.text == "who" and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and antecedent.i < tok.i
            and antecedent.pos_ == "NOUN" and frame.tok_quote[antecedent.i] < 0 and tok.doc[tok.i - 1].text != ","):
        return None
    if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
        return antecedent.head.i
    return antecedent.i


def _according_source_who(tok):
    """`…, according to a source familiar with the matter, who told Reuters: "Q"`: the unnamed source of an "according
    to" phrase that a relative "who" after a comma stands for (the parser may hang it on a noun of the source's
    description: "the matter"); else None."""
    antecedent = tok.head.head
    if not (tok.lower_ == "who" and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and antecedent.i < tok.i):
        return None
    if _cited_source(antecedent):
        return antecedent  # "according to union leader Mick Lynch, who told"
    n = antecedent
    for _ in range(4):  # up the source's description: "a person with knowledge of the plans, who"
        if n.dep_ != "pobj" or n.head.dep_ != "prep":
            return None
        n = n.head.head
        if n.dep_ in ("amod", "acl"):
            n = n.head  # "a source close to the board"
        if _cited_source(n):
            return n if n.lower_ in _SOURCE_WORDS or _people_noun(n) else None
    return None


#: Unnamed people cited as a source ("a person with knowledge of the plans"; lemmas are not available).
_SOURCE_WORDS = frozenset(("person", "people", "source", "sources", "official", "officials", "insider", "insiders"))


def _cited_source(tok) -> bool:
    """Is `tok` the one an "according to" cites?"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _whose_antecedent(frame: Frame, tok):
    """The name a relative "whose" before a subject noun stands for ("Labour, whose spokesman said": Labour), when
    the clause hangs on a name (a person's or an organisation's) before it; else None."""
    verb = tok.head
    if not (tok.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.i < tok.i
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children)):
        return None
    return verb.head if _a_name(frame, verb.head) else None


def _a_name(frame: Frame, tok) -> bool:
    """Is `tok` a person's or an organisation's name: tagged one, or a word of a name the article uses elsewhere?"""
    return tok.pos_ == "PROPN" and (tok.ent_type_ in ("PERSON", "ORG") or is_name_word(frame, tok))


def mention_text(frame: Frame, head_i: int) -> str | None:
    """The article's words for the speaker at a cue: "he", "Mrs. Clinton", "the former senator",
    "a spokesman for SkyVale" (determiner and titles kept; never across a line break)."""
    doc = frame.doc
    tok = doc[head_i]
    glued = _glued_mark_name(doc, head_i)
    if glued is not None:
        return doc[glued].text + doc[glued + 1].text  # "Which?"
    named = _named_antecedent(frame, tok)
    if named is None:
        named = _described_antecedent(frame, tok)
    if named is None:
        cited = _according_source_who(tok)
        named = cited.i if cited is not None else None
    if named is not None:
        tok = doc[named]
    writer = _writer_of_participle(tok) or _subject_past_opening_participle(tok)
    if writer is not None:
        tok = writer  # "Writing in the Church Times, the Bishop of Oxford … argued": "the Bishop of Oxford"
    if tok.lower_ in _PRONOUNS:
        return tok.text
    team = _team_position_span(frame, tok)
    if team is not None:
        return _span_text(doc, *team).strip()  # "the Lakers forward"
    part = _partitive(frame, tok)
    if part is not None:
        return part.text
    ent = _entity_of(tok)
    lo, hi = (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)
    np_lo, np_hi = _np_bounds(tok)
    lo = min(lo, np_lo)
    if ent is None:
        hi = max(hi, np_hi)
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or hi > lo + 1 and _NUMBER_WORD.match(doc[hi - 1].text)
                       and not _number_ten(doc, hi - 2)):
        hi -= 1  # punctuation, and a score the tagger took into the name ("Petrášková 4-6")
    if len(doc[lo:hi]) > MAX_MENTION_WORDS:
        hi = tok.i + 1 if ent is None else ent.end
    text = _span_text(doc, lo, hi).split("\n")[-1].strip()
    if text.count("(") > text.count(")"):  # "Officials from the Washington Post (WP": up to the open bracket
        text = text[:text.rfind("(")].strip()
    return text or None


def _np_bounds(tok) -> tuple[int, int]:
    doc = tok.doc
    lo = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod") or (
                c.dep_ == "npadvmod" and tok.lower_ == "old"):  # "28-year-old"
            lo = min(lo, c.left_edge.i)
    for k in range(tok.i - 1, lo - 1, -1):  # never across a spaced dash ("TOO EARLY - Mark Blumenthal")
        if doc[k].text in DASHES and (doc[k].whitespace_ or k > 0 and doc[k - 1].whitespace_):
            lo = k + 1
            break
    hi = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("at", "of", "for", "from", "with", "in", "like"):
            hi = max(hi, c.right_edge.i + 1)
        elif _source_qualifier(c):
            hi = max(hi, c.right_edge.i + 1)  # "People close to the president", "a person briefed on the talks"
        elif c.dep_ == "nummod" and c.i == tok.i + 1 and tok.lower_ == "number":
            hi = max(hi, c.i + 1)  # a rank: "the world number one"
    for k in range(tok.i + 1, hi):
        # a relative clause the parser hung on the preposition's object is no part of the description ("A diplomat
        # from a large member state, who asked not to be named,")
        if doc[k].head.dep_ == "relcl" and (doc[k].lower_ in _RELATIVES and doc[k - 1].text == ","
                                            or doc[k].lower_ in ("who", "whom", "whose")):
            hi = k - 1 if doc[k - 1].text == "," else k
            break
        if (doc[k].dep_ == "appos" and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].head.i > tok.i
                and doc[k].left_edge.i > tok.i + 1 and doc[doc[k].left_edge.i - 1].text == ","
                and doc[k].head.head.lower_ != "like"):  # ("experts like Tom Reed, a Canadian engineer": one of them)
            # nor a description in apposition after a comma on the preposition's object ("the family of Ali
            # Hassan, the 17-year-old who drowned,"; a name there may be the speaker's: "his friend at Lehigh, Tom Reed")
            hi = doc[k].left_edge.i - 1
            break
    return lo, hi


_RELATIVES = frozenset(("who", "whom", "whose", "which", "that", "where", "when"))  # ("for the Old Vic, where he was …")

#: Adjectives and participles that, with their phrase, say who an unnamed source is (words/source_qualifiers.txt).
SOURCE_QUALIFIERS = word_set("source_qualifiers")


def _source_qualifier(tok) -> bool:
    """An adjective or participle right after a noun, with only a prepositional phrase of its own ("close to the
    president", "familiar with the negotiations", "briefed on the talks"): part of the source's description."""
    return (tok.dep_ in ("amod", "acl") and tok.lower_ in SOURCE_QUALIFIERS and tok.i == tok.head.i + 1
            and any(c.dep_ == "prep" for c in tok.children)
            and all(c.dep_ in ("prep", "advmod") for c in tok.children)
            and not any(g.ent_type_ in ("DATE", "TIME") or g.lower_ == "time"
                        for c in tok.children for g in c.children))  # "officials involved at the time"


#: Nouns for people a source or a group may be called by, beside words/group_nouns.txt and words/people_nouns.txt.
_SOURCE_PEOPLE = frozenset(("person", "source", "official", "aide", "insider", "diplomat", "executive", "adviser"))


def _people_noun(tok) -> bool:
    """A common noun for people ("residents", "a person", "sources", "officials")."""
    return tok.pos_ == "NOUN" and (tok.lower_ in GROUP_NOUNS or tok.lower_ in PEOPLE_NOUNS or tok.lower_ in OFFICIAL_NOUNS
                                   or tok.lower_ in SPOKES_NOUNS or tok.lemma_ in _SOURCE_PEOPLE)


def source_holding(tok):
    """The people a relative "who" stands for when the parser hung it on a noun inside their description's phrase:
    an unnamed source's ("a person familiar with the central bank's deliberations, who said", "a person close to
    Elon Musk, who said", "people with knowledge of the company's plans, who said": the person, the people, never
    the deliberations or Musk) or, for a noun that is no one ("residents of the estate, who said": not the estate),
    the people it is said of; else None."""
    thing = tok.pos_ == "NOUN" and not tok.ent_type_ and not _people_noun(tok) and tok.lower_ not in ORG_NOUNS
    n = tok
    for _ in range(4):
        if n.dep_ != "pobj" or n.head.dep_ != "prep":
            return None
        prep, up = n.head, n.head.head
        if _source_qualifier(up):
            return up.head  # "close to the president", "briefed on the talks"
        if _people_noun(up) and (thing or prep.lower_ == "with"):
            return up  # "sources with knowledge of the matter", "residents of the estate"
        n = up
    return None


def _speaks_for_owner(tok) -> bool:
    """Is a common noun someone (or something) that speaks for the organisation it is of, at or for: "a spokesman
    for X", "X officials", "the chief executive of X", "a report from X"? Not "critics of X", "an analyst at X",
    "X supporters", nor "the former chief executive of X"."""
    low = _title_parts(tok.lower_)[1]
    if not (low in SPOKES_NOUNS or low in OFFICIAL_NOUNS or low in ORG_NOUNS or low in DESCRIPTION_ORG_KINDS
            or low in SPEAKS_FOR_OWNER or low in DOCUMENT_NOUNS or low in CHANNEL_NOUNS):
        return False
    return not held_before(tok) and not _constituency_office(tok)


#: Adjectives of a nation the tagger may take for an organisation ("The Welsh secretary"; words/nation_adjectives.txt).
NATION_ADJECTIVES = word_set("nation_adjectives")


#: Offices of an election held for a seat or a count ("the returning officer for Clacton"; words/constituency_offices.txt).
CONSTITUENCY_OFFICES = word_set("constituency_offices")


def _constituency_office(tok) -> bool:
    """Is a noun an election's office for a seat or a count ("the returning officer for Clacton", "the acting
    returning officer"), which speaks for no organisation named with it?"""
    return tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in CONSTITUENCY_OFFICES


#: Entity labels of a place or a nation: "U.S. officials" are the government's people, shown as written, never
#: the place's name alone ("U.S").
PLACE_OR_NATION = ("GPE", "LOC", "NORP")


def _place_owner(frame: Frame, tok) -> bool:
    """Is a possessive a place's or a nation's name ("Ukraine's general staff"), and no word of a person's name in the
    text (the tagger calls "Kasich's campaign" a place's after John Kasich)?"""
    if tok.ent_type_ not in PLACE_OR_NATION:
        return False
    person_words = frame.memo("person name words, as written", lambda f: frozenset(
        t.text for e in f.doc.ents if e.label_ == "PERSON" for t in e))
    return tok.text not in person_words


def _speaks_for_place(tok, org) -> bool:
    """Are the people a noun names of a place or a nation ("U.S. officials", "a U.S. law enforcement official",
    "Florida election officials")? They stay the group as written: a place does not speak, and its name alone
    drops who they are. (An organisation's people speak for it: "FBI officials" -> FBI.)"""
    low = _title_parts(tok.lower_)[1]
    if org.label_ not in PLACE_OR_NATION or _org_taken_for_place(org):
        return False
    # a nation's or a place's body ("Ukraine's air force", "China's embassy in London", "the Gaza health ministry",
    # "the U.S. government") is that body as written, and so are a place's public services ("Chicago police"): the
    # place's name alone drops which of its bodies spoke
    return (low in OFFICIAL_NOUNS or low in SPOKES_NOUNS or low in OWNER_PEOPLE or low in ORG_NOUNS
            or low in DESCRIPTION_ORG_KINDS or low in PLACE_SERVICES)


#: Nouns for a company that runs a service, beside words/org_nouns.txt ("Avanti West Coast, the operator,").
_OPERATOR_NOUNS = frozenset(("operator", "provider", "owner"))


def _org_taken_for_place(ent) -> bool:
    """An organisation the tagger took for a place (not a nation): shaped like one ("the South East Coast Ambulance
    Service") or described as one in apposition ("Avanti West Coast, the operator,")."""
    return ent.label_ in ("LOC", "FAC") and org_shaped(ent.text) or _org_in_apposition(ent)


def _org_in_apposition(ent) -> bool:
    """Does a name the tagger took for a place have an organisation's description in apposition after it ("a
    spokesperson for Avanti West Coast, the operator,", "Southern, the rail company,"): it is that organisation."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > ent.end
               and (c.lower_ in ORG_NOUNS or c.lower_ in _OPERATOR_NOUNS) for c in ent.root.children)


#: A place's public services ("Chicago police", "Florida prosecutors"; words/place_services.txt).
PLACE_SERVICES = word_set("place_services")


def held_before(tok) -> bool:
    """Does a description say its office is held no more ("the former chief executive", "an ex-minister", "current
    and former officials")?"""
    return (_title_parts(tok.lower_)[0] in FORMER_WORDS
            or any(t.lower_ in FORMER_WORDS for c in tok.lefts for t in c.subtree))


def _title_parts(word: str) -> tuple[str, str]:
    """A hyphenated title's prefix and noun ("vice-chairman" -> ("vice", "chairman"); bot.claims.hyphens joined
    them into one word), else no prefix and the word."""
    prefix, dash, noun = word.partition("-")
    return (prefix, noun) if dash and prefix in TITLE_PREFIXES else ("", word)


#: Records made for a client ("A CVoter survey for ABP News", "a poll for the Telegraph"): the client named after "for"
#: is not their maker, but one that commissioned them owns them ("a poll commissioned by CNN"; documents.py), as no
#: report's or review's commissioner does.
COMMISSIONED_NOUNS = frozenset(("poll", "polls", "polling", "survey", "surveys", "projection", "projections",
                                "forecast", "forecasts"))


def _owner_org(tok):
    """The named organisation a common-noun speaker speaks for ("a spokesman for X", "X officials"); none when it
    is "of" one left unnamed ("the head of the union at X": the union's, not X's)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj" and g.lower_ in ORG_NOUNS and not g.ent_type_
           for c in tok.children for g in c.children):
        return None
    if league_member(tok):
        return None  # "the Premier League club said": a club in the league, never the league
    # "officials with the agency" are its people, but "a filing with the SEC", "an interview with Reuters" are no
    # papers of the body they were filed with or given to
    record = _title_parts(tok.lower_)[1] in DOCUMENT_NOUNS | CHANNEL_NOUNS
    preps = list(tok.children)
    if record and tok.dep_ == "nsubj":
        # "The report, by the Resolution Foundation, found": the parser hangs the author on the verb
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by" and tok.i < c.i < tok.head.i]
    for c in preps:
        if record and _untagged_compound_owner(c, tok):
            return tok.doc[c.left_edge.i:c.i + 1]  # "A Human Rights Watch report", the tagger seeing no name
        if c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ in ORG_LABELS:
            if party_running(tok, c):
                return None  # "the Labour council said": the council, as written, never the party
            ent = _entity_of(c)
            if ent is not None and len(ent) == 1 and c.lower_ in NATION_ADJECTIVES:
                return None  # "The Welsh secretary said": a nation's adjective the tagger took for a name, as written
            if ent is not None and len(ent) == 1 and c.lower_ in ORG_NOUNS and c.i == c.sent.start:
                # "Council documents show": a common noun capitalised only to open the sentence, which the tagger
                # took for a name: as written (but "a Carrier executive" is the company's)
                return None
            return ent
        if c.dep_ == "prep" and (c.lower_ in ("for", "at", "of", "from", "with") and not (record and c.lower_ == "with")
                                 and not (c.lower_ == "for" and tok.lower_ in COMMISSIONED_NOUNS)
                                 or record and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE") and not _person_named(_entity_of(g)):
                    return _entity_of(g)
                if g.dep_ == "pobj" and g.ent_type_ in ("LOC", "FAC") and _org_taken_for_place(_entity_of(g)):
                    # "a spokesperson for Avanti West Coast, the operator,", "a spokesperson for the South East Coast
                    # Ambulance Service" (the tagger's places)
                    return _entity_of(g)
                named = next((a for a in g.children if a.dep_ == "appos" and a.ent_type_ == "ORG"), None)
                if g.dep_ == "pobj" and g.lower_ in ORG_NOUNS and named is not None:
                    return _entity_of(named)  # "a spokesman for the regulator, Ofgem"
    return None


def _untagged_compound_owner(c, noun) -> bool:
    """Is `c`, right before a document's noun, the last word of a name the tagger did not see ("A Human Rights Watch
    report", "A Government Accountability Office report", "A Pew Research Center survey"): two or more capitalised
    proper nouns, none of them tagged, not opening with a listed first name; or one, not opening its sentence, an
    acronym ("An NCVO survey") or a capitalised word that is no first name, title or common noun ("An internal
    Facebook presentation"; never "A Council report", "A Senator's letter")?"""
    if c.dep_ != "compound" or c.i != noun.i - 1 or c.pos_ != "PROPN":
        return False
    words = list(c.subtree)
    if any(w.pos_ != "PROPN" or w.ent_type_ or not w.text[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        low = c.lower_
        if low in CHANNEL_NAMES and noun.lower_ in CHANNEL_NOUNS:
            return False  # "Her Instagram post", "the Facebook post": where it was posted, no owner
        return c.i != c.sent.start and (_acronym(c) or c.is_title and len(low) > 2 and low not in GIVEN_NAMES
                                        and low not in HONORIFICS and low not in ORG_NOUNS and low not in NON_AGENTS)
    return words[0].lower_ not in GIVEN_NAMES


#: Words of a league's or a competition's name (words/competition_words.txt) and nouns for its members
#: (words/member_nouns.txt).
COMPETITION_WORDS = word_set("competition_words")
MEMBER_NOUNS = word_set("member_nouns")


#: Parties (words/party_names.txt) and the bodies they run (words/governed_nouns.txt).
PARTY_NAMES = word_set("party_names")
GOVERNED_NOUNS = word_set("governed_nouns")


def party_running(noun, mod) -> bool:
    """Is `mod`, a name before `noun`, a party that runs the body `noun` names ("the Labour council", "the SNP
    government", "the Tory administration")?"""
    if noun.lower_ not in GOVERNED_NOUNS:
        return False
    ent = _entity_of(mod)
    name = (ent.text if ent is not None else mod.text).lower()
    return name.removeprefix("the ") in PARTY_NAMES


def league_member(tok) -> bool:
    """Is a common noun a member of a league or a competition named before it ("the Premier League club", "a Serie A
    side", "the NFL team")?"""
    if tok.lower_ not in MEMBER_NOUNS:
        return False
    for c in tok.children:
        if c.dep_ in ("compound", "nmod") and c.i < tok.i:
            ent = _entity_of(c)
            words = (ent.text if ent is not None else " ".join(t.text for t in c.subtree)).lower()
            if any(w in COMPETITION_WORDS for w in words.split()) or any(
                    " " in w and w in words for w in COMPETITION_WORDS):
                return True
    return False


def _person_named(ent) -> bool:
    """A person's name the tagger took for an organisation's ("a representative for Justin Bieber"): two or three
    proper nouns, the first a known given name (words/male_names.txt, words/female_names.txt), no organisation word.
    A person's representative speaks as written, never as that person (as "a representative for Mr. Pinchuk")."""
    if ent is None:
        return False
    toks = [t for t in ent if not t.is_punct]
    return (2 <= len(toks) <= 3 and all(t.pos_ == "PROPN" for t in toks) and not any(t.lower_ in ORG_WORDS for t in toks)
            and toks[0].lower_ in GIVEN_NAMES)


def _in_verbs_phrase(name, verb) -> bool:
    """Does `name` stand in a prepositional phrase hanging on `verb` ("In an interview with Ann Lee, ...")? (A few
    steps up the parse at most.)"""
    tok = name
    for _ in range(8):
        if tok.head.i == verb.i:
            return tok.dep_ == "prep"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def described_subject(tok) -> bool:
    """Is `tok` a definite description the parser hung in apposition on a name in the phrase before a verb with no
    subject, and that ends right before that verb: the verb's subject, not the name's role ("In an interview with
    hosts Joe Cole and Ann Lee, the candidate stated ...")?"""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
        return False
    doc = tok.doc
    after = tok.right_edge.i + 1
    if after >= len(doc):
        return False
    verb = doc[after]
    name = tok.head
    return (verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and name.pos_ == "PROPN" and _in_verbs_phrase(name, verb))


def role_of(frame: Frame, tok) -> str | None:
    """Apposition (`Bennett, a senior researcher at ...`) or title before the name (`Chief executive X`)."""
    doc = frame.doc
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and frame.tok_quote[c.i] < 0 and not described_subject(c) \
                and not _subject_hung_on_opening_name(tok, c) and not _past_closing_dash(tok, c):
            lo, hi = _strip_det(doc, c.left_edge.i, c.right_edge.i + 1)
            if c.ent_type_ == "PERSON" or hi - lo > 20 or _age(doc[lo:hi]) or not _describes(doc[lo:hi]):
                continue  # (an age is no role: "Jenny Lowe, 67,"; nor "herself", "both", "more subdued")
            text = _span_text(doc, lo, hi)
            if text:
                return text
    ent = _entity_of(tok)
    first = ent.start if ent is not None else tok.i
    title = title_before(frame, tok)
    if title is not None:
        return title
    led = _led_by(frame, tok)
    if led is not None:
        return led
    split = _split_description(tok, first)
    if split is not None:
        return split
    # "the defence minister, Omar Haddad,": the description the name stands in apposition to ("the author of the
    # book, Ann Lee,": the author's, wherever the parser hung the name)
    head = tok.head
    if tok.dep_ == "appos" and head.pos_ == "NOUN" and head.i < first and frame.tok_quote[head.i] < 0:
        while (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN"
               and doc[first - 1].text == ","):
            # (only a name set off by a comma renames the whole phrase: "The family of the late actor Matthew Perry"
            # is the actor's family, and Perry the actor)
            head = head.head.head
        lo, hi = _strip_det(doc, *_np_bounds(head))
        hi = min(hi, first)
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        if hi - lo <= 20:
            return _span_text(doc, lo, hi) or None
    return None


def _subject_hung_on_opening_name(tok, appos) -> bool:
    """`In an interview with Piers Morgan, the actor, 64, said: …`: the parser left the verb no subject and hung the
    description right before it on the name inside the opening phrase; it is the verb's subject, no role of the name's
    (Piers Morgan is no actor)."""
    doc = tok.doc
    if doc[appos.left_edge.i - 1].text == "," and _participle_object(tok):
        # "Introducing Kamala Harris, the former first lady told the convention": the description running to the
        # verb is its subject, never a role of the one introduced
        verb = tok.sent.root
        return verb.i > appos.right_edge.i and all(t.is_punct for t in doc[appos.right_edge.i + 1:verb.i])
    if tok.dep_ != "pobj" or doc[appos.left_edge.i - 1].text != ",":
        return False
    prep = tok.head
    while prep.dep_ in ("prep", "pobj") and prep.head.dep_ in ("prep", "pobj") and prep.head.i < prep.i:
        prep = prep.head  # "In an interview with Piers Morgan": up to the opening "In"
    verb = prep.head
    return (prep.dep_ == "prep" and prep.i < tok.i and verb.i > appos.i and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
            and all(doc[k].is_punct or doc[k].like_num or doc[k].head.i == appos.i and doc[k].dep_ == "appos"
                    for k in range(appos.right_edge.i + 1, verb.i)))


def _participle_object(tok) -> bool:
    """Is a name the object of the participle opening its sentence ("Introducing Kamala Harris, …", also with the
    participle the tagger ran into the name: "Praising Angela Rayner, …")?"""
    first = tok.doc[tok.sent.start]
    if first.i >= tok.i or not first.lower_.endswith("ing") or not first.is_title:
        return False
    if first.tag_ == "VBG" and tok.dep_ == "dobj" and tok.head.i == first.i:
        return True
    return (first.pos_ == "PROPN" and first.dep_ == "compound" and first.head.i == tok.i and len(first) > 5
            and not first.ent_type_ and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"
            and tok.doc[first.i + 1].ent_iob_ == "B" and tok.doc[first.i + 1].ent_type_ == "PERSON")


def _past_closing_dash(tok, appos) -> bool:
    """`In the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks`: the parser hung
    the subject after the dash closing an aside on the name that ends the aside; it is no role of that name's."""
    doc = tok.doc
    if doc[appos.left_edge.i - 1].text not in DASHES:
        return False
    dashes = [k for k in range(tok.sent.start, appos.left_edge.i - 1) if doc[k].text in DASHES]
    return len(dashes) == 1 and dashes[0] < tok.left_edge.i


#: Words an age written after a name may hold beside its number ("Carly Fiorina, then 44,").
_AGE_WORDS = frozenset(("then", "now", "aged", "age"))


def _age(span) -> bool:
    """Is an apposition an age ("67", "then 44", "aged 30")?"""
    return any(t.like_num for t in span) and all(t.like_num or t.is_punct or t.lower_ in _AGE_WORDS for t in span)


def _describes(span) -> bool:
    """Can a phrase before or beside a name be its role: does it hold a noun ("senior researcher", "one of the
    signatories") or a capitalised word ("Republican", "Sen.")? An adjective or a pronoun alone says how the person
    was ("young", "more subdued") or stands for them ("herself", "both"), not who they are."""
    return any(t.pos_ in ("NOUN", "PROPN") or t.ent_type_ == "NORP"
               or (t.is_title and t.pos_ != "PRON" and not t.is_sent_start) for t in span)


def title_before(frame: Frame, tok) -> str | None:
    """The title written before a name (`Chief executive X`, `Sen. X`, `Cllr X` taken into the name), not a form of
    address alone ("Mr", "Dr")."""
    doc = frame.doc
    ent = _entity_of(tok)
    first = ent.start if ent is not None else tok.i
    pre = [c for c in tok.lefts if c.i < first and c.dep_ in ("compound", "amod", "nmod") and not c.ent_type_ == "PERSON"]
    if pre:
        lo = min(c.left_edge.i for c in pre)
        lo, hi = _strip_det(doc, lo, first)
        text = _span_text(doc, lo, hi)
        words = text.split()
        if text and _describes(doc[lo:hi]) and not (
                len(words) == 1 and words[0].lower() in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.")):
            return text
    return _title_in_name(ent)


def _title_in_name(ent) -> str | None:
    """`Cllr Peter Hall`, `Det Insp Mark Rowe`: the office the tagger took into the person's name (its leading
    titles, which `clean_name` leaves out), not a form of address alone ("Mr", "Dr", "Sir"); also when the tagger took
    the title and a name of two or three capitalised words for an organisation's ("Taoiseach Micheál Martin")."""
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return None
    held = titled_name_start(ent)
    if held is not None and _honorific(ent.doc[held - 1].lower_):
        return ent.doc[ent.start:held].text  # "Auckland Mayor Wayne Brown": the place's mayor
    k = 0
    while k < len(ent) - 1 and _honorific(ent[k].lower_):
        k += 1
    if k == 0 or all(ent[i].lower_.rstrip(".") in NAME_HONORIFICS for i in range(k)):
        return None
    if ent.label_ == "ORG" and not _titled_person_name(ent[k:]):
        return None
    return ent[:k].text


def _listed_person_org(tok) -> bool:
    """A person's name the tagger took for an organisation's: two or three capitalised proper nouns opening with a
    listed first name, none an organisation's word ("Deputy Prime Minister and Labour Minister Yolanda Díaz")."""
    ent = _entity_of(tok) if tok.ent_type_ == "ORG" else None
    return (ent is not None and ent[0].lower_ in GIVEN_NAMES and _titled_person_name(ent)
            and not any(t.lower_ in ORG_NOUNS for t in ent))


def _titled_person_name(rest) -> bool:
    """What follows a title in a name the tagger took for an organisation's: two or three capitalised proper nouns,
    none an organisation's word ("Micheál Martin"; not "Trump Organization")."""
    return (2 <= len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in rest)
            and not any(t.lower_ in ORG_WORDS for t in rest))


def titled_name_start(ent) -> int | None:
    """Where a person's name begins inside a name the tagger took for an organisation's, behind a place and a title
    ("Auckland Mayor Wayne Brown", "Brisbane Lord Mayor Adrian Schrinner") or behind the seat or body after a title's
    "for"/"of" ("MP for" + "Melbourne Adam Bandt", "Commissioner of" + "Victoria Police Shane Patton"): a listed first
    name opening the last two or three capitalised words, none an organisation's word, right after a title; else
    None. The place before a title and no title ("Western Sydney Wanderers") are no person's. Also in a name tagged a
    person's that opens with the place ("Brisbane Lord Mayor Adrian Schrinner")."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 3:
        return None
    if ent.label_ == "PERSON":
        return next((ent.start + k for k in range(2, len(ent) - 1)
                     if not _honorific(ent[0].lower_) and _honorific(ent[k - 1].lower_) and ent[k].lower_ in GIVEN_NAMES
                     and ent[k].is_title and _titled_person_name(ent[k:])), None)
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    after_title = before is not None and before.lower_ in ("for", "of") and (
        before.head.lower_ in HONORIFICS or before.head.lower_ in _SEAT_TITLES) and before.head.i < before.i
    for k in range(1, len(ent) - 1):
        if (ent[k].lower_ in GIVEN_NAMES and ent[k].is_title and _titled_person_name(ent[k:])
                and (_honorific(ent[k - 1].lower_) or after_title)):
            return ent.start + k
    if after_title:  # "Minister of" + "Electricity Kgosientsho Ramokgopa": the portfolio's words, then the name
        k = next((k for k in range(len(ent)) if ent[k].lower_ not in PORTFOLIO_WORDS), len(ent))
        if k and _titled_person_name(ent[k:]) and not any(
                t.lower_ in PORTFOLIO_WORDS or t.lower_ in HONORIFICS or not t.is_alpha for t in ent[k:]):
            return ent.start + k
    return None


def _honorific(word: str) -> bool:
    """A title written before a name, with or without its point ("Det", "Det.", "Insp")."""
    return word in HONORIFICS or word.rstrip(".") in HONORIFICS or word + "." in HONORIFICS


def _split_description(tok, first: int) -> str | None:
    """`The Philippine weather agency PAGASA said`: the parser made the description right before the name a second
    subject of the same verb; it is the name's role ("Philippine weather agency")."""
    doc = tok.doc
    if first == 0 or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    noun = doc[first - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != tok.dep_ or noun.head.i != tok.head.i or noun.is_title:
        return None
    lo, hi = _strip_det(doc, noun.left_edge.i, first)
    return _span_text(doc, lo, hi) or None


def _led_by(frame: Frame, tok) -> str | None:
    """`The Liberal Democrats, led by Ed Davey,`: the role the participle gives the name after "by" (words/
    led_by_roles.txt), of the organisation it describes: "leader of The Liberal Democrats"."""
    by = tok.head
    verb = by.head
    if not (tok.dep_ == "pobj" and by.dep_ == "agent" and verb.dep_ == "acl" and verb.lower_ in LED_BY_ROLES):
        return None
    org = verb.head
    if not org.ent_type_ or org.ent_type_ not in ORG_LABELS or frame.tok_quote[org.i] >= 0:
        return None
    words = _span_text(frame.doc, org.left_edge.i, org.i + 1).split()
    if words[0].lower() in ("the", "a", "an"):
        words[0] = words[0].lower()  # "leader of the Liberal Democrats"
    return f"{LED_BY_ROLES[verb.lower_]} of {' '.join(words)}"


def channel(frame: Frame, cue_i: int | None) -> str | None:
    """`told Reuters`, `in a statement`, `through Twitter`, `in an interview with X`, `in a Fox News article`."""
    if cue_i is None:
        return None
    doc = frame.doc
    cue = doc[cue_i]
    if cue.dep_ == "prep" and cue.pos_ == "ADP":  # the cue is a channel phrase itself ("In an interview with ...")
        for p in cue.children:
            if p.dep_ == "pobj":
                return _channel_np(frame, p)
    heads = [cue]
    if cue.dep_ in ("conj", "ccomp", "advcl") and cue.head is not cue:
        heads.append(cue.head)
    told = cue.lower_.startswith(("told", "tell"))
    by_head = frame.memo("channels by head", lambda f: {})  # in a run-on sentence one head holds thousands of cues
    for h in heads:
        key = (h.i, told)
        if key not in by_head:
            by_head[key] = _channel_among_children(frame, h, told)
        found, via = by_head[key]
        if found:
            return via
    via = (_participle_channel(frame, cue) or _quoting_source(frame, cue) or _channel_hung_on_content(frame, cue)
           or _channel_closing_content(frame, cue) or _platform_on_inverted_subject(frame, cue))
    if via:
        return via
    return CHANNEL_VERBS.get(reporting_base(cue.text) or "")  # "tweeted that ...": Twitter


def _channel_hung_on_content(frame: Frame, cue) -> str | None:
    """`said in a statement it was cooperating`: the channel right after the verb, which the parser hung on the
    content's verb (a clausal complement of the cue), as a channel phrase of the cue's own."""
    doc = frame.doc
    if cue.i + 2 >= len(doc):
        return None
    prep = doc[cue.i + 1]
    if prep.dep_ != "prep" or prep.head.dep_ != "ccomp" or prep.head.head.i != cue.i or frame.tok_quote[prep.i] >= 0:
        return None
    return next((_channel_np(frame, p) for p in prep.children if p.dep_ == "pobj" and channel_phrase(prep, p)), None)


def _channel_closing_content(frame: Frame, cue) -> str | None:
    """`said Moscow was open to talks, in remarks carried by TASS`: a channel phrase after a comma that closes the
    content (the parser hung it on the content's verb; bot.claims.clauses leaves it out of the claim), the cue's."""
    doc = frame.doc
    for comp in cue.children:
        if comp.dep_ != "ccomp" or comp.i < cue.i:
            continue
        for prep in comp.children:
            if (prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > comp.i and doc[prep.i - 1].text == ","
                    and frame.tok_quote[prep.i] < 0 and prep.right_edge.i >= comp.right_edge.i - 1):
                return next((_channel_np(frame, p) for p in prep.children
                             if p.dep_ == "pobj" and channel_phrase(prep, p)), None)
    return None


def _platform_on_inverted_subject(frame: Frame, cue) -> str | None:
    """`"…," wrote Senator Marsha Blackburn on X`: a platform the parser hung on the subject after the verb (a
    capitalised name of words/channel_names.txt or a platform's feature after "on"/"via"), the cue's channel;
    never an outlet or anything else after the subject ("wrote Jane Lee on the CNN website" names no platform)."""
    for subj in cue.children:
        if subj.dep_ != "nsubj" or subj.i < cue.i or frame.tok_quote[subj.i] >= 0:
            continue
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.i < subj.i or prep.lower_ not in ("on", "via"):
                continue
            for p in prep.children:
                if p.dep_ == "pobj" and p.text[:1].isupper() and p.lower_ in CHANNEL_NAMES:
                    return _channel_np(frame, p)
    return None


def channel_phrase(prep, noun) -> bool:
    """Is `prep` + `noun` a channel the words went out through ("in a statement", "in a blog post", "through a
    spokesman's note"; words/channel_preps.txt, words/channel_nouns.txt)?"""
    return prep.lower_ in CHANNEL_PREPS and noun.lower_ in CHANNEL_NOUNS


def _channel_among_children(frame: Frame, h, told: bool) -> tuple[bool, str | None]:
    """(found, channel) hung on `h`: `told Reuters` (with a cue of telling; found even when it names nothing
    valid), `in a statement`, `through Twitter`."""
    for c in h.children:
        if frame.tok_quote[c.i] >= 0:
            owned = _outlet_possessed(c) if c.dep_ in ("dobj", "dative") and told else None
            if owned and any(p.dep_ == "poss" and frame.tok_quote[p.i] < 0 for p in c.children):
                return True, owned  # `told ABC's "This Week"`: a programme's title in quotation marks
            continue
        if c.dep_ in ("dobj", "dative") and told:
            paper = sunday_paper(c)
            if paper:
                return True, paper  # "told the Mail on Sunday", never "Mail"
            owned = _outlet_possessed(c)
            if owned:
                return True, owned  # "told CBS' 60 Minutes", "told the BBC's Laura Kuenssberg": via the BBC
            if _audience_body(c):
                continue  # "told the House of Commons", "told the Security Council": an audience, no channel
            platform = next((a.text for a in c.lefts if c.lower_ in _PLATFORM_AUDIENCES and a.dep_ == "compound"
                             and a.lower_ in CHANNEL_NAMES and a.text[:1].isupper()), None)
            if platform:
                return True, platform  # "told her 14 million Instagram followers": Instagram
            if (c.ent_type_ in ("ORG",) or c.lower_ in CHANNEL_NAMES) and not _person_told(frame, c):
                ent = _entity_of(c)
                return True, _told_outlet(ent) if ent is not None else c.text
            if c.pos_ == "PROPN" and (NAME_ORG_KINDS.get(c.lower_) == "media" or outlet_shaped(c)
                                      or _titled_outlet(c) or _programme_of_outlet(c)):
                # "told the Harwick Gazette", "told the Argus", "told KUSA", "told LancsLive", "told The Star",
                # "told ITV Calendar" when the tagger saw no organisation
                return True, _outlet_name(c)
        if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                via = _channel_np(frame, p)
                if via:
                    return True, via
        if c.dep_ == "dobj" and h.lower_ in POSTING_FORMS:
            via = platform_of_posted(frame, c)
            if via:
                return True, via  # "posted a series of messages on Instagram, writing that …": Instagram
    return False, None


#: Verbs of putting something up on a platform ("posted a video on TikTok", "shared a message on X";
#: words/posting_verbs.txt): inflected form -> base.
POSTING_FORMS = forms_table(read_words("posting_verbs"))


def platform_of_posted(frame: Frame, obj) -> str | None:
    """The platform a posted thing went up on, which the parser hung on the thing ("posted a series of messages on
    Instagram", "shared a video to X"): a name of words/channel_names.txt, or a platform's feature ("on Truth
    Social"); never an outlet named otherwise ("posted a story on the BBC": no platform's name)."""
    things = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")]  # ("a series of messages on Instagram")
    for prep in (c for t in things for c in t.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "to", "via") or frame.tok_quote[prep.i] >= 0:
            continue
        for p in prep.children:
            if p.dep_ == "pobj" and p.text[:1].isupper() and p.lower_ in CHANNEL_NAMES:
                return _channel_np(frame, p)
    return None


#: A platform's audience, named after it ("her 14 million Instagram followers", "his YouTube subscribers").
_PLATFORM_AUDIENCES = frozenset(("followers", "subscribers", "viewers", "fans", "listeners"))


def _audience_body(tok) -> bool:
    """Is the one told a body that hears it ("the House of Commons", "the UN Security Council", "the Knesset";
    words/audience_nouns.txt)? An audience, never a channel."""
    ent = _entity_of(tok)
    words = [t.lower_ for t in ent] if ent is not None else [tok.lower_]
    return tok.lower_ not in CHANNEL_NAMES and any(w in AUDIENCE_NOUNS for w in words)


_NOT_OUTLETS = frozenset(("PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "LANGUAGE"))


#: A news outlet's name by its shape alone: US broadcast call letters ("KUSA", "WFAA-TV", "KY3"; never "WHO") and one word
#: ending in "Live" or "Online" ("LancsLive", "KentOnline").
_OUTLET_SHAPE = re.compile(r"(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|[KW][A-Z]{1,3}\d{1,2}|[A-Z][A-Za-z]*[a-z](?:Live|Online))")
#: One-word outlets the tagger does not know (words/outlet_names.txt).
OUTLET_NAMES = word_set("outlet_names")


def outlet_shaped(tok) -> bool:
    """Is a proper noun the tagger took for no person, place or date a news outlet by its shape or name ("KUSA",
    "LancsLive", "Patch")?"""
    if tok.lower_ in ("who", "what"):
        return False
    if tok.ent_type_ == "PERSON" and tok.is_upper and any(ch.isdigit() for ch in tok.text):
        return bool(_OUTLET_SHAPE.fullmatch(tok.text))  # "KY3", which the tagger calls a person
    if tok.ent_type_ in _NOT_OUTLETS:
        return False
    return tok.lower_ in OUTLET_NAMES and tok.is_title or bool(_OUTLET_SHAPE.fullmatch(tok.text))


#: Sunday papers named "<word> on Sunday" (words/on_sunday_papers.txt).
ON_SUNDAY_PAPERS = word_set("on_sunday_papers")


def sunday_paper(tok) -> str | None:
    """The Sunday paper a capitalised word opens with "on Sunday" after it ("The Mail on Sunday", "Scotland on
    Sunday"; words/on_sunday_papers.txt), the tagger having read the day as a date; never after "Daily"."""
    doc = tok.doc
    if (tok.lower_ in ON_SUNDAY_PAPERS and tok.is_title and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "on"
            and doc[tok.i + 2].text == "Sunday" and not (tok.i and doc[tok.i - 1].lower_ == "daily")):
        return f"{tok.text} on Sunday"
    return None


def _person_told(frame: Frame, tok) -> bool:
    """Is a one-word name told, which the tagger took for an organisation's, a word of a person's name in the text
    ("Judge Alan Conrad told Hughes: …" after "Liam Hughes, 29, admitted …"): the one told, no channel."""
    if tok.ent_iob_ != "B" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False
    people = frame.memo("person name words, capitalised, in lower case", lambda f: frozenset(
        t.lower_ for e in f.doc.ents if e.label_ == "PERSON" for t in e if t.is_title))
    return tok.lower_ in people and tok.lower_ not in CHANNEL_NAMES


def _told_outlet(ent) -> str:
    """The outlet a tagged organisation told is, as named: "Channel 4 News", "Channel 2 Action News" keep their
    number (a name's number is otherwise cut: "Petrášková 4-6")."""
    name = clean_name(ent.text)
    if any(t.like_num for t in ent[:-1]) and not ent[-1].like_num:
        lo, hi = _strip_det(ent.doc, ent.start, ent.end)
        return _span_text(ent.doc, lo, hi) or name
    return name


def _titled_outlet(tok) -> bool:
    """"told The Star", "told The Independent": one word after a capitalised "The" inside the sentence, a title's."""
    det = tok.doc[tok.i - 1] if tok.i else tok
    return (det.text == "The" and det.dep_ == "det" and det.head.i == tok.i and det.i > tok.sent.start
            and tok.ent_type_ not in _NOT_OUTLETS and tok.is_title and tok.lower_ not in HONORIFICS)


def _programme_of_outlet(tok) -> bool:
    """"told ITV Calendar", "told BBC Breakfast": a programme named after the outlet that makes it (a name of no
    person or place, with an organisation or a channel before it)."""
    return tok.ent_type_ not in _NOT_OUTLETS and any(
        c.dep_ == "compound" and c.i < tok.i and (c.ent_type_ == "ORG" or c.lower_ in CHANNEL_NAMES) for c in tok.lefts)


def _outlet_possessed(tok) -> str | None:
    """A programme or an interviewer a news outlet owns ("told CBS' 60 Minutes", "on NBC's Meet the Press", "on Fox
    News' Hannity": the programme with its outlet; "told the BBC's Laura Kuenssberg", "ABC's George Stephanopoulos":
    the outlet, never the interviewer), the owner an outlet by its words (words/channel_names.txt, media words in
    words/name_org_kinds.txt, words/outlet_names.txt); else None ("told Boeing's Dave Calhoun" names no channel)."""
    if not tok.text[:1].isupper() and not tok.like_num or tok.ent_type_ in ("GPE", "LOC", "NORP"):
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i and c.pos_ == "PROPN"), None)
    if poss is None:
        return None
    doc = tok.doc
    ent = _entity_of(poss)
    lo, hi = (ent.start, ent.end) if ent is not None and ent.end <= tok.i else (poss.left_edge.i, poss.i + 1)
    if not any(t.pos_ == "PROPN" and (t.lower_ in CHANNEL_NAMES or t.lower_ in OUTLET_NAMES
                                      or NAME_ORG_KINDS.get(t.lower_) == "media" or outlet_shaped(t))
               for t in doc[lo:hi]):
        return None  # (never by a common noun before the owner: "radio show Joney's Jukebox")
    lo, _ = _strip_det(doc, lo, hi)
    if tok.ent_type_ == "PERSON":
        return clean_name(_span_text(doc, lo, hi)) or None  # the interviewer's outlet
    end = tok.i + 1
    while end <= tok.right_edge.i and (doc[end].is_title or doc[end].lower_ in ("of", "the", "and")):
        end += 1  # "CNN's State of the Union"
    while end - 1 > tok.i and not doc[end - 1].is_title:
        end -= 1
    # a title's quotation marks, opened before it and closed after the phrase, are no part of it (`ABC's "This Week"`)
    return re.sub(r"\s{2,}", " ", re.sub(r"[\"“”]|''|``", "", _span_text(doc, lo, end))).strip() or None


#: Participles of answering that name a channel only as a platform ("Responding on Bluesky", "Replying on X").
_ANSWERING_PARTICIPLES = frozenset(("responding", "replying", "reacting", "commenting"))


def _participle_channel(frame: Frame, cue) -> str | None:
    """The outlet in a participle beside the speaker: "Speaking to the BBC, X warned ...", "X, writing in The
    Telegraph, argued ..." (on the verb, or on its subject); an audience or a place is no channel."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (and the participle itself when the parser made it the subject: "Writing in the Church Times, the Bishop …
    # argued")
    parts = [c for h in [cue, *subjects] for c in h.children] + [c for c in subjects if _writer_of_participle(c)]
    for part in parts:
        if (part.dep_ not in ("advcl", "acl") and _writer_of_participle(part) is None
                or part.lower_ not in CHANNEL_PARTICIPLES and part.lower_ not in _ANSWERING_PARTICIPLES
                or frame.tok_quote[part.i] >= 0):
            continue
        if part.lower_ in _ANSWERING_PARTICIPLES:
            # "Responding on Bluesky, the author wrote": only a platform the answer went out on, never what or whom it
            # answered ("Responding to Labour", "Commenting on Boeing's results")
            via = next((_channel_np(frame, p) for prep in part.children if prep.dep_ == "prep"
                        and prep.lower_ in ("on", "in", "via", "through") for p in prep.children
                        if p.dep_ == "pobj" and p.text[:1].isupper() and p.lower_ in CHANNEL_NAMES), None)
            if via:
                return via
            continue
        for prep in part.children:
            if prep.dep_ != "prep" or prep.lower_ not in CHANNEL_PREPS:
                continue
            for p in prep.children:
                # a name that is no person, place or time; one written in is a publication even when the tagger
                # takes it for a building ("Writing in the Telegraph")
                outlet = p.ent_type_ == "ORG" or p.lower_ in CHANNEL_NAMES or p.pos_ == "PROPN" and (
                    p.ent_type_ not in _NOT_OUTLETS or part.lower_ == "writing" and p.ent_type_ == "FAC")
                named_show = p.lower_ in CHANNEL_NOUNS and any(t.pos_ == "PROPN" for t in p.lefts)
                if part.lower_ in ("speaking", "talking") and prep.lower_ in ("in", "during") \
                        and p.lower_ not in CHANNEL_NAMES and not (p.i and platform_feature(f"{p.doc[p.i - 1].text} {p.text}")):
                    outlet = False  # one speaks in a place or a chamber ("Speaking in Eldoret", "in Parliament")
                named_outlet = (sunday_paper(p) or _outlet_possessed(p)) if p.dep_ == "pobj" else None
                if named_outlet:
                    # "Speaking to Wales on Sunday", never the place; "Appearing on ABC's This Week"
                    return named_outlet
                if p.dep_ == "pobj" and (outlet or named_show):  # never an unnamed one ("the same show")
                    return _outlet_name(p)
    return None


def _quoting_source(frame: Frame, cue) -> str | None:
    """The source that "quoted X as saying" (`cue`: "saying") when it names an organisation or an outlet: "Iranian
    state media", "Interfax news agency", "the newspaper"; never a person ("his daughter quoted him as saying")."""
    source = quoted_as(cue)[1]
    if source is None:
        return None
    tok = frame.doc[source]
    named = next((c for c in tok.children if c.dep_ == "appos" and c.i == tok.right_edge.i), None)
    if named is not None and tok.pos_ == "NOUN" and tok.lower_ not in ORG_NOUNS:
        tok = named  # "The official TASS news agency quoted": the parser took "official" for the noun
    low = tok.lower_
    if frame.tok_quote[source] >= 0 or not (
            tok.ent_type_ not in ("", "PERSON", "GPE", "NORP") or low in CHANNEL_NAMES
            or low in ORG_WORDS or low in ORG_NOUNS or low in DESCRIPTION_ORG_KINDS):
        return None
    lo, hi = _strip_det(tok.doc, tok.left_edge.i, tok.right_edge.i + 1)
    return _span_text(tok.doc, lo, hi) if hi - lo <= 6 else _outlet_name(tok)


def _outlet_name(tok) -> str | None:
    """An outlet as named up to its head `tok`, without its article ("the Telegraph", "BBC Radio 4's Today
    programme")."""
    return _span_text(tok.doc, *_strip_det(tok.doc, tok.left_edge.i, tok.i + 1)) or None


#: Channels of two parties talking, whose other party is no outlet ("a phone call with Xi Jinping").
_TWO_WAY_NOUNS = frozenset(("call", "conversation", "meeting", "talks"))


#: Written pieces a paper runs ("an op-ed for The Washington Post", "her column in the Times", "an essay for Vogue"):
#: the paper is the channel.
_PIECE_NOUNS = frozenset(("op-ed", "oped", "column", "editorial", "article", "essay", "piece", "commentary"))


def _paper_of_piece(doc, p) -> str | None:
    """The paper a written piece was "for" or "in" ("In an op-ed for The Washington Post", "in a column in the Times",
    "in an essay for Vogue"): a name of no person, place or date."""
    low = "op-ed" if p.lower_ == "ed" and p.i > 1 and doc[p.i - 1].text == "-" and doc[p.i - 2].lower_ == "op" else p.lower_
    if low not in _PIECE_NOUNS:
        return None
    nxt = doc[p.right_edge.i + 1] if p.right_edge.i + 1 < len(doc) else None
    # (the parser may hang the paper on the verb, after the piece: "wrote in an op-ed in the Times that")
    sibling = [nxt] if nxt is not None and p.dep_ == "pobj" and nxt.head.i == p.head.head.i else []
    for c in [*p.children, *sibling]:
        if c.dep_ == "prep" and c.lower_ in ("for", "in"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ == "ORG" or g.pos_ == "PROPN" and g.ent_type_ not in _NOT_OUTLETS):
                    ent = _entity_of(g)
                    if ent is None:
                        return _outlet_name(g)
                    return clean_name(_span_text(doc, *_strip_det(doc, ent.start, ent.end))) or None
    return None


def _outlet_name_start(doc, g) -> int:
    """Where an outlet's name that ends at token g starts: the capitalised words and lower-case name particles
    compounded with it, whatever the tagger saw ("an interview with Corriere della Sera", "della" an adjective and
    "Corriere" a product: never "Sera")."""
    lo = g.i
    while lo > 0 and doc[lo - 1].dep_ in ("compound", "flat") and lo - 1 < doc[lo - 1].head.i <= g.i and (
            doc[lo - 1].is_title or doc[lo - 1].lower_ in NAME_PARTICLES and lo > 1 and doc[lo - 2].is_title):
        lo -= 1
    return lo


#: Participles of an outlet passing on someone's words ("in remarks carried by TASS", "in an interview published by
#: Der Spiegel", "in comments reported by RIA Novosti").
_CARRYING_VERBS = frozenset(("carried", "reported", "published", "broadcast", "aired", "released", "run"))

#: Nouns for a news outlet that a name in apposition or before it names ("the German newspaper Die Zeit", "Russia's RT
#: television").
_OUTLET_NOUNS = frozenset(("newspaper", "paper", "magazine", "broadcaster", "channel", "network", "station",
                           "television", "radio", "daily", "weekly", "tabloid", "outlet", "website", "agency"))


#: Nouns of a guest's turn on a programme ("In an appearance on Fox News' Hannity", "in a sit-down with NBC News'
#: Lester Holt"): a channel only with an outlet named after them.
_APPEARANCE_NOUNS = frozenset(("appearance", "appearances", "sit-down"))


def _outlet_of_channel_noun(doc, p) -> str | None:
    """The outlet that carried, or that had, an interview or remarks: "in remarks carried by TASS", "in an interview
    published by Der Spiegel" (a name of no person or place after "by"), "in an interview with the German newspaper Die
    Zeit", "with Fox News' Maria Bartiromo", "on ABC's This Week" (an outlet's programme or interviewer); else None."""
    for c in p.children:
        if c.dep_ == "acl" and c.lower_ in _CARRYING_VERBS:
            for a in c.children:
                if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "by":
                    for g in a.children:
                        if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in _NOT_OUTLETS:
                            ent = _entity_of(g)
                            return clean_name(ent.text) if ent is not None else _outlet_name(g)
        if c.dep_ == "prep" and c.lower_ in ("with", "on", "to"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                owned = _outlet_possessed(g)
                if owned:
                    return owned
                if g.lower_ in _OUTLET_NOUNS:
                    named = next((a for a in g.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > g.i
                                  and a.ent_type_ not in _NOT_OUTLETS), None)
                    if named is not None:
                        return _outlet_name(named)  # "the German newspaper Die Zeit"
                    nxt = doc[g.i + 1] if g.i + 1 < len(doc) else None
                    ent = _entity_of(nxt) if nxt is not None and nxt.pos_ == "PROPN" else None
                    if ent is not None and ent.start == g.i + 1 and ent.label_ == "ORG":
                        return clean_name(ent.text) or None  # (the parser hung the name elsewhere)
                    own = next((a for a in g.lefts if a.dep_ == "compound" and a.pos_ == "PROPN"
                                and a.ent_type_ not in _NOT_OUTLETS), None)
                    if own is not None:
                        ent = _entity_of(own)
                        return clean_name(ent.text if ent is not None else own.text) or None  # "Russia's RT television"
    return None


#: Entities that measure or date a channel ("a three-hour interview", "a 2019 post"), never name its outlet.
_MEASURE_ENTS = frozenset(("", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"))


def _channel_np(frame: Frame, p) -> str | None:
    doc = frame.doc
    low = p.lower_
    paper = _paper_of_piece(doc, p)
    if paper:
        return paper  # "In an op-ed for The Washington Post, X argued": via The Washington Post
    owned = _outlet_possessed(p) if p.dep_ == "pobj" else None
    if owned:
        return owned  # "told host Kristen Welker on NBC's Meet the Press"
    if low in CHANNEL_NOUNS or low in _APPEARANCE_NOUNS:
        via = _outlet_of_channel_noun(doc, p)
        if via or low in _APPEARANCE_NOUNS:
            return via  # ("In an appearance on Fox News' Hannity"; an appearance elsewhere names no channel)
    if low in CHANNEL_NAMES or (p.ent_type_ in ("ORG", "PERSON") and p.text.lower() in CHANNEL_NAMES):
        before = doc[p.i - 1] if p.i > 0 else None
        if before is not None and before.dep_ == "compound" and before.head.i == p.i and platform_feature(
                f"{before.text} {p.text}"):
            return f"{before.text} {p.text}"  # "on Truth Social", never "Social"
        return p.text
    if low not in CHANNEL_NOUNS:
        # "in an Instagram story", "in a TikTok live": a platform's feature, named after the platform, is the platform
        return next((c.text for c in p.lefts if c.dep_ == "compound" and c.lower_ in CHANNEL_NAMES
                     and c.pos_ == "PROPN" and low in PLATFORM_FEATURES and low != "social"), None)
    for c in p.children:  # "an interview with Reuters" (but "a filing with the SEC" was not made through the SEC)
        if c.dep_ == "prep" and c.lower_ == "with" and low not in DOCUMENT_NOUNS:
            for g in c.children:
                if low in _TWO_WAY_NOUNS and g.ent_type_ != "ORG":
                    continue  # "in a phone call with Xi Jinping": the other party, no outlet (the call, below)
                if g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "PERSON", "GPE") or g.pos_ == "PROPN"):
                    ent = _entity_of(g)
                    lo = _outlet_name_start(doc, g)
                    if ent is not None and (ent.start <= lo or ent.label_ == "PERSON"):  # (an interviewer's name)
                        return clean_name(ent.text)
                    return _span_text(doc, lo, g.i + 1)
    for c in p.lefts:  # "a Fox News article" (never a length or a date: "a three-hour interview")
        if c.dep_ == "compound" and (c.ent_type_ not in _MEASURE_ENTS or c.pos_ == "PROPN"):
            ent = _entity_of(c)
            if ent is not None:
                return clean_name(ent.text)
            lo = c.left_edge.i
            return _span_text(doc, lo, c.i + 1)
    lo, hi = p.left_edge.i, p.i + 1
    for c in p.rights:
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "on"):
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                break  # "a conference call on Tuesday": when, not the channel
            hi = c.right_edge.i + 1
    if hi - lo > 8:
        hi = p.i + 1
    while hi - 1 > p.i and (doc[hi - 1].is_space or doc[hi - 1].text == "."):
        hi -= 1  # "in a post on X.": the full stop and paragraph break the parser hung on the last word, no part of it
    return _span_text(doc, lo, hi)  # the article's words, possessive and all ("in her on-court interview")
