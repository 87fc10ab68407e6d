"""Stage 2a: a person's name the tagger cut at a particle of the surname, joined back ("Ursula von der" + "Leyen"),
or before the proper noun it hangs on ("Dr Ana" + "Ruiz").

The tagger knows "von der" only as words, and often ends the name before the capitalised word that closes it, which
it then takes for a place ("Leyen", GPE). The speaker would read "Ursula von der".
"""
from __future__ import annotations

from bot.claims.lexicon import NAME_PARTICLES, ORG_NOUNS, ORG_WORDS


def _name_end(doc, ent) -> int:
    """Where `ent`, a person's name, really ends: past the particles it ends with or that follow it, when a
    capitalised word on the same line closes them ("Ursula von der" + "Leyen", "Charles" + "de Gaulle")."""
    j = ent.end
    while j < len(doc) and doc[j].text in NAME_PARTICLES and "\n" not in doc[j - 1].whitespace_:
        j += 1
    if not (j > ent.end or doc[ent.end - 1].text in NAME_PARTICLES) or j >= len(doc):
        return ent.end
    last = doc[j]
    if (not last.is_alpha or not last.is_title or last.ent_type_ == "PERSON" or "\n" in doc[j - 1].whitespace_
            or not doc[j - 1].whitespace_):
        return ent.end
    return j + 1


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


def join_name_particles(doc) -> None:
    """Extend, in place, each person's name that stops at a particle of the surname ("von der", "de", "van")."""
    ents = list(doc.ents)
    changed = False
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        end = max(_name_end(doc, ent), _head_after(doc, ent)) if ent.label_ == "PERSON" else ent.end
        if end != ent.end:
            changed = True
            out.append(doc[ent.start:end])
            out[-1].label_ = "PERSON"
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1  # the piece the tagger took for something else ("Leyen", GPE) is part of the name
        else:
            out.append(ent)
        i += 1
    if changed:
        doc.ents = out
