#include <liaison/version.hpp>

namespace liaison {
inline namespace v1 {

const char* version() noexcept { return LIAISON_VERSION_STRING; }

}  // namespace v1
}  // namespace liaison
