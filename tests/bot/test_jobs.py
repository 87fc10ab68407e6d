"""The extraction job payload: one serialisation, versioned, and readable from jobs queued before versioning."""
from __future__ import annotations

import pytest

from bot.jobs import VERSION, ExtractionJob, SharedFile


def test_round_trip_keeps_every_field():
    job = ExtractionJob(channel="C1", ts="1.0", thread_ts="0.5", user="U1", react_ts="1.5", urls=("https://a/b",),
                        text="", trigger="shortcut", response_url="http://127.0.0.1/r/1",
                        files=(SharedFile(id="F1", name="a.pdf", mimetype="application/pdf", url="https://f/a", size=9),),
                        skipped_links=2, team_id="T1", enterprise_id="E1", channel_type="private")
    payload = job.to_payload()
    assert payload["version"] == VERSION
    assert ExtractionJob.from_payload(payload) == job


def test_a_payload_from_before_versioning_reads_as_version_1():
    old = {"channel": "C1", "ts": "1.0", "thread_ts": None, "user": "U1", "react_ts": None, "urls": [],
           "text": "pasted", "trigger": "message"}
    job = ExtractionJob.from_payload(old)
    assert (job.thread, job.reaction_ts, job.marker, job.response_url) == ("1.0", "1.0", "message:C1:1.0", None)
    assert (job.team_id, job.channel_type) == (None, None)  # workspace unknown: the article stays private


def test_a_version_1_payload_still_reads():
    job = ExtractionJob.from_payload({"version": 1, "channel": "C1", "ts": "1.0", "text": "t"})
    assert job.channel == "C1" and job.version == VERSION and job.team_id is None


def test_an_unknown_version_is_refused():
    with pytest.raises(ValueError, match="version"):
        ExtractionJob.from_payload({"version": VERSION + 1, "channel": "C1", "ts": "1.0"})


def test_each_article_of_a_job_has_its_own_reply_marker():
    job = ExtractionJob(channel="C1", ts="1.0", urls=("https://a/1", "https://a/2"))
    assert job.part_marker(0) == job.marker and job.part_marker(1) != job.marker
