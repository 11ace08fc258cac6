// liaison: the one exception type of the C++ API.
#ifndef LIAISON_ERROR_HPP
#define LIAISON_ERROR_HPP

#include <stdexcept>
#include <string>

namespace liaison {
inline namespace v1 {

/// What went wrong. The values are fixed forever: the C ABI returns them
/// (negated) and scripts compare against them. Never renumber; only append.
enum class errc : int {
  ok = 0,
  unknown = 1,            ///< an unexpected failure, with a message
  not_found = 2,          ///< no record with that id, uid or name
  already_exists = 3,     ///< a record with that uid already exists
  invalid_argument = 4,   ///< a value was refused; the message names the field
  parse_error = 5,        ///< an input file is structurally broken; the message names file and line
  io_error = 6,           ///< a file could not be read, written or created
  busy = 7,               ///< the database stayed locked by another process past the timeout
  corrupt = 8,            ///< the database file is damaged or is not a liaison directory
  version_mismatch = 9,   ///< the file was written by a newer liaison
  ambiguous = 10,         ///< a name matched more than one record
  constraint = 11,        ///< the change would break a link (e.g. removing a parent still in use)
  read_only = 12,         ///< a write was attempted on a directory opened read-only
  out_of_memory = 13,     ///< memory ran out (the C ABI's LIAISON_ENOMEM)
};

/// The stable name of a code ("not_found"), for messages and scripts.
const char* to_string(errc code) noexcept;

/// Thrown by every liaison function that can fail. what() names the field,
/// record or file concerned; it never carries SQLite's own text.
class Error : public std::runtime_error {
 public:
  Error(errc code, const std::string& message);

  errc code() const noexcept { return code_; }

 private:
  errc code_;
};

}  // namespace v1
}  // namespace liaison

#endif
