// Random (version 4) UUIDs for record uids.
#ifndef LIAISON_SRC_STORAGE_UUID_HPP
#define LIAISON_SRC_STORAGE_UUID_HPP

#include <string>

namespace liaison {
inline namespace v1 {
namespace storage {

/// "3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e6f", lower-case, RFC 9562 version 4.
std::string new_uuid();

}  // namespace storage
}  // namespace v1
}  // namespace liaison

#endif
