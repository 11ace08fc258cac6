#include "text/email.hpp"

#include "text/utf8.hpp"

#include <unicode/bytestream.h>
#include <unicode/idna.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uidna.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace text {
namespace {

constexpr std::size_t max_local_octets = 64;
constexpr std::size_t max_label_octets = 63;
constexpr std::size_t max_address_octets = 254;

EmailCheck failure(std::string reason) {
  EmailCheck check;
  check.reason = std::move(reason);
  return check;
}

std::string invalid_character(std::string_view character, std::string_view where) {
  std::string reason = "invalid character '";
  reason += character;
  reason += "' in ";
  reason += where;
  return reason;
}

bool is_ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 5322 section 3.2.3.
bool is_atext(char c) noexcept {
  if (is_ascii_alnum(c)) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool is_ascii(std::string_view s) noexcept {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// The local part of the key: lower case by the root locale (so a Turkish
// user's I does not become ı), and NFC so that a name typed with a combining
// accent or a precomposed one gives one key (RFC 6532 §3.1).
std::string local_key(std::string_view local) {
  if (is_ascii(local)) return to_lower_ascii(local);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(local.data(), static_cast<std::int32_t>(local.size())));
  u.toLower(icu::Locale::getRoot());
  if (U_SUCCESS(status)) {
    icu::UnicodeString composed = nfc->normalize(u, status);
    if (U_SUCCESS(status)) return utf8(composed);
  }
  return utf8(u);
}

// Returns the reason the dot-atom `local` is invalid, or "".
std::string check_dot_atom(std::string_view local) {
  if (local.front() == '.') return "local part starts with a dot";
  if (local.back() == '.') return "local part ends with a dot";
  if (local.find("..") != std::string_view::npos) return "local part has two dots in a row";
  const std::size_t n = local.size();
  for (std::size_t i = 0; i < n;) {
    const std::size_t start = i;
    if (static_cast<unsigned char>(local[i]) < 0x80) {
      const char c = local[i++];
      if (c != '.' && !is_atext(c)) return invalid_character(local.substr(start, 1), "local part");
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(local.data(), i, n, c);  // already checked to be valid UTF-8
    // RFC 6531 allows any UTF-8 here; letters, marks and digits are what
    // names are made of, while spaces and punctuation are typing slips.
    const bool name_character = (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
    if (!name_character) return invalid_character(local.substr(start, i - start), "local part");
  }
  return {};
}

// Length of the quoted string at the start of `s` (which starts with '"'),
// or 0 with `reason` set.
std::size_t quoted_string_length(std::string_view s, std::string& reason) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"') return i + 1;
    if (c == '\\') {
      // quoted-pair: a backslash before any printable character or blank.
      if (i + 1 == s.size()) break;
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if ((next < 0x20 && next != '\t') || next == 0x7F) {
        reason = "invalid escape in quoted local part";
        return 0;
      }
      ++i;
      continue;
    }
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      reason = "control character in quoted local part";
      return 0;
    }
  }
  reason = "quoted local part has no closing quote";
  return 0;
}

bool parse_ipv4(std::string_view s) {
  int parts = 0;
  std::size_t i = 0;
  while (true) {
    std::size_t digits = 0;
    int value = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 4) {
      value = value * 10 + (s[i] - '0');
      ++i;
      ++digits;
    }
    if (digits == 0 || digits > 3 || value > 255) return false;
    ++parts;
    if (i == s.size()) return parts == 4;
    if (s[i] != '.' || parts == 4) return false;
    ++i;
  }
}

// Returns the reason the address literal `domain` ("[...]") is invalid, or "".
std::string check_address_literal(std::string_view domain) {
  if (domain.back() != ']') return "address literal has no closing ']'";
  const std::string_view inside = domain.substr(1, domain.size() - 2);
  if (starts_with_ignoring_ascii_case(inside, "ipv6:")) {
    const std::string v6(inside.substr(5));
    in6_addr ignored{};
    if (inet_pton(AF_INET6, v6.c_str(), &ignored) == 1) return {};
    return "invalid IPv6 address literal";
  }
  if (parse_ipv4(inside)) return {};
  return "invalid address literal";
}

// Full stops that UTS #46 treats as label separators, so that a domain
// typed on an East Asian keyboard splits like one typed with '.'.
std::string with_ascii_dots(std::string_view domain) {
  std::string out;
  out.reserve(domain.size());
  for (std::size_t i = 0; i < domain.size(); ++i) {
    const std::string_view rest = domain.substr(i);
    if (rest.starts_with("\xE3\x80\x82") || rest.starts_with("\xEF\xBC\x8E") ||
        rest.starts_with("\xEF\xBD\xA1")) {  // U+3002, U+FF0E, U+FF61
      out += '.';
      i += 2;
    } else {
      out += domain[i];
    }
  }
  return out;
}

// The host-name rules of RFC 1035 / 5890 on a domain's ASCII characters;
// non-ASCII characters are left to UTS #46. Returns the reason, or "".
std::string check_host_name(std::string_view domain) {
  if (domain.front() == '.') return "domain starts with a dot";
  if (domain.back() == '.') return "domain ends with a dot";
  if (domain.find("..") != std::string_view::npos) return "domain has two dots in a row";
  if (domain.find('.') == std::string_view::npos) return "domain has no dot";
  std::size_t label_start = 0;
  for (std::size_t i = 0; i <= domain.size(); ++i) {
    if (i == domain.size() || domain[i] == '.') {
      const std::string_view label = domain.substr(label_start, i - label_start);
      if (label.size() > max_label_octets && is_ascii(label)) {
        return "domain label longer than 63 characters";
      }
      if (label.front() == '-') return "domain label starts with a hyphen";
      if (label.back() == '-') return "domain label ends with a hyphen";
      label_start = i + 1;
      continue;
    }
    const char c = domain[i];
    if (static_cast<unsigned char>(c) < 0x80 && !is_ascii_alnum(c) && c != '-') {
      return invalid_character(domain.substr(i, 1), "domain");
    }
  }
  const std::string_view top = domain.substr(domain.rfind('.') + 1);
  bool all_digits = true;
  for (const char c : top) all_digits = all_digits && c >= '0' && c <= '9';
  if (all_digits) return "top-level domain is all digits";
  return {};
}

std::string idna_reason(std::uint32_t errors) {
  if (errors & UIDNA_ERROR_LABEL_TOO_LONG) return "domain label longer than 63 characters";
  if (errors & UIDNA_ERROR_DOMAIN_NAME_TOO_LONG) return "domain longer than 253 characters";
  if (errors & UIDNA_ERROR_EMPTY_LABEL) return "domain has an empty label";
  if (errors & UIDNA_ERROR_LEADING_HYPHEN) return "domain label starts with a hyphen";
  if (errors & UIDNA_ERROR_TRAILING_HYPHEN) return "domain label ends with a hyphen";
  if (errors & UIDNA_ERROR_HYPHEN_3_4)
    return "domain label has hyphens in the third and fourth places";
  if (errors & UIDNA_ERROR_LEADING_COMBINING_MARK)
    return "domain label starts with a combining mark";
  if (errors & UIDNA_ERROR_DISALLOWED) return "domain has a character not allowed in host names";
  if (errors & (UIDNA_ERROR_PUNYCODE | UIDNA_ERROR_INVALID_ACE_LABEL))
    return "domain has an invalid xn-- label";
  if (errors & UIDNA_ERROR_BIDI) return "domain mixes right-to-left and left-to-right text wrongly";
  if (errors & UIDNA_ERROR_CONTEXTJ) return "domain has a misplaced zero-width joiner";
  return "domain is not a valid internationalised domain name";
}

// Created once; ICU's UTS #46 object is immutable and its const methods may
// be called from many threads at once.
const icu::IDNA& uts46() {
  static const std::unique_ptr<const icu::IDNA> idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<const icu::IDNA> created(icu::IDNA::createUTS46Instance(
        UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ, status));
    if (U_FAILURE(status) || !created) {
      throw std::runtime_error(std::string("ICU UTS #46 unavailable: ") + u_errorName(status));
    }
    return created;
  }();
  return *idna;
}

enum class idna_form { ascii, unicode };

// The host name `domain` in UTS #46's ASCII or Unicode form, both mapped
// (lower case, NFC, full-width letters made plain), or "" with `reason`.
std::string idna_convert(std::string_view domain, idna_form form, std::string& reason) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  icu::IDNAInfo info;
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece in(domain.data(), static_cast<std::int32_t>(domain.size()));
  if (form == idna_form::ascii) {
    uts46().nameToASCII_UTF8(in, sink, info, status);
  } else {
    uts46().nameToUnicodeUTF8(in, sink, info, status);
  }
  if (U_FAILURE(status)) {
    reason = "domain could not be converted";
    return {};
  }
  if (info.hasErrors()) {
    reason = idna_reason(info.getErrors());
    return {};
  }
  return out;
}

// Removes what surrounds the address itself: "Name <...>", "<...>",
// "mailto:". Returns false with `reason` when the brackets do not pair up.
bool unwrap(std::string& s, std::string& reason) {
  const std::size_t open = s.rfind('<');
  const std::size_t close = s.rfind('>');
  if (open != std::string::npos || close != std::string::npos) {
    if (open == std::string::npos) {
      reason = "'>' without '<'";
      return false;
    }
    if (close == std::string::npos || close < open) {
      reason = "'<' without '>'";
      return false;
    }
    if (close != s.size() - 1) {
      reason = "text after '>'";
      return false;
    }
    s = trim(std::string_view(s).substr(open + 1, close - open - 1));
  }
  if (starts_with_ignoring_ascii_case(s, "mailto:")) {
    s.erase(0, 7);
    // A mailto: URI may carry headers after '?', never part of the address.
    if (const std::size_t query = s.find('?'); query != std::string::npos) s.erase(query);
    s = trim(s);
  }
  return true;
}

}  // namespace

EmailCheck check_email(std::string_view text) {
  if (!is_valid_utf8(text)) return failure("not valid UTF-8");
  std::string s = trim(text);
  std::string reason;
  if (!unwrap(s, reason)) return failure(reason);
  if (s.empty()) return failure("empty address");
  // Generous for Unicode that maps to fewer octets (full-width letters), and
  // it keeps ICU's int32_t lengths safe.
  if (s.size() > 4 * max_address_octets) return failure("address longer than 254 characters");
  const std::string_view all(s);

  std::string_view local;
  std::string_view domain;
  if (all.front() == '"') {
    const std::size_t length = quoted_string_length(all, reason);
    if (length == 0) return failure(reason);
    if (length == 2) return failure("empty local part");
    if (length == all.size()) return failure("missing @");
    if (all[length] != '@') return failure("text after the quoted local part");
    local = all.substr(0, length);
    domain = all.substr(length + 1);
  } else {
    const std::size_t at = all.find('@');
    if (at == std::string_view::npos) return failure("missing @");
    local = all.substr(0, at);
    domain = all.substr(at + 1);
    if (local.empty()) return failure("empty local part");
    if (reason = check_dot_atom(local); !reason.empty()) return failure(reason);
  }
  if (domain.find('@') != std::string_view::npos) return failure("more than one @");
  if (local.size() > max_local_octets) return failure("local part longer than 64 characters");
  if (domain.empty()) return failure("empty domain");

  std::string shown_domain;
  std::string ascii_domain;
  if (domain.front() == '[') {
    if (reason = check_address_literal(domain); !reason.empty()) return failure(reason);
    // The "IPv6:" tag keeps its spelling; the address itself is lower-cased.
    const std::size_t tag = domain.find(':') == std::string_view::npos ? 1 : domain.find(':') + 1;
    shown_domain = std::string(domain.substr(0, tag)) + to_lower_ascii(domain.substr(tag));
    ascii_domain = shown_domain;
  } else {
    const std::string dotted = with_ascii_dots(domain);
    if (reason = check_host_name(dotted); !reason.empty()) return failure(reason);
    ascii_domain = idna_convert(dotted, idna_form::ascii, reason);
    if (ascii_domain.empty()) return failure(reason.empty() ? "empty domain" : reason);
    // Typed in ASCII, shown in ASCII (a typed xn-- label stays so); typed
    // in Unicode, shown in the mapped Unicode form.
    shown_domain = is_ascii(dotted) ? to_lower_ascii(dotted)
                                    : idna_convert(dotted, idna_form::unicode, reason);
    if (shown_domain.empty()) return failure(reason);
    // Unicode can map to ASCII that is no host name (full-width '%'), and a
    // label can grow past 63 octets in punycode: check the result again.
    if (reason = check_host_name(ascii_domain); !reason.empty()) return failure(reason);
  }

  EmailCheck check;
  check.address = std::string(local) + "@" + shown_domain;
  check.key = local_key(local) + "@" + ascii_domain;
  if (check.address.size() > max_address_octets || check.key.size() > max_address_octets) {
    return failure("address longer than 254 characters");
  }
  check.ok = true;
  return check;
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
