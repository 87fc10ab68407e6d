"""Output people and programs can rely on: one JSON schema for every command's JSON, grep-like exit statuses,
text made for a terminal, and README's database examples working as written."""
from __future__ import annotations

import csv
import io
import json
import re
import shlex
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.cli.output import schema
from store.records import HIT_FIELDS
from tests.terminal import on_terminal

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STORY = ('Bridge talks\n\n"We will not back down on the bridge, not now and not ever," said Maria Okonkwo, the '
         'transport minister of the country, speaking to reporters on a long and rainy Monday in the capital.\n\n'
         'Kim Jong-un said in a speech that the country would launch a rocket next year.\n')


def run(db, *args, input=None):
    r = CliRunner().invoke(main, ["--db", db, *args], input=input)
    assert "Traceback" not in r.output, r.output
    return r


@pytest.fixture(scope="module")
def logged(tmp_path_factory):
    d = tmp_path_factory.mktemp("out")
    (d / "a.txt").write_text(STORY, encoding="utf-8")
    db = str(d / "whosaid.db")
    assert run(db, "ingest", str(d / "a.txt")).exit_code == 0
    return db


def _validator(name: str):
    full = schema()
    jsonschema.Draft202012Validator.check_schema(full)
    return jsonschema.Draft202012Validator({"$defs": full["$defs"], "$ref": f"#/$defs/{name}"})


def _valid(name: str, data) -> None:
    errors = list(_validator(name).iter_errors(data))
    assert not errors, [e.message for e in errors]


def test_every_commands_json_validates_against_the_one_schema(logged, tmp_path):
    today = datetime.now(timezone.utc).date().isoformat()
    story = tmp_path / "s.txt"
    story.write_text(STORY, encoding="utf-8")
    outputs = {
        "extract": json.loads(run(logged, "extract", "--json", str(story)).output),
        "hits": json.loads(run(logged, "query", "Okonkwo", "--json").output),
        "speakers": json.loads(run(logged, "speakers", "--json").output),
        "digest": json.loads(run(logged, "digest", "--date", today, "--json").output),
    }
    outputs["search"] = json.loads(run(logged, "search", "bridge", "--json").output)
    outputs["find"] = json.loads(run(logged, "speakers", "Okonkwo", "--json").output)
    outputs["export"] = json.loads(run(logged, "export", "--format", "json").output)
    lines = run(logged, "extract", "--jsonl", "-", input=json.dumps({"id": 1, "text": STORY}) + "\n").output
    assert outputs["hits"] and outputs["search"] and outputs["find"] and outputs["digest"]["articles"]
    for name, kind in [("extract", "extract"), ("hits", "hits"), ("search", "hits"), ("export", "hits"),
                       ("speakers", "speakers"), ("find", "speakers"), ("digest", "digest")]:
        _valid(kind, outputs[name])
        _valid_any(outputs[name])
    for line in lines.splitlines():
        _valid("extract_line", json.loads(line))
    # The same claim has the same fields, with the same names, from query, search and export (query adds the
    # quote's sources: it lists each quote once).
    assert list(outputs["hits"][0]) == HIT_FIELDS + ["sources"] and outputs["hits"][0]["sources"]
    assert list(outputs["export"][0]) == list(outputs["search"][0]) == HIT_FIELDS
    q = {h["claim_id"]: {k: v for k, v in h.items() if k != "sources"} for h in outputs["hits"]}
    assert all(q[e["claim_id"]] == e for e in outputs["export"] if e["claim_id"] in q)
    # A claim from extract uses the hit's names for the fields they share.
    assert set(outputs["extract"]["claims"][0]) <= set(HIT_FIELDS)
    # CSV export has the same columns.
    assert next(csv.reader(io.StringIO(run(logged, "export").output))) == HIT_FIELDS


def _valid_any(data) -> None:
    errors = list(jsonschema.Draft202012Validator(schema()).iter_errors(data))
    assert not errors, [e.message for e in errors]


def test_the_schema_catches_a_renamed_field(logged):
    hit = json.loads(run(logged, "query", "Okonkwo", "--json").output)[0]
    hit["created_at"] = hit.pop("created")
    assert list(_validator("hit").iter_errors(hit))


def test_exit_statuses_like_grep(logged):
    assert run(logged, "query", "Okonkwo").exit_code == 0
    r = run(logged, "query", "Nobody Atall")
    assert r.exit_code == 1 and "No quotes found" in r.output
    assert run(logged, "query", "Nobody Atall", "--json").exit_code == 1
    assert run(logged, "search", "bridge").exit_code == 0
    assert run(logged, "search", "xylophone").exit_code == 1
    assert run(logged, "query", "--limit", "0", "x").exit_code == 2
    assert run(logged, "frobnicate").exit_code == 2
    assert run(logged, "search").exit_code == 2


def test_no_trailing_comma_inside_quotes_and_no_styling_into_a_pipe(logged):
    out = run(logged, "query", "Okonkwo").output
    assert "not ever\u201d" in out and ",\u201d" not in out
    assert "\x1b[" not in out


def test_on_a_terminal_text_is_wrapped_to_its_width_and_speakers_are_bold(logged):
    out = on_terminal([str(BIN / "whosaid"), "--db", logged, "query", "Okonkwo"], columns=60)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b[1mMaria Okonkwo\x1b[0m" in out
    lines = [ln for ln in plain.splitlines() if ln.strip()]
    assert len(lines) > 3 and all(len(ln) <= 60 or " " not in ln.strip() for ln in lines), plain  # a URL may not fit
    assert "not now and not ever" in " ".join(" ".join(lines).split())


def test_readme_database_examples_work_as_written(logged, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [ln.split("  #")[0].strip() for block in re.findall(r"```sh\n(.*?)```", readme, re.S)
                for ln in block.splitlines() if ln.strip().startswith(".venv/bin/sqlite-utils")]
    assert len(commands) >= 2
    (tmp_path / "whosaid.db").write_bytes(Path(logged).read_bytes())
    for cmd in commands:
        argv = shlex.split(cmd)
        argv[0] = str(BIN / "sqlite-utils")
        if "search" in argv:
            argv[argv.index("claims") + 1] = "bridge"  # a word of this test's article
        r = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, (cmd, r.stderr)
        assert "Okonkwo" in r.stdout, (cmd, r.stdout)
