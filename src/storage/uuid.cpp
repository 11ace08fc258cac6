#include "storage/uuid.hpp"

#include <liaison/error.hpp>

#include <sys/random.h>
#include <array>
#include <cstdint>
#include <cstdio>

namespace liaison {
inline namespace v1 {
namespace storage {

std::string new_uuid() {
  // Straight from the kernel each time: a user-space generator's state
  // would be copied into a forked child, and two processes would then hand
  // out the same uids.
  std::array<std::uint8_t, 16> bytes;
  std::size_t filled = 0;
  while (filled < bytes.size()) {
    const ssize_t got = getrandom(bytes.data() + filled, bytes.size() - filled, 0);
    if (got < 0) throw Error(errc::unknown, "the system's random number source failed");
    filled += static_cast<std::size_t>(got);
  }
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40);  // version 4
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);  // RFC variant
  char text[37];
  std::snprintf(text, sizeof text,
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
                bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
  return text;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
