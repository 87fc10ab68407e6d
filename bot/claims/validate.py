"""Stage 6: validate speaker candidates.

A speaker shown to a reader is a person, an organisation, a group of people ("experts",
"officials") or a document whose owner is known. Anything else — punctuation, a number or a
date, a phrase longer than a name can be, the audience ("reporters"), evidence ("figures"),
a place or a thing, an unowned document ("the statement"), a piece of a title-cased headline
("Goldman Sachs Said She Raised Money For") — is rejected here, and the engine falls back to
the next-best candidate or to no speaker. The vocabulary is data: `words/non_agents.txt`,
`words/non_speaking_things.txt`,
`words/headline_words.txt`, `words/headline_links.txt`, `words/document_nouns.txt`, `words/event_nouns.txt`.
"""
from __future__ import annotations

import re

from bot.claims.lexicon import GIVEN_NAMES, HEADLINE_VERBS, NOT_SPEAKERS, reporting_base, word_set

#: A name or description longer than this is a clause the parser mistook for a subject.
MAX_SPEAKER_WORDS = 12

NON_AGENTS = word_set("non_agents")
THINGS = word_set("non_speaking_things")
#: Bare evidence nouns that say nothing about whose evidence it is ("figures show").
BARE_EVIDENCE = frozenset("figures figure data numbers number statistics stats".split())
HEADLINE_WORDS = word_set("headline_words")
HEADLINE_LINKS = word_set("headline_links")
DOCUMENT_NOUNS = word_set("document_nouns")
EVENT_NOUNS = word_set("event_nouns")

_WORD = re.compile(r"[^\W_][\w'’.-]*")
_DETS = frozenset("the a an this that these those its his her their our my your some several many both all".split())
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow""".split())
_PREPS = frozenset("of for at in from with on to by".split())


def head_word(phrase: str) -> str:
    """The head noun of an unnamed phrase: its last word before a preposition ("survey of members" -> survey)."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    for i, w in enumerate(words):
        if i and w in _PREPS:
            return words[i - 1]
    return words[-1] if words else ""


_AGE = re.compile(r"\d+-year(?:-olds?)?$")


def _numeric(w: str) -> bool:
    w = w.lower().strip(".")
    return any(ch.isdigit() for ch in w) or w in _MONTHS or w in ("percent", "per", "cent", "%")


def _brand(w: str) -> bool:
    """A capitalised word of letters in both cases and digits ("Jet2", "Jet2.com"): a name, no number (not "G7",
    "A66", "March"; a call sign in capitals, "NY1", "KX4", still cannot stand alone)."""
    return (w[:1].isupper() and any(ch.islower() for ch in w) and any(ch.isdigit() for ch in w)
            and w.lower().strip(".") not in _MONTHS)


def _is_number_or_date(words: list[str]) -> bool:
    """"73 percent", "March 3", "1,400" (but not "the 46-year-old", "a 2014 study" or "Jet2")."""
    if any(_AGE.match(w.lower()) for w in words):
        return False
    content = [w for w in words if w.lower() not in _DETS and w.lower() not in _PREPS]
    if not content or any(_brand(w) for w in content):
        return False
    if all(_numeric(w) for w in content):
        return True
    head = head_word(" ".join(words))
    low = [w.lower() for w in words]
    part = next((i for i, w in enumerate(low) if i and w in ("of", "in") and _numeric(low[i - 1])), None)
    if part is not None and any(w.endswith("s") and not _numeric(w) and w not in _DETS for w in low[part + 1:]):
        return False  # "20 percent of people", "nine in 10 voters": people counted
    return _numeric(head) and not any(w[:1].isupper() and not _numeric(w) for w in words)


def speaker_problem(name: str | None, kind: str = "unknown", direct: bool = True) -> str | None:
    """Why `name` cannot be shown as a speaker, or None when it can. `direct`: the claim is a
    direct quotation (words someone spoke or wrote), where a thing is never the speaker."""
    if not name or not name.strip():
        return "empty"
    words = _WORD.findall(name)
    if not words or not any(ch.isalpha() for ch in name):
        return "no letters"
    if len(words) > MAX_SPEAKER_WORDS:
        return "too long"
    if _is_number_or_date(words):
        return "number or date"
    if words[0] in ("whose", "who", "which"):
        return "not an agent"  # "whose cyber-mischief": a relative clause's words, never who spoke (the WHO is)
    if head_word(name) in EVENT_NOUNS and words[-1] in EVENT_NOUNS:
        return "an event"  # "US and North Korea summit talks", "the debate" (a lower-case head only)
    named = [w for w in words if w[:1].isupper() and w.lower() not in _DETS]
    if named:
        if (len(words) >= 2 and any(w.lower() in HEADLINE_WORDS for w in words[1:] if w[:1].isupper())
                and not (len(words) == 2 and words[0].lower() in GIVEN_NAMES)):  # "George Will", "Edward Said"
            return "headline fragment"
        if len(words) >= 3 and not name.isupper() and any(
                w.lower() in HEADLINE_LINKS and w[:1].isupper() and w[1:] == w[1:].lower()
                and not (k + 1 < len(words) and words[k + 1].islower()) and not _campaign_against(words, k)
                for k, w in enumerate(words) if k):
            # "Obama Administration To Expand Program"; never a letter that ends a name before a lower-case word, as
            # no title-cased line has ("the Serie A club")
            return "headline fragment"
        if len(words) == 1 and (words[0].lower() in NON_AGENTS or words[0].lower() in NOT_SPEAKERS
                                 or words[0].lower() in BARE_EVIDENCE):
            return "not an agent"  # "Advertisement", a sentence-initial "Figures", "MP"
        if kind == "group" and len(words) == 1 and words[0].lower().endswith(("an", "ic", "ish", "ese", "ch", "i")):
            return "an adjective"  # "Republican", "French": a nationality or party, not who spoke
        return None
    head = head_word(name)
    if len(head) <= 1 or "/" in name:
        return "not an agent"  # a unit ("km/h") or a stray letter
    if head in NON_AGENTS or head in NOT_SPEAKERS:
        return "not an agent"
    bare = [w for w in words if w.lower() not in _DETS]
    if head in THINGS and (direct or (len(bare) == 1 and head in BARE_EVIDENCE)):
        return "a thing"
    return None


def shorten(name: str) -> str | None:
    """A description over MAX_SPEAKER_WORDS cut back at a comma or before a preposition
    ("early results of exit polls conducted by Edison Research for the Associated Press and
    television networks" -> "early results of exit polls conducted by Edison Research")."""
    words = name.split(",")[0].split()
    if len(words) <= MAX_SPEAKER_WORDS:
        return " ".join(words) or None
    words = words[:MAX_SPEAKER_WORDS + 1]
    for i in range(len(words) - 1, 1, -1):
        if words[i].lower() in _PREPS or words[i].lower() in ("and", "or", "who", "which", "that"):
            if i <= MAX_SPEAKER_WORDS:
                return " ".join(words[:i])
    return None


def _campaign_against(words: list[str], k: int) -> bool:
    """`Mothers Against Drunk Driving`, `Surfers Against Sewage`: "Against" second in a group's name, after the plural
    of its members and before the capitalised words of its cause (a headline puts a verb before it)."""
    return (k == 1 and words[1] == "Against" and len(words) <= 5 and words[0][:1].isupper()
            and words[0].endswith("s") and all(w[:1].isupper() for w in words[2:]))


def headline_prefix(name: str) -> str | None:
    """The name at the start of a title-cased headline fragment ("Marco Rubio Responds To Question"
    -> "Marco Rubio"), or None when the fragment does not start with one."""
    words = name.split()
    for i, w in enumerate(words):
        low = w.lower().strip(".,:;")
        if w[:1].isupper() and (low in HEADLINE_WORDS or low in HEADLINE_VERBS or low in HEADLINE_LINKS or
                                      (low.endswith(("s", "ed")) and reporting_base(low))):
            prefix = " ".join(words[:i])
            return prefix if prefix and speaker_problem(prefix) is None else None
    return None


def event_parties(name: str) -> str | None:
    """The named parties of an event ("The US and North Korea summit talks" -> "US and North Korea"), or None
    when no name stands before the event's nouns or a possessor stands between them ("The Catholic bishops'
    conference" is the bishops', and "Catholic" no party)."""
    words = name.split()
    while words and words[0].lower() in _DETS:
        words = words[1:]
    run: list[str] = []
    for w in words:
        if not (w[:1].isupper() or (run and w.lower() in ("and", "&"))):
            break
        run.append(w)
    while run and run[-1].lower() in ("and", "&"):
        run.pop()
    if any(w.endswith(("'", "’", "'s", "’s")) for w in words[len(run):]):
        return None  # "The Catholic bishops' conference": the bishops' own, never "Catholic"
    parties = " ".join(run)
    return parties if run and speaker_problem(parties) is None else None


def is_valid_speaker(name: str | None, kind: str = "unknown", direct: bool = True) -> bool:
    return speaker_problem(name, kind, direct) is None
