"""Loading libliaison and declaring its C ABI (include/liaison/liaison.h) for ctypes.

Where the library is looked for, in this order:

1. the file named by the environment variable ``LIAISON_LIBRARY``, if set
   (and only that file: a wrong setting is an error, not a silent fallback);
2. a ``libliaison.so*`` next to this package (in its folder or the one above);
3. the system's search path: ``ctypes.util.find_library("liaison")``, then
   ``libliaison.so.0``.

Every function is declared once, in :data:`_PROTOTYPES`, and
:func:`_declare` applies that table: a symbol missing from the library
raises :class:`~liaison.errors.LibraryError` naming it. Functions that
return a result code get :func:`_check` as their errcheck, so a failure
becomes the matching :mod:`liaison.errors` exception, with
``liaison_error_last()``'s message read at once, before any other call can
replace it.
"""

import ctypes
import ctypes.util
import glob
import os

from . import errors

# ---- Versions of the options structs. ctypes cannot see C macros: these
# ---- mirror LIAISON_<NAME>_OPTIONS_VERSION in include/liaison/liaison.h.
OPEN_OPTIONS_VERSION = 1    # LIAISON_OPEN_OPTIONS_VERSION
SEARCH_OPTIONS_VERSION = 1  # LIAISON_SEARCH_OPTIONS_VERSION
IMPORT_OPTIONS_VERSION = 1  # LIAISON_IMPORT_OPTIONS_VERSION
EXPORT_OPTIONS_VERSION = 1  # LIAISON_EXPORT_OPTIONS_VERSION
DEDUP_OPTIONS_VERSION = 1   # LIAISON_DEDUP_OPTIONS_VERSION


# ---- Structures, field for field as in liaison.h.

class Buf(ctypes.Structure):
    """liaison_buf: output owned by the library until liaison_buf_dispose()."""

    _fields_ = [("ptr", ctypes.c_void_p),  # not c_char_p: read `size` bytes, not up to a NUL
                ("size", ctypes.c_size_t),
                ("reserved", ctypes.c_size_t)]


class OpenOptions(ctypes.Structure):
    """liaison_open_options."""

    _fields_ = [("version", ctypes.c_uint),
                ("actor", ctypes.c_char_p),
                ("create", ctypes.c_int),
                ("read_only", ctypes.c_int),
                ("default_region", ctypes.c_char_p),
                ("busy_timeout_ms", ctypes.c_int)]


class SearchOptions(ctypes.Structure):
    """liaison_search_options."""

    _fields_ = [("version", ctypes.c_uint),
                ("limit", ctypes.c_size_t),
                ("offset", ctypes.c_size_t),
                ("exact", ctypes.c_int),
                ("all_time", ctypes.c_int),
                ("as_of", ctypes.c_char_p),
                ("kind", ctypes.c_char_p)]


class ImportOptions(ctypes.Structure):
    """liaison_import_options."""

    _fields_ = [("version", ctypes.c_uint),
                ("skip_bad", ctypes.c_int),
                ("dry_run", ctypes.c_int),
                ("source", ctypes.c_char_p),
                ("on_match", ctypes.c_char_p),
                ("encoding", ctypes.c_char_p),
                ("delimiter", ctypes.c_char),
                ("preset", ctypes.c_char_p),
                ("map", ctypes.c_char_p),
                ("month_first", ctypes.c_int)]


class ExportOptions(ctypes.Structure):
    """liaison_export_options."""

    _fields_ = [("version", ctypes.c_uint),
                ("vcard_version", ctypes.c_char_p),
                ("fold", ctypes.c_int),
                ("preset", ctypes.c_char_p),
                ("excel", ctypes.c_int)]


class DedupOptions(ctypes.Structure):
    """liaison_dedup_options."""

    _fields_ = [("version", ctypes.c_uint),
                ("kind", ctypes.c_char_p),
                ("duplicate_threshold", ctypes.c_double),
                ("possible_threshold", ctypes.c_double),
                ("min_score", ctypes.c_double),
                ("include_kept_apart", ctypes.c_int)]


class Directory(ctypes.Structure):
    """The opaque liaison_directory; only pointers to it are used."""


# ---- Shorthands for the prototype table.
_int = ctypes.c_int
_uint = ctypes.c_uint
_i64 = ctypes.c_int64
_size = ctypes.c_size_t
_str = ctypes.c_char_p
_void = None
_dir = ctypes.POINTER(Directory)
_dirp = ctypes.POINTER(_dir)
_buf = ctypes.POINTER(Buf)
_data = ctypes.c_void_p
_pi64 = ctypes.POINTER(ctypes.c_int64)
_pint = ctypes.POINTER(ctypes.c_int)
_psize = ctypes.POINTER(ctypes.c_size_t)
_CHECK = True  # marks a function returning a result code


def _check(result, func, args):
    """errcheck of every function returning a result code: raise on failure."""
    if result < 0:
        message = lib.liaison_error_last().decode("utf-8", "replace")
        raise errors.error_for(result, message)
    return result


# (name, argtypes, restype, errcheck?) for every function of liaison.h.
_PROTOTYPES = [
    # Versions and errors.
    ("liaison_version", [], _str, False),
    ("liaison_version_number", [], _int, False),
    ("liaison_errstr", [_int], _str, False),
    ("liaison_error_last", [], _str, False),
    ("liaison_error_last_code", [], _int, False),
    ("liaison_error_clear", [], _void, False),
    ("liaison_buf_dispose", [_buf], _void, False),
    # Opening a directory.
    ("liaison_open_options_init", [ctypes.POINTER(OpenOptions), _uint], _int, _CHECK),
    ("liaison_directory_open", [_dirp, _str, ctypes.POINTER(OpenOptions)], _int, _CHECK),
    ("liaison_directory_free", [_dir], _void, False),
    ("liaison_directory_path", [_dir], _str, False),
    ("liaison_directory_default_region", [_buf, _dir], _int, _CHECK),
    ("liaison_directory_set_default_region", [_dir, _str], _int, _CHECK),
    ("liaison_directory_check", [_buf, _dir], _int, _CHECK),
    ("liaison_directory_reindex", [_dir], _int, _CHECK),
    # Records.
    ("liaison_organization_add", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_organization_get", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_organization_update", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_organization_list", [_buf, _dir, _size, _size], _int, _CHECK),
    ("liaison_organization_find", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_organization_units", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_person_add", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_person_get", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_person_update", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_person_list", [_buf, _dir, _size, _size], _int, _CHECK),
    ("liaison_affiliation_add", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_affiliation_get", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_affiliation_update", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_affiliation_list", [_buf, _dir, _i64, _int], _int, _CHECK),
    ("liaison_event_add", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_event_get", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_event_update", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_event_list", [_buf, _dir, _size, _size], _int, _CHECK),
    ("liaison_participation_add", [_buf, _dir, _str], _int, _CHECK),
    ("liaison_participation_list", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_contact_add", [_buf, _dir, _i64, _str, _str], _int, _CHECK),
    ("liaison_contact_remove", [_buf, _dir, _i64, _str, _size], _int, _CHECK),
    ("liaison_record_get", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_record_remove", [_dir, _i64], _int, _CHECK),
    ("liaison_record_find_uid", [_pi64, _dir, _str], _int, _CHECK),
    ("liaison_record_find_source", [_pi64, _dir, _str, _str], _int, _CHECK),
    ("liaison_record_sources", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_record_history", [_buf, _dir, _i64], _int, _CHECK),
    # Search.
    ("liaison_search_options_init", [ctypes.POINTER(SearchOptions), _uint], _int, _CHECK),
    ("liaison_directory_search", [_buf, _dir, _str, ctypes.POINTER(SearchOptions)], _int,
     _CHECK),
    # Import and export.
    ("liaison_import_options_init", [ctypes.POINTER(ImportOptions), _uint], _int, _CHECK),
    ("liaison_vcard_import", [_buf, _dir, _str, ctypes.POINTER(ImportOptions)], _int, _CHECK),
    ("liaison_vcard_import_buffer",
     [_buf, _dir, _data, _size, _str, ctypes.POINTER(ImportOptions)], _int, _CHECK),
    ("liaison_csv_import", [_buf, _dir, _str, ctypes.POINTER(ImportOptions)], _int, _CHECK),
    ("liaison_csv_import_buffer",
     [_buf, _dir, _data, _size, _str, ctypes.POINTER(ImportOptions)], _int, _CHECK),
    ("liaison_document_import", [_buf, _dir, _str, ctypes.POINTER(ImportOptions)], _int,
     _CHECK),
    ("liaison_document_import_buffer",
     [_buf, _dir, _data, _size, _str, ctypes.POINTER(ImportOptions)], _int, _CHECK),
    ("liaison_export_options_init", [ctypes.POINTER(ExportOptions), _uint], _int, _CHECK),
    ("liaison_vcard_export", [_psize, _dir, _str, ctypes.POINTER(ExportOptions)], _int, _CHECK),
    ("liaison_vcard_export_buffer", [_buf, _dir, ctypes.POINTER(ExportOptions)], _int, _CHECK),
    ("liaison_csv_export", [_psize, _dir, _str, ctypes.POINTER(ExportOptions)], _int, _CHECK),
    ("liaison_csv_export_buffer", [_buf, _dir, ctypes.POINTER(ExportOptions)], _int, _CHECK),
    # Duplicates and merging.
    ("liaison_dedup_options_init", [ctypes.POINTER(DedupOptions), _uint], _int, _CHECK),
    ("liaison_dedup_find", [_buf, _dir, ctypes.POINTER(DedupOptions)], _int, _CHECK),
    ("liaison_dedup_compare", [_buf, _dir, _i64, _i64, ctypes.POINTER(DedupOptions)], _int,
     _CHECK),
    ("liaison_merge_records", [_buf, _dir, _i64, _i64, _i64], _int, _CHECK),
    ("liaison_merge_undo", [_dir, _i64, _int], _int, _CHECK),
    ("liaison_merge_get", [_buf, _dir, _i64], _int, _CHECK),
    ("liaison_merge_list", [_buf, _dir], _int, _CHECK),
    ("liaison_keep_apart_add", [_dir, _i64, _i64], _int, _CHECK),
    ("liaison_keep_apart_remove", [_pint, _dir, _i64, _i64], _int, _CHECK),
    ("liaison_keep_apart_get", [_pint, _dir, _i64, _i64], _int, _CHECK),
]


def _candidates():
    """The files to try, in order, and notes on places that held none."""
    explicit = os.environ.get("LIAISON_LIBRARY")
    if explicit:
        return [explicit], ["LIAISON_LIBRARY is set, so only that file was tried"]
    here = os.path.dirname(os.path.abspath(__file__))
    found, notes = [], []
    for folder in (here, os.path.dirname(here)):
        beside = sorted(glob.glob(os.path.join(folder, "libliaison.so*")))
        if not beside:
            notes.append("no libliaison.so* in %s" % folder)
        found.extend(beside)
    system = ctypes.util.find_library("liaison")
    if system:
        found.append(system)
    else:
        notes.append('ctypes.util.find_library("liaison") found nothing')
    found.append("libliaison.so.0")
    notes.append("set LIAISON_LIBRARY to the path of libliaison.so to choose one")
    return found, notes


def _load():
    """Opens the first library that loads, or raises LibraryError listing every attempt."""
    candidates, notes = _candidates()
    failures = []
    for candidate in candidates:
        try:
            return ctypes.CDLL(candidate), candidate
        except OSError as error:
            failures.append("  %s: %s" % (candidate, error))
    raise errors.LibraryError("cannot load the liaison C library; tried:\n%s\n(%s)"
                              % ("\n".join(failures), "; ".join(notes)))


def _declare(library, path):
    """Applies the prototype table to `library`; a missing symbol is named in the error."""
    for name, argtypes, restype, checked in _PROTOTYPES:
        try:
            function = getattr(library, name)
        except AttributeError:
            raise errors.LibraryError(
                "the liaison library %s has no function %s: it is older than, or does not "
                "match, this binding" % (path, name)) from None
        function.argtypes = argtypes
        function.restype = restype
        if checked:
            function.errcheck = _check


lib, path = _load()
_declare(lib, path)


# ---- Small helpers used by the rest of the package.

def encode(text):
    """A str (or PathLike, or bytes) as the UTF-8 bytes a `const char *` takes; None stays None."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8")
    return os.fsencode(text)


def call_bytes(function, *args):
    """Calls `function(&buf, *args)` and returns the buffer's bytes, always disposing of it."""
    buf = Buf()
    try:
        function(ctypes.byref(buf), *args)
        if not buf.ptr:
            return b""
        return ctypes.string_at(buf.ptr, buf.size)
    finally:
        lib.liaison_buf_dispose(ctypes.byref(buf))


def call_text(function, *args):
    """As call_bytes, decoded from UTF-8."""
    return call_bytes(function, *args).decode("utf-8")
