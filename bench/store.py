"""Store benchmark: ingest rate, query-by-name latency, digest latency, database size.

Synthetic data: N claims from S speakers (realistic-looking names, several
people per surname, shared surnames like Kim), over A articles spread across
60 days, written to a temporary file database through the same bulk path
`whosaid ingest` uses (`record_article` per article, then `save_claims_many`
per batch of 32 articles, with speaker identity resolution), plus a sample
through the one-article `save_claims` path the Slack bot uses.

    .venv/bin/python bench/store.py                    # 1,000,000 claims, 50,000 speakers (a few minutes)
    .venv/bin/python bench/store.py --claims 100000    # scaled down (speakers/articles scale too)
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz.distance import Levenshtein  # noqa: E402 - after the sys.path set-up above

from bench.quote_text import QuoteText  # noqa: E402 - after the sys.path set-up above
from bot.article import Article  # noqa: E402 - after the sys.path set-up above
from bot.claims.model import Claim  # noqa: E402 - after the sys.path set-up above
from store import MessageRef, Store, Viewer  # noqa: E402 - after the sys.path set-up above

FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph
Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald
Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George
Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary
Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen
Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack
Catherine Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia Harry
Bruce Ankit Jeffrey Vipin Joel Moon Ji-hoon Min-jun Seo-yeon Hiroshi Yuki Wei Li Ming Olga Ivan Sergei Fatima Omar
Ahmed Aisha Priya Rahul Arjun Chen Lars Ingrid Pierre Camille Jean-Luc Giulia Marco Sofia Mateo Lucia Kwame Amara
Jong-un Yo-jong Jae-in Suk-yeol Dmitri Natalia Ali Hassan Leila Yusuf Mehmet Elif""".split()
REAL_SURNAMES = """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Smith Johnson Williams Brown Jones Garcia Miller
Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Thompson White
Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker
Hall Rivera Campbell Mitchell Carter Roberts Bennett Kazianis Panda Lewis Narang Wang Zhang Liu Chen Yang Huang Zhao
Wu Zhou Xu Sun Ma Zhu Hu Guo Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Ivanov Petrov Smirnov
Sokolov Popov Kuznetsov Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Dubois Moreau Laurent Rossi Russo
Ferrari Esposito Bianchi Romano Colombo Silva Santos Oliveira Souza Pereira Costa Kumar Singh Sharma Patel Gupta
Khan Ali Hussain Ahmed Yilmaz Kaya Demir Sahin Celik Novak Horvat Kowalski Nowak Wisniewski Jensen Nielsen Hansen
Andersen Larsen Johansson Karlsson Nilsson Okafor Mensah Boateng Mwangi Otieno Haddad Khoury Mansour Cohen Levi
Mizrahi Friedman Katz""".split()
SYL1 = "ka ko ma mo ra re sa se ta to va vo la le na ne da de ga go ba be ha he pa pe fa fe za zo ch sh kr br dr gr tr".split()
SYL2 = "an en in on ar er ir or al el il ol am em im om as es is os at et it ot av ev ik ek ul us ur".split()
SYL3 = "is os as ov ev in an ski sky son sen man stein berg dze idis akis ani oni ez ez uk enko ich ovic ard ett ley er".split()
ORGS = """the Pentagon | the White House | the Kremlin | the Foreign Ministry | Reuters | the State Department |
the Ministry of Defence | NATO | the United Nations | the European Commission | KCNA | Yonhap | the IAEA""".split(" | ")


def make_surnames(n: int, rng: random.Random) -> list[str]:
    out = list(dict.fromkeys(REAL_SURNAMES))
    seen = {s.lower() for s in out}
    while len(out) < n:
        s = (rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(SYL3)).capitalize()
        if s.lower() not in seen:
            seen.add(s.lower())
            out.append(s)
    return out[:n]


def make_speakers(n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(full name, surname, kind): about 5 people per surname, some surnames (Kim, Lee...) much more common."""
    surnames = make_surnames(max(len(REAL_SURNAMES), n // 5), rng)
    people, seen = [], set()
    for org in ORGS:
        people.append((org, org, "organisation"))
    while len(people) < n:
        # a tenth of people share the 60 most common surnames
        sur = rng.choice(surnames[:60]) if rng.random() < 0.1 else rng.choice(surnames)
        first = rng.choice(FIRST)
        if rng.random() < 0.15:
            first += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
        name = f"{first} {sur}"
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        people.append((name, sur, "person"))
    return people


def misspell(word: str, rng: random.Random) -> str:
    """One substitution inside the word (like a machine-translation near miss: Kazianis -> Kajianis)."""
    i = rng.randrange(1, len(word) - 1)
    c = rng.choice([x for x in "aeioujzsktrn" if x != word[i].lower()])
    return word[:i] + c + word[i + 1:]


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2024, 1, 1, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.t


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--speakers", type=int, default=None, help="default: claims / 20")
    ap.add_argument("--articles", type=int, default=None, help="default: claims / 20")
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", help="database file (default: a temporary file, deleted afterwards)")
    ap.add_argument("--reuse", action="store_true",
                    help="with --db: if it already holds claims, skip the ingest and measure the queries on it")
    args = ap.parse_args()
    n_claims = args.claims
    n_speakers = args.speakers or max(100, n_claims // 20)
    n_articles = args.articles or max(10, n_claims // 20)
    per_article = n_claims // n_articles
    rng = random.Random(args.seed)

    tmp = None
    if args.db:
        path = args.db
    else:
        tmp = tempfile.TemporaryDirectory(prefix="whosaid-bench-")
        path = os.path.join(tmp.name, "bench.db")
    clock = Clock()
    store = Store.open(path, clock=clock)
    people = make_speakers(n_speakers, rng)
    weights = [1.0 / (i + 10) ** 0.6 for i in range(len(people))]  # some people are quoted far more often
    order = list(range(len(people)))
    rng.shuffle(order)
    if hasattr(os, "getloadavg"):
        print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (wall times include waiting for CPU)")
    print(f"store bench: {n_claims:,} claims, {len(people):,} speakers, {n_articles:,} articles over {args.days} days")
    print(f"database: {path}")

    said: dict[int, str] = {}  # each speaker's latest quote, repeated now and then
    logged: list[tuple[str, str]] = []  # sample of quotes for `check`
    # Every speaker appears at least once (in the first articles), then by popularity.
    pending_first = list(range(len(people)))
    rng.shuffle(pending_first)

    text_model = QuoteText()
    print(f"quote words: {text_model.source}; vocabulary {text_model.vocabulary:,} words")

    def article_claims(i: int) -> list[Claim]:
        topic = text_model.topic(rng)
        k = rng.randint(3, 7)
        who = [pending_first.pop() for _ in range(min(k, len(pending_first)))]
        if len(who) < k:
            who += [order[j] for j in rng.choices(range(len(people)), weights=weights, k=k - len(who))]
        out = []
        pos = 0
        for c in range(per_article):
            person = who[c % len(who)]
            name, sur, kind = people[person]
            if kind == "person" and rng.random() < 0.04:
                name = "Mr " + name  # an honorific form now and then
            elif kind == "person" and c >= len(who) and rng.random() < 0.03:
                name = sur  # surname only: attaches when unambiguous, else a surname-only speaker
            earlier = said.get(person)
            if earlier and rng.random() < 0.15:  # the same quote again in another article (wire copy), maybe trimmed
                q = earlier if rng.random() < 0.5 else earlier.rsplit(" ", 1)[0] + "."
            else:
                q = text_model.quote(rng, topic)
                said[person] = q
                if len(logged) < 5000:
                    logged.append((q, sur, f"bench{i:08d}"))
            out.append(Claim(name, kind, rng.choice([None, "an analyst", "a spokesperson", "the minister"]), q,
                             rng.choice(["direct", "indirect"]), rng.choice([None, None, "Reuters", "Twitter"]),
                             pos, pos + len(q), "said"))
            pos += len(q) + 2
        return out

    reuse = False
    if args.reuse and args.db and os.path.exists(args.db):
        with store._read() as conn:  # bench-only
            reuse = conn.execute("select count(*) from claims").fetchone()[0] > 0
            if reuse:
                logged += [(q, (n or "x").split()[-1], aid) for q, n, aid in conn.execute(
                    "select c.quote, s.name, c.article_id from claims c join speakers s on s.id = c.speaker_id"
                    " where c.id % 199 = 0 limit 5000")]  # 199, not 200: every article has 20 claims, so one
                # claim in 200 was always the last of an article numbered 9 mod 10, never of the private channel
    # ---- ingest through the bulk path used by `whosaid ingest` ----
    # Articles arrive through Slack messages: most in a public channel of workspace T1, one in ten in a private
    # channel, so the Slack views measured below (a member of that channel, an outsider) filter for real.
    batch, saved, t_save, t_record, single_times = [], 0, 0.0, 0.0, []
    single_sample = min(2000, n_articles // 10)
    t_all = time.perf_counter()
    for i in range(0 if reuse else n_articles):
        day = i * args.days // n_articles
        clock.t = datetime(2024, 1, 1, 6, tzinfo=timezone.utc) + timedelta(days=day, seconds=(i * 7) % 50000)
        claims = article_claims(i)
        text = f"Synthetic article {i}\n\n" + "\n\n".join(c.quote for c in claims)
        art = Article(id=f"bench{i:08d}", text=text, title=f"Synthetic article {i}",
                      url=f"https://news.example/{i}", published=None)
        source = MessageRef("G0PRIV" if i % 10 == 0 else "C0PUB", f"{i}.0", "U1", team_id="T1",
                            channel_type="private" if i % 10 == 0 else "public")
        t0 = time.perf_counter()
        store.record_article(art, source=source)
        t_record += time.perf_counter() - t0
        if i >= n_articles - single_sample:  # the last articles go through the one-article Slack path
            t0 = time.perf_counter()
            saved_single = store.save_claims(art.id, claims)
            t_single = time.perf_counter() - t0
            single_times.append((t_single, saved_single))
            continue
        batch.append((art.id, claims))
        if len(batch) == 32 or i == n_articles - single_sample - 1:
            t0 = time.perf_counter()
            saved += store.save_claims_many(batch)
            t_save += time.perf_counter() - t0
            batch = []
        if i and i % 5000 == 0:
            print(f"  ... {i:,} articles, {saved:,} claims, {saved / t_save:,.0f} claims/s", file=sys.stderr)
    wall = time.perf_counter() - t_all
    n_single = sum(n for _, n in single_times)
    t_single_all = sum(t for t, _ in single_times)
    counts = store.counts()
    print(f"speakers stored: {counts['speakers']:,}  aliases: {counts['speaker_aliases']:,}  claims: {counts['claims']:,}")
    if reuse:
        print("ingest: skipped (--reuse: measuring the queries on the existing database)")
    else:
        print(f"ingest, bulk path (save_claims_many, 32 articles/txn): {saved / t_save:,.0f} claims/s"
              f" ({saved:,} claims in {t_save:.1f}s)")
        if n_single:
            print(f"ingest, one article per save_claims call: {n_single / t_single_all:,.0f} claims/s"
                  f" ({len(single_times):,} articles)")
        print(f"record_article (with its message link, arrival and near-duplicate signature):"
              f" {n_articles / t_record:,.0f} articles/s;"
              f" whole load incl. generating data: {counts['claims'] / wall:,.0f} claims/s")

    # ---- query by name ----
    persons = [p for p in people if p[2] == "person"]
    known_surnames = {p[1].lower() for p in persons}
    qs = []
    for _ in range(args.queries):
        name, sur, _ = rng.choice(persons)
        r = rng.random()
        if r < 0.55:
            qs.append((sur, sur, "surname"))
        elif r < 0.75:
            qs.append((name, sur, "full name"))
        else:
            bad = sur
            if len(sur) >= 5:
                for _ in range(20):  # a near miss that is not itself somebody's surname
                    bad = misspell(sur, rng)
                    if bad.lower() not in known_surnames:
                        break
            qs.append((bad, sur, "misspelled surname"))
    times, found = [], {"surname": [0, 0, 0], "full name": [0, 0, 0], "misspelled surname": [0, 0, 0]}
    store.query("warm up", viewer=Viewer.operator())
    for text, sur, kind in qs:
        t0 = time.perf_counter()
        hits = store.query(text, viewer=Viewer.operator())
        times.append((time.perf_counter() - t0) * 1000)
        found[kind][1] += 1
        ok = any(h.speaker and h.speaker.split()[-1] == sur for h in hits)
        found[kind][0] += ok
        if not ok and hits and hits[0].speaker:
            # the typo is at least as near to another person's surname: a fair answer, counted apart
            got = hits[0].speaker.split()[-1].lower()
            if Levenshtein.distance(text.lower(), got) <= Levenshtein.distance(text.lower(), sur.lower()):
                found[kind][2] += 1
        if not ok and os.environ.get("BENCH_DEBUG"):
            print("  not found:", repr(text), "for", sur, [h.speaker for h in hits[:3]], file=sys.stderr)
    print(f"query by name ({len(qs)} queries): p50 {pct(times, 50):.2f} ms, p95 {pct(times, 95):.2f} ms,"
          f" max {max(times):.2f} ms")
    print("  found the intended person: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in found.items())
          + f" (+{sum(v[2] for v in found.values())} where the typo is as near to another surname, which was shown)")
    views = [("operator", Viewer.operator()), ("Slack member of the private channel", Viewer.member("T1", ["G0PRIV"])),
             ("Slack outsider (public channels only)", Viewer.member("T1"))]
    for label, viewer in views:
        grouped = []
        store.query_grouped("warm up", viewer=viewer)
        for text, _, _ in qs:
            t0 = time.perf_counter()
            store.query_grouped(text, limit=20, viewer=viewer)
            grouped.append((time.perf_counter() - t0) * 1000)
        print(f"query by name, grouped (each quote once, with its sources; /whosaid NAME and `whosaid query`),"
              f" {label}: p50 {pct(grouped, 50):.2f} ms, p95 {pct(grouped, 95):.2f} ms, max {max(grouped):.2f} ms"
              f" (target p95 <= 20 ms)")
    with store._read() as conn:  # bench-only: how much grouping happened
        n_groups = conn.execute("select count(distinct group_id) from claims").fetchone()[0]
    print(f"  quote groups: {n_groups:,} for {counts['claims']:,} claims")

    # ---- check: edited wordings of logged quotes, and words nobody said ----
    sample = rng.sample(logged, min(args.queries, len(logged)))
    with store._read() as conn:  # bench-only: a quote only ever logged from the private channel (its quote group
        # has no arrival in a public channel; a repeat in a public article makes it public)
        group_of = {aid: conn.execute("select group_id from claims where article_id = ? and quote = ?",
                                      [aid, q]).fetchone()[0] for q, _, aid in sample}
        private_only = {aid: not conn.execute(
            "select exists (select 1 from claims o join messages m on m.article_id = o.article_id"
            " where o.group_id = ? and m.public = 1)", [group_of[aid]]).fetchone()[0] for _, _, aid in sample}
    # Never said: the old six-word salads of words the synthetic log did not use, and (since the real vocabulary)
    # eight words drawn from the log's own vocabulary by frequency, which share words with many quotes.
    never = [" ".join(rng.choices(["harbour", "tunnel", "cheaper", "bridge", "ferry", "toll"], k=6)) for _ in range(50)]
    never += [text_model.salad(rng) for _ in range(50)]
    # and, with ../shared, 50 real quoted sentences (8 words or more) from the corpus: grammatical, on the log's
    # topics, said by nobody in it (the log's quotes are random draws of words)
    never += rng.sample(text_model.sentences, min(50, len(text_model.sentences)))
    for label, viewer in views:
        store.check("warm up", viewer=viewer)  # the first check of a process loads wordfreq's word list
        ct, found_c, asked, hidden, hidden_found = [], 0, 0, 0, 0
        short, short_found = 0, 0  # quotes under 6 words: one word is a sixth or more of them
        for q, sur, aid in sample:
            ws = q.rstrip(".").split()
            i = rng.randrange(len(ws))
            edited = " ".join(ws[:i] + ws[i + 1:]) if rng.random() < 0.5 else " ".join(ws[:i] + ["indeed"] + ws[i + 1:])
            t0 = time.perf_counter()
            hits = store.check(edited, viewer=viewer)
            ct.append((time.perf_counter() - t0) * 1000)
            top_is_it = any(h.group.hit.quote.rstrip(".").split()[:2] == ws[:2] or h.score >= 90 for h in hits[:1])
            if private_only[aid] and not viewer.is_operator and not viewer.channels:
                hidden += 1  # only ever said in the private channel: an outsider must not find it
                hidden_found += any(h.group.hit.group_id == group_of[aid] for h in hits)
            else:
                asked += 1
                found_c += top_is_it
                if len(ws) < 6:
                    short += 1
                    short_found += top_is_it
        none_t, none_found = [], [0, 0, 0]
        for n, words in enumerate(never):
            t0 = time.perf_counter()
            none_found[n // 50] += bool(store.check(words, viewer=viewer))
            none_t.append((time.perf_counter() - t0) * 1000)
        ct_all = ct + none_t
        print(f"check, {label} ({len(sample)} edited wordings of logged quotes, one word dropped or replaced,"
              f" + {len(never)} never said): p50 {pct(ct_all, 50):.2f} ms, p95 {pct(ct_all, 95):.2f} ms,"
              f" max {max(ct_all):.2f} ms (target p95 <= 50 ms); edited wordings alone p95 {pct(ct, 95):.2f} ms,"
              f" never-said alone p95 {pct(none_t, 95):.2f} ms")
        print(f"  top hit is the quote: {found_c}/{asked} it may see ({found_c - short_found}/{asked - short} of"
              f" 6 words or more, {short_found}/{short} shorter)"
              + (f"; quotes of the private channel found by this outsider: {hidden_found}/{hidden} (must be 0)"
                 if hidden else "")
              + f"; never said answered 'not in the log': {50 - none_found[0]}/50 old salads,"
              f" {50 - none_found[1]}/50 salads of the log's vocabulary,"
              f" {len(never) - 100 - none_found[2]}/{len(never) - 100} real sentences nobody in the log said")

    t_fs = []
    for text, _, _ in qs[:100]:
        t0 = time.perf_counter()
        store.find_speakers(text, viewer=Viewer.operator())
        t_fs.append((time.perf_counter() - t0) * 1000)
    print(f"find_speakers: p50 {pct(t_fs, 50):.2f} ms, p95 {pct(t_fs, 95):.2f} ms")

    # ---- digest ----
    dts, dcpu, sizes = [], [], []
    for d in range(0, args.days, max(1, args.days // 10)):
        day = date(2024, 1, 1) + timedelta(days=d)
        t0, c0 = time.perf_counter(), time.process_time()
        dig = store.digest(day, viewer=Viewer.operator())
        dts.append((time.perf_counter() - t0) * 1000)
        dcpu.append((time.process_time() - c0) * 1000)
        sizes.append((len(dig.articles), dig.total_claims))
    print(f"digest for one day ({len(dts)} days, ~{statistics.mean(s[0] for s in sizes):,.0f} articles and"
          f" ~{statistics.mean(s[1] for s in sizes):,.0f} claims each): p50 {pct(dts, 50):.1f} ms,"
          f" max {max(dts):.1f} ms (CPU time: p50 {pct(dcpu, 50):.1f} ms, max {max(dcpu):.1f} ms)")

    t0 = time.perf_counter()
    top = store.top_speakers(10, viewer=Viewer.operator())
    print(f"top_speakers(10) over everything: {(time.perf_counter() - t0) * 1000:.0f} ms (top: {top[0].name})")
    t0 = time.perf_counter()
    hits = store.search_quotes("nuclear missile", viewer=Viewer.operator())
    print(f"search_quotes (FTS5): {(time.perf_counter() - t0) * 1000:.1f} ms")
    store.close()
    size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    if hasattr(os, "getloadavg"):
        print(f"load average at end: {os.getloadavg()[0]:.2f} (1/5/15 min: {os.getloadavg()})")
    print(f"database size: {size / 1e6:,.0f} MB ({size / max(1, counts['claims']):,.0f} bytes/claim incl. article text)")
    if tmp:
        tmp.cleanup()


single_times: list[tuple[float, int]] = []

if __name__ == "__main__":
    main()
