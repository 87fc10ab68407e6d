"""`whosaid browse`: Datasette over a real log, read-only, answering each canned query (through Datasette's own
test client, no port opened)."""
from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from bot.article import Article, article_id
from bot.claims.model import Claim
from bot.cli import main
from bot.cli.browse_cmd import make_datasette
from store import Store
from store.browse import HIDDEN, QUERIES, TABLES

pytest.importorskip("datasette", reason="the optional `browse` extra is not installed (make install installs it)")


def _claim(speaker, quote, kind="person"):
    return Claim(speaker=speaker, speaker_kind=kind, role=None, quote=quote, kind="direct", via=None, start=0,
                 end=len(quote), cue="said")


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "log.db")
    today = date.today()
    with Store.open(path) as s:
        def log(text, published, claims):
            a = Article(id=article_id(text=text), text=text, title=text[:20], published=published.isoformat())
            s.record_article(a)
            s.save_claims(a.id, claims)

        log("Story one about rockets", today, [_claim("Bruce Bennett", "We will look at it carefully."),
                                               _claim("Kim Jong-un", "We will launch.")])
        log("Story two about rockets", today, [_claim("Bruce Bennett", "It is a test.")])
        log("An old story", today - timedelta(days=30), [_claim("Bruce Bennett", "Long ago."),
                                                         _claim("Harry Kazianis", "Old news.")])
    return path


def get(ds, path: str):
    async def fetch():
        return await ds.client.get(path)

    r = asyncio.run(fetch())
    assert r.status_code == 200, (path, r.status_code, r.text[:500])
    return r.json()


def test_each_canned_query_answers(db):
    ds = make_datasette(db)
    said = get(ds, "/log/what_did_name_say.json?name=bennett&_shape=array")
    assert [r["quote"] for r in said] == ["It is a test.", "We will look at it carefully.", "Long ago."]
    assert {r["speaker"] for r in said} == {"Bruce Bennett"}
    per_day = get(ds, "/log/quotes_per_day.json?_shape=array")
    today, old = date.today().isoformat(), (date.today() - timedelta(days=30)).isoformat()
    assert per_day == [{"day": old, "quotes": 2, "articles": 1}, {"day": today, "quotes": 3, "articles": 2}]
    one = get(ds, "/log/quotes_per_day_for_name.json?name=Kazianis&_shape=array")
    assert one == [{"day": old, "quotes": 1}]
    week = get(ds, "/log/most_quoted_this_week.json?_shape=array")
    assert [(r["speaker"], r["quotes"], r["articles"]) for r in week] == [("Bruce Bennett", 2, 2), ("Kim Jong-un", 1, 1)]


def test_descriptions_hidden_tables_and_no_writes(db):
    ds = make_datasette(db)
    tables = {t["name"]: t for t in get(ds, "/log.json")["tables"]}
    assert all(tables[t]["hidden"] for t in HIDDEN)
    assert not tables["claims"]["hidden"]
    meta = ds.table_metadata("log", "claims")
    assert meta["description"] == TABLES["claims"][0] and meta["columns"]["quote"] == "what was said"
    assert set(get(ds, "/log.json")["queries"][i]["name"] for i in range(len(QUERIES))) == set(QUERIES)

    async def try_write():
        return await ds.client.get("/log.json?sql=delete+from+claims")

    r = asyncio.run(try_write())
    assert r.status_code == 400  # Datasette runs only read-only SQL
    assert get(ds, "/log.json?sql=select+count(*)+as+n+from+claims&_shape=array") == [{"n": 5}]


def test_browse_command_has_help_and_says_where_it_serves():
    r = CliRunner().invoke(main, ["browse", "--help"])
    assert r.exit_code == 0 and "read-only" in r.output


def test_quotes_per_day_for_a_speaker_can_be_charted_with_datasette_vega(db):
    """The `browse` extra brings datasette-vega: its chart script is on the canned query's page and is served."""
    ds = make_datasette(db)
    assert "datasette-vega" in {p["name"] for p in get(ds, "/-/plugins.json")}

    async def page(path):
        return await ds.client.get(path)

    html = asyncio.run(page("/log/quotes_per_day_for_name?name=Bennett")).text
    scripts = [line.split('src="')[1].split('"')[0] for line in html.splitlines() if "datasette_vega" in line
               and "<script" in line]
    assert scripts and asyncio.run(page(scripts[0])).status_code == 200
    assert "quotes" in html and "Quotes per day for NAME" in html
