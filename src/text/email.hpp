// E-mail address checking and the key used to find duplicates.
#pragma once

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace text {

/// The outcome of check_email(). When `ok` is false, `address` and `key`
/// are empty and `reason` names the first problem found, as a short English
/// phrase ("missing @", "domain has no dot"); when `ok` is true, `reason` is
/// empty.
struct EmailCheck {
  bool ok = false;
  /// The local part as typed, "@", the domain in lower case (still in
  /// Unicode if it was typed in Unicode): what to store and show.
  std::string address;
  /// The local part in lower case, "@", the domain in ASCII (punycode):
  /// what to look up and compare for duplicates.
  std::string key;
  std::string reason;
};

/// Checks that `text` is one e-mail address, in a clear subset of the RFC
/// 5322 addr-spec with the UTF-8 of RFC 6531. White space around it, a
/// surrounding "Name <...>" or "<...>" and a leading "mailto:" are removed
/// first. The local part is a dot-atom (RFC 5322 atext, or any letter, mark
/// or digit beyond ASCII) or a quoted string, at most 64 octets. The domain
/// has at least two labels of 1 to 63 characters each, or is an address
/// literal ("[192.0.2.1]", "[IPv6:2001:db8::1]"); a Unicode domain must pass
/// UTS #46 (non-transitional, with the Bidi and ContextJ checks). The whole
/// address is at most 254 octets. Never throws for bad input; thread-safe.
EmailCheck check_email(std::string_view text);

}  // namespace text
}  // namespace v1
}  // namespace liaison
