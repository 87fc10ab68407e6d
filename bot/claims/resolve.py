"""Stage 5: resolve speakers: surnames and variants to the fullest name, pronouns and
title phrases ("the minister", "the company") to an entity mentioned before.

`Registry` is built once per document from the named-entity mentions outside quotes.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.claims.columns import column, symbol
from bot.claims.clauses import RETORT_FORMS
from bot.claims.cues import CLAUSE_TAGS, year_old
from bot.claims.frames import Frame
from bot.claims.hyphens import parent_gender, parent_of_count
from bot.claims.lexicon import (
    PATRONYMIC_PARTICLES,
    ANSWER_FORMS,
    QUESTION_FORMS,
    CHANNEL_NAMES,
    CHANNEL_NOUNS,
    DESCRIPTION_ORG_KINDS,
    EPITHET_NOUNS,
    EPITHET_ROLE_NOUNS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    FORMER_WORDS,
    GIVEN_NAMES,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    PEOPLE_NOUNS,
    HONORIFICS,
    KINSHIP_NOUNS,
    LAWYER_NOUNS,
    MALE_NAMES,
    MALE_WORDS,
    NAME_DESCRIPTIONS,
    NAME_HONORIFICS,
    NAME_ORG_KINDS,
    OCCUPATION_NOUNS,
    OFFICIAL_NOUNS,
    ORG_COUNTRIES,
    ORG_NOUNS,
    ORG_WORDS,
    PARTY_EPITHETS,
    SENDING_FORMS,
    SPOKES_NOUNS,
    INSTITUTION_NOUNS,
    ROYAL_STYLES,
    TERRITORIAL_STYLES,
    SPOUSE_TITLES,
    OFFICE_RANKS,
    TITLE_PREFIXES,
    TITLE_SYNONYMS,
    read_words,
    reporting_base,
)
from bot.claims.quote_cues import title_case
from bot.claims.speakers import (ADDRESS_STYLES, NAME_SUFFIXES, PARTY_NAMES, SpeakerRef, bare_one, campaign_name,
                                 church_style_end, clean_name,
                                 held_before, league_member, nation_of_acronym, one_name, org_shaped, partitive_group,
                                 party_running, people_noun, place_name,
                                 place_owned, platform_feature, role_of, name_s, numbered_outlet, speaker_ref, sunday_paper,
                                 title_before, title_particle_name, title_word, titled_name_start,
                                 told_apart_by_age)
from bot.claims.validate import DOCUMENT_NOUNS

log = logging.getLogger(__name__)

MAX_LOOKBACK_SENTS = 8
NON_SUBJECT_PENALTY = 1.0  # sentences: "X said ... Y, named since as an object, ..." -> "he" is X
CHANNEL_LOOKBACK_SENTS = 1
MAX_PRONOUN_CHAIN = 3  # "he" ... "he" ... "he": links followed back to a name
AMBIGUOUS = -1  # Registry.find(strict=True): a name shared by several people, with nothing to tell which


@dataclass
class Entity:
    name: str  # canonical (fullest) name
    kind: str  # person / organisation
    gender: str | None = None  # "f" / "m"
    roles: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    mentions: int = 0
    label: str = ""  # the tagger's label at the first mention (ORG / GPE / NORP / PERSON)
    headline: bool = False  # the name so far comes only from title-cased lines ("Chris Christie Address Heroin")
    described: set[str] = field(default_factory=set)  # kinds the text gives it ("EgyptAir, the national carrier")
    shared: bool = False  # a name several people share, as written where nothing tells which ("Mr. Bush")
    relative: bool = False  # named in full beside one called by the surname alone: a relative ("his wife, Ann Lee")


@dataclass(frozen=True)
class Mention:
    entity: int  # index into Registry.entities
    token: int  # head token index
    sent: int  # sentence number
    subject: bool


class Registry:
    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.tokens: dict[int, list[int]] = {}  # entity -> sorted token indices of its mentions
        self.spelled: dict[int, int] = {}  # mention token -> how many words its name had
        self.at: dict[int, Mention] = {}  # mention token -> the mention
        self.bare: dict[int, list[int]] = {}  # entity -> sorted tokens of its one-word mentions ("Murphy")
        self.called: dict[int, str] = {}  # one-word mention token -> that word
        self.full: dict[int, int] = {}  # entity -> its first mention by more than one word ("Chris Murphy")
        self.unsure: dict[tuple[str, str, str | None], int] = {}  # (name, kind, gender) -> its `shared` entity
        self.phrase: dict[int, tuple[int, int]] = {}  # a subject's mention token -> its phrase's first, last token

    def mention(self, m: Mention) -> None:
        self.mentions.append(m)
        insort(self.tokens.setdefault(m.entity, []), m.token)
        self.at[m.token] = m
        words = self.spelled.get(m.token, 0)
        if words == 1:
            insort(self.bare.setdefault(m.entity, []), m.token)
        elif words > 1:
            self.full[m.entity] = min(self.full.get(m.entity, m.token), m.token)

    def find(self, name: str, kind: str, before: int | None = None, gender: str | None = None,
             strict: bool = False) -> int | None:
        """The entity a name refers to; with `before` (a token index), a name shared by several
        entities ("Bush": Jeb Bush, George W. Bush) is picked by `_shared_name`; when that cannot tell,
        the one mentioned last before that token, or AMBIGUOUS with `strict`."""
        ei, ambiguous = self._find(name, kind, before, gender)
        return AMBIGUOUS if ambiguous and strict else ei

    def person(self, name: str, before: int, gender: str | None = None) -> int | None:
        """The person a name at token `before` refers to; a name several people share with nothing to tell which
        ("Bush" after Jeb Bush and George W. Bush) is an entity of its own, the name as written."""
        ei, ambiguous = self._find(name, "person", before, gender)
        return self._unsure(name, "person", gender) if ambiguous else ei

    def _unsure(self, name: str, kind: str, gender: str | None) -> int:
        key = (name, kind, gender)
        if key not in self.unsure:
            words = set(_name_words(name))
            # of the gender all who share the name are ("Trump" after Donald and Eric Trump is a he)
            genders = {e.gender for e in self.entities if e.kind == kind and not e.shared and words <= e.words}
            if gender is None and len(genders) == 1:
                gender = genders.pop()
            self.entities.append(Entity(name, kind, gender, words=words, shared=True))
            self.unsure[key] = len(self.entities) - 1
        return self.unsure[key]

    def _find(self, name: str, kind: str, before: int | None, gender: str | None) -> tuple[int | None, bool]:
        words = _name_words(name)
        if not words:
            return None, False
        wset = set(words)
        best = None
        matches = []
        for ei, e in enumerate(self.entities):
            if (e.kind == "person") != (kind == "person") or e.shared:
                continue
            if wset <= e.words or e.words <= wset:
                matches.append(ei)
                best = ei if best is None or len(self.entities[ei].words) >= len(self.entities[best].words) else best
        if len(matches) > 1 and before is not None:
            last = {}
            # a name known alone beside a relative named in full ("President Obama", "the first lady, Michelle
            # Obama") is one of the people "Obama" may be, not a shorter spelling of the relative's name
            alone_too = any(self.entities[ei].relative for ei in matches)
            for ei in matches:
                toks = self.tokens.get(ei, ())
                k = bisect_left(toks, before)
                if k and (len(self.entities[ei].words) > len(wset) or alone_too and self.entities[ei].words == wset):
                    last[ei] = toks[k - 1]
            if len(last) > 1:
                pick = self._shared_name(words[-1], last, before, gender)
                if pick is not None:
                    return pick, False
                return max(last, key=last.get), True
            if last:
                return max(last, key=last.get), False
        if best is not None and len(wset) == 1 and self.entities[best].relative:
            # nothing tells: a surname alone is the one named in full in their own right, not a relative
            best = next((ei for ei in reversed(matches) if not self.entities[ei].relative
                         and len(self.entities[ei].words) == len(self.entities[best].words)), best)
        if best is not None:
            return best, False
        if kind == "person":
            last = words[-1]
            if len(last) >= 5:
                for ei, e in enumerate(self.entities):
                    if (e.kind == "person" and any(_spelling_variant(last, w) for w in e.words)
                            and not _other_first_name(words, e)):
                        return ei, False
        return None, False

    def _other_of_surname(self, ei: int, name: str, gender: str | None, relative: bool) -> bool:
        """Is a full name someone other than the person known so far by its surname alone: given as a relative
        ("his wife, Ann Lee"), or of another gender by its title than that one is known to be ("Mr. Lee ... Mrs.
        Ann Lee")?"""
        e = self.entities[ei]
        words = set(_name_words(name))
        if e.kind != "person" or e.relative or len(e.words) != 1 or not e.words < words:
            return False
        if gender is not None and e.gender is not None:  # a title's, not a first name's ("Lindsey Graham")
            return gender != e.gender
        return relative

    def _just_named_subject(self, cands: list[int], last: dict[int, int], before: int) -> int | None:
        """Of several people who share a surname, the one just named in full as a subject, in this sentence or the
        one before, when no other of them was a subject before it there; else None."""
        if len(cands) < 2:
            return None
        recent = self.at[max(last[ei] for ei in cands)]
        if (recent.entity in cands and recent.subject and self.spelled.get(recent.token, 0) > 1
                and self.tok_sent[before] - recent.sent <= 1  # type: ignore[attr-defined]
                and not any(self._subject_before(last[ei], recent) for ei in cands if ei != recent.entity)):
            return recent.entity
        return None

    def _shared_name(self, word: str, last: dict[int, int], before: int, gender: str | None) -> int | None:
        """A surname shared by several people named before ("Murphy": Chris Murphy, Anne Marie Murphy): the
        one a title's gender fits ("Mrs. Clinton"), else the first one named in full if the article called
        them by the surname alone before naming the other (they keep it; the other is named in full);
        None when nothing tells ("Eric Trump" named right after "Donald Trump", then "Trump said")."""
        # a name the word ends ("Chris Murphy"), not a headline fragment or a place it begins ("Trump Stands
        # Tall", "Trump Tower")
        cands = list(last)
        ending = [ei for ei in cands if not self.entities[ei].headline and _surname(self.entities[ei].name) == word]
        cands = ending or cands
        if gender:  # of the ones it fits, those known to be of that gender ("Hillary Clinton", not "Top Clinton")
            fit = [ei for ei in cands if self.entities[ei].gender in (None, gender)]
            just = self._just_named_subject(fit, last, before)
            if just is not None and self.entities[just].relative and self._kept_by_other(
                    fit, {ei for ei in fit if self.entities[ei].relative}, word, before, last[just]):
                return None  # ("His son, Mark Hollins, said …. ¶ Mr Hollins said", Mr Hollins the father before)
            if just is not None:
                return just  # ("JD(U) spokesperson Neeraj Kumar said … "…," Mr. Kumar said": not Nitish Kumar, a
                # listed first name's man named before, over one whose first name says nothing)
            cands = [ei for ei in fit if self.entities[ei].gender == gender] or fit or cands
        opened = not ending and all(self.entities[ei].kind == "person" for ei in cands)
        if len(cands) == 1 or not opened and len({self.entities[ei].name.lower()[:3] for ei in cands}) == 1:
            # one person, or one written two ways ("Ken Starr", "Kenneth Starr"); not two whose names the word opens
            # ("Kim" of Kim Yo Jong and Kim Jong Un: a family name written first)
            return max(cands, key=lambda ei: last[ei])
        kin = {ei for ei in cands if self.entities[ei].relative}
        alone = [ei for ei in cands if ei not in kin and self.entities[ei].words == {word}]
        if kin and len(alone) == 1 and len(alone) + len(kin) == len(cands):
            # "Obama" after "President Obama" and "the first lady, Michelle Obama": the one it called so alone, not the
            # relative it named in full
            return alone[0]
        recent = self.at[max(last[ei] for ei in cands)]
        if (recent.subject and self.spelled.get(recent.token, 0) > 1
                and self.tok_sent[before] - recent.sent <= 1):  # type: ignore[attr-defined]
            if any(self._subject_before(last[ei], recent) for ei in cands if ei != recent.entity):
                return None  # "Kim Yo Jong said ... after Kim Jong Un inspected ...": two subjects named in full
            if recent.entity in kin and self._kept_by_other(cands, kin, word, before, recent.token):
                return None  # "Brandt died …. His son, Peter Brandt, said …. In 2015, Brandt said": either
            return recent.entity  # "Bill Clinton spoke with voters. ... Clinton said": the one just named as subject
        holder = self._described_in(recent, [last[ei] for ei in cands], before)
        if holder is not None:
            return holder
        return self._called_alone_first(cands, word, before)

    def _kept_by_other(self, cands: list[int], kin: set[int], word: str, before: int, named: int) -> bool:
        """Did the article call someone other than the relatives by the surname alone before the relatives were
        named, so that a surname alone in a paragraph after the one where a relative was just named as a subject
        (at token `named`) may be meant for that one as much ("Brandt died …. His son, Peter Brandt, said …. ¶ In
        2015, Brandt said")? In the relative's own paragraph it goes on with the relative. Only relatives known as
        nothing else ("former President Bill Clinton" is named in his own right)."""
        paras = self.tok_para  # type: ignore[attr-defined]
        if paras[named] == paras[before] or len(cands) - len(kin) != 1 or not all(
                self.entities[ei].roles and all(_relative(r) for r in self.entities[ei].roles) for ei in kin):
            return False
        first = self._called_alone_first(cands, word, before)
        return first is not None and first not in kin

    def _called_alone_first(self, cands: list[int], word: str, before: int) -> int | None:
        """Of several people who share a surname, the first named in full if the article called them by the surname
        alone after that, before the other was named (not by a first name: "Jeb Bush, helped by George" does not
        call George W. Bush "Bush"); else None."""
        intro = {ei: self.full.get(ei, before) for ei in cands}
        first = min(cands, key=intro.get)
        until = min([intro[ei] for ei in cands if ei != first] + [before])
        toks = self.bare.get(first, ())
        if any(self.called.get(t) == word for t in toks[bisect_right(toks, intro[first]):bisect_left(toks, until)]):
            return first
        return None

    def _subject_before(self, tok: int, recent: Mention) -> bool:
        """Is the mention at `tok` a subject named in full in the sentence of `recent`, before it?"""
        m = self.at[tok]
        return m.subject and m.sent == recent.sent and tok < recent.token and self.spelled.get(tok, 0) > 1

    def _described_in(self, recent: Mention, lasts: list[int], before: int) -> int | None:
        """The subject named in full in this sentence or the one before whose own phrase holds the other's mention
        ("Kim Yo Jong, the sister of leader Kim Jong Un, said ... Kim said": Kim Yo Jong), else None."""
        for tok in lasts:
            m = self.at[tok]
            if (m.entity != recent.entity and m.subject and self.spelled.get(tok, 0) > 1
                    and self.tok_sent[before] - m.sent <= 1  # type: ignore[attr-defined]
                    and self.phrase.get(tok, (0, -1))[0] <= recent.token <= self.phrase.get(tok, (0, -1))[1]):
                return m.entity
        return None

    def add(self, name: str, kind: str, headline: bool = False, before: int | None = None, label: str = "",
            gender: str | None = None, at: int | None = None, relative: bool = False) -> int:
        """The entity for a mention of `name` (created when new; a person's name several people share, with nothing
        to tell which, is the `shared` entity of that name as written); `at`, the mention's token, remembers how many
        words the name had there; `relative`: the name is given as someone's relative ("his wife, Ann Lee")."""
        ei, ambiguous = self._find(name, kind, before, gender)
        words = set(_name_words(name))
        if ei is not None and not ambiguous and kind == "person" and self._other_of_surname(ei, name, gender, relative):
            ei, relative = None, True  # "Mr. Lee ... his wife, Ann Lee": she is not the Lee called so before
        if at is not None:
            self.spelled[at] = len(words)
            if len(words) == 1:
                self.called[at] = next(iter(words))
        if ambiguous and kind == "person":
            ei = self._unsure(name, kind, gender)
        elif ei is None:
            self.entities.append(Entity(name, kind, words=words, headline=headline, label=label,
                                        relative=kind == "person" and relative))
            ei = len(self.entities) - 1
        else:
            e = self.entities[ei]
            if e.headline and not headline:
                # a title-cased line folds neighbouring words into names: the running text's spelling wins, save a
                # surname alone that ends the headline's name ("Tom Reed Pledges …", then "Reed said")
                if not (len(words) == 1 and _surname(e.name) == name.lower()):
                    e.name, e.words = name, words
                e.headline = False
            elif headline and not e.headline:
                pass
            else:
                if len(words) > len(e.words) and e.words <= words:
                    e.name = name
                    e.label = label or e.label  # the fullest name's ("California" -> "Public Policy Institute of ...")
                e.words |= words
        self.entities[ei].mentions += 1
        return ei


def _named_as_relative(head) -> bool:
    """Is a name given as someone's relative, in apposition to a kinship noun or a spouse's title ("his wife, Ann
    Lee", "his son Tom Lee", "the first lady, Ann Lee")?"""
    if head.dep_ != "appos":
        return False
    noun = head.head
    mods = " ".join(c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound"))
    return noun.lower_ in KINSHIP_NOUNS or f"{mods} {noun.lower_}" in SPOUSE_TITLES


def _name_words(name: str) -> list[str]:
    """A name's words as the registry compares them: lower case, one apostrophe ("O’Rourke" = "O'Rourke"), a
    company's "'s" aside ("Moody's" = "Moody", its possessive), the Arabic article aside ("al-Sharaa" = "Sharaa"), a
    father's name after a patronymic particle aside."""
    words = [w.removesuffix("'s") if len(w) > 3 else w for w in name.lower().replace("’", "'").split()]
    cut = next((i for i, w in enumerate(words) if i and w in PATRONYMIC_PARTICLES), len(words))
    return [_ARTICLE.sub("", w) for w in words[:cut]]  # ("Nurul Izzah binti Anwar": no "Anwar" of hers)


#: The Arabic article glued to a surname, which a later mention may drop ("Ahmed al-Sharaa" ... "Sharaa said").
_ARTICLE = re.compile(r"^(?:al|el)[-‑](?=\w{3})")


def _given_names_before(name: str, e: Entity) -> bool:
    """Is a speaker's name as written a person's known name with listed first names before it ("Andrii Yermak" for
    "Yermak", "Dmitry Anatolyevich Medvedev" for "Anatolyevich Medvedev")?"""
    if e.kind != "person" or e.shared or not name.endswith(" " + e.name):
        return False
    extra = name[:-len(e.name) - 1].split()
    return 0 < len(extra) <= 2 and extra[0].lower() in GIVEN_NAMES and all(w[:1].isupper() for w in extra)


def _surname(name: str) -> str:
    """The last word of a person's name, suffixes aside ("Donald Trump Jr." -> "trump")."""
    words = [w for w in _name_words(name) if w.strip(",") not in NAME_SUFFIXES]
    return words[-1].strip(",") if words else ""


def _spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one surname ("Sweeny", "Sweeney"), not two names of which one holds the other
    ("McDonald", "Donald"; "Johnson", "Johns") nor a plural."""
    return (len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and a not in b and b not in a
            and a.rstrip("s") != b.rstrip("s") and fuzz.ratio(a, b) >= 84)


def _other_first_name(words: list[str], e: Entity) -> bool:
    """Do a name and an entity's name open with different first names ("Mike Rubino", "Marco Rubio": two people,
    however alike the surnames)?"""
    theirs = _name_words(e.name)
    return len(words) > 1 and len(theirs) > 1 and words[0].rstrip(".") != theirs[0].rstrip(".")


_TITLE_WORDS = re.compile(r"[^\W\d_][\w'’]*")


def _title_line(frame: Frame, ent) -> bool:
    """Is the name followed, to the end of its line, by title-cased words only (a headline or
    crosshead: `Ted Cruz, Chris Christie Address Heroin Epidemic`)?"""
    text = frame.text
    lo = ent.start_char
    hi = text.find("\n", lo, lo + 160)
    if hi < 0:
        hi = min(len(text), lo + 160)
    words = _TITLE_WORDS.findall(text[lo:hi])
    return len(words) >= 4 and title_case(words)


#: Nouns for the people of a show or a film, after its title ("The Crown actor", "The Bear star").
_SHOW_PEOPLE = frozenset(("actor", "actress", "star", "co-star", "creator", "showrunner"))


def _show_title(ent) -> bool:
    """A title with its article before a noun for the people of a show ("The Crown actor Dominic West", "The Bear
    star"): the show, not an organisation."""
    root = ent.root
    return (ent.label_ in ("ORG", "WORK_OF_ART") and root.dep_ == "compound" and root.head.lower_ in _SHOW_PEOPLE
            and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
            and ent.doc[ent.start - 1].head.i == root.head.i)


def looks_like_person(ent) -> bool:
    """An ORG-tagged name that is really a person's: 2-3 proper nouns, no organisation word, and a
    known first name, or standing in apposition to a common noun, or the subject of a reporting verb."""
    toks = [t for t in ent if not t.is_punct]
    if len(toks) > 2 and toks[0].lower_.split("-")[0] in NAME_DESCRIPTIONS:
        toks = toks[1:]  # "Pensioner Margaret Wood", "Mum-of-two Sarah Cole": the description is no part of the name
    if not 2 <= len(toks) <= 3 or not all(t.pos_ == "PROPN" for t in toks):
        return False
    if any(t.lower_ in ORG_WORDS for t in toks) or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        return False
    if any(t.text in ("&", "+") for t in ent):
        return False  # "Pacific Gas & Electric", "Procter & Gamble": a firm's name, never a person's
    first = toks[0].lower_
    if first in GIVEN_NAMES:
        return True
    root = ent.root
    if root.dep_ == "appos" and (root.head.pos_ == "NOUN" or root.head.pos_ == "PROPN" and root.head.lower_ in HONORIFICS):
        return True  # (a title in capitals too: "The Lagos State Governor, Babajide Sanwo-Olu,")
    if root.dep_ == "nsubj" and reporting_base(root.head.text):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def _styled_clergy(ent, name: str) -> bool:
    """A name tagged an organisation's or a place's that opens with a style of the clergy ("The Rev Martin Luther King
    III", "the Rt Rev Joanne Grenfell"; words/church_styles.txt): a person's, when what follows is two to four
    capitalised words of no organisation's name."""
    words = name.split()
    return (church_style_end(ent.text.split()) > 0 and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not any(w.lower() in ORG_WORDS for w in words))


#: Labels of places and nations: no organisation a description with a task names ("the civil defence agency" said
#: after "in Gaza City" is no Gaza City).
PLACE_LABELS = ("GPE", "LOC", "NORP")

#: Labels of things a person's name is sometimes taken for: a place, a building, a work of art, a product.
_THING_LABELS = ("GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT")

#: Titles before a name that only a person takes ("Dr Amara Okafor"; not "St", "Lord", "Lady": "St Helens",
#: "Lord's", "Lady Margaret Hall" are places).
_PERSON_TITLES = NAME_HONORIFICS - {"st", "lord", "lady"}


def _place_taken_for_person(ent) -> bool:
    """A name the tagger took for a place or a building that is a person's: two or three proper nouns with no
    organisation word, after a title only a person takes ("Dr Amara Okafor"), or opening with a listed first name and
    given a person's description in apposition ("Agnes Pike, the defendant's mother") or speaking ("Agnes Pike said")."""
    toks = [t for t in ent if not t.is_punct]
    if len(toks) == 1 and toks[0].pos_ == "PROPN" and toks[0].lower_ in GIVEN_NAMES:
        # a first name alone, given as someone's relative or role ("his cousin, Yusuf", tagged a work of art)
        root = ent.root
        return root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in _PERSON_NOUNS
    if not 2 <= len(toks) <= 3 or not all(t.pos_ == "PROPN" for t in toks) or any(t.lower_ in ORG_WORDS for t in toks):
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _PERSON_TITLES:
        return True
    if toks[0].lower_.rstrip(".") in _PERSON_TITLES and toks[1].text[:1].isupper():
        return True  # the title inside the name ("Ms Okafor, 42, has lived …", tagged a place)
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in OCCUPATION_NOUNS and root.head.i < root.i:
        return True  # "The owner of the Fat Duck, Heston Blumenthal, said" (tagged a place): a person's work, a person
    if toks[0].lower_ not in GIVEN_NAMES:
        return False
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in _PERSON_NOUNS for c in root.children) or (
            root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in _PERSON_NOUNS):
        return True  # "Agnes Pike, the defendant's mother", "the defendant's mother, Agnes Pike"
    return root.dep_ == "nsubj" and bool(reporting_base(root.head.text)) and root.head.pos_ == "VERB"


def _titled_surname(ent) -> bool:
    """One capitalised proper noun the tagger took for a nation, a place or an organisation right after a title only
    a person takes ("Mr Albanese" tagged a nationality, "Ms Kwan"): a person's surname."""
    doc = ent.doc
    return (ent.label_ != "PERSON" and len(ent) == 1 and ent.root.pos_ == "PROPN" and ent.root.is_title
            and ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _PERSON_TITLES)


def _full_name(name: str) -> bool:
    """Two or more capitalised words ("Owen Pryce"): a person's name, not a description ("spokesman")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _speaker_entity(reg: Registry, name: str) -> int:
    """A person who spoke but whom the tagger missed, added to the registry with the gender of the first name."""
    ei = reg.add(name, "person")
    e = reg.entities[ei]
    if e.gender is None:
        e.gender = _first_name_gender(name)
    return ei


_TITLE_PRONOUNS = frozenset(("he", "him", "himself", "his", "she", "her", "hers", "herself"))


def _title_gender(doc, i: int) -> str | None:
    """The gender a title gives the name starting at token i ("Mrs. Clinton", "Mr. Clinton"), if any."""
    lo = i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    for k in (lo, lo - 1):
        w = doc[k].lower_ if k >= 0 else ""
        if w in _TITLE_PRONOUNS:
            continue
        if w in FEMALE_WORDS:
            return "f"
        if w in MALE_WORDS:
            return "m"
    return None


def _style_in_name(name: str) -> str | None:
    """The royal or papal style a person's name opens with, as a role ("Pope Leo XIV": "pope", "Crown Prince
    Mohammed bin Salman": "crown prince"; words/royal_styles.txt), when a name follows it; else None."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in ROYAL_STYLES and words[k][:1].isupper():
        k += 1
    return " ".join(words[:k]).lower() if k else None


def _gendered_title(doc, ent) -> str:
    """The word right before a person's name, else a form of address that gives a gender before a run of titles
    ("Lady Justice" before "Penhaligon") or that the tagger took into the name ("Mr Wolfe", "Mrs Justice Harding"
    as one name; not "Lady Justice" alone)."""
    gendered = FEMALE_WORDS | MALE_WORDS
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if prev in gendered:
        return prev
    lo = ent.start
    while lo > 0 and doc[lo - 1].lower_ in HONORIFICS and doc[lo - 1].lower_ not in gendered:
        lo -= 1
    if lo < ent.start and lo > 0 and doc[lo - 1].lower_ in gendered and doc[lo - 1].lower_.rstrip(".") in NAME_HONORIFICS:
        return doc[lo - 1].lower_
    first = doc[ent.start].lower_
    if (first in gendered and first.rstrip(".") in NAME_HONORIFICS
            and any(t.lower_ not in HONORIFICS for t in doc[ent.start + 1:ent.end])):
        return first
    return prev


def _first_name_gender(name: str, *, both: str | None = "f") -> str | None:
    """The gender of a name's first word ("Roy" -> "m"); a first name on both lists ("Jordan") gives `both`
    (None where only one gender's name is evidence enough)."""
    first = name.split()[0].lower().strip(".") if name.split() else ""
    if first in FEMALE_NAMES and first in MALE_NAMES:
        return both
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


def _as_person(e: Entity) -> Resolved:
    """A person of the registry as a resolved speaker, with the first role the text gave them."""
    return Resolved(e.name, "person", e.roles[0] if e.roles else None)


def _label(label: str, name: str) -> str:
    """The tagger's label, but ORG for a place or nationality whose name holds an organisation word ("Public Policy
    Institute of California" tagged GPE): no place's voice, an organisation's."""
    if label in ("GPE", "NORP") and any(w in ORG_WORDS for w in name.lower().split()):
        return "ORG"
    return label


def _is_subject(tok) -> bool:
    """A subject, or a name in apposition to one ("First-team coach Tom Pike will ..."), or a name that opens its
    sentence and that the parser left as its root ("Captain Ben Cole, who missed the match, watched ...")."""
    return (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"))
            or tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and tok.i + 1 < len(tok.doc) and tok.nbor().text == ","
            and all(t.dep_ == "compound" or t.is_space for t in tok.doc[tok.sent.start:tok.i]))


def build_registry(frame: Frame, skip_paras: frozenset[int] = frozenset(),
                   skip_tokens: frozenset[int] = frozenset()) -> Registry:
    """Named-entity mentions outside quotes, `skip_paras` (page debris: bylines, captions) and
    `skip_tokens` (datelines)."""
    doc = frame.doc
    reg = Registry()
    starts = frame.sentence_starts()
    tok_sent = [0] * len(doc)
    for si, (lo, hi) in enumerate(zip(starts, [*starts[1:], len(doc)])):
        tok_sent[lo:hi] = [si] * (hi - lo)
    reg.tok_sent = tok_sent  # type: ignore[attr-defined]
    reg.tok_para = frame.tok_para  # type: ignore[attr-defined]
    sents = list(doc.sents)
    votes: dict[int, list[int]] = {}
    role_words: dict[str, dict[int, int]] = {}  # a word of a person's role -> {entity: token where first given}
    for ent in doc.ents:
        as_person = ent.label_ in _THING_LABELS and _place_taken_for_person(ent) or _titled_surname(ent)
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") and not as_person:
            continue
        ent = one_name(ent)  # "Marsh, Wilkins said": the tagger ran two names into one
        held = titled_name_start(ent)
        if held is not None:  # "Auckland Mayor Wayne Brown": a person's name behind a place and a title
            ent = doc[held:ent.end]
            ent.label_ = "PERSON"
        elif ent.start > 1 and doc[ent.start - 1].pos_ == "ADP":
            named = title_particle_name(doc[ent.start - 2])
            if named is not None and named.end == ent.end:  # "General Secretary To Lam": To Lam, a person
                ent = named
                ent.label_ = "PERSON"
        if title_word(ent.root):
            continue  # "A Lib Dem MP" tagged a person: a description, no one's name (bot.claims.speakers)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.root.tag_ == "NNS" and (
                ent.root.lower_ in GROUP_NOUNS or ent.root.lower_ in PEOPLE_NOUNS):
            continue  # "Campaigners said" tagged a person: a group of people (not "Sanders"), no one "he" could be
        if ent.label_ == "PERSON" and not any(ch.isupper() for ch in ent.text) and not ent.text.startswith("@"):
            continue  # "the bison had been provoked" tagged a person: a word in lower case is no one's name
        if told_apart_by_age(ent.root):
            continue  # "the younger Gallagher": one of two of that name, and which one the text does not say
        if _show_title(ent):
            continue  # "The Crown actor Dominic West": a show's title, no organisation "it" could stand for
        if frame.tok_quote[ent.start] >= 0 or frame.tok_para[ent.start] in skip_paras or ent.start in skip_tokens:
            continue
        if ent.label_ == "NORP" and len(ent) == 1 and nation_of_acronym(doc, ent.root.head.i, ent.root.head.i + 1) == ent.start:
            continue  # "the Turkish FA": the nationality is part of the acronym's name (below), no group of its own
        if ent.label_ == "ORG":
            ent = _from(ent, nation_of_acronym(doc, ent.start, ent.end))  # "the Chinese CDC", never the CDC
        ent = _from(ent, place_owned(frame, ent.start, ent.end))  # "Russia's defence ministry", never any "defence ministry"
        name = clean_name(ent.text.strip())
        if name:
            name += name_s(ent[-1] if ent[-1].dep_ != "case" or len(ent) == 1 else ent[-2])  # "Moody's"
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or not any(ch.isalpha() for ch in name):
            continue
        kind = "person" if ent.label_ == "PERSON" else "organisation"
        label = ent.label_
        if kind == "person" and place_name(name):
            kind, label = "organisation", "GPE"  # "Sybiha said Kyiv was grateful": a capital, no "he" for it
        elif kind == "person" and (name.lower() in CHANNEL_NAMES or org_shaped(name) or name.startswith("@")
                                   or platform_feature(name)):
            kind = "organisation"  # a social handle ("@realDonaldTrump Twitter feed") is an account: no "he" for it
        if kind == "organisation" and len(name.split()) <= 2 and reg.find(name, "person") is not None:
            kind = "person"  # a surname the tagger took for an organisation ("Haugen said")
        elif kind == "organisation" and (ent.label_ == "ORG" and (looks_like_person(ent) or _party_tag_after(ent))
                                         or as_person or _styled_clergy(ent, name)):
            kind = "person"
        head = ent.root
        headline = _title_line(frame, ent)
        ei = reg.add(name, kind, headline=headline, before=ent.start,
                     label=_label(label, name), gender=_title_gender(doc, ent.start),
                     at=None if _modifier(head) else head.i, relative=_named_as_relative(head))
        e = reg.entities[ei]
        if kind == "person" and not headline:
            alias = _alias_after(ent)
            if alias is not None:
                e.words.add(alias)  # "Mohammed bin Salman, widely known as MBS, ...": "MBS said" is he
        if kind == "organisation":
            e.described |= _described_kinds(ent[-1] if head.dep_ == "det" else head)  # (span root "The" of "The X")
            e.described |= _kind_right_before(ent)
        role = role_of(frame, head) if not headline else None  # (a headline's words are no role: "Ben Carson
        roles = [role] if role else []                              # Defends Himself")
        if role and kind == "person":
            title = title_before(frame, head)  # "Sen. Elizabeth Warren (D-Mass.)": a senator too
            if title and title != role:
                roles.append(title)
        style = _style_in_name(name) if kind == "person" else None
        if style and style not in roles:
            roles.append(style)  # "Pope Leo XIV": the pope ("The pontiff said"), "King Charles": the king
        for r in roles:
            if r not in e.roles:
                e.roles.append(r)
            if kind == "person":
                for w in _role_head_names(r):
                    role_words.setdefault(w, {}).setdefault(ei, head.i)
        if kind == "person" and e.gender is None:
            prev = _gendered_title(doc, ent)
            if prev in FEMALE_WORDS:
                e.gender = "f"
            elif prev in MALE_WORDS:
                e.gender = "m"
            else:
                e.gender = _first_name_gender(name)  # (the name without its titles: "Cllr Rebecca Shaw")
            if e.gender is None and role:
                e.gender = KINSHIP_NOUNS.get(_relative(role))  # "Tom Reed, her husband,": a man
        reg.mention(Mention(ei, head.i, tok_sent[head.i], _is_subject(head)))
        if _is_subject(head):
            reg.phrase[head.i] = (head.left_edge.i, head.right_edge.i)
        votes.setdefault(tok_sent[head.i], []).append(ei)
    # surnames the tagger missed: a proper noun equal to a word of a known person's name
    person_words: dict[str, set[int]] = {}
    for ei, e in enumerate(reg.entities):
        if e.kind == "person" and not e.shared:
            for w in e.words:
                if len(w) > 2:
                    person_words.setdefault(w, set()).add(ei)
    if person_words:
        known = {m.token for m in reg.mentions}
        propn = symbol(doc, "PROPN")
        for t in (doc[i] for i, pos in enumerate(column(doc, "POS")) if pos == propn):
            if t.ent_type_ in ("", "WORK_OF_ART", "PRODUCT") and t.i not in known \
                    and frame.tok_quote[t.i] < 0:  # (a name taken for a work of art again: "Yusuf, who ...")
                owners = person_words.get(t.lower_)
                ei = None
                if owners and len(owners) == 1:
                    ei = next(iter(owners))
                elif owners:  # a surname several people share
                    ei = reg.person(t.text, t.i, _title_gender(doc, t.i))
                if ei is not None:
                    if not _modifier(t):
                        reg.spelled[t.i] = 1
                        reg.called[t.i] = t.lower_
                    reg.mention(Mention(ei, t.i, tok_sent[t.i], t.dep_ in ("nsubj", "nsubjpass")))
        reg.mentions.sort(key=lambda m: m.token)
    # first names the tagger missed: a listed first name alone as a subject ("Rhys, 24, is an apprentice. … Rhys
    # himself is more optimistic. He said …"), a person
    known = {m.token for m in reg.mentions}
    propn = symbol(doc, "PROPN")
    proper = [doc[i] for i, pos in enumerate(column(doc, "POS")) if pos == propn]
    # a word that ends a longer name anywhere in the text is a surname there ("Emanuel didn't return" after "Rahm
    # Emanuel"), as is a word of a name already known
    surnames = {t.lower_ for t in proper if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in t.children)}
    surnames |= {w for e in reg.entities for w in e.words}
    for t in proper:
        if (t.dep_ in ("nsubj", "nsubjpass") and t.is_title and not t.ent_type_ and t.lower_ not in surnames
                and t.i not in known and t.lower_ in GIVEN_NAMES and frame.tok_quote[t.i] < 0):
            first_gender = _first_name_gender(t.text, both=None)
            ei = reg.add(t.text, "person", before=t.i, label="PERSON", gender=first_gender, at=t.i)
            e = reg.entities[ei]
            e.gender = e.gender or first_gender
            attr = next((c for c in t.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            if t.head.lemma_ == "be" and attr is not None and attr.lower_ not in e.roles:
                e.roles.append(attr.lower_)  # "Cyrus was a king of Persia": a king ("Rhys … is an apprentice electrician")
            reg.mention(Mention(ei, t.i, tok_sent[t.i], True))
            votes.setdefault(tok_sent[t.i], []).append(ei)
    reg.mentions.sort(key=lambda m: m.token)
    # "the mayor", "the minister": a subject noun that names the role a known person was given before it (not
    # later: "the candidate said" is not Meg Whitman, "a former candidate for governor" three paragraphs on)
    if role_words:
        nn, subjects = symbol(doc, "NN"), {symbol(doc, "nsubj"), symbol(doc, "nsubjpass")}
        for t in (doc[i] for i, (tag, dep) in enumerate(zip(column(doc, "TAG"), column(doc, "DEP")))
                  if tag == nn and dep in subjects):
            if frame.tok_quote[t.i] < 0:
                owners = {ei for w in _title_words(t.lower_) for ei, at in role_words.get(w, {}).items() if at < t.i}
                if owners:  # the description's whole title (its rank) only for a noun someone was given
                    title = _title_of(t)
                    owners = {ei for ei in owners if any(_same_rank(r, title) for r in reg.entities[ei].roles)}
                if owners and len(owners) == 1 and any(c.lower_ == "the" for c in t.lefts) \
                        and not _someone_else_since(reg, next(iter(owners)), t):
                    reg.mention(Mention(next(iter(owners)), t.i, tok_sent[t.i], True))
        reg.mentions.sort(key=lambda m: m.token)
    # gender from pronouns in sentences that mention exactly one person
    for e_i, e in enumerate(reg.entities):
        if e.kind != "person" or e.gender:
            continue
        f = m = 0
        for si, eis in votes.items():
            persons = {x for x in eis if reg.entities[x].kind == "person"}
            if persons != {e_i}:
                continue
            for t in _sent_tokens(sents, si, si + 1):
                if frame.tok_quote[t.i] >= 0:
                    continue
                if t.lower_ in ("she", "her", "hers", "herself"):
                    f += 1
                elif t.lower_ in ("he", "his", "him", "himself"):
                    m += 1
        if f > m:
            e.gender = "f"
        elif m > f:
            e.gender = "m"
    return reg


#: Words that may stand between a comma after a name and "known as" ("Mohammed bin Salman, widely known as MBS,").
_ALIAS_ADVERBS = frozenset({"widely", "also", "better", "commonly", "popularly", "universally", "often", "usually",
                            "affectionately", "simply", "more", "best"})
_ALIAS_VERBS = frozenset({"known", "nicknamed", "dubbed"})  # (not "called": "Smith, called Jones," phoned him)
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _alias_after(ent) -> str | None:
    """The one-word alias the text gives a person right after their name, lower-cased: "Mohammed bin Salman, widely
    known as MBS," / "Benjamin Netanyahu, nicknamed \"Bibi\"," / "Donald Trump, known to supporters as DJT," / "Prince
    Mohammed, who is known as MBS," (a capitalised word, closed by punctuation), "Alexandria Ocasio-Cortez, or AOC as
    she is widely known,", or an acronym of the name's initials in brackets ("Alexandria
    Ocasio-Cortez (AOC)"); else None. Never a description ("known as a hardliner") nor a party tag ("(D-N.Y.)")."""
    doc, j = ent.doc, ent.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        word = doc[j + 1].text
        initials = "".join(w[0] for w in re.split(r"[\s\-‑]+", ent.text) if w[:1].isalpha()).upper()
        if 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and _initials_of(word, initials):
            return word.lower()
        return None
    if j >= len(doc) or doc[j].text != ",":
        return None
    k = j + 1
    if k + 5 < len(doc) and doc[k].lower_ == "or" and doc[k + 2].lower_ == "as" and doc[k + 3].lower_ in ("he", "she") \
            and doc[k + 4].lower_ in ("is", "was", "'s", "’s"):
        word, m = doc[k + 1], k + 5  # "Alexandria Ocasio-Cortez, or AOC as she is widely known,"
        while m < len(doc) and doc[m].lower_ in _ALIAS_ADVERBS:
            m += 1
        ok = m < len(doc) and doc[m].lower_ == "known" and word.text[:1].isupper() and word.is_alpha
        return word.lower_ if ok and not title_word(word) and word.lower_ not in HONORIFICS else None
    if k + 1 < len(doc) and doc[k].lower_ == "who" and doc[k + 1].lower_ in ("is", "was", "'s", "’s"):
        k += 2  # "Prince Mohammed, who is known as MBS,"
    start = k
    while k < len(doc) and doc[k].lower_ in _ALIAS_ADVERBS and k - start < 2:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _ALIAS_VERBS:
        return None
    verb, k = doc[k].lower_, k + 1
    if verb == "known":
        end = next((i for i in range(k, min(k + 4, len(doc))) if doc[i].lower_ == "as"), None)
        if end is None:
            return None
        k = end + 1
    while k < len(doc) and doc[k].text in _QUOTE_MARKS:
        k += 1
    if k + 1 >= len(doc):
        return None
    word, after = doc[k], doc[k + 1]
    if not (word.text[:1].isupper() and word.text.isalpha() and not title_word(word)
            and word.lower_ not in HONORIFICS and (after.is_punct or after.text in _QUOTE_MARKS)
            and after.text not in ("-", "–", "‑")):
        return None
    return word.lower_


def _initials_of(acronym: str, initials: str) -> bool:
    """Are an acronym's letters, in order, initials of a name's words ("AOC": Alexandria Ocasio-Cortez; "MBS":
    Mohammed bin Salman)?"""
    it = iter(initials)
    return acronym[0] == initials[:1] and all(ch in it for ch in acronym)


def _from(ent, lo: int):
    """The entity `ent` begun at token `lo` instead, with its label (itself when `lo` is where it begins)."""
    if lo == ent.start:
        return ent
    wider = ent.doc[lo:ent.end]
    wider.label_ = ent.label_
    return wider


def _party_tag_after(ent) -> bool:
    """A US legislator's party and state tag right after a name ("Hakeem Jeffries, D-N.Y.,", "(R-La.)"): a person,
    whatever the tagger called the name."""
    doc, j = ent.doc, ent.end
    return (j + 3 < len(doc) and doc[j].text in (",", "(") and doc[j + 1].text in ("R", "D", "I")
            and doc[j + 2].text in ("-", "–") and doc[j + 3].text[:1].isupper())


def _modifier(tok) -> bool:
    """A name that modifies a noun ("the Bush family", "the Bush administration"): it calls no one by that name."""
    return tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_iob_ in ("O", "B")


def _sent_tokens(sents, s0, s1):
    """Tokens of sentences s0..s1 (inclusive)."""
    out = []
    for si in range(s0, min(s1, len(sents) - 1) + 1):
        out.extend(sents[si])
    return out


@dataclass(frozen=True)
class Resolved:
    name: str | None
    kind: str
    role: str | None


def resolve(frame: Frame, reg: Registry, ref: SpeakerRef, prev_speakers: list[tuple[int, Resolved]],
            content: tuple[int, int] | None = None) -> Resolved:
    """Canonical speaker for a speaker reference at token `ref.head`; `content` is the claim's
    character span (a pronoun never resolves to someone the claim itself names)."""
    doc = frame.doc
    if ref.pronoun:
        return _pronoun(frame, reg, ref, prev_speakers, content)
    epithet = _epithet_of(frame, reg, doc[ref.head])
    if epithet is not None:
        # "the Northern Irishman said": the one person just named
        return _as_person(reg.entities[epithet])
    if ref.named:
        kind = ref.kind if ref.kind != "unknown" else "person"
        if kind == "organisation" and _surname_taken_for_org(reg, ref):
            kind = "person"
        ei = reg.find(ref.text, kind, before=ref.head, gender=_title_gender(doc, ref.head), strict=True)
        if ei == AMBIGUOUS:
            # "Trump said" after Donald and Eric Trump, neither called so before: as written, not a guess
            return Resolved(ref.text, kind, ref.role)
        if ei is None and not (kind == "organisation" and len(_name_words(ref.text)) > 1 and org_shaped(ref.text)):
            # (never for a name shaped like an organisation's: "Kent Police" is no person "Kent" the tagger saw)
            other = "organisation" if kind == "person" else "person"
            ei = reg.find(ref.text, other, before=ref.head, strict=True)
            if ei == AMBIGUOUS:
                # "Sharaa said" tagged an organisation after Ahmed and Farouk Sharaa: as written, not the last named
                return Resolved(ref.text, other, ref.role)
        if ei is not None and reg.entities[ei].name != ref.text and ref.text == campaign_name(doc[ref.head]):
            # "Doctors Without Borders said": a name as written, never the part of it the tagger saw ("Borders")
            return Resolved(ref.text, "organisation", ref.role)
        if ei is not None and _place_in_body(doc[ref.head], reg.entities[ei], ref.text):
            # "Texas said" beside "The University of Texas": the place as written, never a body named for it
            return Resolved(ref.text, kind, ref.role)
        if ei is not None and (_place_in_longer_name(reg.entities[ei], ref.text)
                               or ref.text in (sunday_paper(doc[ref.head]), numbered_outlet(doc[ref.head]))):
            # "Natural Resources Wales said" after "rain across south Wales": a body named for the place, not the place
            # (nor is "Scotland on Sunday", nor "France 24")
            return Resolved(ref.text, "organisation", ref.role)
        if ei is not None:
            e = reg.entities[ei]
            if _persons_lawyer(reg, doc[ref.head], ref, e, kind):
                # "Reyes's lawyer said", "a lawyer for Reyes", with "Reyes" tagged an organisation's but Maria Reyes
                # named: the lawyer's words are not the client's; only a spokesman speaks for a person. As written
                return Resolved(_strip_article(ref.role), "person", None)
            if ref.role and ref.role not in e.roles:
                e.roles.append(ref.role)
            if kind == "person" and _given_names_before(ref.text, e):
                # "Andrii Yermak, head of the Presidential Office, said" where the tagger saw only a later "Yermak":
                # the name as written in full is the person's fullest name
                e.name, e.words = ref.text, e.words | set(_name_words(ref.text))
            return Resolved(e.name, e.kind, ref.role or (e.roles[0] if e.roles else None))
        if _persons_lawyer(reg, doc[ref.head], ref, None, kind):
            # "Smith's attorney said ...", tagged a person's, named by no one before: the lawyer's words, as written
            return Resolved(_strip_article(ref.role), "person", None)
        return Resolved(ref.text, kind, ref.role)
    if doc[ref.head].lower_ in _FORMER_LATTER:
        # "Tesla and Ford reported results. The former said …": the first of the two named just before; none when
        # no two were named together
        ei = _former_or_latter(frame, reg, doc[ref.head])
        if ei is None:
            return Resolved(None, "unknown", None)
        e = reg.entities[ei]
        return Resolved(e.name, e.kind, e.roles[0] if e.roles else None)
    known = _untagged_surname(reg, doc[ref.head], ref)
    if known is not None:
        # "Sharaa added that ...": a name the tagger took for a common noun, the word of one person named in full
        return _as_person(reg.entities[known])
    # title phrase / common noun
    owner = _spokes_for_description(frame, doc[ref.head])
    if owner is not None:
        # "Police Scotland said … A spokesman for the force said": the spokesman of the organisation that the
        # description resolves to; none when it stays a description
        r = resolve(frame, reg, owner, prev_speakers)
        if r.kind == "organisation" and r.name and r.name != owner.text:
            return Resolved(r.name, "organisation", ref.role or ref.text)
    kind_word = _spokes_kind_word(doc[ref.head])
    if kind_word is not None:
        # "A university spokesperson said" after "The University of Manchester": a spokesperson for the
        # organisation last named with that word, as "a spokesperson for the university"; else as written
        best = _recent_entity(reg, reg.tok_sent[ref.head],  # type: ignore[attr-defined]
                              lambda e: e.kind == "organisation" and kind_word in e.words and not e.headline,
                              before=ref.head)
        if best is not None:
            return Resolved(reg.entities[best].name, "organisation", ref.role or ref.text)
    office = _office_of_common_owner(reg, doc[ref.head])
    if office is not None:
        # "the sheriff's office said" after "The Jefferson County Sheriff's Office": the office named with both words
        return Resolved(reg.entities[office].name, "organisation", ref.role)
    bare = _bare_plural(doc[ref.head])
    if _indefinite(doc[ref.head]) or _named_owner(doc[ref.head]) or bare and doc[ref.head].lower_ not in OFFICIAL_NOUNS:
        # "a Clinton campaign official", "a group of artists": an indefinite description brings in someone
        # new, never someone named before; "Law's advocacy group" is its owner's, not the organisation
        # last named; "Reports indicate", "Sources say" are papers or people in general; all stay as written
        return Resolved(ref.text, ref.kind if ref.kind != "unknown" else "group", ref.role)
    if _person_owned(doc[ref.head]) and (ref.kind in ("organisation", "group") or _document(doc[ref.head])):
        # "his organization", "her office", "his remarks": a person's, whose name the pronoun stands for; never the
        # organisation last named (an apposition, "his company, Kestrel Group,", names it at the speaker stage)
        return Resolved(ref.text, ref.kind if ref.kind != "unknown" else "group", ref.role)
    head = doc[ref.head].lower_
    here = reg.tok_sent[ref.head]  # type: ignore[attr-defined]
    if _document(doc[ref.head]):
        # "the statement said", "the release said", "the survey found": whose it is comes only from the
        # document's own evidence (bot.claims.documents, tried before); else it stays as written, never the
        # organisation named last or someone whose title holds the word ("chief economist for the Survey"),
        # unless the document names itself ("the survey": the American Community Survey named before) or the
        # sentence before says who wrote or issued something ("The Harbor Union wrote to the council.")
        # (a title-cased line is no name: "Leaked Documents Reveal ..." is a headline, not the documents' owner)
        best = _recent_entity(reg, here, lambda e: e.kind == "organisation" and head in e.words and not e.headline,
                              before=ref.head)
        if best is None:
            best = _recent_subject(reg, ref.head, here, lambda e: e.name.lower() not in CHANNEL_NAMES, within=1,
                                   token_ok=lambda i: _sends(doc[i], head if reg.tok_sent[i] == here else None))
        if best is not None:
            e = reg.entities[best]
            return Resolved(e.name, e.kind, ref.role)
        return Resolved(ref.text, ref.kind, ref.role)
    if _introduced_unnamed(frame, reg, doc[ref.head], here):
        # "according to a senior law enforcement official. The official said ...": the one just brought in
        # unnamed, not the organisation or person named near by
        return Resolved(ref.text, ref.kind if ref.kind != "unknown" else "group", ref.role)
    if head in SPOKES_NOUNS and not _indefinite(doc[ref.head]):
        # "the spokesman added": the spokesman named before ("The ministry's spokesman, Ahmed Karimi, said"),
        # else whose spokesman it is, below
        titled = _title_holder(reg, ref, doc[ref.head], here)
        if titled is not None:
            return titled
    # a place or a nationality speaks only through its government ("officials", "the ministry"),
    # never as "the network", "the group" or "the spokesman" of someone else
    places_ok = head in GOVERNMENT_NOUNS and not bare  # "Officials said": an organisation's, never a place's
    if ref.kind == "group" or head in OFFICIAL_NOUNS:
        if head in OFFICIAL_NOUNS and not _own_kind(doc[ref.head]) and not held_before(doc[ref.head]):
            # whose officials: an organisation that is the subject of this sentence or the one before ("The
            # Regional Rivers Agency issued a warning. Officials acknowledged ..."), not any name close by
            best = _recent_subject(reg, ref.head, here, lambda e: e.kind == "organisation"
                                   and e.name.lower() not in CHANNEL_NAMES
                                   and (places_ok or e.label not in ("GPE", "NORP")), within=1)
            sources = _counted_sources(doc[ref.head])
            if best is not None and sources and _entity_in_span(frame, reg, best, content):
                # "The White House is weighing a plan ..., two officials said": sources counted or described (never
                # bare "officials said", an organisation's voice) who report on the organisation their claim names,
                # from inside it or not: as written
                return Resolved(ref.text, "group", ref.role)
            if best is not None:
                return Resolved(reg.entities[best].name, "organisation", ref.role or ref.text)
            described = _described_org_subject(frame, ref.head)
            if described is not None and sources and _in_span(frame, described.head, content):
                return Resolved(ref.text, "group", ref.role)  # (the same with a description: "The agency is ...")
            if described is not None:
                # "The agency issued a warning ..., but officials acknowledged ...": the officials of the
                # organisation the sentence's subject describes, when that description resolves to a name
                r = resolve(frame, reg, described, prev_speakers)
                if r.kind == "organisation" and r.name and r.name != described.text:
                    return Resolved(r.name, "organisation", ref.role or ref.text)
        return Resolved(ref.text, "group", ref.role)
    here = reg.tok_sent[ref.head]  # type: ignore[attr-defined]
    if ref.kind == "organisation" and league_member(doc[ref.head]):
        # "Chelsea have signed Estevao, the Premier League club said": a club in the league, never the league named
        # in the description: as written
        return Resolved(ref.text, "organisation", ref.role)
    if ref.kind == "organisation":
        runners = _runners(doc[ref.head])
        owner = _owner_words(doc[ref.head]) - runners
        task = _task_words(doc[ref.head])
        org = lambda e: (e.kind == "organisation" and e.name.lower() not in CHANNEL_NAMES  # noqa: E731 - a one-line predicate, named for reading
                         and (places_ok or e.label not in ("GPE", "NORP")) and _fits(head, e) and owner <= e.words
                         and not _other_task(e, head, task) and not (task and e.label == "NORP")
                         and not (runners and e.words <= runners))
        if head in CHANNEL_NOUNS:
            # "the letter says": only an organisation named close by sent it; else the phrase as written
            best = _recent_entity(reg, here, org, within=CHANNEL_LOOKBACK_SENTS, before=ref.head)
        else:
            # "the council said": the organisation last named with that word in its name ("Harwick
            # Borough Council"); else "the group said": the one last seen as a subject close by
            best = _recent_entity(reg, here, lambda e: org(e) and head in e.words, before=ref.head)
            # with no such name, an organisation of the description's own kind ("the newspaper": a name that says
            # it is one, "Daily Herald"), or of any kind for a noun that fits any ("the group")
            kind_org = lambda e: org(e) and _fits(head, e, strict=True) and not e.headline  # noqa: E731
            if best is None and head not in NAMED_ONLY_NOUNS:
                best = _recent_subject(reg, ref.head, here, kind_org, within=2)
            if best is None and head not in NAMED_ONLY_NOUNS and head in DESCRIPTION_ORG_KINDS:
                # "the newspaper": of the organisations of that kind named last, the most mentioned; none when an
                # organisation of no known kind was the subject just before ("TikTok, which is owned by Chinese
                # firm ByteDance, has denied ... the company said": TikTok may be meant as well)
                best = _recent_entity(reg, here, kind_org, prefer_frequent=True, skip=_own_predicate(doc[ref.head]))
                other = _recent_subject(reg, ref.head, here, lambda e: e.kind == "organisation" and _org_kind(e) is None
                                        and e.label not in ("GPE", "NORP"), within=1)
                if best is not None and other is not None and other != best:
                    best = None
            elif best is None and head not in NAMED_ONLY_NOUNS:
                # a noun that fits any kind ("the group", "the board"): the one organisation named in its sentence
                # or the one before, else as written (the one mentioned most of late is no evidence)
                near = [ei for ei in _recent_order(reg, here, within=1, before=ref.head, skip=_own_predicate(doc[ref.head]))
                        if kind_org(reg.entities[ei])]
                best = near[0] if len(near) == 1 else None
        if best is not None and not (task and reg.entities[best].label in PLACE_LABELS):
            # (a description that says its task is no place: "the civil defence agency said" after "in Gaza City")
            e = reg.entities[best]
            return Resolved(e.name, "organisation", ref.role)
        return Resolved(ref.text, "organisation", ref.role)
    # "the school said": an organisation named with that word ("Eastgate Primary School")
    if doc[ref.head].tag_ == "NN":
        best = _recent_entity(reg, here, lambda e: e.kind == "organisation" and head in e.words, before=ref.head)
        if best is not None:
            return Resolved(reg.entities[best].name, "organisation", ref.role)
    # "the minister": a person whose role mentions the head noun, and the names the description holds
    # ("the former top aide to President George W. Bush" is no aide to anyone else)
    titled = _title_holder(reg, ref, doc[ref.head], here)
    if titled is not None:
        return titled
    asked = _one_asked(reg, doc[ref.head], here)
    if asked is not None:
        # "A reporter asked Eddie Howe whether .... "...," the Newcastle manager replied": the one asked
        e = reg.entities[asked]
        return Resolved(e.name, "person", ref.role or ref.text)
    return Resolved(ref.text, "unknown", ref.role or ref.text)


#: First words of a name that is a place's own government ("the Government of India", "the State of Texas"):
#: the place may speak by it.
_PLACE_GOVERNMENTS = frozenset(("government", "state", "republic", "kingdom", "commonwealth", "city", "county",
                                "province", "people's"))


def _place_in_body(tok, e: Entity, name: str) -> bool:
    """Is a place the tagger found ("Texas", "New Zealand") given an organisation's longer name that holds it after
    "of" ("The University of Texas", "the Civil Aviation Authority of New Zealand"), which is no government of the
    place? That body is not the place. (A name that opens with the word, "Hurun Report", may be the tagger's slip.)"""
    if tok.ent_type_ not in ("GPE", "LOC") or e.label in ("GPE", "LOC", "NORP") or e.kind == "person":
        return False
    words, own = set(_name_words(name)), e.words
    body = e.name.lower().removeprefix("the ")
    _, of, place = body.partition(" of ")
    return (bool(words) and words < own and body.split(" ", 1)[0] not in _PLACE_GOVERNMENTS and bool(of)
            and words <= set(_name_words(place)))  # (the place after "of": "Hurun" is "Hurun Report"'s)


def _place_in_longer_name(e: Entity, name: str) -> bool:
    """Is the entity a place (tagged one, or a country that ends bodies' names: `words/org_countries.txt`) whose name
    is only the last words of a longer capitalised name ("Natural Resources Wales", "Public Health Scotland",
    "Natural England")? That name is an organisation's of its own, never the place's."""
    if e.label not in ("GPE", "LOC") and e.name.lower() not in ORG_COUNTRIES:
        return False
    words, own = _name_words(name), _name_words(e.name)
    return (len(words) > len(own) and words[-len(own):] == own
            and all(w[:1].isupper() for w in name.split()[:len(words) - len(own)]))


def _untagged_surname(reg: Registry, tok, ref: SpeakerRef) -> int | None:
    """The one person named before in full of whose name a bare, capitalised word the tagger took for a common noun
    is a word ("Ahmed al-Sharaa ... Sharaa added"), else None ("Police said" after "Ann Police" is a description's
    word: only a word that is no English noun in lower case in the text counts)."""
    if (ref.text != tok.text or tok.tag_ not in ("NN", "NNS") or not tok.is_title or len(tok) < 3
            or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)):
        return None
    ei = reg.find(tok.text, "person", before=tok.i, strict=True)
    if ei is None or ei == AMBIGUOUS:
        return None
    e = reg.entities[ei]
    if e.kind != "person" or e.shared or len(e.words) < 2 or tok.lower_ not in e.words:
        return None
    if any(t.lower_ == tok.lower_ and t.is_lower for t in tok.doc):
        return None  # a word the text also writes in lower case: an English noun, not a name
    return ei


def _epithet_of(frame: Frame, reg: Registry, tok) -> int | None:
    """The one person named in the sentence of "the <epithet>" (`tok`, words/epithet_nouns.txt) or the one before
    ("McIlroy said he was "gutted". "...," the Northern Irishman said"; a quotation of several sentences before the
    epithet counts as one); none with two people there or no "the"."""
    dets = list(tok.children) + (list(tok.head.lefts) if tok.dep_ == "amod" and tok.head.pos_ == "VERB" else [])
    party = tok.lower_ in PARTY_EPITHETS
    if not (tok.lower_ in EPITHET_NOUNS or party or _aged_or_counted(tok)) or _plural_epithet(tok) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in dets):  # ("The 28-year-old added": the age hung on the verb)
        return None
    if any(c.dep_ in ("relcl", "acl") and tok.doc[c.left_edge.i - 1].text != "," for c in tok.children):
        return None  # "The lifelong Republican who wrote the speech says": a description that brings someone in
    here = reg.tok_sent[tok.i]  # type: ignore[attr-defined]
    j = min(c.i for c in tok.subtree) - 1
    while j >= 0 and (frame.tok_quote[j] >= 0 or tok.doc[j].is_punct or tok.doc[j].is_space):
        if frame.tok_quote[j] >= 0:
            here = min(here, reg.tok_sent[j])  # type: ignore[attr-defined]
        j -= 1
    people = [ei for ei in _recent_order(reg, here, within=1, before=tok.i - 1) if reg.entities[ei].kind == "person"]
    if len(people) != 1 or not any(m.entity == people[0] and m.subject and here - m.sent <= 1 and m.token < tok.i
                                   for m in reg.mentions):
        return None  # the one named must be a subject there ("... reveals he might vote for Clinton" is not)
    # any other proper noun there that is no place may be another person the tagger missed or took for an
    # organisation ("Rory McIlroy and Shane Lowry": Lowry tagged ORG)
    words = set(reg.entities[people[0]].name.lower().split())
    doc = tok.doc
    i = min(c.i for c in tok.subtree) - 1
    while i >= 0 and reg.tok_sent[i] >= here - 1:  # type: ignore[attr-defined]
        t = doc[i]
        if (t.pos_ == "PROPN" and t.lower_ not in words and t.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE", "EVENT")
                and frame.tok_quote[i] < 0 and not (t.ent_type_ == "ORG" and _object_name(t))
                and t.lower_ not in HONORIFICS and t.lower_ not in CHANNEL_NAMES and not _names_a_kind(t, words)
                and not _the_name(t)):
            return None
        i -= 1
    if party and not _party_given(reg, people[0], tok.lower_, doc, tok.i):
        return None  # "the Democrat" with no party given to the one named: as written
    gender = parent_gender(tok.text)
    if gender and reg.entities[people[0]].gender not in (None, gender):
        return None  # "Sarah Connolly ... said the father-of-three": someone else, as written
    return people[0]


def _the_name(tok) -> bool:
    """Is `tok` a word of a name that opens with "the" ("won the Masters", "beat the Lakers", "the Open"): a team, an
    event or a thing, never a person's name?"""
    while tok.dep_ in ("compound", "flat") and tok.head is not tok and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in tok.children)


def _plural_epithet(tok) -> bool:
    """A plural noun ("the Americans said"); "the Portuguese", "the Swiss" only with a plural verb ("say", "were"):
    the tagger calls them plural whatever they stand for."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if not (tok.lower_.endswith("ese") or tok.lower_ == "swiss"):
        return True
    verb = tok.head
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were", "have") for c in verb.children)


def _party_given(reg: Registry, ei: int, party: str, doc, epithet: int) -> bool:
    """Does the text give the person `ei` the party `party` ("Mike Johnson, R-La.,", "Republican Sen. Tim Scott",
    a role with the party's word)? The epithet itself (token `epithet`, "Phillips - the Utah Republican") gives
    nothing."""
    e = reg.entities[ei]
    if any(party in role.lower() for role in e.roles):
        return True
    tag = re.compile(rf"(?<![\w-]){PARTY_EPITHETS[party].upper()}\s?-\s?[A-Z]")  # "R-La.", "(D-Vt.)"
    for m in reg.mentions:
        if m.entity != ei:
            continue
        near = doc[max(0, m.token - 4):min(len(doc), m.token + 6)]
        if tag.search(near.text) or any(t.lower_ == party and t.i != epithet for t in near):
            return True
    return False


def _object_name(tok) -> bool:
    """Is `tok` part of a name that is the object of a verb or a preposition ("joined Brindle from the supermarket
    group Pennick's"): an organisation there is taken as one (a person the tagger missed is most often a subject or
    a conjunct: "Rory McIlroy and Shane Lowry")?"""
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ in ("pobj", "dobj") and not any(c.dep_ == "conj" for c in tok.children)


def _aged_or_counted(tok) -> bool:
    """Is `tok` a bare age ("the 71-year-old") or a noun of words/epithet_role_nouns.txt after an age, a count or a
    nationality ("the 24-year-old striker", "the two-time MVP", "the three-term Republican", "the Icelandic singer")?"""
    if year_old(tok) or parent_of_count(tok.text):
        return True  # ("the mum-of-two": bot.claims.hyphens)
    if tok.lower_ == "number" and any(c.lower_ == "world" and c.dep_ in ("compound", "amod") for c in tok.lefts) and any(
            c.dep_ == "nummod" and c.i == tok.i + 1 for c in tok.rights):
        return True  # a rank: "the world number one"
    if tok.lower_ not in EPITHET_ROLE_NOUNS:
        return False
    for c in tok.lefts:
        if _nationality(c) and not any(p.dep_ == "prep" for p in tok.children):
            return True  # "the Icelandic singer" (never "the French director of the museum": someone new)
        if year_old(c) or c.dep_ in ("compound", "amod", "nmod") and any(g.like_num for g in c.children) and c.lower_ in (
                "time", "term"):
            return True
    return False


def _nationality(tok) -> bool:
    """A nationality before a noun: "Icelandic", "South Korean", "Puerto Rican" (tagged so), "Canadian"; never a
    party ("the Republican incumbent" needs the party given to the one named: words/party_epithets.txt)."""
    return (tok.dep_ in ("amod", "compound") and (tok.ent_type_ == "NORP" or tok.lower_ in EPITHET_NOUNS)
            and not any(t.lower_ in PARTY_EPITHETS or t.lower_ in _PARTY_ADJECTIVES for t in tok.subtree))


#: Party adjectives the tagger calls nationalities ("Democratic", "Conservative").
_PARTY_ADJECTIVES = frozenset(("democratic", "conservative", "liberal", "labour", "socialist", "green", "libertarian"))


def _names_a_kind(tok, words: set[str]) -> bool:
    """A proper noun naming what kind of thing a common noun is ("Arsenal manager", "Senate Republicans"), a title
    before the person's name (`words`: "Prime Minister Petteri Orpo") or in apposition to it ("R-La."): no other
    person; nor is an organisation's name inside a role in apposition ("Mark Carney, the former Bank of England
    governor,": "England" up to "Bank", a modifier of "governor")."""
    while tok.dep_ in ("pobj", "prep") and tok.ent_iob_ == "I" and tok.head.ent_type_ == tok.ent_type_ == "ORG":
        tok = tok.head
    while tok.dep_ in ("compound", "appos", "nmod") and tok.head is not tok:
        appos = tok.dep_ == "appos"
        tok = tok.head
        if tok.lower_ in words or not appos and (tok.tag_ in ("NN", "NNS") or tok.ent_type_ == "NORP"):
            return True  # (an apposition to the name is the person again: "Mike Johnson, R-La.,")
    return False


def _one_asked(reg: Registry, tok, here: int) -> int | None:
    """The person asked in the sentence before, or earlier in this one (`X asked Eddie Howe whether ...`, `Eddie Howe
    was asked ...`), when the definite description `tok` is the subject of a verb of answering
    (words/answer_verbs.txt)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lower_ not in ANSWER_FORMS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    person = {m.token: m.entity for m in reg.mentions if here - 1 <= m.sent <= here and m.token < tok.i
              and reg.entities[m.entity].kind == "person"}
    asked = set()
    i = tok.i - 1
    doc = tok.doc
    while i >= 0 and reg.tok_sent[i] >= here - 1:  # type: ignore[attr-defined]
        t = doc[i]
        if t.lower_ in ("ask", "asks", "asked", "asking") and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ in ("dobj", "dative", "nsubjpass"):  # "asked Eddie Howe", "Eddie Howe was asked"
                    span = range(c.left_edge.i, c.right_edge.i + 1)
                    found = {person[k] for k in span if k in person}
                    names = {w for ei in found for w in reg.entities[ei].name.lower().split()}
                    if any(doc[k].pos_ == "PROPN" and doc[k].lower_ not in names and doc[k].lower_ not in HONORIFICS
                           for k in span):
                        return None  # "asked Eddie Howe and Mikel Arteta": another name, maybe a person
                    asked |= found
        i -= 1
    return asked.pop() if len(asked) == 1 else None


def _title_holder(reg: Registry, ref: SpeakerRef, tok, here: int) -> Resolved | None:
    """The person last given a role that fits the description `ref` (headed by `tok`), with its role or else
    theirs; none when two may be meant ("President Bush", one of two with that name; two holders in one sentence)."""
    title = _title_of(tok)
    holders = [ei for ei in _recent_order(reg, here) if _holds_title(reg.entities[ei], title)]
    if (not holders or reg.entities[holders[0]].shared or _tied(reg, holders, tok.i)
            or _someone_else_since(reg, holders[0], tok)):
        return None
    e = reg.entities[holders[0]]
    return Resolved(e.name, "person", ref.role or e.roles[0])


def _persons_lawyer(reg: Registry, noun, ref: SpeakerRef, e: Entity | None, kind: str) -> bool:
    """Is a named reference an organisation's lawyer ("Reyes's lawyer", "a lawyer for Reyes": the common noun at
    `ref.head`, the owner's name as `ref.text`) whose client turns out to be a person: the owner's entity `e`, or a
    person of that name anywhere in the article ("Smith's attorney said …" before "John Smith was arrested")? A
    lawyer's words are not the client's. (An organisation's lawyer, "Boeing's lawyers", speaks for it.)"""
    return (ref.kind == "organisation" and bool(ref.role) and noun.pos_ == "NOUN" and noun.lower_ in LAWYER_NOUNS
            and noun.text not in ref.text.split()
            and (kind == "person" or e is not None and e.kind == "person" or reg.find(ref.text, "person") is not None))


#: "the former", "the latter": the first or the second of two named together just before.
_FORMER_LATTER = {"former": 0, "latter": 1}


def _former_or_latter(frame: Frame, reg: Registry, tok) -> int | None:
    """The entity "the former" / "the latter" (`tok`) stands for: of the last two names joined by "and" (or "or")
    in its sentence or the one before ("Tesla and Ford both reported results"), the first or the second."""
    doc = frame.doc
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(tok.i - 1, lo, -1):
        b = doc[k]
        a = b.head
        if b.dep_ != "conj" or a.i >= b.i or b.i not in reg.at or a.i not in reg.at:
            continue
        pair = (reg.at[a.i].entity, reg.at[b.i].entity)
        if pair[0] != pair[1]:
            return pair[_FORMER_LATTER[tok.lower_]]
    return None


_ARTICLE_START = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


def _strip_article(text: str) -> str:
    return _ARTICLE_START.sub("", text)


def _surname_taken_for_org(reg: Registry, ref: SpeakerRef) -> bool:
    """A surname the tagger took for an organisation ("Trump said", tagged ORG) that an organisation named after the
    person holds ("Trump University"), when a person of that surname was named in full ("Donald Trump"): the person,
    not the organisation. (One called by exactly that name stays one, and so does a person's full name the tagger
    took for an organisation's: "Carly Fiorina", beside her husband "Frank Fiorina".)"""
    words = _name_words(ref.text)
    if len(words) != 1:
        return False
    ei = reg.find(ref.text, "person", before=ref.head)
    if ei is None or reg.entities[ei].relative or not _full_name_of(reg.entities[ei].name, words[0]):
        return False
    org = reg.find(ref.text, "organisation", before=ref.head)
    return (org is not None and reg.entities[org].words != set(words)
            and not _full_name_of(reg.entities[org].name, words[0]))


def _full_name_of(name: str, surname: str) -> bool:
    """Is `name` someone's full name ending with `surname` ("Donald Trump"; not "Trump University")?"""
    return len(name.split()) >= 2 and _surname(name) == surname


def _title_words(noun: str) -> frozenset[str]:
    """The words a role may give for a description's head noun: the noun and its synonyms ("the actor": a
    "star" or "actress" too; words/title_synonyms.txt)."""
    return TITLE_SYNONYMS.get(noun, frozenset((noun,)))


def _noun_gender(noun: str) -> str | None:
    """The gender a description's noun gives ("her husband": "m", "the actress": "f"), if any."""
    if noun in KINSHIP_NOUNS:
        return KINSHIP_NOUNS[noun]
    return "f" if noun in FEMALE_WORDS else "m" if noun in MALE_WORDS else None


#: One unnamed person who can be "he" or "she" ("the spokesman", "a senior official"; not "officials").
UNNAMED_PERSON_NOUNS = SPOKES_NOUNS | {"official"}

_ROLE_HEAD_ENDS = frozenset(("of", "to", "for", "at", "in", "with", "by", "who", "whose", "when", "since"))


def _role_names(role: str) -> set[str]:
    """The words of a role that name its holder ("the senator" is someone given "Vermont senator"): all but a
    relative that is not the role's head noun ("an attorney by the time her husband landed in the White House":
    her husband is someone else; "wife of Alan Grayson", "her husband" name their holder)."""
    kin = _relative(role)
    return {w for w in _role_words(role) if w and (w not in KINSHIP_NOUNS or w == kin)}


def _role_head_names(role: str) -> set[str]:
    """The words of a role before its complement: "the author of the book" is an author, not a book."""
    words = _role_words(role)
    cut = next((i for i, w in enumerate(words) if w.removesuffix("’s").removesuffix("'s") in _ROLE_HEAD_ENDS),
               len(words))  # "who's on the slate" too
    return _role_names(" ".join(words[:cut]))


def _role_words(role: str) -> list[str]:
    return [w.strip(",.;:'’\"") for w in role.lower().split()]


def _relative(role: str) -> str:
    """The relative a role says its holder is: its head noun, the last word before a complement, when that is a
    kinship noun said whose ("her husband", "the wife of Alan Grayson"); "" for any other role, and for a bare "son"
    (most often the parser's misreading of "Sanders' son, Tywanza": the son is someone else)."""
    words = _role_words(role)
    cut = next((i for i, w in enumerate(words) if w in _ROLE_HEAD_ENDS), len(words))
    head = words[cut - 1] if cut else ""
    return head if head in KINSHIP_NOUNS and len(words) > 1 else ""


@dataclass(frozen=True)
class _Title:
    """What a description ("the former president", "the Florida senator") says of the person it names."""
    words: frozenset[str]  # its noun and the noun's synonyms
    own: frozenset[str]  # names it holds
    gender: str | None
    former: bool  # an office held no more
    before: frozenset[str]  # the words before its noun


def _title_of(tok) -> _Title:
    return _Title(_title_words(tok.lower_), frozenset(_complement_names(tok)), _noun_gender(tok.lower_),
                  held_before(tok), frozenset(t.lower_ for c in tok.lefts for t in c.subtree))


def _holds_title(e: Entity, title: _Title) -> bool:
    """Is `e` a person of no other gender given a role that fits the description (and not one of their own
    people: "Cameron's spokesman", whose words were given to Cameron, makes him no spokesman)?"""
    return e.kind == "person" and (title.gender is None or e.gender in (None, title.gender)) and any(
        _gives(r, title) and not _owners_role(r, e) for r in e.roles)


def _owners_role(role: str, e: Entity) -> bool:
    """Is a role a possession of the one it was given to ("Cameron's spokesman" given to David Cameron)?"""
    return any(w.endswith(("'s", "’s")) and w[:-2] in e.words for w in _role_words(role))


def _gives(role: str, title: _Title) -> bool:
    """Does a role give the description's title, with the names it holds: a former office only for "the former
    president", never a rank the description does not say ("the president" is not the "Vice President"), and
    never a word of the role's complement ("a spokesman for the Russian embassy" is no embassy)?"""
    words = _role_words(role)
    head = words[:next((i for i, w in enumerate(words) if w in _ROLE_HEAD_ENDS), len(words))]
    names = _role_names(role) & set(head)  # "wife of Tom Reed" names a wife; "spokesman for the embassy" no embassy
    if (not title.own <= set(role.lower().split()) or title.former and not FORMER_WORDS & set(words)
            or not _ranks_given(title, words)):
        return False
    return any(w in title.words and w in names and not _other_rank(words[i - 1] if i else "", title)
               for i, w in enumerate(words)) or any(
        f"{w}_{words[i + 1]}" in title.words and {w, words[i + 1]} <= names
        and not _other_rank(words[i - 1] if i else "", title) for i, w in enumerate(words[:-1]))


def _same_rank(role: str, title: _Title) -> bool:
    """Do a role and a description say the same of an office's rank (words/office_ranks.txt): "the deputy mayor"
    is not someone given "the mayor", nor "the mayor" someone given "the deputy mayor"?"""
    words = _role_words(role)
    return _ranks_given(title, words) and not any(
        w in title.words and _other_rank(words[i - 1] if i else "", title) for i, w in enumerate(words))


def _ranks_given(title: _Title, words: list[str]) -> bool:
    """Does a role (its words) hold every rank the description says ("the shadow chancellor" is not the Chancellor)?"""
    return (title.before & OFFICE_RANKS) <= set(words)


def _other_rank(word: str, title: _Title) -> bool:
    """Is a word before a role's title a rank ("vice", "deputy") the description does not give?"""
    return (word in TITLE_PREFIXES or word in OFFICE_RANKS) and word not in FORMER_WORDS and word not in title.before


def _someone_else_since(reg: Registry, holder: int, tok) -> bool:
    """Is a person given no role the subject of a main clause, or the one asked, after the holder's last mention,
    outside the description `tok`'s clause ("supporters of Sen. Bernie Sanders ... Maddow pressed Warren, but the senator
    insisted": Maddow or Warren may be the senator; not "Mr. Trump is reckless, the vice president said")?"""
    verb = tok.head
    own = range(verb.left_edge.i, verb.right_edge.i + 1)
    last = max((m.token for m in reg.mentions if m.entity == holder and m.token < tok.i), default=-1)
    doc = tok.doc
    return any(last < m.token < tok.i and _a_clause_about(doc[m.token]) and m.token not in own and m.entity != holder
               and reg.entities[m.entity].kind == "person" and not reg.entities[m.entity].roles
               for m in reg.mentions)


def _a_clause_about(tok) -> bool:
    """Is a name the subject of a main clause ("Rubio sought ...") or the one asked ("Maddow pressed Warren")?"""
    if tok.dep_ == "dobj":
        return tok.head.lower_ in QUESTION_FORMS
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "conj")


def _tied(reg: Registry, holders: list[int], before: int) -> bool:
    """Are the two people a description may be last mentioned in one sentence ("actor Tom Reed and star Ian Pike
    ... the actor said"): nothing tells which."""
    if len(holders) < 2:
        return False
    last = [_last_sentence(reg, ei, before) for ei in holders[:2]]
    return last[0] is not None and last[0] == last[1]


def _last_sentence(reg: Registry, ei: int, before: int) -> int | None:
    """The sentence of an entity's last mention before token `before`."""
    toks = reg.tokens.get(ei, ())
    k = bisect_left(toks, before)
    return reg.tok_sent[toks[k - 1]] if k else None  # type: ignore[attr-defined]


def _introduced_unnamed(frame: Frame, reg: Registry, tok, here: int) -> bool:
    """Does a definite description ("the official") take up an indefinite one of the same noun in its sentence
    or the one before ("a senior law enforcement official"), outside quotes, in apposition to no name ("Ann Dole,
    a former candidate")?"""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    first = tok.i
    while first > 0 and reg.tok_sent[first - 1] >= here - 1:  # type: ignore[attr-defined]
        first -= 1
    for t in frame.doc[first:tok.i]:
        if (t.lower_ == tok.lower_ and frame.tok_quote[t.i] < 0 and _indefinite(t) and t.dep_ != "appos"
                and not any(c.dep_ == "appos" for c in t.children)):
            return True
    return False


def _document(tok) -> bool:
    """Is a description's head noun a document ("statement", "reports"), not also a kind of organisation
    ("paper": a newspaper) nor a capitalised name's ("the Post")?"""
    low = tok.lower_
    return (tok.text.islower() and low not in DESCRIPTION_ORG_KINDS
            and (low in DOCUMENT_NOUNS or low.endswith("s") and low[:-1] in DOCUMENT_NOUNS))


def _sends(subj, noun: str | None) -> bool:
    """Is `subj` the subject of a verb of sending a document ("The Harbor Union wrote to the council"), and, for
    a `noun` in the same sentence, of one whose object is not another document ("X released a statement after
    leaked emails showed ...": the statement is X's, not the emails)?"""
    verb = subj.head
    return verb.lower_ in SENDING_FORMS and not (noun and any(
        c.dep_ == "dobj" and _document(c) and c.lower_.rstrip("s") != noun.rstrip("s") for c in verb.children))


def _complement_names(tok) -> set[str]:
    """Words of the names a description holds, in its prepositional complement ("aide to President George W.
    Bush" -> {"president", "george", "w.", "bush"}) or before its noun ("the Florida senator" -> {"florida"})."""
    after = {t.lower_ for c in tok.rights if c.dep_ == "prep" for t in c.subtree if t.pos_ == "PROPN"}
    return after | {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"}


def _described_kinds(head) -> set[str]:
    """Kinds of organisation the text gives a name in apposition ("EgyptAir, the national carrier", "the airline,
    EgyptAir,", "the carrier EgyptAir", "the thinktank Ember", "the Resolution Foundation thinktank"): evidence that
    "the airline" later is this one."""
    nouns = [c for c in head.children if c.dep_ in ("appos", "compound") and (c.pos_ == "NOUN" or c.is_lower)]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    if head.dep_ == "compound" and head.head.is_lower:
        nouns.append(head.head)  # "the Resolution Foundation thinktank", "the Oxfam charity"
    kinds = {DESCRIPTION_ORG_KINDS[n.lower_] for n in nouns if n.lower_ in DESCRIPTION_ORG_KINDS}
    if head.dep_ == "compound" and head.head.lower_ in _FLIGHT_NOUNS and head.i + 1 == head.head.i:
        kinds.add(DESCRIPTION_ORG_KINDS["airline"])  # "A Loganair flight ..., the airline said": an airline's flight
    if _shares_of(head):
        kinds.add(DESCRIPTION_ORG_KINDS["company"])  # "Shares of Calder Energy fell after the company said"
    return kinds


def _kind_right_before(ent) -> set[str]:
    """The kind of organisation a lower-case noun right before its name gives it ("…, the rail union RMT said", "the
    union Unite"), however the parser hung the noun (beside the name as a second subject): {"union"}."""
    if ent.start == 0:
        return set()
    noun = ent.doc[ent.start - 1]
    kind = DESCRIPTION_ORG_KINDS.get(noun.lower_)
    return {kind} if kind and noun.is_lower and noun.tag_ == "NN" and "\n" not in noun.whitespace_ else set()


#: Nouns for an airline's flights ("A Loganair flight", "Ryanair flights"): the name before one is an airline's.
_FLIGHT_NOUNS = frozenset(("flight", "flights"))
#: Nouns for a company's listed stock ("Shares of Calder Energy", "Calder's stock"): whose they are is a company.
_STOCK_NOUNS = frozenset(("share", "shares", "stock", "stocks"))


def _shares_of(head) -> bool:
    """Is a name the owner of shares or stock: "Calder Energy shares", "Calder's stock", "Shares of / in Calder"?"""
    if head.dep_ in ("compound", "poss"):
        return head.head.lower_ in _STOCK_NOUNS
    return head.dep_ == "pobj" and head.head.lower_ in ("of", "in") and head.head.head.lower_ in _STOCK_NOUNS


def _org_kind(e: Entity) -> str | None:
    """government / company / media, from a word of the organisation's name or what the text calls it; None when
    unknown or mixed."""
    words = e.name.lower().split()
    kinds = {NAME_ORG_KINDS[w] for w in words if w in NAME_ORG_KINDS} | e.described
    if not kinds and e.name.lower() in PARTY_NAMES:
        kinds = {"party"}  # "Labour won 412 seats. The party said": a party's name says what it is
    if len(kinds) > 1 and not e.described:
        # the name's head says what it is: the "Securities and Exchange Commission" is no securities firm
        head = next((words[i - 1] for i, w in enumerate(words) if w in ("of", "for") and i), words[-1])
        if head in NAME_ORG_KINDS:
            return NAME_ORG_KINDS[head]
    return kinds.pop() if len(kinds) == 1 else None


def _fits(head: str, e: Entity, strict: bool = False) -> bool:
    """Could "the <head>" be this organisation? Not when both kinds are known and differ ("the ministry" is no
    newspaper, "the company" no ministry); with `strict`, not either when the organisation's kind is unknown."""
    want = DESCRIPTION_ORG_KINDS.get(head)
    have = _org_kind(e) if want else None
    return want is None or want == have or (have is None and not strict)


INDEFINITE_DETERMINERS = frozenset(("a", "an", "another"))


def _own_kind(tok) -> bool:
    """Officials that say whose or what kind they are ("Vatican officials", "American officials", "law
    enforcement officials", "Administration officials"): not the organisation last named, with no more
    evidence than that."""
    return any(c.dep_ == "compound" or c.dep_ in ("amod", "nmod") and c.text[:1].isupper() for c in tok.lefts)


def _task_words(tok) -> set[str]:
    """Lower-case nouns before a description's head that say what the organisation does ("the national disaster
    agency", "the culture ministry"): {"disaster"}, {"culture"}."""
    return {c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower}


def _other_task(e: Entity, head: str, task: set[str]) -> bool:
    """Did the text give the organisation the description's noun for another task ("The Philippine weather agency
    PAGASA said ... the national disaster agency said": another agency)? Only when the description says its task
    and the organisation's name does not ("the health ministry" is the Ministry of Health)."""
    if not task or task <= e.words:
        return False
    given = [_role_words(role) for role in e.roles if head in _role_words(role)]
    if given:
        return not any(task <= set(words) for words in given)
    # a name with the description's noun and not its task says another task ("North East Ambulance Service" is no
    # fire service); a level of government is no task ("the city council" is Bolton Council)
    return head in e.words and not task & _LEVEL_WORDS


#: Words before "council", "department" that say which level of government, not what it does.
_LEVEL_WORDS = frozenset(("city", "county", "borough", "district", "town", "parish", "village", "state", "metropolitan",
                          "municipal", "regional", "national", "federal", "local", "community", "area", "unitary"))


def _owner_words(tok) -> set[str]:
    """Capitalised words before a description's head, or names after its "of", that say whose it is ("the
    Obama administration", "the Kestrel carmaker", "the government of President Poroshenko"): it is only an
    organisation named with them, not whichever was named last."""
    before = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
              and c.i > tok.sent.start}
    return before | {t.lower_ for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
                     if t.pos_ == "PROPN"}


def _runners(tok) -> set[str]:
    """Words of the names that run, lead or back the organisation a description names, glued to a participle before
    its head ("the Tory-led council", "the Hamas-run ministry", "a Kremlin-backed group", "the Leeds-based
    charity"): {"tory"}; and a party before a body it runs ("the Labour council"). The description is never that
    party, movement or place."""
    doc = tok.doc
    out: set[str] = set()
    for c in tok.lefts:
        if c.dep_ in ("compound", "nmod", "amod") and party_running(tok, c):
            out |= {t.lower_ for t in c.subtree if t.i < tok.i}  # "the Labour council", "the Lib Dem council"
            continue
        if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and c.i >= 2 and doc[c.i - 1].text == "-" \
                and not doc[c.i - 2].whitespace_ and doc[c.i - 2].is_title:
            k = c.i - 2
            while k > c.i - 6:
                out.add(doc[k].lower_)  # ("Labour" the tagger calls a common noun)
                if k == 0 or not doc[k - 1].whitespace_ or not doc[k - 1].is_title or doc[k - 1].pos_ != "PROPN":
                    break
                k -= 1
    return out


def _indefinite(tok) -> bool:
    """Does the noun phrase headed by tok open with an indefinite article ("a spokesman", "an aide") or "one"
    ("one pastor", "one group", "one of the advisers")?"""
    return tok.lower_ == "one" or any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS
                                      or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)


def _bare_plural(tok) -> bool:
    """A plural noun with no word before it ("Officials said", "Reports indicate", "Sources say")."""
    return tok.tag_ == "NNS" and not any(c.i < tok.i for c in tok.children)


def _named_owner(tok) -> bool:
    """Is the noun owned by a name or noun ("Law's advocacy group", "the party's chairman")?"""
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)


PERSON_POSSESSIVES = frozenset(("his", "her", "my", "your"))


def _office_of_common_owner(reg: Registry, tok) -> int | None:
    """The organisation last named with both words of "the sheriff's office", "the coroner's office", "the district
    attorney's office" (a definite description owned by a common noun): "Jefferson County Sheriff's Office"."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower), None)
    if owner is None or tok.lower_ not in ORG_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return None
    words = {owner.lower_, tok.lower_}
    here = reg.tok_sent[tok.i]  # type: ignore[attr-defined]
    return _recent_entity(reg, here, lambda e: e.kind == "organisation" and words <= e.words, before=tok.i)


def _person_owned(tok) -> bool:
    """Is the noun owned by a person's pronoun ("his organization", "her office")?"""
    return any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in tok.children)


def _recent_order(reg: Registry, here: int, within: int | None = None, before: int | None = None,
                  skip: frozenset[int] = frozenset()) -> list[int]:
    seen, out = set(), []
    for m in reversed(reg.mentions):
        if m.sent > here or before is not None and m.token > before or m.token in skip:
            continue
        if within is not None and here - m.sent > within or len(out) >= 12:
            break
        if m.entity not in seen:
            seen.add(m.entity)
            out.append(m.entity)
    return out


#: The parts of a predicate that name whom or through what something was said ("in a filing with the SEC", "told
#: the CMA"), not what was said.
PREDICATE_PARTS = frozenset(("prep", "dative", "dobj"))


def _own_predicate(tok) -> frozenset[int]:
    """The tokens of the phrases of the predicate a subject speaks in that say to whom or through what ("It said in a
    filing with the SEC that ...", "In a submission to the CMA, the company said ...", "It told the SEC"): a body
    named there is the one written to or filed with, never what "it" or "the company" stands for."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return frozenset()
    return frozenset(t.i for c in tok.head.children if c.dep_ in PREDICATE_PARTS for t in c.subtree)


def _in_span(frame: Frame, i: int, span: tuple[int, int] | None) -> bool:
    """Does token i start inside the character span (a claim's content)?"""
    return span is not None and span[0] <= frame.tok_starts[i] < span[1]


_SOME_SOURCES = frozenset(("several", "some", "multiple", "few"))


def _counted_sources(tok) -> bool:
    """Are officials counted or described as a reporter's sources ("two officials", "several officials", "officials
    who spoke on condition of anonymity"), not bare ("officials said": an organisation's voice)?"""
    return any(c.dep_ == "nummod" or c.dep_ in ("amod", "det") and c.lower_ in _SOME_SOURCES
               or c.dep_ in ("relcl", "acl") and c.i > tok.i for c in tok.children)


def _entity_in_span(frame: Frame, reg: Registry, ei: int, span: tuple[int, int] | None) -> bool:
    """Is entity `ei` mentioned inside the character span (a claim's content)?"""
    if span is None:
        return False
    toks = reg.tokens.get(ei, [])
    k = bisect_left(toks, frame.token_at(span[0]))
    return k < len(toks) and _in_span(frame, toks[k], span)


def _recent_subject(reg: Registry, before: int, here: int, ok, within: int, token_ok=None) -> int | None:
    """The entity last mentioned as a subject before token `before`, at most `within` sentences back, that `ok`
    accepts (and `token_ok`, given the mention's token index)."""
    toks = getattr(reg, "_mention_tokens", None)
    if toks is None or len(toks) != len(reg.mentions):
        toks = reg._mention_tokens = [m.token for m in reg.mentions]  # type: ignore[attr-defined]
    for k in range(bisect_left(toks, before) - 1, -1, -1):
        m = reg.mentions[k]
        if here - m.sent > within:
            break
        if m.subject and ok(reg.entities[m.entity]) and (token_ok is None or token_ok(m.token)):
            return m.entity
    return None


def _recent_entity(reg: Registry, here: int, ok, prefer_frequent: bool = False, within: int | None = None,
                   before: int | None = None, skip: frozenset[int] = frozenset()) -> int | None:
    cands = [ei for ei in _recent_order(reg, here, within, before, skip) if ok(reg.entities[ei])]
    if not cands:
        return None
    if prefer_frequent:
        return max(cands[:4], key=lambda ei: reg.entities[ei].mentions)
    return cands[0]


SILENCE_PHRASES = read_words("silence_phrases")
NAMED_ONLY_NOUNS = frozenset(read_words("named_only_nouns"))


def _silent_sentences(frame: Frame, reg: Registry) -> frozenset[int]:
    """Sentences saying someone did not speak ("X could not be reached for comment")."""
    cached = getattr(reg, "_silent", None)
    if cached is None:
        lowered = (sent.text.lower() for sent in frame.doc.sents)  # once per sentence, not once per phrase
        cached = frozenset(si for si, low in enumerate(lowered) if any(p in low for p in SILENCE_PHRASES))
        reg._silent = cached  # type: ignore[attr-defined]
    return cached


def _named_after(frame: Frame, tok_i: int) -> set[str]:
    """Names after a pronoun in its own clause, asides and clauses under it included: "he" is never someone his
    clause goes on to name ("He pledged to cut taxes, a promise Obama mocked, and said ..."; "'We will win,' he
    said, as Obama looked on"), but for someone it says is speaking ("He admits ..., but Prager thinks ...") and
    anyone outside it ("After he blasted the film, Pastor Kevin Swanson ...": he is Swanson)."""
    tok = frame.doc[tok_i]
    clause = tok.head.head if tok.head.dep_ == "parataxis" else tok.head  # '"...," he said': the quote's clause
    last = clause.right_edge
    return _named_in(frame, (tok.idx + len(tok), min(last.idx + len(last), tok.sent.end_char)))


def _told_names(tok) -> set[str]:
    """The words of the names a pronoun's own verb takes as its object or the one spoken to ("he told Hannity",
    "she said to Ms Park"): a subject is never its own verb's object, which would be "himself"."""
    if tok.dep_ != "nsubj":
        return set()
    verb = tok.head
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children
             if g.dep_ == "pobj"]
    return {t.lower_ for o in objs if o.pos_ == "PROPN" for t in (*o.lefts, o)
            if t.pos_ == "PROPN" and t.is_title and len(t) > 2}


def _named_in(frame: Frame, content: tuple[int, int] | None) -> set[str]:
    """Capitalised words inside a claim's content (a speaker rarely names himself), except the name of
    someone the content itself says is speaking (`Rick Tyler said that ... "Q," he said`: Tyler is "he")."""
    if content is None:
        return set()
    named = {w.lower() for w in _TITLE_WORDS.findall(frame.text[content[0]:content[1]]) if w[:1].isupper() and len(w) > 2}
    if named:
        doc = frame.doc
        for i in range(frame.token_at(content[0]), min(len(doc), frame.token_at(content[1]) + 1)):
            t = doc[i]
            if t.dep_ == "nsubj" and t.pos_ == "PROPN" and reporting_base(t.head.text) and frame.tok_quote[i] < 0:
                lo = i  # the name itself ("Rick Tyler"), not what it is compounded with ("Cruz spokesman")
                while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].pos_ == "PROPN":
                    lo -= 1
                named -= {doc[k].lower_ for k in range(lo, i + 1)}
    return named


#: Object pronouns that stand for a speaker ("quoted him as saying", "heard them say"), read as their subject forms.
_OBJECT_FORMS = {"him": "he", "them": "they"}


def _pronoun(frame: Frame, reg: Registry, ref: SpeakerRef, prev_speakers, content=None, depth: int = 0) -> Resolved:
    """Stage 5b (coreference, pronouns): the antecedent of "he", "she", "they", "it", "I", "we".

    Candidates are persons mentioned in the last MAX_LOOKBACK_SENTS sentences and recent speakers;
    ruled out: a different known gender, someone the claim itself names ("Darren knows this
    club", he said), and someone the text says did not speak ("X could not be reached")."""
    low = ref.text.lower()
    low = _OBJECT_FORMS.get(low, low)  # "Tasnim quoted him as saying ...": the one quoted, as "he"
    here_tok = ref.head
    here = reg.tok_sent[here_tok]  # type: ignore[attr-defined]
    if low in ("they", "it", "its", "their"):
        # the subject of a clause above it in the same sentence ("the agency cited the tax as a reason it
        # thought ...", "Democrats blocked the bill because they said ...")
        above = _subject_above(frame, ref.head, plural=low in ("they", "their"))
        if above is not None:
            r = resolve(frame, reg, above, prev_speakers)
            if r.name and r.kind != "person":
                return r
        elif low == "they" and _counted_subject_above(frame, ref.head):
            return Resolved(None, "group", None)  # "29 percent said they believe ...": those counted, as written
        if low == "they":
            people = _people_subject_before(frame, here_tok)
            if people is not None:
                # "Residents of the estate have complained for years. They said ...": those people, as written
                ref = speaker_ref(frame, people)
                if ref is not None and ref.text:
                    return Resolved(ref.text, "group", ref.role)
        # else the last organisation or group that spoke, else the last organisation named
        for _, r in reversed(prev_speakers[-3:]):
            if r.kind in ("organisation", "group") and r.name:
                return r
        org_ok = lambda e: e.kind == "organisation" and e.name.lower() not in CHANNEL_NAMES  # noqa: E731
        best = None
        if low == "it" and frame.doc[here_tok].dep_ == "nsubj" and _opens_sentence(frame.doc[here_tok]):
            # "The EPA fined Harlow Mining $2m. It said ...": the organisation the sentence before is about, not the
            # one it acted on, nor one the claim names ("It said the Bank of England would cut rates")
            best = _recent_subject(reg, here_tok, here, org_ok, within=1)
        if best is None:
            best = _recent_entity(reg, here, org_ok, skip=_own_predicate(frame.doc[here_tok]))
        if best is not None and low in ("it", "its"):
            return Resolved(reg.entities[best].name, "organisation", None)
        if best is None and low == "it":
            missed = _unnamed_proper_subject_before(frame, here_tok)
            if missed is not None:
                return Resolved(missed, "organisation", None)
        return Resolved(None, "group" if low == "they" else "unknown", None)
    if low in ("i", "we"):
        # the last speaker, when it can say "I" (a person) or "we" (anyone), and only when that speaker spoke in
        # this paragraph or introduced it with a colon (an "I" inside quotation marks is always the speaker's): "I"
        # or "we" in the narration anywhere else is the writer's ("Just when we thought ...", "I told Sanders ...")
        if prev_speakers and (low == "i" and prev_speakers[-1][1].kind == "person"
                              and (frame.tok_quote[here_tok] >= 0 or _speaks_here(frame, prev_speakers[-1], here_tok))
                              or low == "we" and _speaks_here(frame, prev_speakers[-1], here_tok)):
            return prev_speakers[-1][1]
        return Resolved(None, "person" if low == "i" else "unknown", None)
    gender = "f" if low in ("she", "her") else "m" if low in ("he", "his") else None
    above = _described_person_above(frame, here_tok, gender) if gender else None
    if above is not None:
        # "The Christian speaker shared with the crowd that he believes ...": the one described as the subject of
        # the clause above, as written or as resolved, never a name from sentences before
        return resolve(frame, reg, above, prev_speakers)
    whose = _relative_antecedent(frame, here_tok) if gender else None
    if whose is not None:
        # "Senator Bernie Sanders, who did not like provisions that he thought would displace workers": the one the
        # relative clause holding the pronoun is about, never a name from sentences before
        r = resolve(frame, reg, whose, prev_speakers)
        if r.kind == "person" and r.name and _gender_of_name(reg, r, here_tok) in (None, gender):
            return r
    ahead = _cataphora(frame, here_tok) if gender else None
    if ahead is not None:
        r = resolve(frame, reg, ahead, prev_speakers)
        if r.kind == "person" and r.name and _first_name_gender(r.name, both=None) in (None, gender):
            return r
    cands = [m for m in reg.mentions if m.token < here_tok and here - m.sent <= MAX_LOOKBACK_SENTS
             and reg.entities[m.entity].kind == "person"]
    silent_sents = _silent_sentences(frame, reg)
    last_seen: dict[int, int] = {}
    for m in cands:
        last_seen[m.entity] = max(last_seen.get(m.entity, -1), m.sent)
    excluded = {ei for ei, si in last_seen.items() if si in silent_sents and si < here}
    named = _named_in(frame, content) | _told_names(frame.doc[here_tok])
    excluded |= _named_entities(reg, last_seen, named)
    askers = _askers(reg, frame.doc[here_tok], here, gender)
    replied = _replied_to(frame, reg, frame.doc[here_tok], prev_speakers, here, gender)
    if replied is not None:
        askers = askers | {replied[0]}
        excluded.add(replied[1])
    excluded |= {m.entity for m in cands if m.token in askers}
    cands = [m for m in cands if m.entity not in excluded and not _agent_fronting(frame.doc, m.token, here_tok)]
    named_here = len(cands)  # mentions in the text; those after stand for the recent speakers
    for tok_i, r in prev_speakers[-3:]:
        if r.kind == "person" and r.name and tok_i < here_tok:
            ei = reg.person(r.name, tok_i, gender)
            if ei is None and _full_name(r.name):
                ei = _speaker_entity(reg, r.name)  # a speaker the tagger did not see as a person is still one
            if ei is not None and ei not in excluded | _named_entities(reg, {ei}, named):
                s_i = reg.tok_sent[tok_i]  # type: ignore[attr-defined]
                cands.append(Mention(ei, tok_i, s_i, not _passive_agent(frame.doc[tok_i])))
    spoken = {r.name for _, r in prev_speakers[-2:]}
    later = _named_entities(reg, {m.entity for m in cands}, _named_after(frame, here_tok))
    best = _antecedent(reg, [m for m in cands if m.entity not in later], gender, here, spoken)
    if later and (best is None or not best.subject):
        # a name later in the pronoun's own clause gives way only to a subject before it ("Mitt Romney accused
        # Obama ... He pledged ... a milepost Obama hit": Romney); with none, writers do repeat a name there ("he
        # said after the prosecutor read the facts to which Lazar admitted")
        best = _antecedent(reg, cands, gender, here, spoken)
    if gender:
        owned = _owners_speaker(frame, reg, prev_speakers, here_tok, gender)
        if owned is not None:
            # "Jude Bellingham's agent said .... "…," he told AS": the agent who just spoke, as written, never the one
            # whose agent, father or lawyer he is
            return owned
    if best is not None and gender and depth < MAX_PRONOUN_CHAIN and cands.index(best) < named_here:
        link = _chain_pronoun(frame, best.token, here_tok, low)
        if link is not None:
            # "Michael Seaman ... He would like the ideas Sanders championed. Even then, he said, ...": the name in a
            # clause under a sentence whose subject is "he" again does not break the chain; "he" is that one's
            # antecedent
            return _pronoun(frame, reg, SpeakerRef(frame.doc[link].text, "unknown", None, link, pronoun=True),
                            [(t, r) for t, r in prev_speakers if t < link], content, depth + 1)
    if best is not None and gender:
        described = _described_subject_before(frame, here_tok, best, gender)
        ref = _described_ref(frame, described)
        r = resolve(frame, reg, ref, prev_speakers) if ref is not None else None
        if r is not None and _gender_of_name(reg, r, here_tok) not in (None, gender):
            ref = None  # "The minister, Priya Shah, was questioned by Tom Reed. He accused her …": never a "he" for her
        if ref is not None:
            # "The mayor hit back ..., after an operator recommended by Lomé went bust. "Q," she said.": the one the
            # sentence before is about, when the text tells that one from the name: the description names someone
            # (an apposition, a role given before), introduces someone new ("A representative for Pinchuk", "The
            # other man"), or the sentence names the other one apart from its subject ("by Lomé"); else a definite
            # description ("The Vermont senator") may be the name's own and the name stays
            other = any(m.entity == best.entity and not m.subject and frame.doc[described].sent.start <= m.token < here_tok
                        for m in cands)
            relative = _owned_relative(frame.doc[described])
            apart = (_other_role(reg.entities[best.entity], frame.doc[described])
                     or _other_nation(reg.entities[best.entity], frame.doc[described]))
            if r.kind == "person" and r.name or other or _new_person(frame.doc[described]) or relative or apart:
                # (a relative, "His wife", "Whitfield's daughter, Helen," is never the one named before: a name in
                # apposition to it is a person's, whatever the tagger saw in it)
                return Resolved(r.name, "person", r.role) if relative and ref.named and r.name else r
    if best is not None and gender and _joined_with_same_gender(frame, reg, cands, best, gender):
        # "Rachel Green, the head teacher, and her deputy, Sophie Adams, both attended. "Q," she said.": either of two
        # women joined as one subject may be meant: no guess
        return Resolved(None, "person", None)
    if (best is not None and gender and _ungendered_speaker_between(frame, reg, best, prev_speakers, here)
            and prev_speakers[-1][0] not in askers):
        # "Mayor Karen Bass said .... Councilmember Traci Park said .... She said ...": the one who spoke just before,
        # of no known gender, may be meant as much as the earlier one whose gender fits: no guess
        return Resolved(None, "person", None)
    if best is not None:
        e = reg.entities[best.entity]
        fits = reg.person(e.name, best.token, gender) if e.shared and gender else None
        if fits is not None:  # "Cheney said ... she said" after Liz and Dick Cheney: the Cheney who is a she
            e = reg.entities[fits]
        return _as_person(e)
    for tok_i, r in reversed(prev_speakers[-2:]):
        if tok_i in askers:
            continue  # `Reid asked him whether …. "No," he said.`: not the one who asked
        if gender and _addressed_as(frame.doc, tok_i) not in (None, gender):
            continue  # `Ms Kuenssberg asked whether …. "No," he said.`: "Ms" is no he
        if r.kind == "person" and r.name and not (gender and _first_name_gender(r.name, both=None) not in (None, gender)):
            # the last person who spoke, unless "she" cannot be him (by the first name alone: a title such as
            # "spokesman" or the pronouns near an entity are weaker evidence: "Trump spokesman Hope Hicks")
            return r
    if gender and not cands and prev_speakers and _surname_as_org(prev_speakers[-1][1]) \
            and _speaks_here(frame, prev_speakers[-1], here_tok):
        # "Trump wrote: … Hours later, he added: …": a one-word name the tagger took for an organisation's, that
        # just spoke, and no person before: "he" is that name's
        return Resolved(prev_speakers[-1][1].name, "person", prev_speakers[-1][1].role)
    if gender:
        ref = _described_ref(frame, _described_subject_before(frame, here_tok, None, gender))
        if ref is not None and ref.head not in askers:  # (`The judge asked the defendant …. "I do," he replied.`)
            # no named person before: "The senator took to X to vent. "Q," she posted": the one described, as written
            # (never one of the other gender it resolves to: "The minister, Priya Shah, … He accused her")
            r = resolve(frame, reg, ref, prev_speakers)
            if _gender_of_name(reg, r, here_tok) in (None, gender):
                return r
    if gender and prev_speakers and _speaks_here(frame, prev_speakers[-1], here_tok):
        # no named person: "he" goes on with an unnamed one who just spoke ("The prime minister's spokesman told
        # reporters: … Asked whether …, he said: …"), of no other gender
        last = prev_speakers[-1][1]
        noun = last.name.split()[-1].lower() if last.name else ""
        if noun in UNNAMED_PERSON_NOUNS and _noun_gender(noun) in (None, gender):
            return last
        if noun in ADDRESS_STYLES and last.name.split()[0].lower() == _POSSESSIVE_PRONOUNS.get(gender):
            return last  # "Her Majesty said …. "…," she added": the one so styled, as written
        style = last.name.split()[0].lower() if last.name and last.kind != "organisation" else ""
        if style in TERRITORIAL_STYLES and _noun_gender(style) == gender:
            return last  # "The Princess of Wales said …. "…," she said": the one so titled, as written
    if gender and not cands and not (prev_speakers and prev_speakers[-1][1].kind == "person"
                                     and frame.tok_para[prev_speakers[-1][0]] == frame.tok_para[here_tok]):
        # with no one before it, not even a described person or an unnamed one who just spoke in its paragraph
        # ("The chef tells me …. "…," he says. His mentor, Pierre Koffmann, …": never the one named next)
        after = _introduced_after(frame, reg, here_tok, here, gender)
        if after is not None:
            return _as_person(reg.entities[after])
    return Resolved(None, "person", None)


#: People beside someone who speak in their own right (an agent, a coach, a friend; words/associate_nouns.txt),
#: relatives and lawyers: the owner of such a description is not who it is.
OWNED_PERSON_NOUNS = frozenset(read_words("associate_nouns")) | frozenset(KINSHIP_NOUNS) | LAWYER_NOUNS


def _owners_speaker(frame: Frame, reg: Registry, prev_speakers, here_tok: int, gender: str) -> Resolved | None:
    """The last speaker, when it spoke as a description of someone's associate, relative or lawyer
    (words/associate_nouns.txt: "Jude Bellingham's agent", "a lawyer for Mark Reyes", "His father") of a gender that
    fits, in the pronoun's paragraph, with no one named outside quotation marks between it and the pronoun at
    `here_tok`: the pronoun goes on with the one who spoke (as written), not with the one whose agent he is; else
    None."""
    if not prev_speakers:
        return None
    tok_i, last = prev_speakers[-1]
    doc = frame.doc
    if tok_i >= here_tok or not last.name or last.kind == "organisation" or frame.tok_para[tok_i] != frame.tok_para[here_tok]:
        return None
    noun = doc[tok_i]
    if (noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lower_ not in OWNED_PERSON_NOUNS
            or _noun_gender(noun.lower_) not in (None, gender)):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to") for g in c.children
               if g.dep_ == "pobj"]
    if not owners:
        return None
    end = max(c.i for c in noun.subtree)
    if any(end < m.token < here_tok and frame.tok_quote[m.token] < 0 and reg.entities[m.entity].kind == "person"
           for m in reg.mentions):
        return None  # someone named since: "he" may be that one
    if any(end < t.i < here_tok and t.pos_ == "PRON" and frame.tok_quote[t.i] < 0 and t.dep_ in ("nsubj", "nsubjpass")
           and t.lower_ in ("he", "she") for t in doc[end:here_tok]):
        return None  # a pronoun between: the chain of pronouns decides
    return last


#: Head nouns of a description that is a person "he" or "she" can stand for ("the mayor", "her husband").
_PERSON_NOUNS = HONORIFICS | FEMALE_WORDS | MALE_WORDS | frozenset(KINSHIP_NOUNS) | SPOKES_NOUNS


def _described_subject_before(frame: Frame, here_tok: int, best: Mention | None, gender: str) -> int | None:
    """The subject of the last sentence before the pronoun at `here_tok` (in its paragraph, past a quotation that
    opens the pronoun's own sentence) when it is a person's description ("The mayor", "Her husband") of a fitting
    gender and the best named candidate (`best`, None when there is none) stands before that sentence, or in it as
    no subject: the sentence is about the described person, and the pronoun that follows takes them up."""
    cand = best.token if best is not None else -1
    doc = frame.doc
    start = doc[here_tok].sent.start
    j = start - 1
    while j >= 0 and (frame.tok_quote[j] >= 0 or doc[j].is_space or doc[j].is_punct):
        j -= 1  # the quotation the pronoun's sentence opens with
    if j < 0 or frame.tok_para[j] != frame.tok_para[here_tok]:
        return None
    sent = doc[j].sent
    if best is not None and cand >= sent.start and best.subject:
        return None
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and frame.tok_quote[t.i] < 0), None)
    if (subj is None or sent.start <= cand < subj.i or not _describes_person(subj, gender)
            or not any(c.dep_ in ("det", "poss") for c in subj.children)):
        return None
    return subj.i


def _describes_person(noun, gender: str) -> bool:
    """Is a common noun a description of one person of no other gender ("the mayor", "her husband")?"""
    return (noun.pos_ == "NOUN" and noun.tag_ == "NN" and not noun.ent_type_
            and (noun.lower_ in _PERSON_NOUNS or noun.lower_ in OCCUPATION_NOUNS or _owned_relative(noun))
            and _noun_gender(noun.lower_) in (None, gender))


def _other_role(e: Entity, noun) -> bool:
    """Has the text given the named person a role that a described person's noun is not ("Its chief nurse, Sharon
    Wallis," ... "The senior midwife on duty that night said"): the description is someone else. Only for the nouns
    of work (`words/occupation_nouns.txt`), whose holders a writer names when they were named before."""
    if noun.lower_ not in OCCUPATION_NOUNS or not e.roles:
        return False
    title = _title_of(noun)
    return not any(_gives(role, title) or noun.lower_ in _role_words(role) for role in e.roles)


def _other_nation(e: Entity, noun) -> bool:
    """Does a described person's nationality ("The Saudi foreign minister") set them apart from the named person, whom
    the text never gave it ("Secretary of State Marco Rubio met his Saudi counterpart ... The Saudi foreign minister
    said ...")? Two officials of two nations alternate in diplomatic news; the description is the other one."""
    nations = {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"}
    if not nations:
        return False
    given = set(e.words) | {w for role in e.roles for w in _role_words(role)}
    return not nations & given


def _gender_of_name(reg: Registry, r: Resolved, before: int) -> str | None:
    """The gender of the person a description resolved to, as the registry or their first name tells it."""
    if r.kind != "person" or not r.name:
        return None
    ei = reg.person(r.name, before, None)
    return reg.entities[ei].gender if ei is not None else _first_name_gender(r.name)


def _owned_relative(noun) -> bool:
    """Is a description someone's relative or associate ("His wife", "Whitfield's daughter", "Her friend")? Someone
    other than a name the text has not given that role."""
    return noun.lower_ in OWNED_PERSON_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _described_ref(frame: Frame, described: int | None) -> SpeakerRef | None:
    """The description at token `described` (from `_described_subject_before`) as a reference to resolve, if it is
    one and no pronoun."""
    ref = speaker_ref(frame, described) if described is not None else None
    return ref if ref is not None and not ref.pronoun else None


def _described_org_subject(frame: Frame, tok_i: int) -> SpeakerRef | None:
    """The first subject of the sentence of token `tok_i`, before it, when it is a definite description of an
    organisation ("The agency", "The council"), as a reference to resolve."""
    doc = frame.doc
    subj = next((t for t in doc[tok_i].sent if t.dep_ in ("nsubj", "nsubjpass") and frame.tok_quote[t.i] < 0), None)
    return None if subj is None or subj.i >= tok_i else _org_description(frame, subj)


def _spokes_for_description(frame: Frame, tok) -> SpeakerRef | None:
    """The owner of "a spokesman for the force", "a spokeswoman for the company" (a spokes-noun, then "for" or "of"
    and a definite description of an organisation), as a reference to resolve; else None."""
    if tok.lower_ not in SPOKES_NOUNS:
        return None
    owner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children
                  if g.dep_ == "pobj"), None)
    if owner is None or any(c.dep_ in ("prep", "poss", "amod") or c.dep_ == "compound" and not _task_noun(c)
                            for c in owner.children):
        return None
    return _org_description(frame, owner)  # (a task's noun is kept: "a spokesman for the fire service")


def _spokes_kind_word(tok) -> str | None:
    """The kind of organisation written before a spokes-noun ("a university spokesperson", "a school spokesman": a
    lower-case noun of words/org_nouns.txt or words/institution_nouns.txt right before it, with nothing of its
    own), when the spokes-noun names no owner otherwise ("for", "of", a possessive or another modifier); else
    None."""
    if tok.lower_ not in SPOKES_NOUNS or tok.i == 0:
        return None
    kind = tok.doc[tok.i - 1]
    if (kind.dep_ != "compound" or kind.head.i != tok.i or kind.pos_ != "NOUN" or not kind.is_lower
            or kind.ent_type_ or kind.n_lefts or kind.n_rights
            or kind.lower_ not in ORG_NOUNS and kind.lower_ not in INSTITUTION_NOUNS):
        return None
    if any(c.dep_ in ("prep", "poss", "amod", "nmod") or c.dep_ == "compound" and c.i != kind.i for c in tok.children):
        return None
    return kind.lower_


def _task_noun(tok) -> bool:
    """A lower-case common noun before a description's head that says what the organisation does ("fire" of "the
    fire service", "ambulance" of "the ambulance service")."""
    return tok.pos_ == "NOUN" and tok.is_lower and not tok.ent_type_


def _org_description(frame: Frame, noun) -> SpeakerRef | None:
    """A definite description of an organisation ("the agency", "the force"), as a reference to resolve; else None."""
    if (noun.pos_ != "NOUN" or noun.lower_ not in ORG_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
        return None
    ref = speaker_ref(frame, noun.i)
    return ref if ref is not None and not ref.pronoun and ref.kind == "organisation" else None


def _new_person(noun) -> bool:
    """A description that brings in someone not named before: "a representative", "the other man"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.lower_ in ("other", "another") for c in noun.children)


def _named_entities(reg: Registry, eis, named: set[str]) -> set[int]:
    """Of the entities `eis`, those with a word (or a part of a hyphenated one) among the words `named`."""
    if not named:
        return set()
    return {ei for ei in eis if {p for w in reg.entities[ei].words for p in w.replace("’", "'").split("-")} & named}


def _joined_with_same_gender(frame: Frame, reg: Registry, cands: list[Mention], best: Mention, gender: str) -> bool:
    """Is the chosen antecedent `best` a subject joined by "and" to another person of the pronoun's `gender` ("Jack
    Turner, 17, and his friend Oliver Grant, 16, were the first to spot the smoke")? Both are what the sentence is
    about, and the pronoun after it cannot tell which."""
    if not best.subject or reg.entities[best.entity].gender != gender:
        return False
    tok = frame.doc[best.token]
    if tok.dep_ == "appos":
        tok = tok.head
    joined = [c for c in tok.conjuncts if c.i > tok.i]
    if not joined:
        return False
    spans = [(c.left_edge.i, c.right_edge.i) for c in joined]
    return any(m.entity != best.entity and reg.entities[m.entity].gender == gender
               and any(lo <= m.token <= hi for lo, hi in spans) for m in cands)


def _ungendered_speaker_between(frame: Frame, reg: Registry, best: Mention, prev_speakers, here: int) -> bool:
    """Did a person of no known gender (no title, pronoun or listed first name tells it; or one described by a noun of
    no gender) speak as the first subject of the sentence right before the pronoun's (sentence `here`), after the
    chosen antecedent `best`'s sentence?"""
    if not prev_speakers or best.sent >= here - 1:
        return False
    tok_i, r = prev_speakers[-1]
    if not r.name or reg.tok_sent[tok_i] != here - 1:  # type: ignore[attr-defined]
        return False
    noun = frame.doc[tok_i]
    if noun.lower_ in ("he", "she"):
        return False  # `… Shabana Mahmood …. She said …. He said …`: a speaker the text calls "she" has a gender
    if bare_one(noun):
        return tok_i > best.token  # `"…," one said. "…," she added`: one of them, of no gender the text gives
    if not _main_subject(noun):
        return False
    if r.kind == "group" and noun.tag_ == "NN" and noun.pos_ == "NOUN":
        # one unnamed person the group nouns hold too ("A neighbour said …", "A witness told the BBC …"), of no gender
        # its noun gives
        return tok_i > best.token and _noun_gender(noun.lower_) is None
    if r.kind == "organisation":
        # a full name the tagger took for an organisation's ("Traci Park"), unless a word of it says it is one
        words = r.name.lower().split()
        return (_full_name(r.name) and len(words) <= 3 and not org_shaped(r.name)
                and not any(w in ORG_WORDS or w in NAME_ORG_KINDS for w in words) and best.entity not in
                {ei for ei, e in enumerate(reg.entities) if e.name == r.name})
    if r.kind != "person":
        return False
    ei = reg.person(r.name, tok_i, None)
    if ei is None:
        # a name the tagger saw as no one's ("Okafor, a local landlord, said ..."): someone of no known gender too,
        # unless it is a word of the chosen one's name
        return (tok_i > best.token and not set(_name_words(r.name)) & reg.entities[best.entity].words
                and not _first_name_gender(r.name, both=None))
    return not (ei == best.entity or reg.entities[ei].gender or _first_name_gender(r.name, both=None))


def _antecedent(reg: Registry, cands: list[Mention], gender: str | None, here: int, spoken: set[str]) -> Mention | None:
    """The best of the candidate mentions for a pronoun of `gender` in sentence `here`: nearer sentences first, a
    known matching gender worth 1.5 sentences and a subject NON_SUBJECT_PENALTY sentences of distance over any other
    mention; then subjects, then recent speakers (`spoken`)."""
    best, best_key = None, None
    for m in cands:
        g = reg.entities[m.entity].gender
        if gender and g and g != gender:
            continue
        key = (here - m.sent + (0 if (g == gender or gender is None) else 1.5) + (0 if m.subject else NON_SUBJECT_PENALTY),
               0 if m.subject else 1, 0 if reg.entities[m.entity].name in spoken else 1, m.token)
        if best_key is None or key < best_key:
            best, best_key = m, key
    return best


#: Conjunctions that open a clause put before the main one, whose pronoun may point ahead to the main clause's subject.
_FRONTED_MARKS = frozenset("though although while after before as when once since because if".split())


def _cataphora(frame: Frame, here_tok: int) -> SpeakerRef | None:
    """The main clause's named subject, when the pronoun at `here_tok` is the subject of a clause put before it
    ("Though he said the plan would work, Obama gave no details": Obama)."""
    tok = frame.doc[here_tok]
    verb = tok.head
    if (tok.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.i > verb.head.i
            or not any(c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS for c in verb.children)):
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subj is None or subj.pos_ != "PROPN" or frame.tok_quote[subj.i] >= 0:
        return None
    ref = speaker_ref(frame, subj.i)
    return ref if ref is not None and not ref.pronoun else None


#: Words that make a one-word name an organisation's whatever the tagger says ("Reuters", "Council").
_ORG_NAME_WORDS = ORG_WORDS | CHANNEL_NAMES | ORG_NOUNS


def _surname_as_org(r: Resolved) -> bool:
    """Is `r` an organisation only by the tagger's word: one capitalised word, no acronym, no organisation word?"""
    name = r.name or ""
    return (r.kind == "organisation" and len(name.split()) == 1 and name[:1].isupper() and not name.isupper()
            and name.isalpha() and name.lower() not in _ORG_NAME_WORDS and not place_name(name))  # ("Khartoum")


def _introduced_after(frame: Frame, reg: Registry, here_tok: int, here: int, gender: str) -> int | None:
    """With no one before it, the person a pronoun's paragraph introduces in the next sentence, as its subject
    ("'It is not fair,' she said. Mrs Patel, 61, who has lived on the estate since 1990, said ..."), of no other
    gender."""
    para = frame.tok_para[here_tok]
    for m in reg.mentions:
        if m.token <= here_tok or m.sent > here + 1:
            continue
        if frame.tok_para[m.token] != para:
            return None
        e = reg.entities[m.entity]
        if m.sent == here + 1 and m.subject and e.kind == "person" and e.gender in (None, gender):
            if _owned_by_pronoun(frame.doc[m.token], gender):
                return None  # "Pierre Koffmann, his mentor, agreed": the one "he" has as mentor, never "he"
            return m.entity
    return None


def _owned_by_pronoun(tok, gender: str) -> bool:
    """Is the name at `tok` given in apposition an associate or relative owned by "his" or "her" of `gender`
    ("Pierre Koffmann, his mentor,")?"""
    owner = _POSSESSIVE_PRONOUNS.get(gender)
    return any(c.dep_ == "appos" and c.lower_ in OWNED_PERSON_NOUNS
               and any(p.dep_ == "poss" and p.lower_ == owner for p in c.children) for c in tok.children)


def _subject_before(frame: Frame, here: int):
    """The subject of the main clause of the sentence before token `here`'s, else None."""
    lo, _ = frame.sent_bounds(here)
    if lo == 0:
        return None
    start, end = frame.sent_bounds(lo - 1)
    root = next((t for t in frame.doc[start:end] if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    return None if subj is None or frame.tok_quote[subj.i] >= 0 else subj


def _people_subject_before(frame: Frame, here: int) -> int | None:
    """The plural noun for people (`people_noun`) that is the subject of the sentence before, with no other such
    noun there outside it ("Residents of the estate have complained for years."), else None."""
    subj = _subject_before(frame, here)
    if subj is None or not people_noun(subj) or subj.tag_ not in ("NNS", "NNPS"):
        return None
    start, end = frame.sent_bounds(subj.i)
    lo, hi = subj.left_edge.i, subj.right_edge.i + 1
    if any(people_noun(t) and not lo <= t.i < hi and t.tag_ in ("NNS", "NNPS") and frame.tok_quote[t.i] < 0
           for t in frame.doc[start:end]):
        return None  # "The families met the officials": either may be "they"
    return subj.i


def _unnamed_proper_subject_before(frame: Frame, here: int) -> str | None:
    """`Thames Water was fined £100m. It said it would appeal.`: with no organisation the tagger found, the name
    the sentence before has as its subject, when the tagger saw no entity in it at all (no person, no place)."""
    subj = _subject_before(frame, here)
    if subj is None or subj.pos_ != "PROPN":
        return None
    words = frame.doc[subj.left_edge.i:subj.i + 1]
    if any(t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words) or len(words) < 2:
        return None
    return words.text


def _agent_fronting(doc, tok_i: int, pron_i: int) -> bool:
    """Is the name at `tok_i` the one by whom something is done in a phrase put before the pronoun's own clause
    ("Questioned by Ann Lee, she said", "Under cross-examination by the prosecutor, Jane Ellery, she admitted")? The
    pronoun is the one questioned, never that name."""
    pron = doc[pron_i]
    if tok_i >= pron_i or pron.dep_ not in ("nsubj", "nsubjpass") or doc[tok_i].sent.start != pron.sent.start:
        return False
    verb, t, by = pron.head, doc[tok_i], False
    for _ in range(12):
        if t.i == verb.i:
            return by
        if t.head.i == t.i or t.i > pron_i or t.tag_ in CLAUSE_TAGS:  # a clause of its own between
            return False
        by = by or t.lower_ == "by"
        t = t.head
    return False


_OBJECT_PRONOUNS = {"m": "him", "f": "her"}
_POSSESSIVE_PRONOUNS = {"m": "his", "f": "her"}
_ADDRESS_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _addressed_as(doc, i: int) -> str | None:
    """The gender of a form of address right before the name at token `i` ("Ms Kuenssberg", "Mr. Farage"): firmer
    than a title such as "spokesman" ("Trump spokesman Hope Hicks")."""
    return _ADDRESS_GENDERS.get(doc[i - 1].lower_.rstrip(".")) if i > 0 else None


def _askers(reg: Registry, tok, here: int, gender: str | None) -> set[int]:
    """The tokens of the subjects a "he" or "she" answering cannot be: who put a question to "him" ("her") in the
    sentence before or earlier in this one (`Kuenssberg asked him whether he would resign. "No," he said.`;
    words/question_verbs.txt), and, when the pronoun's verb is one of answering (words/answer_verbs.txt), who asked
    at all or told "him" anything (`Reid told him: "…" He replied …`). A request ("asked him to stand") asks no question."""
    if gender is None or tok.dep_ != "nsubj":
        return set()
    answering = tok.head.lower_ in ANSWER_FORMS
    pronoun = _OBJECT_PRONOUNS[gender]
    doc = tok.doc
    out: set[int] = set()
    i = tok.i - 1
    reach, named_between = here - 1, False
    while i >= 0 and reg.tok_sent[i] >= reach:  # type: ignore[attr-defined]
        t = doc[i]
        i -= 1
        if reg.tok_sent[t.i] == here - 1:  # type: ignore[attr-defined]
            named_between = named_between or t.ent_type_ == "PERSON" or t.lower_ in _THIRD_PERSONS
            if i >= 0 and reg.tok_sent[i] == here - 2 and not named_between:  # type: ignore[attr-defined]
                # a sentence naming no one between ("X asked Sir Keir whether he … . The prime minister laughed.
                # "…," he said."): the question before it still counts
                reach = here - 2
        if t.pos_ != "VERB":
            continue
        objs = [c for c in t.children if c.dep_ in ("dobj", "dative", "iobj")]
        objs += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        to_them = any(o.lower_ == pronoun for o in objs)
        asking = t.lower_ in QUESTION_FORMS
        if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children):
            continue  # "asked him to stand": a request
        if asking and _questioning(t):
            agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            asked = [c for c in t.children if c.dep_ == "nsubjpass"]
            if agent and asked and not _other_gender(reg, asked[0], gender):
                # "Lammy was challenged by Krishnan Guru-Murthy over arms sales. He insisted …": not the one asking
                # (unless the one asked cannot be "he": "Priya Shah was questioned by Tom Reed. He accused her …")
                out.update(k for g in agent for k in range(g.left_edge.i, g.right_edge.i + 1))
                continue
            if answering and any(o.ent_type_ == "PERSON" and _first_name_gender(_span(o), both=None) in (None, gender)
                                 for o in objs):
                to_them = True  # "Warren pressed Jamie Dimon on fees. He replied …" (with "he said" Warren may go on)
            if _asked_about(t, tok.lower_):
                to_them = True  # "Host Jake Tapper asked whether he would back the bill. He said …": the one asked about
        if not (asking and to_them or answering and (asking or to_them)):
            continue
        for s in t.children:
            if s.dep_ == "nsubj":
                out.update(range(s.left_edge.i, s.right_edge.i + 1))
    return out


#: Third-person pronouns of one person, which name someone in a sentence as a name would.
_THIRD_PERSONS = frozenset(("he", "she", "him", "her", "his"))


def _asked_about(verb, pronoun: str) -> bool:
    """Is the subject of the question a verb puts (`asked whether he would …`, `asked Phil Murphy if he …`) the
    pronoun `pronoun` ("he", "she"): someone other than the one asking, so never the one who asks?"""
    return any(c.dep_ in ("ccomp", "advcl") and c.i > verb.i
               and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
               and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == pronoun for g in c.children)
               for c in verb.children)


def _replied_to(frame: Frame, reg: Registry, tok, prev_speakers, here: int, gender: str | None) -> tuple[int, int] | None:
    """The last speaker's token and entity, when the "he" or "she" `tok` answers that speaker's turn: `"That's a
    cover-up," Barrett said. He replied that …` (one does not reply to oneself). The pronoun is the subject of a verb
    of answering (words/answer_verbs.txt) or of "shot back", "hit back" (words/retort_verbs.txt) with no "to" of its
    own ("He responded to the criticism" may be the same one); the last speaker is a person who spoke in one of the
    two sentences before (in the pronoun's own, "Trump said he responded: …" is Trump's account); and no question
    was put to anyone since (`"…," Smith said. Asked about it, he replied …`; `I asked him whether …. He replied …`:
    the one asked answers)."""
    if gender is None or tok.dep_ != "nsubj" or not prev_speakers:
        return None
    verb = tok.head
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" and c.i == verb.i + 1 for c in verb.children)
    if not (verb.lower_ in ANSWER_FORMS or back and verb.lower_ in RETORT_FORMS):
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return None
    tok_i, r = prev_speakers[-1]
    if r.kind != "person" or not r.name or not here - 2 <= reg.tok_sent[tok_i] < here:  # type: ignore[attr-defined]
        return None  # (in its own sentence, "Trump said he responded: …" is Trump's own account)
    doc = tok.doc
    end = max(tok.sent.end, verb.i + 1)
    if any(doc[k].lower_ in QUESTION_FORMS and frame.tok_quote[k] < 0 for k in range(tok_i + 1, end)):
        return None
    ei = reg.person(r.name, tok_i, gender)
    if ei is None:
        return None
    return tok_i, ei


def _other_gender(reg: Registry, noun, gender: str) -> bool:
    """Is the phrase `noun` heads a person of the other gender (a name in it the registry knows the gender of)?"""
    genders = {reg.entities[reg.at[k].entity].gender for k in range(noun.left_edge.i, noun.right_edge.i + 1)
               if k in reg.at and reg.entities[reg.at[k].entity].kind == "person"}
    return bool(genders) and gender not in genders and None not in genders


def _span(tok) -> str:
    """The words of the phrase `tok` heads."""
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text


def _questioning(verb) -> bool:
    """Does a verb of questioning put a question (`asked Lammy whether …`, `asked him about …`, `pressed Lammy on …`),
    not a favour (`asked Congress for money`)? Every such verb but "ask" does."""
    if QUESTION_FORMS.get(verb.lower_) != "ask":
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("about", "on", "over", "regarding") or c.dep_ in ("ccomp", "advcl")
               and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") or g.tag_ in ("WDT", "WP", "WRB")
                       for g in c.children)
               for c in verb.children)


def _passive_agent(tok) -> bool:
    """The agent of a passive ("Rubio was asked by moderator Gerard Baker"): the speaker of what was asked, but
    not the one the sentence is about."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"


def _speaks_here(frame: Frame, speaker: tuple[int, Resolved], here_tok: int) -> bool:
    """Is the speaker (at token `speaker[0]`) in the paragraph of `here_tok`, or in the one before it ending with a
    colon, or named there as a subject ("Wallnau wrote:"; not "stories about Mike, and here's mine:")?"""
    speaker_tok, said = speaker
    para = frame.tok_para[here_tok]
    if frame.tok_para[speaker_tok] == para:
        return True
    i = here_tok
    while i > 0 and (frame.tok_para[i] == para or frame.doc[i].is_space):
        i -= 1
    if frame.tok_para[i] != para - 1 or frame.doc[i].text != ":":
        return False
    if frame.tok_para[speaker_tok] == para - 1:
        return True
    words = set((said.name or "").lower().split())
    while i > 0 and frame.tok_para[i] == para - 1:
        if frame.doc[i].lower_ in words and frame.doc[i].dep_ in ("nsubj", "nsubjpass") and frame.tok_quote[i] < 0:
            return True
        i -= 1
    return False


def _main_subject(tok) -> bool:
    """The first subject of its sentence, the one it is about ("He would like ...", not "the ideas Sanders
    championed"; the parser's root is no guide in long sentences)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and not any(t.dep_ in ("nsubj", "nsubjpass")
                                                          for t in tok.doc[tok.sent.start:tok.i])


def _chain_pronoun(frame: Frame, cand: int, here_tok: int, low: str) -> int | None:
    """The last "he" ("she") opening a sentence between a candidate that is not its own sentence's first subject
    (token `cand`) and the pronoun at `here_tok`, from the candidate's sentence on; None when the candidate is
    that subject or no such pronoun stands between."""
    doc = frame.doc
    if _main_subject(doc[cand]):
        return None
    for i in range(here_tok - 1, doc[cand].sent.start - 1, -1):
        t = doc[i]
        if t.lower_ == low and frame.tok_quote[i] < 0 and _opens_sentence(t):
            return i
    return None


_OPENERS = frozenset(("ADV", "CCONJ", "PUNCT", "SPACE", "INTJ"))


def _opens_sentence(tok) -> bool:
    """A subject its sentence opens with, after no more than adverbs and conjunctions ("He would like ...", "But
    then, he said, ..."), not one inside a clause before the main one ("After ... persuade voters that he ...")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and all(t.pos_ in _OPENERS for t in tok.doc[tok.sent.start:tok.i])


_PLURAL_TAGS = ("NNS", "NNPS")
_AGENT_NOUNS = GROUP_NOUNS | ORG_NOUNS | OFFICIAL_NOUNS | GOVERNMENT_NOUNS


def _counted_subject_above(frame: Frame, tok_i: int) -> bool:
    """Is the "they" at `tok_i` the subject of what a group said, thought or felt, a group the text counts or
    describes but does not name ("29 percent (and 43 percent of Republicans) said they believe ...", "Liberals got
    mad because they didn't think ...")? Then "they" is that group, never the last group that spoke."""
    doc = frame.doc
    verb = doc[tok_i].head
    if doc[tok_i].dep_ != "nsubj" or verb.dep_ not in ("ccomp", "advcl"):
        return False
    above = verb.head
    subj = next((c for c in above.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.i < tok_i and frame.tok_quote[subj.i] < 0 and subj.pos_ in ("NOUN", "PROPN", "NUM")
            and (subj.ent_type_ in ("PERCENT", "CARDINAL") or partitive_group(subj) is not None or people_noun(subj)))


def _described_person_above(frame: Frame, tok_i: int, gender: str) -> SpeakerRef | None:
    """The subject of the nearest clause above the pronoun's own in its sentence, when it is a definite description
    of one person of no other gender ("The Christian speaker shared ... that he believes"); None for anyone else."""
    doc = frame.doc
    if doc[tok_i].dep_ != "nsubj":
        return None
    for a in doc[tok_i].head.ancestors:
        subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if (subj.i >= tok_i or frame.tok_quote[subj.i] >= 0 or not _describes_person(subj, gender)
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)):
            return None
        ref = speaker_ref(frame, subj.i)
        return ref if ref is not None and not ref.pronoun and ref.kind in ("person", "unknown") else None
    return None


def _relative_antecedent(frame: Frame, tok_i: int) -> SpeakerRef | None:
    """The person named (a proper noun) whose relative clause, opened by "who" as its subject, holds the subject
    pronoun at `tok_i` ("Bernie Sanders, who did not like provisions that he thought would displace workers"), when
    no clause between them has a subject of its own but the pronoun; else None."""
    doc = frame.doc
    if doc[tok_i].dep_ != "nsubj":
        return None
    for a in doc[tok_i].head.ancestors:
        if a.dep_ == "relcl" and a.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in a.children):
            head = a.head
            if head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or head.i > tok_i or frame.tok_quote[head.i] >= 0:
                return None
            ref = speaker_ref(frame, head.i)
            return ref if ref is not None and not ref.pronoun else None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok_i for c in a.children):
            return None  # a clause with a subject of its own between: the pronoun may be anyone's
    return None


def _subject_above(frame: Frame, tok_i: int, plural: bool) -> SpeakerRef | None:
    """The subject, before token `tok_i` ("it", "they"), of the nearest clause above the pronoun's own, when it
    is an organisation or a group of the pronoun's number; None when that subject is anyone or anything else."""
    doc = frame.doc
    verb = doc[tok_i].head
    for a in verb.ancestors:
        subj = next((c for c in a.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.i >= tok_i or frame.tok_quote[subj.i] >= 0 or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        agent = subj.ent_type_ in ("ORG", "NORP") or subj.lower_ in _AGENT_NOUNS  # not "issues", "efforts"
        if not agent or (subj.tag_ in _PLURAL_TAGS) != plural and not (plural and subj.ent_type_ in ("ORG", "NORP")):
            return None
        ref = speaker_ref(frame, subj.i)
        return ref if ref is not None and not ref.pronoun else None
    return None
