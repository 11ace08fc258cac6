// liaison: version of the library these headers belong to.
#ifndef LIAISON_VERSION_HPP
#define LIAISON_VERSION_HPP

#include <liaison/version.h>

namespace liaison {
inline namespace v1 {

/// The version of the library actually linked, which may differ from the
/// LIAISON_VERSION_STRING the caller was compiled against.
const char* version() noexcept;

}  // namespace v1
}  // namespace liaison

#endif
