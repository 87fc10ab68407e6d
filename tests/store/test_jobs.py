from store import Job


def test_enqueue_dedupe_and_claim_order(store):
    a = store.enqueue("analyse", {"url": "https://x"}, dedupe_key="C1:1")
    assert store.enqueue("analyse", {"url": "https://x"}, dedupe_key="C1:1") is None
    b = store.enqueue("digest", {"channel": "C1"})
    c = store.enqueue("analyse", {"url": "https://y"})
    assert a and b and c and len({a, b, c}) == 3
    j = store.claim_next_job("w1", kinds=["digest"])
    assert isinstance(j, Job) and j.id == b and j.status == "running" and j.worker == "w1"
    j = store.claim_next_job("w1")
    assert j.id == a and j.payload == {"url": "https://x"} and j.dedupe_key == "C1:1"
    assert store.count_jobs("running") == 2 and store.count_jobs("queued") == 1


def test_finish_retry_fail_and_requeue_stale(store):
    jid = store.enqueue("analyse", {"n": 1})
    store.claim_next_job("w")
    store.finish_job(jid, ok=False, error="timeout", retry=True)
    j = store.get_job(jid)
    assert (j.status, j.attempts, j.last_error) == ("queued", 1, "timeout")
    store.claim_next_job("w")
    store.finish_job(jid, ok=False, error="broken")
    j = store.get_job(jid)
    assert (j.status, j.attempts, j.last_error) == ("failed", 2, "broken")
    k = store.enqueue("analyse", {"n": 2})
    store.claim_next_job("w")  # the worker "crashes" here
    assert store.claim_next_job("w") is None
    assert store.requeue_stale_jobs() == 1
    assert store.count_jobs("queued") == 1
    assert (store.get_job(k).attempts, store.get_job(k).last_error) == (1, "interrupted by a restart")
    assert store.claim_next_job("w2").id == k
    store.finish_job(k, ok=True)
    assert store.get_job(k).status == "done" and store.count_jobs("done") == 1


def test_prune_slack_events(store, clock):
    from datetime import timedelta

    assert store.first_delivery("old")
    clock.advance(days=2)
    assert store.first_delivery("new")
    assert store.prune_slack_events(clock.t - timedelta(days=1)) == 1
    assert store.first_delivery("old") is True  # pruned keys are forgotten
    assert store.first_delivery("new") is False


def test_prune_done_jobs(store, clock):
    from datetime import timedelta

    a = store.enqueue("k", {}, dedupe_key="a")
    b = store.enqueue("k", {}, dedupe_key="b")
    store.claim_next_job("w")
    store.finish_job(a, ok=True)
    clock.advance(days=10)
    assert store.prune_jobs(clock.t - timedelta(days=1)) == 1
    assert store.get_job(a) is None and store.get_job(b).status == "queued"
    assert store.enqueue("k", {}, dedupe_key="a") is not None


def test_enqueue_delivery_is_one_transaction(store, monkeypatch):
    import pytest

    import store.jobs as jb

    keys = ["event:Ev1", "msg:C1:1.0"]
    real = jb.enqueue

    def crash(*a, **kw):
        raise RuntimeError("crash between dedupe and enqueue")

    monkeypatch.setattr(jb, "enqueue", crash)
    with pytest.raises(RuntimeError):
        store.enqueue_delivery("message", {"ts": "1.0"}, delivery_keys=keys)
    monkeypatch.setattr(jb, "enqueue", real)
    assert store.count_jobs() == 0
    jid = store.enqueue_delivery("message", {"ts": "1.0"}, delivery_keys=keys)  # Slack's retry: handled
    assert jid is not None and store.get_job(jid).payload == {"ts": "1.0"}
    assert store.enqueue_delivery("message", {"ts": "1.0"}, delivery_keys=keys) is None
    assert store.enqueue_delivery("message", {}, delivery_keys=["msg:C1:1.0", "event:Ev2"]) is None
    assert store.first_delivery("event:Ev2") is True  # a refused delivery records nothing
    assert store.count_jobs() == 1


def test_error_kind_is_recorded_cleared_on_success_and_selects_what_is_requeued(store):
    ids = [store.enqueue("message", {"n": n}) for n in range(3)]
    for jid, kind in zip(ids, ("delivery", "fetch", "delivery")):
        store.claim_next_job("w")
        store.finish_job(jid, ok=False, error="why", error_kind=kind)
    assert [store.get_job(j).error_kind for j in ids] == ["delivery", "fetch", "delivery"]
    assert store.requeue_failed_jobs(error_kind="input") == 0
    assert store.requeue_failed_jobs(error_kind="delivery") == 2
    assert [store.get_job(j).status for j in ids] == ["queued", "failed", "queued"]
    store.claim_next_job("w")
    store.finish_job(ids[0], ok=True)
    assert (store.get_job(ids[0]).error_kind, store.get_job(ids[0]).last_error) == (None, None)
    assert store.requeue_failed_jobs() == 1  # no kind: every failed job
