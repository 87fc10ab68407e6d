"""`check`: who said these words, first seen where and when — found through an edited wording, or not at all;
and how it asks FTS5 (rare words first, never a phrase for a word with an apostrophe)."""
from __future__ import annotations

from store import check as ck
from store.grouping import quote_key

from .conftest import ALL, claim, save

HOLLOWAY = "We have waited twenty years for this bridge, and now it will finally be built"
BENNETT = "The budget is a fantasy and the taxpayers will pay for it"



def _log(store, clock):
    save(store, "First story.", [claim("Jane Holloway", HOLLOWAY), claim("Marcus Bennett", BENNETT)],
          url="https://reuters.example/bridge", title="Bridge approved")
    clock.advance(days=2)
    save(store, "Second story.", [claim("Jane Holloway", HOLLOWAY)], url="https://times.example/bridge")
    save(store, "Third.", [claim("Priya Raman", "The structure is designed to last for more than a century")])


def test_an_edited_wording_still_finds_who_said_it_and_where_first(store, clock):
    _log(store, clock)
    (top, *_) = store.check("we've waited 20 years for this bridge and now it will be built at last", viewer=ALL)
    assert top.group.hit.speaker == "Jane Holloway"
    assert top.group.first.url == "https://reuters.example/bridge" and top.group.first.date == "2024-03-01"
    assert len(top.group.sources) == 2


def test_a_fragment_of_a_quote_finds_it(store, clock):
    _log(store, clock)
    assert store.check("taxpayers will pay for it", viewer=ALL)[0].group.hit.speaker == "Marcus Bennett"
    assert store.check("designed to last more than a century", viewer=ALL)[0].group.hit.speaker == "Priya Raman"


def test_words_nobody_said_are_not_in_the_log(store, clock):
    _log(store, clock)
    assert store.check("The harbour tunnel will be cheaper than any bridge", viewer=ALL) == []
    assert store.check("", viewer=ALL) == [] and store.check("!!! ???", viewer=ALL) == []
    assert store.check('" OR 1=1 --; NEAR(', viewer=ALL) == []  # words, never FTS syntax


def test_edited_wordings_found_among_more_matches_than_one_check_reads(store, clock):
    # More quotes share the query's words than a check reads (MAX_READ): the groups of the rarest words still
    # single out the quote, whether a word is dropped or replaced.
    filler = [claim("Lee Jones", f"The council said the bridge budget was a problem number {i}")
              for i in range(ck.MAX_READ + 50)]
    save(store, "Many council stories.", filler)
    _log(store, clock)
    dropped = "The budget is a fantasy and taxpayers will pay for it"
    replaced = "The budget is a fantasy and the voters will pay for it"
    for text in (dropped, replaced):
        (top, *_) = store.check(text, viewer=ALL)
        assert top.group.hit.speaker == "Marcus Bennett" and top.score >= 90


def test_a_lookup_of_common_words_alone_is_asked_once():
    # nothing rarer than "there", "was", "then": one query (it narrows little and reads long posting lists)
    assert len(ck._queries(quote_key("And then there was the one they had"))) == 1
    # rare words: groups of them, then pairs of the rarest four
    many = ck._queries(quote_key("The senator called the pipeline subsidy a scandalous giveaway to polluters"))
    assert len(many) > 3 and not any('"the"' in m for m, _ in many[1:])
def test_a_word_with_an_apostrophe_is_looked_up_by_its_longest_part_not_as_a_phrase():
    queries = [m for m, _ in ck._queries(quote_key("Trump’s frustration with the department's investment plans"))]
    assert queries and not any("'" in m or "’" in m for m in queries)
    assert '"trump"' in queries[0] and '"department"' in " ".join(queries)


def test_with_three_rare_words_the_common_ones_are_not_looked_up():
    queries = " ".join(m for m, _ in ck._queries(quote_key("It is what it is, and the senator's pipeline subsidy"
                                                           " was a scandalous giveaway")))
    for common in ('"it"', '"is"', '"the"', '"was"', '"and"', '"what"'):
        assert common not in queries
    assert '"scandalous"' in queries and '"giveaway"' in queries


def test_a_salad_of_common_words_is_not_found_in_some_stretch_of_a_long_quote(store, clock):
    long_quote = ("They told us that for the most part the people in a town like this one want to see the bridge "
                  "built, and that the council in the end has to listen to what they say")
    save(store, "Long quote.", [claim("Jane Holloway", long_quote)])
    assert store.check("they for the to in a that the", viewer=ALL) == []
    assert store.check("the people in a town like this one want to see the bridge built",
                       viewer=ALL)[0].group.hit.speaker == "Jane Holloway"  # a real stretch of it still is
