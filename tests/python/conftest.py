"""Shared fixtures of the Python binding's tests.

CTest (tests/python/CMakeLists.txt) passes the library as LIAISON_LIBRARY,
the package as PYTHONPATH and the data folders as LIAISON_SAMPLE_DIR and
LIAISON_FIXTURE_DIR. Run by hand, the folders default to the checkout's and
the package is found beside this folder; the library still has to be named
with LIAISON_LIBRARY (or installed).
"""

import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINDING_DIR = ROOT / "bindings" / "python"
if str(BINDING_DIR) not in sys.path and not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(BINDING_DIR))

import liaison  # noqa: E402 - after the path is set

SAMPLE_DIR = pathlib.Path(os.environ.get("LIAISON_SAMPLE_DIR", ROOT / "examples" / "data"))
FIXTURE_DIR = pathlib.Path(os.environ.get("LIAISON_FIXTURE_DIR", ROOT / "tests" / "fixtures"))
WORKSHOP = SAMPLE_DIR / "workshop-2016.json"


@pytest.fixture
def directory():
    """An empty directory in memory, closed after the test."""
    with liaison.open(":memory:", actor="pytest") as opened:
        yield opened


@pytest.fixture
def workshop(directory):
    """A directory holding examples/data/workshop-2016.json."""
    report = directory.import_file(WORKSHOP)
    assert report.created > 0
    return directory


@pytest.fixture
def fixture_dir():
    """tests/fixtures (LIAISON_FIXTURE_DIR)."""
    return FIXTURE_DIR


@pytest.fixture
def workshop_path():
    """examples/data/workshop-2016.json (from LIAISON_SAMPLE_DIR)."""
    return WORKSHOP
