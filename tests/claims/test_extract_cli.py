"""`whosaid extract` with --json and --jsonl, through click's CliRunner."""
from __future__ import annotations

import json

from click.testing import CliRunner

from bot.cli import main


def test_extract_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('Budget row\n\n"We will not back down," said Maria Okonkwo, the transport minister.\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", "--json", str(path)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["title"] == "Budget row"
    (claim,) = data["claims"]
    assert claim["speaker"] == "Maria Okonkwo"
    assert {"speaker", "speaker_kind", "role", "quote", "kind", "via", "start", "end"} <= set(claim)


def test_extract_readable_and_missing_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('"We will not back down," said Maria Okonkwo.\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(path)])
    assert res.exit_code == 0 and "Maria Okonkwo" in res.output
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1 and "No such file" in res.output


def test_extract_jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": '"We will not back down," said Maria Okonkwo.'}, {"id": "b", "text": ""},
             {"id": "c", "text": "Bob Stone said the vote was rigged by insiders."}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", "--jsonl", str(path)])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.output.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", None]
    assert out[0]["claims"][0]["speaker"] == "Maria Okonkwo"
    assert out[1]["claims"] == [] and "error" in out[1]
    assert out[2]["claims"][0]["speaker"] == "Bob Stone"
    assert "error" in out[3]


def test_extract_help():
    res = CliRunner().invoke(main, ["extract", "--help"])
    assert res.exit_code == 0 and "--jsonl" in res.output
