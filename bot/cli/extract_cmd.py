"""`whosaid extract`: who said what in one article, or in a JSONL batch."""
from __future__ import annotations

import json
import sys
from collections import OrderedDict

import click

from bot import pipeline
from bot.cli.base import error_message, main
from bot.cli.output import echo_wrapped, interactive, loading_model, quote_text


def _claims_json(claims) -> list[dict]:
    return [c.to_dict() for c in claims]


def _print_readable(title: str | None, claims) -> None:
    if title:
        echo_wrapped(title)
        click.echo("=" * min(len(title), 72))
    if not claims:
        click.echo("No quotes or reported claims found.")
        return
    groups: OrderedDict[str, list] = OrderedDict()
    for c in claims:
        groups.setdefault(c.speaker or "(unknown speaker)", []).append(c)
    for speaker, items in groups.items():
        roles = sorted({c.role for c in items if c.role})
        head = speaker + (f" ({'; '.join(roles)})" if roles else "")
        click.echo("")
        echo_wrapped(f"{head} [{items[0].speaker_kind}]", subsequent="    ", bold=speaker)
        for c in items:
            via = f"  (via {c.via})" if c.via else ""
            quote = f"“{quote_text(c.quote)}”" if c.kind == "direct" else quote_text(c.quote)
            echo_wrapped(f"- [{c.kind}] {quote}{via}", indent="  ", subsequent="    ")


@main.command("extract")
@click.argument("source", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print {title, claims:[...]} as JSON.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"), default=None,
              help='Batch mode: read {"id","text"} per line from FILE ("-" for stdin), write {"id","claims"} per line.')
@click.option("--batch-size", default=16, show_default=True, help="Texts per spaCy batch in --jsonl mode.")
@click.pass_context
def extract(ctx: click.Context, source: str | None, as_json: bool, jsonl, batch_size: int) -> None:
    """Find who said what in SOURCE: a file path, a URL, or - for standard input.

    Prints the claims grouped by speaker, or JSON with --json. With --jsonl FILE,
    extracts claims for many articles at once (one JSON record per line, in order;
    a failing record gets "error" and an empty claim list).
    """
    if jsonl is not None:
        if source:
            raise click.UsageError("give either SOURCE or --jsonl FILE, not both")
        _run_jsonl(jsonl, batch_size)
        return
    if not source:
        raise click.UsageError("missing SOURCE (a path, a URL or -); see --help")
    article = pipeline.load_source(source, ctx.obj.fetch)
    if interactive():
        loading_model()
    claims = pipeline.analyse(article)
    if as_json:
        where = article.url if pipeline.is_url(source) else (None if source == "-" else source)
        click.echo(json.dumps({"title": article.title, "source": where, "claims": _claims_json(claims)},
                              ensure_ascii=False, indent=2))
    else:
        _print_readable(article.title, claims)


def _run_jsonl(stream, batch_size: int) -> None:
    records: list[dict] = []
    articles = []
    bad: dict[int, str] = {}
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            rec = None
            bad[len(records)] = f"line {lineno}: not JSON ({e})"
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            bad.setdefault(len(records), f'line {lineno}: each line needs a JSON object with a string "text"')
            # the id is echoed back unchanged, whatever its JSON type
            rec = {"id": rec.get("id") if isinstance(rec, dict) else None, "text": ""}
        records.append(rec)
        articles.append(pipeline.article_from_text(rec["text"]))
    ok = [i for i in range(len(records)) if i not in bad]
    results: dict[int, object] = dict(zip(ok, pipeline.analyse_many(articles[i] for i in ok)))
    for i, rec in enumerate(records):
        out = {"id": rec.get("id"), "claims": []}
        res = results.get(i)
        if i in bad:
            out["error"] = bad[i]
        elif isinstance(res, Exception):
            out["error"] = error_message(res)
        else:
            out["claims"] = _claims_json(res)
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
