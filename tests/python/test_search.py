"""Search hits and their attributes."""

import pytest

import liaison


def test_folded_query_finds_the_accented_name(workshop):
    hits = workshop.search("capaliku")
    assert len(hits) == 1
    hit = hits[0]
    assert isinstance(hit, liaison.SearchHit)
    assert hit.kind == "person"
    assert hit.name == "Sara Çapaliku"
    assert hit.id > 0 and hit.uid
    assert workshop.get(hit.id)["family_names"] == "Çapaliku"
    assert hit.organization == "Mary Ward Loreto Foundation"  # her current organization
    assert hit.score > 0
    assert hit.matched == ["name"]  # the fields the query matched
    assert hit.data["name"] == "Sara Çapaliku"


def test_exact_query_does_not_fold(workshop):
    assert workshop.search("capaliku", exact=True) == []
    assert [hit.name for hit in workshop.search("Çapaliku", exact=True)] == ["Sara Çapaliku"]


def test_kind_limit_and_offset(workshop):
    people = workshop.search("osce", kind="person", limit=0)
    assert people and all(hit.kind == "person" for hit in people)
    organizations = workshop.search("osce", kind="organization")
    assert organizations and all(hit.kind == "organization" for hit in organizations)
    every = workshop.search("osce", limit=0)
    assert len(every) >= 2
    assert [h.id for h in workshop.search("osce", limit=1)] == [every[0].id]
    assert [h.id for h in workshop.search("osce", limit=1, offset=1)] == [every[1].id]


def test_no_hits_is_an_empty_list(workshop):
    assert workshop.search("zzqqxxnothing") == []


def test_repr_is_readable(workshop):
    hit = workshop.search("capaliku")[0]
    text = repr(hit)
    assert text.startswith("<SearchHit person %d 'Sara Çapaliku'" % hit.id)
    assert hit.organization in text
    assert "score=" in text


def test_hits_compare_by_content(workshop):
    assert workshop.search("capaliku") == workshop.search("capaliku")


def test_unknown_attribute(workshop):
    hit = workshop.search("capaliku")[0]
    with pytest.raises(AttributeError):
        hit.nonexistent
