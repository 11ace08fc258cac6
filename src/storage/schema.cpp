#include "storage/schema.hpp"

#include <liaison/error.hpp>

#include <iterator>
#include <string>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

// 'LIAN': marks the file as a liaison directory (PRAGMA application_id), so
// that another application's SQLite file is refused instead of altered.
constexpr int application_id = 0x4C49414E;

// Migration N takes a file from version N-1 to N. Never edit a migration
// that has shipped; add a new one.
constexpr const char* migrations[] = {
    // 1: records, their fields, contact points, provenance, journal.
    R"sql(
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Every record of every kind: one id space, one uid space, one revision counter.
CREATE TABLE record (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind       TEXT NOT NULL CHECK (kind IN ('person','organization','affiliation','event','participation')),
  uid        TEXT NOT NULL UNIQUE,
  revision   INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE organization (
  id          INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  acronym     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  country     TEXT NOT NULL,
  parent_id   INTEGER REFERENCES organization(id),
  website     TEXT NOT NULL,
  notes       TEXT NOT NULL,
  sort_key    TEXT NOT NULL
);
CREATE INDEX organization_parent ON organization(parent_id);

-- Folded name, acronym and aliases of each organization, so that "osce",
-- "ОБСЕ" and the full name find it without scanning.
CREATE TABLE organization_name_key (
  organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
  key             TEXT NOT NULL,
  PRIMARY KEY (key, organization_id)
) WITHOUT ROWID;
CREATE INDEX organization_name_key_owner ON organization_name_key(organization_id);
CREATE INDEX organization_sort ON organization(sort_key, id);

CREATE TABLE person (
  id               INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  prefix           TEXT NOT NULL,
  given_names      TEXT NOT NULL,
  family_names     TEXT NOT NULL,
  suffix           TEXT NOT NULL,
  display_name     TEXT NOT NULL,
  nicknames        TEXT NOT NULL,  -- JSON array of strings
  birthday         TEXT NOT NULL,
  country          TEXT NOT NULL,
  languages        TEXT NOT NULL,  -- JSON array of strings
  notes            TEXT NOT NULL,
  lawful_basis     TEXT NOT NULL,
  consent_date     TEXT NOT NULL,
  consent_source   TEXT NOT NULL,
  retention_review TEXT NOT NULL,
  sort_key         TEXT NOT NULL
);
CREATE INDEX person_sort ON person(sort_key, id);

CREATE TABLE affiliation (
  id              INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  person_id       INTEGER NOT NULL REFERENCES person(id),
  organization_id INTEGER NOT NULL REFERENCES organization(id),
  title           TEXT NOT NULL,
  role            TEXT NOT NULL,
  department      TEXT NOT NULL,
  start_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  is_primary      INTEGER NOT NULL,
  source          TEXT NOT NULL
);
CREATE INDEX affiliation_person ON affiliation(person_id);
CREATE INDEX affiliation_organization ON affiliation(organization_id);

CREATE TABLE event (
  id          INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  place       TEXT NOT NULL,
  country     TEXT NOT NULL,
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  notes       TEXT NOT NULL
);

CREATE TABLE event_organizer (
  event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  organization_id INTEGER NOT NULL REFERENCES organization(id),
  PRIMARY KEY (event_id, position)
);
CREATE INDEX event_organizer_organization ON event_organizer(organization_id);

CREATE TABLE event_session (
  event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  title       TEXT NOT NULL,
  description TEXT NOT NULL,
  date        TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
);

CREATE TABLE participation (
  id             INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  event_id       INTEGER NOT NULL REFERENCES event(id),
  participant_id INTEGER NOT NULL REFERENCES record(id),
  role           TEXT NOT NULL,
  session        TEXT NOT NULL,
  notes          TEXT NOT NULL,
  source         TEXT NOT NULL
);
CREATE INDEX participation_event ON participation(event_id);
CREATE INDEX participation_participant ON participation(participant_id);

-- Aliases of organizations and alternative names of persons.
CREATE TABLE name_variant (
  owner_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value    TEXT NOT NULL,
  language TEXT NOT NULL,
  PRIMARY KEY (owner_id, position)
);

-- E-mails, phones, URLs, social profiles and postal addresses. lookup_key is
-- the normalised e-mail or the E.164 number, for exact lookups.
CREATE TABLE contact_point (
  owner_id    INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('email','phone','url','social','address')),
  subtype     TEXT NOT NULL,  -- phone kind, social service
  value       TEXT NOT NULL,  -- address, number, url; street for addresses
  lookup_key  TEXT NOT NULL,
  label       TEXT NOT NULL,
  preferred   INTEGER NOT NULL,
  source      TEXT NOT NULL,
  locality    TEXT NOT NULL,
  region      TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  country     TEXT NOT NULL,
  PRIMARY KEY (owner_id, type, position)
);
CREATE INDEX contact_point_lookup ON contact_point(type, lookup_key) WHERE lookup_key <> '';

CREATE TABLE tag (
  owner_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,
  PRIMARY KEY (owner_id, position)
);
CREATE INDEX tag_value ON tag(tag);

CREATE TABLE identifier (
  owner_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  scheme   TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (owner_id, position)
);
CREATE INDEX identifier_value ON identifier(scheme, value);

CREATE TABLE provenance (
  owner_id     INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  source       TEXT NOT NULL,
  external_key TEXT NOT NULL,
  seen_at      TEXT NOT NULL,
  PRIMARY KEY (owner_id, position)
);
CREATE INDEX provenance_key ON provenance(source, external_key);

-- Values an import could not validate, kept as text.
CREATE TABLE raw_value (
  owner_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  field    TEXT NOT NULL,
  value    TEXT NOT NULL,
  reason   TEXT NOT NULL,
  PRIMARY KEY (owner_id, position)
);

-- The change journal. It keeps the record id after the record is gone, so
-- it has no foreign key.
CREATE TABLE journal (
  sequence  INTEGER PRIMARY KEY AUTOINCREMENT,
  record_id INTEGER NOT NULL,
  uid       TEXT NOT NULL,
  kind      TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('create','update','remove')),
  revision  INTEGER NOT NULL,
  fields    TEXT NOT NULL,  -- JSON array of field names
  actor     TEXT NOT NULL,
  time      TEXT NOT NULL
);
CREATE INDEX journal_record ON journal(record_id, sequence);

CREATE TABLE tombstone (
  uid        TEXT PRIMARY KEY,
  record_id  INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  sequence   INTEGER NOT NULL,
  removed_at TEXT NOT NULL
);
CREATE INDEX tombstone_sequence ON tombstone(sequence);
)sql",

    // 2: the journal keeps each record's state before an update or removal
    // (for audit and undo), and tombstones say who removed the record.
    R"sql(
ALTER TABLE journal ADD COLUMN before TEXT NOT NULL DEFAULT '';
ALTER TABLE tombstone ADD COLUMN actor TEXT NOT NULL DEFAULT '';
)sql",

    // 3: the search index. Its rows are written by liaison (folded text
    // that SQL cannot compute), so this creates the tables empty and the
    // library fills them when it opens the file (setting search_index).
    R"sql(
-- One row per person or organization, rowid = record id. Every indexed
-- column holds text folded by liaison (text/fold.hpp), so FTS5's own
-- folding is switched off; detail=column because queries never ask for
-- phrases, only for words in columns; prefix indexes for type-ahead.
CREATE VIRTUAL TABLE search_text USING fts5(
  names, organization, title, tags, contact, places, events, notes, former, facets,
  original UNINDEXED,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'",
  prefix = '2 3 4',
  detail = column
);

-- Folded full names (both orders), alternative names, organization names,
-- acronyms and aliases: the exact lookups that rank first.
CREATE TABLE search_name_key (
  key       TEXT NOT NULL,
  record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  what      TEXT NOT NULL CHECK (what IN ('name','acronym')),
  PRIMARY KEY (key, record_id)
) WITHOUT ROWID;
CREATE INDEX search_name_key_record ON search_name_key(record_id);

-- The words of names, organizations and titles, and each word with one
-- letter deleted, so that a word one typo away is found by lookups
-- instead of by comparing the query with every word. Only grows; words
-- no record uses any more are dropped by a rebuild.
CREATE TABLE search_term (
  term TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE search_term_variant (
  variant TEXT NOT NULL,
  term    TEXT NOT NULL,
  PRIMARY KEY (variant, term)
) WITHOUT ROWID;
)sql",

    // 4: what imported files said that liaison has no field for (vCard
    // properties it does not map, CSV columns no mapping covers).
    R"sql(
CREATE TABLE extra_field (
  owner_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  format   TEXT NOT NULL,
  name     TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (owner_id, position)
);
)sql",

    // 5: merges of duplicates, kept so that each can be undone, and pairs
    // someone said are different. Neither has a foreign key to record: a
    // merge names a record it removed, and ids are never reused.
    R"sql(
CREATE TABLE merge_record (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  kind              TEXT NOT NULL CHECK (kind IN ('person','organization')),
  survivor_id       INTEGER NOT NULL,
  absorbed_id       INTEGER NOT NULL,
  absorbed_uid      TEXT NOT NULL,
  snapshot          TEXT NOT NULL,  -- JSON: both records and the links the merge touched, before it
  survivor_revision INTEGER NOT NULL,  -- the survivor's revision right after the merge
  time              TEXT NOT NULL,
  actor             TEXT NOT NULL,
  undone_at         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX merge_record_absorbed ON merge_record(absorbed_id);

CREATE TABLE keep_apart (
  first_id  INTEGER NOT NULL,
  second_id INTEGER NOT NULL,
  time      TEXT NOT NULL,
  actor     TEXT NOT NULL,
  PRIMARY KEY (first_id, second_id),
  CHECK (first_id < second_id)
) WITHOUT ROWID;
CREATE INDEX keep_apart_second ON keep_apart(second_id);
)sql",

    // 6: an import looks up every uid it does not find among the records
    // among the merges too (a card may name a record merged away).
    R"sql(
CREATE INDEX merge_record_absorbed_uid ON merge_record(absorbed_uid);
)sql",

    // 7: the owners of an e-mail address or phone number (looked up for
    // every new person an import matches, and for every address a search
    // names) come from the index alone, in order, without a visit to each
    // row they name.
    R"sql(
DROP INDEX contact_point_lookup;
CREATE INDEX contact_point_lookup ON contact_point(type, lookup_key, owner_id)
  WHERE lookup_key <> '';
)sql",

    // 8: every word of the search index with the columns that hold it (bit
    // i for search_text's i-th column): a search leaves out the columns a
    // word is not in, and spells a prefix longer than the prefix indexes
    // out as the words it begins. Filled by the index rebuild that the new
    // search index version (directory.cpp) asks for.
    R"sql(
CREATE TABLE search_word (
  word    TEXT PRIMARY KEY,
  columns INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
};

constexpr int latest = static_cast<int>(std::size(migrations));

int read_int(Connection& connection, const char* sql) {
  auto query = connection.statement(sql);
  query->executeStep();
  return query->getColumn(0).getInt();
}

}  // namespace

int latest_schema_version() noexcept { return latest; }

int schema_version(Connection& connection) { return read_int(connection, "PRAGMA user_version"); }

void migrate(Connection& connection, int target) {
  guarded("upgrading the directory's schema", [&] {
    // Version, table count and application id come from one statement, so
    // one snapshot: read apart, another process's first migration could
    // commit in between and make a new file look like someone else's.
    auto check = [&] {
      auto query = connection.statement(
          "SELECT (SELECT user_version FROM pragma_user_version), "
          "(SELECT count(*) FROM sqlite_schema), "
          "(SELECT application_id FROM pragma_application_id)");
      query->executeStep();
      const int version = query->getColumn(0).getInt();
      const int tables = query->getColumn(1).getInt();
      const int id = query->getColumn(2).getInt();
      if (version > latest) {
        throw Error(errc::version_mismatch,
                    "the directory was written by a newer liaison (schema version " +
                        std::to_string(version) + "; this library reads up to " +
                        std::to_string(latest) + ")");
      }
      if ((version == 0 && tables > 0) || (version > 0 && id != application_id)) {
        throw Error(errc::corrupt, "the file is an SQLite database but not a liaison directory");
      }
      return version;
    };
    int version = check();
    if (version >= target || connection.read_only()) return;
    while (version < target) {
      connection.begin();
      try {
        // Another process may have migrated while we waited for the lock.
        version = check();
        if (version < target) {
          connection.execute(migrations[version]);
          ++version;
          connection.execute(("PRAGMA user_version = " + std::to_string(version)).c_str());
          connection.execute(("PRAGMA application_id = " + std::to_string(application_id)).c_str());
        }
        connection.commit();
      } catch (...) {
        connection.rollback();
        throw;
      }
    }
  });
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
