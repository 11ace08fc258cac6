// liaison: what every stored record shares.
#ifndef LIAISON_RECORD_HPP
#define LIAISON_RECORD_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <optional>

namespace liaison {
inline namespace v1 {

/// Record ids are unique across every kind of record in one directory, so
/// an id alone names a person, an organization, an event, an affiliation or
/// a participation. Ids are never reused.
using RecordId = std::int64_t;

enum class RecordKind { person, organization, affiliation, event, participation };

/// "person", "organization", ... (stable, used in JSON and the journal).
const char* to_string(RecordKind kind) noexcept;
std::optional<RecordKind> record_kind_from_string(std::string_view text) noexcept;

/// Bookkeeping the directory maintains; callers never need to set it. On
/// add(), an empty uid is replaced by a new random UUID; a given uid is kept.
struct RecordMeta {
  RecordId id = 0;
  std::string uid;            ///< UUID, stable forever, also across merges and exports
  std::int64_t revision = 0;  ///< grows by one with every change to the record
  std::string created_at;     ///< UTC, ISO 8601 "2026-11-29T12:00:00.123Z"
  std::string updated_at;

  bool operator==(const RecordMeta& other) const;
};

/// A name in another script, spelling or language: "ОБСЕ" (sr-Cyrl), "OSBE" (sq).
struct LocalizedName {
  std::string value;
  std::string language;  ///< BCP 47 tag such as "sr-Cyrl", or empty

  bool operator==(const LocalizedName& other) const;
};

/// Where a record came from: a file name (or "manual") and the key the
/// record had there (a CSV row id, a vCard UID), and when it was seen.
struct SourceRef {
  std::string source;
  std::string external_key;
  std::string seen_at;  ///< set by the directory when empty

  bool operator==(const SourceRef& other) const;
};

/// Something an imported file said that liaison has no field for, kept with
/// the record so that nothing is lost and so that an export to the same
/// format writes it back: a vCard property (X-SKYPE, PHOTO, RELATED, an
/// Apple label) or a CSV column no mapping covers.
struct ExtraField {
  std::string format;  ///< the format it came from: "vcard", "csv"
  /// vCard: the property name with its group ("item1.X-ABDATE"); CSV: the column header.
  std::string name;
  /// vCard: the rest of the content line, parameters included, as UTF-8
  /// (";TYPE=work:live:sara.c"); CSV: the cell.
  std::string value;
  bool operator==(const ExtraField& other) const;
};

/// A value an import could not validate (an e-mail without '@', a date that
/// does not parse). It is kept as text on the record instead of being lost.
struct RawValue {
  std::string field;   ///< the field it was meant for: "email", "birthday", ...
  std::string value;   ///< exactly as it was read
  std::string reason;  ///< why it was not accepted

  bool operator==(const RawValue& other) const;
};

}  // namespace v1
}  // namespace liaison

#endif
