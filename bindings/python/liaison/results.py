"""Light read-only objects for what the library reports: search hits, import
reports, duplicate pairs and merges.

Each is built from the JSON object the C ABI writes (docs/json.md and
liaison.h) and keeps that object, untouched, as ``.data``, so that members
added by a later library are not lost. Records themselves stay plain dicts.
"""


class _Result:
    """Attributes from a JSON object's members, with defaults for missing ones."""

    __slots__ = ("data",)
    _members = {}  # member name -> default when the object leaves it out

    def __init__(self, data):
        self.data = data

    def __getattr__(self, name):
        members = type(self)._members
        if name in members:
            return self.data.get(name, members[name])
        raise AttributeError("%s has no attribute %r" % (type(self).__name__, name))

    def __eq__(self, other):
        return type(other) is type(self) and other.data == self.data

    __hash__ = None  # unhashable, like the dict it wraps


class SearchHit(_Result):
    """One search hit: kind ("person"/"organization"), id, uid, name,
    organization, title, matched (the list of fields the query matched, such
    as ["name"]), score, and the hit's emails and phones."""

    __slots__ = ()
    _members = {"kind": "", "id": 0, "uid": "", "name": "", "organization": "", "title": "",
                "matched": [], "score": 0.0, "emails": [], "phones": []}

    def __repr__(self):
        where = " (%s)" % self.organization if self.organization else ""
        return "<SearchHit %s %d %r%s score=%g>" % (self.kind, self.id, self.name, where,
                                                    self.score)


class ImportReport(_Result):
    """What an import did: counts read/created/updated/skipped/warnings/errors,
    diagnostics (dicts with severity, file, line, record, field, message) and
    matches (dicts with line, incoming, existing, score, decision, action)."""

    __slots__ = ()
    _members = {"read": 0, "created": 0, "updated": 0, "skipped": 0, "diagnostics": [],
                "matches": []}

    def _count(self, severity):
        return sum(1 for d in self.diagnostics if d.get("severity") == severity)

    @property
    def warnings(self):
        """How many diagnostics are warnings (values kept as raw text, cut-off cards)."""
        return self._count("warning")

    @property
    def errors(self):
        """How many diagnostics are errors (records skipped with skip_bad)."""
        return self._count("error")

    def __repr__(self):
        return ("<ImportReport read=%d created=%d updated=%d skipped=%d diagnostics=%d "
                "matches=%d>" % (self.read, self.created, self.updated, self.skipped,
                                 len(self.diagnostics), len(self.matches)))


def _record_id(value):
    """A pair member is an id or a short description {"kind", "id", "uid", "name", ...}."""
    return value.get("id", 0) if isinstance(value, dict) else int(value)


class DuplicatePair(_Result):
    """Two records that may be the same: score, decision ("duplicate", "possible",
    ...), kind, a and b (their ids), a_record and b_record (the descriptions
    the library gave, or None) and reasons (dicts: field, outcome, detail, weight)."""

    __slots__ = ()
    _members = {"score": 0.0, "decision": "", "reasons": []}

    @property
    def a(self):
        return _record_id(self.data.get("a", 0))

    @property
    def b(self):
        return _record_id(self.data.get("b", 0))

    @property
    def a_record(self):
        value = self.data.get("a")
        return value if isinstance(value, dict) else None

    @property
    def b_record(self):
        value = self.data.get("b")
        return value if isinstance(value, dict) else None

    @property
    def kind(self):
        if "kind" in self.data:
            return self.data["kind"]
        return (self.a_record or {}).get("kind", "")

    def __repr__(self):
        return "<DuplicatePair %s %d %d score=%g %s>" % (self.kind, self.a, self.b, self.score,
                                                        self.decision)


class Merge(_Result):
    """A merge: id (to undo it with Directory.unmerge), kind, survivor and absorbed
    (record ids), absorbed_uid, time, actor, undone_at ("" while it stands)."""

    __slots__ = ()
    _members = {"id": 0, "kind": "", "absorbed_uid": "", "time": "", "actor": "",
                "undone_at": ""}

    @property
    def survivor(self):
        return _record_id(self.data.get("survivor", 0))

    @property
    def absorbed(self):
        return _record_id(self.data.get("absorbed", 0))

    def __repr__(self):
        state = " undone" if self.undone_at else ""
        return "<Merge %d %s %d into %d%s>" % (self.id, self.kind, self.absorbed, self.survivor,
                                               state)
