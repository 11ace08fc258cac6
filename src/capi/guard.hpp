// What every C ABI entry point shares: the handle's layout, the guard that
// turns every exception into a code and a thread-local message, NULL
// checks, options version checks and the liaison_buf filling.
#ifndef LIAISON_SRC_CAPI_GUARD_HPP
#define LIAISON_SRC_CAPI_GUARD_HPP

#include <liaison/liaison.h>
#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

/// The opaque handle: a Directory and the path it was opened with, kept
/// here so that liaison_directory_path() can hand out a borrowed string.
struct liaison_directory {
  liaison::Directory directory;
  std::string path;
};

namespace liaison::capi {

/// Records a failure as the calling thread's last error.
void set_last_error(int code, std::string message) noexcept;

/// Frees the buffer's contents and empties it.
void clear_buffer(liaison_buf* buf) noexcept;

/// Replaces the buffer's contents with a malloc'd, NUL-terminated copy of
/// `text`. Throws std::bad_alloc when memory runs out (the buffer is then
/// left empty).
void fill_buffer(liaison_buf* buf, std::string_view text);

/// Fills the buffer when the caller wants the output (`buf` may be NULL).
inline void maybe_fill(liaison_buf* buf, std::string_view text) {
  if (buf != nullptr) fill_buffer(buf, text);
}

/// Throws errc::invalid_argument "FUNCTION: NAME is NULL" for a NULL pointer.
inline void require(const void* pointer, const char* function, const char* name) {
  if (pointer == nullptr) {
    throw Error(errc::invalid_argument, std::string(function) + ": " + name + " is NULL");
  }
}

/// Refuses an options struct of a version this library does not know.
inline void require_version(unsigned int version, unsigned int known, const char* function) {
  if (version != known) {
    throw Error(errc::invalid_argument, std::string(function) + ": options version " +
                                            std::to_string(version) + " is not " +
                                            std::to_string(known));
  }
}

/// The handle's Directory, or errc::invalid_argument for a NULL handle.
inline Directory& directory_of(liaison_directory* dir, const char* function) {
  require(dir, function, "dir");
  return dir->directory;
}

/// An optional C string as a std::string; NULL gives "".
inline std::string text_or_empty(const char* text) { return text == nullptr ? "" : text; }

/// JSON strings joined into one array.
std::string json_array(const std::vector<std::string>& items);

/// Runs `body` and returns LIAISON_OK, or turns whatever it throws into a
/// code and the thread's last error: liaison::Error into its negated code,
/// std::bad_alloc into LIAISON_ENOMEM, nlohmann's parse errors into
/// LIAISON_EPARSE, anything else into LIAISON_EUNKNOWN. On failure `out`
/// (may be NULL) is left empty.
int guard_impl(const char* function, liaison_buf* out, void (*run)(void*), void* context) noexcept;

template <class Body>
int guard(const char* function, liaison_buf* out, Body&& body) noexcept {
  return guard_impl(
      function, out,
      [](void* context) { (*static_cast<std::remove_reference_t<Body>*>(context))(); }, &body);
}

}  // namespace liaison::capi

#endif
