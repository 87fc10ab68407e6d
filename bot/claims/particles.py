"""Stage 2a: a person's name the tagger cut at a particle of the surname, joined back ("Ursula von der" + "Leyen"),
or before the proper noun it hangs on ("Dr Ana" + "Ruiz"), at the hyphen of a romanised given name ("Moon Jae" +
"-in"), or after a first name it left out ("Mayor Sadiq" + "Khan"), or before a surname with a particle glued in lower
case ("Gail" + "deVore").

The tagger knows "von der" only as words, and often ends the name before the capitalised word that closes it, which
it then takes for a place ("Leyen", GPE). The speaker would read "Ursula von der". A Korean or Chinese given name
written with a hyphen ("Jae-in", "Kai-shek") is often cut before it, and "Moon said" would then be "Moon Jae".
"""
from __future__ import annotations

import re

from bot.claims.lexicon import (GIVEN_NAMES, HONORIFICS, NAME_DESCRIPTIONS, NAME_PARTICLES, ORG_NOUNS, ORG_WORDS,
                                PATRONYMIC_PARTICLES, ROYAL_STYLES)

#: One romanised Korean or Chinese syllable ("jae", "in", "myung", "yeol", "loong", "shek"), not an English word
#: glued to a name ("Trump-era", "Kim-led", "Obama-backed").
_SYLLABLE = re.compile(r"(?:[bcdghjklmnprstwy]|ch|gy|hs|hw|kk|kw|ph|sh|ss|th|ts|ch'|k'|p'|t')?"
                       r"[aeiouy]{1,3}(?:ng|n|k|l|m|p|t|r|hn)?")
#: English words of a syllable's shape that follow a name with a hyphen ("the Kim-run state").
_GLUED_WORDS = frozenset(("run", "era"))


def _syllable(word: str) -> bool:
    return bool(_SYLLABLE.fullmatch(word.lower())) and word.lower() not in _GLUED_WORDS


def _hyphen_end(doc, ent) -> int:
    """Where a name of two words or more really ends when the tagger cut it at the hyphen of a romanised given name:
    past "-" and a lower-case syllable glued to a last word that is one syllable too ("Moon Jae" + "-in")."""
    j = ent.end
    if len(ent) < 2 or j + 1 >= len(doc):
        return j
    last, dash, tail = doc[j - 1], doc[j], doc[j + 1]
    if (dash.text in ("-", "‑") and not last.whitespace_ and not dash.whitespace_ and last.is_title
            and tail.is_alpha and tail.is_lower and not tail.ent_type_ and _syllable(last.text) and _syllable(tail.text)):
        return j + 2
    return j


def _particle(tok) -> bool:
    """A particle of a surname, in lower case ("von", "der") or capitalised ("Al Thani")."""
    return tok.lower_ in NAME_PARTICLES and (tok.is_lower or tok.is_title)


#: The Arabic article a hyphen glues to a surname ("el-Sisi", "al-Sharaa").
_ARTICLES = frozenset(("al", "el"))


def _article_end(doc, j: int) -> int | None:
    """The end of "el-Sisi" from token j ("el", "-", "Sisi" on one line, glued), else None."""
    if j + 2 >= len(doc) or doc[j].lower_ not in _ARTICLES or doc[j + 1].text not in ("-", "‑"):
        return None
    word = doc[j + 2]
    if (doc[j].whitespace_ or doc[j + 1].whitespace_ or not word.is_alpha or not word.is_title
            or word.ent_type_ == "PERSON" or "\n" in doc[j - 1].whitespace_):
        return None
    return j + 3


def _name_end(doc, ent) -> int:
    """Where `ent`, a person's name, really ends: past the particles it ends with or that follow it, when a
    capitalised word on the same line closes them ("Ursula von der" + "Leyen", "Charles" + "de Gaulle"), or past the
    Arabic article glued to the surname ("Abdel Fattah" + "el-Sisi")."""
    j = ent.end
    if j < len(doc) and doc[j - 1].whitespace_:
        article = _article_end(doc, j)
        if article is not None:
            return article
    while j < len(doc) and _particle(doc[j]) and "\n" not in doc[j - 1].whitespace_:
        j += 1
    if not (j > ent.end or _particle(doc[ent.end - 1])) or j >= len(doc):
        return _hyphen_end(doc, ent)
    last = doc[j]
    if (not last.is_alpha or not last.is_title or last.ent_type_ == "PERSON" or "\n" in doc[j - 1].whitespace_
            or not doc[j - 1].whitespace_ or not doc[j - 1].is_lower and last.ent_type_):
        return ent.end
    return j + 1


#: A surname written with its particle glued and in lower case before a capital ("deVore", "deGrasse", "duPont").
_GLUED_PARTICLE = re.compile(r"(?:de|di|da|du|la|le|van|von|del|della|dos)[A-Z][a-z]+")


def _glued_particle_end(doc, ent) -> int:
    """Where `ent`, a person's name, really ends when the tagger left out a surname that opens with a glued particle
    in lower case ("said Gail" + "deVore"): past that word, on the same line and of no entity."""
    j = ent.end
    if j >= len(doc) or not doc[j - 1].whitespace_ or "\n" in doc[j - 1].whitespace_:
        return j
    word = doc[j]
    return j + 1 if not word.ent_type_ and _GLUED_PARTICLE.fullmatch(word.text) else j


def _head_after(doc, ent) -> int:
    """Where `ent`, a person's name, really ends when the tagger cut it before the proper noun it hangs on ("said
    study leader Dr Ana" + "Ruiz": "Ana" a compound of "Ruiz", which no entity holds): past that word."""
    j = ent.end
    if j >= len(doc) or len(ent) > 2:
        return ent.end  # (a longer run is most often a title-case headline: "George Zimmerman Auctioning Off" + "Gun")
    last, nxt = doc[j - 1], doc[j]
    if (last.dep_ == "compound" and last.head.i == j and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.is_title
            and not nxt.ent_type_ and last.whitespace_ == " " and nxt.lower_ not in ORG_WORDS
            and nxt.lower_ not in ORG_NOUNS and nxt.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj", "conj")):
        return j + 1
    return ent.end


def _name_start(doc, ent) -> int:
    """Where a one-word person's name really starts when the tagger left out the first name before it: a capitalised
    proper noun of no entity compounded with it, after a title ("London Mayor Sadiq" + "Khan": not "Khan", whom an
    Imran Khan named before would take) or itself a listed first name; never a title ("Majority Leader McConnell").
    A royal style the tagger left out is part of the name too ("King" + "Charles", "Crown Prince" + "Mohammed"), and so
    is a given name left out before a surname's particle ("Prince Abdulaziz" + "bin Salman")."""
    i = _royal_start(doc, ent.start)
    if i != ent.start:
        return i
    if len(ent) > 1 and _particle(doc[i]) and doc[i].is_lower and i > 0:
        # "Prince Abdulaziz" + "bin Salman": a name the tagger began at the surname's particle, the given name left
        # out before it (and the royal style before that)
        first = doc[i - 1]
        if (first.pos_ == "PROPN" and not first.ent_type_ and first.is_alpha and first.is_title
                and first.whitespace_ == " " and first.dep_ in ("compound", "flat") and ent.start <= first.head.i < ent.end
                and first.lower_ not in HONORIFICS):
            return _royal_start(doc, i - 1)
        return i
    given = _given_names_start(doc, ent)
    if given != i:
        return given
    if len(ent) != 1 or i < 2:
        return i
    first, before = doc[i - 1], doc[i - 2]
    if not _bare_word_before(doc, i) or first.lower_ in HONORIFICS:
        return i
    if before.lower_ in HONORIFICS and before.is_title or first.lower_ in GIVEN_NAMES:
        return i - 1
    return i


def _left_out_word(doc, k: int, end: int) -> bool:
    """Is token k a given name the tagger left out before a person's name that ends at `end`: a capitalised proper
    noun of no entity, on the same line, compounded with a word of the name, and no title, description, party or
    organisation's word? (A listed first name the tagger took for another part of speech too: "Gergely" an adverb.)"""
    t = doc[k]
    return ((t.pos_ == "PROPN" or t.lower_ in GIVEN_NAMES) and t.is_alpha and t.is_title and not t.ent_type_
            and t.whitespace_ == " "
            and (t.dep_ in ("compound", "flat") or t.pos_ != "PROPN" and t.dep_ in ("advmod", "amod", "nmod"))
            and k < t.head.i < end and t.lower_ not in HONORIFICS
            and t.lower_ not in NAME_DESCRIPTIONS and t.lower_ not in ORG_WORDS and t.lower_ not in ORG_NOUNS
            and t.lower_ not in ROYAL_STYLES)


def _given_names_start(doc, ent) -> int:
    """Where a person's name really starts when the tagger left out the given names before it ("Alberto" + "Núñez
    Feijóo", "Luiz" + "Inácio Lula da Silva", "Sy" + "Mamabolo", "Karl-Theodor" + "zu Guttenberg"): a run of
    capitalised proper nouns of no entity compounded with the name (a hyphenated given name is one; a lower-case
    particle may sit inside the run: "Luiz Inácio Lula" + "da" + "Silva"), from the farthest word that is a listed first
    name or that a title ends right before ("chief electoral officer Sy"; in capitals only before a one-word name);
    else the entity's start.
    A title ("Chief Minister"), a description ("Pensioner"), a party or an organisation's word stops the run."""
    i, lo, end = ent.start, ent.start, ent.end
    starts = []  # where each left-out word begins, nearest first
    while lo > 0:
        k = lo - 1
        if _particle(doc[k]) and doc[k].is_lower and k > 0 and doc[k].whitespace_ == " " and doc[k].head.i >= lo \
                and _left_out_word(doc, k - 1, end):
            k -= 1  # "Lula" + "da": the particle inside the run
        if (k >= 2 and doc[k - 1].text in ("-", "‑") and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
                and doc[k - 2].is_title and doc[k - 2].is_alpha and not doc[k - 2].ent_type_ and _left_out_word(doc, k, end)):
            k -= 2  # "Jean-Luc": one given name
        elif not _left_out_word(doc, k, end):
            break
        lo = k
        starts.append(k)
    for k in reversed(starts):  # the farthest start that a listed first name or a title before it opens
        word = "".join(t.text for t in doc[k:k + 3]).lower() if doc[k + 1].text in ("-", "‑") else doc[k].lower_
        if word in GIVEN_NAMES or doc[k].lower_ in GIVEN_NAMES \
                or k > 0 and doc[k - 1].lower_ in HONORIFICS and doc[k - 1].whitespace_ == " " \
                and (doc[k - 1].is_lower or len(ent) == 1):  # ("FBI General Counsel" + "James A. Baker": a title)
            return k
    return i


def _first_name_before(doc, ent) -> int:
    """Where a one-word name the tagger took for an organisation's or a place's starts when a listed first name of no
    entity is compounded with it ("Passenger Amanda" + "Reyes", ORG): at the first name, a person's name; else where
    it starts. Never a word of an organisation's name ("Amanda" + "Airways")."""
    i = ent.start
    if len(ent) != 1 or ent.label_ not in ("ORG", "GPE") or i < 1:
        return i
    first, word = doc[i - 1], doc[i]
    if (not _bare_word_before(doc, i) or first.lower_ not in GIVEN_NAMES
            or not word.is_alpha or not word.is_title or word.lower_ in ORG_WORDS or word.lower_ in ORG_NOUNS):
        return i
    return i - 1


def _bare_word_before(doc, i: int) -> bool:
    """Is the token before token i a capitalised proper noun of no entity, one space before it, that the parser made a
    compound of it (a word the tagger left out of the name at i)?"""
    first = doc[i - 1]
    return (first.pos_ == "PROPN" and not first.ent_type_ and first.is_alpha and first.is_title
            and first.whitespace_ == " " and first.dep_ == "compound" and first.head.i == i)


def _royal_start(doc, i: int) -> int:
    """Token i, or the start of the capitalised royal style right before it ("King Charles", "Crown Prince
    Mohammed"; words/royal_styles.txt), on the same line and outside any entity."""
    while (i > 0 and doc[i - 1].lower_ in ROYAL_STYLES and doc[i - 1].is_title and not doc[i - 1].ent_type_
           and doc[i - 1].whitespace_ == " "):
        i -= 1
    return i


def _surname_taken_for_org(doc, ent, nxt) -> bool:
    """Is `nxt`, the entity right after a person's name, the surname the tagger took for an organisation's
    ("Sri Mulyani" + "Indrawati", ORG): one capitalised word on the same line that the name's words hang on, and no
    word of an organisation's name ("Trump" + "University")?"""
    word = doc[nxt.start]
    return (len(nxt) == 1 and nxt.start == ent.end and nxt.label_ in ("ORG", "GPE") and word.is_alpha and word.is_title
            and doc[ent.end - 1].whitespace_ == " " and doc[ent.end - 1].head.i == word.i
            and word.lower_ not in ORG_WORDS)


def _name_cut_after_title(doc, ent, nxt) -> bool:
    """Is `nxt`, a person's name right after `ent` on the same line, the rest of a name the tagger cut after its
    first word ("Bishop Mariann" + "Edgar Budde")? `ent` is a title and one capitalised word, `nxt` one or two
    capitalised proper nouns, with one space between them."""
    if (nxt.label_ != "PERSON" or nxt.start != ent.end or len(ent) != 2 or not 1 <= len(nxt) <= 2
            or doc[ent.end - 1].whitespace_ != " "):
        return False
    title, first = doc[ent.start], doc[ent.start + 1]
    return (title.lower_ in HONORIFICS and title.is_title and first.is_title and first.is_alpha
            and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in nxt))


def _particle_surname_after(doc, ent, nxt) -> bool:
    """Is `nxt`, the person's name right after `ent`, a surname opening with a particle in lower case that the tagger
    split off ("Prince Abdulaziz" + "bin Salman"), on the same line?"""
    return (nxt.label_ == "PERSON" and nxt.start == ent.end and len(nxt) > 1 and _particle(doc[nxt.start])
            and doc[nxt.start].is_lower and doc[ent.end - 1].whitespace_ == " ")


def _patronym_after(doc, ent, nxt) -> bool:
    """Is `nxt`, a person's name one word after `ent`, her father's name after a patronymic particle the tagger left
    between them ("Nurul Izzah" + "binti" + "Anwar"), on the same line? One name: hers."""
    k = ent.end
    return (nxt.label_ == "PERSON" and nxt.start == k + 1 and doc[k].lower_ in PATRONYMIC_PARTICLES
            and doc[k].is_lower and doc[k - 1].whitespace_ == " " and doc[k].whitespace_ == " ")


def _name_split_in_two(doc, ent, nxt) -> bool:
    """Is `nxt`, a person's name right after the person's name `ent` with one space between them, the rest of one name
    the tagger cut in two ("Syed Murad" + "Ali Shah", "Sindh Chief Minister Syed Murad Ali Shah")? Every word of both is
    a capitalised proper noun, `ent` opens with a listed first name, and the parser hung each of its words on `nxt`'s
    (so no list of two names: "Tom Reed Jane Cole" is no such compound)."""
    if (nxt.label_ != "PERSON" or nxt.start != ent.end or doc[ent.end - 1].whitespace_ != " "
            or len(ent) + len(nxt) > 5 or doc[ent.start].lower_ not in GIVEN_NAMES):
        return False
    return (all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in (*ent, *nxt))
            and all(t.dep_ == "compound" and ent.start < t.head.i < nxt.end for t in ent))


def join_name_particles(doc) -> None:
    """Extend, in place, each person's name that stops at a particle of the surname ("von der", "de", "van") or at
    the hyphen of a romanised given name ("Moon Jae-in")."""
    ents = list(doc.ents)
    changed = False
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        end = (max(_name_end(doc, ent), _head_after(doc, ent), _glued_particle_end(doc, ent)) if ent.label_ == "PERSON"
               else ent.end)
        start = _name_start(doc, ent) if ent.label_ == "PERSON" else _first_name_before(doc, ent)
        if end == ent.end and ent.label_ == "PERSON" and i + 1 < len(ents) and (
                _surname_taken_for_org(doc, ent, ents[i + 1]) or _particle_surname_after(doc, ent, ents[i + 1])
                or _name_cut_after_title(doc, ent, ents[i + 1]) or _patronym_after(doc, ent, ents[i + 1])
                or _name_split_in_two(doc, ent, ents[i + 1])):
            end = ents[i + 1].end
        if end != ent.end or start != ent.start:
            changed = True
            out.append(doc[start:end])
            out[-1].label_ = "PERSON"
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1  # the piece the tagger took for something else ("Leyen", GPE) is part of the name
        else:
            out.append(ent)
        i += 1
    if changed:
        doc.ents = out
