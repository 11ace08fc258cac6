"""The Directory class: one open liaison directory, and liaison.open() to get one.

Every method is a thin call of one C function (include/liaison/liaison.h):
arguments become UTF-8 strings or JSON, results come back as JSON and are
parsed into dicts (records) or the objects of :mod:`liaison.results`.
Buffers the library fills are always disposed of, failures raise the
exceptions of :mod:`liaison.errors`.
"""

import ctypes
import functools
import json
import os
import threading

from . import _native
from . import _options
from .errors import InvalidArgument
from .results import DuplicatePair, ImportReport, Merge, SearchHit

_lib = _native.lib
_encode = _native.encode

#: The import functions by format: (from a file, from bytes).
_IMPORTERS = {
    "vcard": (_lib.liaison_vcard_import, _lib.liaison_vcard_import_buffer),
    "csv": (_lib.liaison_csv_import, _lib.liaison_csv_import_buffer),
    "document": (_lib.liaison_document_import, _lib.liaison_document_import_buffer),
}

#: The export functions by format: (to a file, into a buffer).
_EXPORTERS = {
    "vcard": (_lib.liaison_vcard_export, _lib.liaison_vcard_export_buffer),
    "csv": (_lib.liaison_csv_export, _lib.liaison_csv_export_buffer),
}

#: File name extensions and the format they stand for.
_EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".json": "document"}

#: The (add, get, update) functions of each kind of record.
_RECORD_FUNCTIONS = {
    "organization": (_lib.liaison_organization_add, _lib.liaison_organization_get,
                     _lib.liaison_organization_update),
    "person": (_lib.liaison_person_add, _lib.liaison_person_get, _lib.liaison_person_update),
    "affiliation": (_lib.liaison_affiliation_add, _lib.liaison_affiliation_get,
                    _lib.liaison_affiliation_update),
    "event": (_lib.liaison_event_add, _lib.liaison_event_get, _lib.liaison_event_update),
}

#: The list functions of the iterators, and the page size they read.
_LISTS = {
    "person": _lib.liaison_person_list,
    "organization": _lib.liaison_organization_list,
    "event": _lib.liaison_event_list,
}
PAGE_SIZE = 500


def _format_of(name, given):
    """The import/export format: the one given, else from the file name's extension."""
    if given is not None:
        return given
    extension = os.path.splitext(os.fspath(name))[1].lower()
    if isinstance(extension, bytes):
        extension = extension.decode("utf-8", "replace")
    if extension not in _EXTENSIONS:
        raise InvalidArgument("cannot tell the format of %r from its extension; pass "
                              "format='vcard', 'csv' or 'document'" % (name,))
    return _EXTENSIONS[extension]


def _json_arg(record, fields):
    """A record given as a dict and/or keyword arguments, as the JSON text the ABI takes.

    A str or bytes `record` is taken as JSON text already and passed on as it
    is (then `fields` must be empty), so that the library judges it.
    """
    if isinstance(record, (str, bytes)):
        if fields:
            raise InvalidArgument("keyword fields cannot be added to a record given as JSON text")
        return _encode(record)
    merged = dict(record or {})
    merged.update(fields)
    return json.dumps(merged, ensure_ascii=False).encode("utf-8")


def _id_of(value):
    """A record id from an int or a record dict (its "id")."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument("expected a record id or a record with an \"id\", got %r"
                              % (value,))
    return value


def open(path=":memory:", *, create=True, read_only=False, actor=None,  # noqa: A001
         default_region=None, busy_timeout_ms=None):
    """Opens (or creates) the directory in the SQLite file `path`.

    ":memory:" (the default) makes a directory in memory. `actor` names who
    makes the changes, for the journal (default: the OS user);
    `default_region` is the ISO 3166-1 region for phone numbers without a
    country code, used when the directory is created. Returns a
    :class:`Directory`, also usable as a context manager.
    """
    options = _options.open_options(create, read_only, actor, default_region, busy_timeout_ms)
    handle = ctypes.POINTER(_native.Directory)()
    _lib.liaison_directory_open(ctypes.byref(handle), _encode(path), ctypes.byref(options))
    return Directory(handle)


class Directory:
    """An open liaison directory. Close it with close() or a ``with`` block.

    The C handle may be used by one thread at a time, and ctypes lets other
    Python threads run while a call is in the library: so every method holds
    the directory's lock, and threads sharing one Directory take turns
    instead of corrupting it (or closing it under another's call). Threads
    that should work side by side open a Directory each.
    """

    def __init__(self, handle):
        """Wraps a handle from liaison_directory_open(); use liaison.open() instead."""
        self._handle = handle
        self._lock = threading.RLock()

    # ---- Lifetime -----------------------------------------------------------

    def close(self):
        """Closes the directory; closing twice is fine."""
        handle, self._handle = self._handle, None
        if handle:
            _lib.liaison_directory_free(handle)

    @property
    def closed(self):
        return not self._handle

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        # A directory never closed is closed when collected; at interpreter
        # exit the module may already be torn down, and nothing can be done.
        try:
            self.close()
        except Exception:  # noqa: BLE001 - never raise from a finalizer
            pass

    def __repr__(self):
        if self.closed:
            return "<liaison.Directory closed>"
        return "<liaison.Directory %r>" % (self.path,)

    @property
    def _h(self):
        """The C handle; a closed directory is an InvalidArgument, not a crash."""
        if not self._handle:
            raise InvalidArgument("the directory is closed")
        return self._handle

    def _json(self, function, *args):
        """Calls a function writing JSON into a buffer, and parses it."""
        return json.loads(_native.call_text(function, self._h, *args))

    # ---- The directory itself --------------------------------------------------

    @property
    def path(self):
        """The file the directory was opened from."""
        return _lib.liaison_directory_path(self._h).decode("utf-8")

    @property
    def default_region(self):
        """The default phone region ("AL"), or ""; assignable."""
        return _native.call_text(_lib.liaison_directory_default_region, self._h)

    @default_region.setter
    def default_region(self, region):
        _lib.liaison_directory_set_default_region(self._h, _encode(region or ""))

    def check(self):
        """Checks the database and search index: a list of problems, [] when all is well."""
        text = _native.call_text(_lib.liaison_directory_check, self._h)
        return [line for line in text.splitlines() if line]

    def reindex(self):
        """Rebuilds the search index from the stored records."""
        _lib.liaison_directory_reindex(self._h)

    # ---- Records ------------------------------------------------------------------

    def _add(self, kind, record, fields):
        return self._json(_RECORD_FUNCTIONS[kind][0], _json_arg(record, fields))

    def add_organization(self, record=None, **fields):
        """Adds an organization (a dict of docs/json.md, and/or keywords); returns it stored.

        As for every add, the record may also be JSON text (str or bytes).
        """
        return self._add("organization", record, fields)

    def add_person(self, record=None, **fields):
        """Adds a person (a dict of docs/json.md, and/or keywords); returns it stored."""
        return self._add("person", record, fields)

    def add_affiliation(self, person, organization, **fields):
        """Links a person to an organization (ids or records); `fields` are the
        affiliation's other members (title, role, department, start, end, primary)."""
        fields["person_id"] = _id_of(person)
        fields["organization_id"] = _id_of(organization)
        return self._add("affiliation", None, fields)

    def add_event(self, record=None, **fields):
        """Adds an event (a dict of docs/json.md, and/or keywords); returns it stored."""
        return self._add("event", record, fields)

    def add_participation(self, event, participant, **fields):
        """Links a person or an organization to an event (ids or records); `fields`
        are role, session, notes."""
        fields["event_id"] = _id_of(event)
        fields["participant_id"] = _id_of(participant)
        return self._json(_lib.liaison_participation_add, _json_arg(None, fields))

    def get(self, record_id, kind=None):
        """The record with that id, of any kind, or only of `kind` when given."""
        if kind is None:
            return self._json(_lib.liaison_record_get, _id_of(record_id))
        return self._json(self._functions(kind)[1], _id_of(record_id))

    def update(self, record, **fields):
        """Stores a changed record (a stored record's dict, with "id"); returns the new one.

        `fields` overwrite members of `record` first. The kind comes from the
        record's "kind", else from the stored record with that id.
        """
        merged = dict(record)
        merged.update(fields)
        kind = merged.get("kind") or self.get(_id_of(merged))["kind"]
        return self._json(self._functions(kind)[2], _json_arg(merged, {}))

    def remove(self, record_id):
        """Removes a record of any kind (with a person's or organization's links)."""
        _lib.liaison_record_remove(self._h, _id_of(record_id))

    @staticmethod
    def _functions(kind):
        if kind not in _RECORD_FUNCTIONS:
            raise InvalidArgument("unknown kind of record %r (known: %s)"
                                  % (kind, ", ".join(sorted(_RECORD_FUNCTIONS))))
        return _RECORD_FUNCTIONS[kind]

    def _pages(self, kind, page_size):
        if page_size < 1:
            raise InvalidArgument("page_size must be at least 1")
        offset = 0
        while True:
            page = self._json(_LISTS[kind], page_size, offset)
            yield from page
            if len(page) < page_size:
                return
            offset += len(page)

    def people(self, page_size=PAGE_SIZE):
        """Every person (dicts), read `page_size` at a time."""
        return self._pages("person", page_size)

    def organizations(self, page_size=PAGE_SIZE):
        """Every organization (dicts), read `page_size` at a time."""
        return self._pages("organization", page_size)

    def events(self, page_size=PAGE_SIZE):
        """Every event (dicts), read `page_size` at a time."""
        return self._pages("event", page_size)

    def find_organizations(self, name):
        """Organizations whose folded name, acronym or alias is `name` (a list)."""
        return self._json(_lib.liaison_organization_find, _encode(name))

    def units(self, organization_id):
        """The direct units (departments, missions) of an organization (a list)."""
        return self._json(_lib.liaison_organization_units, _id_of(organization_id))

    def affiliations(self, record_id, all_time=False):
        """The affiliations of a person or at an organization; current ones unless `all_time`."""
        return self._json(_lib.liaison_affiliation_list, _id_of(record_id),
                          1 if all_time else 0)

    def participations(self, record_id):
        """The participations in an event, or of a participant."""
        return self._json(_lib.liaison_participation_list, _id_of(record_id))

    def add_contact(self, record_id, kind, contact=None, **fields):
        """Appends a contact point to the `kind` array ("emails", "phones", "urls",
        "social_profiles", "addresses") of a person or organization; returns the record."""
        return self._json(_lib.liaison_contact_add, _id_of(record_id), _encode(kind),
                          _json_arg(contact, fields))

    def remove_contact(self, record_id, kind, index):
        """Removes entry `index` (0-based) of a record's `kind` array; returns the record."""
        if index < 0:
            raise InvalidArgument("index must not be negative, got %d" % index)
        return self._json(_lib.liaison_contact_remove, _id_of(record_id), _encode(kind), index)

    def find_uid(self, uid):
        """The id of the record with that uid, or of the one it was merged into (NotFound when none)."""
        found = ctypes.c_int64()
        _lib.liaison_record_find_uid(ctypes.byref(found), self._h, _encode(uid))
        return found.value

    def find_source(self, source, key):
        """The id of the record an import made from (source, key) (NotFound when none)."""
        found = ctypes.c_int64()
        _lib.liaison_record_find_source(ctypes.byref(found), self._h, _encode(source),
                                        _encode(key))
        return found.value

    def sources(self, record_id):
        """Where a record came from: a list of {"source", "key"}."""
        return self._json(_lib.liaison_record_sources, _id_of(record_id))

    def history(self, record_id):
        """Every journaled change to a record, oldest first (dicts, docs/json.md "Change")."""
        return self._json(_lib.liaison_record_history, _id_of(record_id))

    # ---- Search -------------------------------------------------------------------

    def search(self, query, limit=20, offset=0, exact=False, all_time=False, as_of=None,
               kind=None):
        """Searches as the CLI does (filters in the query included); SearchHits, best first.

        `limit` 0 means all hits; `exact` keeps case, accents and script;
        `as_of` ("YYYY-MM-DD") or `all_time` choose the affiliations shown;
        `kind` ("person" or "organization") restricts the hits.
        """
        options = _options.search_options(limit, offset, exact, all_time, as_of, kind)
        hits = self._json(_lib.liaison_directory_search, _encode(query), ctypes.byref(options))
        return [SearchHit(hit) for hit in hits]

    # ---- Import and export ----------------------------------------------------------

    def import_file(self, path, format=None, **options):  # noqa: A002
        """Imports a vCard, CSV or liaison JSON document file; returns an ImportReport.

        `format` ("vcard", "csv", "document") defaults to the one the extension
        names (.vcf/.vcard, .csv, .json). `options` are the members of
        liaison_import_options: skip_bad, dry_run, source, on_match, encoding,
        delimiter, preset, map, month_first.
        """
        importer = _IMPORTERS[self._import_format(_format_of(path, format))][0]
        struct = _options.import_options(options)
        return ImportReport(self._json(importer, _encode(path), ctypes.byref(struct)))

    def import_bytes(self, data, name, format=None, **options):  # noqa: A002
        """Imports `data` (bytes, or str taken as UTF-8); `name` stands for the file
        name in messages and provenance, and gives the format when `format` is None."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        data = bytes(data)
        importer = _IMPORTERS[self._import_format(_format_of(name, format))][1]
        struct = _options.import_options(options)
        return ImportReport(self._json(importer, data, len(data), _encode(name),
                                       ctypes.byref(struct)))

    @staticmethod
    def _import_format(format):  # noqa: A002
        if format not in _IMPORTERS:
            raise InvalidArgument("unknown import format %r (known: %s)"
                                  % (format, ", ".join(sorted(_IMPORTERS))))
        return format

    def export(self, path=None, format=None, *, vcard_version=None, fold=None,  # noqa: A002
               preset=None, excel=False):
        """Exports the whole directory as vCards or CSV.

        To a file when `path` is given (returns the number of cards or rows
        written), else returns the exported text (str). `format` ("vcard" or
        "csv") defaults to the path's extension, else "vcard". vCard:
        `vcard_version` "4.0"/"3.0", `fold`; CSV: `preset` ("native",
        "google", "outlook"), `excel`.
        """
        if format is None:
            format = "vcard" if path is None else _format_of(path, None)
        if format not in _EXPORTERS:
            raise InvalidArgument("unknown export format %r (known: csv, vcard)" % (format,))
        to_file, to_buffer = _EXPORTERS[format]
        options = _options.export_options(vcard_version, fold, preset, excel)
        if path is None:
            return _native.call_text(to_buffer, self._h, ctypes.byref(options))
        count = ctypes.c_size_t()
        to_file(ctypes.byref(count), self._h, _encode(path), ctypes.byref(options))
        return count.value

    # ---- Duplicates and merging -----------------------------------------------------

    def dedup(self, kind=None, *, duplicate_threshold=None, possible_threshold=None,
              min_score=None, include_kept_apart=False):
        """Pairs of records that look alike, best first: a list of DuplicatePair."""
        options = _options.dedup_options(kind, duplicate_threshold, possible_threshold,
                                         min_score, include_kept_apart)
        pairs = self._json(_lib.liaison_dedup_find, ctypes.byref(options))
        return [DuplicatePair(pair) for pair in pairs]

    def compare(self, a, b, *, duplicate_threshold=None, possible_threshold=None):
        """One pair of records scored, with its reasons, whatever the score: a DuplicatePair."""
        options = _options.dedup_options(None, duplicate_threshold, possible_threshold, None,
                                         False)
        return DuplicatePair(self._json(_lib.liaison_dedup_compare, _id_of(a), _id_of(b),
                                        ctypes.byref(options)))

    def merge(self, a, b, keep=None):
        """Merges two records of the same kind; `keep` survives (default: the older one).

        Returns the Merge, whose ``.id`` undoes it (unmerge). Constraint for a
        kept-apart pair.
        """
        keep_id = 0 if keep is None else _id_of(keep)
        return Merge(self._json(_lib.liaison_merge_records, _id_of(a), _id_of(b), keep_id))

    def unmerge(self, merge, force=False):
        """Undoes a merge (a Merge or its id), restoring both records.

        Constraint when the survivor changed since, unless `force`.
        """
        merge_id = merge.id if isinstance(merge, Merge) else _id_of(merge)
        _lib.liaison_merge_undo(self._h, merge_id, 1 if force else 0)

    def get_merge(self, merge_id):
        """One merge by its id."""
        return Merge(self._json(_lib.liaison_merge_get, _id_of(merge_id)))

    def merges(self):
        """Every merge, newest first."""
        return [Merge(merge) for merge in self._json(_lib.liaison_merge_list)]

    def keep_apart(self, a, b):
        """Remembers that a and b are different, so they are never suggested again."""
        _lib.liaison_keep_apart_add(self._h, _id_of(a), _id_of(b))

    def forget_keep_apart(self, a, b):
        """Forgets that decision; True when there was one."""
        removed = ctypes.c_int()
        _lib.liaison_keep_apart_remove(ctypes.byref(removed), self._h, _id_of(a), _id_of(b))
        return bool(removed.value)

    def kept_apart(self, a, b):
        """True when a and b are kept apart."""
        value = ctypes.c_int()
        _lib.liaison_keep_apart_get(ctypes.byref(value), self._h, _id_of(a), _id_of(b))
        return bool(value.value)


def _serialised(function):
    """The method, run holding its directory's lock (reentrant: methods call methods)."""
    @functools.wraps(function)
    def locked(self, *args, **kwargs):
        with self._lock:
            return function(self, *args, **kwargs)
    return locked


# Every method and property that reaches the handle takes the lock; the
# iterators (people(), ...) take it again for each page they fetch.
for _name, _member in list(vars(Directory).items()):
    if _name in ("__init__", "__enter__", "__repr__", "__del__", "_h"):
        continue
    if isinstance(_member, (staticmethod, classmethod)):
        continue
    if isinstance(_member, property):
        setattr(Directory, _name, property(
            _serialised(_member.fget) if _member.fget else None,
            _serialised(_member.fset) if _member.fset else None,
            doc=_member.__doc__))
    elif callable(_member) and (not _name.startswith("__") or _name == "__exit__"):
        setattr(Directory, _name, _serialised(_member))
del _name, _member
