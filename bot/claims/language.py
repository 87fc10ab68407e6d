"""Is this text English?  A cheap, dependency-free check.

Two signals over the first few thousand characters:

1. script: most letters must be Latin (so Russian, Chinese, Arabic, Korean...
   are rejected at once), and most non-space characters must be letters,
   digits or ordinary punctuation (so binary junk is rejected);
2. function words: the share of word tokens that are common English function
   words ("the", "of", "said", ...), compared with the same share for a few
   other Latin-script languages.  English prose scores ~0.35-0.5, name-heavy
   or machine-translated English still ~0.25, other languages < 0.1.

`detect_script_or_language` names what we think the text is, for a friendlier
"I can only read English" message.
"""
from __future__ import annotations

import re

__all__ = ["looks_english", "detect_script_or_language", "english_score"]

SAMPLE_CHARS = 5000
MIN_ENGLISH_SHARE = 0.20  # share of tokens that are English function words
MIN_LATIN_SHARE = 0.80  # share of letters that are Latin
MIN_CLEAN_SHARE = 0.70  # share of non-space chars that are letters/digits/ordinary punctuation

_SCRIPTS: dict[str, re.Pattern[str]] = {
    "Latin": re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"),
    "Cyrillic": re.compile(r"[\u0400-\u052f]"),
    "Greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "Hebrew": re.compile(r"[\u0590-\u05ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"),
    "Devanagari": re.compile(r"[\u0900-\u097f]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
    "Korean": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "Japanese": re.compile(r"[\u3040-\u30ff]"),  # kana; kanji count as Chinese characters
    "Chinese": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
}
_SCRIPT_NAMES = {
    "Cyrillic": "Russian (or another Cyrillic-script language)",
    "Greek": "Greek",
    "Hebrew": "Hebrew",
    "Arabic": "Arabic",
    "Devanagari": "Hindi (or another Devanagari-script language)",
    "Thai": "Thai",
    "Korean": "Korean",
    "Japanese": "Japanese",
    "Chinese": "Chinese",
}
_CLEAN_CHAR = re.compile(r"[\w.,;:!?'\"()\[\]{}\-–—/&%$€£@#*+=<>~`^|\\…‘’“”«»„‚·•°§]")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Most frequent function words per language (lower case).  Words shared between
# languages simply count for each; only English needs to win.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "English": frozenset(
        """the of and to in a is that for it as was with be by on not he i this are or his from at which
        but have an they you were her she there been has their one we all would will said says
        had its who more when if no out so up what about into than them can only other new
        some could time these two may then do first any my now such like our over also did
        after before because while where should those our him us through between against
        during under both each most very just how many did does being him me told according
        year years people government president minister officials official""".split()
    ),
    "German": frozenset(
        """der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
        werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum
        war haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom
        können schon wenn habe seine ihre dann unter wir soll ich eines jahr zwei jahren diese
        sagte""".split()
    ),
    "French": frozenset(
        """de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont
        avec ou son elle mais comme aux nous leur sa cette ont ses été aussi fait entre tout
        deux dont sans peut même après où très avait depuis lui être selon ces était
        a-t-il contre lors encore""".split()
    ),
    "Spanish": frozenset(
        """de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya
        o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde
        todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos
        qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella
        estar estas algunas algo nosotros dijo según fue ha han""".split()
    ),
    "Italian": frozenset(
        """di e il la che in a per un del non è una sono le con i da si al dei della come anche ma
        più nel delle alla gli lo ha questo degli sua suo dalla nella ci se o loro tra stato
        essere ancora dopo sul sulla tutti fatto questa hanno quando molto""".split()
    ),
    "Portuguese": frozenset(
        """de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao
        ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até
        isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha
        foram essa num nem suas meu às minha têm numa pelos elas havia seja qual será""".split()
    ),
    "Dutch": frozenset(
        """de en van het een in is dat op te zijn voor met die niet aan er om ook als bij dan
        of maar nog wel uit worden door naar heeft hij ze wordt over tot zich was zo kan
        deze dit wat al meer hun geen zal moet wij werd hebben jaar""".split()
    ),
}


def _sample(text: str) -> str:
    return text[:SAMPLE_CHARS] if isinstance(text, str) else ""


def _script_counts(sample: str) -> dict[str, int]:
    return {name: len(rx.findall(sample)) for name, rx in _SCRIPTS.items()}


def _word_shares(sample: str) -> tuple[int, dict[str, float]]:
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(sample)]
    if not tokens:
        return 0, {lang: 0.0 for lang in _FUNCTION_WORDS}
    n = len(tokens)
    return n, {lang: sum(1 for t in tokens if t in words) / n for lang, words in _FUNCTION_WORDS.items()}


def english_score(text: str) -> float:
    """Share of word tokens (in the sample) that are common English function words."""
    return _word_shares(_sample(text))[1]["English"]


def _is_junk(sample: str) -> bool:
    non_space = [c for c in sample if not c.isspace()]
    if not non_space:
        return True
    clean = sum(1 for c in non_space if _CLEAN_CHAR.match(c))
    return clean / len(non_space) < MIN_CLEAN_SHARE


def detect_script_or_language(text: str) -> str:
    """A human-readable guess: "English", "German", "Chinese", ... or "unknown"."""
    sample = _sample(text)
    if not sample.strip() or _is_junk(sample):
        return "unknown"
    counts = _script_counts(sample)
    letters = sum(counts.values())
    if letters == 0:
        return "unknown"
    script = max(counts, key=lambda k: counts[k])
    if script != "Latin" or counts["Latin"] / letters < MIN_LATIN_SHARE:
        if script == "Chinese" and counts["Japanese"]:
            return "Japanese"
        return _SCRIPT_NAMES.get(script, "unknown")
    n, shares = _word_shares(sample)
    if n == 0:
        return "unknown"
    best = max(shares, key=lambda k: shares[k])
    if shares[best] < 0.08:
        return "unknown"
    if best != "English" and shares["English"] >= MIN_ENGLISH_SHARE and shares["English"] >= shares[best] * 0.9:
        return "English"
    return best


def looks_english(text: str) -> bool:
    """True if `text` is (probably) English prose; cheap, no model needed."""
    sample = _sample(text)
    if not sample.strip() or _is_junk(sample):
        return False
    counts = _script_counts(sample)
    letters = sum(counts.values())
    if letters == 0 or counts["Latin"] / letters < MIN_LATIN_SHARE:
        return False
    n, shares = _word_shares(sample)
    if n == 0:
        return False
    en = shares["English"]
    if n < 8:  # a handful of words: one function word is enough, if nothing else fits better
        return en > 0 and en >= max(shares.values())
    if en < MIN_ENGLISH_SHARE:
        return False
    # another Latin-script language clearly fits better (shared words like "in", "a" count for both)
    return en >= 0.8 * max(shares.values())
