"""Word lists the rule stages use, loaded from the data files in `bot/claims/words/`.

Each list is a text file, one entry per line (`#` starts a comment line), named after the
constant in lower case (`REPORTING_VERBS` <- `reporting_verbs.txt`). This module only loads
them and builds lookup tables; what each list means is written at the top of its file.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

WORDS_PACKAGE = "bot.claims"
WORDS_FOLDER = "words"


def read_words(name: str) -> tuple[str, ...]:
    """The entries of `words/<name>.txt`, in file order (blank and `#` lines skipped)."""
    text = resources.files(WORDS_PACKAGE).joinpath(WORDS_FOLDER, f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def word_set(name: str) -> frozenset[str]:
    return frozenset(read_words(name))


REPORTING_VERBS = read_words("reporting_verbs")
IRREGULAR_FORMS = dict(line.split() for line in read_words("irregular_forms"))
INFINITIVE_VERBS = word_set("infinitive_verbs")
OBJECT_VERBS = word_set("object_verbs")
CLAIM_NOUNS = word_set("claim_nouns")
SECTION_LABELS = word_set("section_labels")  # "FACT CHECK:", "THE LATEST:": no speaker's turn
INTERVIEWER_NOUNS = word_set("interviewer_nouns")  # "senior writer Michael Grunwald": who asks, not answers
TURN_MARKS = word_set("turn_marks")
EVENT_TURN_MARKS = word_set("event_turn_marks")
TAIL_STOPS = word_set("tail_stops")
REFUSAL_VERBS = word_set("refusal_verbs")
WITHHELD_VERBS = word_set("withheld_verbs")
ANONYMITY_PHRASES = read_words("anonymity_phrases")
CHANNEL_VERBS = {verb: via.capitalize() for verb, via in (line.split(maxsplit=1) for line in read_words("channel_verbs"))}
NOT_SPEAKERS = word_set("not_speakers")
FOUND_STATES = word_set("found_states")  # "found him collapsed": a discovery, no claim
CHANNEL_NOUNS = word_set("channel_nouns")
CHANNEL_NAMES = word_set("channel_names")
PLACE_NAMES = word_set("place_names")  # "Kyiv", "Khartoum": a place, though tagged a person
PLATFORM_FEATURES = word_set("platform_features")  # "Instagram Live", "Truth Social"
CHANNEL_PREPS = word_set("channel_preps")
CHANNEL_PARTICIPLES = word_set("channel_participles")
GROUP_NOUNS = word_set("group_nouns")
PARTITIVE_WORDS = word_set("partitive_words")
PEOPLE_NOUNS = word_set("people_nouns")
NAMING_VERBS = word_set("naming_verbs")
ORG_NOUNS = word_set("org_nouns")
SPOKES_NOUNS = word_set("spokes_nouns")
INSTITUTION_NOUNS = word_set("institution_nouns")  # "a school spokesperson": the school's
ORG_OF_HEADS = word_set("org_of_heads")  # "the Diocese of Westminster": one name
GO_BETWEEN_NOUNS = word_set("go_between_nouns")
TITLE_CUES = word_set("title_cues")
TITLE_ABBREVIATIONS = tuple(w.capitalize() for w in read_words("title_abbreviations"))  # "Capt.": bot.claims.nlp
HONORIFICS = word_set("honorifics") | {w.lower() for w in TITLE_ABBREVIATIONS}  # every abbreviated title too
HONORIFIC_STEMS = frozenset(w.rstrip(".") for w in HONORIFICS)  # "sen", "gen", "dr": as written without a point
#: Styles of the clergy before a name ("The Rt Rev"), as word tuples, the longest first.
CHURCH_STYLES = tuple(sorted((tuple(line.split()) for line in read_words("church_styles")), key=len, reverse=True))
FEMALE_WORDS = word_set("female_words")
MALE_WORDS = word_set("male_words")
FEMALE_NAMES = word_set("female_names")
MALE_NAMES = word_set("male_names")
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES  # listed first names of either
ORG_WORDS = word_set("org_words")
JOINT_ORG_HEADS = word_set("joint_org_heads")  # "Avon and Somerset Police": one name joined by "and"
PORTFOLIO_WORDS = word_set("portfolio_words")  # "Department for Energy Security and Net Zero": one name
ORG_COUNTRIES = word_set("org_countries")  # "Age UK", "Sport England": a national body named for its country
OFFICIAL_NOUNS = word_set("official_nouns")
OWNER_PEOPLE = word_set("speaks_for_owner")  # people; with the records below, all that speak for an owner
SPEAKS_FOR_OWNER = OWNER_PEOPLE | word_set("owner_records")
FORMER_WORDS = word_set("former_words")
TITLE_PREFIXES = word_set("title_prefixes")
MANNER_NORMS = word_set("manner_norms")  # "made according to the law": in accordance with it, no source
OFFICE_RANKS = word_set("office_ranks")  # "the shadow chancellor" is not the Chancellor
NAME_PARTICLES = word_set("name_particles")
#: Particles naming a woman as her father's daughter ("Nurul Izzah binti Anwar"): the father's name after them is no
#: surname of hers.
PATRONYMIC_PARTICLES = frozenset(("binti", "bint"))
ROYAL_STYLES = word_set("royal_styles")  # "King Charles": part of the name
TERRITORIAL_STYLES = word_set("territorial_styles")  # "The Duke of Sussex": a title of its own, as written
KINSHIP_NOUNS = {noun: None if gender == "-" else gender for noun, gender in map(str.split, read_words("kinship_nouns"))}
SPOUSE_TITLES = word_set("spouse_titles")
NAME_DESCRIPTIONS = word_set("name_descriptions") | word_set("player_descriptions")  # "Grandmother Pat Wilkins"
TITLE_SYNONYMS = {word: frozenset(line.split()) for line in read_words("title_synonyms") for word in line.split()}
HEADLINE_VERBS = word_set("headline_verbs")
GOVERNMENT_NOUNS = word_set("government_nouns")
EPITHET_NOUNS = word_set("epithet_nouns")  # "the Dutchman", "the Spaniard"
UTTERANCE_NOUNS = word_set("utterance_nouns")  # "The senator's response": the senator's words
AUDIENCE_NOUNS = word_set("audience_nouns")  # "told the inquest she had been alone": a clause told them
LAWYER_NOUNS = word_set("lawyer_nouns")  # "Reyes's lawyer", "whose attorneys": never the client
OCCUPATION_NOUNS = word_set("occupation_nouns")  # "The senior midwife said ... she said": a person described
EPITHET_ROLE_NOUNS = word_set("epithet_role_nouns")  # "the 24-year-old striker", "the two-time MVP"
PARTY_EPITHETS = dict(line.split() for line in read_words("party_epithets"))  # "republican" -> "r"
DESCRIPTION_ORG_KINDS = dict(line.split() for line in read_words("description_org_kinds"))
LED_BY_ROLES = dict(line.split() for line in read_words("led_by_roles"))  # "led by X": X is its leader
NAME_ORG_KINDS = dict(line.split() for line in read_words("name_org_kinds"))
POST_NOMINALS = {line.split()[0]: line.endswith(" office") for line in read_words("post_nominals")}  # "kc": False
NAME_HONORIFICS = word_set("name_honorifics")  # used by store.identity to normalise names
ARTICLE_SIGNAL_WORDS = read_words("article_signal_words")  # used by handlers.common to tell articles from chatter


def _regular_forms(base: str) -> list[str]:
    forms = [base]
    if base.endswith("e"):
        forms += [base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms += [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms += [base + "es", base + "ed", base + "ing"]
    else:
        forms += [base + "s", base + "ed", base + "ing"]
        if len(base) > 2 and base[-1] in "bdgmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou" and base not in {"answer", "counter", "question", "mention", "whisper", "posit", "order", "offer"}:
            forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


def forms_table(bases: tuple[str, ...]) -> dict[str, str]:
    """Inflected form (lower case) -> base form, for every verb in `bases` (first base wins)."""
    table: dict[str, str] = {}
    for base in bases:
        for form in _regular_forms(base):
            table.setdefault(form, base)
    for form, base in IRREGULAR_FORMS.items():
        if base in bases:
            table[form] = base
    return table


CAUSATIVE_FORMS = forms_table(read_words("causative_verbs"))  # inflected form -> base
AUTHORSHIP_FORMS = forms_table(read_words("authorship_verbs"))  # "wrote" -> "write", "issued" -> "issue"
SENDING_FORMS = forms_table(read_words("sending_verbs"))
ADDRESSEE_FORMS = forms_table(read_words("addressee_verbs"))  # inflected form -> base
READING_FORMS = forms_table(read_words("reading_verbs"))  # "reads" -> "read", "began" -> "begin"
READING_NOUNS = word_set("reading_nouns")
PERCEPTION_FORMS = forms_table(read_words("perception_verbs"))  # "watching" -> "watch", "saw" -> "see"
EXPERIENCER_FORMS = forms_table(read_words("experiencer_verbs"))  # "surprised" -> "surprise"
EVIDENCE_FORMS = forms_table(read_words("evidence_verbs"))  # "showed" -> "show"
ANSWER_FORMS = forms_table(read_words("answer_verbs"))  # "replied" -> "reply"
QUESTION_FORMS = forms_table(read_words("question_verbs"))  # "asked" -> "ask", "pressed" -> "press"
QUOTING_FORMS = forms_table(read_words("quoting_verbs"))  # "quoted X as saying": "quoted" -> "quote"


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Inflected form (lower case) -> base form, for every reporting verb."""
    return forms_table(REPORTING_VERBS)


def reporting_base(word: str) -> str | None:
    """The base form if `word` is a form of a reporting verb, else None."""
    return verb_forms().get(word.lower())


QUOTE_MANNER_FORMS = forms_table(read_words("quote_manner_verbs"))  # "fumed" -> "fume": beside a quotation only


def quote_verb_base(word: str) -> str | None:
    """The base form if `word` is a form of a verb that tags a quotation: a reporting verb, or a verb of manner
    (`"Q," fumed Noel Gallagher`; words/quote_manner_verbs.txt), else None."""
    return verb_forms().get(word.lower()) or QUOTE_MANNER_FORMS.get(word.lower())
