"""The exceptions of the liaison binding, and the one place a C result code becomes one.

Every C function of the ABI returns ``LIAISON_OK`` (0) or a negative
``LIAISON_E*`` code, and leaves a message naming the field, record or file
concerned in ``liaison_error_last()``. :func:`error_for` turns the pair into
an instance of the class below that matches the code, so that callers can
catch ``liaison.NotFound`` rather than compare numbers. Where a built-in
exception means the same thing (a bad value, a file that cannot be read, no
memory), the class derives from it as well, so that ``except ValueError``
keeps working.
"""


class Error(Exception):
    """Base class of every failure the liaison library reports.

    ``code`` is the library's negative result code (``liaison.h``) and
    ``message`` its explanation, which is also ``str(error)``.
    """

    #: The result code this class stands for (the base class: LIAISON_EUNKNOWN).
    default_code = -1

    def __init__(self, message="", code=None):
        super().__init__(message)
        self.message = message
        self.code = self.default_code if code is None else code

    def __str__(self):
        return self.message

    def __repr__(self):
        return "%s(%r, code=%d)" % (type(self).__name__, self.message, self.code)


class NotFound(Error, LookupError):
    """No record with that id, uid or name; a missing file (LIAISON_ENOTFOUND)."""

    default_code = -2


class AlreadyExists(Error):
    """A record with that uid already exists (LIAISON_EEXISTS)."""

    default_code = -3


class InvalidArgument(Error, ValueError):
    """A bad argument or value: an unknown member, a refused value (LIAISON_EINVAL)."""

    default_code = -4


class ParseError(Error, ValueError):
    """Malformed input: JSON, a vCard or CSV file; names file and line (LIAISON_EPARSE)."""

    default_code = -5


class IoError(Error, OSError):
    """A file could not be read, written or created (LIAISON_EIO)."""

    default_code = -6


class Busy(Error):
    """The database stayed locked by another process past the timeout (LIAISON_EBUSY)."""

    default_code = -7


class Corrupt(Error):
    """The file is damaged or is not a liaison directory (LIAISON_ECORRUPT)."""

    default_code = -8


class VersionMismatch(Error):
    """The file was written by a newer liaison (LIAISON_EVERSION)."""

    default_code = -9


class Ambiguous(Error):
    """A name matched more than one record (LIAISON_EAMBIGUOUS)."""

    default_code = -10


class Constraint(Error):
    """The change would break a link, or a kept-apart pair (LIAISON_ECONSTRAINT)."""

    default_code = -11


class ReadOnly(Error):
    """A write on a directory opened read-only (LIAISON_EREADONLY)."""

    default_code = -12


class OutOfMemory(Error, MemoryError):
    """The library ran out of memory (LIAISON_ENOMEM)."""

    default_code = -13


class LibraryError(ImportError):
    """The shared library could not be loaded, or lacks a function this binding needs.

    Not a :class:`Error`: there is no library to give a result code.
    """


_CLASSES = {cls.default_code: cls for cls in (
    NotFound, AlreadyExists, InvalidArgument, ParseError, IoError, Busy, Corrupt,
    VersionMismatch, Ambiguous, Constraint, ReadOnly, OutOfMemory)}


def error_for(code, message):
    """The exception for a failed call's result ``code`` and its ``message``.

    Codes this binding does not know (added to the library later) give the
    base :class:`Error`, still carrying the code.
    """
    return _CLASSES.get(code, Error)(message, code)
