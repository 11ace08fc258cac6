// liaison: the change journal every write leaves behind.
#ifndef LIAISON_JOURNAL_HPP
#define LIAISON_JOURNAL_HPP

#include <liaison/record.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

enum class ChangeOperation { create, update, remove };
const char* to_string(ChangeOperation operation) noexcept;
std::optional<ChangeOperation> change_operation_from_string(std::string_view text) noexcept;

/// One journaled write. Written in the same transaction as the change
/// itself, so the journal and the data never disagree.
struct Change {
  std::int64_t sequence = 0;  ///< strictly increasing across the directory
  RecordKind kind = RecordKind::person;
  RecordId record_id = 0;
  std::string uid;
  ChangeOperation operation = ChangeOperation::create;
  std::int64_t revision = 0;        ///< the record's revision after the change
  std::vector<std::string> fields;  ///< the fields that changed ("emails", "title", ...)
  std::string actor;                ///< who made it: the name given at open()
  std::string time;                 ///< UTC, ISO 8601
  std::string before;               ///< the record as JSON before an update or removal; empty on create
};

/// What a removal leaves behind, so that sync can tell "deleted" from "never seen".
struct Tombstone {
  std::string uid;
  RecordKind kind = RecordKind::person;
  RecordId record_id = 0;
  std::int64_t sequence = 0;  ///< the change sequence of the removal
  std::string removed_at;
  std::string actor;
};

}  // namespace v1
}  // namespace liaison

#endif
