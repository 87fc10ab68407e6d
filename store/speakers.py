"""Speaker identity in SQL: resolving names on save, fuzzy look-up, aliases, merge/split.

All functions take an open sqlite3 connection; writers are called inside the
store's write transaction.
"""
from __future__ import annotations

import sqlite3

from store.errors import SpeakerNotFound, StoreError
from store.identity import deletion_keys, display_name, family_name, normalise, score, surname, tokens
from store.types import MergePlan, Speaker, SpeakerMatch

MAX_CANDIDATES = 3000  # speakers scored by rapidfuzz for one look-up, at most
MIN_SCORE = 70.0


def _in(n: int) -> str:
    return ",".join("?" * n)


# -- index maintenance -------------------------------------------------------

def index_norm(conn: sqlite3.Connection, speaker_id: int, norm: str) -> None:
    toks = set(tokens(norm))
    conn.executemany("insert or ignore into name_tokens (token, speaker_id) values (?, ?)",
                     [(t, speaker_id) for t in toks])
    conn.executemany("insert or ignore into token_keys (key, token) values (?, ?)",
                     [(k, t) for t in toks for k in deletion_keys(t)])


def add_alias_row(conn: sqlite3.Connection, speaker_id: int, alias: str, now: str, *, user_made: bool,
                  former: int | None = None) -> None:
    """`former`: the speaker this alias belonged to before a merge (a split brings that id back)."""
    norm = normalise(alias)
    if not norm:
        return
    if user_made:
        # A user's choice wins: this alias now means only this speaker.
        conn.execute("delete from speaker_aliases where norm = ? and speaker_id != ?", [norm, speaker_id])
        conn.execute(
            "insert into speaker_aliases (speaker_id, alias, norm, user_made, created, former_speaker_id)"
            " values (?, ?, ?, 1, ?, ?) on conflict (norm, speaker_id) do update set user_made = 1,"
            " alias = excluded.alias, former_speaker_id = coalesce(former_speaker_id, excluded.former_speaker_id)",
            [speaker_id, alias, norm, now, former],
        )
    else:
        conn.execute(
            "insert or ignore into speaker_aliases (speaker_id, alias, norm, user_made, created, former_speaker_id)"
            " values (?, ?, ?, 0, ?, ?)",
            [speaker_id, alias, norm, now, former],
        )
    index_norm(conn, speaker_id, norm)


def require_name(text: str, what: str = "A name") -> None:
    """StoreError unless `text` has a letter or digit (an empty alias would match nothing, or everything)."""
    if not normalise(text):
        raise StoreError(f"{what} needs at least one letter or digit (got {text!r}).")


def _new_id(conn: sqlite3.Connection) -> int:
    """A fresh speaker id: also above every id a merged-away speaker had, which a split may bring back."""
    return 1 + conn.execute("select max(coalesce((select max(id) from speakers), 0),"
                            " coalesce((select max(former_speaker_id) from speaker_aliases), 0))").fetchone()[0]


def _insert_speaker(conn: sqlite3.Connection, sid: int, name: str, kind: str, now: str) -> int:
    norm = normalise(name)
    person = kind == "person"
    conn.execute("insert into speakers (id, name, kind, norm, surname, family, created) values (?, ?, ?, ?, ?, ?, ?)",
                 [sid, name, kind, norm, surname(norm) if person else None, family_name(name) if person else None, now])
    return sid


def create_speaker(conn: sqlite3.Connection, name: str, kind: str, now: str) -> int:
    alias = name
    name = display_name(name) or name
    norm = normalise(name)
    sid = _insert_speaker(conn, _new_id(conn), name, kind, now)
    add_alias_row(conn, sid, name, now, user_made=False)
    if normalise(alias) != norm:
        add_alias_row(conn, sid, alias, now, user_made=False)
    return sid


# -- resolving a name from an article -----------------------------------------

def resolve(conn: sqlite3.Connection, name: str | None, kind: str, now: str,
            cache: dict | None = None) -> int | None:
    """The speaker id for a name as written in an article, creating the speaker if new."""
    norm = normalise(name)
    if not norm:
        return None
    kind = kind or "unknown"
    key = (norm, kind)
    if cache is not None and key in cache:
        return cache[key]
    changes = conn.total_changes
    sid = _resolve(conn, name or norm, norm, kind, now)
    if cache is not None:
        if conn.total_changes != changes:
            # a new speaker was created and may have absorbed another ("Bruce Bennett" takes over "Bennett")
            # or made a surname ambiguous: answers cached before may now be wrong, or point to a deleted speaker
            cache.clear()
        cache[key] = sid
    return sid


def _resolve(conn: sqlite3.Connection, name: str, norm: str, kind: str, now: str) -> int:
    row = conn.execute(
        "select speaker_id from speaker_aliases where norm = ? and user_made = 1 order by id desc limit 1", [norm]
    ).fetchone()
    if row:
        return row[0]
    single = " " not in norm
    if single and kind == "person":
        # "Bennett": attach to the one known full-named person with that surname, if there is exactly one.
        rows = conn.execute("select id from speakers where surname = ? and kind = 'person'"
                            " union select id from speakers where family = ? and kind = 'person' limit 2",
                            [norm, norm]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
    row = conn.execute(
        "select a.speaker_id from speaker_aliases a join speakers s on s.id = a.speaker_id"
        " where a.norm = ? order by (s.kind = ?) desc, a.speaker_id limit 1", [norm, kind]
    ).fetchone()
    if row:
        return row[0]
    sid = create_speaker(conn, name, kind, now)
    if not single and kind == "person":
        _absorb_surname_only(conn, sid, family_name(name) or surname(norm), now)
    return sid


def _absorb_surname_only(conn: sqlite3.Connection, sid: int, sur: str | None, now: str) -> None:
    """A new full name ("Bruce Bennett") absorbs an existing surname-only speaker ("Bennett")
    when it is the only full-named person with that surname and no user tied "Bennett" elsewhere."""
    if not sur:
        return
    others = conn.execute("select count(*) from speakers where (surname = ? or family = ?) and kind = 'person'"
                          " and id != ?", [sur, sur, sid]).fetchone()[0]
    if others:
        return
    rows = conn.execute(
        "select id from speakers where norm = ? and surname is null and kind in ('person', 'unknown') and id != ?",
        [sur, sid]).fetchall()
    for (drop,) in rows:
        if conn.execute("select 1 from speaker_aliases where speaker_id = ? and user_made = 1", [drop]).fetchone():
            continue
        merge(conn, sid, drop, now, user_made=False)


# -- merge, alias, split, rename ---------------------------------------------

def merge(conn: sqlite3.Connection, keep: int, drop: int, now: str, *, user_made: bool = True) -> None:
    if keep == drop:
        return
    aliases = conn.execute("select alias, user_made, former_speaker_id from speaker_aliases where speaker_id = ?",
                           [drop]).fetchall()
    name = conn.execute("select name from speakers where id = ?", [drop]).fetchone()
    conn.execute("update claims set speaker_id = ? where speaker_id = ?", [keep, drop])
    conn.execute("delete from speaker_aliases where speaker_id = ?", [drop])
    conn.execute("delete from name_tokens where speaker_id = ?", [drop])
    conn.execute("delete from speakers where id = ?", [drop])
    for alias, was_user, former in ([(name[0], 0, None)] if name else []) + list(aliases):
        add_alias_row(conn, keep, alias, now, user_made=bool(user_made or was_user), former=former or drop)


def merge_plan(conn: sqlite3.Connection, keep: int, drop: int) -> MergePlan:
    """What `merge(keep, drop)` would change, for showing before asking."""
    return MergePlan(keep=get(conn, keep), drop=get(conn, drop),  # type: ignore[arg-type]
                     keep_claims=claim_count(conn, keep), drop_claims=claim_count(conn, drop))


def claim_count(conn: sqlite3.Connection, sid: int) -> int:
    return conn.execute("select count(*) from claims where speaker_id = ?", [sid]).fetchone()[0]


def rename(conn: sqlite3.Connection, sid: int, new_name: str, now: str) -> None:
    require_name(new_name, "The new name")
    norm = normalise(new_name)
    kind = conn.execute("select kind from speakers where id = ?", [sid]).fetchone()[0]
    person = kind == "person"
    conn.execute("update speakers set name = ?, norm = ?, surname = ?, family = ? where id = ?",
                 [new_name, norm, surname(norm) if person else None, family_name(new_name) if person else None, sid])
    add_alias_row(conn, sid, new_name, now, user_made=True)


def split(conn: sqlite3.Connection, sid: int, alias: str, now: str, new_name: str | None = None) -> int:
    """Move an alias, and the claims whose article called the speaker by it, to a new speaker."""
    require_name(alias, "The alias to split off")
    norm = normalise(alias)
    ids = [r[0] for r in conn.execute("select id, speaker_name from claims where speaker_id = ?", [sid])
           if normalise(r[1]) == norm]
    if not ids and not conn.execute("select 1 from speaker_aliases where speaker_id = ? and norm = ?",
                                    [sid, norm]).fetchone():
        raise StoreError(f"{alias!r} is not a name of speaker #{sid}: `whosaid speakers NAME` lists its aliases.")
    kind = conn.execute("select kind from speakers where id = ?", [sid]).fetchone()[0]
    name = new_name or alias
    require_name(name, "The new speaker's name")
    nnorm = normalise(name)
    # A speaker merged away earlier comes back under its old id (new speakers never take it; see _new_id).
    row = conn.execute("select former_speaker_id from speaker_aliases where speaker_id = ? and norm = ?"
                       " and former_speaker_id is not null", [sid, norm]).fetchone()
    old = row[0] if row and not conn.execute("select 1 from speakers where id = ?", [row[0]]).fetchone() else None
    new = _insert_speaker(conn, old or _new_id(conn), name, kind, now)
    conn.execute("delete from speaker_aliases where speaker_id = ? and norm in (?, ?)", [sid, norm, nnorm])
    add_alias_row(conn, new, alias, now, user_made=True)
    if nnorm != norm:
        add_alias_row(conn, new, name, now, user_made=True)
        ids += [r[0] for r in conn.execute("select id, speaker_name from claims where speaker_id = ?", [sid])
                if normalise(r[1]) == nnorm]
    conn.executemany("update claims set speaker_id = ? where id = ?", [(new, i) for i in ids])
    _reindex(conn, sid)
    return new


def _reindex(conn: sqlite3.Connection, sid: int) -> None:
    conn.execute("delete from name_tokens where speaker_id = ?", [sid])
    norms = {r[0] for r in conn.execute("select norm from speaker_aliases where speaker_id = ?", [sid])}
    norms |= {r[0] for r in conn.execute("select norm from speakers where id = ?", [sid])}
    for n in norms:
        index_norm(conn, sid, n)


# -- look-up -----------------------------------------------------------------

def get(conn: sqlite3.Connection, sid: int) -> Speaker | None:
    row = conn.execute("select id, name, kind from speakers where id = ?", [sid]).fetchone()
    if not row:
        return None
    aliases = tuple(r[0] for r in conn.execute(
        "select alias from speaker_aliases where speaker_id = ? order by user_made desc, id", [sid]))
    return Speaker(row[0], row[1], row[2], aliases)


def find(conn: sqlite3.Connection, name: str, limit: int = 5) -> list[SpeakerMatch]:
    """Speakers matching a name, surname or near-miss spelling; best first (then most quoted)."""
    qn = normalise(name)
    if not qn:
        return []
    qt = tokens(qn)
    cands: set[int] = {r[0] for r in conn.execute("select speaker_id from speaker_aliases where norm = ?", [qn])}
    # Speakers having every query token.
    rows = conn.execute(
        f"select speaker_id from name_tokens where token in ({_in(len(set(qt)))}) group by speaker_id"
        f" having count(*) = ? limit {MAX_CANDIDATES}", [*set(qt), len(set(qt))]).fetchall()
    cands.update(r[0] for r in rows)
    if not rows:
        # Typo-tolerant: per query token, the known tokens within one edit; use the rarest token's speakers.
        best: list[int] | None = None
        for t in set(qt):
            keys = deletion_keys(t)
            near = [r[0] for r in conn.execute(
                f"select distinct token from token_keys where key in ({_in(len(keys))})", list(keys))]
            if not near:
                continue
            ids = [r[0] for r in conn.execute(
                f"select speaker_id from name_tokens where token in ({_in(len(near))}) limit {MAX_CANDIDATES + 1}",
                near)]
            if ids and (best is None or len(ids) < len(best)):
                best = ids
        if best:
            cands.update(best[:MAX_CANDIDATES])
    if not cands:
        return []
    return _rank(conn, qn, list(cands), limit)


def _rank(conn: sqlite3.Connection, qn: str, cands: list[int], limit: int) -> list[SpeakerMatch]:
    scored: dict[int, tuple[float, str]] = {}
    for i in range(0, len(cands), 500):
        chunk = cands[i:i + 500]
        for sid, alias, norm, user_made in conn.execute(
            f"select speaker_id, alias, norm, user_made from speaker_aliases where speaker_id in ({_in(len(chunk))})",
            chunk,
        ):
            s = score(qn, norm) + (0.5 if user_made and norm == qn else 0.0)
            if sid not in scored or s > scored[sid][0]:
                scored[sid] = (min(s, 100.0), alias)
    good = [(sid, s, a) for sid, (s, a) in scored.items() if s >= MIN_SCORE]
    if not good:
        return []
    good.sort(key=lambda x: -x[1])
    # Only count claims for the plausible top tier (ties are broken by how often they were quoted).
    cutoff = good[min(len(good), max(limit, 50)) - 1][1]
    good = [g for g in good if g[1] >= cutoff]
    info = {}
    ids = [g[0] for g in good]
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for sid, nm, kind in conn.execute(f"select id, name, kind from speakers where id in ({_in(len(chunk))})", chunk):
            info[sid] = (nm, kind)
        for sid, n in conn.execute(
            f"select speaker_id, count(*) from claims where speaker_id in ({_in(len(chunk))}) group by speaker_id", chunk
        ):
            info[sid] = info[sid] + (n,)
    out = [SpeakerMatch(sid, info[sid][0], info[sid][1], s, a, info[sid][2] if len(info[sid]) > 2 else 0)
           for sid, s, a in good if sid in info]
    out.sort(key=lambda m: (-m.score, -m.claim_count, m.name))
    return out[:limit]


def lookup(conn: sqlite3.Connection, speaker: int | str) -> int:
    """A speaker id from an id or a name typed by a user: exact name/alias first, else a clear best match."""
    if isinstance(speaker, int) or (isinstance(speaker, str) and speaker.strip().isdigit()):
        sid = int(speaker)
        if conn.execute("select 1 from speakers where id = ?", [sid]).fetchone():
            return sid
        raise SpeakerNotFound(f"No speaker with id {sid}.")
    norm = normalise(speaker)
    rows = conn.execute("select id from speakers where norm = ? order by id", [norm]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    rows = conn.execute("select distinct speaker_id from speaker_aliases where norm = ? order by user_made desc, speaker_id",
                        [norm]).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    matches = find(conn, speaker, limit=5)
    if matches and (len(matches) == 1 or matches[0].score > matches[1].score):
        return matches[0].speaker_id
    if not matches:
        raise SpeakerNotFound(f"I don't know anyone called {speaker!r}.")
    names = ", ".join(f"{m.name} (#{m.speaker_id})" for m in matches)
    raise SpeakerNotFound(f"{speaker!r} is ambiguous: {names}. Use the full name or the #id.")
