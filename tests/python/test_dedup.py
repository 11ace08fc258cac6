"""Duplicates, comparing, merging, undoing merges and keeping records apart."""

import pytest

import liaison


@pytest.fixture
def twins(directory):
    """Two records of one person, as two imports would leave them."""
    first = directory.add_person(given_names="Sara", family_names="Çapaliku",
                                 emails=[{"address": "sara.capaliku@example.org"}],
                                 phones=[{"number": "+355 69 123 4567", "kind": "mobile"}])
    second = directory.add_person(given_names="Sara", family_names="Capaliku",
                                  emails=[{"address": "Sara.Capaliku@example.org"}],
                                  phones=[{"number": "+355691234567", "kind": "mobile"}])
    other = directory.add_person(given_names="Ivo", family_names="Kovač")
    return directory, first["id"], second["id"], other["id"]


def test_dedup_finds_the_pair(twins):
    d, a, b, other = twins
    pairs = d.dedup()
    assert len(pairs) == 1
    pair = pairs[0]
    assert isinstance(pair, liaison.DuplicatePair)
    assert {pair.a, pair.b} == {a, b}
    assert pair.kind == "person"
    assert pair.decision == "duplicate"
    assert pair.score >= 11
    assert pair.reasons and all("field" in reason for reason in pair.reasons)
    assert repr(pair).startswith("<DuplicatePair person ")
    assert d.dedup(kind="organization") == []
    assert len(d.dedup(kind="person")) == 1


def test_pair_has_the_members_the_header_lists(twins):
    d, a, b, other = twins
    pair = d.dedup()[0]
    assert set(pair.data) == {"a", "b", "score", "decision", "reasons"}
    assert pair.kind == "person"
    assert {"kind", "id", "uid", "name", "sources"} <= set(pair.a_record)


def test_pair_members_describe_the_records(twins):
    d, a, b, other = twins
    pair = d.compare(a, b)
    assert pair.a_record["name"] == "Sara Çapaliku"
    assert pair.b_record["name"] == "Sara Capaliku"
    assert pair.a_record["uid"] == d.get(a)["uid"]


def test_compare_scores_any_pair(twins):
    d, a, b, other = twins
    same = d.compare(a, b)
    assert same.decision == "duplicate"
    assert {same.a, same.b} == {a, b}
    different = d.compare(a, other)
    assert different.score < same.score
    assert different.decision != "duplicate"


def test_merge_and_unmerge(twins):
    d, a, b, other = twins
    merge = d.merge(a, b, keep=b)
    assert isinstance(merge, liaison.Merge)
    assert merge.id > 0
    assert merge.kind == "person"
    assert merge.survivor == b
    assert merge.absorbed == a
    assert repr(merge) == "<Merge %d person %d into %d>" % (merge.id, a, b)
    with pytest.raises(liaison.NotFound):
        d.get(a)
    absorbed_uid = d.get_merge(merge.id).data["absorbed_uid"]
    assert d.find_uid(absorbed_uid) == b  # a kept uid finds the survivor
    emails = {e["address"].lower() for e in d.get(b)["emails"]}
    assert "sara.capaliku@example.org" in emails
    assert [m.id for m in d.merges()] == [merge.id]
    assert d.get_merge(merge.id).survivor == b
    assert d.dedup() == []

    d.unmerge(merge.id)
    assert d.find_uid(absorbed_uid) == a
    assert d.get(a)["family_names"] == "Çapaliku"
    assert d.get(b)["family_names"] == "Capaliku"
    assert d.get_merge(merge.id).undone_at != ""
    assert len(d.dedup()) == 1


def test_merge_keeps_the_older_by_default(twins):
    d, a, b, other = twins
    merge = d.merge(a, b)
    assert merge.survivor == a
    d.unmerge(merge)  # a Merge object works as well as its id


def test_unmerge_after_change_needs_force(twins):
    d, a, b, other = twins
    merge = d.merge(a, b)
    d.update(d.get(a), notes="changed since")
    with pytest.raises(liaison.Constraint):
        d.unmerge(merge.id)
    d.unmerge(merge.id, force=True)
    assert d.get(b)["id"] == b


def test_keep_apart(twins):
    d, a, b, other = twins
    assert d.kept_apart(a, b) is False
    d.keep_apart(a, b)
    assert d.kept_apart(a, b) is True
    assert d.kept_apart(b, a) is True
    assert d.dedup() == []
    assert [{p.a, p.b} for p in d.dedup(include_kept_apart=True)] == [{a, b}]
    with pytest.raises(liaison.Constraint) as caught:
        d.merge(a, b)
    assert caught.value.message
    assert d.forget_keep_apart(a, b) is True
    assert d.forget_keep_apart(a, b) is False
    assert d.kept_apart(a, b) is False
    assert len(d.dedup()) == 1


def test_merge_of_different_kinds_fails(directory):
    person = directory.add_person(given_names="Ana")
    organization = directory.add_organization(name="IOM")
    with pytest.raises(liaison.Error):
        directory.merge(person["id"], organization["id"])
