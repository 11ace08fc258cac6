"""Building the C options structs from Python keyword arguments.

Each struct is first set to the library's defaults by its ``_init``
function with the version constant this binding was written for, and only
the members the caller gave are then overwritten; a member left as None
keeps the library's default.
"""

import ctypes

from . import _native
from .errors import InvalidArgument


def _initialised(struct_type, init, version):
    options = struct_type()
    init(ctypes.byref(options), version)
    return options


def open_options(create, read_only, actor, default_region, busy_timeout_ms):
    """A liaison_open_options for liaison.open()."""
    options = _initialised(_native.OpenOptions, _native.lib.liaison_open_options_init,
                           _native.OPEN_OPTIONS_VERSION)
    options.create = 1 if create else 0
    options.read_only = 1 if read_only else 0
    options.actor = _native.encode(actor)
    options.default_region = _native.encode(default_region)
    if busy_timeout_ms is not None:
        options.busy_timeout_ms = int(busy_timeout_ms)
    return options


def search_options(limit, offset, exact, all_time, as_of, kind):
    """A liaison_search_options for Directory.search()."""
    options = _initialised(_native.SearchOptions, _native.lib.liaison_search_options_init,
                           _native.SEARCH_OPTIONS_VERSION)
    options.limit = _count(limit, "limit")
    options.offset = _count(offset, "offset")
    options.exact = 1 if exact else 0
    options.all_time = 1 if all_time else 0
    options.as_of = _native.encode(as_of)
    options.kind = _native.encode(kind)
    return options


#: The keyword arguments of the imports, each with the conversion to its C member.
_IMPORT_MEMBERS = {
    "skip_bad": lambda value: 1 if value else 0,
    "dry_run": lambda value: 1 if value else 0,
    "source": _native.encode,
    "on_match": _native.encode,
    "encoding": _native.encode,
    "delimiter": lambda value: _delimiter(value),
    "preset": _native.encode,
    "map": lambda value: _map(value),
    "month_first": lambda value: 1 if value else 0,
}


def import_options(options):
    """A liaison_import_options from the keyword arguments of an import.

    ``map`` may be a "COLUMN=field,..." string or a dict {column: field}.
    An unknown keyword is a TypeError, as for any Python function.
    """
    struct = _initialised(_native.ImportOptions, _native.lib.liaison_import_options_init,
                          _native.IMPORT_OPTIONS_VERSION)
    for name, value in options.items():
        if name not in _IMPORT_MEMBERS:
            raise TypeError("unknown import option %r (known: %s)"
                            % (name, ", ".join(sorted(_IMPORT_MEMBERS))))
        if value is not None:
            setattr(struct, name, _IMPORT_MEMBERS[name](value))
    return struct


def export_options(vcard_version, fold, preset, excel):
    """A liaison_export_options for Directory.export()."""
    options = _initialised(_native.ExportOptions, _native.lib.liaison_export_options_init,
                           _native.EXPORT_OPTIONS_VERSION)
    options.vcard_version = _native.encode(vcard_version)
    if fold is not None:
        options.fold = 1 if fold else 0
    options.preset = _native.encode(preset)
    options.excel = 1 if excel else 0
    return options


def dedup_options(kind, duplicate_threshold, possible_threshold, min_score, include_kept_apart):
    """A liaison_dedup_options for Directory.dedup() and compare()."""
    options = _initialised(_native.DedupOptions, _native.lib.liaison_dedup_options_init,
                           _native.DEDUP_OPTIONS_VERSION)
    options.kind = _native.encode(kind)
    if duplicate_threshold is not None:
        options.duplicate_threshold = float(duplicate_threshold)
    if possible_threshold is not None:
        options.possible_threshold = float(possible_threshold)
    if min_score is not None:
        options.min_score = float(min_score)
    options.include_kept_apart = 1 if include_kept_apart else 0
    return options


def _count(value, name):
    value = int(value)
    if value < 0:
        raise InvalidArgument("%s must not be negative, got %d" % (name, value))
    return value


def _delimiter(value):
    data = _native.encode(value)
    if len(data) != 1:
        raise InvalidArgument("delimiter must be one character, got %r" % (value,))
    return data


def _map(value):
    if isinstance(value, dict):
        value = ",".join("%s=%s" % item for item in value.items())
    return _native.encode(value)
