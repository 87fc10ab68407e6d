"""Synthetic quote text for the store benchmark, with the word statistics of real quotes.

Until 2026-11-30 `bench/store.py` drew every quote's words uniformly from ~60
words, so each word was in ~10% of all claims: every full-text look-up matched
a tenth of the log, which no real log does. Now:

- words are drawn with the frequencies they have in real quotes (the quoted
  content of every annotated attribution in PolNeAR train + dev and the dev
  articles under ../shared, ~22,000 quotes, when it is there; else the built-in
  fallback: the 5,000 most frequent English words with `wordfreq`'s
  frequencies). Both are Zipf-like: "the" is in most quotes, most words are rare;
- quote lengths follow the real quotes' lengths (median 11 words, a long tail:
  p95 ~46), clipped to 3..80 words;
- words of one story go together: each synthetic article takes one real
  article's quotes as its topic (fallback: a random set of 60 mid-frequency
  words), and about 40% of each quote's words come from the topic's own
  word counts, so quotes in articles on the same topic share their rarer words (as
  in a news cycle) instead of being independent draws. Topics repeat across the
  synthetic articles (~900 real articles for 50,000 synthetic ones), which makes
  the log's rarer words less rare than independent draws would.

Benchmarks only: the project never reads ../shared at run time.
"""
from __future__ import annotations

import bisect
import itertools
import json
import random
from collections import Counter
from pathlib import Path

from wordfreq import top_n_list, word_frequency

from bot.neardup import words

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
POLNEAR = SHARED / "bench" / "polnear"
TOPIC_SHARE = 0.4  # share of a quote's words drawn from its article's topic
MIN_WORDS, MAX_WORDS = 3, 80
FALLBACK_WORDS = 5000
FALLBACK_LENGTHS = [2, 4, 6, 8, 9, 11, 13, 16, 20, 24, 29, 36, 46, 74]  # real quotes' length percentiles, 0..99


class _Sampler:
    """Draws from a Counter with its frequencies (cumulative weights, bisect)."""

    def __init__(self, counts: Counter) -> None:
        self.items = list(counts)
        self.cum = list(itertools.accumulate(counts[w] for w in self.items))

    def draw(self, rng: random.Random, k: int) -> list[str]:
        total = self.cum[-1]
        return [self.items[bisect.bisect_right(self.cum, rng.random() * total)] for _ in range(k)]


def _real_quotes() -> list[list[str]]:
    """Each real article's quotes (as texts), or [] when ../shared is not there."""
    out: list[list[str]] = []
    for name in ("polnear_train.jsonl", "polnear_dev.jsonl"):
        path = POLNEAR / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    qs = [q["quote"] for q in json.loads(line)["quotes"] if q.get("quote")]
                    if qs:
                        out.append(qs)
    for path in sorted((SHARED / "dev-articles").glob("*.json")):
        qs = [c["quote"] for c in json.loads(path.read_text(encoding="utf-8")).get("claims", []) if c.get("quote")]
        if qs:
            out.append(qs)
    return out


class QuoteText:
    """`quote(rng, topic)`: a synthetic quote; `topic(rng)`: a topic for one article."""

    def __init__(self) -> None:
        articles = _real_quotes()
        if articles:
            self.source = f"real quotes ({sum(map(len, articles)):,} quotes of {len(articles)} articles under {SHARED})"
            per_article = [Counter(w for q in qs for w in words(q)) for qs in articles]
            overall: Counter = sum(per_article, Counter())
            self.lengths = sorted(len(words(q)) for qs in articles for q in qs)
            # real sentences nobody in the synthetic log said (its quotes are random draws of words)
            self.sentences = [q for qs in articles for q in qs if len(words(q)) >= 8]
        else:
            top = [w for w in top_n_list("en", FALLBACK_WORDS * 2) if words(w) == [w]][:FALLBACK_WORDS]
            self.source = f"fallback: wordfreq's {len(top):,} most frequent English words"
            overall = Counter({w: max(1, round(word_frequency(w, "en") * 1e7)) for w in top})
            mid = top[300:]
            topic_rng = random.Random(0)
            per_article = [Counter({w: 1 for w in topic_rng.sample(mid, 60)}) for _ in range(500)]
            self.lengths = FALLBACK_LENGTHS
            self.sentences = []
        self.overall = _Sampler(overall)
        self.topics = [_Sampler(c) for c in per_article]
        self.vocabulary = len(overall)

    def topic(self, rng: random.Random) -> _Sampler:
        return rng.choice(self.topics)

    def length(self, rng: random.Random) -> int:
        return max(MIN_WORDS, min(MAX_WORDS, rng.choice(self.lengths)))

    def quote(self, rng: random.Random, topic: _Sampler) -> str:
        n = self.length(rng)
        k = sum(rng.random() < TOPIC_SHARE for _ in range(n))
        ws = topic.draw(rng, k) + self.overall.draw(rng, n - k)
        rng.shuffle(ws)
        return " ".join(ws).capitalize() + "."

    def salad(self, rng: random.Random, n: int = 8) -> str:
        """Words nobody said together: n words of the whole vocabulary, by frequency."""
        return " ".join(self.overall.draw(rng, n))
