"""Opening and closing directories, and the directory-wide calls."""

import pytest

import liaison


def test_open_in_memory_by_default():
    d = liaison.open()
    try:
        assert not d.closed
        assert d.path == ":memory:"
        assert repr(d) == "<liaison.Directory ':memory:'>"
    finally:
        d.close()
    assert d.closed
    assert repr(d) == "<liaison.Directory closed>"
    d.close()  # twice is fine


def test_context_manager_closes():
    with liaison.open() as d:
        assert isinstance(d, liaison.Directory)
        d.add_person(given_names="Ana")
    assert d.closed


def test_context_manager_closes_on_error():
    with pytest.raises(RuntimeError):
        with liaison.open() as d:
            raise RuntimeError("boom")
    assert d.closed


def test_file_directory_keeps_records(tmp_path):
    path = tmp_path / "partners.db"
    with liaison.open(path, default_region="AL") as d:
        assert d.path == str(path)
        person = d.add_person(given_names="Sara", family_names="Çapaliku")
    with liaison.open(str(path), create=False) as d:
        assert d.get(person["id"])["name"] == "Sara Çapaliku"
        assert d.default_region == "AL"


def test_no_create_on_missing_file(tmp_path):
    with pytest.raises(liaison.Error) as caught:
        liaison.open(tmp_path / "missing.db", create=False)
    assert isinstance(caught.value, (liaison.NotFound, liaison.IoError))
    assert "missing.db" in caught.value.message


def test_default_region_can_be_set(directory):
    assert directory.default_region == ""
    directory.default_region = "ME"
    assert directory.default_region == "ME"


def test_check_and_reindex(workshop):
    assert workshop.check() == []
    workshop.reindex()
    assert workshop.check() == []
    assert [hit.name for hit in workshop.search("capaliku")] == ["Sara Çapaliku"]


def test_actor_is_journaled():
    with liaison.open(actor="sara") as d:
        person = d.add_person(given_names="Ana")
        history = d.history(person["id"])
    assert [change["operation"] for change in history] == ["create"]
    assert history[0]["actor"] == "sara"
    assert history[0]["record_id"] == person["id"]
