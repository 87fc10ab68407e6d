"""`whosaid backfill`: analyse and log an archive (JSONL, folders of .txt/.html, WARC) on all cores or a Dask cluster."""
from __future__ import annotations

import sys

import click
from tqdm import tqdm

from bot import archive
from bot.backfill import run_backfill
from bot.cli.base import main
from store import Store


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--processes", "-p", type=click.IntRange(1, 1024), default=None,
              help="Local extraction processes, or workers of --dask local (default: one per core).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Run on the Dask cluster at ADDRESS (tcp://host:8786), or 'local' for a LocalCluster here.")
@click.option("--batch-size", type=click.IntRange(1, 1000), default=16, show_default=True,
              help="Articles per task sent to a worker.")
@click.pass_context
def backfill(ctx: click.Context, sources: tuple[str, ...], processes: int | None, dask_address: str | None,
             batch_size: int) -> None:
    """Analyse an archive and log it: JSONL files ({"text"} and optional "id", "url", "title", "published"
    per line), folders of .txt/.html files, and WARC files (.warc, .warc.gz).

    Extraction runs on all local cores (one process each, the model loaded once per process) or, with --dask,
    on a Dask cluster; this process writes everything to the database. Interrupted and run again, it skips
    what is done and does the rest. Failures are listed at the end and recorded (exit code 1 if any)."""
    problems = archive.check_sources(sources)
    if problems:
        raise click.UsageError("\n".join(problems))
    store = Store.open(ctx.find_root().obj.db_path)
    # lazy: the runners load dask.distributed and the process pool machinery; only this command needs them
    from bot.backfill_runners import DaskRunner, LocalRunner

    total = archive.count_items(sources)
    try:
        runner = DaskRunner(dask_address, workers=processes) if dask_address else LocalRunner(processes)
    except OSError as e:  # includes time-outs connecting to a scheduler
        store.close()
        raise click.ClickException(f"Could not reach the Dask scheduler at {dask_address}: {e}") from e
    where = f"Dask cluster {dask_address}" if dask_address else "local processes"
    click.echo(f"{total} item(s) in {len(sources)} source(s); extracting on {runner.workers} {where}.", err=True)
    with tqdm(total=total, file=sys.stderr, unit="article", smoothing=0.1, dynamic_ncols=True) as bar:
        def progress(finished: int, skipped: int) -> None:
            if skipped:  # already done: out of the total, so rate and ETA count only real work
                bar.total -= skipped
                bar.refresh()
            if finished:
                bar.update(finished)

        try:
            report = run_backfill(store, archive.iter_items(sources), runner, batch_size=batch_size,
                                  progress=progress)
        finally:
            runner.close()
            store.close()
    click.echo(f"{report.done} article(s) analysed, {report.claims} claim(s) saved, {len(report.failures)} failed, "
               f"{report.skipped} already done; {report.rate:.1f} articles/s over {report.elapsed_s:.0f} s.")
    for label, why in report.failures:
        click.echo(f"  failed: {label}: {why}", err=True)
    if report.interrupted:
        click.echo("Interrupted: run the same command again to finish (what was saved is kept).", err=True)
        sys.exit(130)
    if report.failures:
        sys.exit(1)
