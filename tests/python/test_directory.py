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


def test_threads_sharing_one_directory_take_turns():
    # ctypes lets Python threads run while one is inside the library, and the
    # C handle allows one thread at a time: the Directory's lock must make
    # them take turns, so that every write lands and nothing crashes.
    import threading

    with liaison.open(":memory:") as shared:
        errors = []

        def work(worker):
            try:
                for i in range(100):
                    shared.add_person(given_names="Worker%d" % worker, family_names="Person%d" % i)
                    shared.search("worker%d" % worker, limit=5)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(list(shared.people())) == 400
        assert shared.check() == []
