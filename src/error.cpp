#include <liaison/error.hpp>

namespace liaison {
inline namespace v1 {

const char* to_string(errc code) noexcept {
  switch (code) {
    case errc::ok: return "ok";
    case errc::unknown: return "unknown";
    case errc::not_found: return "not_found";
    case errc::already_exists: return "already_exists";
    case errc::invalid_argument: return "invalid_argument";
    case errc::parse_error: return "parse_error";
    case errc::io_error: return "io_error";
    case errc::busy: return "busy";
    case errc::corrupt: return "corrupt";
    case errc::version_mismatch: return "version_mismatch";
    case errc::ambiguous: return "ambiguous";
    case errc::constraint: return "constraint";
    case errc::read_only: return "read_only";
    case errc::out_of_memory: return "out_of_memory";
  }
  return "unknown";
}

Error::Error(errc code, const std::string& message) : std::runtime_error(message), code_(code) {}

}  // namespace v1
}  // namespace liaison
