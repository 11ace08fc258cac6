"""Loading the library: LIAISON_LIBRARY, the clear errors, the version."""

import os
import re
import subprocess
import sys
import types

import pytest

import liaison
from liaison import _native


def _run_import(library):
    env = dict(os.environ, LIAISON_LIBRARY=library)
    return subprocess.run([sys.executable, "-c", "import liaison"], env=env,
                          capture_output=True, text=True, timeout=60)


def test_version_comes_from_the_library():
    assert re.fullmatch(r"\d+\.\d+\.\d+", liaison.version())
    assert liaison.__version__ == liaison.version()
    major, minor, patch = (int(part) for part in liaison.version().split("."))
    assert liaison.version_number() == major * 1000000 + minor * 1000 + patch


@pytest.mark.skipif("LIAISON_LIBRARY" not in os.environ, reason="LIAISON_LIBRARY not set")
def test_library_is_the_one_liaison_library_names():
    assert liaison.library_path == os.environ["LIAISON_LIBRARY"]


def test_missing_library_gives_a_clear_error(tmp_path):
    missing = str(tmp_path / "no-such-libliaison.so")
    result = _run_import(missing)
    assert result.returncode != 0
    assert "LibraryError" in result.stderr
    assert "cannot load the liaison C library" in result.stderr
    assert missing in result.stderr
    assert "LIAISON_LIBRARY is set" in result.stderr


def test_subprocess_with_the_real_library_loads():
    result = _run_import(liaison.library_path)
    assert result.returncode == 0, result.stderr


def test_missing_symbol_is_named():
    incomplete = types.SimpleNamespace()  # has none of the functions
    with pytest.raises(liaison.LibraryError, match="has no function liaison_version"):
        _native._declare(incomplete, "/fake/libliaison.so")


def test_library_error_is_an_import_error():
    assert issubclass(liaison.LibraryError, ImportError)


def test_option_versions_mirror_the_header():
    header = os.path.join(os.path.dirname(__file__), "..", "..", "include", "liaison",
                          "liaison.h")
    with open(header, encoding="utf-8") as file:
        text = file.read()
    for name in ("OPEN", "SEARCH", "IMPORT", "EXPORT", "DEDUP"):
        found = re.search(r"#define LIAISON_%s_OPTIONS_VERSION (\d+)" % name, text)
        assert found, name
        assert getattr(_native, "%s_OPTIONS_VERSION" % name) == int(found.group(1))
