"""Result codes become the right exception classes, with the library's message."""

import pytest

import liaison
from liaison import errors


@pytest.mark.parametrize("code, cls", [
    (-2, liaison.NotFound), (-3, liaison.AlreadyExists), (-4, liaison.InvalidArgument),
    (-5, liaison.ParseError), (-6, liaison.IoError), (-7, liaison.Busy),
    (-8, liaison.Corrupt), (-9, liaison.VersionMismatch), (-10, liaison.Ambiguous),
    (-11, liaison.Constraint), (-12, liaison.ReadOnly), (-13, liaison.OutOfMemory),
    (-1, liaison.Error), (-99, liaison.Error),
])
def test_code_maps_to_class(code, cls):
    error = errors.error_for(code, "the message")
    assert type(error) is cls
    assert error.code == code
    assert error.message == "the message"
    assert str(error) == "the message"


def test_builtin_bases():
    assert isinstance(errors.error_for(-4, "x"), ValueError)
    assert isinstance(errors.error_for(-6, "x"), OSError)
    assert isinstance(errors.error_for(-13, "x"), MemoryError)
    assert isinstance(errors.error_for(-2, "x"), liaison.Error)


def test_repr_names_class_and_code():
    assert repr(errors.error_for(-2, "no record 5")) == "NotFound('no record 5', code=-2)"


def test_malformed_json_is_a_parse_error(directory):
    with pytest.raises(liaison.ParseError) as caught:
        directory.add_person('{"given_names": ')
    assert caught.value.code == -5
    assert "malformed JSON" in caught.value.message


def test_unknown_member_is_invalid_argument(directory):
    with pytest.raises(liaison.InvalidArgument) as caught:
        directory.add_person({"given_name": "Sara"})
    assert caught.value.code == -4
    assert "unknown member 'given_name'" in str(caught.value)


def test_unreadable_file_names_it(directory, tmp_path):
    missing = tmp_path / "nowhere.csv"
    with pytest.raises(liaison.Error) as caught:
        directory.import_file(missing)
    assert isinstance(caught.value, (liaison.NotFound, liaison.IoError))
    assert "nowhere.csv" in caught.value.message


def test_unknown_id_is_not_found(directory):
    with pytest.raises(liaison.NotFound) as caught:
        directory.get(987654)
    assert caught.value.code == -2
    assert caught.value.message != ""


def test_missing_file_is_an_io_error(directory, tmp_path):
    missing = tmp_path / "nowhere.vcf"
    with pytest.raises(liaison.IoError) as caught:
        directory.import_file(missing)
    assert "nowhere.vcf" in caught.value.message
    assert isinstance(caught.value, OSError)


def test_vcard_parse_error_names_file_and_line(directory, fixture_dir):
    path = fixture_dir / "vcard" / "reader" / "missing_begin.vcf"
    with pytest.raises(liaison.ParseError) as caught:
        directory.import_file(path)
    assert "missing_begin.vcf:1" in caught.value.message
    assert list(directory.people()) == []  # nothing stored


def test_csv_parse_error_names_file_and_line(directory):
    data = b'name,notes\nAna Horvat,ok\nIvo Kovac,"never closed\n'
    with pytest.raises(liaison.ParseError) as caught:
        directory.import_bytes(data, "broken.csv")
    assert "broken.csv" in caught.value.message
    assert "broken.csv:3" in caught.value.message  # the line of the opening quote
    assert list(directory.people()) == []


def test_write_on_read_only_directory(tmp_path):
    path = str(tmp_path / "ro.db")
    with liaison.open(path) as writable:
        writable.add_person(given_names="Ana", family_names="Horvat")
    with liaison.open(path, read_only=True) as readable:
        assert [p["name"] for p in readable.people()] == ["Ana Horvat"]
        with pytest.raises(liaison.ReadOnly) as caught:
            readable.add_person(given_names="Ivo")
        assert caught.value.code == -12
        assert caught.value.message


def test_taken_uid_already_exists(directory):
    directory.add_person(given_names="Ana", uid="urn:uuid:1")
    with pytest.raises(liaison.AlreadyExists):
        directory.add_person(given_names="Ivo", uid="urn:uuid:1")


def test_closed_directory_is_refused():
    opened = liaison.open()
    opened.close()
    with pytest.raises(liaison.InvalidArgument, match="closed"):
        opened.search("x")


def test_unknown_import_option_is_a_type_error(directory):
    with pytest.raises(TypeError, match="skip_bda"):
        directory.import_bytes(b"", "x.vcf", skip_bda=True)
