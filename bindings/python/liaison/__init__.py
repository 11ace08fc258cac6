"""liaison: a directory of partner organizations and the people who work there.

A Python binding over liaison's stable C ABI (include/liaison/liaison.h),
written with ctypes and the standard library only::

    import liaison

    with liaison.open("partners.db") as d:
        d.import_file("examples/data/workshop-2016.json")
        for hit in d.search("capaliku"):
            print(hit.name, hit.organization)

Records (people, organizations, affiliations, events, participations) are
plain dicts with the members of docs/json.md, parsed from the library's
JSON; pass dicts of the same shape to add and update them. What the library
reports about an operation comes as small read-only objects
(:class:`SearchHit`, :class:`ImportReport`, :class:`DuplicatePair`,
:class:`Merge`), each keeping its JSON object as ``.data``.

Failures raise subclasses of :class:`liaison.Error` (see
:mod:`liaison.errors`), each with the library's ``code`` and ``message``.
The library is found as :mod:`liaison._native` describes
(``LIAISON_LIBRARY`` first); when it cannot be loaded, importing this
package raises :class:`LibraryError`, listing what was tried.
"""

from . import _native
from .directory import Directory, open  # noqa: A004 - liaison.open is the entry point
from .errors import (AlreadyExists, Ambiguous, Busy, Constraint, Corrupt, Error,
                     InvalidArgument, IoError, LibraryError, NotFound, OutOfMemory,
                     ParseError, ReadOnly, VersionMismatch)
from .results import DuplicatePair, ImportReport, Merge, SearchHit


def version():
    """The version of the loaded library ("0.1.0")."""
    return _native.lib.liaison_version().decode("ascii")


def version_number():
    """The loaded library's version as one integer (major * 1000000 + minor * 1000 + patch)."""
    return _native.lib.liaison_version_number()


#: The path of the shared library this binding loaded.
library_path = _native.path

__version__ = version()

__all__ = [
    "open", "Directory", "version", "version_number", "library_path", "__version__",
    "SearchHit", "ImportReport", "DuplicatePair", "Merge",
    "Error", "NotFound", "AlreadyExists", "InvalidArgument", "ParseError", "IoError", "Busy",
    "Corrupt", "VersionMismatch", "Ambiguous", "Constraint", "ReadOnly", "OutOfMemory",
    "LibraryError",
]
