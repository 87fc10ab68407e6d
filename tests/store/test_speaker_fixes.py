"""Speaker fixes refuse what makes no sense, show a merge before it happens, and a split restores the old id."""
import pytest

from store import StoreError
from tests.store.conftest import claim
from tests.store.test_identity import save


@pytest.mark.parametrize("empty", ["", "   ", "--", "\u201c\u201d"])
def test_an_alias_needs_a_letter_or_digit(store, empty):
    save(store, "a", claim("Bruce Bennett", "q1"))
    with pytest.raises(StoreError) as e:
        store.add_alias("Bruce Bennett", empty)
    assert "at least one letter or digit" in e.value.user_message
    assert store.get_speaker("Bruce Bennett").aliases == ("Bruce Bennett",)
    with pytest.raises(StoreError):
        store.rename_speaker("Bruce Bennett", empty)
    with pytest.raises(StoreError):
        store.split_speaker("Bruce Bennett", empty)


def test_merge_plan_shows_both_speakers_and_changes_nothing(store):
    save(store, "a", claim("Kim Jong-un", "one"), claim("Kim Jong-un", "again"))
    save(store, "b", claim("Bruce Bennett", "two"))
    plan = store.merge_plan("Bruce Bennett", "Kim Jong-un")
    assert (plan.keep.name, plan.keep_claims, plan.drop.name, plan.drop_claims) == (
        "Bruce Bennett", 1, "Kim Jong-un", 2)
    assert store.counts()["speakers"] == 2
    with pytest.raises(StoreError, match="already the same speaker"):
        store.merge_plan("Bruce Bennett", "Bennett")


def test_split_after_merge_restores_the_old_id(store):
    a = save(store, "a", claim("Harry Kazianis", "right"))
    b = save(store, "b", claim("Harry Kajianis", "misspelt"))
    keep, drop = store.get_speaker("Harry Kazianis").id, store.get_speaker("Harry Kajianis").id
    store.merge_speakers(keep, drop)
    save(store, "c", claim("Someone Else", "a new speaker after the merge"))
    assert store.split_speaker(keep, "Harry Kajianis") == drop
    assert store.get_speaker(drop).name == "Harry Kajianis"
    assert [h.speaker_id for h in store.article_claims(b)] == [drop]
    assert [h.speaker_id for h in store.article_claims(a)] == [keep]


def test_split_gets_a_new_id_when_the_old_one_was_never_a_speaker_of_its_own(store):
    save(store, "a", claim("Harry Kazianis", "right"))
    sid = store.get_speaker("Harry Kazianis").id
    store.add_alias(sid, "HK")
    new = store.split_speaker(sid, "HK", "Hannah Kay")
    assert new != sid and store.get_speaker(new).name == "Hannah Kay"


def test_split_of_a_name_the_speaker_does_not_have_is_refused(store):
    save(store, "a", claim("Harry Kazianis", "right"))
    with pytest.raises(StoreError) as e:
        store.split_speaker("Harry Kazianis", "Bruce Bennett")
    assert "is not a name of speaker" in e.value.user_message
    assert store.counts()["speakers"] == 1
